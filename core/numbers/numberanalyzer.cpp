#include "core/numbers/numberanalyzer.h"

namespace Synoptic::Core {

QList<NumberGroup> NumberAnalyzer::analyze(const QList<Article> &articles, const Alignment &alignment) const
{
    // Not implemented yet (issue: numbers).
    Q_UNUSED(articles)
    Q_UNUSED(alignment)
    return {};
}

} // namespace Synoptic::Core
