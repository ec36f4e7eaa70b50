// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Quote extraction rules, one named row each: mark styles, apostrophes, nesting, quotes
// continued across paragraphs, elisions, broken marks and fragments.

#include "core/quotes/quoteextractor.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

// "text" plus tags: {frag} a fragment, {recovered} bounds guessed, {split} halves joined, {+N} N more spans.
QStringList describe(const QList<ExtractedQuote> &quotes)
{
    QStringList out;
    for (const ExtractedQuote &q : quotes) {
        QString s = q.text;
        if (q.fragment)
            s += u" {frag}"_s;
        if (q.recovered)
            s += u" {recovered}"_s;
        if (q.split)
            s += u" {split}"_s;
        if (q.spans.size() > 1)
            s += u" {+%1}"_s.arg(q.spans.size() - 1);
        out.append(s);
    }
    return out;
}

} // namespace

class TestQuoteExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extract_data();
    void extract();
    void offsetsIncludeTheMarks();
    void continuationSpans();
    void neverSwallowsTheRestOfTheArticle();
    void onlyBodyParagraphs();
    void markSoupStaysInsideItsParagraph();
};

void TestQuoteExtractor::extract_data()
{
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QStringList>("expected");

    // Mark styles
    QTest::newRow("curly double") << QStringList{u"“We are ready,” he said."_s} << QStringList{u"We are ready,"_s};
    QTest::newRow("straight double") << QStringList{u"\"We are ready,\" he said."_s} << QStringList{u"We are ready,"_s};
    QTest::newRow("curly single") << QStringList{u"‘We are ready,’ he said."_s} << QStringList{u"We are ready,"_s};
    QTest::newRow("straight single") << QStringList{u"'We are ready,' he said."_s} << QStringList{u"We are ready,"_s};
    QTest::newRow("guillemets with spaces") << QStringList{u"« Nous sommes prêts », a dit le ministre."_s}
                                            << QStringList{u"Nous sommes prêts"_s};
    QTest::newRow("guillemets tight") << QStringList{u"Il a dit «nous sommes prêts» hier."_s}
                                      << QStringList{u"nous sommes prêts {frag}"_s};
    QTest::newRow("german reversed guillemets") << QStringList{u"»Wir sind bereit«, sagte er."_s}
                                                << QStringList{u"Wir sind bereit"_s};
    QTest::newRow("german low-high") << QStringList{u"„Wir sind bereit“, sagte er."_s} << QStringList{u"Wir sind bereit"_s};
    QTest::newRow("two quotes in a paragraph")
        << QStringList{u"“We only target military goals.” “If this was a target, we attack.”"_s}
        << QStringList{u"We only target military goals."_s, u"If this was a target, we attack."_s};

    // Apostrophes are not quotation marks
    QTest::newRow("apostrophes inside single quotes")
        << QStringList{u"'We didn't know Russia's plan,' she said."_s} << QStringList{u"We didn't know Russia's plan,"_s};
    QTest::newRow("curly apostrophes inside curly singles")
        << QStringList{u"‘We didn’t know Russia’s plan,’ she said."_s} << QStringList{u"We didn’t know Russia’s plan,"_s};
    QTest::newRow("apostrophes in narration")
        << QStringList{u"The union didn't say. Russia's envoy left. 'It's over,' she said."_s}
        << QStringList{u"It's over,"_s};
    QTest::newRow("elided decade") << QStringList{u"In the '90s it was 'a golden age', he said."_s}
                                   << QStringList{u"a golden age {frag}"_s};
    QTest::newRow("plural possessive inside a quote")
        << QStringList{u"'The students' demands are fair,' she said."_s} << QStringList{u"The students' demands are fair,"_s};
    QTest::newRow("plural possessive in narration") << QStringList{u"The students' union met. 'We agree,' it said."_s}
                                                    << QStringList{u"We agree,"_s};
    QTest::newRow("inch mark") << QStringList{u"The 6\" pipe burst near the quay."_s} << QStringList{};

    // Nesting
    QTest::newRow("single inside double")
        << QStringList{u"“He told me, ‘Run,’ and then he left,” she said."_s}
        << QStringList{u"He told me, ‘Run,’ and then he left,"_s};
    QTest::newRow("double inside single")
        << QStringList{u"‘He told me “Run” and then he left,’ she said."_s}
        << QStringList{u"He told me “Run” and then he left,"_s};
    QTest::newRow("straight single inside straight double")
        << QStringList{u"\"He told me, 'The alarm went off,' and left,\" she said."_s}
        << QStringList{u"He told me, 'The alarm went off,' and left,"_s};
    QTest::newRow("same style nested") << QStringList{u"“The sign said “closed” all day,” he said."_s}
                                       << QStringList{u"The sign said “closed” all day,"_s};

    // Multi-paragraph quotes
    QTest::newRow("continued curly")
        << QStringList{u"Sando said: “The operator assured us."_s, u"“If it was not, we will act,” she said."_s}
        << QStringList{u"The operator assured us. If it was not, we will act, {+1}"_s};
    QTest::newRow("continued straight over three paragraphs")
        << QStringList{u"She said: \"First part."_s, u"\"Second part."_s, u"\"Third part,\" she said."_s}
        << QStringList{u"First part. Second part. Third part, {+2}"_s};

    // Quotes over several paragraphs without re-opening marks (a transcript, a post), bounded
    QTest::newRow("run-on closed two paragraphs later")
        << QStringList{u"She posted: “The port is closed."_s, u"Ships will wait offshore."_s, u"We reopen on Friday.”"_s}
        << QStringList{u"The port is closed. Ships will wait offshore. We reopen on Friday. {+2}"_s};
    QTest::newRow("run-on beyond the bound is cut")
        << QStringList{u"She posted: “The port is closed."_s, u"Ships waited."_s, u"Crews slept."_s, u"Gulls circled."_s,
                       u"The harbour master closes it now.”"_s}
        << QStringList{u"The port is closed. {recovered}"_s, u"The harbour master closes it now. {recovered}"_s};
    QTest::newRow("run-on stops at a new opening mark")
        << QStringList{u"She posted: “The port is closed."_s, u"Officials said “nothing” more."_s}
        << QStringList{u"The port is closed. {recovered}"_s, u"nothing {frag}"_s};

    // Block quotations: a paragraph without marks announced by a colon
    QTest::newRow("block quote after a colon")
        << QStringList{u"The minister posted on Sunday:"_s, u"The port will stay closed until the storm has passed."_s}
        << QStringList{u"The port will stay closed until the storm has passed. {recovered}"_s};
    QTest::newRow("list item after a colon is not a quote")
        << QStringList{u"The plan has three parts:"_s, u"1. Close the port for two days."_s} << QStringList{};
    QTest::newRow("short label after a colon is not a quote")
        << QStringList{u"Read the statement:"_s, u"Port closure."_s} << QStringList{};
    QTest::newRow("only the paragraph right after the colon")
        << QStringList{u"The minister posted on Sunday:"_s, u"The port will stay closed until the storm has passed."_s,
                       u"Ships were told to wait in the bay overnight."_s}
        << QStringList{u"The port will stay closed until the storm has passed. {recovered}"_s};

    // Split quotations: one quote in two halves around the attribution
    QTest::newRow("split by said")
        << QStringList{u"“We will not back down,” she said, “not this week and not ever.”"_s}
        << QStringList{u"We will not back down, not this week and not ever. {split} {+1}"_s};
    QTest::newRow("split by an inverted attribution with a title")
        << QStringList{u"\"The harbour,\" said the port director, Ana Ruiz, \"will reopen on Friday.\""_s}
        << QStringList{u"The harbour, will reopen on Friday. {split} {+1}"_s};
    QTest::newRow("a new sentence after the attribution stays apart")
        << QStringList{u"“We are ready,” he said. “Talks start Monday.”"_s}
        << QStringList{u"We are ready,"_s, u"Talks start Monday."_s};
    QTest::newRow("a capital second half stays apart")
        << QStringList{u"“We are ready,” he said, “Monday is the day.”"_s}
        << QStringList{u"We are ready,"_s, u"Monday is the day."_s};
    QTest::newRow("long narration between two quotes stays apart")
        << QStringList{u"“We are ready,” he said after a long night of talks in the old customs house, “and so are they.”"_s}
        << QStringList{u"We are ready,"_s, u"and so are they."_s};

    // Elisions stay in the text (the clusterer splits them into pieces)
    QTest::newRow("ellipsis character") << QStringList{u"“We are ready… which need work,” he said."_s}
                                        << QStringList{u"We are ready… which need work,"_s};
    QTest::newRow("three dots") << QStringList{u"\"We heard one blast ... and the quay burned,\" said Vasko."_s}
                                << QStringList{u"We heard one blast ... and the quay burned,"_s};

    // Broken marks
    QTest::newRow("missing close at paragraph end")
        << QStringList{u"He said “we are ready to talk and then left."_s, u"Officials said nothing more."_s}
        << QStringList{u"we are ready to talk and then left. {frag} {recovered}"_s};
    QTest::newRow("missing close before the next quote")
        << QStringList{u"“We are ready, he said. Then Trump said “stop it now.”"_s}
        << QStringList{u"We are ready, he said. Then Trump said {recovered}"_s, u"stop it now. {frag}"_s};
    QTest::newRow("missing opening mark") << QStringList{u"We are ready to talk,” he said."_s}
                                          << QStringList{u"We are ready to talk, {recovered}"_s};
    QTest::newRow("only punctuation inside") << QStringList{u"He said “…” and left."_s} << QStringList{};

    // Full sentences and fragments
    QTest::newRow("fragment in narration") << QStringList{u"Trump called the peninsula “lost years ago”."_s}
                                           << QStringList{u"lost years ago {frag}"_s};
    QTest::newRow("fragment ending with stop inside") << QStringList{u"Talks were “moving in the right direction.”"_s}
                                                      << QStringList{u"moving in the right direction. {frag}"_s};
    QTest::newRow("full after colon") << QStringList{u"Trump wrote: “It is over.”"_s} << QStringList{u"It is over."_s};
    QTest::newRow("full after comma") << QStringList{u"Lavrov stated, “We are ready.”"_s} << QStringList{u"We are ready."_s};
    QTest::newRow("full sentence after a verb") << QStringList{u"He said “We will win.”"_s} << QStringList{u"We will win."_s};
}

