// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// PDF import through QtPdf: PDFs drawn by the test with QPdfWriter (our own invented text),
// read back with the application's extractor and rebuilt into paragraphs; damaged,
// password-protected and text-less PDFs are clear skip reasons. Here and not in tests/core
// because writing and reading PDFs needs Qt Gui.

#include "core/import/documentformats.h"
#include "core/import/folderimporter.h"
#include "core/import/pdfreader.h"
#include "ui/pdftext.h"

#include "../core/formatfixtures.h"
#include "../core/importfixtures.h"
#include "pdffixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

namespace {

QStringList articleLines(const QStringList &paragraphs, bool hyphenate = false, bool spacing = false)
{
    QStringList lines;
    for (const QString &p : paragraphs) {
        if (spacing && !lines.isEmpty())
            lines.append(QString());
        lines += wrapLine(p, 80, hyphenate);
    }
    return lines;
}

const QStringList article{
    u"Harbour lighthouse to close for repairs"_s,
    u"The harbour authority said on Monday that the old lighthouse would close for six months, after inspectors found deep cracks in the stone walls of its tower and in the keeper's house beside it."_s,
    u"\u201CWe have sailed by that light for forty years,\u201D said one skipper, who asked not to be named. Fishermen who rely on the light for the narrow channel said nobody had consulted them."_s,
    u"A floating beacon will be moored at the channel entrance while twelve masons repair the stonework, and the council will vote on the budget of 2.4 million at its next meeting."_s,
};

// A PDF whose encryption dictionary's user password is not the empty one.
QByteArray encryptedPdf()
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects{
        "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>",
        "<</Filter/Standard/V 1/R 2/P -44/O<" + QByteArray(64, 'a') + ">/U<" + QByteArray(64, 'b') + ">>>"};
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<</Size 5/Root 1 0 R/Encrypt 4 0 R/ID[<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>]>>\n";
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace

class TestImportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Synoptic::Ui::installPdfTextExtractor();
    }

    void paragraphs_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("one-page-article") << drawPdf({articleLines(article)}, false) << article;
        QTest::newRow("hyphenated-line-ends") << drawPdf({articleLines(article, true)}, false) << article;
        QTest::newRow("paragraph-spacing") << drawPdf({articleLines(article, false, true)}, false) << article;
        const QStringList lines = articleLines(article);
        QTest::newRow("running-header-footer-across-pages")
            << drawPdf({lines.mid(0, 4), lines.mid(4, 4), lines.mid(8)}, true) << article;
    }

    void paragraphs()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QStringList, texts);
        const DocumentRead read = PdfReader::read(pdf);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QStringList actual;
        for (const RawBlock &b : read.documents.first().blocks)
            actual.append(b.text);
        QCOMPARE(actual, texts);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password-protected") << encryptedPdf() << u"password-protected"_s;
        QTest::newRow("no-text-layer") << drawPdf({{}}, false) << u"run OCR"_s;
        QTest::newRow("garbage-after-header") << QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x') << u"damaged"_s;
        QTest::newRow("not-a-pdf") << QByteArray("<html>page</html>") << u"Not a PDF"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, reason);
        const DocumentRead read = PdfReader::read(pdf);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(reason, Qt::CaseInsensitive), qPrintable(read.error));
    }

    void truncatedNeverCrashes()
    {
        const QByteArray pdf = drawPdf({articleLines(article)}, false);
        for (qsizetype cut : {pdf.size() / 4, pdf.size() / 2, pdf.size() - 20}) {
            const DocumentRead read = PdfReader::read(pdf.left(cut));
            QVERIFY(read.ok() || !read.error.isEmpty());
        }
    }

    // A Nexis Uni export printed to PDF: split into its articles like the DOCX one.
    void nexisExport()
    {
        const QList<ExportArticle> articles = exportArticles();
        QStringList lines;
        for (const QString &l : nexisUniLines(articles))
            lines += wrapLine(l, 80);
        const DocumentRead read = DocumentFormats::read(drawPdf({lines.mid(0, 40), lines.mid(40)}, false), u"pdf"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.documents.size(), articles.size());
        for (qsizetype i = 0; i < articles.size(); ++i) {
            QCOMPARE(read.documents[i].metadata.headline, articles[i].headline);
            QCOMPARE(read.documents[i].metadata.outlet, articles[i].outlet);
            QCOMPARE(read.documents[i].metadata.published, articles[i].isoDate);
        }
    }

    void folderImport()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"gazette.pdf"_s), drawPdf({articleLines(article)}, false)));
        QVERIFY(writeFile(dir.filePath(u"locked.pdf"_s), encryptedPdf()));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(import.changed.size(), 1);
        QCOMPARE(import.changed.first().format, u"pdf"_s);
        QCOMPARE(import.changed.first().headline, article.first());
        QCOMPARE(import.skipped.size(), 1);
        QCOMPARE(import.skipped.first().file, u"locked.pdf"_s);
    }
};

QTEST_MAIN(TestImportPdf)
#include "tst_importpdf.moc"
