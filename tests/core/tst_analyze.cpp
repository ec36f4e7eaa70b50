// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// StoryAnalyzer end to end (import, store, engines, reuse of stored results, progress,
// cancel, errors) and the analysis JSON validated against core/analysis/analysis.schema.json.

#include "core/analysis/analysisjson.h"
#include "core/analysis/demostory.h"
#include "core/analysis/storyanalyzer.h"
#include "core/align/storyaligner.h"
#include "core/numbers/numberanalyzer.h"
#include "core/quotes/quoteanalyzer.h"
#include "core/store/library.h"
#include "core/store/resultstore.h"
#include "importfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

namespace {

// A small JSON Schema checker for the keywords our schema uses: type (incl. arrays of
// types), required, properties, items, enum, minimum, maximum, $ref into #/$defs.
// Returns the problems found, each with its JSON path.
struct SchemaChecker {
    QJsonObject root;
    QStringList problems;

    static QString typeOf(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return u"null"_s;
        case QJsonValue::Bool: return u"boolean"_s;
        case QJsonValue::Double: return v.toDouble() == double(qint64(v.toDouble())) ? u"integer"_s : u"number"_s;
        case QJsonValue::String: return u"string"_s;
        case QJsonValue::Array: return u"array"_s;
        case QJsonValue::Object: return u"object"_s;
        default: return u"undefined"_s;
        }
    }

    void check(const QJsonValue &value, QJsonObject schema, const QString &path)
    {
        if (schema.contains(u"$ref"_s)) {
            const QString ref = schema.value(u"$ref"_s).toString();
            schema = root.value(u"$defs"_s).toObject().value(ref.section(u'/', -1)).toObject();
            if (schema.isEmpty()) {
                problems << path + u": unknown $ref "_s + ref;
                return;
            }
        }
        const QString type = typeOf(value);
        if (schema.contains(u"type"_s)) {
            QStringList allowed;
            const QJsonValue t = schema.value(u"type"_s);
            if (t.isArray()) {
                for (const QJsonValue &x : t.toArray())
                    allowed << x.toString();
            } else {
                allowed << t.toString();
            }
            const bool ok = allowed.contains(type) || (type == u"integer" && allowed.contains(u"number"_s));
            if (!ok) {
                problems << u"%1: %2 is not %3"_s.arg(path, type, allowed.join(u'|'));
                return;
            }
        }
        if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
            problems << u"%1: %2 not in enum"_s.arg(path, value.toVariant().toString());
        if (value.isDouble()) {
            if (schema.contains(u"minimum"_s) && value.toDouble() < schema.value(u"minimum"_s).toDouble())
                problems << path + u": below minimum"_s;
            if (schema.contains(u"maximum"_s) && value.toDouble() > schema.value(u"maximum"_s).toDouble())
                problems << path + u": above maximum"_s;
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &key : schema.value(u"required"_s).toArray()) {
                if (!object.contains(key.toString()))
                    problems << path + u": missing "_s + key.toString();
            }
            const QJsonObject properties = schema.value(u"properties"_s).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key()))
                    check(it.value(), properties.value(it.key()).toObject(), path + u'.' + it.key());
                else if (!properties.isEmpty())
                    problems << path + u": undocumented key "_s + it.key();
            }
        }
        if (value.isArray() && schema.contains(u"items"_s)) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                check(array[i], schema.value(u"items"_s).toObject(), path + u"[%1]"_s.arg(i));
        }
    }
};

