// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The user's library: one SQLite database (QtSql QSQLITE) holding every imported story, its
// articles and paragraphs, an FTS5 index over paragraph text, the user's edits (outlet
// renames, role overrides) and the engines' stored results (see ResultStore).
// Ownership and threads: a Library owns one connection with a unique name and must be used
// only from the thread that created it; open one Library per thread. Every import is one
// transaction, so an interrupted import leaves the previous state. The schema is versioned
// with PRAGMA user_version and migrated in order, each migration in its own transaction.
// Several processes may share one library (two windows, a window and the CLI): creation and
// each migration are atomic (the version is checked inside the write transaction) and every
// connection waits up to busyTimeoutMs for another's write instead of failing.

#include "core/import/folderimporter.h"
#include "core/model/storyanalysis.h"

#include <QSqlDatabase>

#include <functional>

namespace Synoptic::Core {

struct SearchHit {
    QString folder; // story folder
    QString file; // article file, relative to the folder
    int paragraph = -1; // Paragraph::index
    QString text; // the paragraph text
    QString snippet; // a short excerpt around the match ("…" where cut)
    QList<std::pair<qsizetype, qsizetype>> highlights; // [start, end) of matches in `text` (UTF-16)
};

class Library
{
public:
    static constexpr int schemaVersion = 5;
    // How long a statement waits for another connection's write (another window, the CLI)
    // before it fails with "database is locked".
    static constexpr int busyTimeoutMs = 30000;

    // Opens (creating if needed) and migrates the database to `targetVersion`. Lower
    // versions exist for tests of the migrations. Check isOpen() / error().
    explicit Library(const QString &path, int targetVersion = schemaVersion);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    [[nodiscard]] bool isOpen() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int userVersion() const;
    [[nodiscard]] QSqlDatabase database() const { return m_db; }

    // What the importer needs for an incremental re-open: stored hashes, file stamps and paragraph texts.
    // Empty when the story was imported by another FolderImporter::version (read it all again).
    [[nodiscard]] ImportInputs importInputs(const QString &folder) const;
    [[nodiscard]] bool hasStory(const QString &folder) const;
    [[nodiscard]] qint64 storyId(const QString &folder) const; // -1 when absent

    // Writes an import in ONE transaction: changed articles replaced, files that are neither
    // changed nor unchanged removed, skipped list replaced. `cancelled` is polled after each
    // article; when it returns true (or anything fails) everything is rolled back.
    bool saveImport(const QString &folder, const FolderImport &import, const std::function<bool()> &cancelled = {});

    // The stored story with the user's edits applied; articles sorted by file. Engine
    // results are not included (ResultStore). Empty folder field when the story is absent.
    [[nodiscard]] StoryAnalysis loadStory(const QString &folder) const;

    // User edits; they survive re-imports of the story.
    bool renameOutlet(const QString &original, const QString &renamed);
    bool setRoleOverride(const QString &folder, const QString &file, int paragraph, ParagraphRole role);
    bool clearRoleOverride(const QString &folder, const QString &file, int paragraph);
    // The user's verdict on a spelling variant of the story: Confirmed (one name), Rejected
    // (different words), or Detected (no verdict: forget it). Forms in any order and case.
    bool setVariantDecision(const QString &folder, const QStringList &forms, SpellingVariant::State state);
    // Every verdict given for the story (forms as first shown), for the aligner.
    [[nodiscard]] QList<SpellingVariant> variantDecisions(const QString &folder) const;

    // Full-text search over every paragraph in the library; words are ANDed, best first.
    [[nodiscard]] QList<SearchHit> search(const QString &query, int limit = 50) const;

    [[nodiscard]] static QString canonicalFolder(const QString &folder);
    [[nodiscard]] static QByteArray textKey(const QString &text); // identifies a paragraph text

private:
    bool migrate(int targetVersion);
    bool setWal();
    bool beginWrite();
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &detail);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Synoptic::Core
