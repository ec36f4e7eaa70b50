// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Syndication families: copies and rewrites found by general thresholds, with source and shared
// fraction; independent articles stay alone. The seed corpus (real articles) is read from
// SYNOPTIC_SHARED_DIR and the test skips when it is absent.

#include "core/align/familydetector.h"
#include "core/align/paragraphaligner.h"
#include "core/align/storyaligner.h"
#include "core/align/tokenizedstory.h"
#include "tests/tools/storygenerator.h"
#include "tests/tools/testarticles.h"

#include <QDir>
#include <QTest>

using namespace Synoptic::Core;
using namespace Synoptic::Testing;

namespace {

QStringList baseStory()
{
    return loadSources(QStringLiteral(SYNOPTIC_TEST_DATA "/align/story-base")).value(0);
}

QString familiesText(const QList<Family> &families)
{
    QStringList out;
    for (const Family &f : families) {
        QStringList members;
        for (int a : f.articles)
            members << QString::number(a);
        out << QStringLiteral("{%1} source %2").arg(members.join(u','), QString::number(f.source));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestFamilies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void synthetic_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("expected");
        // 0 = original, 1 = second article, 2 = third; dates 2030-05-01, -02, -03.
        QTest::newRow("copy with boilerplate") << QStringLiteral("copy") << QStringLiteral("{0,1} source 0");
        QTest::newRow("copy published first") << QStringLiteral("copy-earlier") << QStringLiteral("{0,1} source 1");
        QTest::newRow("light rewrite") << QStringLiteral("mild") << QStringLiteral("{0,1} source 0");
        QTest::newRow("medium rewrite") << QStringLiteral("medium") << QStringLiteral("{0,1} source 0");
        QTest::newRow("heavy rewrite") << QStringLiteral("heavy") << QStringLiteral("{0,1} source 0");
        QTest::newRow("unrelated story") << QStringLiteral("unrelated") << QString();
        QTest::newRow("copy among strangers") << QStringLiteral("copy+unrelated") << QStringLiteral("{0,1} source 0");
    }
    void synthetic()
    {
        QFETCH(QString, shape);
        QFETCH(QString, expected);
        const QStringList base = baseStory();
        QVERIFY(base.size() > 5);
        StoryGenerator generator(7);
        QList<GeneratedArticle> story{StoryGenerator::original(base)};
        GeneratedArticle second;
        if (shape.startsWith(u"copy")) {
            EditRates copy = EditRates::none();
            copy.drop = 0.1;
            copy.boilerplate = 2;
            second = generator.variant(base, copy);
        } else if (shape == u"mild") {
            second = generator.variant(base, EditRates::mild());
        } else if (shape == u"medium") {
            second = generator.variant(base, EditRates::medium());
        } else if (shape == u"heavy") {
            second = generator.variant(base, EditRates::heavy());
        } else {
            // Another story entirely: the fixture's paragraphs reversed and with every content
            // word replaced would still share vocabulary; use generated foreign text instead.
            EditRates foreign = EditRates::none();
            foreign.foreign = 1.0;
            second = generator.variant(base.mid(0, 2), foreign);
            second.paragraphs.removeIf([](const GeneratedParagraph &p) { return p.sources.value(0) < s_boilerplateBase; });
        }
        story.append(second);
        if (shape == u"copy+unrelated") {
            EditRates foreign = EditRates::none();
            foreign.foreign = 1.0;
            GeneratedArticle stranger = generator.variant(base.mid(0, 3), foreign);
            stranger.paragraphs.removeIf([](const GeneratedParagraph &p) { return p.sources.value(0) < s_boilerplateBase; });
            story.append(stranger);
        }
        QList<Article> articles;
        for (qsizetype i = 0; i < story.size(); ++i) {
            Article a = story[i].toArticle();
            a.published = QStringLiteral("2030-05-0%1").arg(i + 1);
            if (shape == u"copy-earlier" && i == 1)
                a.published = QStringLiteral("2030-04-30");
            articles.append(a);
        }
        const AlignResult result = StoryAligner().align(articles);
        QCOMPARE(familiesText(result.families), expected);
        if (!result.families.isEmpty()) {
            QVERIFY(result.families.front().shared > 0.3);
            QVERIFY(result.families.front().shared <= 1.0);
        }
    }

    // The demo story (fiction, annotated in tests/data/demo/ANNOTATIONS.md): the Ledger
    // republishes the Wire with light edits, Brightwater rewrites and reorders it; Radio and
    // the blog report on their own and only restate facts and quote the same people.
    void demoStory()
    {
        const QList<Article> articles = importedArticles(QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo"));
        QCOMPARE(articles.size(), 5);
        const AlignResult result = StoryAligner().align(articles);
        TokenizedStory story;
        QVERIFY(story.build(articles));
        const FamilyDetector detector;
        for (int a = 0; a < articles.size(); ++a) {
            for (int b = a + 1; b < articles.size(); ++b) {
                const FamilyEvidence e = detector.evidence(story, result.alignment, a, b);
                qInfo("%s - %s: containment %.3f narration %.3f (%d) copied %.3f restated %d of %d coverage %.2f order %.2f", qPrintable(articles[a].file),
                      qPrintable(articles[b].file), e.containment, e.narration, e.narrationShared, e.copied, e.restated, e.sentences, e.coverage, e.order);
            }
        }
        QStringList outlets;
        QCOMPARE(result.families.size(), 1);
        for (int a : result.families.front().articles)
            outlets << articles[a].outlet;
        outlets.sort();
        QCOMPARE(outlets, (QStringList{QStringLiteral("Brightwater Daily"), QStringLiteral("Meridian Wire"), QStringLiteral("The Coastal Ledger")}));
        QVERIFY(result.families.front().source >= 0);
        QCOMPARE(articles[result.families.front().source].outlet, QStringLiteral("Meridian Wire"));
    }

    void seedCorpus()
    {
        const QDir dir(QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04"));
        const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        if (files.size() != 5)
            QSKIP("the seed corpus is not available");
        QList<Article> articles;
        for (const QString &f : files) {
            bool ok = false;
            articles.append(articleFromFile(dir.filePath(f), &ok));
            QVERIFY2(ok, qPrintable(f));
        }
        const AlignResult result = StoryAligner().align(articles);
        TokenizedStory story;
        QVERIFY(story.build(articles));
        const FamilyDetector detector;
        for (int a = 0; a < articles.size(); ++a) {
            for (int b = a + 1; b < articles.size(); ++b) {
                const FamilyEvidence e = detector.evidence(story, result.alignment, a, b);
                qInfo("%d-%d containment %.3f narration %.3f (%d) copied %.3f restated %d of %d coverage %.2f order %.2f", a, b, e.containment, e.narration,
                      e.narrationShared, e.copied, e.restated, e.sentences, e.coverage, e.order);
            }
        }
        QCOMPARE(result.families.size(), 1);
        QCOMPARE(result.families.front().articles, (QList<int>{1, 2, 4}));
        QVERIFY(result.families.front().shared > 0);
    }
};

QTEST_GUILESS_MAIN(TestFamilies)
#include "tst_families.moc"
