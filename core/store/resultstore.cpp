// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/resultstore.h"

#include "core/store/library.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

QString toJsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

NumberKind kindFromName(const QString &name)
{
    for (NumberKind kind : {NumberKind::Count, NumberKind::Money, NumberKind::Percent, NumberKind::Measure, NumberKind::Age,
                            NumberKind::Ordinal, NumberKind::Time, NumberKind::Date, NumberKind::Other}) {
        if (numberKindName(kind) == name)
            return kind;
    }
    return NumberKind::Other;
}

NumberStatus statusFromName(const QString &name)
{
    for (NumberStatus status : {NumberStatus::Disputed, NumberStatus::ConsistentSum, NumberStatus::Agreed, NumberStatus::Single}) {
        if (numberStatusName(status) == name)
            return status;
    }
    return NumberStatus::Single;
}

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL with '' for unknown.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

// Runs `query`, binding `values` in order.
bool run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

// Reads a join of parents and their children ordered by parent then child, where column 0 is
// the parent's row id: `makeParent` builds a parent from the first row that names it,
// `addChild` adds the row's child to it. Rows whose `childColumn` is NULL carry a parent
// without children (the LEFT JOIN). nullopt when the query fails.
template<typename Parent, typename MakeParent, typename AddChild>
std::optional<QList<Parent>> readNested(QSqlQuery &query, int childColumn, MakeParent makeParent, AddChild addChild)
{
    if (!query.exec())
        return std::nullopt;
    QList<Parent> out;
    qint64 last = -1;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != last || out.isEmpty()) {
            last = id;
            out.append(makeParent(query));
        }
        if (!query.value(childColumn).isNull())
            addChild(query, out.last());
    }
    return out;
}

} // namespace

ResultStore::ResultStore(Library &library)
    : m_library(library)
{
}

bool ResultStore::failed(const QString &detail)
{
    m_error = detail;
    m_library.database().rollback();
    return false;
}

QByteArray ResultStore::inputHash(const QString &folder, const QString &engine) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT input_hash FROM engine_runs WHERE story_id = ? AND engine = ?"_s);
    query.addBindValue(m_library.storyId(folder));
    query.addBindValue(engine);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool ResultStore::begin(const QString &folder, const QString &engine, qint64 *story)
{
    *story = m_library.storyId(folder);
    if (*story < 0) {
        m_error = u"no story stored for %1"_s.arg(folder);
        return false;
    }
    QSqlDatabase db = m_library.database();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    QStringList tables;
    if (engine == u"align")
        tables = {u"alignment_rows"_s, u"alignment_unaligned"_s, u"families"_s, u"spelling_variants"_s};
    else if (engine == u"quotes")
        tables = {u"quote_clusters"_s};
    else
        tables = {u"number_groups"_s};
    for (const QString &table : std::as_const(tables)) {
        query.prepare(u"DELETE FROM %1 WHERE story_id = ?"_s.arg(table));
        query.addBindValue(*story);
        if (!query.exec())
            return failed(query.lastError().text());
    }
    return true;
}

