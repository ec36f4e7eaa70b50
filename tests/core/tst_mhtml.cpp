// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Single-file web page saves (.mhtml/.mht): the HTML part is found in the MIME message, its
// transfer encoding undone and its charset honoured; other parts (images, frames) ignored; a
// file that is not such a message is refused with a reason. Messages are built by the test.

#include "core/import/filediscovery.h"
#include "core/import/folderimporter.h"
#include "core/import/html/mhtml.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

const QByteArray s_article =
    "<html><head><title>Harbour wall rebuilt</title></head><body><article><h1>Harbour wall rebuilt</h1>"
    "<p>The harbour wall, damaged in the winter storms, has been rebuilt by the town's own workers, "
    "the council said on Friday, and boats can moor there again from next week.</p>"
    "<p>The caf\xC3\xA9 on the quay, closed since January, will reopen on Saturday with a new terrace.</p>"
    "</article></body></html>";

QByteArray multipart(const QByteArray &htmlHeaders, const QByteArray &htmlBody)
{
    return "From: <Saved by a browser>\r\n"
           "Snapshot-Content-Location: https://harbour.example/wall\r\n"
           "Subject: Harbour wall rebuilt\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/related;\r\n"
           "\ttype=\"text/html\";\r\n"
           "\tboundary=\"----MultipartBoundary--abc123----\"\r\n"
           "\r\n"
           "------MultipartBoundary--abc123----\r\n"
           + htmlHeaders + "\r\n" + htmlBody + "\r\n"
           "------MultipartBoundary--abc123----\r\n"
           "Content-Type: image/png\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Location: https://harbour.example/logo.png\r\n"
           "\r\n"
           "iVBORw0KGgo=\r\n"
           "------MultipartBoundary--abc123------\r\n";
}

QByteArray quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    int column = 0;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        QByteArray piece = (u >= 128 || c == '=') ? "=" + QByteArray::number(u, 16).toUpper().rightJustified(2, '0') : QByteArray(1, c);
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

} // namespace

class TestMhtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlPart_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("cafe"); // how the accented word must come out
        QTest::newRow("quoted-printable-utf8")
            << multipart("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                         "Content-Location: https://harbour.example/wall\r\n",
                         quotedPrintable(s_article))
            << u"caf\u00E9"_s;
        QTest::newRow("base64-latin1")
            << multipart("Content-Type: text/html; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: base64\r\n",
                         QByteArray(s_article).replace("\xC3\xA9", "\xE9").toBase64(QByteArray::Base64Encoding))
            << u"caf\u00E9"_s;
        QTest::newRow("lf-line-ends-8bit")
            << multipart("Content-Type: text/html; charset=utf-8\r\n", s_article).replace("\r\n", "\n") << u"caf\u00E9"_s;
        QTest::newRow("single-part")
            << ("MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + s_article)
            << u"caf\u00E9"_s;
    }

    void htmlPart()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, cafe);
        const DecodedText decoded = Mhtml::decode(message);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QVERIFY2(decoded.text.contains(u"<p>The harbour wall"_s), qPrintable(decoded.text.left(200)));
        QVERIFY2(decoded.text.contains(cafe), qPrintable(decoded.text));
        QVERIFY(!decoded.text.contains(u"iVBORw0KGgo"_s));
    }

    void notMhtml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain-text") << QByteArray("Just some text\nwith lines\n");
        QTest::newRow("multipart-without-html")
            << QByteArray("Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n");
        QTest::newRow("no-boundary") << QByteArray("Content-Type: multipart/related\r\n\r\n<html></html>");
    }

    void notMhtml()
    {
        QFETCH(QByteArray, bytes);
        const DecodedText decoded = Mhtml::decode(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error.contains(u"mhtml"_s));
    }

    void importsAsArticle()
    {
        QCOMPARE(FileDiscovery::formatForFileName(u"Saved page.mhtml"_s), u"mhtml"_s);
        QCOMPARE(FileDiscovery::formatForFileName(u"page.MHT"_s), u"mhtml"_s);
        const QByteArray message = multipart("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                                             quotedPrintable(s_article));
        QString error;
        const Article article = FolderImporter::readFile(message, u"wall.mhtml"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(article.headline, u"Harbour wall rebuilt"_s);
        QCOMPARE(article.format, u"html"_s);
        QCOMPARE(article.bodyParagraphs().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMhtml)
#include "tst_mhtml.moc"
