// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The comparison PDF on real analyses: the demo story (resources/demo) and the seed corpus
// (SYNOPTIC_SHARED_DIR, skipped when absent) run through the analyzer (import, alignment,
// quotes, numbers), exported, and read back with QtPdf. SYNOPTIC_REPORT_KEEP=DIR keeps the PDFs.

#include "core/analysis/storyanalyzer.h"
#include "core/report/reportbuilder.h"
#include "ui/report/pdfreportwriter.h"

#include <QDir>
#include <QPdfDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Synoptic::Core;
using namespace Synoptic::Ui;
using namespace Qt::StringLiterals;

namespace {

QString normalised(QString text)
{
    text.replace(QChar(0x00AD), QString());
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.simplified();
}

// A quote's words as the report prints them: without the comma or full stop before a closing mark.
QString quoteWords(const QString &quote)
{
    QString text = normalised(quote);
    while (text.endsWith(u',') || text.endsWith(u';'))
        text.chop(1);
    return text;
}

struct Exported {
    StoryAnalysis analysis;
    ReportModel model;
    QString text; // every page's text, whitespace collapsed
    QStringList pages; // each page's raw text
    QString title;
    int pageCount = 0;
};

// Analyses `folder` into a fresh library, exports the PDF and reads it back.
bool exportFolder(const QString &folder, const QString &name, Exported &out)
{
    QTemporaryDir dir;
    const AnalyzeOutcome outcome = StoryAnalyzer(dir.filePath(u"library.sqlite"_s)).analyze(folder);
    if (!outcome.ok) {
        qWarning("%s", qPrintable(outcome.error));
        return false;
    }
    out.analysis = outcome.analysis;
    ReportOptions options;
    options.generated = QDateTime(QDate(2031, 3, 12), QTime(10, 0), QTimeZone::UTC);
    out.model = ReportBuilder(options).build(out.analysis);
    const QString keep = qEnvironmentVariable("SYNOPTIC_REPORT_KEEP");
    const QString path = keep.isEmpty() ? dir.filePath(name) : keep + u'/' + name;
    const PdfExportResult written = PdfReportWriter(out.model).write(path);
    if (!written.ok) {
        qWarning("%s", qPrintable(written.error));
        return false;
    }
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return false;
    out.pageCount = document.pageCount();
    if (out.pageCount != written.pages)
        return false;
    out.title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    QString all;
    for (int page = 0; page < document.pageCount(); ++page) {
        out.pages.append(document.getAllText(page).text());
        all += out.pages.last() + u'\n';
    }
    out.text = normalised(all);
    return true;
}

// What every exported report must show, whatever the story.
void checkReport(const Exported &e)
{
    QCOMPARE(e.title, e.model.title);
    QVERIFY(!e.title.isEmpty());
    QCOMPARE(e.model.outlets.size(), e.analysis.articles.size());
    for (const ReportOutlet &o : e.model.outlets)
        QVERIFY2(e.text.contains(normalised(o.name)), qPrintable(o.name));
    for (int page = 0; page < e.pageCount; ++page) {
        const QString footer = u"Page %1 of %2"_s.arg(page + 1).arg(e.pageCount);
        QVERIFY2(e.pages.at(page).contains(footer), qPrintable(footer));
    }
    // Every quote cluster two or more outlets print: its text in the quotes table.
    for (const QuoteCluster &cluster : e.analysis.quotes) {
        QSet<int> outlets;
        for (const QuoteOccurrence &o : cluster.occurrences)
            outlets.insert(o.article);
        if (outlets.size() >= 2)
            QVERIFY2(e.text.contains(quoteWords(cluster.text)), qPrintable(cluster.text));
    }
    for (const NumberRow &row : e.model.disputed) {
        for (const NumberEntry &entry : row.entries) {
            QVERIFY2(e.text.contains(normalised(entry.wording)), qPrintable(entry.wording));
            QVERIFY2(e.text.contains(entry.value), qPrintable(entry.value));
        }
    }
}

int wordDifferenceMarks(const ReportModel &model)
{
    int count = 0;
    for (const SynopsisRow &row : model.synopsis) {
        for (const SynopsisCell &cell : row.cells) {
            for (const ReportParagraph &p : cell.paragraphs)
                count += int(std::count_if(p.marks.cbegin(), p.marks.cend(),
                                           [](const TextMark &m) { return m.kind == MarkKind::WordDifference; }));
        }
    }
    return count;
}

} // namespace

class TestReportDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoStory()
    {
        Exported e;
        QVERIFY(exportFolder(QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo"), u"demo.pdf"_s, e));
        QCOMPARE(e.analysis.articles.size(), 5);
        checkReport(e);
        if (QTest::currentTestFailed())
            return;
        // The demo's disputed death toll: one outlet's "more than 100" against another's 90.
        QVERIFY(!e.model.disputed.isEmpty());
        QVERIFY(e.text.contains(u"more than 100"_s));
        QVERIFY(e.text.contains(u"90"_s));
        bool disputedToll = false;
        for (const NumberRow &row : e.model.disputed) {
            QStringList values;
            for (const NumberEntry &entry : row.entries)
                values.append(entry.value);
            disputedToll = disputedToll || (values.join(u'|').contains(u"more than 100"_s) && values.contains(u"90"_s));
        }
        QVERIFY2(disputedToll, "a disputed group holds both \"more than 100\" and \"90\"");
        int shared = 0;
        for (const QuoteRow &q : e.model.quotes)
            shared += q.outletCount >= 2;
        QVERIFY(shared >= 1);
        // Rewritten paragraphs carry word-difference marks in the synopsis.
        QVERIFY(wordDifferenceMarks(e.model) > 0);
        QVERIFY(e.model.method.notes.last().contains(u"dotted underline"_s));
    }

    void seedCorpus()
    {
        const QString corpus = QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04");
        if (!QDir(corpus).exists())
            QSKIP("the shared seed corpus is not available");
        Exported e;
        QVERIFY(exportFolder(corpus, u"seeds.pdf"_s, e));
        QCOMPARE(e.analysis.articles.size(), 5);
        checkReport(e);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!e.model.families.isEmpty()); // 001, 002 and 004 are one syndication family
        QVERIFY(wordDifferenceMarks(e.model) > 0);
    }
};

QTEST_MAIN(TestReportDemo)
#include "tst_reportdemo.moc"
