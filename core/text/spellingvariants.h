// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Spelling variants of one word (Kyiv/Kiev, Sergei/Sergey, recognised/recognized), found from
// the data: two forms that stand in aligned positions of matching paragraphs (a one-word
// substitution in a word diff) and are a small edit apart. No name lists. The detector only
// collects evidence; the caller supplies corpus counts when asking for the verdict.

#include "core/model/alignment.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <functional>

namespace Synoptic::Core {

class SpellingVariantDetector
{
public:
    // Optimal-string-alignment distance (transpositions count 1); returns maxDistance + 1 as soon
    // as the distance is known to exceed it.
    [[nodiscard]] static int editDistance(QStringView a, QStringView b, int maxDistance);
    // Could `a` and `b` (folded) be spellings of one word? Capitalised words (names) may differ by
    // two edits when their consonant skeletons agree or the pair was seen more than once.
    [[nodiscard]] static bool plausible(QStringView a, QStringView b, bool capitalised, int observations);

    // One aligned one-word substitution: surface forms as written.
    void addSubstitution(QStringView formA, QStringView formB);
    [[nodiscard]] qsizetype observationCount() const { return m_pairs.size(); }
    // Folded forms of every pair that could be a variant: the forms to count in the corpus.
    [[nodiscard]] QStringList candidateForms() const;

    // `articlesWithBoth(a, b)`: how many articles use both folded forms (a real variant rarely
    // shares an article with its twin); `frequency(folded)`: occurrences in the corpus.
    [[nodiscard]] QList<SpellingVariant> variants(const std::function<int(const QString &, const QString &)> &articlesWithBoth,
                                                  const std::function<int(const QString &)> &frequency) const;

    // folded form -> folded first form, for every variant that is not rejected.
    [[nodiscard]] static QHash<QString, QString> equivalences(const QList<SpellingVariant> &variants);

private:
    struct Evidence {
        int observations = 0;
        bool capitalised = true;
    };
    QMap<std::pair<QString, QString>, Evidence> m_pairs; // (folded a < folded b); ordered for determinism
    QMap<QString, QMap<QString, int>> m_surface; // folded -> surface form -> count
};

} // namespace Synoptic::Core