QStringList validate(const QJsonObject &json)
{
    QFile f(QStringLiteral(SYNOPTIC_SOURCE_DIR "/core/analysis/analysis.schema.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {u"cannot read the schema"_s};
    SchemaChecker checker;
    checker.root = QJsonDocument::fromJson(f.readAll()).object();
    if (checker.root.isEmpty())
        return {u"the schema is not valid JSON"_s};
    checker.check(json, checker.root, u"$"_s);
    return checker.problems;
}

// A hand-made analysis that fills every part of the JSON (the engines may still be stubs).
StoryAnalysis fullAnalysis()
{
    StoryAnalysis s;
    s.folder = u"/stories/harbour"_s;
    s.title = u"Lighthouse to close"_s;
    for (int i = 0; i < 2; ++i) {
        Article a;
        a.file = u"%1.txt"_s.arg(i);
        a.outlet = u"Outlet %1"_s.arg(i);
        a.format = u"txt"_s;
        a.encoding = u"UTF-8"_s;
        Paragraph p0{0, ParagraphRole::Headline, false, u"Lighthouse to close"_s, 0, 19};
        Paragraph p1{1, ParagraphRole::Body, i == 1, u"\U0001F6A2 Ships: \u201CWe need the light,\u201D said a skipper."_s, 21, 70};
        a.paragraphs = {p0, p1};
        s.articles.append(a);
    }
    s.skipped = {SkippedFile{u"x.pdf"_s, u"Not an article file."_s}};
    s.alignment.rows = {AlignmentRow{1, {{0, 1, 0.9, false}, {1, 1, 0.9, true}}}};
    s.alignment.unaligned = {{1, 0}};
    s.families = {Family{{0, 1}, -1, 0.6}};
    s.variants = {SpellingVariant{{u"Portmere"_s, u"Port Mere"_s}, SpellingVariant::State::Detected},
                  SpellingVariant{{u"a"_s, u"b"_s}, SpellingVariant::State::Rejected}};
    QuoteCluster q;
    q.id = 1;
    q.text = u"We need the light,"_s;
    const QString &text = s.articles[0].paragraphs[1].text;
    const qsizetype start = text.indexOf(u'\u201C');
    const qsizetype end = text.indexOf(u'\u201D') + 1;
    QuoteOccurrence occurrence;
    occurrence.article = 0;
    occurrence.paragraph = 1;
    occurrence.start = start;
    occurrence.end = end;
    occurrence.text = u"We need the light,"_s;
    QuoteOccurrence recovered = occurrence;
    recovered.article = 1;
    recovered.recovered = true;
    q.occurrences = {occurrence, recovered};
    s.quotes = {q};
    NumberGroup agreed;
    agreed.id = 2;
    agreed.subject = u"ships"_s;
    agreed.status = NumberStatus::Agreed;
    NumberGroup disputed;
    disputed.id = 1;
    disputed.subject = u"injured"_s;
    disputed.status = NumberStatus::Disputed;
    NumberMention m;
    m.article = 1;
    m.paragraph = 1;
    m.start = 3;
    m.end = 8;
    m.text = u"Ships"_s;
    m.value = 100;
    m.low = 101;
    m.qualifier = u"more than"_s;
    disputed.mentions = {m};
    s.numbers = {agreed, disputed};
    return s;
}

} // namespace

class TestAnalyze : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString makeStory()
    {
        const QString story = m_dir.filePath(u"story%1"_s.arg(++m_counter));
        for (int i = 1; i <= 3; ++i)
            writeFile(story + u"/%1.txt"_s.arg(i), fixtureArticle(i).toUtf8());
        writeFile(story + u"/readme.pdf"_s, "%PDF");
        return story;
    }
    QString newDb() { return m_dir.filePath(u"lib%1.sqlite"_s.arg(++m_counter)); }

private Q_SLOTS:
    void analyzeStory()
    {
        const QString story = makeStory();
        const StoryAnalyzer analyzer(newDb());
        QList<AnalyzeProgress> reports;
        const AnalyzeOutcome outcome = analyzer.analyze(story, [&](const AnalyzeProgress &p) { reports.append(p); });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.analysis.articles.size(), 3);
        QCOMPARE(outcome.analysis.articles[0].file, u"1.txt"_s);
        QCOMPARE(outcome.analysis.skipped.size(), 1);
        QVERIFY(outcome.bytesRead > 0);
        QVERIFY(!outcome.reusedResults);
        // The stub engines leave every body paragraph unaligned; the real ones replace them.
        QVERIFY(!outcome.analysis.alignment.unaligned.isEmpty() || !outcome.analysis.alignment.rows.isEmpty());
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.last().percent, 100);
        QStringList stages;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (i > 0)
                QVERIFY(reports[i].percent >= reports[i - 1].percent);
            if (!stages.contains(reports[i].stage))
                stages << reports[i].stage;
        }
        QVERIFY(stages.contains(u"Reading files"_s));
        QVERIFY(stages.contains(u"Aligning paragraphs"_s));

        const QStringList problems = validate(AnalysisJson::toJson(outcome.analysis));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void storedResultsReusedUntilInputsChange()
    {
        const QString story = makeStory();
        const StoryAnalyzer analyzer(newDb());
        QVERIFY(analyzer.analyze(story).ok);
        const AnalyzeOutcome second = analyzer.analyze(story);
        QVERIFY(second.ok);
        QVERIFY(second.reusedResults);
        QVERIFY(writeFile(story + u"/2.txt"_s, fixtureArticle(9).toUtf8()));
        const AnalyzeOutcome third = analyzer.analyze(story);
        QVERIFY(third.ok);
        QVERIFY(!third.reusedResults);
        QVERIFY(third.analysis.articles[1].cleanText.contains(u"story 9"_s));
    }

    // The stored hashes chain each engine's version (declared beside the engine) with its
    // inputs: results stored by an older version of one engine are recomputed, the others reused.
    void engineVersionInStoredHash()
    {
        const QString story = makeStory();
        const QString db = newDb();
        const StoryAnalyzer analyzer(db);
        const AnalyzeOutcome first = analyzer.analyze(story);
        QVERIFY2(first.ok, qPrintable(first.error));
        const StoryAnalyzer::EngineHashes hashes = StoryAnalyzer::engineHashes(StoryAnalyzer::articlesHash(first.analysis.articles));
        QVERIFY(hashes.align != hashes.quotes && hashes.quotes != hashes.numbers && hashes.align != hashes.numbers);
        {
            Library library(db);
            ResultStore store(library);
            QCOMPARE(store.inputHash(story, u"align"_s), hashes.align);
            QCOMPARE(store.inputHash(story, u"quotes"_s), hashes.quotes);
            QCOMPARE(store.inputHash(story, u"numbers"_s), hashes.numbers);
            // As if an older quote engine had stored these results.
            QSqlQuery q(library.database());
            QVERIFY(q.exec(u"UPDATE engine_runs SET input_hash = x'00' WHERE engine = 'quotes'"_s));
        }
        const AnalyzeOutcome second = analyzer.analyze(story);
        QVERIFY(second.ok);
        QVERIFY(!second.reusedResults);
        Library library(db);
        QCOMPARE(ResultStore(library).inputHash(story, u"quotes"_s), hashes.quotes);
        QVERIFY(analyzer.analyze(story).reusedResults);
        QVERIFY(StoryAligner::version() != QuoteAnalyzer::version());
        QVERIFY(QuoteAnalyzer::version() != NumberAnalyzer::version());
    }

    // The user's verdict on a spelling variant is an input of the aligner: rejecting one
    // recomputes the alignment without that equivalence and reports it as rejected; taking the
    // verdict back restores the detected state.
    void variantDecisionsReachTheAligner()
    {
        const QString story = QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo");
        const QString db = newDb();
        const StoryAnalyzer analyzer(db);
        const AnalyzeOutcome first = analyzer.analyze(story);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(!first.analysis.variants.isEmpty());
        const SpellingVariant detected = first.analysis.variants.front();
        QCOMPARE(detected.state, SpellingVariant::State::Detected);
        auto stateOf = [&](const AnalyzeOutcome &outcome) {
            for (const SpellingVariant &v : outcome.analysis.variants) {
                if (v.forms.contains(detected.forms.front()))
                    return v.state;
            }
            return SpellingVariant::State::Detected;
        };
        {
            Library library(db);
            // Forms in another order and case name the same variant.
            QStringList forms = detected.forms;
            std::reverse(forms.begin(), forms.end());
            forms.front() = forms.front().toUpper();
            QVERIFY2(library.setVariantDecision(story, forms, SpellingVariant::State::Rejected), qPrintable(library.error()));
        }
        const AnalyzeOutcome rejected = analyzer.analyze(story);
        QVERIFY(rejected.ok);
        QVERIFY(!rejected.reusedResults);
        QCOMPARE(stateOf(rejected), SpellingVariant::State::Rejected);
        QVERIFY(analyzer.analyze(story).reusedResults);
        {
            Library library(db);
            QVERIFY(library.setVariantDecision(story, detected.forms, SpellingVariant::State::Detected));
            QVERIFY(library.variantDecisions(story).isEmpty());
        }
        const AnalyzeOutcome forgotten = analyzer.analyze(story);
        QVERIFY(!forgotten.reusedResults);
        QCOMPARE(stateOf(forgotten), SpellingVariant::State::Detected);
        QCOMPARE(forgotten.analysis.alignment.rows.size(), first.analysis.alignment.rows.size());
    }

    void cancelKeepsPreviousState_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::newRow("while-reading") << u"Reading files"_s;
        QTest::newRow("while-saving") << u"Saving to the library"_s;
    }

    void cancelKeepsPreviousState()
    {
        QFETCH(QString, stage);
        const QString story = makeStory();
        const QString db = newDb();
        const StoryAnalyzer analyzer(db);
        QVERIFY(analyzer.analyze(story).ok);
        QString before;
        {
            Library library(db);
            for (const Article &a : library.loadStory(story).articles)
                before += a.cleanText;
        }
        for (int i = 1; i <= 3; ++i)
            QVERIFY(writeFile(story + u"/%1.txt"_s.arg(i), fixtureArticle(30 + i).toUtf8()));
        bool cancel = false;
        const AnalyzeOutcome outcome = analyzer.analyze(
            story, [&](const AnalyzeProgress &p) { cancel = cancel || p.stage == stage; }, [&] { return cancel; });
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.ok);
        Library library(db);
        QString after;
        for (const Article &a : library.loadStory(story).articles)
            after += a.cleanText;
        QCOMPARE(after, before);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("nothingImportable");
        QTest::newRow("missing-folder") << u"missing"_s << false;
        QTest::newRow("no-articles") << u"empty"_s << true;
        QTest::newRow("only-skipped-files") << u"skipped"_s << true;
        QTest::newRow("library-unwritable") << u"library"_s << false;
    }

    void errors()
    {
        QFETCH(QString, kind);
        QFETCH(bool, nothingImportable);
        QString folder = m_dir.filePath(u"errors%1"_s.arg(++m_counter));
        QString db = newDb();
        QDir().mkpath(folder);
        if (kind == u"missing")
            folder += u"/nope"_s;
        else if (kind == u"skipped")
            QVERIFY(writeFile(folder + u"/empty.txt"_s, {}));
        else if (kind == u"library")
            db = folder; // a folder is not a database file
        const AnalyzeOutcome outcome = StoryAnalyzer(db).analyze(folder);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.nothingImportable, nothingImportable);
        QVERIFY2(outcome.error.contains(QDir::toNativeSeparators(folder)), qPrintable(outcome.error));
    }

    void title_data()
    {
        QTest::addColumn<QStringList>("headlines");
        QTest::addColumn<QString>("title");
        QTest::newRow("most-common") << QStringList{u"A"_s, u"B"_s, u"B"_s} << u"B"_s;
        QTest::newRow("tie-first") << QStringList{u"A"_s, u"B"_s} << u"A"_s;
        QTest::newRow("none-folder-name") << QStringList{QString(), QString()} << u"harbour-story"_s;
    }

    void title()
    {
        QFETCH(QStringList, headlines);
        QList<Article> articles;
        for (const QString &h : std::as_const(headlines)) {
            Article a;
            a.headline = h;
            articles.append(a);
        }
        QTEST(StoryAnalyzer::storyTitle(articles, u"/x/harbour-story"_s), "title");
    }

    void jsonFull()
    {
        const StoryAnalysis analysis = fullAnalysis();
        const QJsonObject json = AnalysisJson::toJson(analysis);
        const QStringList problems = validate(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QCOMPARE(json[u"synoptic"_s][u"schema"_s].toInt(), 1);
        QCOMPARE(json[u"story"_s][u"articles"_s].toInt(), 2);
        const QJsonArray articles = json[u"articles"_s].toArray();
        QCOMPARE(articles[1][u"id"_s].toInt(), 2);
        QVERIFY(articles[0][u"byline"_s].isNull());
        QCOMPARE(articles[1][u"paragraphs"_s][1][u"roleOverridden"_s].toBool(), true);
        QCOMPARE(json[u"alignment"_s][u"rows"_s][0][u"members"_s][1][u"article"_s].toInt(), 2);
        // The flags are written only when set.
        QCOMPARE(json[u"alignment"_s][u"rows"_s][0][u"members"_s][1][u"merged"_s].toBool(), true);
        QVERIFY(!json[u"alignment"_s][u"rows"_s][0][u"members"_s][0].toObject().contains(u"merged"_s));
        QVERIFY(!json[u"quotes"_s][0][u"occurrences"_s][0].toObject().contains(u"recovered"_s));
        QCOMPARE(json[u"quotes"_s][0][u"occurrences"_s][1][u"recovered"_s].toBool(), true);
        QCOMPARE(json[u"alignment"_s][u"unaligned"_s][0][u"article"_s].toInt(), 2);
        QVERIFY(json[u"families"_s][0][u"source"_s].isNull());
        QCOMPARE(json[u"families"_s][0][u"articles"_s].toArray(), (QJsonArray{1, 2}));
        QCOMPARE(json[u"variants"_s].toArray().size(), 1); // rejected variant left out

        // Quote offsets in code points: the ship emoji is two UTF-16 units but one code point.
        const QJsonObject occurrence = json[u"quotes"_s][0][u"occurrences"_s][0].toObject();
        const QString text = articles[0][u"paragraphs"_s][1][u"text"_s].toString();
        const QList<uint> points = text.toUcs4();
        const int start = occurrence[u"start"_s].toInt();
        const int end = occurrence[u"end"_s].toInt();
        QCOMPARE(points[start], uint(0x201C));
        QCOMPARE(points[end - 1], uint(0x201D));

        // Disputed first even though the engine listed it second; unbounded high is null.
        const QJsonArray numbers = json[u"numbers"_s].toArray();
        QCOMPARE(numbers[0][u"status"_s].toString(), u"disputed"_s);
        const QJsonObject mention = numbers[0][u"mentions"_s][0].toObject();
        QCOMPARE(mention[u"low"_s].toDouble(), 101.0);
        QVERIFY(mention[u"high"_s].isNull());
        QCOMPARE(mention[u"start"_s].toInt(), 2); // UTF-16 3 after the emoji
    }

    // The checker itself must reject what the schema forbids, or the validations above prove nothing.
    void schemaCheckerRejects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("wrong-type") << u"story"_s << QJsonValue(u"not an object"_s);
        QTest::newRow("bad-role") << u"role"_s << QJsonValue(u"sidebar"_s);
        QTest::newRow("zero-article-id") << u"id"_s << QJsonValue(0);
        QTest::newRow("undocumented-key") << u"extra"_s << QJsonValue(1);
        QTest::newRow("missing-key") << u"skipped"_s << QJsonValue();
        QTest::newRow("merged-false") << u"merged"_s << QJsonValue(false);
    }

    void schemaCheckerRejects()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject json = AnalysisJson::toJson(fullAnalysis());
        if (path == u"merged") {
            QJsonObject alignment = json[u"alignment"_s].toObject();
            QJsonArray rows = alignment[u"rows"_s].toArray();
            QJsonObject row = rows[0].toObject();
            QJsonArray members = row[u"members"_s].toArray();
            QJsonObject member = members[0].toObject();
            member[u"merged"_s] = value;
            members[0] = member;
            row[u"members"_s] = members;
            rows[0] = row;
            alignment[u"rows"_s] = rows;
            json[u"alignment"_s] = alignment;
        } else if (path == u"role" || path == u"id") {
            QJsonArray articles = json[u"articles"_s].toArray();
            QJsonObject article = articles[0].toObject();
            if (path == u"id") {
                article[u"id"_s] = value;
            } else {
                QJsonArray paragraphs = article[u"paragraphs"_s].toArray();
                QJsonObject p = paragraphs[0].toObject();
                p[u"role"_s] = value;
                paragraphs[0] = p;
                article[u"paragraphs"_s] = paragraphs;
            }
            articles[0] = article;
            json[u"articles"_s] = articles;
        } else if (value.isUndefined() || value.isNull()) {
            json.remove(path);
        } else {
            json[path] = value;
        }
        QVERIFY(!validate(json).isEmpty());
    }

    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("points");
        QTest::newRow("ascii") << u"abc"_s << 2 << 2;
        QTest::newRow("after-emoji") << u"\U0001F6A2ab"_s << 3 << 2;
        QTest::newRow("two-emoji") << u"\U0001F6A2\U0001F6A2x"_s << 5 << 3;
        QTest::newRow("combining-mark-counts") << u"e\u0301x"_s << 2 << 2;
        QTest::newRow("clamped") << u"ab"_s << 10 << 2;
    }

    void codePoints()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, points);
        QCOMPARE(AnalysisJson::codePointOffset(text, utf16), qsizetype(points));
    }

    void demoStoryValidates()
    {
        const QString demo = demoStoryFolder();
        if (demo.isEmpty() || QDir(demo).entryList(QDir::Files).isEmpty())
            QSKIP("The demo story (resources/demo) is not there yet.");
        const AnalyzeOutcome outcome = StoryAnalyzer(newDb()).analyze(demo);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QStringList problems = validate(AnalysisJson::toJson(outcome.analysis));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void seedCorpusValidates()
    {
        const QString seeds = QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04");
        if (!QDir(seeds).exists())
            QSKIP("The seed corpus is not present.");
        const AnalyzeOutcome outcome = StoryAnalyzer(newDb()).analyze(seeds);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.analysis.articles.size(), 5);
        const QStringList problems = validate(AnalysisJson::toJson(outcome.analysis));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestAnalyze)
#include "tst_analyze.moc"
