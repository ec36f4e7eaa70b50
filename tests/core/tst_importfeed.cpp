// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Saved feeds: items with their full text become articles; summary-only items are reported;
// anything that is not a feed is a clear skip reason.

#include "core/import/feedreader.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {
const QString body = u"<p>The harbour authority said on Monday that the old lighthouse would close for six months.</p>"
                     "<p>Fishermen who rely on the light said they had not been consulted about the closure.</p>"
                     "<p>A floating beacon will be moored at the channel entrance while the masons work.</p>"_s;

QByteArray rss(const QString &items)
{
    return (u"<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>The Northport Gazette</title>"
            "<language>en-gb</language><link>https://gazette.example/</link>"_s
            + items + u"</channel></rss>"_s)
        .toUtf8();
}

QString rssItem(const QString &title, bool full)
{
    return u"<item><title>%1</title><link>https://gazette.example/%2</link><pubDate>Thu, 24 Apr 2025 08:15:00 +0000</pubDate>"
           "<dc:creator>Mara Quill</dc:creator><description>A short summary.</description>%3</item>"_s
        .arg(title, QString::number(title.size()),
             full ? u"<content:encoded><![CDATA["_s + body + u"]]></content:encoded>"_s : QString());
}

QByteArray atom(const QString &content)
{
    return (u"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Coastal Evening Post</title>"
            "<entry><title>Fishermen were not consulted</title><link rel=\"alternate\" href=\"https://post.example/a\"/>"
            "<published>2025-04-25T09:00:00Z</published><updated>2025-04-26T09:00:00Z</updated>"
            "<author><name>Tomas Brill</name></author><summary>Short.</summary>"_s
            + content + u"</entry></feed>"_s)
        .toUtf8();
}
} // namespace

class TestImportFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void items_data()
    {
        QTest::addColumn<QByteArray>("feed");
        QTest::addColumn<QStringList>("headlines");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<int>("summaryOnly");
        QTest::newRow("rss-content-encoded") << rss(rssItem(u"Lighthouse to close"_s, true) + rssItem(u"Council votes"_s, true))
                                             << QStringList{u"Lighthouse to close"_s, u"Council votes"_s}
                                             << u"The Northport Gazette"_s << u"2025-04-24T08:15:00Z"_s << u"Mara Quill"_s << 0;
        QTest::newRow("rss-summary-only-items-reported")
            << rss(rssItem(u"Lighthouse to close"_s, true) + rssItem(u"Council votes"_s, false))
            << QStringList{u"Lighthouse to close"_s} << u"The Northport Gazette"_s << u"2025-04-24T08:15:00Z"_s
            << u"Mara Quill"_s << 1;
        QTest::newRow("atom-html-content")
            << atom(u"<content type=\"html\">"_s + body.toHtmlEscaped() + u"</content>"_s)
            << QStringList{u"Fishermen were not consulted"_s} << u"Coastal Evening Post"_s << u"2025-04-25T09:00:00Z"_s
            << u"Tomas Brill"_s << 0;
        QTest::newRow("atom-xhtml-content")
            << atom(u"<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"_s + body + u"</div></content>"_s)
            << QStringList{u"Fishermen were not consulted"_s} << u"Coastal Evening Post"_s << u"2025-04-25T09:00:00Z"_s
            << u"Tomas Brill"_s << 0;
        QTest::newRow("atom-text-content")
            << atom(u"<content type=\"text\">The harbour authority said on Monday that the light would close.\n\n"
                    "Fishermen said they had not been consulted.</content>"_s)
            << QStringList{u"Fishermen were not consulted"_s} << u"Coastal Evening Post"_s << u"2025-04-25T09:00:00Z"_s
            << u"Tomas Brill"_s << 0;
    }

    void items()
    {
        QFETCH(QByteArray, feed);
        QFETCH(QStringList, headlines);
        QFETCH(QString, outlet);
        QFETCH(QString, published);
        QFETCH(QString, byline);
        QFETCH(int, summaryOnly);
        const DocumentRead read = FeedReader::read(feed);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QStringList actual;
        for (const RawDocument &doc : read.documents) {
            actual.append(doc.metadata.headline);
            QCOMPARE(doc.metadata.outlet, outlet);
            QCOMPARE(doc.metadata.published, published);
            QCOMPARE(doc.metadata.byline, byline);
            QVERIFY(!doc.metadata.url.isEmpty());
            QVERIFY(doc.blocks.size() >= 3); // the title and at least two paragraphs
            QCOMPARE(doc.blocks.first().text, doc.metadata.headline);
            for (const RawBlock &b : doc.blocks)
                QVERIFY2(!b.text.contains(u"summary"_s, Qt::CaseInsensitive), qPrintable(b.text));
        }
        QCOMPARE(actual, headlines);
        QCOMPARE(read.notes.size(), summaryOnly ? 1 : 0);
        if (summaryOnly)
            QVERIFY(read.notes.first().startsWith(u"%1 of "_s.arg(summaryOnly)));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("feed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("summaries-only") << rss(rssItem(u"A"_s, false) + rssItem(u"B"_s, false)) << u"2 of 2 feed items carry only a summary"_s;
        QTest::newRow("other-xml") << QByteArray("<?xml version=\"1.0\"?><svg/>") << u"root is <svg>"_s;
        QTest::newRow("not-xml") << QByteArray("just words") << u"not well-formed"_s;
        QTest::newRow("no-items") << rss(QString()) << u"no items"_s;
        QTest::newRow("empty-file") << QByteArray() << u"Not a news feed"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, feed);
        QFETCH(QString, reason);
        const DocumentRead read = FeedReader::read(feed);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(reason, Qt::CaseInsensitive), qPrintable(read.error));
    }

    void damagedAfterItems()
    {
        QByteArray feed = rss(rssItem(u"Lighthouse to close"_s, true) + rssItem(u"Council votes"_s, true));
        feed.chop(30);
        const DocumentRead read = FeedReader::read(feed);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.documents.size(), 2);
        QVERIFY(read.notes.join(u' ').contains(u"damaged"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportFeed)
#include "tst_importfeed.moc"
