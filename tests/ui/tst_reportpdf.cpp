// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The PDF report read back with QtPdf: pages, the outlets' names, every disputed figure and
// every shared quote in the extracted text, page numbers, metadata; a 1,000-page stress export.
// SYNOPTIC_REPORT_KEEP=DIR keeps the PDFs for looking at (pdftoppm -png -r 60).

#include "core/report/reportbuilder.h"
#include "tests/ui/reportfixture.h"
#include "ui/report/pdfreportwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Synoptic::Core;
using namespace Synoptic::Ui;
using Synoptic::Tests::largeReportFixture;
using Synoptic::Tests::reportFixture;

namespace {

QString outputPath(const QTemporaryDir &dir, const QString &name)
{
    const QString keep = qEnvironmentVariable("SYNOPTIC_REPORT_KEEP");
    return keep.isEmpty() ? dir.filePath(name) : keep + u'/' + name;
}

// All pages' text, whitespace collapsed (PDF text extraction breaks lines where the layout did).
QString documentText(QPdfDocument &document)
{
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + u'\n';
    return text;
}

QString normalised(QString text)
{
    text.replace(QChar(0x00AD), QString()); // soft hyphens, if any
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.simplified();
}

// A quote's words as the report prints them: the comma before a closing mark is dropped.
QString quoteWords(const QString &quote)
{
    QString text = normalised(quote);
    while (text.endsWith(u','))
        text.chop(1);
    return text;
}

ReportOptions fixedTime()
{
    ReportOptions options;
    options.generated = QDateTime(QDate(2031, 3, 12), QTime(10, 0), QTimeZone::UTC);
    return options;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureReadsBack()
    {
        QTemporaryDir dir;
        const StoryAnalysis story = reportFixture();
        const ReportModel model = ReportBuilder(fixedTime()).build(story);
        const QString path = outputPath(dir, QStringLiteral("fixture.pdf"));
        PdfReportWriter writer(model);
        writer.setAuthor(QStringLiteral("Fact-check desk"));
        QList<int> progress;
        const PdfExportResult result = writer.write(path, [&](int p) { progress.append(p); });
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pages >= 7);
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), 100);

        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), result.pages);
        QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(), model.title);
        QVERIFY(document.metaData(QPdfDocument::MetaDataField::Creator).toString().startsWith(QStringLiteral("Synoptic")));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY2(raw.readAll().contains("<dc:creator><rdf:Seq><rdf:li>Fact-check desk</rdf:li>"), "author in XMP");

        const QString text = normalised(documentText(document));
        for (const ReportOutlet &o : model.outlets)
            QVERIFY2(text.contains(o.name), qPrintable(o.name));
        for (const NumberRow &row : model.disputed) {
            for (const NumberEntry &e : row.entries) {
                QVERIFY2(text.contains(normalised(e.wording)), qPrintable(e.wording));
                QVERIFY2(text.contains(e.value), qPrintable(e.value));
            }
        }
        for (const QuoteRow &quote : model.quotes) {
            QVERIFY2(text.contains(quoteWords(quote.text)), qPrintable(quote.text));
            for (const QString &wording : quote.wording) {
                if (!wording.isEmpty())
                    QVERIFY2(text.contains(quoteWords(wording)), qPrintable(wording));
            }
        }
        for (const UniqueContent &u : model.unique) {
            for (const ReportParagraph &p : u.paragraphs)
                QVERIFY2(text.contains(normalised(p.text)), qPrintable(p.text));
        }
        for (int page = 0; page < document.pageCount(); ++page) {
            const QString pageText = document.getAllText(page).text();
            const QString footer = QStringLiteral("Page %1 of %2").arg(page + 1).arg(result.pages);
            QVERIFY2(pageText.contains(footer), qPrintable(footer));
        }
        // The synopsis uses landscape pages (five outlets); the cover is portrait.
        const QSizeF cover = document.pagePointSize(0);
        QVERIFY(cover.height() > cover.width());
        bool landscape = false;
        for (int page = 0; page < document.pageCount(); ++page) {
            const QSizeF size = document.pagePointSize(page);
            landscape = landscape || size.width() > size.height();
        }
        QVERIFY(landscape);
    }

    void sectionsCanBeLeftOut()
    {
        QTemporaryDir dir;
        ReportOptions options = fixedTime();
        options.sections = ReportSection::Summary | ReportSection::Numbers;
        options.articles = {0, 4};
        const ReportModel model = ReportBuilder(options).build(reportFixture());
        const QString path = outputPath(dir, QStringLiteral("two-outlets.pdf"));
        const PdfExportResult result = PdfReportWriter(model).write(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 2);
        const QString text = normalised(documentText(document));
        QVERIFY(text.contains(QStringLiteral("Disputed numbers")));
        QVERIFY(!text.contains(QStringLiteral("Coastline Courier")));
        QVERIFY(!text.contains(QStringLiteral("Synopsis")));
    }

    void manyOutletsSplitColumns()
    {
        QTemporaryDir dir;
        const ReportModel model = ReportBuilder(fixedTime()).build(largeReportFixture(20, 24));
        const QString path = outputPath(dir, QStringLiteral("twenty-outlets.pdf"));
        const PdfExportResult result = PdfReportWriter(model).write(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), result.pages);
        const QString text = normalised(documentText(document));
        QVERIFY(text.contains(QStringLiteral("Part 3 of 3")));
        QVERIFY(text.contains(QStringLiteral("Outlet 20")));
    }

    // A hundred outlets: the coverage matrix continues in parts and quotes list outlet numbers.
    void hundredOutlets()
    {
        QTemporaryDir dir;
        const ReportModel model = ReportBuilder(fixedTime()).build(largeReportFixture(100, 8));
        const QString path = outputPath(dir, QStringLiteral("hundred-outlets.pdf"));
        const PdfExportResult result = PdfReportWriter(model).write(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), result.pages);
        const QString text = normalised(documentText(document));
        QVERIFY(text.contains(QStringLiteral("Outlets 1\u2013")));
        QVERIFY(text.contains(QStringLiteral("of 100")));
        QVERIFY(text.contains(QStringLiteral("CARRIED BY")));
        QVERIFY(text.contains(QStringLiteral("Outlet 100")));
    }

    void emptyStoryStillExports()
    {
        QTemporaryDir dir;
        const ReportModel model = ReportBuilder(fixedTime()).build(StoryAnalysis{});
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        const PdfExportResult result = PdfReportWriter(model).write(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 1);
        QVERIFY(document.getAllText(0).text().contains(QStringLiteral("Untitled story")));
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const ReportModel model = ReportBuilder(fixedTime()).build(largeReportFixture(5, 400));
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        const PdfExportResult result = PdfReportWriter(model).write(path, {}, [&calls]() { return ++calls > 3; });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathReportsWhy()
    {
        const ReportModel model = ReportBuilder(fixedTime()).build(reportFixture());
        const PdfExportResult result = PdfReportWriter(model).write(QStringLiteral("/nonexistent-folder/report.pdf"));
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(QStringLiteral("/nonexistent-folder/report.pdf")), qPrintable(result.error));
    }

    // 1,000 pages and more: the page count the writer reports is the one QtPdf reads back,
    // and the last page says so in its footer.
    void thousandPages()
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        const ReportModel model = ReportBuilder(fixedTime()).build(largeReportFixture(5, 1450));
        const QString path = outputPath(dir, QStringLiteral("stress.pdf"));
        const PdfExportResult result = PdfReportWriter(model).write(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        qInfo("%d pages in %lld ms", result.pages, qint64(timer.elapsed()));
        QVERIFY2(result.pages >= 1000, qPrintable(QString::number(result.pages)));
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), result.pages);
        const QString last = document.getAllText(result.pages - 1).text();
        QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(result.pages)));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
