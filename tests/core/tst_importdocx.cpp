// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Word documents: paragraphs, headings by style, line breaks, revisions and field codes,
// the title property, and every kind of broken package as a clear skip reason.

#include "core/import/docxreader.h"
#include "core/import/documentformats.h"
#include "core/import/folderimporter.h"

#include "formatfixtures.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

namespace {
const QString wns = u"xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""_s;

QByteArray bodyXml(const QString &body)
{
    return (u"<?xml version=\"1.0\"?><w:document "_s + wns + u"><w:body>"_s + body + u"</w:body></w:document>"_s).toUtf8();
}
} // namespace

class TestImportDocx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("levels"); // heading level per block, 0 for paragraphs, -1 for list items
        QTest::newRow("paragraphs") << docx({u"The harbour authority met on Monday."_s, u"The lighthouse will close."_s})
                                    << QStringList{u"The harbour authority met on Monday."_s, u"The lighthouse will close."_s}
                                    << QList<int>{0, 0};
        QTest::newRow("heading-by-style") << docx({u"#1 Lighthouse to close"_s, u"#2 What happens next"_s, u"Repairs start soon."_s})
                                          << QStringList{u"Lighthouse to close"_s, u"What happens next"_s, u"Repairs start soon."_s}
                                          << QList<int>{1, 2, 0};
        QTest::newRow("heading-style-in-another-language")
            << docxFromXml(bodyXml(u"<w:p><w:pPr><w:pStyle w:val=\"Berschrift3\"/></w:pPr><w:r><w:t>Hafen</w:t></w:r></w:p>"_s))
            << QStringList{u"Hafen"_s} << QList<int>{3};
        QTest::newRow("line-breaks-split-blocks") << docx({u"Length: 412 words\nByline: Mara Quill"_s})
                                                  << QStringList{u"Length: 412 words"_s, u"Byline: Mara Quill"_s}
                                                  << QList<int>{0, 0};
        QTest::newRow("runs-joined-and-tabs")
            << docxFromXml(bodyXml(u"<w:p><w:r><w:t>The light</w:t></w:r><w:r><w:t xml:space=\"preserve\"> house</w:t></w:r>"
                                   "<w:r><w:tab/><w:t>closes.</w:t></w:r></w:p>"_s))
            << QStringList{u"The light house closes."_s} << QList<int>{0};
        QTest::newRow("deleted-revision-left-out")
            << docxFromXml(bodyXml(u"<w:p><w:r><w:t>Six </w:t></w:r><w:del><w:r><w:delText>seven </w:delText></w:r></w:del>"
                                   "<w:ins><w:r><w:t>months.</w:t></w:r></w:ins></w:p>"_s))
            << QStringList{u"Six months."_s} << QList<int>{0};
        QTest::newRow("field-code-left-out")
            << docxFromXml(bodyXml(u"<w:p><w:r><w:instrText> HYPERLINK \"http://x\" </w:instrText></w:r>"
                                   "<w:r><w:t>the report</w:t></w:r></w:p>"_s))
            << QStringList{u"the report"_s} << QList<int>{0};
        QTest::newRow("table-cells-are-blocks")
            << docxFromXml(bodyXml(u"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc>"
                                   "<w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"_s))
            << QStringList{u"Cell one"_s, u"Cell two"_s} << QList<int>{0, 0};
        QTest::newRow("non-breaking-hyphen-and-entities")
            << docxFromXml(bodyXml(u"<w:p><w:r><w:t>Fish &amp; chips, well</w:t><w:noBreakHyphen/><w:t>known \u2014 \u00E9t\u00E9</w:t></w:r></w:p>"_s))
            << QStringList{u"Fish & chips, well-known \u2014 \u00E9t\u00E9"_s} << QList<int>{0};
        QTest::newRow("bulleted-paragraphs-are-list-items")
            << docx({u"Key facts"_s, u"* 12 masons at work"_s, u"* the beacon is moored"_s})
            << QStringList{u"Key facts"_s, u"12 masons at work"_s, u"the beacon is moored"_s} << QList<int>{0, -1, -1};
        QTest::newRow("list-style-is-list-item")
            << docxFromXml(bodyXml(u"<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr><w:r><w:t>one point</w:t></w:r></w:p>"_s),
                           {}, u"<w:style w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/></w:style>"_s)
            << QStringList{u"one point"_s} << QList<int>{-1};
        QTest::newRow("empty-paragraphs-dropped") << docx({u""_s, u"Text."_s, u"   "_s}) << QStringList{u"Text."_s}
                                                  << QList<int>{0};
    }

    void blocks()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, levels);
        const DocumentRead read = DocxReader::read(file);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.documents.size(), 1);
        QStringList actual;
        QList<int> actualLevels;
        for (const RawBlock &b : read.documents.first().blocks) {
            actual.append(b.text);
            actualLevels.append(b.kind == RawBlock::Kind::Heading ? b.headingLevel
                                : b.kind == RawBlock::Kind::ListItem ? -1
                                                                     : 0);
        }
        QCOMPARE(actual, texts);
        QCOMPARE(actualLevels, levels);
    }

    void titleProperty_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("headline");
        QTest::newRow("title-in-text-is-headline") << u"Lighthouse to close"_s << u"Lighthouse to close"_s;
        QTest::newRow("stale-template-title-ignored") << u"Memo template"_s << QString();
    }

    void titleProperty()
    {
        QFETCH(QString, title);
        QFETCH(QString, headline);
        const DocumentRead read = DocxReader::read(docx({u"Lighthouse to close"_s, u"The harbour authority said so."_s}, title));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.documents.first().metadata.headline, headline);
        QVERIFY(read.documents.first().metadata.byline.isEmpty()); // the file's author is not the journalist
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason"); // a part of the message
        const QByteArray good = docx({u"Text."_s});
        QTest::newRow("not-a-zip") << QByteArray("plain words, not a package") << u"zip package"_s;
        QTest::newRow("corrupt-zip") << QByteArray("PK\x03\x04garbage garbage garbage") << u"damaged"_s;
        QTest::newRow("truncated-zip") << good.left(good.size() / 2) << u"damaged"_s;
        QTest::newRow("zip-without-document")
            << zipPackage({{u"content.xml"_s, QByteArray("<office:document/>"), true}}) << u"no word/document.xml"_s;
        QTest::newRow("decompression-bomb-refused")
            << zipPackage({{u"word/document.xml"_s, QByteArray(80 * 1024 * 1024, ' '), true}}) << u"larger than"_s;
        QTest::newRow("bomb-with-lying-size-refused")
            << zipPackage({{u"word/document.xml"_s, QByteArray(80 * 1024 * 1024, ' '), true, 100}}) << u""_s;
        QTest::newRow("empty-document") << docx({}) << u"no text"_s;
        QTest::newRow("malformed-xml") << docxFromXml("<w:document><w:body><w:p>") << u"damaged"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        const DocumentRead read = DocxReader::read(file);
        QVERIFY(!read.ok());
        QVERIFY(read.documents.isEmpty());
        QVERIFY2(read.error.contains(reason, Qt::CaseInsensitive), qPrintable(read.error));
    }

    // A Nexis Uni export saved as Word: one article per document, each with its header.
    void nexisExport()
    {
        const QList<ExportArticle> articles = exportArticles();
        const DocumentRead read = DocumentFormats::read(docx(nexisUniLines(articles)), u"docx"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.documents.size(), articles.size());
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const DocumentMetadata &m = read.documents[i].metadata;
            QCOMPARE(m.headline, articles[i].headline);
            QCOMPARE(m.outlet, articles[i].outlet);
            QCOMPARE(m.published, articles[i].isoDate);
            QCOMPARE(m.byline, articles[i].byline);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportDocx)
#include "tst_importdocx.moc"
