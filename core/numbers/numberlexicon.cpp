// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/numberlexicon.h"

#include <QFile>

#include <algorithm>

namespace Synoptic::Core {

namespace {

QStringList splitList(QStringView text)
{
    QStringList out;
    for (QStringView part : text.split(u',')) {
        const QString item = part.trimmed().toString().toCaseFolded();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace

NumberLexicon NumberLexicon::builtIn(QString *error)
{
    QFile file(QStringLiteral(":/synoptic/lexicon/subjects.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open the built-in subject lexicon")
                         .arg(file.fileName());
        return {};
    }
    return fromText(QString::fromUtf8(file.readAll()), error);
}

NumberLexicon NumberLexicon::fromText(QStringView text, QString *error)
{
    NumberLexicon lexicon;
    lexicon.m_normalizer = std::make_shared<TextNormalizer>(QStringLiteral("en"));
    QStringList problems;
    std::optional<Kind> section;
    int lineNumber = 0;
    for (QStringView rawLine : text.split(u'\n')) {
        ++lineNumber;
        QStringView line = rawLine;
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line = line.first(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QStringView name = line.sliced(1, line.size() - 2).trimmed();
            if (name == u"event")
                section = Kind::Event;
            else if (name == u"generic")
                section = Kind::Generic;
            else if (name == u"thing")
                section = Kind::Thing;
            else if (name == u"rollup")
                section = Kind::Rollup;
            else {
                section.reset();
                problems.append(
                    QStringLiteral("line %1: unknown section %2").arg(lineNumber).arg(name));
            }
            continue;
        }
        if (!section) {
            problems.append(QStringLiteral("line %1: entry outside a section").arg(lineNumber));
            continue;
        }
        if (*section == Kind::Generic) {
            for (const QString &word : splitList(line))
                lexicon.add(word, Kind::Generic, word);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            problems.append(
                QStringLiteral("line %1: expected \"canonical = synonyms\"").arg(lineNumber));
            continue;
        }
        const QString canonical = line.first(equals).trimmed().toString().toCaseFolded();
        QStringView rest = line.sliced(equals + 1);
        if (*section == Kind::Rollup) {
            const qsizetype bar = rest.indexOf(u'|');
            const QStringList members = splitList(bar >= 0 ? rest.first(bar) : rest);
            lexicon.m_rollups.insert(canonical, members);
            if (bar >= 0) {
                for (const QString &phrase : splitList(rest.sliced(bar + 1)))
                    lexicon.add(phrase, Kind::Rollup, canonical);
            }
            continue;
        }
        const QStringList synonyms = splitList(rest);
        // The canonical name is a synonym too, unless listed in an exact form ("=rescued").
        if (!synonyms.contains(u'=' + canonical))
            lexicon.add(canonical, *section, canonical);
        for (const QString &phrase : synonyms)
            lexicon.add(phrase, *section, canonical);
    }
    for (auto it = lexicon.m_entries.begin(); it != lexicon.m_entries.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
            [](const Entry &a, const Entry &b) { return a.stems.size() > b.stems.size(); });
    }
    if (error && !problems.isEmpty())
        *error = QStringLiteral("subject lexicon: ") + problems.join(QStringLiteral("; "));
    return lexicon;
}

QString NumberLexicon::stem(const QString &word) const
{
    if (!m_normalizer)
        return word;
    const QList<Token> tokens = m_normalizer->tokenize(word);
    return tokens.isEmpty() ? word : tokens.first().stem;
}

void NumberLexicon::add(const QString &phrase, Kind kind, const QString &canonical)
{
    Entry entry;
    entry.kind = kind;
    entry.canonical = canonical;
    // "=word" matches that exact form only: "rescued" but not "rescue efforts", which share a stem.
    for (const QString &word : phrase.split(u' ', Qt::SkipEmptyParts)) {
        const bool exact = word.startsWith(u'=');
        for (const Token &t : m_normalizer->tokenize(exact ? word.mid(1) : word)) {
            entry.stems.append(t.stem);
            entry.exactForms.append(exact ? t.folded : QString());
        }
    }
    if (entry.stems.isEmpty())
        return;
    QList<Entry> &bucket = m_entries[entry.stems.first()];
    for (const Entry &existing : std::as_const(bucket)) {
        if (existing.stems == entry.stems && existing.exactForms == entry.exactForms)
            return; // first definition wins: the file is read top-down
    }
    bucket.append(std::move(entry));
}

std::optional<NumberLexicon::Match> NumberLexicon::matchAt(
    const QList<Token> &tokens, qsizetype index) const
{
    if (index < 0 || index >= tokens.size() || tokens[index].number)
        return std::nullopt;
    const auto it = m_entries.constFind(tokens[index].stem);
    if (it == m_entries.constEnd())
        return std::nullopt;
    for (const Entry &entry : *it) {
        if (index + entry.stems.size() > tokens.size())
            continue;
        bool same = entry.exactForms[0].isEmpty() || tokens[index].folded == entry.exactForms[0];
        for (qsizetype k = 1; k < entry.stems.size() && same; ++k)
            same = tokens[index + k].stem == entry.stems[k]
                && (entry.exactForms[k].isEmpty()
                    || tokens[index + k].folded == entry.exactForms[k]);
        if (same)
            return Match {entry.kind, entry.canonical, int(entry.stems.size())};
    }
    return std::nullopt;
}

QString NumberLexicon::rollupOf(const QStringList &subjects) const
{
    QStringList distinct = subjects;
    distinct.removeDuplicates();
    if (distinct.size() < 2)
        return {};
    for (auto it = m_rollups.constBegin(); it != m_rollups.constEnd(); ++it) {
        if (std::all_of(distinct.cbegin(), distinct.cend(),
                [&](const QString &s) { return it->contains(s); }))
            return it.key();
    }
    return {};
}

QStringList NumberLexicon::canonicals(Kind kind) const
{
    QStringList out;
    for (const QList<Entry> &bucket : m_entries) {
        for (const Entry &e : bucket) {
            if (e.kind == kind && !out.contains(e.canonical))
                out.append(e.canonical);
        }
    }
    out.sort();
    return out;
}

} // namespace Synoptic::Core
