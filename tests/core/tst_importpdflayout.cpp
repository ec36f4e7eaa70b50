// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// PDF text lines back to paragraphs: line joins, de-hyphenation, running headers and footers,
// page numbers, paragraphs across page breaks (the QtPdf part is in tests/ui/tst_importpdf).

#include "core/import/documentformats.h"
#include "core/import/pdfreader.h"

#include <QRectF>
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
                      u"Northport, the only route that stays open in the winter months,"_s, u"and it is busy."_s}}
            << QStringList{u"The ferry runs between the islands and the mainland via Port Ellis-Northport, the only route that stays open in the winter months, and it is busy."_s};
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
        QTest::newRow("deliberate-break-after-long-last-line")
            << Pages{{para1[0], u"would close for six months after a survey in May."_s, u"They will meet on Friday."_s, para2[0],
                      para2[1], para2[2]}}
            << QStringList{u"The harbour authority said on Monday that the old lighthouse would close for six months after a survey in May."_s,
                           u"They will meet on Friday."_s, text2};
        QTest::newRow("wrap-before-capital-joined")
            << Pages{{u"Lighthouse to close"_s, u"The harbour authority said on Monday that the old lighthouse of"_s,
                      u"Northport would close for six months after inspectors found the"_s, u"cracks."_s}}
            << QStringList{u"Lighthouse to close"_s,
                           u"The harbour authority said on Monday that the old lighthouse of Northport would close for six months after inspectors found the cracks."_s};
        QTest::newRow("unpunctuated-first-line-is-the-title")
            << Pages{{u"Harbour lighthouse will close for six months for urgent repairs"_s, para1[0], para1[1], para1[2]}}
            << QStringList{u"Harbour lighthouse will close for six months for urgent repairs"_s, text1};
        QTest::newRow("ligatures-spelled-out") << Pages{{u"The \uFB01re is out, of\uFB01cials said."_s}}
                                               << QStringList{u"The fire is out, officials said."_s};
        QTest::newRow("line-repeated-on-few-page-edges-kept")
            << Pages{{u"1 of 3 DOCUMENTS"_s, para1[0], para1[1], para1[2]}, {para2[0], para2[1], para2[2], u"2 of 3 DOCUMENTS"_s},
                     {para3[0], para3[1], para3[2]}, {para1[0], para1[1], para1[2]}, {para2[0], para2[1], para2[2]}}
            << QStringList{u"1 of 3 DOCUMENTS"_s, text1, text2, u"2 of 3 DOCUMENTS"_s, text3, text1, text2};
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

    void bulletsOpenListItems()
    {
        const RawDocument doc = PdfReader::fromPages(
            {para1 + QStringList{u"\u2022 12 masons will be at work on the stone walls of the old tower from"_s, u"next week"_s,
                                 u"\u2022 the beacon is moored"_s} + para1});
        QStringList texts;
        QList<int> kinds;
        for (const RawBlock &b : doc.blocks) {
            texts.append(b.text);
            kinds.append(int(b.kind));
        }
        const int P = int(RawBlock::Kind::Paragraph), L = int(RawBlock::Kind::ListItem);
        QCOMPARE(texts, (QStringList{text1, u"12 masons will be at work on the stone walls of the old tower from next week"_s, u"the beacon is moored"_s, text1}));
        QCOMPARE(kinds, (QList<int>{P, L, L, P}));
    }

    // With line boxes (as QtPdf gives them): paragraph spacing, first-line indents and type
    // sizes break paragraphs where the characters alone cannot tell.
    void geometry_data()
    {
        QTest::addColumn<QList<QRectF>>("boxes"); // for the lines of para1 + para2, 12 pt apart
        QTest::addColumn<QStringList>("texts");
        QList<QRectF> even;
        for (int i = 0; i < 6; ++i)
            even.append(QRectF(50, 100 + 12 * i, 300, 10));
        QList<QRectF> spaced = even;
        for (int i = 3; i < 6; ++i)
            spaced[i].translate(0, 8);
        QList<QRectF> indented = even;
        indented[3].translate(20, 0);
        QList<QRectF> bigFirst = even;
        bigFirst[0].setHeight(18);
        QTest::newRow("even-lines-by-text-alone") << even << QStringList{text1, text2};
        QTest::newRow("paragraph-spacing") << spaced << QStringList{text1, text2};
        QTest::newRow("first-line-indent") << indented << QStringList{text1, text2};
        QTest::newRow("larger-type-alone") << bigFirst << QStringList{para1[0], para1[1] + u" its walls. "_s + text2};
    }

    void geometry()
    {
        QFETCH(QList<QRectF>, boxes);
        QFETCH(QStringList, texts);
        // The last line of para1 made long, so that only the layout can end the paragraph.
        QStringList lines = para1 + para2;
        lines[2] = u"its walls, the stone of which is older than the harbour itself."_s;
        QStringList expected = texts;
        for (QString &t : expected)
            t.replace(u"its walls."_s, lines[2]);
        const RawDocument doc = PdfReader::fromPages({lines}, {boxes});
        QStringList actual;
        for (const RawBlock &b : doc.blocks)
            actual.append(b.text);
        if (QTest::currentDataTag() == QByteArray("even-lines-by-text-alone"))
            QCOMPARE(actual.size(), 1); // nothing tells the two paragraphs apart
        else
            QCOMPARE(actual, expected);
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
        PdfReader::setTextExtractor([](const QByteArray &) { return PdfText{{{}, {u" "_s}}, {}, {}}; });
        const DocumentRead read = PdfReader::read("%PDF-1.4\n");
        QVERIFY2(read.error.contains(u"run OCR"_s), qPrintable(read.error));
        PdfReader::setTextExtractor(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestImportPdfLayout)
#include "tst_importpdflayout.moc"
