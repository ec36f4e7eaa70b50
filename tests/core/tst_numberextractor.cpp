// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Number extraction: every written form, every qualifier, and the kinds that are never counts.

#include "core/numbers/numberextractor.h"
#include "core/numbers/numberlexicon.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

QString bound(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : u"inf"_s;
}

} // namespace

class TestNumberExtractor : public QObject
{
    Q_OBJECT
private:
    NumberLexicon m_lexicon;

    QList<ExtractedNumber> extract(const QString &text) const
    {
        const TextNormalizer normalizer;
        return NumberExtractor(m_lexicon).extract(text, normalizer.tokenize(text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_lexicon = NumberLexicon::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_lexicon.isEmpty());
    }

    // Columns: the text, the expression found first (span text), its kind, value, interval,
    // qualifier, unit. Rounded figures ("52%", "$2bn") stand for +-0.4999 of their last digit, so
    // that neighbours such as "$2bn" and "$3bn" do not touch.
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("unit");

        // digits, separators, decimals, scales, money, percentages
        QTest::newRow("thousands separator")
            << u"5,000 soldiers a week"_s << u"5,000"_s << u"count"_s << 5000.0 << u"[5000, 5000]"_s
            << QString() << QString();
        QTest::newRow("no separator") << u"5000 soldiers a week"_s << u"5000"_s << u"count"_s
                                      << 5000.0 << u"[5000, 5000]"_s << QString() << QString();
        QTest::newRow("percent sign with decimal")
            << u"won 51.9% of the vote"_s << u"51.9%"_s << u"percent"_s << 51.9
            << u"[51.85001, 51.94999]"_s << QString() << u"%"_s;
        QTest::newRow("per cent in words")
            << u"turnout was 52 per cent"_s << u"52 per cent"_s << u"percent"_s << 52.0
            << u"[51.5001, 52.4999]"_s << QString() << u"%"_s;
        QTest::newRow("percentage points")
            << u"up 3 percentage points"_s << u"3 percentage points"_s << u"percent"_s << 3.0
            << u"[2.5001, 3.4999]"_s << QString() << u"pp"_s;
        QTest::newRow("decimal million")
            << u"1.5 million people fled"_s << u"1.5 million"_s << u"count"_s << 1.5e6
            << u"[1450010, 1549990]"_s << QString() << QString();
        QTest::newRow("dollar bn") << u"pledged $2bn in aid"_s << u"$2bn"_s << u"money"_s << 2e9
                                   << u"[1500100000, 2499900000]"_s << QString() << u"USD"_s;
        QTest::newRow("euro m") << u"a €40m fine"_s << u"€40m"_s << u"money"_s << 4e7
                                << u"[39500100, 40499900]"_s << QString() << u"EUR"_s;
        QTest::newRow("US dollar million")
            << u"worth US$5 million"_s << u"US$5 million"_s << u"money"_s << 5e6
            << u"[4500100, 5499900]"_s << QString() << u"USD"_s;
        QTest::newRow("pound plain") << u"costs £300"_s << u"£300"_s << u"money"_s << 300.0
                                     << u"[299.5001, 300.4999]"_s << QString() << u"GBP"_s;
        QTest::newRow("currency word")
            << u"300 euros in damages"_s << u"300 euros"_s << u"money"_s << 300.0
            << u"[299.5001, 300.4999]"_s << QString() << u"EUR"_s;
        // number words
        QTest::newRow("word twelve") << u"twelve people died"_s << u"twelve"_s << u"count"_s << 12.0
                                     << u"[12, 12]"_s << QString() << QString();
        QTest::newRow("word three") << u"three missiles hit"_s << u"three"_s << u"count"_s << 3.0
                                    << u"[3, 3]"_s << QString() << QString();
        QTest::newRow("hyphenated word")
            << u"twenty-five drones"_s << u"twenty-five"_s << u"count"_s << 25.0 << u"[25, 25]"_s
            << QString() << QString();
        QTest::newRow("word hundred") << u"two hundred homes"_s << u"two hundred"_s << u"count"_s
                                      << 200.0 << u"[200, 200]"_s << QString() << QString();
        QTest::newRow("word with and")
            << u"one hundred and twenty homes"_s << u"one hundred and twenty"_s << u"count"_s
            << 120.0 << u"[120, 120]"_s << QString() << QString();
        QTest::newRow("a dozen") << u"a dozen homes"_s << u"a dozen"_s << u"count"_s << 12.0
                                 << u"[10, 14]"_s << QString() << QString();
        QTest::newRow("dozens") << u"dozens of civilians"_s << u"dozens"_s << u"count"_s << 24.0
                                << u"[24, 99]"_s << QString() << QString();
        QTest::newRow("hundreds") << u"hundreds of homes"_s << u"hundreds"_s << u"count"_s << 200.0
                                  << u"[200, 999]"_s << QString() << QString();
        QTest::newRow("thousands") << u"thousands of people"_s << u"thousands"_s << u"count"_s
                                   << 2000.0 << u"[2000, 99999]"_s << QString() << QString();
        QTest::newRow("tens of thousands")
            << u"tens of thousands of people"_s << u"tens of thousands"_s << u"count"_s << 20000.0
            << u"[20000, 99999]"_s << QString() << QString();
        QTest::newRow("one before a counted noun")
            << u"one person was killed"_s << u"one"_s << u"count"_s << 1.0 << u"[1, 1]"_s
            << QString() << QString();
        QTest::newRow("year-like count before a noun")
            << u"2000 people fled"_s << u"2000"_s << u"count"_s << 2000.0 << u"[2000, 2000]"_s
            << QString() << QString();
        // ranges
        QTest::newRow("between words and digits")
            << u"between nine and 27 people"_s << u"between nine and 27"_s << u"count"_s << 9.0
            << u"[9, 27]"_s << u"between"_s << QString();
        QTest::newRow("dash range") << u"10-15 people"_s << u"10-15"_s << u"count"_s << 10.0
                                    << u"[10, 15]"_s << u"between"_s << QString();
        QTest::newRow("en dash range") << u"10–15 people"_s << u"10–15"_s << u"count"_s << 10.0
                                       << u"[10, 15]"_s << u"between"_s << QString();
        QTest::newRow("to range") << u"10 to 15 people"_s << u"10 to 15"_s << u"count"_s << 10.0
                                  << u"[10, 15]"_s << u"between"_s << QString();
        QTest::newRow("range with scale")
            << u"1-2 million people"_s << u"1-2 million"_s << u"count"_s << 1e6
            << u"[1000000, 2000000]"_s << u"between"_s << QString();
        // kinds that are never counts
        QTest::newRow("ordinal word") << u"the third attack"_s << u"third"_s << u"ordinal"_s << 3.0
                                      << u"[3, 3]"_s << QString() << QString();
        QTest::newRow("ordinal digits") << u"the 21st strike"_s << u"21st"_s << u"ordinal"_s << 21.0
                                        << u"[21, 21]"_s << QString() << QString();
        QTest::newRow("age hyphenated") << u"a 33-year-old lawyer"_s << u"33-year-old"_s << u"age"_s
                                        << 33.0 << u"[33, 33]"_s << QString() << u"years"_s;
        QTest::newRow("age years old") << u"she is 71 years old"_s << u"71 years old"_s << u"age"_s
                                       << 71.0 << u"[71, 71]"_s << QString() << u"years"_s;
        QTest::newRow("age aged") << u"a man aged 45 died"_s << u"45"_s << u"age"_s << 45.0
                                  << u"[45, 45]"_s << QString() << u"years"_s;
        QTest::newRow("time with colon")
            << u"as of 5:30 pm local time"_s << u"5:30 pm"_s << u"time"_s << 5.0 << u"[5, 5]"_s
            << QString() << QString();
        QTest::newRow("time GMT") << u"(1430 GMT)"_s << u"1430 GMT"_s << u"time"_s << 1430.0
                                  << u"[1430, 1430]"_s << QString() << QString();
        QTest::newRow("time suffix") << u"at 10pm on Friday"_s << u"10pm"_s << u"time"_s << 10.0
                                     << u"[10, 10]"_s << QString() << QString();
        QTest::newRow("time a.m.") << u"at 6 a.m. on Friday"_s << u"6 a.m."_s << u"time"_s << 6.0
                                   << u"[6, 6]"_s << QString() << QString();
        QTest::newRow("date month day year")
            << u"on April 24, 2025, Russia"_s << u"April 24, 2025"_s << u"date"_s << 24.0
            << u"[24, 24]"_s << QString() << QString();
        QTest::newRow("date day month") << u"on 24 April the"_s << u"24 April"_s << u"date"_s
                                        << 24.0 << u"[24, 24]"_s << QString() << QString();
        QTest::newRow("year") << u"annexed in 2014 by"_s << u"2014"_s << u"date"_s << 2014.0
                              << u"[2014, 2014]"_s << QString() << QString();
        QTest::newRow("iso date") << u"date 2025-04-25 Russia"_s << u"2025-04-25"_s << u"date"_s
                                  << 2025.0 << u"[2025, 2025]"_s << QString() << QString();
        QTest::newRow("duration adjective")
            << u"a three-year offensive"_s << u"three-year"_s << u"other"_s << 3.0 << u"[3, 3]"_s
            << QString() << u"years"_s;
        QTest::newRow("duration") << u"for more than 12 hours"_s << u"12 hours"_s << u"other"_s
                                  << 12.0 << u"[12, 12]"_s << QString() << u"hours"_s;
        // Physical measures are compared, so they carry the precision they are written with.
        QTest::newRow("measure") << u"a 40km convoy"_s << u"40km"_s << u"measure"_s << 40.0
                                 << u"[39.5001, 40.4999]"_s << QString() << u"km"_s;
        QTest::newRow("measure with qualifier")
            << u"burned more than 10,000 hectares of forest"_s << u"more than 10,000 hectares"_s << u"measure"_s
            << 10000.0 << u"[10000.4999, inf]"_s << u"more than"_s << u"hectares"_s;
        QTest::newRow("measure in words") << u"within two kilometres of the port"_s << u"two kilometres"_s
                                          << u"measure"_s << 2.0 << u"[1.5001, 2.4999]"_s << QString() << u"km"_s;
        QTest::newRow("square kilometres") << u"covers 40 square kilometres now"_s << u"40 square kilometres"_s
                                           << u"measure"_s << 40.0 << u"[39.5001, 40.4999]"_s << QString() << u"km²"_s;
        QTest::newRow("speed with slash") << u"winds gusting at 80 km/h today"_s << u"80 km/h"_s << u"measure"_s
                                          << 80.0 << u"[79.5001, 80.4999]"_s << QString() << u"km/h"_s;
        QTest::newRow("speed in words") << u"winds of 50 miles per hour"_s << u"50 miles per hour"_s
                                        << u"measure"_s << 50.0 << u"[49.5001, 50.4999]"_s << QString() << u"mph"_s;
        QTest::newRow("speed suffixed") << u"gusts of 90km/h hit"_s << u"90km/h"_s << u"measure"_s << 90.0
                                        << u"[89.5001, 90.4999]"_s << QString() << u"km/h"_s;
        QTest::newRow("magnitude after") << u"a 7.1-magnitude earthquake"_s << u"7.1-magnitude"_s << u"measure"_s
                                         << 7.1 << u"[7.05001, 7.14999]"_s << QString() << u"magnitude"_s;
        QTest::newRow("magnitude before") << u"a magnitude 7.0 earthquake"_s << u"magnitude 7.0"_s
                                          << u"measure"_s << 7.0 << u"[6.95001, 7.04999]"_s << QString()
                                          << u"magnitude"_s;
        QTest::newRow("score") << u"won 2-1 on Sunday"_s << u"2-1"_s << u"other"_s << 2.0
                               << u"[2, 2]"_s << QString() << QString();
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, interval);
        QFETCH(QString, qualifier);
        QFETCH(QString, unit);
        const QList<ExtractedNumber> numbers = extract(text);
        QVERIFY2(!numbers.isEmpty(), "nothing extracted");
        const ExtractedNumber &n = numbers.first();
        QCOMPARE(text.sliced(n.start, n.end - n.start), span);
        QCOMPARE(numberKindName(n.kind), kind);
        QCOMPARE(n.value, value);
        QCOMPARE(u"["_s + bound(n.low) + u", "_s + bound(n.high) + u"]"_s, interval);
        QCOMPARE(n.qualifier, qualifier);
        QCOMPARE(n.unit, unit);
    }

    // Every qualifier class and its wordings: the interval the number stands for.
    void qualifiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("interval");
        QTest::newRow("exact") << u"12 people"_s << u"12"_s << QString() << u"[12, 12]"_s;
        QTest::newRow("at least") << u"at least 12 people"_s << u"at least 12"_s << u"at least"_s
                                  << u"[12, inf]"_s;
        QTest::newRow("no fewer than") << u"no fewer than 12 people"_s << u"no fewer than 12"_s
                                       << u"at least"_s << u"[12, inf]"_s;
        QTest::newRow("or more") << u"12 or more people"_s << u"12 or more"_s << u"at least"_s
                                 << u"[12, inf]"_s;
        QTest::newRow("plus sign")
            << u"100+ people"_s << u"100+"_s << u"at least"_s << u"[100, inf]"_s;
        QTest::newRow("hyphen plus")
            << u"100-plus people"_s << u"100-plus"_s << u"at least"_s << u"[100, inf]"_s;
        QTest::newRow("more than") << u"more than 100 injured"_s << u"more than 100"_s
                                   << u"more than"_s << u"[101, inf]"_s;
        QTest::newRow("over") << u"over 100 injured"_s << u"over 100"_s << u"more than"_s
                              << u"[101, inf]"_s;
        QTest::newRow("in excess of") << u"in excess of 100 injured"_s << u"in excess of 100"_s
                                      << u"more than"_s << u"[101, inf]"_s;
        QTest::newRow("more than a dozen") << u"more than a dozen homes"_s << u"more than a dozen"_s
                                           << u"more than"_s << u"[13, inf]"_s;
        QTest::newRow("more than percent") << u"more than 50% of voters"_s << u"more than 50%"_s
                                           << u"more than"_s << u"[50.4999, inf]"_s;
        QTest::newRow("nearly") << u"nearly 60 people"_s << u"nearly 60"_s << u"nearly"_s
                                << u"[55, 59]"_s;
        QTest::newRow("almost") << u"almost 60 people"_s << u"almost 60"_s << u"nearly"_s
                                << u"[55, 59]"_s;
        QTest::newRow("close to") << u"close to 60 people"_s << u"close to 60"_s << u"nearly"_s
                                  << u"[55, 59]"_s;
        QTest::newRow("about") << u"about 100 people"_s << u"about 100"_s << u"about"_s
                               << u"[90, 110]"_s;
        QTest::newRow("around") << u"around 100 people"_s << u"around 100"_s << u"about"_s
                                << u"[90, 110]"_s;
        QTest::newRow("some") << u"some 100 people"_s << u"some 100"_s << u"about"_s
                              << u"[90, 110]"_s;
        QTest::newRow("roughly") << u"roughly 100 people"_s << u"roughly 100"_s << u"about"_s
                                 << u"[90, 110]"_s;
        QTest::newRow("approximately") << u"approximately 100 people"_s << u"approximately 100"_s
                                       << u"about"_s << u"[90, 110]"_s;
        QTest::newRow("an estimated") << u"an estimated 100 people"_s << u"an estimated 100"_s
                                      << u"about"_s << u"[90, 110]"_s;
        QTest::newRow("or so") << u"100 or so people"_s << u"100 or so"_s << u"about"_s
                               << u"[90, 110]"_s;
        QTest::newRow("up to") << u"up to 100 people"_s << u"up to 100"_s << u"up to"_s
                               << u"[0, 100]"_s;
        QTest::newRow("as many as")
            << u"as many as 100 people"_s << u"as many as 100"_s << u"up to"_s << u"[0, 100]"_s;
        QTest::newRow("fewer than")
            << u"fewer than 10 people"_s << u"fewer than 10"_s << u"fewer than"_s << u"[0, 9]"_s;
        QTest::newRow("less than")
            << u"less than 10 people"_s << u"less than 10"_s << u"fewer than"_s << u"[0, 9]"_s;
        QTest::newRow("under") << u"under 10 people"_s << u"under 10"_s << u"fewer than"_s
                               << u"[0, 9]"_s;
        QTest::newRow("qualifier with money") << u"more than $2bn in aid"_s << u"more than $2bn"_s
                                              << u"more than"_s << u"[2499900000, inf]"_s;
        QTest::newRow("qualifier with word") << u"at least twelve people"_s << u"at least twelve"_s
                                             << u"at least"_s << u"[12, inf]"_s;
    }
    void qualifiers()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, qualifier);
        QFETCH(QString, interval);
        const QList<ExtractedNumber> numbers = extract(text);
        QVERIFY2(!numbers.isEmpty(), "nothing extracted");
        const ExtractedNumber &n = numbers.first();
        QCOMPARE(text.sliced(n.start, n.end - n.start), span);
        QCOMPARE(n.qualifier, qualifier);
        QCOMPARE(u"["_s + bound(n.low) + u", "_s + bound(n.high) + u"]"_s, interval);
    }

    // The figure an outlet states (issue 20): hedges ("at least", "more than", "as many as",
    // "up to") move it by a small step their way; vague quantifiers and the precision of a
    // rounded figure widen it; an exact count states itself. [low, high] and the loose top a
    // figure cut rather than rounded may reach.
    void stated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<double>("looseHigh");
        QTest::newRow("exact count") << u"12 people"_s << u"[12, 12]"_s << 12.0;
        QTest::newRow("at least is the same figure") << u"at least 12 people"_s << u"[12, 12]"_s << 12.0;
        QTest::newRow("at least a round figure") << u"at least 30 people"_s << u"[30, 33]"_s << 33.0;
        QTest::newRow("more than a round figure") << u"more than 20 people"_s << u"[20, 22]"_s << 22.0;
        QTest::newRow("nearly") << u"nearly 60 people"_s << u"[56, 60]"_s << 60.0;
        QTest::newRow("about caps at a tenth") << u"about 100 people"_s << u"[90, 110]"_s << 110.0;
        QTest::newRow("some with a precise figure") << u"some 16 bills"_s << u"[16, 16]"_s << 16.0;
        QTest::newRow("number words") << u"twenty-three people"_s << u"[23, 23]"_s << 23.0;
        QTest::newRow("rounded by its precision") << u"1.5 million people"_s << u"[1450010, 1549990]"_s << 1599990.0;
        QTest::newRow("as many as") << u"as many as 2.1 million customers"_s << u"[2050010, 2100000]"_s << 2100000.0;
        QTest::newRow("up to") << u"up to 2.3 million customers"_s << u"[2250010, 2300000]"_s << 2300000.0;
        QTest::newRow("money cut rather than rounded") << u"$43 million in taxes"_s << u"[42500100, 43499900]"_s << 43999900.0;
        QTest::newRow("roughly money") << u"roughly $141 million"_s << u"[140500100, 141499900]"_s << 141499900.0;
        QTest::newRow("percent") << u"over 10 percent of income"_s << u"[10, 11]"_s << 11.0;
        QTest::newRow("span of years") << u"served from 2004 to 2011 as"_s << u"[2004, 2011]"_s << 2011.0;
    }
    void stated()
    {
        QFETCH(QString, text);
        QFETCH(QString, interval);
        QFETCH(double, looseHigh);
        const QList<ExtractedNumber> numbers = extract(text);
        QVERIFY2(!numbers.isEmpty(), "nothing extracted");
        const StatedInterval &s = numbers.first().stated;
        QCOMPARE(u"["_s + QString::number(s.low, 'g', 12) + u", "_s + QString::number(s.high, 'g', 12) + u"]"_s,
                 interval);
        QCOMPARE(s.looseHigh, looseHigh);
    }

    // Words that look like numbers but are not quantities.
    void notNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one of") << u"one of the strikes hit a school"_s;
        QTest::newRow("no one") << u"no one was hurt"_s;
        QTest::newRow("plain words") << u"the strikes were among the deadliest"_s;
    }
    void notNumbers()
    {
        QFETCH(QString, text);
        QCOMPARE(extract(text).size(), 0);
    }

    // "one" starting a sequence counts nothing ("a second" is an ordinal, not a count either).
    void oneStartingASequence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("then a second") << u"we heard one blast, then a second, much louder"_s;
        QTest::newRow("followed by another") << u"one explosion followed by another shook the port"_s;
    }
    void oneStartingASequence()
    {
        QFETCH(QString, text);
        for (const ExtractedNumber &n : extract(text))
            QVERIFY2(n.kind != NumberKind::Count, qPrintable(text.sliced(n.start, n.end - n.start)));
    }

    // "one" before a counted noun is still a count when no sequence follows.
    void oneAsACount()
    {
        const QString text = u"One person was killed and another was injured."_s;
        const QList<ExtractedNumber> numbers = extract(text);
        QCOMPARE(numbers.size(), 1);
        QCOMPARE(numbers.first().value, 1.0);
    }

    void severalInOneSentence()
    {
        const QString text
            = u"At least 12 people were killed and 90 injured, with 70 missiles and 145 drones launched."_s;
        const QList<ExtractedNumber> numbers = extract(text);
        QStringList spans;
        for (const ExtractedNumber &n : numbers)
            spans.append(text.sliced(n.start, n.end - n.start));
        QCOMPARE(spans, (QStringList {u"At least 12"_s, u"90"_s, u"70"_s, u"145"_s}));
    }

    void badInputDoesNotCrash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("only signs") << u"$ % € - + ~"_s;
        QTest::newRow("dangling qualifier") << u"at least"_s;
        QTest::newRow("dangling range") << u"between 5 and"_s;
        QTest::newRow("trailing sign") << u"cost $"_s;
        QTest::newRow("huge") << u"99999999999999999999999 people"_s;
        QTest::newRow("colon at end") << u"at 5:"_s;
    }
    void badInputDoesNotCrash()
    {
        QFETCH(QString, text);
        const QList<ExtractedNumber> numbers = extract(text);
        for (const ExtractedNumber &n : numbers) {
            QVERIFY(n.start >= 0 && n.start <= n.end && n.end <= text.size());
            if (n.low && n.high)
                QVERIFY(*n.low <= *n.high);
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberExtractor)
#include "tst_numberextractor.moc"