bool ResultStore::finish(qint64 story, const QString &engine, const QByteArray &inputHash)
{
    QSqlQuery query(m_library.database());
    query.prepare(u"INSERT INTO engine_runs (story_id, engine, input_hash, computed_at) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT(story_id, engine) DO UPDATE SET input_hash = excluded.input_hash,"
                  " computed_at = excluded.computed_at"_s);
    if (!run(query, {story, engine, inputHash, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
        return failed(query.lastError().text());
    if (!m_library.database().commit())
        return failed(m_library.database().lastError().text());
    return true;
}

bool ResultStore::saveAlignment(const QString &folder, const QByteArray &inputHash, const AlignmentResults &results)
{
    qint64 story = -1;
    if (!begin(folder, u"align"_s, &story))
        return false;
    QSqlDatabase db = m_library.database();
    QSqlQuery row(db), member(db), query(db);
    row.prepare(u"INSERT INTO alignment_rows (story_id, position, row_id) VALUES (?, ?, ?)"_s);
    member.prepare(u"INSERT INTO alignment_members (row_ref, position, article, paragraph, score, merged)"
                   " VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < results.alignment.rows.size(); ++i) {
        const AlignmentRow &r = results.alignment.rows[i];
        if (!run(row, {story, qint64(i), r.id}))
            return failed(row.lastError().text());
        const qint64 rowRef = row.lastInsertId().toLongLong();
        for (qsizetype m = 0; m < r.members.size(); ++m) {
            const AlignmentMember &am = r.members[m];
            if (!run(member, {rowRef, qint64(m), am.article, am.paragraph, am.score, am.merged ? 1 : 0}))
                return failed(member.lastError().text());
        }
    }
    query.prepare(u"INSERT INTO alignment_unaligned (story_id, position, article, paragraph) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < results.alignment.unaligned.size(); ++i) {
        const ParagraphRef &ref = results.alignment.unaligned[i];
        if (!run(query, {story, qint64(i), ref.article, ref.paragraph}))
            return failed(query.lastError().text());
    }
    QSqlQuery family(db);
    family.prepare(u"INSERT INTO families (story_id, position, source, shared) VALUES (?, ?, ?, ?)"_s);
    query.prepare(u"INSERT INTO family_members (family_ref, position, article) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < results.families.size(); ++i) {
        const Family &f = results.families[i];
        if (!run(family, {story, qint64(i), f.source, f.shared}))
            return failed(family.lastError().text());
        const qint64 ref = family.lastInsertId().toLongLong();
        for (qsizetype m = 0; m < f.articles.size(); ++m) {
            if (!run(query, {ref, qint64(m), f.articles[m]}))
                return failed(query.lastError().text());
        }
    }
    query.prepare(u"INSERT INTO spelling_variants (story_id, position, forms, state) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < results.variants.size(); ++i) {
        const SpellingVariant &v = results.variants[i];
        if (!run(query, {story, qint64(i), toJsonText(QJsonArray::fromStringList(v.forms)), variantStateName(v.state)}))
            return failed(query.lastError().text());
    }
    return finish(story, u"align"_s, inputHash);
}

bool ResultStore::saveQuotes(const QString &folder, const QByteArray &inputHash, const QList<QuoteCluster> &quotes)
{
    qint64 story = -1;
    if (!begin(folder, u"quotes"_s, &story))
        return false;
    QSqlDatabase db = m_library.database();
    QSqlQuery cluster(db), occurrence(db);
    cluster.prepare(u"INSERT INTO quote_clusters (story_id, position, cluster_id, text, speaker, paraphrased_in)"
                    " VALUES (?, ?, ?, ?, ?, ?)"_s);
    occurrence.prepare(u"INSERT INTO quote_occurrences (cluster_ref, position, article, paragraph, start, \"end\", text,"
                       " speaker, fragment, continuation, recovered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        const QuoteCluster &c = quotes[i];
        QJsonArray paraphrased;
        for (int a : c.paraphrasedIn)
            paraphrased.append(a);
        if (!run(cluster, {story, qint64(i), c.id, text(c.text), text(c.speaker), toJsonText(paraphrased)}))
            return failed(cluster.lastError().text());
        const qint64 ref = cluster.lastInsertId().toLongLong();
        for (qsizetype o = 0; o < c.occurrences.size(); ++o) {
            const QuoteOccurrence &q = c.occurrences[o];
            QJsonArray pieces;
            for (const QuoteOccurrence::Piece &piece : q.continuation)
                pieces.append(QJsonArray{piece.paragraph, qint64(piece.start), qint64(piece.end)});
            if (!run(occurrence, {ref, qint64(o), q.article, q.paragraph, qint64(q.start), qint64(q.end), text(q.text), text(q.speaker),
                                  q.fragment ? 1 : 0, toJsonText(pieces), q.recovered ? 1 : 0}))
                return failed(occurrence.lastError().text());
        }
    }
    return finish(story, u"quotes"_s, inputHash);
}

bool ResultStore::saveNumbers(const QString &folder, const QByteArray &inputHash, const QList<NumberGroup> &numbers)
{
    qint64 story = -1;
    if (!begin(folder, u"numbers"_s, &story))
        return false;
    QSqlDatabase db = m_library.database();
    QSqlQuery group(db), mention(db);
    group.prepare(u"INSERT INTO number_groups (story_id, position, group_id, subject, status, note) VALUES (?, ?, ?, ?, ?, ?)"_s);
    mention.prepare(u"INSERT INTO number_mentions (group_ref, position, article, paragraph, start, \"end\", text, kind, value,"
                    " low, high, qualifier, subject, unit, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const NumberGroup &g = numbers[i];
        // A disputed group's kind rides in the status column ("disputed:update"), so the kind
        // needs no change to the library's tables.
        const QString status = g.kind == DisputeKind::None ? numberStatusName(g.status)
                                                           : numberStatusName(g.status) + u':' + disputeKindName(g.kind);
        if (!run(group, {story, qint64(i), g.id, text(g.subject), status, text(g.note)}))
            return failed(group.lastError().text());
        const qint64 ref = group.lastInsertId().toLongLong();
        for (qsizetype m = 0; m < g.mentions.size(); ++m) {
            const NumberMention &n = g.mentions[m];
            if (!run(mention, {ref, qint64(m), n.article, n.paragraph, qint64(n.start), qint64(n.end), text(n.text),
                               numberKindName(n.kind), n.value, optionalValue(n.low), optionalValue(n.high), text(n.qualifier),
                               text(n.subject), text(n.unit), text(n.source)}))
                return failed(mention.lastError().text());
        }
    }
    return finish(story, u"numbers"_s, inputHash);
}

std::optional<ResultStore::AlignmentResults> ResultStore::loadAlignment(const QString &folder, const QByteArray &hash) const
{
    if (hash.isEmpty() || inputHash(folder, u"align"_s) != hash)
        return std::nullopt;
    const qint64 story = m_library.storyId(folder);
    AlignmentResults results;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT r.id, r.row_id, m.article, m.paragraph, m.score, m.merged FROM alignment_rows r"
                  " LEFT JOIN alignment_members m ON m.row_ref = r.id WHERE r.story_id = ? ORDER BY r.position, m.position"_s);
    query.addBindValue(story);
    auto rows = readNested<AlignmentRow>(
        query, 2, [](const QSqlQuery &q) { return AlignmentRow{q.value(1).toInt(), {}}; },
        [](const QSqlQuery &q, AlignmentRow &row) {
            row.members.append({q.value(2).toInt(), q.value(3).toInt(), q.value(4).toDouble(), q.value(5).toInt() != 0});
        });
    if (!rows)
        return std::nullopt;
    results.alignment.rows = std::move(*rows);
    query.prepare(u"SELECT article, paragraph FROM alignment_unaligned WHERE story_id = ? ORDER BY position"_s);
    query.addBindValue(story);
    if (!query.exec())
        return std::nullopt;
    while (query.next())
        results.alignment.unaligned.append({query.value(0).toInt(), query.value(1).toInt()});
    query.prepare(u"SELECT f.id, f.source, f.shared, m.article FROM families f LEFT JOIN family_members m ON m.family_ref = f.id"
                  " WHERE f.story_id = ? ORDER BY f.position, m.position"_s);
    query.addBindValue(story);
    auto families = readNested<Family>(
        query, 3, [](const QSqlQuery &q) { return Family{{}, q.value(1).toInt(), q.value(2).toDouble()}; },
        [](const QSqlQuery &q, Family &family) { family.articles.append(q.value(3).toInt()); });
    if (!families)
        return std::nullopt;
    results.families = std::move(*families);
    query.prepare(u"SELECT forms, state FROM spelling_variants WHERE story_id = ? ORDER BY position"_s);
    query.addBindValue(story);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        SpellingVariant v;
        for (const QJsonValue &form : fromJsonText(query.value(0).toString()))
            v.forms.append(form.toString());
        v.state = variantState(query.value(1).toString());
        results.variants.append(std::move(v));
    }
    return results;
}

std::optional<QList<QuoteCluster>> ResultStore::loadQuotes(const QString &folder, const QByteArray &hash) const
{
    if (hash.isEmpty() || inputHash(folder, u"quotes"_s) != hash)
        return std::nullopt;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, c.cluster_id, c.text, c.speaker, c.paraphrased_in, o.article, o.paragraph, o.start, o.\"end\","
                  " o.text, o.speaker, o.fragment, o.continuation, o.recovered FROM quote_clusters c"
                  " LEFT JOIN quote_occurrences o ON o.cluster_ref = c.id WHERE c.story_id = ? ORDER BY c.position, o.position"_s);
    query.addBindValue(m_library.storyId(folder));
    const auto makeCluster = [](const QSqlQuery &q) {
        QuoteCluster c;
        c.id = q.value(1).toInt();
        c.text = q.value(2).toString();
        c.speaker = q.value(3).toString();
        for (const QJsonValue &a : fromJsonText(q.value(4).toString()))
            c.paraphrasedIn.append(a.toInt());
        return c;
    };
    const auto addOccurrence = [](const QSqlQuery &q, QuoteCluster &c) {
        QuoteOccurrence o;
        o.article = q.value(5).toInt();
        o.paragraph = q.value(6).toInt();
        o.start = q.value(7).toLongLong();
        o.end = q.value(8).toLongLong();
        o.text = q.value(9).toString();
        o.speaker = q.value(10).toString();
        o.fragment = q.value(11).toInt() != 0;
        o.recovered = q.value(13).toInt() != 0;
        const QString continuation = q.value(12).toString();
        if (continuation != u"[]") {
            for (const QJsonValue &piece : fromJsonText(continuation)) {
                const QJsonArray p = piece.toArray();
                o.continuation.append({p.at(0).toInt(), qsizetype(p.at(1).toInteger()), qsizetype(p.at(2).toInteger())});
            }
        }
        c.occurrences.append(std::move(o));
    };
    return readNested<QuoteCluster>(query, 5, makeCluster, addOccurrence);
}

