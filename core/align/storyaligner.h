// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The diff engine's entry point: aligns the body paragraphs of N articles into rows, finds
// syndication families and spelling variants. Pure computation on value types; no I/O.
// Stages: tokenise once -> align -> spelling variants from one-word substitutions inside rows
// -> (when variants were found) align again with them as equivalences -> families.

#include "core/model/alignment.h"
#include "core/model/article.h"

#include <functional>

namespace Synoptic::Core {

struct AlignOptions {
    double rowThreshold = 0.3; // minimum similarity for two paragraphs to share a row
    bool detectVariants = true;
    int maxVariantDiffs = 4000; // word diffs run to find variant evidence, at most
    // The user's verdicts from earlier runs: Confirmed variants are always applied, Rejected
    // ones never (and are reported with that state).
    QList<SpellingVariant> variantDecisions;
};

struct AlignResult {
    Alignment alignment;
    QList<Family> families;
    QList<SpellingVariant> variants;
};

class StoryAligner
{
public:
    // Part of the stored results' input hash: bump it when the aligner computes something
    // different for the same articles (2: merged members; 3: families from shared passages
    // and restated sentences; 4: sentence and quotation links, generic words weighed down).
    static constexpr QLatin1StringView version() { return QLatin1StringView("align/4"); }

    explicit StoryAligner(AlignOptions options = {});
    // `cancelled` is polled between stages; a cancelled run returns an empty result.
    [[nodiscard]] AlignResult align(const QList<Article> &articles,
                                    const std::function<bool()> &cancelled = {}) const;

private:
    AlignOptions m_options;
};

} // namespace Synoptic::Core
