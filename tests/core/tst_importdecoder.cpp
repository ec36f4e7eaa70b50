// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Byte decoding: BOMs, UTF-8, legacy 8-bit via uchardet, invalid sequences, binary, line
// ends and NFC. Fixture bytes are built here.

#include "core/import/textdecoder.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding"); // empty: must fail
        QTest::addColumn<QString>("text"); // expected text, or expected error fragment

        const QString sample = u"The mayor said: \u201CWe will rebuild the caf\u00E9.\u201D"_s;
        QTest::newRow("utf8") << sample.toUtf8() << u"UTF-8"_s << sample;
        QTest::newRow("utf8-bom") << (QByteArray("\xEF\xBB\xBF") + sample.toUtf8()) << u"UTF-8"_s << sample;
        {
            QByteArray le("\xFF\xFE", 2);
            for (QChar c : sample) {
                le.append(char(c.unicode() & 0xFF));
                le.append(char(c.unicode() >> 8));
            }
            QTest::newRow("utf16le-bom") << le << u"UTF-16LE"_s << sample;
            QByteArray be("\xFE\xFF", 2);
            for (QChar c : sample) {
                be.append(char(c.unicode() >> 8));
                be.append(char(c.unicode() & 0xFF));
            }
            QTest::newRow("utf16be-bom") << be << u"UTF-16BE"_s << sample;
        }
        // Windows-1252 curly quotes (0x93/0x94) and e-acute (0xE9) in an English paragraph
        // long enough for detection.
        QByteArray cp1252 = "The council met on Tuesday evening. \x93We will rebuild the caf\xE9 by spring,\x94 the mayor "
                            "said, adding that the r\xE9sum\xE9s of three contractors were under review. Residents "
                            "welcomed the news \x96 most of them, at least.";
        QTest::newRow("windows-1252") << cp1252 << u"WINDOWS-1252"_s
                                      << u"The council met on Tuesday evening. \u201CWe will rebuild the caf\u00E9 by spring,\u201D"_s;
        QByteArray latin1 = "Le caf\xE9 de la gare a rouvert ses portes mardi. Les habitants \xE9taient nombreux \xE0 "
                            "c\xE9l\xE9" "brer l'\xE9v\xE9nement avec le maire, qui a promis une f\xEAte en \xE9t\xE9.";
        QTest::newRow("latin1-french") << latin1 << u"*"_s << u"Le caf\u00E9 de la gare"_s;
        QTest::newRow("crlf") << QByteArray("First line.\r\nSecond line.\r\n") << u"UTF-8"_s << u"First line.\nSecond line.\n"_s;
        QTest::newRow("cr") << QByteArray("First line.\rSecond line.") << u"UTF-8"_s << u"First line.\nSecond line."_s;
        QTest::newRow("nfc") << QByteArray("Cafe\xCC\x81 open") << u"UTF-8"_s << u"Caf\u00E9 open"_s;
        // A single broken byte in otherwise valid UTF-8 text is replaced, not fatal.
        QTest::newRow("invalid-utf8-sequence")
            << (u"A long enough paragraph of valid text with \u00E9 accents and one "_s.toUtf8() + QByteArray("\xC3\x28")
                + QByteArray(" broken sequence in the middle of it, which must not stop the import."))
            << u"*"_s << u"A long enough paragraph"_s;
        // Damaged UTF-8 with curly quotes stays UTF-8 rather than turning into mojibake.
        QTest::newRow("damaged-utf8-not-legacy") << (sample.toUtf8() + QByteArray("\xFF tail")) << u"UTF-8"_s << sample;
        QTest::newRow("empty") << QByteArray() << QString() << u"empty"_s;
        QTest::newRow("whitespace-only") << QByteArray(" \n\t\r\n ") << QString() << u"white space"_s;
        QTest::newRow("binary-nul") << QByteArray("PK\x03\x04\x00\x00\x08\x00", 8) << QString() << u"binary"_s;
        QByteArray garbage;
        for (int i = 0; i < 400; ++i)
            garbage.append(char(0x80 + (i * 37) % 0x7F));
        QTest::newRow("random-high-bytes") << garbage << u"*"_s << QString();
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        const DecodedText decoded = TextDecoder::decode(bytes);
        if (encoding.isEmpty()) {
            QVERIFY(!decoded.ok());
            QVERIFY2(decoded.error.contains(text), qPrintable(decoded.error));
            return;
        }
        if (text.isEmpty()) {
            // Arbitrary bytes: any outcome but a crash; when decoded, valid NFC text.
            QVERIFY(decoded.ok() || !decoded.error.isEmpty());
            return;
        }
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        if (encoding != u"*")
            QCOMPARE(decoded.encoding, encoding);
        QVERIFY2(decoded.text.startsWith(text), qPrintable(decoded.text.left(120)));
        QVERIFY(!decoded.text.contains(u'\r'));
    }

    void survivesArbitraryBytes()
    {
        // A fixed pseudo-random sweep: every length and byte pattern decodes or fails cleanly.
        quint32 state = 12345;
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            const int length = round * 7 % 513;
            for (int i = 0; i < length; ++i) {
                state = state * 1664525u + 1013904223u;
                bytes.append(char(state >> 24));
            }
            const DecodedText decoded = TextDecoder::decode(bytes);
            QVERIFY(decoded.ok() != !decoded.error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_importdecoder.moc"
