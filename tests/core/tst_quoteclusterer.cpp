// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Clustering rules: which two quote texts are the same quote, short fragments, canonical text,
// speaker majority, order and ids, and "paraphrased in" through the alignment.

#include "core/quotes/quoteclusterer.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

QuoteOccurrence occ(int article, int paragraph, const QString &text, const QString &speaker = {}, bool fragment = false)
{
    QuoteOccurrence o;
    o.article = article;
    o.paragraph = paragraph;
    o.start = 0;
    o.end = text.size() + 2;
    o.text = text;
    o.speaker = speaker;
    o.fragment = fragment;
    return o;
}

Article articleWith(const QStringList &paragraphs)
{
    Article a;
    for (int i = 0; i < paragraphs.size(); ++i)
        a.paragraphs.append({i, ParagraphRole::Body, false, paragraphs[i], 0, 0});
    return a;
}

} // namespace

class TestQuoteClusterer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameQuote_data();
    void sameQuote();
    void spellingVariantsAreEquivalent();
    void elisionPieces();
    void clusters();
    void shortFragmentsNeedMoreThanWords();
    void differentSpeakersKeepCommonPhrasesApart();
    void joins_data();
    void joins();
    void paraphrasedIn();
    void quotesRepeatedByManyOutletsStayTogether();
};

void TestQuoteClusterer::sameQuote_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("same words, case and punctuation") << u"We are ready to reach a deal."_s << u"we are ready to reach a deal"_s << true;
    QTest::newRow("curly and straight apostrophes") << u"Let’s get the peace deal done now"_s << u"Let's get the Peace Deal DONE now!"_s << true;
    QTest::newRow("cut-off ending") << u"I am not happy with the Russian strikes"_s
                                    << u"I am not happy with the Russian strikes on KYIV. Not necessary."_s << true;
    QTest::newRow("contiguous part") << u"ready to reach a deal"_s
                                     << u"We are ready to reach a deal, but there are still points"_s << true;
    QTest::newRow("elided with three dots") << u"We heard one blast ... and the whole eastern quay was on fire"_s
                                            << u"We heard one blast, then a second, much louder, and the whole eastern quay was on fire"_s << true;
    QTest::newRow("elided with ellipsis character") << u"some specific points… which need to be fine-tuned, and we are busy"_s
                                                    << u"some specific points - elements of this deal which need to be fine-tuned"_s << true;
    QTest::newRow("changed tense") << u"did not spell out the elements of the deal"_s
                                   << u"not spelled out the elements of the deal"_s << true;
    QTest::newRow("dropped word") << u"The balls are clearly in the Russian court now"_s << u"The balls are in the Russian court now"_s << true;
    QTest::newRow("number formatting") << u"5,000 soldiers a week are dying"_s << u"5000 soldiers a week are dying"_s << true;
    QTest::newRow("british and american spelling") << u"recognised the need to address the root causes"_s
                                                   << u"recognized the need to address the root causes"_s << true;
    QTest::newRow("different quotes on one topic") << u"We are ready to reach a deal"_s
                                                   << u"We are not ready to sign any deal yet, officials warned"_s << false;
    QTest::newRow("different quotes sharing a subject") << u"The fire is contained but it is not out"_s
                                                        << u"The fire destroyed the quay and the silos"_s << false;
    QTest::newRow("two content words never match") << u"right direction"_s << u"moving in the right direction"_s << false;
    QTest::newRow("stop words only") << u"it is what it is"_s << u"it is what it is"_s << false;
    QTest::newRow("same words far apart are not a quote") << u"peace deal Russia Ukraine"_s
                                                          << u"Russia wants peace, Ukraine wants a deal, nobody agrees on the terms"_s << false;
}

void TestQuoteClusterer::sameQuote()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const TextNormalizer normalizer;
    const QuoteClusterer clusterer(normalizer);
    QCOMPARE(clusterer.sameQuote(a, b), same);
    QCOMPARE(clusterer.sameQuote(b, a), same);
}

