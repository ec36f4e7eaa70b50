// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The counted-thing lexicon: maps words around a number ("wounded", "death toll", "drones") to one
// canonical subject, and knows which subjects roll up into a total ("projectiles" = missiles +
// drones). Loaded from resources/lexicon/subjects.txt (compiled into core); matched on Snowball
// stems. An immutable value once built; safe to share between threads for reading.

#include "core/text/textnormalizer.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Synoptic::Core {

class NumberLexicon
{
public:
    enum class Kind { Event, Generic, Thing, Rollup };

    struct Match
    {
        Kind kind = Kind::Thing;
        QString canonical; // generic words have their own word as canonical
        int length = 1; // tokens matched
    };

    // The lexicon compiled into core. Never empty unless the resource is missing (then `error`).
    [[nodiscard]] static NumberLexicon builtIn(QString *error = nullptr);
    // Parses the text format described at the top of subjects.txt; bad lines go to `error`.
    [[nodiscard]] static NumberLexicon fromText(QStringView text, QString *error = nullptr);

    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    // Longest entry starting at tokens[index], compared on stems.
    [[nodiscard]] std::optional<Match> matchAt(const QList<Token> &tokens, qsizetype index) const;
    // The rollup whose members include every subject given (at least two distinct), or empty.
    [[nodiscard]] QString rollupOf(const QStringList &subjects) const;
    [[nodiscard]] QStringList rollupMembers(const QString &rollup) const
    {
        return m_rollups.value(rollup);
    }
    [[nodiscard]] QStringList canonicals(Kind kind) const;
    [[nodiscard]] QString stem(const QString &word) const;

private:
    struct Entry
    {
        QStringList stems;
        QStringList exactForms; // per word: the folded form it must have, or empty (any inflection)
        Kind kind = Kind::Thing;
        QString canonical;
    };
    void add(const QString &phrase, Kind kind, const QString &canonical);

    std::shared_ptr<TextNormalizer> m_normalizer; // shared so the lexicon stays copyable
    QHash<QString, QList<Entry>> m_entries; // by first stem; longest first
    QMap<QString, QStringList> m_rollups; // rollup -> member subjects
};

} // namespace Synoptic::Core
