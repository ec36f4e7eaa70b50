// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a number counts: each subject synonym of the lexicon, the event words around the number,
// rates, attributed sources, and the kinds that must never get a subject (years, ages, times,
// ordinals, durations) so they can never be disputed.

#include "core/numbers/numberextractor.h"
#include "core/numbers/numberlexicon.h"
#include "core/numbers/subjectresolver.h"

#include <QFile>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

class TestNumberSubject : public QObject
{
    Q_OBJECT
private:
    NumberLexicon m_lexicon;

    QList<ResolvedMention> resolve(const QString &text) const
    {
        const TextNormalizer normalizer;
        const QList<Token> tokens = normalizer.tokenize(text);
        const QList<ExtractedNumber> numbers = NumberExtractor(m_lexicon).extract(text, tokens);
        return SubjectResolver(m_lexicon).resolve(text, tokens, numbers, 0, 0);
    }

    // The mention whose span covers the first occurrence of `number` in `text`.
    std::optional<ResolvedMention> mentionOf(const QString &text, const QString &number) const
    {
        const qsizetype at = text.indexOf(number);
        for (const ResolvedMention &r : resolve(text)) {
            if (r.mention.start <= at && at < r.mention.end)
                return r;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_lexicon = NumberLexicon::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void subjects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("subject");

        // killed and its synonyms, before and after the number
        QTest::newRow("people killed")
            << u"Officials said 12 people killed in the blast."_s << u"12"_s << u"killed"_s;
        QTest::newRow("people were killed")
            << u"At least 12 people were killed."_s << u"12"_s << u"killed"_s;
        QTest::newRow("dead") << u"The strikes left 12 dead."_s << u"12"_s << u"killed"_s;
        QTest::newRow("left people dead")
            << u"The strikes left at least 12 people dead."_s << u"12"_s << u"killed"_s;
        QTest::newRow("killed before")
            << u"Strikes that killed 12 people."_s << u"12"_s << u"killed"_s;
        QTest::newRow("killing at least")
            << u"Blasts ripped through the port, killing at least nine people and wounding 90."_s
            << u"nine"_s << u"killed"_s;
        QTest::newRow("death toll risen")
            << u"The death toll in the district has risen to 12, officials said."_s << u"12"_s
            << u"killed"_s;
        QTest::newRow("death toll stood at")
            << u"The death toll stood at 12 on Friday."_s << u"12"_s << u"killed"_s;
        QTest::newRow("toll rose") << u"The toll rose to 12 overnight."_s << u"12"_s << u"killed"_s;
        QTest::newRow("deaths") << u"Officials confirmed 12 deaths."_s << u"12"_s << u"killed"_s;
        QTest::newRow("died") << u"By noon 12 people had died."_s << u"12"_s << u"killed"_s;
        QTest::newRow("fatalities") << u"There were 12 fatalities."_s << u"12"_s << u"killed"_s;
        QTest::newRow("lost their lives")
            << u"12 people lost their lives."_s << u"12"_s << u"killed"_s;
        QTest::newRow("word number dead")
            << u"Twelve people are dead."_s << u"Twelve"_s << u"killed"_s;
        // injured
        QTest::newRow("wounded") << u"The attack left 90 wounded."_s << u"90"_s << u"injured"_s;
        QTest::newRow("injured") << u"90 injured in the attack."_s << u"90"_s << u"injured"_s;
        QTest::newRow("hurt") << u"90 people were hurt."_s << u"90"_s << u"injured"_s;
        QTest::newRow("wounding after killing")
            << u"Blasts ripped through the port, killing at least nine people and wounding 90."_s
            << u"90"_s << u"injured"_s;
        QTest::newRow("number of wounded rising")
            << u"The toll rose, with the number of wounded rising to 90."_s << u"90"_s
            << u"injured"_s;
        QTest::newRow("injuries") << u"Doctors reported 90 injuries."_s << u"90"_s << u"injured"_s;
        QTest::newRow("killed and injured second")
            << u"At least 12 people were killed and 90 injured."_s << u"90"_s << u"injured"_s;
        QTest::newRow("aside including")
            << u"At least 12 people, including three children, were killed."_s << u"12"_s
            << u"killed"_s;
        QTest::newRow("aside child")
            << u"At least 12 people, including three children, were killed."_s << u"three"_s
            << u"children"_s;
        // other events
        QTest::newRow("hospitalised is not injured")
            << u"30 people were hospitalised."_s << u"30"_s << u"hospitalised"_s;
        QTest::newRow("missing") << u"Seven people are still missing."_s << u"Seven"_s
                                 << u"missing"_s;
        QTest::newRow("arrested") << u"Police arrested 30 people."_s << u"30"_s << u"arrested"_s;
        QTest::newRow("arrests") << u"Police made 30 arrests."_s << u"30"_s << u"arrested"_s;
        QTest::newRow("evacuated")
            << u"About 5,000 people were evacuated."_s << u"5,000"_s << u"evacuated"_s;
        QTest::newRow("displaced")
            << u"Some 2,000 people were displaced."_s << u"2,000"_s << u"displaced"_s;
        QTest::newRow("rescued") << u"Crews rescued 14 people."_s << u"14"_s << u"rescued"_s;
        QTest::newRow("rescue efforts are not rescued")
            << u"Around 2,000 soldiers are helping rescue efforts."_s << u"2,000"_s
            << u"soldiers"_s;
        QTest::newRow("missed is not missing")
            << u"Officials said 14 people were missing."_s << u"14"_s << u"missing"_s;
        // things, alone and with an event
        QTest::newRow("missiles") << u"Russia fired 70 missiles overnight."_s << u"70"_s
                                  << u"missiles"_s;
        QTest::newRow("cruise missiles")
            << u"It fired 70 cruise missiles."_s << u"70"_s << u"missiles"_s;
        QTest::newRow("drones") << u"It launched 145 drones."_s << u"145"_s << u"drones"_s;
        QTest::newRow("missiles and drones apart")
            << u"Russia fired at least 70 missiles and 145 drones."_s << u"145"_s << u"drones"_s;
        QTest::newRow("intercepted")
            << u"Air defences shot down 60 missiles."_s << u"60"_s << u"missiles intercepted"_s;
        QTest::newRow("soldiers") << u"5,000 soldiers were deployed."_s << u"5,000"_s
                                  << u"soldiers"_s;
        QTest::newRow("troops") << u"5,000 troops were deployed."_s << u"5,000"_s << u"soldiers"_s;
        QTest::newRow("soldiers dying")
            << u"5,000 soldiers a week are dying."_s << u"5,000"_s << u"soldiers killed"_s;
        QTest::newRow("homes") << u"The storm damaged 200 homes."_s << u"200"_s << u"homes"_s;
        QTest::newRow("houses") << u"The storm damaged 200 houses."_s << u"200"_s << u"homes"_s;
        QTest::newRow("homes destroyed")
            << u"200 homes were destroyed."_s << u"200"_s << u"homes destroyed"_s;
        QTest::newRow("buildings") << u"12 buildings collapsed."_s << u"12"_s << u"buildings"_s;
        QTest::newRow("civilians killed")
            << u"The war has killed dozens of civilians."_s << u"dozens"_s << u"civilians killed"_s;
        QTest::newRow("children killed")
            << u"Three children were killed."_s << u"Three"_s << u"children killed"_s;
        QTest::newRow("children alone")
            << u"including three children"_s << u"three"_s << u"children"_s;
        QTest::newRow("votes") << u"She won by 1,200 votes."_s << u"1,200"_s << u"votes"_s;
        QTest::newRow("emergency workers")
            << u"160 emergency workers were at the scene."_s << u"160"_s << u"emergency workers"_s;
        QTest::newRow("firefighters")
            << u"110 firefighters and 50 paramedics worked."_s << u"50"_s << u"medics"_s;
        // totals named as such
        QTest::newRow("drones and missiles")
            << u"A total of 215 drones and missiles were launched."_s << u"215"_s
            << u"projectiles"_s;
        QTest::newRow("projectiles")
            << u"Russia launched 215 projectiles."_s << u"215"_s << u"projectiles"_s;
        QTest::newRow("aerial weapons")
            << u"Russia launched 215 aerial weapons."_s << u"215"_s << u"projectiles"_s;
        QTest::newRow("casualties")
            << u"There were 102 casualties."_s << u"102"_s << u"casualties"_s;
        // money and percentages find their subject on either side
        QTest::newRow("aid after money")
            << u"The US pledged $2bn in aid."_s << u"$2bn"_s << u"aid"_s;
        QTest::newRow("damage before money")
            << u"Estimates put the damage at €40 million."_s << u"€40"_s << u"damage"_s;
        QTest::newRow("turnout before percent")
            << u"Turnout was 51.9%."_s << u"51.9"_s << u"turnout"_s;
        QTest::newRow("inflation rose to")
            << u"Inflation rose to 3.2% in May."_s << u"3.2"_s << u"inflation"_s;
        QTest::newRow("percent of possessive")
            << u"It handles about 30% of the country's grain exports."_s << u"30"_s << u"exports"_s;
        // never a subject
        QTest::newRow("year") << u"Moscow annexed the peninsula in 2014."_s << u"2014"_s
                              << QString();
        QTest::newRow("year after a count")
            << u"The attack killed 12 people in 2022."_s << u"2022"_s << QString();
        QTest::newRow("age") << u"A 33-year-old lawyer was killed."_s << u"33"_s << QString();
        QTest::newRow("age before killed")
            << u"A man aged 45 was killed."_s << u"45"_s << QString();
        QTest::newRow("ordinal") << u"It was the third attack to kill civilians."_s << u"third"_s
                                 << QString();
        QTest::newRow("time") << u"At 5:30 pm, 12 people were dead."_s << u"5:30"_s << QString();
        QTest::newRow("duration") << u"A three-year war has killed thousands."_s << u"three"_s
                                  << QString();
        QTest::newRow("date") << u"On April 24, 2025, the strikes killed 12."_s << u"24"_s
                              << QString();
        QTest::newRow("people alone")
            << u"A family of 12 people lived there."_s << u"12"_s << QString();
        QTest::newRow("unknown noun") << u"They visited 12 museums."_s << u"12"_s << QString();
        QTest::newRow("far noun") << u"12 of the most senior and experienced soldiers"_s << u"12"_s
                                  << QString();
    }
    void subjects()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(QString, subject);
        const std::optional<ResolvedMention> r = mentionOf(text, number);
        QVERIFY2(r.has_value(), "the number was not extracted");
        QCOMPARE(r->mention.subject, subject);
    }

