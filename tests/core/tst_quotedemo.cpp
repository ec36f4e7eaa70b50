// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Scores quote analysis on the demo story (read by the real importer) against the hand annotation in
// tests/data/quotes/demo-golden.json: precision and recall of (quote, outlet) pairs of shared
// quotes, false clusters, and speakers (per cluster and per occurrence). Prints the figures and,
// on failure, which quote lost or gained which outlet.

#include "core/quotes/quoteanalyzer.h"
#include "quotefixtures.h"
#include "tests/tools/testarticles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Synoptic::Core;

namespace {

struct GoldQuote {
    QString id;
    QString speaker; // empty: not scored
    QStringList keywords;
    QStringList files;
};

QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> words;
    const QString folded = text.toCaseFolded();
    for (const QString &w : folded.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
        words.insert(w);
    return words;
}

bool matches(const GoldQuote &g, const QString &text)
{
    const QSet<QString> words = wordsOf(text);
    for (const QString &k : g.keywords) {
        if (!words.contains(k))
            return false;
    }
    return true;
}

} // namespace

class TestQuoteDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void score();
};

void TestQuoteDemo::score()
{
    QFile goldFile(QStringLiteral(SYNOPTIC_TEST_DATA "/quotes/demo-golden.json"));
    QVERIFY2(goldFile.open(QIODevice::ReadOnly), "tests/data/quotes/demo-golden.json is missing");
    QList<GoldQuote> gold;
    const QJsonArray quotes = QJsonDocument::fromJson(goldFile.readAll()).object().value(QStringLiteral("quotes")).toArray();
    for (const QJsonValue &v : quotes) {
        const QJsonObject o = v.toObject();
        GoldQuote g;
        g.id = o.value(QStringLiteral("id")).toString();
        g.speaker = o.value(QStringLiteral("speaker")).toString();
        for (const QJsonValue &k : o.value(QStringLiteral("keywords")).toArray())
            g.keywords.append(k.toString());
        for (const QJsonValue &f : o.value(QStringLiteral("files")).toArray())
            g.files.append(f.toString());
        gold.append(g);
    }
    QVERIFY(gold.size() >= 7);

    // As users get it: the real importer; only Body paragraphs are read by the analyzer.
    const QList<Article> articles = Synoptic::Testing::importedArticles(QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo"));
    QCOMPARE(articles.size(), 5);
    const QList<QuoteCluster> clusters = QuoteAnalyzer().analyze(articles, {}, {});
    QuoteFixtures::dumpClusters(clusters, articles);

    QStringList report;
    // Map every cluster with 2+ outlets to the golden quote most of its occurrences match.
    int expectedPairs = 0;
    for (const GoldQuote &g : std::as_const(gold))
        expectedPairs += g.files.size() >= 2 ? int(g.files.size()) : 0;
    int predictedPairs = 0;
    int truePairs = 0;
    int falseClusters = 0;
    int scoredClusters = 0;
    int rightSpeakers = 0;
    QHash<QString, int> bestPairsFor; // golden id -> true pairs of its best cluster
    for (const QuoteCluster &c : clusters) {
        if (c.outletCount() < 2)
            continue;
        QHash<QString, int> votes;
        for (const QuoteOccurrence &o : c.occurrences) {
            for (const GoldQuote &g : std::as_const(gold)) {
                if (matches(g, o.text))
                    ++votes[g.id];
            }
        }
        QString id;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (id.isEmpty() || it.value() > votes.value(id))
                id = it.key();
        }
        QSet<int> outlets;
        for (const QuoteOccurrence &o : c.occurrences)
            outlets.insert(o.article);
        predictedPairs += int(outlets.size());
        if (id.isEmpty()) {
            ++falseClusters;
            report.append(QStringLiteral("FALSE CLUSTER #%1: %2").arg(c.id).arg(c.text));
            continue;
        }
        const GoldQuote &g = *std::find_if(gold.cbegin(), gold.cend(), [&](const GoldQuote &x) { return x.id == id; });
        int good = 0;
        for (int a : std::as_const(outlets)) {
            bool ok = g.files.contains(articles[a].file);
            bool textMatches = false;
            for (const QuoteOccurrence &o : c.occurrences)
                textMatches = textMatches || (o.article == a && matches(g, o.text));
            if (ok && textMatches)
                ++good;
            else
                report.append(QStringLiteral("%1: wrongly includes %2").arg(id, articles[a].file));
        }
        if (bestPairsFor.contains(id))
            report.append(QStringLiteral("%1: split over several clusters").arg(id));
        bestPairsFor[id] = std::max(bestPairsFor.value(id), good);
        truePairs += good;
        if (!g.speaker.isEmpty()) {
            ++scoredClusters;
            if (c.speaker == g.speaker)
                ++rightSpeakers;
            else
                report.append(QStringLiteral("%1: speaker \"%2\", expected \"%3\"").arg(id, c.speaker, g.speaker));
        }
    }
    int foundPairs = 0;
    for (const GoldQuote &g : std::as_const(gold)) {
        if (g.files.size() < 2)
            continue;
        foundPairs += bestPairsFor.value(g.id);
        if (bestPairsFor.value(g.id) < g.files.size())
            report.append(QStringLiteral("%1: found in %2 of %3 outlets").arg(g.id).arg(bestPairsFor.value(g.id)).arg(g.files.size()));
    }
    // Occurrence speakers over every annotated quote, shared or not.
    int occurrenceSpeakers = 0;
    int occurrenceRight = 0;
    for (const GoldQuote &g : std::as_const(gold)) {
        if (g.speaker.isEmpty())
            continue;
        for (const QString &file : g.files) {
            const auto article = std::find_if(articles.cbegin(), articles.cend(), [&](const Article &a) { return a.file == file; });
            const int a = int(article - articles.cbegin());
            ++occurrenceSpeakers;
            bool right = false;
            QString got = QStringLiteral("(no occurrence)");
            for (const QuoteCluster &c : clusters) {
                for (const QuoteOccurrence &o : c.occurrences) {
                    if (o.article == a && matches(g, o.text)) {
                        got = o.speaker;
                        right = right || o.speaker == g.speaker;
                    }
                }
            }
            if (right)
                ++occurrenceRight;
            else
                report.append(QStringLiteral("%1 in %2: occurrence speaker \"%3\"").arg(g.id, file, got));
        }
    }

    const double recall = expectedPairs ? double(foundPairs) / expectedPairs : 1.0;
    const double precision = predictedPairs ? double(truePairs) / predictedPairs : 1.0;
    const double speakerRate = scoredClusters ? double(rightSpeakers) / scoredClusters : 1.0;
    qInfo().noquote() << QStringLiteral("demo quotes: pairs recall %1 (%2/%3), precision %4 (%5/%6), false clusters %7, "
                                        "cluster speakers %8 (%9/%10), occurrence speakers %11/%12")
                             .arg(recall, 0, 'f', 3).arg(foundPairs).arg(expectedPairs)
                             .arg(precision, 0, 'f', 3).arg(truePairs).arg(predictedPairs).arg(falseClusters)
                             .arg(speakerRate, 0, 'f', 3).arg(rightSpeakers).arg(scoredClusters)
                             .arg(occurrenceRight).arg(occurrenceSpeakers);
    for (const QString &line : std::as_const(report))
        qInfo().noquote() << "  " << line;

    QVERIFY2(recall >= 0.95, qPrintable(report.join(u'\n')));
    QCOMPARE(falseClusters, 0);
    QVERIFY2(precision >= 0.95, qPrintable(report.join(u'\n')));
    QVERIFY2(speakerRate >= 0.9, qPrintable(report.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestQuoteDemo)
#include "tst_quotedemo.moc"
