// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Multi-article exports of news databases: the three documented layouts (and Factiva's two
// forms) split into one article each with its header's metadata; other documents untouched;
// split articles imported as parts of their file.

#include "core/import/exportsplitter.h"
#include "core/import/folderimporter.h"

#include "formatfixtures.h"
#include "importfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

namespace {
RawDocument documentOf(const QStringList &lines)
{
    RawDocument doc;
    doc.format = u"docx"_s;
    for (const QString &l : lines) {
        RawBlock b;
        b.text = l;
        doc.blocks.append(b);
    }
    return doc;
}
} // namespace

class TestImportExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layouts_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("layout");
        const QList<ExportArticle> a = exportArticles();
        QTest::newRow("nexis-uni") << nexisUniLines(a) << int(ExportSplitter::Layout::NexisUni);
        QTest::newRow("nexis-uni-one-document") << nexisUniLines(a.mid(0, 1)) << int(ExportSplitter::Layout::NexisUni);
        QTest::newRow("lexisnexis-classic") << lexisClassicLines(a) << int(ExportSplitter::Layout::LexisNexisClassic);
        QTest::newRow("factiva-labelled") << factivaLabelledLines(a) << int(ExportSplitter::Layout::Factiva);
        QTest::newRow("factiva-default") << factivaDefaultLines(a) << int(ExportSplitter::Layout::Factiva);
    }

    void layouts()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, layout);
        const RawDocument doc = documentOf(lines);
        QCOMPARE(int(ExportSplitter::detect(doc)), layout);
        const QList<RawDocument> parts = ExportSplitter::split(doc);
        const QList<ExportArticle> expected = exportArticles().mid(0, parts.size());
        QVERIFY(!parts.isEmpty());
        QCOMPARE(parts.size(), lines.count(u"End of Document"_s) ? lines.count(u"End of Document"_s) : 3);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const DocumentMetadata &m = parts[i].metadata;
            QCOMPARE(m.headline, expected[i].headline);
            QCOMPARE(m.outlet, expected[i].outlet);
            QCOMPARE(m.published, expected[i].isoDate);
            QCOMPARE(m.byline, expected[i].byline);
            QCOMPARE(m.language, u"en"_s);
            QCOMPARE(m.outletSource, u"export-header"_s);
            // The headline first, then exactly the article's text: no header or trailer field.
            QStringList texts;
            for (const RawBlock &b : parts[i].blocks)
                texts.append(b.text);
            QCOMPARE(texts, QStringList{expected[i].headline} + expected[i].body);
            QVERIFY(parts[i].blocks.first().headlineHint);
        }
    }

    // Ordinary articles that mention the words of the layouts are not exports.
    void notExports_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("plain-article") << QStringList{u"Lighthouse to close"_s, u"The harbour authority said so."_s};
        QTest::newRow("body-mentions-end-of-document")
            << QStringList{u"The clerk read to the end of document seven."_s, u"Length: not stated."_s};
        QTest::newRow("sentence-starting-with-a-code")
            << QStringList{u"IN the harbour, boats waited."_s, u"BY noon the light was off."_s, u"PD officers came."_s};
        QTest::newRow("word-count-without-trailer") << QStringList{u"Harbour"_s, u"412 words"_s, u"Text."_s};
    }

    void notExports()
    {
        QFETCH(QStringList, lines);
        const RawDocument doc = documentOf(lines);
        QCOMPARE(int(ExportSplitter::detect(doc)), int(ExportSplitter::Layout::None));
        const QList<RawDocument> parts = ExportSplitter::split(doc);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.first().blocks.size(), doc.blocks.size());
    }

    // Through the folder import: one article per part, "file#N" keys, their own outlets.
    void folderImport()
    {
        QTemporaryDir dir;
        const QList<ExportArticle> a = exportArticles();
        QVERIFY(writeFile(dir.filePath(u"nexis.docx"_s), docx(nexisUniLines(a))));
        // Other wordings in the second export: paragraphs repeated across files are boilerplate.
        QList<ExportArticle> b = a.mid(0, 2);
        for (ExportArticle &article : b) {
            for (QString &p : article.body)
                p = u"Officials confirmed it later: "_s + p;
        }
        QVERIFY(writeFile(dir.filePath(u"factiva.rtf"_s), rtf(factivaLabelledLines(b))));
        QVERIFY(writeFile(dir.filePath(u"single.docx"_s), docx({u"Harbour wall repaired"_s, fixtureArticle(9)})));
        const FolderImport import = FolderImporter::import(dir.path());
        QVERIFY2(import.skipped.isEmpty(), qPrintable(import.skipped.value(0).file + u": "_s + import.skipped.value(0).reason));
        QStringList files, outlets;
        for (const Article &article : import.changed) {
            files.append(article.file);
            outlets.append(article.outlet);
        }
        QCOMPARE(files, (QStringList{u"factiva.rtf#1"_s, u"factiva.rtf#2"_s, u"nexis.docx#1"_s, u"nexis.docx#2"_s,
                                     u"nexis.docx#3"_s, u"single.docx"_s}));
        QCOMPARE(outlets.mid(0, 5), (QStringList{a[0].outlet, a[1].outlet, a[0].outlet, a[1].outlet, a[2].outlet}));
        QCOMPARE(import.changed[2].sourceFile(), u"nexis.docx"_s);
        QCOMPARE(import.changed[2].part(), 1);
        QCOMPARE(import.changed[5].part(), 0);
        QCOMPARE(import.changed[2].headline, a[0].headline);
        QCOMPARE(import.changed[2].published, a[0].isoDate);
        QCOMPARE(import.changed[2].format, u"docx"_s);
        QCOMPARE(import.changed[0].format, u"rtf"_s);
        // The header fields are not body text.
        for (const Article &article : import.changed) {
            for (int i : article.bodyParagraphs())
                QVERIFY2(!article.paragraphs[i].text.startsWith(u"Length:"_s), qPrintable(article.file));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportExports)
#include "tst_importexports.moc"