    // Rates and changes are their own units, never compared with counts or levels.
    void units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit");
        QTest::newRow("a week") << u"5,000 soldiers a week are dying."_s << u"per week"_s;
        QTest::newRow("per day") << u"300 drones per day were launched."_s << u"per day"_s;
        QTest::newRow("no rate") << u"5,000 soldiers were deployed."_s << QString();
        QTest::newRow("percent level") << u"Inflation rose to 3% in May."_s << u"%"_s;
        QTest::newRow("percent change") << u"Inflation rose 3% in May."_s << u"% change"_s;
        QTest::newRow("percent change by") << u"Inflation fell by 0.5% in May."_s << u"% change"_s;
    }
    void units()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        const QList<ResolvedMention> all = resolve(text);
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().mention.unit, unit);
    }

    void sources_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("source");
        QTest::newRow("according to")
            << u"At least 12 people were killed, according to Ukraine's state emergency services."_s
            << u"12"_s << u"Ukraine's state emergency services"_s;
        QTest::newRow("subject said")
            << u"The Ukrainian air force said 215 drones and missiles were launched."_s << u"215"_s
            << u"Ukrainian air force"_s;
        QTest::newRow("said after the figure")
            << u"At least 12 people were killed, the regional governor said."_s << u"12"_s
            << u"regional governor"_s;
        QTest::newRow("after a closing quote") << QString::fromUtf8(
            "\u201cThe death toll has risen to 12,\u201d the state emergency service reported.")
                                               << u"12"_s << u"state emergency service"_s;
        QTest::newRow("inverted") << u"Twelve people were killed, said Ihor Klymenko."_s
                                  << u"Twelve"_s << u"Ihor Klymenko"_s;
        QTest::newRow("relative clause is not the source")
            << u"The strikes, which Russia claimed hit arms plants, left 12 dead."_s << u"12"_s
            << QString();
        QTest::newRow("trailing according to stays behind")
            << u"More than 100 people were injured, according to the hospital, and about 5,000 residents were evacuated."_s
            << u"5,000"_s << QString();
        QTest::newRow("none") << u"At least 12 people were killed."_s << u"12"_s << QString();
    }
    void sources()
    {
        QFETCH(QString, text);
        QFETCH(QString, number);
        QFETCH(QString, source);
        const std::optional<ResolvedMention> r = mentionOf(text, number);
        QVERIFY(r.has_value());
        QCOMPARE(r->mention.source, source);
    }

    void risingWording_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("rising");
        QTest::newRow("has risen to") << u"The death toll has risen to 12."_s << true;
        QTest::newRow("climbed to") << u"The toll climbed to 12."_s << true;
        QTest::newRow("plain") << u"The strikes killed 12 people."_s << false;
    }
    void risingWording()
    {
        QFETCH(QString, text);
        QFETCH(bool, rising);
        const QList<ResolvedMention> all = resolve(text);
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().rising, rising);
    }

    void coordinationLinksListedFigures()
    {
        const QList<ResolvedMention> all = resolve(
            u"Russia fired at least 70 missiles and 145 drones, and 12 people were killed."_s);
        QCOMPARE(all.size(), 3);
        QVERIFY(all[0].coordination > 0);
        QCOMPARE(all[1].coordination, all[0].coordination);
        QVERIFY(all[2].coordination != all[0].coordination);
    }

    void mentionTextCoversTheSubject()
    {
        const QString text = u"It came after more than 100 injured were taken to hospital."_s;
        const QList<ResolvedMention> all = resolve(text);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().mention.text, u"more than 100 injured"_s);
        QCOMPARE(text.sliced(all.first().mention.start,
                     all.first().mention.end - all.first().mention.start),
            all.first().mention.text);
    }

    // Every synonym of the built-in lexicon names its own canonical subject: no entry is shadowed
    // by another that stems the same ("damage" / "damaged"). One row per synonym.
    void everyLexiconSynonym_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("canonical");
        QFile file(u":/synoptic/lexicon/subjects.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString section;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (QString line : lines) {
            line = line.section(u'#', 0, 0).trimmed();
            if (line.startsWith(u'[')) {
                section = line.mid(1, line.size() - 2);
                continue;
            }
            if (line.isEmpty() || section == u"generic"_s)
                continue;
            const QString canonical = line.section(u'=', 0, 0).trimmed();
            QString synonyms = line.section(u'=', 1);
            if (section == u"rollup"_s)
                synonyms = synonyms.section(u'|', 1);
            for (QString phrase : synonyms.split(u',', Qt::SkipEmptyParts)) {
                phrase = phrase.trimmed().remove(u'=');
                if (!phrase.isEmpty())
                    QTest::addRow("%s: %s", qPrintable(canonical), qPrintable(phrase))
                        << phrase << canonical;
            }
        }
    }
    void everyLexiconSynonym()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, canonical);
        const TextNormalizer normalizer;
        const QList<Token> tokens = normalizer.tokenize(phrase);
        const auto match = m_lexicon.matchAt(tokens, 0);
        QVERIFY2(match.has_value(), "no entry matches");
        QCOMPARE(match->canonical, canonical);
        QCOMPARE(match->length, int(tokens.size()));
    }

    void lexiconFormat()
    {
        QString error;
        const NumberLexicon lexicon = NumberLexicon::fromText(
            u"[event]\nkilled = dead, died\n[thing]\ndrones = drone\nmissiles = missile\n[rollup]\nprojectiles = drones, missiles | projectiles\n[bogus]\nx = y\n"_s,
            &error);
        QVERIFY(error.contains(u"unknown section"_s));
        QCOMPARE(lexicon.rollupOf({u"drones"_s, u"missiles"_s}), u"projectiles"_s);
        QCOMPARE(lexicon.rollupOf({u"drones"_s}), QString());
        QCOMPARE(lexicon.canonicals(NumberLexicon::Kind::Thing),
            (QStringList {u"drones"_s, u"missiles"_s}));
        const TextNormalizer normalizer;
        const auto match = lexicon.matchAt(normalizer.tokenize(u"died"_s), 0);
        QVERIFY(match.has_value());
        QCOMPARE(match->canonical, u"killed"_s);
    }
};

QTEST_GUILESS_MAIN(TestNumberSubject)
#include "tst_numbersubject.moc"