void TestQuoteClusterer::spellingVariantsAreEquivalent()
{
    const TextNormalizer normalizer;
    const QString a = u"the strikes on Kyiv were the worst"_s;
    const QString b = u"the strikes on Kiev were the worst"_s;
    QVERIFY(!QuoteClusterer(normalizer).sameQuote(a, b));
    SpellingVariant variant;
    variant.forms = {u"Kyiv"_s, u"Kiev"_s};
    QVERIFY(QuoteClusterer(normalizer, {variant}).sameQuote(a, b));
    variant.state = SpellingVariant::State::Rejected;
    QVERIFY(!QuoteClusterer(normalizer, {variant}).sameQuote(a, b));
}

void TestQuoteClusterer::elisionPieces()
{
    const QString text = u"one two... three […] four . . . five…"_s;
    QStringList pieces;
    for (const auto &[s, e] : QuoteText::elisionPieces(text))
        pieces.append(text.mid(s, e - s).trimmed());
    QCOMPARE(pieces, (QStringList{u"one two"_s, u"three"_s, u"four"_s, u"five"_s}));
}

void TestQuoteClusterer::clusters()
{
    const TextNormalizer normalizer;
    const QList<QuoteOccurrence> occurrences{
        occ(0, 1, u"We stand firm and we will not move,"_s, u"Tom Hale"_s),
        occ(0, 2, u"The port will reopen on Monday morning"_s, u"Anna Berg"_s),
        occ(1, 0, u"We stand firm and we will not move an inch from this city,"_s, u"Tom Hale"_s),
        occ(1, 3, u"port will reopen on Monday"_s, QString(), true),
        occ(2, 0, u"We stand firm and we will not move an inch from this city"_s, u"Ivan Petrov"_s),
        occ(2, 4, u"A quote nobody else carries at all"_s),
    };
    const QList<QuoteCluster> clusters = QuoteClusterer(normalizer).cluster(occurrences, {}, {});
    QCOMPARE(clusters.size(), 3);
    // Most outlets first; ids are 1-based in output order.
    QCOMPARE(clusters[0].id, 1);
    QCOMPARE(clusters[0].outletCount(), 3);
    QCOMPARE(clusters[0].occurrences.size(), 3);
    QCOMPARE(clusters[0].text, u"We stand firm and we will not move an inch from this city"_s); // longest, comma dropped
    QCOMPARE(clusters[0].speaker, u"Tom Hale"_s); // 2 of 3 known speakers
    QCOMPARE(clusters[1].id, 2);
    QCOMPARE(clusters[1].outletCount(), 2);
    QCOMPARE(clusters[1].text, u"The port will reopen on Monday morning"_s);
    QCOMPARE(clusters[1].speaker, u"Anna Berg"_s); // the unknown speaker does not vote
    QCOMPARE(clusters[2].id, 3);
    QCOMPARE(clusters[2].outletCount(), 1);
    QVERIFY(clusters[2].speaker.isEmpty());
}

void TestQuoteClusterer::shortFragmentsNeedMoreThanWords()
{
    const TextNormalizer normalizer;
    const QList<QuoteOccurrence> occurrences{
        occ(0, 0, u"reckless"_s, u"Danel Orsk"_s, true),
        occ(1, 0, u"reckless"_s, u"Danel Orsk"_s, true),
        occ(2, 0, u"reckless"_s, QString(), true), // same word, no speaker: not enough
        occ(3, 0, u"reckless"_s, u"Tom Hale"_s, true), // another speaker: another quote
    };
    const QList<QuoteCluster> clusters = QuoteClusterer(normalizer).cluster(occurrences, {}, {});
    QCOMPARE(clusters.size(), 3);
    QCOMPARE(clusters[0].outletCount(), 2);
    QCOMPARE(clusters[0].speaker, u"Danel Orsk"_s);

    // An alignment row is the other kind of evidence.
    Alignment alignment;
    AlignmentRow row;
    row.id = 1;
    row.members = {{2, 0, 1.0}, {3, 0, 1.0}};
    alignment.rows = {row};
    const QList<QuoteCluster> aligned = QuoteClusterer(normalizer).cluster(occurrences, {}, alignment);
    QCOMPARE(aligned.size(), 2);
}