void TestQuoteExtractor::extract()
{
    QFETCH(QStringList, paragraphs);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(QuoteExtractor().extract(paragraphs)), expected);
}

void TestQuoteExtractor::offsetsIncludeTheMarks()
{
    const QString p = u"Lavrov said: “We are ready,” and left."_s;
    const QList<ExtractedQuote> quotes = QuoteExtractor().extract(QStringList{p});
    QCOMPARE(quotes.size(), 1);
    const ExtractedQuote::Span &s = quotes.front().spans.front();
    QCOMPARE(p.mid(s.start, s.end - s.start), u"“We are ready,”"_s);
    QCOMPARE(p.mid(s.innerStart, s.innerEnd - s.innerStart), u"We are ready,"_s);
}

void TestQuoteExtractor::continuationSpans()
{
    const QStringList paragraphs{u"Sando said: “The operator assured us."_s, u"“If not, we act,” she said."_s};
    const QList<ExtractedQuote> quotes = QuoteExtractor().extract(paragraphs);
    QCOMPARE(quotes.size(), 1);
    const ExtractedQuote &q = quotes.front();
    QCOMPARE(q.spans.size(), 2);
    QCOMPARE(q.spans[0].paragraph, 0);
    QCOMPARE(q.spans[1].paragraph, 1);
    QCOMPARE(paragraphs[0].mid(q.spans[0].start), u"“The operator assured us."_s);
    QCOMPARE(paragraphs[1].mid(q.spans[1].start, q.spans[1].end - q.spans[1].start), u"“If not, we act,”"_s);
    QVERIFY(!q.recovered);
}

