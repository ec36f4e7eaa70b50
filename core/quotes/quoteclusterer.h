// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Groups occurrences of the same quote across outlets: the same words after normalisation, a
// contiguous or elided part of the other, or a small edit away. Candidates come from an index
// on content-word shingles, so the work grows with the matches, not with all pairs.

#include "core/model/alignment.h"
#include "core/model/article.h"
#include "core/model/quotes.h"
#include "core/quotes/quotetext.h"

namespace Synoptic::Core {

class QuoteClusterer
{
public:
    // `normalizer` must outlive this object.
    QuoteClusterer(const TextNormalizer &normalizer, const QList<SpellingVariant> &variants = {});

    // Clusters ordered by number of outlets, then first appearance; ids 1-based. Every
    // occurrence ends up in exactly one cluster (a single-occurrence cluster when unmatched).
    // `articles` and `alignment` serve "paraphrased in"; the alignment may be empty.
    [[nodiscard]] QList<QuoteCluster> cluster(const QList<QuoteOccurrence> &occurrences,
                                              const QList<Article> &articles, const Alignment &alignment) const;

    // Whether two quote texts are the same quote (the pairwise rule used by cluster()).
    [[nodiscard]] bool sameQuote(const QString &a, const QString &b) const;
    // Short fragments (<= 2 content words) never join a cluster on their own.
    [[nodiscard]] bool isShort(const QString &text) const;

private:
    // `sharedWords` receives the content words they share when both are long enough.
    [[nodiscard]] bool sameQuote(const QuoteWords &a, const QuoteWords &b, int *sharedWords = nullptr) const;
    QuoteText m_text;
    const TextNormalizer &m_normalizer;
};

} // namespace Synoptic::Core
