#pragma once
// Numbers' entry point: extracts quantities, decides what they count, and groups comparable
// mentions across outlets with a status. Pure computation on value types.

#include "core/model/alignment.h"
#include "core/model/article.h"
#include "core/model/numbers.h"

namespace Synoptic::Core {

class NumberAnalyzer
{
public:
    // Groups are ordered disputed first, then consistent sums, agreed, single.
    [[nodiscard]] QList<NumberGroup> analyze(const QList<Article> &articles, const Alignment &alignment) const;
};

} // namespace Synoptic::Core