void TestQuoteClusterer::differentSpeakersKeepCommonPhrasesApart()
{
    const TextNormalizer normalizer;
    // A three-word stock phrase from two different people is two quotes; a long identical run
    // is one quote even when an outlet names someone else.
    const QList<QuoteOccurrence> phrase{occ(0, 0, u"full and unconditional ceasefire"_s, u"Tom Hale"_s, true),
                                        occ(1, 0, u"a full and unconditional ceasefire"_s, u"Anna Berg"_s, true),
                                        occ(2, 0, u"full and unconditional ceasefire"_s, QString(), true)};
    const QList<QuoteCluster> a = QuoteClusterer(normalizer).cluster(phrase, {}, {});
    QCOMPARE(a.size(), 2); // the unnamed one may join either, never both into one
    const QList<QuoteOccurrence> sentence{
        occ(0, 0, u"We will not rest until we know how this terrible thing happened"_s, u"Ilse Varga"_s),
        occ(1, 0, u"We will not rest until we know how this terrible thing happened"_s, u"Anna Berg"_s)};
    QCOMPARE(QuoteClusterer(normalizer).cluster(sentence, {}, {}).size(), 1);
}

// Which occurrences of different outlets join (one text per article; the question is whether
// the first two end up in one cluster).
void TestQuoteClusterer::joins_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("speakers");
    QTest::addColumn<bool>("together");
    const QString hale = u"Tom Hale"_s;
    const QString berg = u"Anna Berg"_s;

    QTest::newRow("a sentence of a longer quote")
        << QStringList{u"The bridge opens in May. We have waited long enough."_s,
                       u"We have waited long enough for this bridge, and the city knows it."_s}
        << QStringList{berg, QString()} << true;
    QTest::newRow("a sentence of another speaker's quote")
        << QStringList{u"The bridge opens in May. We have waited long enough."_s,
                       u"We have waited long enough for this bridge, and the city knows it."_s}
        << QStringList{berg, hale} << false;
    QTest::newRow("short fragment inside the same speaker's sentence")
        << QStringList{u"the harbour did not sleep"_s, u"On Monday night the harbour did not sleep at all,"_s}
        << QStringList{hale, hale} << true;
    QTest::newRow("short fragment with no named speaker stays alone")
        << QStringList{u"the harbour did not sleep"_s, u"On Monday night the harbour did not sleep at all,"_s}
        << QStringList{QString(), hale} << false;
    QTest::newRow("short fragment of another speaker stays alone")
        << QStringList{u"the harbour did not sleep"_s, u"On Monday night the harbour did not sleep at all,"_s}
        << QStringList{berg, hale} << false;
    QTest::newRow("short fragment under five words stays alone")
        << QStringList{u"did not sleep"_s, u"On Monday night the harbour did not sleep at all,"_s} << QStringList{hale, hale}
        << false;
    QTest::newRow("stock phrase inside two different quotes joins neither")
        << QStringList{u"nobody here is above the rules"_s, u"We said it before: nobody here is above the rules."_s,
                       u"Read the charter again, nobody here is above the rules and that includes the board."_s}
        << QStringList{hale, hale, hale} << false;
    QTest::newRow("a bleeped word, one speaker")
        << QStringList{u"I am not going to sign that d***ed treaty!"_s, u"I am not going to sign that damned treaty,"_s} << QStringList{hale, hale}
        << true;
    QTest::newRow("a bleeped word, two speakers")
        << QStringList{u"I am not going to sign that d***ed treaty!"_s, u"I am not going to sign that damned treaty,"_s} << QStringList{hale, berg}
        << false;
    QTest::newRow("a quoted name in title case") << QStringList{u"Bread for the Table"_s, u"Bread For The Table,"_s}
                                                 << QStringList{QString(), QString()} << true;
    QTest::newRow("a lower-case phrase is not a name") << QStringList{u"bread for the table"_s, u"bread for the table"_s}
                                                       << QStringList{QString(), QString()} << false;
    QTest::newRow("two speakers sharing a long run, neither contained")
        << QStringList{u"We will put the people of this city back to work before the winter comes"_s,
                       u"Our plan will put the people of this city back to work, the council's plan will not"_s}
        << QStringList{hale, berg} << false;
}

