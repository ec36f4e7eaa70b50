// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Spelling variants: edit distance, the plausibility rule, detection from aligned positions,
// and rejection when one writer uses both forms.

#include "core/align/storyaligner.h"
#include "core/text/spellingvariants.h"
#include "tests/tools/testarticles.h"

#include <QDir>
#include <QTest>

using namespace Synoptic::Core;
using namespace Synoptic::Testing;
using namespace Qt::StringLiterals;

class TestVariants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("equal") << u"kessov"_s << u"kessov"_s << 0;
        QTest::newRow("substitution") << u"dmitri"_s << u"dmitry"_s << 1;
        QTest::newRow("insertion") << u"zelensky"_s << u"zelenskyy"_s << 1;
        QTest::newRow("transposition") << u"recieve"_s << u"receive"_s << 1;
        QTest::newRow("two substitutions") << u"kyiv"_s << u"kiev"_s << 2;
        QTest::newRow("capped") << u"alpha"_s << u"omega"_s << 3;
    }
    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(SpellingVariantDetector::editDistance(a, b, 2), std::min(distance, 3));
    }

    void plausible_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("capitalised");
        QTest::addColumn<int>("observations");
        QTest::addColumn<bool>("expected");
        QTest::newRow("name, one edit") << u"sergei"_s << u"sergey"_s << true << 1 << true;
        QTest::newRow("name, added letter") << u"zelensky"_s << u"zelenskyy"_s << true << 1 << true;
        QTest::newRow("name, two edits, same consonants") << u"kyiv"_s << u"kiev"_s << true << 1 << true;
        QTest::newRow("names, two edits, other consonants") << u"trump"_s << u"truss"_s << true << 1 << false;
        QTest::newRow("British and American spelling") << u"recognised"_s << u"recognized"_s << false << 1 << true;
        QTest::newRow("short common words") << u"said"_s << u"sad"_s << false << 3 << false;
        QTest::newRow("different first letter") << u"pavel"_s << u"navel"_s << true << 5 << false;
        QTest::newRow("numbers") << u"2024"_s << u"2025"_s << true << 5 << false;
        QTest::newRow("too short") << u"ann"_s << u"anne"_s << true << 5 << false;
    }
    void plausible()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, capitalised);
        QFETCH(int, observations);
        QFETCH(bool, expected);
        QCOMPARE(SpellingVariantDetector::plausible(a, b, capitalised, observations), expected);
    }

    void detectedFromAlignment()
    {
        const QList<Article> articles{
            articleFromText(u"Chief engineer Dmitri Kessov said repairs could not begin until the river fell by a metre.\n\n"
                            "Three shelters opened in school buildings on the western side of the town."_s),
            articleFromText(u"Chief engineer Dmitry Kessov said repairs could not begin until the river fell by a metre.\n\n"
                            "Three shelters opened in school buildings on the western side of town."_s),
            articleFromText(u"Dmitri Kessov, the chief engineer, said repairs could not begin until the river dropped a metre.\n\n"
                            "Farmers downstream said winter wheat was under water."_s)};
        const AlignResult result = StoryAligner().align(articles);
        QCOMPARE(result.variants.size(), 1);
        QCOMPARE(result.variants.front().forms, (QStringList{u"Dmitri"_s, u"Dmitry"_s}));
        QCOMPARE(result.variants.front().state, SpellingVariant::State::Detected);

        // The user's verdict is kept.
        AlignOptions options;
        SpellingVariant rejected;
        rejected.forms = {u"Dmitri"_s, u"Dmitry"_s};
        rejected.state = SpellingVariant::State::Rejected;
        options.variantDecisions = {rejected};
        const AlignResult again = StoryAligner(options).align(articles);
        QCOMPARE(again.variants.size(), 1);
        QCOMPARE(again.variants.front().state, SpellingVariant::State::Rejected);
    }

    void writerUsingBothFormsMeansTwoWords()
    {
        SpellingVariantDetector detector;
        detector.addSubstitution(u"Sergei", u"Sergey");
        const auto both = [](const QString &, const QString &) { return 2; };
        const auto none = [](const QString &, const QString &) { return 0; };
        const auto freq = [](const QString &) { return 1; };
        QCOMPARE(detector.variants(none, freq).size(), 1);
        QCOMPARE(detector.variants(both, freq).size(), 0);
    }

    void seedCorpus()
    {
        const QDir dir(QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04"));
        const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        if (files.size() != 5)
            QSKIP("the seed corpus is not available");
        QList<Article> articles;
        for (const QString &f : files)
            articles.append(articleFromFile(dir.filePath(f)));
        const AlignResult result = StoryAligner().align(articles);
        QStringList found;
        for (const SpellingVariant &v : result.variants) {
            QStringList forms = v.forms;
            forms.sort();
            found << forms.join(u'/');
        }
        qInfo("variants: %s", qPrintable(found.join(u", "_s)));
        // The corpus spells the minister's first name and the capital both ways in aligned
        // sentences; inflections ("Comment"/"Comments") are not variants.
        QVERIFY2(found.contains(u"Sergei/Sergey"_s), qPrintable(found.join(u", "_s)));
        QVERIFY2(found.contains(u"Kiev/Kyiv"_s), qPrintable(found.join(u", "_s)));
        QVERIFY2(!found.contains(u"Comment/Comments"_s), qPrintable(found.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestVariants)
#include "tst_variants.moc"
