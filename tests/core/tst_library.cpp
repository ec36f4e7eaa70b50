// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SQLite library: schema and migrations (including opening a version 1 or 2 database),
// import round trip, incremental re-open, one transaction per import (cancelled, failing
// and killed imports leave the previous state), user edits surviving re-import, FTS5
// search, engine results with input hashes, one connection per thread.

#include "core/import/folderimporter.h"
#include "core/store/library.h"
#include "core/store/resultstore.h"
#include "importfixtures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/wait.h>
#include <unistd.h>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

namespace {

QStringList files(const StoryAnalysis &story)
{
    QStringList out;
    for (const Article &a : story.articles)
        out.append(a.file);
    return out;
}

QString snapshot(const StoryAnalysis &story)
{
    QString out;
    for (const Article &a : story.articles) {
        out += a.file + u'|' + a.outlet + u'|' + QString::fromLatin1(a.contentHash.toHex()) + u'\n';
        for (const Paragraph &p : a.paragraphs)
            out += u"  %1 %2 %3-%4 %5\n"_s.arg(p.index).arg(roleName(p.role)).arg(p.start).arg(p.end).arg(p.text);
    }
    for (const SkippedFile &s : story.skipped)
        out += u"skipped "_s + s.file + u": "_s + s.reason + u'\n';
    return out;
}

bool importInto(Library &library, const QString &folder)
{
    const FolderImport import = FolderImporter::import(folder, library.importInputs(folder));
    return library.saveImport(folder, import);
}

int tableCount(const Library &library, const QString &name)
{
    QSqlQuery q(library.database());
    q.prepare(u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_story;
    int m_counter = 0;

    QString newDb() { return m_dir.filePath(u"lib%1.sqlite"_s.arg(++m_counter)); }

private Q_SLOTS:
    void init()
    {
        m_story = m_dir.filePath(u"story%1"_s.arg(++m_counter));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(writeFile(m_story + u"/%1.txt"_s.arg(QChar(u'a' + i - 1)), fixtureArticle(i).toUtf8()));
        QVERIFY(writeFile(m_story + u"/notes.pdf"_s, "%PDF"));
    }

    void schema()
    {
        Library library(newDb());
        QVERIFY2(library.isOpen(), qPrintable(library.error()));
        QCOMPARE(library.userVersion(), Library::schemaVersion);
        QSqlQuery q(library.database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(tableCount(library, u"paragraphs_fts"_s), 1);
        QCOMPARE(tableCount(library, u"number_mentions"_s), 1);
    }

    void migrationFromVersion1()
    {
        const QString path = newDb();
        QString before;
        {
            Library v1(path, 1);
            QVERIFY(v1.isOpen());
            QCOMPARE(v1.userVersion(), 1);
            QCOMPARE(tableCount(v1, u"engine_runs"_s), 0);
            QVERIFY(importInto(v1, m_story));
            before = snapshot(v1.loadStory(m_story));
        }
        Library latest(path);
        QVERIFY2(latest.isOpen(), qPrintable(latest.error()));
        QCOMPARE(latest.userVersion(), Library::schemaVersion);
        QCOMPARE(tableCount(latest, u"engine_runs"_s), 1);
        QCOMPARE(snapshot(latest.loadStory(m_story)), before);
    }

    // 3 adds columns to tables of 2: stored results keep their rows and read the new
    // flags as false, so an old library opens without recomputing anything by itself.
    void migrationFromVersion2()
    {
        const QString path = newDb();
        {
            Library v2(path, 2);
            QVERIFY(v2.isOpen());
            QCOMPARE(v2.userVersion(), 2);
            QVERIFY(importInto(v2, m_story));
            QSqlQuery q(v2.database());
            QVERIFY(q.exec(u"PRAGMA table_info(alignment_members)"_s));
            while (q.next())
                QVERIFY(q.value(1).toString() != u"merged");
            const qint64 story = v2.storyId(m_story);
            QVERIFY(q.exec(u"INSERT INTO engine_runs (story_id, engine, input_hash) VALUES (%1, 'align', 'h1')"_s.arg(story)));
            QVERIFY(q.exec(u"INSERT INTO alignment_rows (story_id, position, row_id) VALUES (%1, 0, 1)"_s.arg(story)));
            const qint64 row = q.lastInsertId().toLongLong();
            QVERIFY(q.exec(u"INSERT INTO alignment_members (row_ref, position, article, paragraph, score)"
                           " VALUES (%1, 0, 0, 2, 0.5), (%1, 1, 1, 3, 0.25)"_s.arg(row)));
            QVERIFY(q.exec(u"INSERT INTO engine_runs (story_id, engine, input_hash) VALUES (%1, 'quotes', 'h2')"_s.arg(story)));
            QVERIFY(q.exec(u"INSERT INTO quote_clusters (story_id, position, cluster_id, text, speaker, paraphrased_in)"
                           " VALUES (%1, 0, 1, 'We sail', '', '[]')"_s.arg(story)));
            const qint64 cluster = q.lastInsertId().toLongLong();
            QVERIFY(q.exec(u"INSERT INTO quote_occurrences (cluster_ref, position, article, paragraph, start, \"end\", text,"
                           " speaker, fragment, continuation) VALUES (%1, 0, 2, 1, 4, 12, 'We sail', '', 0, '[]')"_s.arg(cluster)));
        }
        Library latest(path);
        QVERIFY2(latest.isOpen(), qPrintable(latest.error()));
        QCOMPARE(latest.userVersion(), Library::schemaVersion);
        ResultStore store(latest);
        const auto align = store.loadAlignment(m_story, "h1");
        QVERIFY(align);
        QCOMPARE(align->alignment.rows.size(), 1);
        QCOMPARE(align->alignment.rows[0].members.size(), 2);
        QCOMPARE(align->alignment.rows[0].members[1].paragraph, 3);
        QCOMPARE(align->alignment.rows[0].members[0].merged, false);
        QCOMPARE(align->alignment.rows[0].members[1].merged, false);
        const auto quotes = store.loadQuotes(m_story, "h2");
        QVERIFY(quotes);
        QCOMPARE(quotes->size(), 1);
        QCOMPARE(quotes->first().occurrences.size(), 1);
        QCOMPARE(quotes->first().occurrences.first().end, 12);
        QCOMPARE(quotes->first().occurrences.first().recovered, false);
    }

    void newerSchemaRefused()
    {
        const QString path = newDb();
        {
            Library library(path);
            QSqlQuery q(library.database());
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        Library library(path);
        QVERIFY(!library.isOpen());
        QVERIFY2(library.error().contains(u"newer"_s), qPrintable(library.error()));
    }

    void roundTrip()
    {
        Library library(newDb());
        const FolderImport import = FolderImporter::import(m_story);
        QVERIFY(library.saveImport(m_story, import));
        const StoryAnalysis story = library.loadStory(m_story);
        QCOMPARE(files(story), (QStringList{u"a.txt"_s, u"b.txt"_s, u"c.txt"_s}));
        QCOMPARE(story.skipped.size(), 1);
        QCOMPARE(story.skipped.first().file, u"notes.pdf"_s);
        for (qsizetype i = 0; i < story.articles.size(); ++i) {
            const Article &stored = story.articles[i];
            const Article &read = import.changed[i];
            QCOMPARE(stored.contentHash, read.contentHash);
            QCOMPARE(stored.headline, read.headline);
            QCOMPARE(stored.cleanText, read.cleanText);
            QCOMPARE(stored.paragraphs.size(), read.paragraphs.size());
            for (const Paragraph &p : stored.paragraphs)
                QCOMPARE(stored.cleanText.mid(p.start, p.end - p.start), p.text);
        }
    }

    void incrementalReopen()
    {
        Library library(newDb());
        QVERIFY(importInto(library, m_story));
        QVERIFY(writeFile(m_story + u"/b.txt"_s, fixtureArticle(7).toUtf8()));
        QVERIFY(QFile::remove(m_story + u"/c.txt"_s));
        QVERIFY(writeFile(m_story + u"/d.txt"_s, fixtureArticle(8).toUtf8()));
        const FolderImport import = FolderImporter::import(m_story, library.importInputs(m_story));
        QCOMPARE(import.unchanged, QStringList{u"a.txt"_s}); // a is not parsed again
        QCOMPARE(import.changed.size(), 2);
        QVERIFY(library.saveImport(m_story, import));
        const StoryAnalysis story = library.loadStory(m_story);
        QCOMPARE(files(story), (QStringList{u"a.txt"_s, u"b.txt"_s, u"d.txt"_s}));
        QVERIFY(story.articles[1].cleanText.contains(u"story 7"_s));
        QVERIFY(story.articles[0].cleanText.contains(u"story 1"_s));
    }

    void cancelledImportKeepsPreviousState()
    {
        Library library(newDb());
        QVERIFY(importInto(library, m_story));
        const QString before = snapshot(library.loadStory(m_story));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(writeFile(m_story + u"/%1.txt"_s.arg(QChar(u'a' + i - 1)), fixtureArticle(10 + i).toUtf8()));
        const FolderImport import = FolderImporter::import(m_story, library.importInputs(m_story));
        QCOMPARE(import.changed.size(), 3);
        int written = 0;
        QVERIFY(!library.saveImport(m_story, import, [&] { return ++written == 2; }));
        QCOMPARE(snapshot(library.loadStory(m_story)), before);
        QVERIFY(library.isOpen()); // a cancel is not a library error
    }

    void failingImportKeepsPreviousState()
    {
        Library library(newDb());
        QVERIFY(importInto(library, m_story));
        const QString before = snapshot(library.loadStory(m_story));
        FolderImport import = FolderImporter::import(m_story); // everything "changed"
        import.changed.append(import.changed.first()); // the same file twice: fails mid-way
        QVERIFY(!library.saveImport(m_story, import));
        QVERIFY(!library.error().isEmpty());
        Library reopened(library.path());
        QCOMPARE(snapshot(reopened.loadStory(m_story)), before);
    }

    // A process killed in the middle of an import (no commit, no rollback, no destructor):
    // the database still holds the previous import.
    void killedImportKeepsPreviousState()
    {
        const QString path = newDb();
        QString before;
        {
            Library library(path);
            QVERIFY(importInto(library, m_story));
            before = snapshot(library.loadStory(m_story));
        }
        for (int i = 1; i <= 3; ++i)
            QVERIFY(writeFile(m_story + u"/%1.txt"_s.arg(QChar(u'a' + i - 1)), fixtureArticle(20 + i).toUtf8()));
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            Library library(path);
            const FolderImport import = FolderImporter::import(m_story, library.importInputs(m_story));
            int written = 0;
            (void)library.saveImport(m_story, import, [&] {
                if (++written == 2)
                    _exit(0); // dies with the transaction open
                return false;
            });
            _exit(1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        Library library(path);
        QVERIFY(library.isOpen());
        QCOMPARE(snapshot(library.loadStory(m_story)), before);
        QSqlQuery q(library.database());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }

    void userEditsSurviveReimport()
    {
        Library library(newDb());
        QVERIFY(importInto(library, m_story));
        StoryAnalysis story = library.loadStory(m_story);
        const QString outlet = story.articles[0].outlet;
        const QString overriddenText = story.articles[0].paragraphs[2].text;
        QVERIFY(library.renameOutlet(outlet, u"Renamed Gazette"_s));
        QVERIFY(library.setRoleOverride(m_story, u"a.txt"_s, 2, ParagraphRole::Boilerplate));
        // The file changes: a new paragraph at the top moves the overridden one down.
        QVERIFY(writeFile(m_story + u"/a.txt"_s,
                          (u"An editor's note was added above the story at the request of the council.\n\n"_s + fixtureArticle(1))
                              .toUtf8()));
        QVERIFY(importInto(library, m_story));
        story = library.loadStory(m_story);
        QCOMPARE(story.articles[0].outlet, u"Renamed Gazette"_s);
        bool found = false;
        for (const Paragraph &p : story.articles[0].paragraphs) {
            if (p.text == overriddenText) {
                found = true;
                QCOMPARE(p.role, ParagraphRole::Boilerplate);
                QVERIFY(p.roleOverridden);
            } else {
                QVERIFY(!p.roleOverridden);
            }
        }
        QVERIFY(found);
        QVERIFY(library.clearRoleOverride(m_story, u"a.txt"_s, 3));
        QVERIFY(!library.loadStory(m_story).articles[0].paragraphs[3].roleOverridden);
    }

    void variantDecisions()
    {
        Library library(newDb());
        QVERIFY(importInto(library, m_story));
        QVERIFY(library.variantDecisions(m_story).isEmpty());
        QVERIFY(library.setVariantDecision(m_story, {u"Kiev"_s, u"Kyiv"_s}, SpellingVariant::State::Confirmed));
        QVERIFY(library.setVariantDecision(m_story, {u"Harbor"_s, u"Harbour"_s}, SpellingVariant::State::Confirmed));
        // The same pair in another order and case: the verdict is replaced, not added.
        QVERIFY(library.setVariantDecision(m_story, {u"HARBOUR"_s, u"harbor"_s}, SpellingVariant::State::Rejected));
        QList<SpellingVariant> decisions = library.variantDecisions(m_story);
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions[0].forms, (QStringList{u"HARBOUR"_s, u"harbor"_s}));
        QCOMPARE(decisions[0].state, SpellingVariant::State::Rejected);
        QCOMPARE(decisions[1].forms, (QStringList{u"Kiev"_s, u"Kyiv"_s}));
        QCOMPARE(decisions[1].state, SpellingVariant::State::Confirmed);
        // Verdicts survive a re-import; Detected forgets one.
        QVERIFY(importInto(library, m_story));
        QCOMPARE(library.variantDecisions(m_story).size(), 2);
        QVERIFY(library.setVariantDecision(m_story, {u"kyiv"_s, u"kiev"_s}, SpellingVariant::State::Detected));
        QCOMPARE(library.variantDecisions(m_story).size(), 1);
        // Nothing to decide on: an unknown story, a single form.
        QVERIFY(!library.setVariantDecision(m_dir.filePath(u"nowhere"_s), {u"a"_s, u"b"_s}, SpellingVariant::State::Confirmed));
        QVERIFY(library.error().contains(u"nowhere"_s));
        QVERIFY(!library.setVariantDecision(m_story, {u"Kyiv"_s}, SpellingVariant::State::Confirmed));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("minHits");
        QTest::addColumn<QString>("highlighted");
        QTest::newRow("word") << u"lighthouse"_s << 3 << u"lighthouse"_s;
        QTest::newRow("two-words") << u"floating beacon"_s << 3 << u"floating"_s;
        QTest::newRow("case-and-diacritics") << u"FISHERMÉN"_s << 3 << u"Fishermen"_s;
        QTest::newRow("fts-syntax-is-literal") << u"NEAR( \"AND OR* -"_s << 0 << QString();
        QTest::newRow("nothing") << u"zeppelin"_s << 0 << QString();
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(int, minHits);
        QFETCH(QString, highlighted);
        Library library(newDb());
        QVERIFY(importInto(library, m_story));
        const QList<SearchHit> hits = library.search(query);
        QVERIFY2(hits.size() >= minHits, qPrintable(QString::number(hits.size())));
        if (minHits == 0)
            QVERIFY(hits.isEmpty());
        for (const SearchHit &hit : hits) {
            QVERIFY(!hit.snippet.isEmpty());
            QVERIFY(!hit.highlights.isEmpty());
            const auto [start, end] = hit.highlights.first();
            QCOMPARE(hit.text.mid(start, end - start).toLower(), highlighted.toLower());
        }
    }

    void searchFollowsReimport()
    {
        Library library(newDb());
        QVERIFY(importInto(library, m_story));
        QVERIFY(writeFile(m_story + u"/a.txt"_s, "The zeppelin landed on the village green on Sunday, to the surprise of everyone there.\n"));
        QVERIFY(importInto(library, m_story));
        const QList<SearchHit> hits = library.search(u"zeppelin"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().file, u"a.txt"_s);
        for (const SearchHit &hit : library.search(u"story 1"_s))
            QVERIFY(hit.file != u"a.txt"); // the old text left the index with the old rows
    }

    void resultStore()
    {
        Library library(newDb());
        QVERIFY(importInto(library, m_story));
        ResultStore store(library);
        ResultStore::AlignmentResults align;
        // Article 1's paragraph 2 merged rows 1 and 2: a member of both, flagged in both.
        align.alignment.rows = {AlignmentRow{1, {{0, 1, 0.9, false}, {1, 2, 0.75, true}}},
                                AlignmentRow{2, {{1, 2, 0.6, true}, {2, 1, 1.0, false}}}};
        align.alignment.unaligned = {{0, 3}, {2, 4}};
        align.families = {Family{{0, 2}, 0, 0.5}, Family{{1}, -1, 0.0}};
        align.variants = {SpellingVariant{{u"Portmere"_s, u"Port Mere"_s}, SpellingVariant::State::Confirmed}};
        QuoteCluster quote;
        quote.id = 1;
        quote.text = u"We have sailed by that light"_s;
        QuoteOccurrence occurrence;
        occurrence.article = 0;
        occurrence.paragraph = 3;
        occurrence.start = 1;
        occurrence.end = 30;
        occurrence.text = u"We have sailed"_s;
        occurrence.speaker = u"skipper"_s;
        occurrence.fragment = true;
        occurrence.recovered = true;
        occurrence.continuation = {{4, 0, 10}};
        quote.occurrences = {occurrence};
        quote.paraphrasedIn = {2};
        NumberGroup group;
        group.id = 1;
        group.subject = u"months"_s;
        group.status = NumberStatus::Disputed;
        NumberMention m;
        m.article = 1;
        m.paragraph = 2;
        m.text = u"more than six months"_s;
        m.value = 6;
        m.low = 6.0;
        group.mentions = {m};
        QVERIFY(store.saveAlignment(m_story, "h1", align));
        QVERIFY(store.saveQuotes(m_story, "h2", {quote}));
        QVERIFY(store.saveNumbers(m_story, "h3", {group}));
        QCOMPARE(store.inputHash(m_story, u"align"_s), QByteArray("h1"));
        QVERIFY(!store.loadAlignment(m_story, "other"));
        QVERIFY(!store.loadQuotes(m_story, "h1"));

        const auto loaded = store.loadAlignment(m_story, "h1");
        QVERIFY(loaded);
        QCOMPARE(loaded->alignment.rows.size(), 2);
        QCOMPARE(loaded->alignment.rows[0].members.size(), 2);
        QCOMPARE(loaded->alignment.rows[0].members[1].paragraph, 2);
        QCOMPARE(loaded->alignment.rows[0].members[1].score, 0.75);
        QCOMPARE(loaded->alignment.rows[0].members[0].merged, false);
        QCOMPARE(loaded->alignment.rows[0].members[1].merged, true);
        QCOMPARE(loaded->alignment.rows[1].members[0].merged, true);
        QCOMPARE(loaded->alignment.rows[1].members[1].merged, false);
        QCOMPARE(loaded->alignment.unaligned, align.alignment.unaligned);
        QCOMPARE(loaded->families.size(), 2);
        QCOMPARE(loaded->families[0].articles, (QList<int>{0, 2}));
        QCOMPARE(loaded->families[1].source, -1);
        QCOMPARE(loaded->variants.first().forms, align.variants.first().forms);
        QCOMPARE(loaded->variants.first().state, SpellingVariant::State::Confirmed);

        const auto quotes = store.loadQuotes(m_story, "h2");
        QVERIFY(quotes);
        QCOMPARE(quotes->first().occurrences.first().continuation.first().end, 10);
        QCOMPARE(quotes->first().occurrences.first().fragment, true);
        QCOMPARE(quotes->first().occurrences.first().recovered, true);
        QCOMPARE(quotes->first().paraphrasedIn, QList<int>{2});

        const auto numbers = store.loadNumbers(m_story, "h3");
        QVERIFY(numbers);
        const NumberMention &n = numbers->first().mentions.first();
        QCOMPARE(numbers->first().status, NumberStatus::Disputed);
        QCOMPARE(n.low, std::optional<double>(6.0));
        QVERIFY(!n.high.has_value());

        // Saving again replaces, never accumulates.
        occurrence.recovered = false;
        quote.occurrences = {occurrence};
        QVERIFY(store.saveQuotes(m_story, "h5", {quote}));
        QCOMPARE(store.loadQuotes(m_story, "h5")->first().occurrences.first().recovered, false);
        QVERIFY(store.saveAlignment(m_story, "h4", {}));
        QCOMPARE(store.loadAlignment(m_story, "h4")->alignment.rows.size(), 0);
    }

    void connectionPerThread()
    {
        const QString path = newDb();
        {
            Library library(path);
            QVERIFY(importInto(library, m_story));
        }
        QAtomicInt ok = 0;
        auto reader = [&] {
            for (int i = 0; i < 20; ++i) {
                Library library(path);
                if (library.isOpen() && library.loadStory(m_story).articles.size() == 3)
                    ok.fetchAndAddRelaxed(1);
            }
        };
        std::unique_ptr<QThread> a(QThread::create(reader));
        std::unique_ptr<QThread> b(QThread::create(reader));
        a->start();
        b->start();
        QVERIFY(a->wait(30000));
        QVERIFY(b->wait(30000));
        QCOMPARE(ok.loadRelaxed(), 40);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
