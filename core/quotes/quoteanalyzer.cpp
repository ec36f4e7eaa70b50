#include "core/quotes/quoteanalyzer.h"

namespace Synoptic::Core {

QList<QuoteCluster> QuoteAnalyzer::analyze(const QList<Article> &articles, const Alignment &alignment,
                                           const QList<SpellingVariant> &variants) const
{
    // Not implemented yet (issue: quotes).
    Q_UNUSED(articles)
    Q_UNUSED(alignment)
    Q_UNUSED(variants)
    return {};
}

} // namespace Synoptic::Core
