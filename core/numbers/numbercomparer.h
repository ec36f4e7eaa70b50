// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Groups mentions that count the same thing in the same story and gives each group a status:
// agreed (the figures they state match within their precision), disputed (they state different
// figures: a contradiction, an update of a growing count, or estimates that differ),
// consistent-sum (one outlet's total is another's breakdown added up) or single. A dispute needs evidence that both
// mentions describe the same event (aligned paragraphs, a figure they agree on in the same
// sentence, or close wording), because a false alarm is nearly as bad as a miss.

#include "core/model/alignment.h"
#include "core/model/numbers.h"
#include "core/numbers/numberlexicon.h"
#include "core/numbers/subjectresolver.h"

#include <QStringList>

namespace Synoptic::Core {

class NumberComparer
{
public:
    explicit NumberComparer(const NumberLexicon &lexicon) : m_lexicon(lexicon) { }

    // `published`: Article::published by article index (may be empty or shorter); `outlets`:
    // Article::outlet by index, for naming who gave which figure of an update. Groups come
    // disputed first, then consistent sums, agreed, single; ids are 1-based in that order.
    [[nodiscard]] QList<NumberGroup> compare(const QList<ResolvedMention> &mentions,
        const Alignment &alignment, const QStringList &published = {},
        const QStringList &outlets = {}) const;

private:
    const NumberLexicon &m_lexicon;
};

} // namespace Synoptic::Core
