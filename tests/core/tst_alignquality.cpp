// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Alignment quality against generated ground truth (tests/tools/storygenerator): paragraph-pair
// F1 at mild and medium edit rates on a fixed seed. Deterministic; the full table over every
// corpus and the heavy rate is printed by the align_eval tool.

#include "tests/tools/storygenerator.h"

#include <QDir>
#include <QTest>

using namespace Synoptic::Testing;

class TestAlignQuality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatorIsDeterministic()
    {
        const QList<QStringList> sources = loadSources(QStringLiteral(SYNOPTIC_TEST_DATA "/align/story-base"));
        QCOMPARE(sources.size(), 1);
        StoryGenerator a(42), b(42);
        const GeneratedArticle x = a.variant(sources.front(), EditRates::heavy());
        const GeneratedArticle y = b.variant(sources.front(), EditRates::heavy());
        QCOMPARE(x.paragraphs.size(), y.paragraphs.size());
        for (qsizetype i = 0; i < x.paragraphs.size(); ++i) {
            QCOMPARE(x.paragraphs[i].text, y.paragraphs[i].text);
            QCOMPARE(x.paragraphs[i].sources, y.paragraphs[i].sources);
        }
        // Heavy edits really edit: the variant is not the source.
        QVERIFY(x.paragraphs.size() != sources.front().size() || x.paragraphs.front().text != sources.front().front());
    }

    void perfectAlignmentScoresOne()
    {
        const QList<QStringList> sources = loadSources(QStringLiteral(SYNOPTIC_TEST_DATA "/align/story-base"));
        const QList<GeneratedArticle> story{StoryGenerator::original(sources.front()), StoryGenerator::original(sources.front())};
        Synoptic::Core::Alignment truth;
        for (int p = 0; p < sources.front().size(); ++p)
            truth.rows.append({p + 1, {{0, p, 1.0, false}, {1, p, 1.0, false}}});
        const PairScore s = StoryGenerator::score(truth, story);
        QCOMPARE(s.f1(), 1.0);
        Synoptic::Core::Alignment nothing;
        QCOMPARE(StoryGenerator::score(nothing, story).recall(), 0.0);
    }

    void f1_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("level");
        QTest::addColumn<double>("minimum");
        const QString fixture = QStringLiteral(SYNOPTIC_TEST_DATA "/align/story-base");
        const QString seeds = QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04");
        QTest::newRow("fixture, mild") << fixture << QStringLiteral("mild") << 0.97;
        QTest::newRow("fixture, medium") << fixture << QStringLiteral("medium") << 0.92;
        QTest::newRow("seed corpus, mild") << seeds << QStringLiteral("mild") << 0.97;
        QTest::newRow("seed corpus, medium") << seeds << QStringLiteral("medium") << 0.92;
    }
    void f1()
    {
        QFETCH(QString, folder);
        QFETCH(QString, level);
        QFETCH(double, minimum);
        const QList<QStringList> sources = loadSources(folder);
        if (sources.isEmpty())
            QSKIP("corpus not available");
        const EditRates rates = level == u"mild" ? EditRates::mild() : EditRates::medium();
        const PairScore s = evaluateAlignment(sources, rates, 1);
        qInfo("%s %s: precision %.3f recall %.3f F1 %.3f (%lld true pairs)", qPrintable(QDir(folder).dirName()), qPrintable(level),
              s.precision(), s.recall(), s.f1(), s.truePositives + s.falseNegatives);
        QVERIFY2(s.f1() >= minimum, qPrintable(QString::number(s.f1())));
    }
};

QTEST_GUILESS_MAIN(TestAlignQuality)
#include "tst_alignquality.moc"
