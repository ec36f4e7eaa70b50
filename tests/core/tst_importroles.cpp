// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Paragraph roles and the metadata found in text, on our own fixture articles: headline,
// leading metadata (also sharing its line with body text), bylines, datelines, subheads,
// captions, footers, mid-article link lists, label lines, outlet credits and repetition
// across the folder. Rules are general; the fixtures use invented outlets and places.

#include "core/import/folderimporter.h"
#include "core/import/paragraphclassifier.h"
#include "core/import/plaintextreader.h"
#include "core/import/textmetadata.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

const QStringList body = {
    u"The harbour authority said on Monday that the old lighthouse would close for repairs, after inspectors found "
    "cracks in the stone walls that had widened over the winter storms."_s,
    u"Fishermen who rely on the light for the narrow channel said they had not been consulted, and asked the council "
    "to install a temporary beacon before the autumn season begins."_s,
    u"\u201CWe have sailed by that light for forty years,\u201D said one skipper, who asked not to be named. \u201CWithout "
    "it the rocks at the mouth of the bay are a real danger.\u201D"_s,
    u"The authority expects the work to take about six months, and said a floating beacon would be moored at the "
    "channel entrance by the end of the month."_s,
    u"Council members will discuss the cost of the repairs at their next meeting, where they are also expected to "
    "vote on a new plan for the harbour front."_s,
};

QString join(const QStringList &paragraphs)
{
    return paragraphs.join(u"\n\n"_s);
}

QStringList roleNames(const Article &a)
{
    QStringList out;
    for (const Paragraph &p : a.paragraphs)
        out.append(roleName(p.role));
    return out;
}

Article read(const QString &text, const QString &name = u"story.txt"_s)
{
    QString error;
    Article a = FolderImporter::readFile(text.toUtf8(), name, &error);
    if (!error.isEmpty())
        qWarning() << error;
    return a;
}

} // namespace

class TestImportRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString b = u"body"_s, h = u"headline"_s, m = u"metadata"_s, s = u"subhead"_s, c = u"caption"_s,
                      x = u"boilerplate"_s;

        QTest::newRow("body-only") << join(body) << QStringList{b, b, b, b, b};
        QTest::newRow("headline") << join(QStringList{u"Old lighthouse to close for repairs"_s} + body)
                                  << QStringList{h, b, b, b, b, b};
        QTest::newRow("headline-question") << join(QStringList{u"Who will pay for the lighthouse?"_s} + body)
                                           << QStringList{h, b, b, b, b, b};
        QTest::newRow("first-line-sentence-is-body") << join(body) << QStringList{b, b, b, b, b};
        QTest::newRow("byline-after-headline")
            << join(QStringList{u"Old lighthouse to close"_s, u"By Mara Quill and Ivo Brant"_s} + body)
            << QStringList{h, m, b, b, b, b, b};
        QTest::newRow("date-line") << join(QStringList{u"Published: 2 September 2024"_s} + body)
                                   << QStringList{m, b, b, b, b, b};
        QTest::newRow("date-prefix-same-line") << (u" date 2024-09-02 "_s + join(body)) << QStringList{m, b, b, b, b, b};
        QTest::newRow("updated-with-time") << join(QStringList{u"Updated Sep. 2, 2024 at 10:45 a.m. BST"_s} + body)
                                           << QStringList{m, b, b, b, b, b};
        QTest::newRow("subheads") << join(QStringList{body[0], body[1], u"Fishermen want a say"_s, body[2], body[3],
                                                      u"'A real danger'"_s, body[4]})
                                  << QStringList{b, b, s, b, b, s, b};
        QTest::newRow("caption-dated") << join(QStringList{body[0], u"The lighthouse at dusk, Portmere, September 2024"_s,
                                                           u"Cracks in the walls"_s, body[1], body[2], body[3]})
                                       << QStringList{b, c, s, b, b, b};
        QTest::newRow("caption-credit") << join(QStringList{body[0], u"The north pier after the storm (Photo: Ivo Brant)"_s,
                                                            body[1], body[2]})
                                        << QStringList{b, c, b, b};
        QTest::newRow("comment-footer") << join(body + QStringList{u"Comments"_s, u"Join the discussion"_s,
                                                                   u"Your email address is kept private. Fields marked * are required *"_s})
                                        << QStringList{b, b, b, b, b, x, x, x};
        QTest::newRow("tag-and-author-footer")
            << join(body + QStringList{u"Author: Portmere-Gazette.example"_s, u"harbour, lighthouse, council, Portmere"_s,
                                       u"Previous article Next article"_s})
            << QStringList{b, b, b, b, b, x, x, x};
        QTest::newRow("social-and-donate-footer")
            << join(body + QStringList{u"Follow us on Mastodon, Bluesky, Threads, Signal, Matrix and Telegram for more stories!"_s,
                                       u"Support Portmere-Gazette.example \u2192 Click here."_s})
            << QStringList{b, b, b, b, b, x, x};
        QTest::newRow("syndication-notice")
            << join(body + QStringList{u"Gazette Partners: Coastal Wire Service"_s,
                                       u"This story was published automatically from a partner feed and has not been edited by"
                                       " the Gazette staff"_s})
            << QStringList{b, b, b, b, b, x, x};
        QTest::newRow("related-links-mid-article")
            << (body[0] + u'\n' + body[1] + u"\nMore from the Gazette:\nFerry timetable changes this winter\n"
                                             "Council budget vote delayed again\n"_s + body[2] + u'\n' + body[3])
            << QStringList{b, b, x, x, x, b, b};
        QTest::newRow("one-sentence-brief") << u"The ferry to the island will not run on Sunday because of the storm."_s
                                            << QStringList{b};
        QTest::newRow("short-closing-sentence-kept") << join(body + QStringList{u"The work starts next week."_s})
                                                     << QStringList{b, b, b, b, b, b};
    }

    void roles()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article a = read(text);
        QCOMPARE(roleNames(a), expected);
        // Offsets point into the clean text.
        for (const Paragraph &p : a.paragraphs)
            QCOMPARE(a.cleanText.mid(p.start, p.end - p.start), p.text);
    }

    void metadataFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("dateline");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("outletSource");
        QTest::newRow("headline-byline-date")
            << join(QStringList{u"Old lighthouse to close"_s, u"By Mara Quill"_s, u"Published: 2 September 2024"_s} + body)
            << u"Old lighthouse to close"_s << u"Mara Quill"_s << u"2024-09-02"_s << QString() << u"story"_s << u"file-name"_s;
        QTest::newRow("dateline-kept-in-body")
            << join(QStringList{u"PORTMERE, Sept 2 (Coastal Wire) - "_s + body[0]} + body.mid(1)) << QString() << QString()
            << QString() << u"PORTMERE, Sept 2 (Coastal Wire)"_s << u"story"_s << u"file-name"_s;
        QTest::newRow("credit-read-more") << (body[0] + u"\nRead more from Harbour Gazette:\nFerry timetable changes this "
                                                         "winter\nCouncil budget vote delayed again\n"_s
                                              + body.mid(1).join(u'\n'))
                                          << QString() << QString() << QString() << QString() << u"Harbour Gazette"_s
                                          << u"text"_s;
        QTest::newRow("credit-author-domain") << join(body + QStringList{u"Author: Portmere-Gazette.example"_s}) << QString()
                                              << QString() << QString() << QString() << u"Portmere-Gazette.example"_s
                                              << u"text"_s;
        QTest::newRow("credit-author-person") << join(body + QStringList{u"Author: Mara Quill"_s}) << QString()
                                              << u"Mara Quill"_s << QString() << QString() << u"story"_s << u"file-name"_s;
    }

    void metadataFromText()
    {
        QFETCH(QString, text);
        const Article a = read(text);
        QTEST(a.headline, "headline");
        QTEST(a.byline, "byline");
        QTEST(a.published, "published");
        QTEST(a.dateline, "dateline");
        QTEST(a.outlet, "outlet");
        QTEST(a.outletSource, "outletSource");
        // A dateline stays in the body text.
        QFETCH(QString, dateline);
        if (!dateline.isEmpty())
            QVERIFY(a.paragraphs.first().text.startsWith(dateline));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso") << u"2025-04-25"_s << u"2025-04-25"_s;
        QTest::newRow("iso-datetime") << u"2025-04-25T10:00:00Z"_s << u"2025-04-25T10:00:00Z"_s;
        QTest::newRow("month-first") << u"April 24, 2025"_s << u"2025-04-24"_s;
        QTest::newRow("month-abbrev") << u"Sept. 2, 2024"_s << u"2024-09-02"_s;
        QTest::newRow("day-first") << u"24 April 2025"_s << u"2025-04-24"_s;
        QTest::newRow("ordinal") << u"2nd September 2024"_s << u"2024-09-02"_s;
        QTest::newRow("weekday") << u"Thursday, April 24, 2025"_s << u"2025-04-24"_s;
        // Not dates: nothing, rather than text in a field documented as ISO 8601.
        QTest::newRow("invalid-day") << u"2025-02-30"_s << u""_s;
        QTest::newRow("invalid-month") << u"2025-99-99"_s << u""_s;
        QTest::newRow("a-number") << u"-1"_s << u""_s;
        QTest::newRow("not-a-date") << u"yesterday"_s << u""_s;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(TextMetadata::normalizeDate(text), iso);
    }

    void leadingMetadata_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("metadata"); // empty: not metadata
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("rest");
        QTest::newRow("date-prefix-body") << u" date 2024-09-02 The harbour authority said on Monday."_s << u"date 2024-09-02"_s
                                          << u"2024-09-02"_s << u"The harbour authority said on Monday."_s;
        QTest::newRow("date-and-short-tail") << u" date 2024-09-02 18:30   category Harbour   4 min read"_s
                                             << u"date 2024-09-02 18:30 category Harbour 4 min read"_s << u"2024-09-02T18:30"_s
                                             << QString();
        QTest::newRow("outlet-comma-date") << u"Portmere Gazette, 2 September 2024, 15:10"_s
                                           << u"Portmere Gazette, 2 September 2024, 15:10"_s << u"2024-09-02"_s << QString();
        QTest::newRow("byline-dot-date") << u"By Mara Quill · 2 September 2024, 12:40 · Updated 13:05"_s
                                         << u"By Mara Quill · 2 September 2024, 12:40 · Updated 13:05"_s << u"2024-09-02"_s
                                         << QString();
        QTest::newRow("headline-with-date-is-not") << u"Storm hits the coast on 2 September 2024"_s << QString() << QString()
                                                   << QString();
        QTest::newRow("sentence-with-date-is-not") << u"On 2 September 2024, the harbour authority said it would close the lighthouse."_s
                                                   << QString() << QString() << QString();
        QTest::newRow("unlabelled-date-prose") << u"2 September 2024 was the day the light went out for good, locals say."_s
                                               << QString() << QString() << QString();
    }

    void leadingMetadata()
    {
        QFETCH(QString, text);
        QFETCH(QString, metadata);
        const auto result = TextMetadata::leadingMetadata(text);
        QCOMPARE(result.has_value(), !metadata.isEmpty());
        if (!result)
            return;
        QCOMPARE(result->metadataText, metadata);
        QTEST(result->published, "published");
        QTEST(result->rest, "rest");
    }

    void datelines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("dateline");
        QTest::newRow("place-date-agency") << u"PORTMERE, April 24 (Coastal Wire) - The harbour..."_s
                                           << u"PORTMERE, April 24 (Coastal Wire)"_s;
        QTest::newRow("place-agency") << u"NEW HAVEN (AP) \u2014 The harbour..."_s << u"NEW HAVEN (AP)"_s;
        QTest::newRow("place-only") << u"PORTMERE \u2013 The harbour..."_s << u"PORTMERE"_s;
        QTest::newRow("sentence-not-dateline") << u"Portmere - the harbour town - is quiet."_s << QString();
        QTest::newRow("acronym-in-sentence") << u"The UN said on Monday that aid would arrive."_s << QString();
    }

    void datelines()
    {
        QFETCH(QString, text);
        QFETCH(QString, dateline);
        QCOMPARE(TextMetadata::dateline(text), dateline);
    }

    // The same short line in two files of the folder is boilerplate; a shared body sentence
    // (syndicated copies) is not.
    void repetitionAcrossFolder()
    {
        const QString footer = u"Sign up for the morning briefing"_s;
        const RawDocument doc = PlainTextReader::read(join(QStringList{body[0], footer, body[1], body[2]}));
        ParagraphClassifier::Context context;
        context.repeatedInFolder.insert(ParagraphClassifier::repetitionKey(footer));
        context.repeatedInFolder.insert(ParagraphClassifier::repetitionKey(body[1]));
        const ClassifiedDocument with = ParagraphClassifier::classify(doc, context);
        QCOMPARE(with.paragraphs[1].role, ParagraphRole::Boilerplate);
        QCOMPARE(with.paragraphs[2].role, ParagraphRole::Body);
        // Without the folder context the short line between body paragraphs reads as a subhead.
        const ClassifiedDocument without = ParagraphClassifier::classify(doc, {});
        QCOMPARE(without.paragraphs[1].role, ParagraphRole::Subhead);
    }
};

QTEST_GUILESS_MAIN(TestImportRoles)
#include "tst_importroles.moc"
