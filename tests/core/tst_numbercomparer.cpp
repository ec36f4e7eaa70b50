// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Grouping and status across outlets: agreed, disputed, consistent-sum, single, and the traps
// (formatting-only differences, "at least" against an exact figure, sums, a year or an age next to
// a count, a toll that rose, two scopes in one article, figures with no subject). Ordering and ids.

#include "core/numbers/numberanalyzer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

// One article per text; "|" separates paragraphs. `published` per article, may be empty.
QList<Article> articlesOf(const QStringList &texts, const QStringList &published = {})
{
    QList<Article> out;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Article a;
        a.file = u"article%1.txt"_s.arg(i + 1);
        a.published = published.value(i);
        const QStringList paragraphs = texts[i].split(u'|');
        for (const QString &text : paragraphs) {
            Paragraph p;
            p.index = int(a.paragraphs.size());
            p.text = text.trimmed();
            a.paragraphs.append(p);
        }
        out.append(a);
    }
    return out;
}

QString statusOf(const QList<NumberGroup> &groups, const QString &subject)
{
    QStringList statuses;
    for (const NumberGroup &g : groups) {
        if (g.subject == subject)
            statuses.append(numberStatusName(g.status));
    }
    return statuses.join(u',');
}

} // namespace

Q_DECLARE_METATYPE(QList<Article>)

