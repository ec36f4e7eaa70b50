// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HTML main-content extraction, one rule per row, on small pages written for these tests:
// which text is kept as the article (present) and which is left out (absent), and the roles
// the whole import gives (body, subhead, boilerplate) for pages in languages without a
// stop-word list.

#include "core/import/folderimporter.h"
#include "core/import/html/contentextractor.h"
#include "core/import/html/htmldom.h"
#include "core/import/htmlreader.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

// Distinct invented article sentences, long enough to score, with a comma or two.
QString sentence(int i)
{
    static const QStringList subjects{u"The river authority"_s, u"A group of volunteers"_s, u"The regional council"_s,
                                      u"Local farmers"_s, u"The ferry operator"_s, u"Two engineers"_s, u"The mayor's office"_s,
                                      u"Residents of the valley"_s};
    static const QStringList actions{u"said on Tuesday that the old bridge would need new supports"_s,
                                     u"warned that the spring floods had reached the lower fields"_s,
                                     u"asked for a public meeting before any decision is taken"_s,
                                     u"published figures showing that repairs had fallen behind"_s,
                                     u"agreed to share the cost of the temporary crossing"_s};
    return subjects[i % subjects.size()] + u", according to a statement, "_s + actions[i % actions.size()]
           + u" in section %1 of the plan, and the work, which began last year, continues."_s.arg(i);
}

QString paragraphs(int from, int count)
{
    QString html;
    for (int i = from; i < from + count; ++i)
        html += u"<p>"_s + sentence(i) + u"</p>\n"_s;
    return html;
}

QString links(const QString &prefix, int count)
{
    QString html = u"<ul>"_s;
    for (int i = 0; i < count; ++i)
        html += u"<li><a href=\"/x%1\">%2 headline number %1 about something else entirely</a></li>"_s.arg(i).arg(prefix);
    return html + u"</ul>"_s;
}

QString page(const QString &body, const QString &head = {})
{
    return u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test page</title>"_s + head
           + u"</head><body>"_s + body + u"</body></html>"_s;
}

QString articleText(const RawDocument &doc)
{
    QStringList texts;
    for (const RawBlock &b : doc.blocks) {
        if (b.mainContentHint)
            texts.append(b.text);
    }
    return texts.join(u'\n');
}

} // namespace

class TestHtmlContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainContent_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        QTest::newRow("link-dense-sidebar-left-out")
            << page(u"<div id=\"wrap\"><div class=\"col\">"_s + paragraphs(0, 5) + u"</div><div class=\"col2\">"_s
                    + links(u"Sidebar"_s, 12) + u"</div></div>"_s)
            << QStringList{u"section 0 of"_s, u"section 4 of"_s} << QStringList{u"Sidebar headline"_s};
        // Long paragraphs in a comments container lose to the story, even when more numerous.
        QTest::newRow("class-hints")
            << page(u"<div class=\"story-body\">"_s + paragraphs(0, 4) + u"</div><div class=\"comments\">"_s
                    + paragraphs(10, 5) + u"</div>"_s)
            << QStringList{u"section 0 of"_s, u"section 3 of"_s} << QStringList{u"section 12 of"_s};
        // An article split over sibling containers (an advert between them) is joined.
        QTest::newRow("siblings-joined")
            << page(u"<div id=\"page\"><div class=\"part\">"_s + paragraphs(0, 4) + u"</div><div class=\"ad-slot\">Advert</div>"_s
                    + u"<div class=\"part\">"_s + paragraphs(4, 4) + u"</div></div>"_s)
            << QStringList{u"section 0 of"_s, u"section 7 of"_s} << QStringList{u"Advert"_s};
        QTest::newRow("article-element-evidence")
            << page(u"<div>"_s + paragraphs(20, 2) + u"</div><article>"_s + paragraphs(0, 3) + u"</article>"_s)
            << QStringList{u"section 0 of"_s, u"section 2 of"_s} << QStringList{u"section 21 of"_s};
        QTest::newRow("itemprop-articleBody")
            << page(u"<div class=\"a\">"_s + paragraphs(20, 3) + u"</div><div class=\"b\" itemprop=\"articleBody\">"_s
                    + paragraphs(0, 3) + u"</div>"_s)
            << QStringList{u"section 0 of"_s, u"section 2 of"_s} << QStringList{u"section 22 of"_s};
        // A marked article body wins over a longer run of text elsewhere (a gallery, a list of
        // teasers), and its own odd name ("...share...") does not make it page furniture.
        QTest::newRow("marked-body-over-longer-gallery")
            << page(u"<div class=\"gallery\">"_s + paragraphs(30, 9) + u"</div><div itemprop=\"articleBody\" id=\"share-wrap\">"_s
                    + paragraphs(0, 4) + u"</div>"_s)
            << QStringList{u"section 0 of"_s, u"section 3 of"_s} << QStringList{u"section 31 of"_s};
        // A class naming a "read more" expander holds the rest of the article.
        QTest::newRow("read-more-expander")
            << page(u"<div class=\"story\">"_s + paragraphs(0, 2) + u"<div id=\"read-more\"><a href=\"\">Read more</a>"_s
                    + paragraphs(2, 3) + u"</div></div>"_s)
            << QStringList{u"section 0 of"_s, u"section 4 of"_s} << QStringList{};
        QTest::newRow("hidden-dropped")
            << page(u"<div class=\"main\">"_s + paragraphs(0, 3) + u"<p hidden>Hidden by attribute, a long sentence here.</p>"_s
                    + u"<p aria-hidden=\"true\">Hidden from readers, another long sentence.</p>"_s
                    + u"<div style=\"display: none\"><p>Not displayed at all, one more long sentence.</p></div>"_s
                    + u"<p style=\"visibility:hidden\">Invisible text, a last long sentence here.</p></div>"_s)
            << QStringList{u"section 2 of"_s} << QStringList{u"Hidden by"_s, u"Hidden from"_s, u"Not displayed"_s, u"Invisible"_s};
        QTest::newRow("scripts-and-styles-dropped")
            << page(u"<div>"_s + paragraphs(0, 3) + u"<script>var s = 'script text';</script><style>.x{}</style></div>"_s)
            << QStringList{u"section 1 of"_s} << QStringList{u"script text"_s, u".x{}"_s};
        QTest::newRow("table-of-text-kept")
            << page(u"<table><tr><td>"_s + paragraphs(0, 3) + u"</td><td>"_s + links(u"Nav"_s, 6) + u"</td></tr></table>"_s)
            << QStringList{u"section 0 of"_s, u"section 2 of"_s} << QStringList{u"Nav headline"_s};
        QTest::newRow("short-article-in-unlikely-container")
            << page(u"<div class=\"sidebar-wrapper\"><p>"_s + sentence(0) + u"</p></div>"_s + u"<nav>"_s + links(u"Menu"_s, 5)
                    + u"</nav>"_s)
            << QStringList{u"section 0 of"_s} << QStringList{u"Menu headline"_s};
    }

    void mainContent()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString all = articleText(HtmlReader::read(html));
        for (const QString &p : std::as_const(present))
            QVERIFY2(all.contains(p), qPrintable(p + u" missing from:\n"_s + all));
        for (const QString &a : std::as_const(absent))
            QVERIFY2(!all.contains(a), qPrintable(a + u" should not be in:\n"_s + all));
    }

    // Blocks: <br><br> runs split paragraphs; one <br> does not.
    void blocks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("captions");
        QTest::newRow("br-br-paragraphs")
            << page(u"<div>First part of the text, long enough to count.<br><br>Second part of the text, also long enough."_s
                    "<br>\n<br>Third part after a break with white space between.</div>"_s)
            << QStringList{u"First part of the text, long enough to count."_s, u"Second part of the text, also long enough."_s,
                           u"Third part after a break with white space between."_s}
            << 0;
        QTest::newRow("single-br-joins")
            << page(u"<p>One line of a poem,<br>and the next line of it.</p>"_s)
            << QStringList{u"One line of a poem, and the next line of it."_s} << 0;
        // A container whose class says "caption" holds paragraphs, not one caption.
        QTest::newRow("caption-named-container")
            << page(u"<div class=\"captioned-story\"><p>"_s + sentence(0) + u"</p><p>"_s + sentence(1) + u"</p></div>"_s)
            << QStringList{sentence(0), sentence(1)} << 0;
        QTest::newRow("figcaption")
            << page(u"<article><p>"_s + sentence(0) + u"</p><figure><img src=x><figcaption>The bridge at dawn</figcaption></figure></article>"_s)
            << QStringList{sentence(0), u"The bridge at dawn"_s} << 1;
        QTest::newRow("heading-kind")
            << page(u"<article><h2>What happens next</h2>"_s + paragraphs(0, 2) + u"</article>"_s)
            << QStringList{u"What happens next"_s, sentence(0), sentence(1)} << 0;
    }

    void blocks()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, expected);
        QFETCH(int, captions);
        QStringList texts;
        int captionCount = 0;
        for (const RawBlock &b : HtmlReader::read(html).blocks) {
            texts.append(b.text);
            captionCount += b.kind == RawBlock::Kind::Caption ? 1 : 0;
        }
        QCOMPARE(texts, expected);
        QCOMPARE(captionCount, captions);
    }

    // JSON-LD articleBody: evidence between equal candidates, and the text when the page
    // shows only a teaser (paywalls, pages built by script).
    void jsonLdArticleBody_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        const QString body = sentence(0) + u"\n"_s + sentence(1) + u"\n"_s + sentence(2) + u"\n"_s + sentence(3);
        const QString ld = u"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\""_s
                           + QString(body).replace(u"\n"_s, u"\\n"_s) + u"\"}</script>"_s;
        QTest::newRow("evidence") << page(u"<div class=\"x\">"_s + paragraphs(10, 4) + u"</div><div class=\"y\">"_s
                                          + paragraphs(0, 4) + u"</div>"_s,
                                          ld)
                                  << u"section 3 of"_s << u"section 12 of"_s;
        QTest::newRow("teaser-only") << page(u"<div class=\"teaser\"><p>Subscribe to read the whole story today.</p></div>"_s, ld)
                                     << u"section 3 of"_s << u"Subscribe to read"_s;
    }

    void jsonLdArticleBody()
    {
        QFETCH(QString, html);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        const QString all = articleText(HtmlReader::read(html));
        QVERIFY2(all.contains(present), qPrintable(all));
        QVERIFY2(!all.contains(absent), qPrintable(all));
    }

    // Through the classifier: article text in a language without a stop-word list is body,
    // its headings are subheads, and the share line inside the article is boilerplate.
    void roles_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("startsWith");
        QTest::addColumn<QString>("role");
        const QString french = u"<!DOCTYPE html><html lang=\"fr\"><head><title>Le pont</title></head><body>"_s
                               "<nav>"_s + links(u"Rubrique"_s, 6) + u"</nav><article><h1>Le vieux pont sera réparé</h1>"_s
                               "<p>La commune a annoncé mardi que les travaux commenceront au printemps, après des mois "
                               "d'attente, et que la circulation sera détournée par la route du nord.</p>"
                               "<h2>Un chantier de six mois</h2>"
                               "<p>Les ingénieurs estiment que le chantier durera six mois, et le coût, partagé entre la "
                               "région et l'État, dépasse deux millions d'euros selon le devis présenté.</p>"
                               "<p>Les habitants, réunis en association, demandent une passerelle provisoire pour les "
                               "piétons pendant toute la durée des travaux.</p>"
                               "<div class=\"share-tools\"><a href=\"/s\">Partager</a></div></article>"
                               "<footer>Mentions légales</footer></body></html>"_s;
        QTest::newRow("french-body") << french << u"La commune a annoncé"_s << u"body"_s;
        QTest::newRow("french-last-body") << french << u"Les habitants"_s << u"body"_s;
        QTest::newRow("french-subhead") << french << u"Un chantier"_s << u"subhead"_s;
        QTest::newRow("french-headline") << french << u"Le vieux pont"_s << u"headline"_s;
        QTest::newRow("french-share") << french << u"Partager"_s << u"boilerplate"_s;
        QTest::newRow("french-nav") << french << u"Rubrique"_s << u"boilerplate"_s;
        // News paragraphs link a phrase; lists of points and short headings belong to the article.
        const QString english = u"<html lang=\"en\"><body><div class=\"story\"><h2>Background</h2><p>The council, which met "_s
                                "on Monday, <a href=\"/a\">voted to close the old bridge to all traffic</a> until the new "
                                "supports are in place.</p><p>The mayor also said:</p><ul><li>The ferry will run every hour</li>"
                                "<li>Cyclists may use the railway footpath</li></ul><p>Work on the bridge is expected to "
                                "start in the spring, and the council will publish a timetable next month.</p>"
                                "<h2>What residents say</h2><p>Several residents told the meeting that the closure, announced "
                                "without notice, would cut them off from the market and the school.</p></div></body></html>"_s;
        QTest::newRow("linked-phrase-body") << english << u"The council, which met"_s << u"body"_s;
        QTest::newRow("list-of-points-body") << english << u"The ferry will run"_s << u"body"_s;
        QTest::newRow("first-heading-subhead") << english << u"Background"_s << u"subhead"_s;
        QTest::newRow("later-heading-subhead") << english << u"What residents say"_s << u"subhead"_s;
        // A short line before the marked <h1> is not taken for the headline by its shape.
        const QString sponsor = u"<html><body><article><p>Supported by</p><h1>Bridge to close for repairs</h1>"_s
                                "<p>The council said on Monday that the old bridge would close in May, and that the "
                                "ferry would run every hour while the supports are replaced.</p></article></body></html>"_s;
        QTest::newRow("marked-h1-headline") << sponsor << u"Bridge to close"_s << u"headline"_s;
        QTest::newRow("short-line-not-headline") << sponsor << u"Supported by"_s << u"boilerplate"_s;
        const QString chinese = u"<html lang=\"zh\"><body><div class=\"content\"><p>市政府周二宣布，老桥将于春季开始维修，"_s
                                "工程预计持续六个月，期间车辆将绕行北路。</p><p>居民们表示，希望在施工期间为行人搭建临时便桥，"
                                "以方便日常出行。</p></div></body></html>"_s;
        QTest::newRow("chinese-body") << chinese << u"市政府"_s << u"body"_s;
        QTest::newRow("chinese-second") << chinese << u"居民们"_s << u"body"_s;
    }

    void roles()
    {
        QFETCH(QString, html);
        QFETCH(QString, startsWith);
        QFETCH(QString, role);
        QString error;
        const Article article = FolderImporter::readFile(html.toUtf8(), u"page.html"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Paragraph &p : article.paragraphs) {
            if (p.text.startsWith(startsWith)) {
                QCOMPARE(roleName(p.role), role);
                return;
            }
        }
        QVERIFY2(role == u"boilerplate", qPrintable(startsWith + u" not found"_s));
    }
};

QTEST_GUILESS_MAIN(TestHtmlContent)
#include "tst_htmlcontent.moc"
