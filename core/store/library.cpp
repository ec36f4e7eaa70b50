// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/library.h"

#include "core/store/librarymigrations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

std::atomic<int> s_connectionCounter{0};

// QtSql binds a null QString as SQL NULL; our text columns are NOT NULL with '' for unknown.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// SQLITE_BUSY (5) and its extended codes (SQLITE_BUSY_RECOVERY 261, _SNAPSHOT 517, ...).
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xFF) == 5;
}

constexpr int stampsVersion = 5; // the schema version that added the articles' file stamps

// An invalid stamp is stored as NULLs: the file will be read on the next import.
void bindStamp(QSqlQuery &query, const FileStamp &stamp)
{
    const QVariant none(QMetaType::fromType<qint64>());
    query.addBindValue(stamp.isValid() ? QVariant(stamp.size) : none);
    query.addBindValue(stamp.isValid() ? QVariant(stamp.modified) : none);
    query.addBindValue(stamp.isValid() ? QVariant(stamp.changed) : none);
}

} // namespace

Library::Library(const QString &path, int targetVersion)
    : m_path(path)
    , m_connectionName(u"synoptic-library-%1"_s.arg(s_connectionCounter.fetch_add(1)))
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        m_error = u"%1: cannot create the folder for the library."_s.arg(QDir::toNativeSeparators(path));
        return;
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    // Another window or a CLI run may be writing (an import is one transaction, seconds long
    // for a big story): statements wait for it rather than fail with "database is locked".
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!m_db.open()) {
        m_error = u"%1: cannot open the library: %2"_s.arg(QDir::toNativeSeparators(path), m_db.lastError().text());
        return;
    }
    // WAL lets readers continue while an import writes; foreign keys are per connection. A
    // 64 MiB page cache (allocated only as used) keeps a large import's pages, mostly the FTS5
    // index, in memory until the commit instead of spilling them to the WAL and reading them
    // back: a third less CPU for the library write at 5,000 articles.
    if (!setWal() || !exec(u"PRAGMA foreign_keys=ON"_s) || !exec(u"PRAGMA synchronous=NORMAL"_s)
        || !exec(u"PRAGMA cache_size=-65536"_s))
        return;
    migrate(targetVersion);
}

bool Library::setWal()
{
    // Switching a new database to WAL needs it to itself for a moment, and SQLite answers
    // "database is locked" at once, without the busy timeout, when another process is opening
    // the same new file (two windows, or a window and the CLI, started together). Retried
    // until the busy timeout has passed, like any other statement.
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(m_db);
        if (query.exec(u"PRAGMA journal_mode=WAL"_s))
            return true;
        const QString error = lastError(query);
        if (!isBusy(query.lastError()) || waited.elapsed() > busyTimeoutMs)
            return fail(u"database statement failed"_s, error + u" (PRAGMA journal_mode=WAL)"_s);
        QThread::msleep(std::min(5 + 5 * attempt, 50));
    }
}

bool Library::beginWrite()
{
    // IMMEDIATE takes the write lock at once, waiting (busy timeout) for another writer; a
    // deferred transaction that read first could not upgrade after that writer's commit
    // (SQLITE_BUSY_SNAPSHOT, without waiting).
    return exec(u"BEGIN IMMEDIATE"_s);
}

Library::~Library()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Library::fail(const QString &what, const QString &detail)
{
    m_error = u"%1: %2: %3"_s.arg(QDir::toNativeSeparators(m_path), what, detail);
    return false;
}

bool Library::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(u"database statement failed"_s, lastError(query) + u" ("_s + sql.left(80) + u')');
    return true;
}

int Library::userVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Library::migrate(int targetVersion)
{
    const QList<QStringList> &steps = LibraryMigrations::steps();
    targetVersion = std::min<int>(targetVersion, int(steps.size()));
    const int current = userVersion();
    if (current < 0)
        return fail(u"cannot read the schema version"_s, m_db.lastError().text());
    if (current > schemaVersion)
        return fail(u"the library was written by a newer Synoptic"_s,
                    u"schema version %1, this version knows up to %2"_s.arg(current).arg(schemaVersion));
    if (current >= targetVersion)
        return true; // the usual open: nothing to write, no write lock taken
    for (;;) {
        // The version is read again inside the write transaction: another process may have
        // migrated (or created) the library since it was read above, and running its steps
        // a second time would fail ("table stories already exists").
        if (!beginWrite())
            return false;
        const int version = userVersion();
        if (version < 0 || version >= targetVersion) {
            exec(u"COMMIT"_s);
            return version >= 0 || fail(u"cannot read the schema version"_s, m_db.lastError().text());
        }
        bool ok = true;
        for (const QString &sql : steps[version]) {
            if (!exec(sql)) {
                ok = false;
                break;
            }
        }
        ok = ok && exec(u"PRAGMA user_version = %1"_s.arg(version + 1));
        if (!ok) {
            const QString error = m_error;
            m_db.rollback();
            m_error = error;
            return false;
        }
        if (!m_db.commit())
            return fail(u"cannot commit migration %1"_s.arg(version + 1), m_db.lastError().text());
    }
}

