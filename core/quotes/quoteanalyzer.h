// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Quotes' entry point: extracts quotations from every article's body, attributes speakers
// and clusters the same quote across outlets. Pure computation on value types.

#include "core/model/alignment.h"
#include "core/model/article.h"
#include "core/model/quotes.h"

namespace Synoptic::Core {

class QuoteAnalyzer
{
public:
    // Part of the stored results' input hash: bump it when the analyzer computes something
    // different for the same articles (2: recovered occurrences; 3: split quotes joined, run-on and
    // block quotations, containment clustering, speaker rules).
    static constexpr QLatin1StringView version() { return QLatin1StringView("quotes/3"); }

    // `variants` are the spelling variants the diff engine found (or the user confirmed);
    // `alignment` lets the analyzer list outlets that only paraphrase a quote.
    [[nodiscard]] QList<QuoteCluster> analyze(const QList<Article> &articles, const Alignment &alignment,
                                              const QList<SpellingVariant> &variants) const;
    // Every quote occurrence with its speaker, before clustering (reading order per article).
    [[nodiscard]] QList<QuoteOccurrence> occurrences(const QList<Article> &articles,
                                                     const QList<SpellingVariant> &variants = {}) const;
};

} // namespace Synoptic::Core
