// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HTML: main-text extraction (navigation, related links, sidebars, comments, footers and
// scripts left out), metadata from meta tags, JSON-LD, <time> and canonical links, and
// survival of broken markup. Fixtures are our own pages in tests/data/import/html.

#include "core/import/folderimporter.h"
#include "core/import/htmlreader.h"

#include <QFile>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(SYNOPTIC_TEST_DATA "/import/html/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList blockTexts(const RawDocument &doc)
{
    QStringList texts;
    for (const RawBlock &b : doc.blocks)
        texts.append(b.text);
    return texts;
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("outletSource");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("url");
        QTest::newRow("meta-tags") << u"gazette.html"_s << u"Lighthouse to close for repairs"_s << u"Harbour Gazette"_s
                                   << u"html-meta"_s << u"Mara Quill"_s << u"2024-09-02T08:30:00Z"_s
                                   << u"https://gazette.example/news/lighthouse-repairs"_s;
        QTest::newRow("json-ld") << u"jsonld.html"_s << u"Ferry service resumes after storm"_s << u"Coastline Daily"_s
                                 << u"json-ld"_s << u"Ivo Brant and Lena Ostrow"_s << u"2024-10-05T06:00:00+01:00"_s
                                 << u"https://coastline.example/ferry"_s;
    }

    void metadata()
    {
        QFETCH(QString, file);
        const RawDocument doc = HtmlReader::read(fixture(file));
        QTEST(doc.metadata.headline, "headline");
        QTEST(doc.metadata.outlet, "outlet");
        QTEST(doc.metadata.outletSource, "outletSource");
        QTEST(doc.metadata.byline, "byline");
        QTEST(doc.metadata.published, "published");
        QTEST(doc.metadata.url, "url");
    }

    void mainText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("gazette") << u"gazette.html"_s
                                 << QStringList{u"The harbour authority said on Monday"_s, u"Fishermen who rely"_s,
                                                u"\u201CWe have sailed by that light"_s, u"The authority expects the work"_s}
                                 << QStringList{u"Injected text"_s, u"Home"_s, u"Storm warning"_s, u"color: red"_s,
                                                u"All rights reserved"_s};
        QTest::newRow("jsonld") << u"jsonld.html"_s
                                << QStringList{u"The island ferry resumed"_s, u"Engineers worked"_s, u"Passengers who missed"_s}
                                << QStringList{u"this is broken json"_s, u"\"@type\""_s};
    }

    void mainText()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString all = blockTexts(HtmlReader::read(fixture(file))).join(u'\n');
        for (const QString &p : std::as_const(present))
            QVERIFY2(all.contains(p), qPrintable(p + u" missing from:\n"_s + all));
        for (const QString &a : std::as_const(absent))
            QVERIFY2(!all.contains(a), qPrintable(a + u" should not be in:\n"_s + all));
    }

    // Roles through the whole import path: headline, byline metadata, body, caption, and
    // the related links and comment prompts as boilerplate (or left out).
    void roles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("startsWith");
        QTest::addColumn<QString>("role");
        QTest::newRow("headline") << u"gazette.html"_s << u"Lighthouse to close"_s << u"headline"_s;
        QTest::newRow("byline") << u"gazette.html"_s << u"By Mara Quill"_s << u"metadata"_s;
        QTest::newRow("body") << u"gazette.html"_s << u"Fishermen who rely"_s << u"body"_s;
        QTest::newRow("caption") << u"gazette.html"_s << u"The lighthouse at dusk"_s << u"caption"_s;
        QTest::newRow("related-link") << u"gazette.html"_s << u"Council budget vote"_s << u"boilerplate"_s;
        QTest::newRow("comment-prompt") << u"jsonld.html"_s << u"Leave a comment"_s << u"boilerplate"_s;
    }

    void roles()
    {
        QFETCH(QString, file);
        QFETCH(QString, startsWith);
        QFETCH(QString, role);
        QString error;
        const Article article = FolderImporter::readFile(fixture(file).toUtf8(), file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Paragraph &p : article.paragraphs) {
            if (p.text.startsWith(startsWith)) {
                QCOMPARE(roleName(p.role), role);
                return;
            }
        }
        // Left out entirely is as good as boilerplate for chrome.
        QVERIFY2(role == u"boilerplate", qPrintable(startsWith + u" not found"_s));
    }

    void brokenMarkup_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("empty") << QString();
        QTest::newRow("unclosed-tags") << u"<html><body><div><p>Unclosed paragraph <b>bold <i>italic"_s;
        QTest::newRow("only-script") << u"<script>var x = '<p>not text</p>';</script>"_s;
        QString deep;
        for (int i = 0; i < 3000; ++i)
            deep += u"<div>"_s;
        QTest::newRow("deep-nesting") << (deep + u"<p>Deep text that is deep inside many divs.</p>"_s);
        QTest::newRow("garbage") << u"<<<>>><!-- <p> --><p\u0000>\uFFFD</p></p></p><meta property=og:site_name>"_s;
    }

    void brokenMarkup()
    {
        QFETCH(QString, html);
        const RawDocument doc = HtmlReader::read(html);
        for (const RawBlock &b : doc.blocks)
            QVERIFY(!b.text.contains(u"not text"_s));
        QCOMPARE(doc.format, u"html"_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
