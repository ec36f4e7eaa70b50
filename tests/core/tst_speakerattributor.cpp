// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Speaker attribution, one named row per pattern: after/before the quote, inverted verbs,
// pronouns, appositions, roles, bare quotes, platforms that are not speakers, and the cases
// where the right answer is "unknown".

#include "core/quotes/quoteanalyzer.h"
#include "core/quotes/quoteextractor.h"
#include "core/quotes/quotelexicon.h"
#include "core/quotes/speakerattributor.h"
#include "quotefixtures.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

QStringList speakersOf(const QStringList &paragraphs)
{
    const Article article = QuoteFixtures::articleFromText(paragraphs.join(u"\n\n"_s), u"a.txt"_s);
    const TextNormalizer normalizer;
    const QList<ExtractedQuote> quotes = QuoteExtractor().extract(article);
    SpeakerAttributor attributor(QuoteLexicon::builtIn(), normalizer);
    attributor.learn({article}, {quotes});
    return attributor.attribute(article, quotes);
}

const QString lavrov = u"Russia's Foreign Minister Sergei Lavrov arrived in Washington on Thursday."_s;

} // namespace

class TestSpeakerAttributor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lexiconIsCompiledIn();
    void attribute_data();
    void attribute();
    void namesCollapseAcrossTheStory();
};

void TestSpeakerAttributor::lexiconIsCompiledIn()
{
    const QuoteLexicon &lexicon = QuoteLexicon::builtIn();
    QVERIFY(!lexicon.isEmpty());
    QVERIFY(lexicon.isSpeechVerb(u"said"));
    QVERIFY(lexicon.isInvertibleVerb(u"added"));
    QVERIFY(!lexicon.isInvertibleVerb(u"told")); // '"...," told X' is not English
    QVERIFY(lexicon.isTitle(u"minister"));
    QVERIFY(lexicon.isFemaleTitle(u"ms"));
    QVERIFY(!lexicon.isSpeechVerb(u"reckless"));
}

