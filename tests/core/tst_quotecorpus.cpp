// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Quote analysis on the real articles under ../shared/corpora (skipped when absent): the
// obvious shared quotes must be clustered with the right speakers. The golden holds only
// cluster sizes, speakers and hashes of the first four words, never article text.
// SYNOPTIC_REGENERATE=1 rewrites the golden; SYNOPTIC_QUOTES_DUMP=1 prints every cluster.

#include "core/quotes/quoteanalyzer.h"
#include "quotefixtures.h"
#include "tests/tools/testarticles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Synoptic::Core;

class TestQuoteCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsKyiv();
};

void TestQuoteCorpus::seedsKyiv()
{
    const QString folder = QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04");
    if (!QDir(folder).exists())
        QSKIP("the shared corpus is not available");
    const QList<Article> articles = Synoptic::Testing::importedArticles(folder); // as users get them
    QVERIFY(articles.size() >= 2);
    const QList<QuoteCluster> clusters = QuoteAnalyzer().analyze(articles, {}, {});

    QuoteFixtures::dumpClusters(clusters, articles);

    // Every cluster with two or more outlets, as (outlets, speaker, hash of its first words).
    QJsonArray actual;
    for (const QuoteCluster &c : clusters) {
        if (c.outletCount() < 2)
            continue;
        QStringList outlets;
        for (const QuoteOccurrence &o : c.occurrences) {
            const QString file = articles[o.article].file.left(3); // "000": the file's number
            if (!outlets.contains(file))
                outlets.append(file);
        }
        QJsonObject entry;
        entry.insert(QStringLiteral("outlets"), outlets.join(u','));
        entry.insert(QStringLiteral("speaker"), c.speaker);
        entry.insert(QStringLiteral("words"), QuoteFixtures::textId(c.text));
        actual.append(entry);
    }
    const QString goldenPath = QStringLiteral(SYNOPTIC_TEST_DATA "/quotes/seeds-kyiv-2025-04.json");
    if (qEnvironmentVariableIsSet("SYNOPTIC_REGENERATE")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QJsonObject root;
        root.insert(QStringLiteral("about"),
                    QStringLiteral("Clusters with 2+ outlets on ../shared/corpora/seeds-kyiv-2025-04, read through by hand: "
                                   "outlets (file numbers), speaker, SHA-1 prefix of the first four folded words of the "
                                   "canonical text. Regenerate with SYNOPTIC_REGENERATE=1 and read the diff."));
        root.insert(QStringLiteral("clusters"), actual);
        out.write(QJsonDocument(root).toJson());
        QSKIP("golden regenerated");
    }
    QFile in(goldenPath);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    const QJsonArray expected = QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("clusters")).toArray();
    auto line = [](const QJsonValue &v) {
        const QJsonObject o = v.toObject();
        return QStringLiteral("[%1] %2 (%3)").arg(o.value(QStringLiteral("outlets")).toString(),
                                                 o.value(QStringLiteral("speaker")).toString(),
                                                 o.value(QStringLiteral("words")).toString());
    };
    QStringList want, got;
    for (const QJsonValue &v : expected)
        want.append(line(v));
    for (const QJsonValue &v : std::as_const(actual))
        got.append(line(v));
    QStringList diff;
    for (const QString &w : std::as_const(want)) {
        if (!got.contains(w))
            diff.append(QStringLiteral("- ") + w);
    }
    for (const QString &g : std::as_const(got)) {
        if (!want.contains(g))
            diff.append(QStringLiteral("+ ") + g);
    }
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("shared quote clusters differ from the golden:\n") + diff.join(u'\n')));
    QCOMPARE(got.size(), want.size());
}

QTEST_GUILESS_MAIN(TestQuoteCorpus)
#include "tst_quotecorpus.moc"