void TestQuoteExtractor::neverSwallowsTheRestOfTheArticle()
{
    // An unclosed quote in paragraph 0: every later quote must still be found on its own.
    const QStringList paragraphs{u"He said “this never closes"_s, u"Narration without quotes."_s,
                                 u"“A proper quote,” she said."_s, u"“Another one,” he said."_s};
    const QList<ExtractedQuote> quotes = QuoteExtractor().extract(paragraphs);
    QCOMPARE(quotes.size(), 3);
    QCOMPARE(quotes[0].spans.size(), 1);
    QVERIFY(quotes[0].recovered);
    QCOMPARE(quotes[1].text, u"A proper quote,"_s);
    QCOMPARE(quotes[2].text, u"Another one,"_s);
}

void TestQuoteExtractor::onlyBodyParagraphs()
{
    Article article;
    Paragraph headline{0, ParagraphRole::Headline, false, u"“Pulled out of the rubble”"_s, 0, 0};
    Paragraph body{1, ParagraphRole::Body, false, u"“We are ready,” he said."_s, 0, 0};
    Paragraph caption{2, ParagraphRole::Caption, false, u"“Smoke” over the quay"_s, 0, 0};
    article.paragraphs = {headline, body, caption};
    const QList<ExtractedQuote> quotes = QuoteExtractor().extract(article);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.front().spans.front().paragraph, 1);
}

void TestQuoteExtractor::markSoupStaysInsideItsParagraph()
{
    // Random mixtures of every mark, apostrophe and ellipsis: no crash, every span inside its
    // paragraph, and a quote only continues into the next paragraph (or, split, later in its own).
    const QString alphabet = u"ab cd'\"“”‘’«»„‚….,: "_s;
    QRandomGenerator rng(5);
    for (int round = 0; round < 300; ++round) {
        QStringList paragraphs;
        for (int p = 0; p < 4; ++p) {
            QString text;
            const int n = 1 + rng.bounded(60);
            for (int i = 0; i < n; ++i)
                text += alphabet[rng.bounded(alphabet.size())];
            paragraphs.append(text);
        }
        for (const ExtractedQuote &q : QuoteExtractor().extract(paragraphs)) {
            QVERIFY(!q.spans.isEmpty());
            for (const ExtractedQuote::Span &s : q.spans) {
                QVERIFY(s.paragraph >= 0 && s.paragraph < paragraphs.size());
                const qsizetype size = paragraphs[s.paragraph].size();
                QVERIFY(0 <= s.start && s.start <= s.innerStart && s.innerStart <= s.innerEnd);
                QVERIFY(s.innerEnd <= s.end && s.end <= size);
            }
            for (qsizetype k = 1; k < q.spans.size(); ++k) {
                const bool split = q.spans[k].paragraph == q.spans[k - 1].paragraph && q.spans[k].start >= q.spans[k - 1].end;
                QVERIFY(split || q.spans[k].paragraph == q.spans[k - 1].paragraph + 1);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestQuoteExtractor)
#include "tst_quoteextractor.moc"
