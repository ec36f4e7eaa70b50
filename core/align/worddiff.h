// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Word-level differences between two paragraphs (a base outlet's and another's): a Myers diff
// on normalised word keys, reported as spans of the ORIGINAL texts so the UI and the PDF can
// highlight them. Phrases (two words or more, not only stop words) that only changed place are "moved" rather
// than deleted and inserted. Value type in, value type out; one WordDiffer per thread.

#include "core/text/textnormalizer.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Synoptic::Core {

enum class DiffKind { Equal, Inserted, Deleted, Substituted, Moved };

// Offsets are UTF-16 [start, end) into the base and the other text; a side the span does not
// touch has start == end (the position where the change sits). Spans follow the diff path.
struct DiffSpan {
    DiffKind kind = DiffKind::Equal;
    qsizetype baseStart = 0;
    qsizetype baseEnd = 0;
    qsizetype otherStart = 0;
    qsizetype otherEnd = 0;
    friend bool operator==(const DiffSpan &, const DiffSpan &) = default;
};

struct WordDiff {
    QList<DiffSpan> spans;
    int baseWords = 0;
    int otherWords = 0;
    int equalWords = 0; // words of the other text matched in the base (moved words included)
    // Share of words the two texts have in common: 2 * equal / (base + other).
    [[nodiscard]] double similarity() const
    {
        return baseWords + otherWords ? 2.0 * equalWords / double(baseWords + otherWords) : 1.0;
    }
};

class WordDiffer
{
public:
    // `equivalences`: folded form -> folded canonical form (confirmed spelling variants), which
    // then compare equal.
    explicit WordDiffer(const QString &language = QStringLiteral("en"), QHash<QString, QString> equivalences = {});
    [[nodiscard]] WordDiff diff(QStringView base, QStringView other) const;

    // The one-word substitutions of a diff, as (base word, other word) surface forms: the
    // evidence for spelling variants.
    [[nodiscard]] static QList<std::pair<QString, QString>> singleWordSubstitutions(const WordDiff &diff, QStringView base,
                                                                                     QStringView other);
    // Capitalised words facing each other inside one substituted span (a rewritten phrase),
    // every (base word, other word) pair of up to 12-word spans: weaker evidence for names.
    [[nodiscard]] static QList<std::pair<QString, QString>> facingNames(const WordDiff &diff, QStringView base, QStringView other);

private:
    TextNormalizer m_normalizer;
    QHash<QString, QString> m_equivalences;
};

[[nodiscard]] QString diffKindName(DiffKind kind);

} // namespace Synoptic::Core
