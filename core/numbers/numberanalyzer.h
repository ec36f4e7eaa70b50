// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Numbers' entry point: extracts quantities, decides what they count, and groups comparable
// mentions across outlets with a status. Pure computation on value types; reentrant (every call
// builds its own lexicon, tokeniser and stemmer).

#include "core/model/alignment.h"
#include "core/model/article.h"
#include "core/model/numbers.h"

namespace Synoptic::Core {

class NumberAnalyzer
{
public:
    // Part of the stored results' input hash: bump it when the analyzer computes something
    // different for the same articles.
    static constexpr QLatin1StringView version() { return QLatin1StringView("numbers/4"); }

    // Groups are ordered disputed first, then consistent sums, agreed, single. Only Body
    // paragraphs are read; only mentions with an identified subject are grouped.
    [[nodiscard]] QList<NumberGroup> analyze(
        const QList<Article> &articles, const Alignment &alignment) const;

    // Every quantity found in the Body paragraphs, with its subject when one was identified
    // (years, ages, times and ordinals have none): for highlighting and for evaluation.
    [[nodiscard]] QList<NumberMention> mentions(const QList<Article> &articles) const;
};

} // namespace Synoptic::Core