class TestNumberComparer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Columns: the articles, a subject, the statuses of its groups (comma-separated, in output
    // order), and text the note must contain.
    void statuses_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("published");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<QString>("note");

        QTest::newRow("agreed: formatting only")
            << QStringList {u"Officials said 5,000 soldiers were deployed to the border."_s,
                   u"Officials said 5000 soldiers were deployed to the border."_s}
            << QStringList() << u"soldiers"_s << u"agreed"_s << QString();
        QTest::newRow("agreed: at least and exact")
            << QStringList {u"At least 12 people were killed in the blast."_s,
                   u"12 people were killed in the blast."_s}
            << QStringList() << u"killed"_s << u"agreed"_s << QString();
        QTest::newRow("agreed: word and digits")
            << QStringList {u"Twelve people were killed in the blast."_s,
                   u"12 people were killed in the blast."_s}
            << QStringList() << u"killed"_s << u"agreed"_s << QString();
        QTest::newRow("agreed: about and exact")
            << QStringList {u"About 100 people were injured in the blast."_s,
                   u"95 people were injured in the blast."_s}
            << QStringList() << u"injured"_s << u"agreed"_s << QString();
        QTest::newRow("agreed: rounded percentage")
            << QStringList {u"Turnout was 52% in the vote."_s, u"Turnout was 51.9% in the vote."_s}
            << QStringList() << u"turnout"_s << u"agreed"_s << QString();
        QTest::newRow("agreed: money forms")
            << QStringList {u"Estimates put the damage at €40 million."_s,
                   u"Estimates put the damage at €40m."_s,
                   u"Estimates put the damage at 40 million euros."_s}
            << QStringList() << u"damage"_s << u"agreed"_s << QString();
        QTest::newRow("disputed: more than vs exact, anchored by the dead")
            << QStringList {u"The blast killed 12 people and injured more than 100, officials said."_s,
                   u"The blast killed 12 people and injured 90, officials said."_s}
            << QStringList() << u"injured"_s << u"disputed"_s << QString();
        QTest::newRow("disputed: same wording around")
            << QStringList {u"Firefighters said 40 homes were destroyed in the wildfire near Dalby on Sunday."_s,
                   u"Firefighters said 25 homes were destroyed in the wildfire near Dalby on Sunday."_s}
            << QStringList() << u"homes destroyed"_s << u"disputed"_s << QString();
        QTest::newRow("not disputed: different events")
            << QStringList {u"The earthquake destroyed 40 homes in the north."_s,
                   u"Last year's floods destroyed 25 homes along the coast."_s}
            << QStringList() << u"homes destroyed"_s << u"single,single"_s << QString();
        QTest::newRow("not disputed: different places")
            << QStringList {u"A Russian strike on Kharkiv killed 3 people and injured 20 overnight."_s,
                   u"A Russian strike on Odesa killed 3 people and injured 35 overnight."_s}
            << QStringList() << u"injured"_s << u"single,single"_s << QString();
        QTest::newRow("disputed: a day is no place")
            << QStringList {u"A Russian strike on Kharkiv killed 3 people and injured 20 on Tuesday."_s,
                   u"A Russian strike on Kharkiv killed 3 people and injured 35, officials said on Wednesday."_s}
            << QStringList() << u"injured"_s << u"disputed"_s << QString();
        QTest::newRow("disputed: spelling variants of one place")
            << QStringList {u"A Russian strike on Kyiv killed 3 people and injured 20 overnight."_s,
                   u"A Russian strike on Kiev killed 3 people and injured 35 overnight."_s}
            << QStringList() << u"injured"_s << u"disputed"_s << QString();
        QTest::newRow("not disputed: short sentences alike")
            << QStringList {u"Smith won 52% of the vote."_s, u"Jones won 47% of the vote."_s}
            << QStringList() << u"votes"_s << u"single,single"_s << QString();
        QTest::newRow("disputed: neighbouring round money")
            << QStringList {u"The US pledged $2bn in military aid to Ukraine, officials in Washington said on Monday."_s,
                   u"The US pledged $3bn in military aid to Ukraine, officials in Washington said on Monday."_s}
            << QStringList() << u"aid"_s << u"disputed"_s << QString();
        QTest::newRow("not disputed: hospitalised is a subset of injured")
            << QStringList {u"The explosion injured 90 people, officials at the port said on Tuesday."_s,
                   u"The explosion left 30 people hospitalised, officials at the port said on Tuesday."_s}
            << QStringList() << u"injured"_s << u"single"_s << QString();
        QTest::newRow("not compared: a change and a level")
            << QStringList {u"Inflation rose 3% in May, the national statistics office said on Tuesday."_s,
                   u"Inflation was 5% in May, the national statistics office said on Tuesday."_s}
            << QStringList() << u"inflation"_s << u"single,single"_s << QString();
        QTest::newRow("disputed: one figure per outlet, related wording")
            << QStringList {u"The regional governor said 14 people were still missing after the floods."_s,
                   u"Eleven people remain missing after the floods, the regional governor said."_s}
            << QStringList() << u"missing"_s << u"disputed"_s << QString();
        QTest::newRow("not disputed: a local and a national toll")
            << QStringList {u"Floods in the valley killed at least 23 people. Nationwide, 41 people have died since the rains began, the ministry said."_s,
                   u"The ministry said 41 people have died nationwide since the rains began."_s}
            << QStringList() << u"killed"_s << u"agreed,single"_s << QString();
        QTest::newRow("agreed: nearly the round figure")
            << QStringList {u"The blast killed 3 people and injured nearly 60, officials said."_s,
                   u"The blast killed 3 people and injured 60, officials said."_s}
            << QStringList() << u"injured"_s << u"agreed"_s << QString();
        QTest::newRow("consistent-sum: total and breakdown")
            << QStringList {u"The air force said a total of 215 drones and missiles were launched overnight."_s,
                   u"Russia launched 70 missiles and 145 drones overnight, the air force said."_s}
            << QStringList() << u"projectiles"_s << u"consistent-sum"_s
            << u"70 missiles + 145 drones = 215"_s;
        QTest::newRow("consistent-sum: casualties")
            << QStringList {u"The blast caused 102 casualties, officials said."_s,
                   u"The blast killed 12 people and injured 90, officials said."_s}
            << QStringList() << u"casualties"_s << u"consistent-sum"_s
            << u"12 killed + 90 injured = 102"_s;
        QTest::newRow("not a sum, not a dispute")
            << QStringList {u"The air force said a total of 200 drones and missiles were launched overnight."_s,
                   u"Russia launched 70 missiles and 145 drones overnight, the air force said."_s}
            << QStringList() << u"projectiles"_s << u"single"_s << QString();
        QTest::newRow("disputed with a note: the toll rose")
            << QStringList {u"The death toll from the explosion at the grain terminal in the port rose to 9, the city's emergency service said."_s,
                   u"The death toll from the explosion at the grain terminal in the port has risen to 12, the city's emergency service said."_s}
            << QStringList {u"2026-03-03T08:00:00+01:00"_s, u"2026-03-03T12:00:00+01:00"_s}
            << u"killed"_s << u"disputed"_s << u"the count rose"_s;
        QTest::newRow("disputed with a note: published later")
            << QStringList {u"Nine people were killed by the explosion at the grain terminal in the port, the city's emergency service said."_s,
                   u"Twelve people were killed by the explosion at the grain terminal in the port, the city's emergency service said."_s}
            << QStringList {u"2026-03-03T08:00:00+01:00"_s, u"2026-03-03T12:00:00+01:00"_s}
            << u"killed"_s << u"disputed"_s << u"later reports give a higher count"_s;
        QTest::newRow("disputed with a note: at least, then more")
            << QStringList {u"At least nine people were killed in the blast at the port, the harbour master said."_s,
                   u"Twelve people were killed in the blast at the port, the harbour master said."_s}
            << QStringList {u"2026-03-03T08:00:00+01:00"_s, u"2026-03-03T12:00:00+01:00"_s}
            << u"killed"_s << u"disputed"_s << u"later reports give a higher count"_s;
        QTest::newRow("disputed: measures, same wording around")
            << QStringList {u"The wildfire has burned 10,000 hectares of forest near Sarno, officials said."_s,
                   u"The wildfire has burned 12,000 hectares of forest near Sarno, officials said."_s}
            << QStringList() << u"area"_s << u"disputed"_s << QString();
        QTest::newRow("agreed: a measure with its unit spelled two ways")
            << QStringList {u"The fire spread 15 kilometres overnight through the hills near Sarno."_s,
                   u"The fire spread 15 km overnight through the hills near Sarno."_s}
            << QStringList() << u"distance"_s << u"agreed"_s << QString();
        QTest::newRow("not disputed: distances of different things")
            << QStringList {u"The convoy stretched 40 km along the highway north of the capital."_s,
                   u"Police sealed off an area of 5 km around the damaged reactor."_s}
            << QStringList() << u"distance"_s << u"single,single"_s << QString();
        QTest::newRow("agreed: one outlet's narrower wording joins the group")
            << QStringList {u"About 2,000 residents were evacuated from the valley overnight as the river rose."_s,
                   u"Around 2,000 people were evacuated from the valley overnight as the river rose."_s}
            << QStringList() << u"residents evacuated"_s << u"agreed"_s << QString();
        QTest::newRow("not joined: a narrower wording with another figure")
            << QStringList {u"About 2,000 residents were evacuated from the valley overnight as the river rose."_s,
                   u"Around 900 people were evacuated from the valley overnight as the river rose."_s}
            << QStringList() << u"residents evacuated"_s << u"single"_s << QString();
        QTest::newRow("agreed: a measure converted to another unit")
            << QStringList {u"The wildfire has burned 10,000 hectares of forest near Sarno, officials said."_s,
                   u"The wildfire has burned about 24,700 acres of forest near Sarno, officials said."_s}
            << QStringList() << u"area"_s << u"agreed"_s << QString();
        QTest::newRow("disputed: a measure in another unit that does not convert")
            << QStringList {u"The fire spread 15 kilometres overnight through the hills near Sarno."_s,
                   u"The fire spread 20 miles overnight through the hills near Sarno."_s}
            << QStringList() << u"distance"_s << u"disputed"_s << QString();
        QTest::newRow("agreed: one article gives both units")
            << QStringList {u"The wildfire has burned 10,000 hectares (24,700 acres) of forest near Sarno, officials said."_s,
                   u"The wildfire has burned 10,000 hectares of forest near Sarno, officials said."_s}
            << QStringList() << u"area"_s << u"agreed"_s << QString();
        QTest::newRow("single: one outlet")
            << QStringList {u"Russia fired 70 missiles overnight."_s,
                   u"The strikes hit the capital."_s}
            << QStringList() << u"missiles"_s << u"single"_s << QString();
        QTest::newRow("two scopes in one article")
            << QStringList {u"The strike killed 12 people. Attacks this month have killed dozens of people."_s,
                   u"The strike killed 12 people."_s}
            << QStringList() << u"killed"_s << u"agreed,single"_s << QString();
        QTest::newRow("two counts in one article, one shared")
            << QStringList {u"The first strike killed 12 people, and a second strike killed 3 people."_s,
                   u"The first strike killed 12 people."_s}
            << QStringList() << u"killed"_s << u"agreed,single"_s << QString();
        QTest::newRow("rate and total are different units")
            << QStringList {u"The president wrote that 5,000 soldiers a week are dying on the front line of the war."_s,
                   u"The president wrote that 5,000 soldiers are dying on the front line of the war."_s,
                   u"The president wrote that 200 soldiers a week are dying on the front line of the war."_s}
            << QStringList() << u"soldiers killed"_s << u"disputed,single"_s << QString();
    }
    void statuses()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, published);
        QFETCH(QString, subject);
        QFETCH(QString, statuses);
        QFETCH(QString, note);
        const QList<NumberGroup> groups
            = NumberAnalyzer().analyze(articlesOf(texts, published), {});
        QCOMPARE(statusOf(groups, subject), statuses);
        if (!note.isEmpty()) {
            const bool found
                = std::any_of(groups.cbegin(), groups.cend(), [&](const NumberGroup &g) {
                      return g.subject == subject && g.note.contains(note);
                  });
            QVERIFY2(found, qPrintable(u"no note containing: "_s + note));
        }
    }

    // Issue 20's rule: outlets are compared on the figure they state. Each row names the case:
    // the traps that must agree, the kinds of dispute, the related figures that must not be
    // disputed, and the subjects (money, years, compound counts) that must be compared at all.
    // Columns: the articles, their publication times, a subject (a prefix for years), the
    // statuses of its groups, the kind of the disputed one, and text the note must contain.
    void kinds_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("published");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("note");
        const QStringList sameTime {u"2026-05-02T09:00:00+02:00"_s, u"2026-05-02T09:00:00+02:00"_s};

        QTest::newRow("trap: 12 vs at least 12")
            << QStringList {u"At least 12 miners were killed when the shaft at Velm collapsed, the company said."_s,
                   u"12 miners were killed when the shaft at Velm collapsed, the company said."_s}
            << QStringList() << u"killed"_s << u"agreed"_s << QString() << QString();
        QTest::newRow("trap: nearly 60 vs 58")
            << QStringList {u"The ferry fire injured nearly 60 passengers, the coastguard said on Friday."_s,
                   u"The ferry fire injured 58 passengers, the coastguard said on Friday."_s}
            << QStringList() << u"passengers injured"_s << u"agreed"_s << QString() << QString();
        QTest::newRow("trap: number words count like digits")
            << QStringList {u"Twenty-three people were killed in the crash near Aldby, police said."_s,
                   u"23 people were killed in the crash near Aldby, police said."_s}
            << QStringList() << u"killed"_s << u"agreed"_s << QString() << QString();
        QTest::newRow("trap: rounding precision")
            << QStringList {u"About 1.5 million people were evacuated from the coast ahead of the cyclone, officials said."_s,
                   u"1,520,000 people were evacuated from the coast ahead of the cyclone, officials said."_s}
            << QStringList() << u"evacuated"_s << u"agreed"_s << QString() << QString();
        QTest::newRow("trap: a figure cut, not rounded")
            << QStringList {u"The firm paid $43 million in federal taxes over the decade, its filings show."_s,
                   u"The firm paid $43,885,310 in federal taxes over the decade, its filings show."_s}
            << QStringList() << u"federal taxes"_s << u"single,single"_s << QString() << QString();
        QTest::newRow("trap: more than a round figure")
            << QStringList {u"More than 60 votes were cast against the motion in the council, the clerk said."_s,
                   u"63 votes were cast against the motion in the council, the clerk said."_s}
            << QStringList() << u"votes"_s << u"agreed"_s << QString() << QString();
        QTest::newRow("contradiction: 90 vs more than 100 at the same time")
            << QStringList {u"The blast at the depot killed 4 people and injured 90, officials said."_s,
                   u"The blast at the depot killed 4 people and injured more than 100, officials said."_s}
            << sameTime << u"injured"_s << u"disputed"_s << u"contradiction"_s << QString();
        QTest::newRow("contradiction: a vague quantifier does not widen a precise figure")
            << QStringList {u"Lawmakers said some 16 bills were awaiting a vote in the Senate."_s,
                   u"Lawmakers said 15 bills were awaiting a vote in the Senate."_s}
            << QStringList() << u"bills"_s << u"disputed"_s << u"contradiction"_s << QString();
        QTest::newRow("contradiction: each outlet's only figure, close, little wording shared")
            << QStringList {u"Republicans said on Tuesday that the Senate has ignored some 16 measures passed by the chamber during the long and bitter spring session of the legislature."_s,
                   u"They have brought up 15 bills that would create work for farmers, builders and small shop owners but were ignored in the Senate, aides added."_s}
            << QStringList() << u"bills"_s << u"disputed"_s << u"contradiction"_s << QString();
        QTest::newRow("not disputed: each outlet's only figure, far apart, little wording shared")
            << QStringList {u"Republicans said on Tuesday that the Senate has ignored some 40 measures passed by the chamber during the long and bitter spring session of the legislature."_s,
                   u"They have brought up 15 bills that would create work for farmers, builders and small shop owners but were ignored in the Senate, aides added."_s}
            << QStringList() << u"bills"_s << u"single,single"_s << QString() << QString();
        QTest::newRow("update: hedged tolls rising over a day")
            << QStringList {u"At least 30 people were killed when the dam at Orsa burst, the regional governor said."_s,
                   u"37 people were killed when the dam at Orsa burst, the regional governor said."_s,
                   u"At least 38 people were killed when the dam at Orsa burst, the regional governor said."_s}
            << QStringList {u"2026-05-02T08:00:00+02:00"_s, u"2026-05-02T11:00:00+02:00"_s, u"2026-05-02T13:00:00+02:00"_s}
            << u"killed"_s << u"disputed"_s << u"update"_s << u"30 people were killed (Outlet 1, 2 May 08:00) →"_s;
        QTest::newRow("update: worded as a rise")
            << QStringList {u"The number of people arrested after the riots in Tamsby rose to 40, police said."_s,
                   u"The number of people arrested after the riots in Tamsby climbed to 52, police said."_s}
            << QStringList() << u"arrested"_s << u"disputed"_s << u"update"_s << u"the count rose"_s;
        QTest::newRow("estimates: as many as vs up to")
            << QStringList {u"As many as 2.1 million customers lost power after the ice storm, the utility said."_s,
                   u"Up to 2.3 million customers lost power after the ice storm, the utility said."_s}
            << QStringList() << u"customers"_s << u"disputed"_s << u"estimates"_s << QString();
        QTest::newRow("estimates: two lower bounds, undated")
            << QStringList {u"At least 30 people were killed when the dam at Orsa burst, the regional governor said."_s,
                   u"At least 38 people were killed when the dam at Orsa burst, the regional governor said."_s}
            << QStringList() << u"killed"_s << u"disputed"_s << u"estimates"_s << QString();
        QTest::newRow("related: an update inside one article")
            << QStringList {u"Nineteen people had died by Tuesday morning, officials in Brenna said. The toll was later raised to 23."_s,
                   u"23 people have died, officials in Brenna said."_s}
            << QStringList() << u"killed"_s << u"agreed,single"_s << QString() << QString();
        QTest::newRow("related: a part and its total")
            << QStringList {u"The air force said a total of 215 drones and missiles were launched overnight."_s,
                   u"Russia launched 70 missiles and 145 drones overnight, the air force said."_s}
            << QStringList() << u"projectiles"_s << u"consistent-sum"_s << QString() << u"= 215"_s;
        QTest::newRow("related: a narrower measure")
            << QStringList {u"The explosion injured 90 people, officials at the port said on Tuesday."_s,
                   u"The explosion left 30 people hospitalised, officials at the port said on Tuesday."_s}
            << QStringList() << u"injured"_s << u"single"_s << QString() << QString();
        QTest::newRow("money: what was bought")
            << QStringList {u"The campaign spent $250,000 on television ads in the final week of the race, filings show."_s,
                   u"The campaign's television ad buy in the final week of the race cost $400,000, filings show."_s}
            << QStringList() << u"advertising"_s << u"disputed"_s << u"contradiction"_s << QString();
        QTest::newRow("money: what was earned")
            << QStringList {u"The couple earned $52 million over the decade, their tax returns show."_s,
                   u"The couple reported $48 million in income over the decade, their tax returns show."_s}
            << QStringList() << u"income"_s << u"disputed"_s << u"contradiction"_s << QString();
        QTest::newRow("years: since when")
            << QStringList {u"The union has been led by Tomas Brandt since 2009, members said."_s,
                   u"The union has been led by Tomas Brandt since 2010."_s}
            << QStringList() << u"year: "_s << u"disputed"_s << u"contradiction"_s << QString();
        QTest::newRow("years: spans of one person's term")
            << QStringList {u"Minister Ana Reyes served from 2004 to 2011."_s,
                   u"Reyes held the post between 2005 and 2012, colleagues recalled."_s}
            << QStringList() << u"year: "_s << u"disputed"_s << u"contradiction"_s << QString();
        QTest::newRow("years: different terms are no dispute")
            << QStringList {u"Reyes served as mayor from 1990 to 1998."_s,
                   u"Reyes was governor from 2003 to 2011."_s}
            << QStringList() << u"year: "_s << QString() << QString() << QString();
        QTest::newRow("years: consecutive terms alike in wording are no dispute")
            << QStringList {u"The first envoy, Marta Lind, who served as ambassador to Peru from 2000 to 2006, retired."_s,
                   u"Her successor, Paul Ober, who served as ambassador to Peru from 2006 to 2012, stayed on."_s}
            << QStringList() << u"year: "_s << QString() << QString() << QString();
        QTest::newRow("years: different people are no dispute")
            << QStringList {u"Ms. Lund has led the party since 2009."_s,
                   u"Mr. Arvid and Ms. Sorel have been part of the leadership team since 2012."_s}
            << QStringList() << u"year: "_s << QString() << QString() << QString();
        QTest::newRow("compound: pages of one document")
            << QStringList {u"Prosecutors released a 52-page indictment against the mayor on Tuesday."_s,
                   u"The 54-page indictment against the mayor was released by prosecutors on Tuesday."_s}
            << QStringList() << u"indictment pages"_s << u"disputed"_s << u"contradiction"_s << QString();
    }
    void kinds()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, published);
        QFETCH(QString, subject);
        QFETCH(QString, statuses);
        QFETCH(QString, kind);
        QFETCH(QString, note);
        QList<Article> articles = articlesOf(texts, published);
        for (qsizetype i = 0; i < articles.size(); ++i)
            articles[i].outlet = u"Outlet %1"_s.arg(i + 1);
        const QList<NumberGroup> groups = NumberAnalyzer().analyze(articles, {});
        QStringList got;
        QString gotKind;
        QString gotNote;
        for (const NumberGroup &g : groups) {
            const bool match = subject.endsWith(u": "_s) ? g.subject.startsWith(subject) : g.subject == subject;
            if (!match)
                continue;
            got.append(numberStatusName(g.status));
            if (g.status == NumberStatus::Disputed) {
                gotKind = disputeKindName(g.kind);
                gotNote = g.note;
            } else if (g.kind != DisputeKind::None) {
                QFAIL("a kind on a group that is not disputed");
            }
        }
        QCOMPARE(got.join(u','), statuses);
        QCOMPARE(gotKind, kind);
        if (!note.isEmpty()) {
            const bool found = std::any_of(groups.cbegin(), groups.cend(), [&](const NumberGroup &g) {
                return g.note.contains(note);
            });
            QVERIFY2(found, qPrintable(u"no note containing: "_s + note + u" (disputed note: "_s + gotNote + u")"_s));
        }
    }

    // Figures that must never produce a dispute whatever the other outlet says.
    void neverDisputed_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("year vs count")
            << QStringList {u"The blast killed 12 people in 2022, officials said."_s,
                   u"The blast killed 12 people, officials said."_s};
        QTest::newRow("age vs count")
            << QStringList {u"A 33-year-old man was among 12 people killed in the blast."_s,
                   u"12 people were killed in the blast, including a 40-year-old man."_s};
        QTest::newRow("time vs count")
            << QStringList {u"By 5:30 pm 12 people had died in the blast."_s,
                   u"By 6:30 pm 12 people had died in the blast."_s};
        QTest::newRow("ordinal vs count")
            << QStringList {u"It was the third strike on the city, killing 12 people."_s,
                   u"It was the fourth strike on the city, killing 12 people."_s};
        QTest::newRow("no subject")
            << QStringList {u"There were 12 at the meeting in the town hall."_s,
                   u"There were 90 at the meeting in the town hall."_s};
        QTest::newRow("people with no event")
            << QStringList {u"A family of 12 people lived in the house by the port."_s,
                   u"A family of 5 people lived in the house by the port."_s};
        QTest::newRow("durations")
            << QStringList {u"The blast killed 12 people after a three-year dispute."_s,
                   u"The blast killed 12 people after a two-year dispute."_s};
        QTest::newRow("durations in hours")
            << QStringList {u"The fire burned for 12 hours before crews contained it, officials said."_s,
                   u"The fire burned for 10 hours before crews contained it, officials said."_s};
        QTest::newRow("distances of different places, one per outlet")
            << QStringList {u"Russian drones struck a town 30 km from the front line on Monday."_s,
                   u"Shelling hit a village 10 km from the front line overnight."_s};
        QTest::newRow("speeds converted between units")
            << QStringList {u"Winds of 80 km/h fanned the flames near Sarno overnight."_s,
                   u"Winds of 50 mph fanned the flames near Sarno overnight."_s};
        QTest::newRow("vague against exact, different scope") << QStringList {
            u"The strike on Tuesday left at least 12 people dead. Russian attacks have killed dozens of people this month."_s,
            u"The strike on Tuesday left 12 people dead."_s};
    }
    void neverDisputed()
    {
        QFETCH(QStringList, texts);
        const QList<NumberGroup> groups = NumberAnalyzer().analyze(articlesOf(texts), {});
        for (const NumberGroup &g : groups)
            QVERIFY2(g.status != NumberStatus::Disputed, qPrintable(g.subject));
        for (const NumberGroup &g : groups) {
            for (const NumberMention &m : g.mentions)
                QVERIFY2(m.kind == NumberKind::Count || m.kind == NumberKind::Money
                        || m.kind == NumberKind::Percent || m.kind == NumberKind::Measure,
                    qPrintable(m.text));
        }
    }

    // With an alignment, aligned paragraphs are evidence of the same event even when their wording
    // differs.
    void alignmentIsEvidence()
    {
        const QList<Article> articles = articlesOf({u"Officials counted 40 homes destroyed."_s,
            u"Some 25 homes were destroyed, said the mayor."_s});
        QCOMPARE(statusOf(NumberAnalyzer().analyze(articles, {}), u"homes destroyed"_s),
            u"single,single"_s);
        Alignment alignment;
        AlignmentRow row;
        row.id = 1;
        row.members = {{0, 0, 0.4}, {1, 0, 0.4}};
        alignment.rows.append(row);
        QCOMPARE(statusOf(NumberAnalyzer().analyze(articles, alignment), u"homes destroyed"_s),
            u"disputed"_s);
    }

    void orderAndIds()
    {
        const QList<Article> articles = articlesOf(
            {u"Russia fired 70 missiles. The blast killed 12 people and injured more than 100, officials said. A total of 215 drones and missiles were launched."_s,
                u"The blast killed 12 people and injured 90, officials said.|Russia fired 70 missiles and 145 drones."_s});
        const QList<NumberGroup> groups = NumberAnalyzer().analyze(articles, {});
        QVERIFY(groups.size() >= 4);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QCOMPARE(groups[i].id, int(i) + 1);
            if (i > 0)
                QVERIFY(int(groups[i - 1].status) <= int(groups[i].status));
            for (qsizetype k = 1; k < groups[i].mentions.size(); ++k) {
                const NumberMention &a = groups[i].mentions[k - 1];
                const NumberMention &b = groups[i].mentions[k];
                QVERIFY(std::tie(a.article, a.paragraph, a.start)
                    < std::tie(b.article, b.paragraph, b.start));
            }
        }
        QCOMPARE(groups.first().status, NumberStatus::Disputed);
        QCOMPARE(groups.first().subject, u"injured"_s);
        QCOMPARE(groups.first().mentions.first().text, u"injured more than 100"_s);
        QCOMPARE(groups.first().mentions.first().low, std::optional<double>(101));
        QCOMPARE(groups.first().mentions.first().high, std::optional<double>());
    }

    void onlyBodyParagraphs()
    {
        QList<Article> articles
            = articlesOf({u"Headline: 500 people killed|The blast killed 12 people."_s,
                u"The blast killed 12 people."_s});
        articles[0].paragraphs[0].role = ParagraphRole::Headline;
        const QList<NumberGroup> groups = NumberAnalyzer().analyze(articles, {});
        QCOMPARE(statusOf(groups, u"killed"_s), u"agreed"_s);
    }

    // Random word salad from the number vocabulary: never a crash, and every mention's text is
    // its span of the paragraph with a sane interval. Fixed seeds, so a failure reproduces.
    void randomTextKeepsInvariants()
    {
        const QStringList words = {u"at"_s, u"least"_s, u"more"_s, u"than"_s, u"12"_s, u"5,000"_s,
            u"1.5"_s, u"million"_s, u"$2bn"_s, u"€40m"_s, u"51.9%"_s, u"killed"_s, u"and"_s,
            u"90"_s, u"injured"_s, u"people"_s, u"dozens"_s, u"of"_s, u"a"_s, u"dozen"_s,
            u"between"_s, u"nine"_s, u"27"_s, u"10-15"_s, u"33-year-old"_s, u"5:30"_s, u"pm"_s,
            u"2014"_s, u"April"_s, u"third"_s, u"missiles"_s, u"drones"_s, u"death"_s, u"toll"_s,
            u"rose"_s, u"to"_s, u","_s, u"."_s, u"“"_s, u"”"_s, u"said"_s, u"according"_s,
            u"including"_s, u"-"_s, u"+"_s, u"per"_s, u"cent"_s, u"a"_s, u"week"_s, u"The"_s,
            u"Kyiv"_s, u"in"_s, u"one"_s};
        for (quint32 seed = 1; seed <= 15; ++seed) {
            QRandomGenerator random(seed);
            QStringList texts;
            for (int a = 0; a < 6; ++a) {
                QStringList paragraphs;
                for (int p = 0; p < 5; ++p) {
                    QStringList sentence;
                    const int length = 1 + int(random.bounded(40));
                    for (int w = 0; w < length; ++w)
                        sentence.append(words[random.bounded(int(words.size()))]);
                    paragraphs.append(sentence.join(random.bounded(4) == 0 ? QString() : u" "_s));
                }
                texts.append(paragraphs.join(u'|'));
            }
            const QList<Article> articles = articlesOf(texts);
            const QList<NumberMention> mentions = NumberAnalyzer().mentions(articles);
            QVERIFY(!mentions.isEmpty());
            for (const NumberMention &m : mentions) {
                const QString &text = articles[m.article].paragraphs[m.paragraph].text;
                QVERIFY(m.start >= 0 && m.start < m.end && m.end <= text.size());
                QCOMPARE(text.sliced(m.start, m.end - m.start), m.text);
                if (m.low && m.high)
                    QVERIFY2(*m.low <= *m.high, qPrintable(m.text));
            }
            const QList<NumberGroup> groups = NumberAnalyzer().analyze(articles, {});
            for (qsizetype i = 0; i < groups.size(); ++i) {
                QCOMPARE(groups[i].id, int(i) + 1);
                QVERIFY(!groups[i].mentions.isEmpty());
                QVERIFY(!groups[i].subject.isEmpty());
            }
        }
    }

    // Many outlets repeating two figures: a large agreeing group each, and a dispute between
    // them found on the wording, far beyond the pairs weighed one by one (a sample of members).
    void figuresRepeatedByManyOutlets()
    {
        QStringList texts;
        for (int i = 0; i < 900; ++i) {
            texts.append(i % 3 ? u"Firefighters said 40 homes were destroyed in the wildfire near Dalby on Sunday."_s
                               : u"Firefighters said 25 homes were destroyed in the wildfire near Dalby on Sunday."_s);
        }
        const QList<NumberGroup> groups = NumberAnalyzer().analyze(articlesOf(texts), {});
        QCOMPARE(statusOf(groups, u"homes destroyed"_s), u"disputed"_s);
        const NumberGroup &group = groups.front();
        QCOMPARE(group.mentions.size(), texts.size());
        // Reading order, one mention per article.
        for (qsizetype i = 0; i < group.mentions.size(); ++i)
            QCOMPARE(group.mentions[i].article, int(i));
    }

    void emptyAndOddInput()
    {
        QCOMPARE(NumberAnalyzer().analyze({}, {}).size(), 0);
        QList<Article> articles = articlesOf({QString(), u"$ % 5: at least"_s});
        Alignment alignment;
        alignment.rows.append({1, {{7, 99, 1.0}}}); // refers to nothing: ignored
        QCOMPARE(NumberAnalyzer().analyze(articles, alignment).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNumberComparer)
#include "tst_numbercomparer.moc"