QString Library::canonicalFolder(const QString &folder)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QByteArray Library::textKey(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
}

qint64 Library::storyId(const QString &folder) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM stories WHERE folder = ?"_s);
    query.addBindValue(canonicalFolder(folder));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool Library::hasStory(const QString &folder) const
{
    return storyId(folder) >= 0;
}

ImportInputs Library::importInputs(const QString &folder) const
{
    ImportInputs inputs;
    const qint64 story = storyId(folder);
    if (story < 0)
        return inputs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true); // read once in order: no cached copy of every row
    query.prepare(u"SELECT importer_version FROM stories WHERE id = ?"_s);
    query.addBindValue(story);
    if (!query.exec() || !query.next() || query.value(0).toString() != FolderImporter::version)
        return inputs;
    // Libraries opened at an older version (tests of the migrations) have no stamps.
    const bool stamps = userVersion() >= stampsVersion;
    query.prepare(u"SELECT a.file, a.content_hash, p.text, %1 FROM articles a LEFT JOIN paragraphs p ON p.article_id = a.id"
                  " WHERE a.story_id = ? ORDER BY a.file, p.position"_s
                      .arg(stamps ? u"a.file_size, a.file_modified, a.file_changed"_s : u"NULL, NULL, NULL"_s));
    query.addBindValue(story);
    if (!query.exec())
        return inputs;
    QString previous;
    while (query.next()) {
        const QString file = query.value(0).toString();
        if (file != previous) { // the article's columns repeat on each of its paragraphs' rows
            previous = file;
            inputs.knownHashes.insert(file, query.value(1).toByteArray());
            if (!query.value(3).isNull())
                inputs.knownStamps.insert(file, {query.value(3).toLongLong(), query.value(4).toLongLong(),
                                                 query.value(5).toLongLong()});
        }
        if (!query.value(2).isNull())
            inputs.knownTexts[file].append(query.value(2).toString());
    }
    return inputs;
}

