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
        QTest::newRow("disputed: nearly vs exact")
            << QStringList {u"The blast killed 3 people and injured nearly 60, officials said."_s,
                   u"The blast killed 3 people and injured 60, officials said."_s}
            << QStringList() << u"injured"_s << u"disputed"_s << QString();
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
        QTest::newRow("agreed with a note: the toll rose")
            << QStringList {u"The death toll from the explosion at the grain terminal in the port rose to 9, the city's emergency service said."_s,
                   u"The death toll from the explosion at the grain terminal in the port has risen to 12, the city's emergency service said."_s}
            << QStringList {u"2026-03-03T08:00:00+01:00"_s, u"2026-03-03T12:00:00+01:00"_s}
            << u"killed"_s << u"agreed"_s << u"the count rose"_s;
        QTest::newRow("disputed with a note: published later")
            << QStringList {u"Nine people were killed by the explosion at the grain terminal in the port, the city's emergency service said."_s,
                   u"Twelve people were killed by the explosion at the grain terminal in the port, the city's emergency service said."_s}
            << QStringList {u"2026-03-03T08:00:00+01:00"_s, u"2026-03-03T12:00:00+01:00"_s}
            << u"killed"_s << u"disputed"_s << u"later reports give a higher count"_s;
        QTest::newRow("agreed with a note: at least, then more")
            << QStringList {u"At least nine people were killed in the blast at the port."_s,
                   u"Twelve people were killed in the blast at the port."_s}
            << QStringList {u"2026-03-03T08:00:00+01:00"_s, u"2026-03-03T12:00:00+01:00"_s}
            << u"killed"_s << u"agreed"_s << u"later reports give a higher count"_s;
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