void TestSpeakerAttributor::attribute_data()
{
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QStringList>("speakers");
    const QString sergei = u"Sergei Lavrov"_s;

    QTest::newRow("X said after") << QStringList{lavrov, u"“We are ready,” Lavrov said."_s} << QStringList{sergei};
    QTest::newRow("said X inverted") << QStringList{lavrov, u"“We are ready,” said Lavrov."_s} << QStringList{sergei};
    QTest::newRow("title and name after") << QStringList{u"“We are ready,” Foreign Minister Sergei Lavrov told reporters."_s}
                                          << QStringList{sergei};
    QTest::newRow("X told CBS before with colon") << QStringList{lavrov, u"Lavrov told CBS News: “We only target military goals.”"_s}
                                                  << QStringList{sergei};
    QTest::newRow("X stated comma") << QStringList{lavrov, u"In an interview with CBS News, Lavrov stated, “We are ready.”"_s}
                                    << QStringList{sergei};
    QTest::newRow("he added") << QStringList{lavrov, u"“We are ready,” Lavrov said. “We will talk again,” he added."_s}
                              << QStringList{sergei, sergei};
    QTest::newRow("he said resolves to the sentence subject")
        << QStringList{u"President Anna Berg met President John Smith on Monday."_s,
                       u"Smith praised Berg, and he said the talks were “very productive indeed”."_s}
        << QStringList{u"John Smith"_s};
    QTest::newRow("she said finds the last named woman")
        << QStringList{u"Mr John Smith met Ms Anna Berg on Monday."_s, u"“It was a good day,” she said."_s}
        << QStringList{u"Anna Berg"_s};
    QTest::newRow("X wrote") << QStringList{u"Transport Minister Ilse Varga wrote on social media: “We will rebuild the port.”"_s}
                             << QStringList{u"Ilse Varga"_s};
    QTest::newRow("posted on X: the platform is not the speaker")
        << QStringList{u"Defence Minister Tom Hale spoke on Monday."_s, u"“We stand firm,” he posted on X."_s}
        << QStringList{u"Tom Hale"_s};
    QTest::newRow("posted on X without a person") << QStringList{u"The statement was posted on X: “We stand firm.”"_s}
                                                  << QStringList{QString()};
    QTest::newRow("apposition") << QStringList{u"Olena Davydiuk, a 33-year-old lawyer, told AFP: “People were pulled out.”"_s}
                                << QStringList{u"Olena Davydiuk"_s};
    QTest::newRow("who clause before the verb")
        << QStringList{u"President Anna Berg, who faces an election, said the plan was “dead on arrival”."_s}
        << QStringList{u"Anna Berg"_s};
    QTest::newRow("relative who with participle")
        << QStringList{u"The strikes drew a reaction from Mr Tom Hale, who posted on his Truth Social account saying: “Stop now.”"_s}
        << QStringList{u"Tom Hale"_s};
    QTest::newRow("participle takes the subject") << QStringList{u"Defence Minister Tom Hale spoke on television, saying: “We stand firm.”"_s}
                                                  << QStringList{u"Tom Hale"_s};
    QTest::newRow("and said") << QStringList{u"Mayor Anna Berg visited the site and said it was “a disaster for the city”."_s}
                              << QStringList{u"Anna Berg"_s};
    QTest::newRow("bare quote continues the speaker")
        << QStringList{lavrov, u"“We are ready,” Lavrov said."_s, u"“We will talk again next week.”"_s}
        << QStringList{sergei, sergei};
    QTest::newRow("multi-paragraph quote attributed at its end")
        << QStringList{lavrov, u"“The first part of our position is clear."_s, u"“The second part follows,” Lavrov said."_s}
        << QStringList{sergei};
    QTest::newRow("bare subhead does not inherit")
        << QStringList{lavrov, u"“We are ready,” Lavrov said."_s, u"‘Pulled out of the rubble’"_s}
        << QStringList{sergei, QString()};
    QTest::newRow("role resolves when unique") << QStringList{u"Mayor Anna Berg opened the bridge."_s, u"“It is a great day,” the mayor said."_s}
                                               << QStringList{u"Anna Berg"_s};
    QTest::newRow("role with a country") << QStringList{u"US President Tom Hale met Russian President Ivan Petrov."_s,
                                                        u"A territory the US president said was “lost years ago” is at stake."_s}
                                         << QStringList{u"Tom Hale"_s};
    const QString ruiz = u"Ana Ruiz"_s;
    QTest::newRow("subject herself said")
        << QStringList{u"Mayor Ana Ruiz spoke on Monday."_s, u"Ruiz herself said the plan was “a gift to the city”."_s}
        << QStringList{ruiz};
    QTest::newRow("she went on to say")
        << QStringList{u"“We will rebuild,” Mayor Ana Ruiz said. “The port comes first,” she went on to say."_s}
        << QStringList{ruiz, ruiz};
    QTest::newRow("abbreviated title, written-out role")
        << QStringList{u"Gov. Ana Ruiz signed the bill on Monday."_s, u"“It is a good law,” the governor said."_s} << QStringList{ruiz};
    QTest::newRow("role after a lower-case modifier")
        << QStringList{u"Congressman Tom Hale spoke on Monday."_s, u"“I had no idea,” the three-term congressman said."_s}
        << QStringList{u"Tom Hale"_s};
    QTest::newRow("Rep. is the congressman")
        << QStringList{u"Rep. Tom Hale spoke on Monday."_s, u"“I had no idea,” the congressman said."_s} << QStringList{u"Tom Hale"_s};
    QTest::newRow("sentence opening with a conjunction, then a colon")
        << QStringList{u"And Mayor Ana Ruiz lashed out online, saying:"_s, u"The council has failed this city again and again."_s}
        << QStringList{ruiz};
    QTest::newRow("role held by several: the one named last")
        << QStringList{u"President Anna Berg arrived on Monday."_s, u"On Tuesday, President John Smith met reporters."_s,
                       u"“It is a great day,” the president said."_s}
        << QStringList{u"John Smith"_s};
    QTest::newRow("a paragraph ending in a colon introduces the quote")
        << QStringList{u"Mayor Ana Ruiz posted late on Sunday evening, writing:"_s, u"“The port stays closed until Friday.”"_s}
        << QStringList{ruiz};
    QTest::newRow("block quote after a colon")
        << QStringList{u"Mayor Ana Ruiz wrote on Sunday:"_s, u"The port will stay closed until the storm has passed."_s}
        << QStringList{ruiz};
    QTest::newRow("fragment after a reporting verb")
        << QStringList{u"Mayor Ana Ruiz referred to the plan as “a gift to the city”."_s} << QStringList{ruiz};
    QTest::newRow("fragment after accusing")
        << QStringList{u"Mayor Ana Ruiz spoke late on Monday, accusing the council of “wasting another month”."_s}
        << QStringList{ruiz};
    QTest::newRow("split quote attributed between its halves")
        << QStringList{u"Mayor Ana Ruiz spoke on Monday."_s, u"“We will not back down,” Ruiz said, “not this week.”"_s}
        << QStringList{ruiz};
    QTest::newRow("ambiguous role stays unknown")
        << QStringList{u"President Anna Berg met President John Smith."_s, u"“It is a great day,” the president said."_s}
        << QStringList{QString()};
    QTest::newRow("according to") << QStringList{lavrov, u"“We are ready,” according to Lavrov."_s} << QStringList{sergei};
    QTest::newRow("possessive is not the speaker")
        << QStringList{u"Trump's envoy Steve Witkoff arrived. “We will get there,” Witkoff's aide said."_s} << QStringList{QString()};
    QTest::newRow("officials are unknown") << QStringList{u"“We are ready,” officials said."_s} << QStringList{QString()};
    QTest::newRow("sentence-initial common word is no name") << QStringList{u"Officials said the plan was “dead on arrival”."_s}
                                                             << QStringList{QString()};
    QTest::newRow("no attribution across a full stop")
        << QStringList{lavrov, u"Mr Tom Hale also spoke. Lavrov left. “We are ready.” Hale countered that talks had failed."_s}
        << QStringList{QString()};
    QTest::newRow("exclamation then short attribution")
        << QStringList{u"US President Tom Hale spoke."_s, u"“Vladimir, STOP!” Hale wrote."_s} << QStringList{u"Tom Hale"_s};
    QTest::newRow("a noun that looks like a verb")
        << QStringList{u"Mayor Anna Berg visited and said in a post that it was “very harmful to the city”."_s}
        << QStringList{u"Anna Berg"_s};
}