bool Library::saveImport(const QString &folder, const FolderImport &import, const std::function<bool()> &cancelled)
{
    if (!isOpen())
        return false;
    if (!beginWrite())
        return false;
    auto rollback = [this](const QString &what, const QString &detail) {
        m_db.rollback();
        return fail(what, detail);
    };
    const QString canonical = canonicalFolder(folder);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO stories (folder, imported_at, importer_version) VALUES (?, ?, ?)"
                  " ON CONFLICT(folder) DO UPDATE SET imported_at = excluded.imported_at,"
                  " importer_version = excluded.importer_version"_s);
    query.addBindValue(canonical);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(QString(FolderImporter::version));
    if (!query.exec())
        return rollback(u"cannot record the story"_s, lastError(query));
    const qint64 story = storyId(folder);
    if (story < 0)
        return rollback(u"cannot record the story"_s, m_db.lastError().text());

    // Files that are neither unchanged nor re-read are gone (or now skipped).
    QSet<QString> keep(import.unchanged.cbegin(), import.unchanged.cend());
    QSqlQuery files(m_db);
    files.prepare(u"SELECT id, file FROM articles WHERE story_id = ?"_s);
    files.addBindValue(story);
    if (!files.exec())
        return rollback(u"cannot list the stored articles"_s, lastError(files));
    QList<qint64> removed;
    while (files.next()) {
        if (!keep.contains(files.value(1).toString()))
            removed.append(files.value(0).toLongLong());
    }
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM articles WHERE id = ?"_s);
    for (qint64 id : std::as_const(removed)) {
        remove.addBindValue(id);
        if (!remove.exec())
            return rollback(u"cannot remove an article"_s, lastError(remove));
    }

    QSqlQuery insertArticle(m_db);
    const bool stamps = userVersion() >= stampsVersion; // not at the older versions tests open
    insertArticle.prepare(u"INSERT INTO articles (story_id, file, content_hash, outlet, outlet_source, headline, byline,"
                          " published, url, dateline, format, encoding, language, clean_text%1)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2)"_s
                              .arg(stamps ? u", file_size, file_modified, file_changed"_s : QString(),
                                   stamps ? u", ?, ?, ?"_s : QString()));
    QSqlQuery insertParagraph(m_db);
    insertParagraph.prepare(u"INSERT INTO paragraphs (article_id, position, role, text, text_key, start, \"end\")"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Article &a : import.changed) {
        for (const QVariant &v : {QVariant(story), text(a.file), QVariant(a.contentHash), text(a.outlet),
                                  text(a.outletSource), text(a.headline), text(a.byline), text(a.published),
                                  text(a.url), text(a.dateline), text(a.format), text(a.encoding),
                                  text(a.language), text(a.cleanText)})
            insertArticle.addBindValue(v);
        if (stamps)
            bindStamp(insertArticle, import.stamps.value(a.file));
        if (!insertArticle.exec())
            return rollback(u"cannot store %1"_s.arg(a.file), lastError(insertArticle));
        const qint64 articleId = insertArticle.lastInsertId().toLongLong();
        for (const Paragraph &p : a.paragraphs) {
            insertParagraph.addBindValue(articleId);
            insertParagraph.addBindValue(p.index);
            insertParagraph.addBindValue(roleName(p.role));
            insertParagraph.addBindValue(text(p.text));
            insertParagraph.addBindValue(textKey(p.text));
            insertParagraph.addBindValue(qint64(p.start));
            insertParagraph.addBindValue(qint64(p.end));
            if (!insertParagraph.exec())
                return rollback(u"cannot store %1"_s.arg(a.file), lastError(insertParagraph));
        }
        if (cancelled && cancelled()) {
            m_db.rollback();
            m_error.clear(); // a cancel is not an error of the library
            return false;
        }
    }

    // Unchanged files that were read (their stamp was unknown or differs, e.g. only touched).
    QSqlQuery restamp(m_db);
    restamp.prepare(u"UPDATE articles SET file_size = ?, file_modified = ?, file_changed = ? WHERE story_id = ? AND file = ?"_s);
    for (const QString &file : stamps ? import.unchanged : QStringList()) {
        const auto stamp = import.stamps.constFind(file);
        if (stamp == import.stamps.cend())
            continue; // trusted by its stamp: what is stored is still right
        bindStamp(restamp, *stamp);
        restamp.addBindValue(story);
        restamp.addBindValue(file);
        if (!restamp.exec())
            return rollback(u"cannot update %1"_s.arg(file), lastError(restamp));
    }

    QSqlQuery skipped(m_db);
    skipped.prepare(u"DELETE FROM skipped_files WHERE story_id = ?"_s);
    skipped.addBindValue(story);
    if (!skipped.exec())
        return rollback(u"cannot update the skipped files"_s, lastError(skipped));
    skipped.prepare(u"INSERT INTO skipped_files (story_id, file, reason) VALUES (?, ?, ?)"_s);
    for (const SkippedFile &s : import.skipped) {
        skipped.addBindValue(story);
        skipped.addBindValue(s.file);
        skipped.addBindValue(text(s.reason));
        if (!skipped.exec())
            return rollback(u"cannot update the skipped files"_s, lastError(skipped));
    }
    if (!m_db.commit())
        return rollback(u"cannot commit the import"_s, m_db.lastError().text());
    return true;
}