std::optional<QList<NumberGroup>> ResultStore::loadNumbers(const QString &folder, const QByteArray &hash) const
{
    if (hash.isEmpty() || inputHash(folder, u"numbers"_s) != hash)
        return std::nullopt;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT g.id, g.group_id, g.subject, g.status, g.note, m.article, m.paragraph, m.start, m.\"end\", m.text,"
                  " m.kind, m.value, m.low, m.high, m.qualifier, m.subject, m.unit, m.source FROM number_groups g"
                  " LEFT JOIN number_mentions m ON m.group_ref = g.id WHERE g.story_id = ? ORDER BY g.position, m.position"_s);
    query.addBindValue(m_library.storyId(folder));
    const auto makeGroup = [](const QSqlQuery &q) {
        NumberGroup g;
        g.id = q.value(1).toInt();
        g.subject = q.value(2).toString();
        const QString status = q.value(3).toString();
        const qsizetype colon = status.indexOf(u':');
        g.status = statusFromName(colon < 0 ? status : status.first(colon));
        if (colon >= 0)
            g.kind = disputeKindFromName(status.sliced(colon + 1));
        g.note = q.value(4).toString();
        return g;
    };
    const auto addMention = [](const QSqlQuery &q, NumberGroup &g) {
        NumberMention n;
        n.article = q.value(5).toInt();
        n.paragraph = q.value(6).toInt();
        n.start = q.value(7).toLongLong();
        n.end = q.value(8).toLongLong();
        n.text = q.value(9).toString();
        n.kind = kindFromName(q.value(10).toString());
        n.value = q.value(11).toDouble();
        if (!q.value(12).isNull())
            n.low = q.value(12).toDouble();
        if (!q.value(13).isNull())
            n.high = q.value(13).toDouble();
        n.qualifier = q.value(14).toString();
        n.subject = q.value(15).toString();
        n.unit = q.value(16).toString();
        n.source = q.value(17).toString();
        g.mentions.append(std::move(n));
    };
    return readNested<NumberGroup>(query, 5, makeGroup, addMention);
}

} // namespace Synoptic::Core
