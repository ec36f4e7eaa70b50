// PDF text lines back to paragraphs: line joins, de-hyphenation, running headers and footers,
// page numbers, paragraphs across page breaks (the QtPdf part is in tests/ui/tst_importpdf).

#include "core/import/documentformats.h"
#include "core/import/pdfreader.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

using Pages = QList<QStringList>;

namespace {
// Lines of about 60 characters; the last line of each paragraph short.
const QStringList para1{u"The harbour authority said on Monday that the old lighthouse"_s,
                        u"would close for six months after inspectors found cracks in"_s, u"its walls."_s};
const QString text1 = u"The harbour authority said on Monday that the old lighthouse would close for six months after inspectors found cracks in its walls."_s;
const QStringList para2{u"Fishermen who rely on the light for the narrow channel said the"_s,
                        u"closure came without warning and that nobody had asked them."_s, u"They will meet on Friday."_s};
const QString text2 = u"Fishermen who rely on the light for the narrow channel said the closure came without warning and that nobody had asked them. They will meet on Friday."_s;
const QStringList para3{u"Council members will discuss the cost of the repairs at their"_s,
                        u"next meeting, where they are also expected to vote on a plan."_s, u"The date is not set."_s};
const QString text3 = u"Council members will discuss the cost of the repairs at their next meeting, where they are also expected to vote on a plan. The date is not set."_s;
} // namespace

class TestImportPdfLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphs_data()
    {
        QTest::addColumn<Pages>("pages");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("lines-joined-short-line-ends") << Pages{para1 + para2} << QStringList{text1, text2};
        QTest::newRow("hyphen-at-line-end-joined")
            << Pages{{u"The council said the repairs to the lighthouse would be paid by"_s,
                      u"the harbour authority, the town council and the regional govern-"_s, u"ment together."_s}}
            << QStringList{u"The council said the repairs to the lighthouse would be paid by the harbour authority, the town council and the regional government together."_s};
        QTest::newRow("hyphen-before-capital-kept")
            << Pages{{u"The ferry runs between the islands and the mainland via Port Ellis-"_s,
                      u"Northport, the only route that stays open in the winter months."_s, u"It is busy."_s}}
            << QStringList{u"The ferry runs between the islands and the mainland via Port Ellis-Northport, the only route that stays open in the winter months. It is busy."_s};
        QTest::newRow("running-header-footer-and-page-numbers-dropped")
            << Pages{QStringList{u"The Northport Gazette \u2013 Harbour"_s} + para1 + QStringList{u"Page 1 of 3"_s},
                     QStringList{u"The Northport Gazette \u2013 Harbour"_s} + para2 + QStringList{u"Page 2 of 3"_s},
                     QStringList{u"The Northport Gazette \u2013 Harbour"_s, u"3"_s} + para3 + QStringList{u"Page 3 of 3"_s}}
            << QStringList{text1, text2, text3};
        QTest::newRow("paragraph-continues-across-page-break")
            << Pages{{para1[0], para1[1], u"- 1 -"_s}, {u"- 2 -"_s, para1[2]}} << QStringList{text1};
        QTest::newRow("heading-line-kept-apart")
            << Pages{QStringList{u"Lighthouse to close"_s} + para1 + QStringList{u"What happens next"_s} + para2}
            << QStringList{u"Lighthouse to close"_s, text1, u"What happens next"_s, text2};
        QTest::newRow("blank-lines-ignored") << Pages{{para1[0], u"  "_s, para1[1], para1[2]}} << QStringList{text1};
        QTest::newRow("empty") << Pages{{}, {}} << QStringList{};
    }

    void paragraphs()
    {
        QFETCH(Pages, pages);
        QFETCH(QStringList, texts);
        const RawDocument doc = PdfReader::fromPages(pages);
        QStringList actual;
        for (const RawBlock &b : doc.blocks)
            actual.append(b.text);
        QCOMPARE(actual, texts);
    }

    void withoutExtractor()
    {
        PdfReader::setTextExtractor(nullptr);
        const DocumentRead read = PdfReader::read("%PDF-1.4\n%%EOF\n");
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(u"cannot read PDF"_s), qPrintable(read.error));
        const DocumentRead notPdf = PdfReader::read("hello");
        QVERIFY2(notPdf.error.contains(u"Not a PDF"_s), qPrintable(notPdf.error));
    }

    void noTextLayer()
    {
        PdfReader::setTextExtractor([](const QByteArray &) { return PdfText{{{}, {u" "_s}}, {}}; });
        const DocumentRead read = PdfReader::read("%PDF-1.4\n");
        QVERIFY2(read.error.contains(u"run OCR"_s), qPrintable(read.error));
        PdfReader::setTextExtractor(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestImportPdfLayout)
#include "tst_importpdflayout.moc"