void TestSpeakerAttributor::attribute()
{
    QFETCH(QStringList, paragraphs);
    QFETCH(QStringList, speakers);
    QCOMPARE(speakersOf(paragraphs), speakers);
}

void TestSpeakerAttributor::namesCollapseAcrossTheStory()
{
    // Article 1 introduces the full name and title; article 2 only says "Mr Lavrov"; a third
    // spells the first name differently. All are one person.
    const QList<Article> articles{
        QuoteFixtures::articleFromText(u"Russia's Foreign Minister Sergei Lavrov said talks continue.\n\n“We are ready,” Lavrov said."_s, u"1.txt"_s),
        QuoteFixtures::articleFromText(u"“We are ready to reach a deal,” Mr Lavrov told CBS News."_s, u"2.txt"_s),
        QuoteFixtures::articleFromText(u"Foreign Minister Sergey Lavrov spoke.\n\n“We are ready,” said Lavrov."_s, u"3.txt"_s),
        QuoteFixtures::articleFromText(u"Foreign Minister Sergei Lavrov spoke.\n\n“We are ready,” said Sergei Lavrov."_s, u"4.txt"_s)};
    const QList<QuoteOccurrence> occurrences = QuoteAnalyzer().occurrences(articles);
    QCOMPARE(occurrences.size(), 4);
    for (const QuoteOccurrence &o : occurrences)
        QCOMPARE(o.speaker, u"Sergei Lavrov"_s);

    const TextNormalizer normalizer;
    QList<QList<ExtractedQuote>> quotes;
    for (const Article &a : articles)
        quotes.append(QuoteExtractor().extract(a));
    SpeakerAttributor attributor(QuoteLexicon::builtIn(), normalizer);
    attributor.learn(articles, quotes);
    QCOMPARE(attributor.canonicalName(u"Mr Lavrov"_s), u"Sergei Lavrov"_s);
    QCOMPARE(attributor.canonicalName(u"Russia's Foreign Minister Sergei Lavrov"_s), u"Sergei Lavrov"_s);
    QCOMPARE(attributor.canonicalName(u"Lavrov"_s), u"Sergei Lavrov"_s);
}

QTEST_GUILESS_MAIN(TestSpeakerAttributor)
#include "tst_speakerattributor.moc"