void TestQuoteClusterer::joins()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, speakers);
    QFETCH(bool, together);
    const TextNormalizer normalizer;
    QList<QuoteOccurrence> occurrences;
    for (int i = 0; i < texts.size(); ++i)
        occurrences.append(occ(i, 0, texts[i], speakers[i]));
    const QList<QuoteCluster> clusters = QuoteClusterer(normalizer).cluster(occurrences, {}, {});
    bool joined = false;
    for (const QuoteCluster &c : clusters) {
        int found = 0;
        for (const QuoteOccurrence &o : c.occurrences)
            found += o.article <= 1 ? 1 : 0;
        joined = joined || found == 2;
    }
    QCOMPARE(joined, together);
}

void TestQuoteClusterer::paraphrasedIn()
{
    const TextNormalizer normalizer;
    const QList<Article> articles{
        articleWith({u"“The ministry will pay for every funeral,” Varga wrote."_s}),
        articleWith({u"The ministry would pay for every funeral, Varga wrote on Tuesday."_s}),
        articleWith({u"Police closed the roads around the port."_s}),
        articleWith({u"The ministry will pay for every funeral, Varga wrote."_s}), // not aligned
    };
    const QString quote = u"The ministry will pay for every funeral,"_s;
    QuoteOccurrence o = occ(0, 0, quote, u"Ilse Varga"_s);
    o.start = 0;
    o.end = quote.size() + 2;
    Alignment alignment;
    AlignmentRow row;
    row.id = 1;
    row.members = {{0, 0, 1.0}, {1, 0, 0.8}, {2, 0, 0.3}};
    alignment.rows = {row};
    const QList<QuoteCluster> clusters = QuoteClusterer(normalizer).cluster({o}, articles, alignment);
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters[0].paraphrasedIn, QList<int>{1});
    // Without an alignment nothing is listed.
    QVERIFY(QuoteClusterer(normalizer).cluster({o}, articles, {}).front().paraphrasedIn.isEmpty());
}

QTEST_GUILESS_MAIN(TestQuoteClusterer)
// At scale every shingle of a quote that thousands of outlets carry is common; the quote and
// its elided and cut variants must still form one cluster each (an index that skipped common
// shingles split them into thousands of clusters).
void TestQuoteClusterer::quotesRepeatedByManyOutletsStayTogether()
{
    const TextNormalizer normalizer;
    const QStringList blast{u"We heard one blast, then a second, much louder, and the whole eastern quay was on fire"_s,
                            u"We heard one blast ... and the whole eastern quay was on fire"_s,
                            u"We heard one blast, then a second, much louder"_s};
    const QStringList days{u"We expect the rescue teams to stay at the terminal for at least two more days"_s,
                           u"We expect the rescue teams to stay at the terminal for two more days"_s};
    QList<QuoteOccurrence> occurrences;
    const int outlets = 1500; // 500 of each variant: more than any posting cap of a few hundred
    for (int a = 0; a < outlets; ++a) {
        occurrences.append(occ(a, 1, blast[a % blast.size()], a % 5 ? u"Teodor Vasko"_s : QString()));
        occurrences.append(occ(a, 2, days[a % days.size()], u"Oleh Karvanets"_s));
    }
    occurrences.append(occ(outlets, 3, u"A quote nobody else carries at all"_s));
    const QList<QuoteCluster> clusters = QuoteClusterer(normalizer).cluster(occurrences, {}, {});
    QCOMPARE(clusters.size(), 3);
    QCOMPARE(clusters[0].outletCount(), outlets);
    QCOMPARE(clusters[0].text, blast[0]); // the longest version; first of the two largest
    QCOMPARE(clusters[0].speaker, u"Teodor Vasko"_s);
    QCOMPARE(clusters[1].outletCount(), outlets);
    QCOMPARE(clusters[1].text, days[0]);
    QCOMPARE(clusters[2].occurrences.size(), 1);
}

#include "tst_quoteclusterer.moc"
