// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Web page metadata, one source per row on pages written for these tests: headline (JSON-LD,
// Open Graph, <title> without the site's name, <h1>), byline (JSON-LD, meta, rel=author; never
// a URL, a date or "By" alone), site name (og:site_name, JSON-LD publisher, application-name, the
// canonical address's host), publication time with its offset, and language.

#include "core/import/html/htmldom.h"
#include "core/import/html/htmlmetadata.h"
#include "core/import/htmlreader.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

QString page(const QString &head, const QString &body = {}, const QString &htmlAttributes = {})
{
    return u"<!DOCTYPE html><html"_s + htmlAttributes + u"><head>"_s + head + u"</head><body>"_s + body
           + u"<article><p>The council met on Monday, and the vote on the new harbour wall was delayed again.</p></article>"_s
           + u"</body></html>"_s;
}

QString ld(const QString &json)
{
    return u"<script type=\"application/ld+json\">"_s + json + u"</script>"_s;
}

} // namespace

class TestHtmlMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headline_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("headline");
        QTest::newRow("json-ld-first") << page(ld(u"{\"@type\":\"NewsArticle\",\"headline\":\"Wall vote delayed\"}"_s)
                                               + u"<meta property=\"og:title\" content=\"Other\">"_s)
                                       << u"Wall vote delayed"_s;
        QTest::newRow("dublin-core-before-og") << page(u"<meta property=\"og:title\" content=\"Other\"><meta name=\"dc:title\" content=\"Wall vote delayed\">"_s)
                                               << u"Wall vote delayed"_s;
        // JSON-LD with a description in "headline" and the title in "name": the <title> decides.
        QTest::newRow("json-ld-name-matching-title")
            << page(ld(u"{\"@type\":\"Article\",\"headline\":\"A vote of the town council\",\"name\":\"Wall vote delayed\"}"_s)
                    + u"<title>Wall vote delayed - Harbour Post</title>"_s)
            << u"Wall vote delayed"_s;
        QTest::newRow("og-title-with-author") << page(u"<meta name=\"author\" content=\"Ana Ruiz\">"_s
                                                      "<meta property=\"og:title\" content=\"Wall vote delayed | Ana Ruiz\">"_s)
                                              << u"Wall vote delayed"_s;
        QTest::newRow("og-title") << page(u"<meta property=\"og:title\" content=\"Wall vote delayed\"><title>X | Y</title>"_s)
                                  << u"Wall vote delayed"_s;
        QTest::newRow("og-title-with-site") << page(u"<meta property=\"og:site_name\" content=\"Harbour Post\">"_s
                                                    "<meta property=\"og:title\" content=\"Wall vote delayed again | Harbour Post\">"_s)
                                            << u"Wall vote delayed again"_s;
        QTest::newRow("title-site-suffix") << page(u"<meta property=\"og:site_name\" content=\"Harbour Post\">"_s
                                                   "<title>Wall vote delayed again - Harbour Post</title>"_s)
                                           << u"Wall vote delayed again"_s;
        QTest::newRow("title-site-prefix") << page(u"<meta property=\"og:site_name\" content=\"Harbour Post\">"_s
                                                   "<title>Harbour Post | Wall vote delayed again</title>"_s)
                                           << u"Wall vote delayed again"_s;
        QTest::newRow("title-unknown-site") << page(u"<title>Council delays the harbour wall vote | HP</title>"_s)
                                            << u"Council delays the harbour wall vote"_s;
        QTest::newRow("title-h1-inside") << page(u"<title>Council delays vote: what it means - Harbour Post</title>"_s,
                                                 u"<h1>Council delays vote: what it means</h1>"_s)
                                         << u"Council delays vote: what it means"_s;
        QTest::newRow("hyphen-in-headline-kept") << page(u"<title>Self-driving ferry - a first for the bay</title>"_s)
                                                 << u"Self-driving ferry - a first for the bay"_s;
        QTest::newRow("h1-only") << page(QString(), u"<h1>Wall vote delayed</h1>"_s) << u"Wall vote delayed"_s;
    }

    void headline()
    {
        QFETCH(QString, html);
        QTEST(HtmlReader::read(html).metadata.headline, "headline");
    }

    void byline_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("byline");
        QTest::newRow("json-ld-authors")
            << page(ld(u"{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"name\":\"Tom Berg\"}]}"_s))
            << u"Ana Ruiz and Tom Berg"_s;
        QTest::newRow("json-ld-graph-reference")
            << page(ld(u"{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"}},{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ana Ruiz\"}]}"_s))
            << u"Ana Ruiz"_s;
        QTest::newRow("meta-author") << page(u"<meta name=\"author\" content=\"Ana Ruiz\">"_s) << u"Ana Ruiz"_s;
        QTest::newRow("by-prefix-dropped") << page(u"<meta name=\"byl\" content=\"By Ana Ruiz\">"_s) << u"Ana Ruiz"_s;
        QTest::newRow("url-is-not-a-name") << page(u"<meta property=\"article:author\" content=\"https://social.example/ana\">"_s)
                                           << QString();
        QTest::newRow("date-is-not-a-name") << page(u"<meta name=\"author\" content=\"March 3, 2024\">"_s) << QString();
        QTest::newRow("trailing-date-dropped") << page(QString(), u"<div class=\"byline\">By Ana Ruiz May 20, 2019</div>"_s)
                                               << u"Ana Ruiz"_s;
        QTest::newRow("trailing-bullet-dropped") << page(QString(), u"<span class=\"author\">Ana Ruiz \u2022 8h</span>"_s)
                                                 << u"Ana Ruiz"_s;
        QTest::newRow("label-without-name") << page(QString(), u"<div class=\"byline\">Last updated: May 20, 2019</div>"_s)
                                            << QString();
        QTest::newRow("by-alone") << page(u"<meta name=\"author\" content=\"By\">"_s) << QString();
        QTest::newRow("dublin-core-first") << page(u"<meta name=\"author\" content=\"Desk\"><meta name=\"DC.creator\" content=\"Ana Ruiz\">"_s)
                                           << u"Ana Ruiz"_s;
        QTest::newRow("byline-class") << page(QString(), u"<div class=\"byline\">By Ana Ruiz</div>"_s) << u"Ana Ruiz"_s;
        // A class on <body> naming the author's page is not a byline element.
        QTest::newRow("author-class-on-body") << QString(u"<html><body class=\"author-12\"><h1>Wall vote delayed</h1>"_s
                                                         "<p>The council met on Monday, and the vote was delayed again.</p></body></html>"_s)
                                              << QString();
        QTest::newRow("long-author-bio-ignored")
            << page(QString(), u"<div class=\"author-bio\">Ana Ruiz has covered the harbour, the council and the courts for "_s
                               "twenty years, and before that wrote about farming in the valley.</div>"_s)
            << QString();
        QTest::newRow("rel-author") << page(QString(), u"<p>By <a rel=\"author\" href=\"/ana\">Ana Ruiz</a></p>"_s) << u"Ana Ruiz"_s;
    }

    void byline()
    {
        QFETCH(QString, html);
        QTEST(HtmlReader::read(html).metadata.byline, "byline");
    }

    void site_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("source");
        QTest::newRow("og-site-name") << page(u"<meta property=\"og:site_name\" content=\"Harbour Post\">"_s) << u"Harbour Post"_s
                                      << u"html-meta"_s;
        QTest::newRow("json-ld-publisher")
            << page(ld(u"{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Post\"}}"_s))
            << u"Harbour Post"_s << u"json-ld"_s;
        QTest::newRow("application-name") << page(u"<meta name=\"application-name\" content=\"Harbour Post\">"_s)
                                          << u"Harbour Post"_s << u"html-meta"_s;
        QTest::newRow("canonical-host") << page(u"<link rel=\"canonical\" href=\"https://www.harbour-post.example/a/1\">"_s)
                                        << u"harbour-post.example"_s << u"html-url"_s;
        QTest::newRow("none") << page(QString()) << QString() << QString();
    }

    void site()
    {
        QFETCH(QString, html);
        const RawDocument doc = HtmlReader::read(html);
        QTEST(doc.metadata.outlet, "outlet");
        QTEST(doc.metadata.outletSource, "source");
    }

    void published_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("published");
        QTest::newRow("article-published-time")
            << page(u"<meta property=\"article:published_time\" content=\"2024-05-06T07:08:09+02:00\">"_s)
            << u"2024-05-06T07:08:09+02:00"_s;
        QTest::newRow("offset-without-colon") << page(u"<meta property=\"article:published_time\" content=\"2024-05-06T07:08:09+0200\">"_s)
                                              << u"2024-05-06T07:08:09+02:00"_s;
        QTest::newRow("utc-millis") << page(ld(u"{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-06T07:08:09.123Z\"}"_s))
                                    << u"2024-05-06T07:08:09Z"_s;
        QTest::newRow("parsely") << page(u"<meta name=\"parsely-pub-date\" content=\"2024-05-06T07:08:00Z\">"_s)
                                 << u"2024-05-06T07:08:00Z"_s;
        QTest::newRow("dc-date-only") << page(u"<meta name=\"dc.date\" content=\"2024-05-06\">"_s) << u"2024-05-06"_s;
        QTest::newRow("rfc-2822") << page(u"<meta name=\"date\" content=\"Mon, 06 May 2024 07:08:09 -0400\">"_s)
                                  << u"2024-05-06T07:08:09-04:00"_s;
        QTest::newRow("local-time-no-zone") << page(u"<meta name=\"pubdate\" content=\"2024-05-06 07:08\">"_s)
                                            << u"2024-05-06T07:08:00"_s;
        QTest::newRow("time-element") << page(QString(), u"<time datetime=\"2024-05-06T07:08:09-05:00\">6 May</time>"_s)
                                      << u"2024-05-06T07:08:09-05:00"_s;
        QTest::newRow("nonsense-dropped") << page(u"<meta name=\"date\" content=\"2024-99-99\">"_s) << QString();
    }

    void published()
    {
        QFETCH(QString, html);
        QTEST(HtmlReader::read(html).metadata.published, "published");
    }

    void language_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("language");
        QTest::newRow("html-lang") << page(QString(), QString(), u" lang=\"pt-BR\""_s) << u"pt"_s;
        QTest::newRow("og-locale") << page(u"<meta property=\"og:locale\" content=\"de_DE\">"_s) << u"de"_s;
        QTest::newRow("content-language") << page(u"<meta http-equiv=\"content-language\" content=\"fr\">"_s) << u"fr"_s;
        QTest::newRow("none") << page(QString()) << QString();
    }

    void language()
    {
        QFETCH(QString, html);
        QTEST(HtmlReader::read(html).metadata.language, "language");
    }
};

QTEST_GUILESS_MAIN(TestHtmlMetadata)
#include "tst_htmlmetadata.moc"