StoryAnalysis Library::loadStory(const QString &folder) const
{
    StoryAnalysis story;
    const qint64 id = storyId(folder);
    if (id < 0)
        return story;
    story.folder = canonicalFolder(folder);

    QHash<QString, QString> renames;
    QSqlQuery query(m_db);
    query.setForwardOnly(true); // read once in order: no cached copy of every row
    if (query.exec(u"SELECT original, renamed FROM outlet_renames"_s)) {
        while (query.next())
            renames.insert(query.value(0).toString(), query.value(1).toString());
    }
    QHash<QString, QHash<QByteArray, QString>> overrides; // file -> text key -> role
    query.prepare(u"SELECT file, text_key, role FROM role_overrides WHERE story_id = ?"_s);
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            overrides[query.value(0).toString()].insert(query.value(1).toByteArray(), query.value(2).toString());
    }

    QHash<qint64, qsizetype> articleIndex;
    query.prepare(u"SELECT id, file, content_hash, outlet, outlet_source, headline, byline, published, url, dateline,"
                  " format, encoding, language, clean_text FROM articles WHERE story_id = ? ORDER BY file"_s);
    query.addBindValue(id);
    if (!query.exec())
        return story;
    while (query.next()) {
        Article a;
        a.file = query.value(1).toString();
        a.contentHash = query.value(2).toByteArray();
        a.outlet = query.value(3).toString();
        a.outlet = renames.value(a.outlet, a.outlet);
        a.outletSource = query.value(4).toString();
        a.headline = query.value(5).toString();
        a.byline = query.value(6).toString();
        a.published = query.value(7).toString();
        a.url = query.value(8).toString();
        a.dateline = query.value(9).toString();
        a.format = query.value(10).toString();
        a.encoding = query.value(11).toString();
        a.language = query.value(12).toString();
        a.cleanText = query.value(13).toString();
        articleIndex.insert(query.value(0).toLongLong(), story.articles.size());
        story.articles.append(std::move(a));
    }
    query.prepare(u"SELECT p.article_id, p.position, p.role, p.text, p.text_key, p.start, p.\"end\" FROM paragraphs p"
                  " JOIN articles a ON a.id = p.article_id WHERE a.story_id = ? ORDER BY p.article_id, p.position"_s);
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next()) {
            Article &a = story.articles[articleIndex.value(query.value(0).toLongLong())];
            Paragraph p;
            p.index = query.value(1).toInt();
            p.role = roleFromName(query.value(2).toString());
            p.text = query.value(3).toString();
            p.start = query.value(5).toLongLong();
            p.end = query.value(6).toLongLong();
            const auto fileOverrides = overrides.constFind(a.file);
            if (fileOverrides != overrides.cend()) {
                const auto role = fileOverrides->constFind(query.value(4).toByteArray());
                if (role != fileOverrides->cend()) {
                    p.role = roleFromName(*role, p.role);
                    p.roleOverridden = true;
                }
            }
            a.paragraphs.append(std::move(p));
        }
    }
    query.prepare(u"SELECT file, reason FROM skipped_files WHERE story_id = ? ORDER BY file"_s);
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            story.skipped.append({query.value(0).toString(), query.value(1).toString()});
    }
    return story;
}

bool Library::renameOutlet(const QString &original, const QString &renamed)
{
    QSqlQuery query(m_db);
    if (renamed.trimmed().isEmpty() || renamed == original) {
        query.prepare(u"DELETE FROM outlet_renames WHERE original = ?"_s);
        query.addBindValue(original);
    } else {
        query.prepare(u"INSERT INTO outlet_renames (original, renamed) VALUES (?, ?)"
                      " ON CONFLICT(original) DO UPDATE SET renamed = excluded.renamed"_s);
        query.addBindValue(original);
        query.addBindValue(renamed.trimmed());
    }
    return query.exec() || fail(u"cannot rename the outlet"_s, lastError(query));
}

bool Library::setRoleOverride(const QString &folder, const QString &file, int paragraph, ParagraphRole role)
{
    const qint64 story = storyId(folder);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT p.text_key FROM paragraphs p JOIN articles a ON a.id = p.article_id"
                  " WHERE a.story_id = ? AND a.file = ? AND p.position = ?"_s);
    query.addBindValue(story);
    query.addBindValue(file);
    query.addBindValue(paragraph);
    if (!query.exec() || !query.next())
        return fail(u"cannot override a role"_s, u"no paragraph %1 in %2"_s.arg(paragraph).arg(file));
    const QByteArray key = query.value(0).toByteArray();
    query.prepare(u"INSERT INTO role_overrides (story_id, file, text_key, role) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT(story_id, file, text_key) DO UPDATE SET role = excluded.role"_s);
    query.addBindValue(story);
    query.addBindValue(file);
    query.addBindValue(key);
    query.addBindValue(roleName(role));
    return query.exec() || fail(u"cannot override a role"_s, lastError(query));
}

