// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/librarymigrations.h"

using namespace Qt::StringLiterals;

namespace Synoptic::Core::LibraryMigrations {

const QList<QStringList> &steps()
{
    static const QList<QStringList> list{
        // 1: stories, articles, paragraphs, full-text index, user edits.
        {
            u"CREATE TABLE stories (id INTEGER PRIMARY KEY, folder TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '',"
            " imported_at TEXT NOT NULL DEFAULT '', importer_version TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE articles (id INTEGER PRIMARY KEY,"
            " story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
            " file TEXT NOT NULL, content_hash BLOB NOT NULL, outlet TEXT NOT NULL DEFAULT '',"
            " outlet_source TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL DEFAULT '', byline TEXT NOT NULL DEFAULT '',"
            " published TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', dateline TEXT NOT NULL DEFAULT '',"
            " format TEXT NOT NULL DEFAULT '', encoding TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'en',"
            " clean_text TEXT NOT NULL DEFAULT '', UNIQUE (story_id, file))"_s,
            u"CREATE TABLE paragraphs (id INTEGER PRIMARY KEY,"
            " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL, text_key BLOB NOT NULL,"
            " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, UNIQUE (article_id, position))"_s,
            u"CREATE TABLE skipped_files (story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
            " file TEXT NOT NULL, reason TEXT NOT NULL)"_s,
            // Renames apply to every story with that outlet name, across re-imports.
            u"CREATE TABLE outlet_renames (original TEXT PRIMARY KEY, renamed TEXT NOT NULL)"_s,
            // Keyed by the paragraph's text so an override follows the paragraph when the
            // file changes around it.
            u"CREATE TABLE role_overrides (story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
            " file TEXT NOT NULL, text_key BLOB NOT NULL, role TEXT NOT NULL, PRIMARY KEY (story_id, file, text_key))"_s,
            u"CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, content='paragraphs', content_rowid='id',"
            " tokenize='unicode61 remove_diacritics 2')"_s,
            u"CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN"
            " INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text); END"_s,
            u"CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN"
            " INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text); END"_s,
            u"CREATE TRIGGER paragraphs_au AFTER UPDATE OF text ON paragraphs BEGIN"
            " INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);"
            " INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text); END"_s,
            u"CREATE INDEX paragraphs_article ON paragraphs(article_id)"_s,
        },
        // 2: the engines' results (value types of core/model), with the hash of their inputs.
        // Article references are indexes into the story's articles sorted by file, valid for
        // the input hash they were computed from.
        {
            u"CREATE TABLE engine_runs (story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
            " engine TEXT NOT NULL, input_hash BLOB NOT NULL, computed_at TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (story_id, engine))"_s,
            u"CREATE TABLE alignment_rows (id INTEGER PRIMARY KEY,"
            " story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " row_id INTEGER NOT NULL)"_s,
            u"CREATE TABLE alignment_members (row_ref INTEGER NOT NULL REFERENCES alignment_rows(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, article INTEGER NOT NULL, paragraph INTEGER NOT NULL, score REAL NOT NULL)"_s,
            u"CREATE TABLE alignment_unaligned (story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, article INTEGER NOT NULL, paragraph INTEGER NOT NULL)"_s,
            u"CREATE TABLE families (id INTEGER PRIMARY KEY,"
            " story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " source INTEGER NOT NULL, shared REAL NOT NULL)"_s,
            u"CREATE TABLE family_members (family_ref INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, article INTEGER NOT NULL)"_s,
            u"CREATE TABLE spelling_variants (story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, forms TEXT NOT NULL, state TEXT NOT NULL)"_s,
            u"CREATE TABLE quote_clusters (id INTEGER PRIMARY KEY,"
            " story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " cluster_id INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT NOT NULL, paraphrased_in TEXT NOT NULL)"_s,
            u"CREATE TABLE quote_occurrences (cluster_ref INTEGER NOT NULL REFERENCES quote_clusters(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, article INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL,"
            " \"end\" INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT NOT NULL, fragment INTEGER NOT NULL,"
            " continuation TEXT NOT NULL)"_s,
            u"CREATE TABLE number_groups (id INTEGER PRIMARY KEY,"
            " story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " group_id INTEGER NOT NULL, subject TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL)"_s,
            u"CREATE TABLE number_mentions (group_ref INTEGER NOT NULL REFERENCES number_groups(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, article INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL,"
            " \"end\" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, value REAL NOT NULL, low REAL, high REAL,"
            " qualifier TEXT NOT NULL, subject TEXT NOT NULL, unit TEXT NOT NULL, source TEXT NOT NULL)"_s,
            u"CREATE INDEX alignment_members_row ON alignment_members(row_ref)"_s,
            u"CREATE INDEX quote_occurrences_cluster ON quote_occurrences(cluster_ref)"_s,
            u"CREATE INDEX number_mentions_group ON number_mentions(group_ref)"_s,
        },
        // 3: flags the engines gained after 2: a member that merged two rows of the other
        // articles (it appears in both rows), a quote whose closing mark had to be guessed.
        {
            u"ALTER TABLE alignment_members ADD COLUMN merged INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE quote_occurrences ADD COLUMN recovered INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 4: the user's verdicts on spelling variants ("Kyiv" / "Kiev" are one name, or are not),
        // kept apart from the engine's results so that they survive re-analysis. `forms` is the
        // JSON array of the folded forms, sorted: one key whatever order they were shown in.
        {
            u"CREATE TABLE variant_decisions (story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
            " forms TEXT NOT NULL, shown TEXT NOT NULL, state TEXT NOT NULL, PRIMARY KEY (story_id, forms))"_s,
        },
        // 5: each article file's stamp when its content hash was taken (FileStamp: size,
        // modification and status-change times in ms since the epoch), so a re-open need not
        // read a file whose stamp is unchanged. NULL (older rows, recent writes): read it.
        {
            u"ALTER TABLE articles ADD COLUMN file_size INTEGER"_s,
            u"ALTER TABLE articles ADD COLUMN file_modified INTEGER"_s,
            u"ALTER TABLE articles ADD COLUMN file_changed INTEGER"_s,
        },
    };
    return list;
}

} // namespace Synoptic::Core::LibraryMigrations
