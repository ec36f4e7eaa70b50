// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RTF's text layer: paragraphs, escapes, code pages, skipped destinations, and damaged files
// as clear skip reasons.

#include "core/import/documentformats.h"
#include "core/import/rtfreader.h"

#include "formatfixtures.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

class TestImportRtf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("paragraphs") << QByteArray("{\\rtf1\\ansi The harbour.\\par The light.\\par}")
                                    << QStringList{u"The harbour."_s, u"The light."_s} << u"ASCII"_s;
        QTest::newRow("source-line-ends-mean-nothing") << QByteArray("{\\rtf1\\ansi The har\nbour\r\n closed.\\par}")
                                                       << QStringList{u"The harbour closed."_s} << u"ASCII"_s;
        QTest::newRow("unicode-escape-skips-fallback")
            << QByteArray("{\\rtf1\\ansi \\u8220?Yes,\\u8221? said the m\\u252?ller.\\par}")
            << QStringList{u"\u201CYes,\u201D said the m\u00FCller."_s} << u"ASCII"_s;
        QTest::newRow("negative-unicode-escape") << QByteArray("{\\rtf1\\ansi \\u-3913?x\\par}")
                                                 << QStringList{u"\uF0B7x"_s} << u"ASCII"_s;
        QTest::newRow("uc2-skips-two-fallback-bytes") << QByteArray("{\\rtf1\\ansi\\uc2 a\\u233\\'e9\\'e9b\\par}")
                                                      << QStringList{u"a\u00E9b"_s} << u"ASCII"_s;
        QTest::newRow("hex-in-windows-1252") << QByteArray("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9 \\'93ok\\'94\\par}")
                                             << QStringList{u"caf\u00E9 \u201Cok\u201D"_s} << u"WINDOWS-1252"_s;
        QTest::newRow("hex-in-windows-1250") << QByteArray("{\\rtf1\\ansi\\ansicpg1250 \\'9ailo\\par}")
                                             << QStringList{u"\u0161ilo"_s} << u"WINDOWS-1250"_s;
        QTest::newRow("font-charset-cyrillic")
            << QByteArray("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset204 Arial Cyr;}}"
                          "\\f1 \\'ca\\'e8\\'e5\\'e2\\f0  harbour\\par}")
            << QStringList{u"\u041A\u0438\u0435\u0432 harbour"_s} << u"WINDOWS-1251"_s;
        QTest::newRow("destinations-skipped")
            << QByteArray("{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}{\\colortbl;\\red255\\green0\\blue0;}"
                          "{\\stylesheet{\\s1 heading 1;}}{\\info{\\author A. Researcher}}"
                          "{\\*\\generator Writer;}{\\header Page header}{\\footer Page footer}"
                          "{\\pict\\pngblip 89504e470d0a}Body text.{\\footnote A note.}\\par}")
            << QStringList{u"Body text."_s} << u"ASCII"_s;
        QTest::newRow("field-result-kept-instruction-skipped")
            << QByteArray("{\\rtf1\\ansi See {\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt the report}}.\\par}")
            << QStringList{u"See the report."_s} << u"ASCII"_s;
        QTest::newRow("line-tab-and-symbols")
            << QByteArray("{\\rtf1\\ansi Length: 412 words\\line Byline:\\tab Mara\\~Quill \\endash{} \\emdash\\par}")
            << QStringList{u"Length: 412 words"_s, u"Byline: Mara\u00A0Quill \u2013 \u2014"_s} << u"ASCII"_s;
        QTest::newRow("escaped-braces") << QByteArray("{\\rtf1\\ansi a \\{b\\} \\\\c\\par}") << QStringList{u"a {b} \\c"_s}
                                        << u"ASCII"_s;
        QTest::newRow("binary-data-skipped") << QByteArray("{\\rtf1\\ansi x{\\*\\blob\\bin4 {{{{}y\\par}")
                                             << QStringList{u"xy"_s} << u"ASCII"_s;
    }

    void text()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(QStringList, texts);
        QFETCH(QString, encoding);
        const DocumentRead read = RtfReader::read(rtf);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QStringList actual;
        for (const RawBlock &b : read.documents.first().blocks)
            actual.append(b.text);
        QCOMPARE(actual, texts);
        QCOMPARE(read.encoding, encoding);
        QVERIFY(read.notes.isEmpty());
    }

    void headings()
    {
        const DocumentRead read = RtfReader::read("{\\rtf1\\ansi{\\info{\\title Lighthouse}}\\pard\\outlinelevel0 Lighthouse\\par"
                                                  "\\pard Body.\\par}");
        QVERIFY2(read.ok(), qPrintable(read.error));
        const RawDocument &doc = read.documents.first();
        QCOMPARE(doc.blocks.size(), 2);
        QCOMPARE(doc.blocks[0].kind, RawBlock::Kind::Heading);
        QCOMPARE(doc.blocks[0].headingLevel, 1);
        QCOMPARE(doc.blocks[1].kind, RawBlock::Kind::Paragraph);
        QCOMPARE(doc.metadata.headline, u"Lighthouse"_s);
    }

    void listItems()
    {
        const DocumentRead read = RtfReader::read(rtf({u"Key facts"_s, u"* 12 masons at work"_s, u"* the beacon is moored"_s,
                                                       u"After the list."_s}));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QStringList texts;
        QList<int> kinds;
        for (const RawBlock &b : read.documents.first().blocks) {
            texts.append(b.text);
            kinds.append(int(b.kind));
        }
        const int P = int(RawBlock::Kind::Paragraph), L = int(RawBlock::Kind::ListItem);
        QCOMPARE(texts, (QStringList{u"Key facts"_s, u"12 masons at work"_s, u"the beacon is moored"_s, u"After the list."_s}));
        QCOMPARE(kinds, (QList<int>{P, L, L, P}));
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QString>("message"); // part of the error or the note
        QTest::newRow("truncated-after-text") << QByteArray("{\\rtf1\\ansi The harbour closed.\\par The li") << true << u"truncated"_s;
        QTest::newRow("truncated-in-header") << QByteArray("{\\rtf1\\ansi{\\fonttbl{\\f0 Ti") << false << u"truncated"_s;
        QTest::newRow("not-rtf") << QByteArray("Just words.") << false << u"Not an RTF file"_s;
        QTest::newRow("no-text") << QByteArray("{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}}") << false << u"no text"_s;
        QTest::newRow("nesting-too-deep") << QByteArray("{\\rtf1 ") + QByteArray(100000, '{') << false << u"deeper"_s;
        QTest::newRow("trailing-backslash") << QByteArray("{\\rtf1\\ansi text\\") << true << u"truncated"_s;
        QTest::newRow("hex-cut-short") << QByteArray("{\\rtf1\\ansi text \\'e") << true << u"truncated"_s;
    }

    void damaged()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(bool, readable);
        QFETCH(QString, message);
        const DocumentRead read = RtfReader::read(rtf);
        QCOMPARE(read.ok(), readable);
        if (readable) {
            QCOMPARE(read.documents.size(), 1);
            QVERIFY2(read.notes.join(u' ').contains(message, Qt::CaseInsensitive), qPrintable(read.notes.join(u' ')));
        } else {
            QVERIFY2(read.error.contains(message, Qt::CaseInsensitive), qPrintable(read.error));
        }
    }

    // A Factiva export in RTF, default article format: one document per "Document <id>".
    void factivaExport()
    {
        const QList<ExportArticle> articles = exportArticles();
        const DocumentRead read = DocumentFormats::read(rtf(factivaDefaultLines(articles)), u"rtf"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.documents.size(), articles.size());
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const DocumentMetadata &m = read.documents[i].metadata;
            QCOMPARE(m.headline, articles[i].headline);
            QCOMPARE(m.outlet, articles[i].outlet);
            QCOMPARE(m.published, articles[i].isoDate);
            QCOMPARE(m.byline, articles[i].byline);
            QCOMPARE(m.language, u"en"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportRtf)
#include "tst_importrtf.moc"