bool Library::clearRoleOverride(const QString &folder, const QString &file, int paragraph)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM role_overrides WHERE story_id = ? AND file = ? AND text_key = (SELECT p.text_key"
                  " FROM paragraphs p JOIN articles a ON a.id = p.article_id WHERE a.story_id = ? AND a.file = ?"
                  " AND p.position = ?)"_s);
    const qint64 story = storyId(folder);
    for (const QVariant &v : {QVariant(story), QVariant(file), QVariant(story), QVariant(file), QVariant(paragraph)})
        query.addBindValue(v);
    return query.exec() || fail(u"cannot clear a role override"_s, lastError(query));
}

namespace {

QString variantKey(const QStringList &forms)
{
    QStringList folded;
    for (const QString &f : forms)
        folded.append(f.toCaseFolded());
    folded.sort();
    folded.removeDuplicates();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(folded)).toJson(QJsonDocument::Compact));
}

} // namespace

bool Library::setVariantDecision(const QString &folder, const QStringList &forms, SpellingVariant::State state)
{
    const qint64 story = storyId(folder);
    if (story < 0)
        return fail(u"cannot record a spelling variant"_s, u"no story %1 in the library"_s.arg(folder));
    if (forms.size() < 2)
        return fail(u"cannot record a spelling variant"_s, u"a variant needs two forms"_s);
    QSqlQuery query(m_db);
    if (state == SpellingVariant::State::Detected) {
        query.prepare(u"DELETE FROM variant_decisions WHERE story_id = ? AND forms = ?"_s);
        query.addBindValue(story);
        query.addBindValue(variantKey(forms));
    } else {
        query.prepare(u"INSERT INTO variant_decisions (story_id, forms, shown, state) VALUES (?, ?, ?, ?)"
                      " ON CONFLICT(story_id, forms) DO UPDATE SET shown = excluded.shown, state = excluded.state"_s);
        query.addBindValue(story);
        query.addBindValue(variantKey(forms));
        query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(forms)).toJson(QJsonDocument::Compact)));
        query.addBindValue(variantStateName(state));
    }
    return query.exec() || fail(u"cannot record a spelling variant"_s, lastError(query));
}

QList<SpellingVariant> Library::variantDecisions(const QString &folder) const
{
    QList<SpellingVariant> decisions;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT shown, state FROM variant_decisions WHERE story_id = ? ORDER BY forms"_s);
    query.addBindValue(storyId(folder));
    if (!query.exec())
        return decisions;
    while (query.next()) {
        SpellingVariant v;
        for (const QJsonValue &form : QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array())
            v.forms.append(form.toString());
        v.state = variantState(query.value(1).toString());
        if (v.forms.size() >= 2)
            decisions.append(std::move(v));
    }
    return decisions;
}

QList<SearchHit> Library::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    // Every word quoted: user input never reaches FTS5's query syntax.
    static const QRegularExpression wordRe(u"[\\p{L}\\p{N}]+"_s);
    QStringList terms;
    auto it = wordRe.globalMatch(text);
    while (it.hasNext())
        terms.append(u'"' + it.next().captured(0) + u'"');
    if (terms.isEmpty())
        return hits;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT s.folder, a.file, p.position, p.text,"
                  " snippet(paragraphs_fts, 0, char(2), char(3), '…', 16), highlight(paragraphs_fts, 0, char(2), char(3))"
                  " FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid"
                  " JOIN articles a ON a.id = p.article_id JOIN stories s ON s.id = a.story_id"
                  " WHERE paragraphs_fts MATCH ? ORDER BY rank, s.folder, a.file, p.position LIMIT ?"_s);
    query.addBindValue(terms.join(u' '));
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = u"search failed: "_s + lastError(query);
        return hits;
    }
    const QChar open(2), close(3);
    while (query.next()) {
        SearchHit hit;
        hit.folder = query.value(0).toString();
        hit.file = query.value(1).toString();
        hit.paragraph = query.value(2).toInt();
        hit.text = query.value(3).toString();
        hit.snippet = query.value(4).toString().remove(open).remove(close);
        const QString marked = query.value(5).toString();
        qsizetype plain = 0;
        qsizetype start = -1;
        for (QChar c : marked) {
            if (c == open) {
                start = plain;
            } else if (c == close) {
                if (start >= 0)
                    hit.highlights.append({start, plain});
                start = -1;
            } else {
                ++plain;
            }
        }
        hits.append(std::move(hit));
    }
    return hits;
}

} // namespace Synoptic::Core
