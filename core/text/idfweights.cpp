// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/idfweights.h"

#include <algorithm>
#include <cmath>

namespace Synoptic::Core {

void IdfWeights::addDocument(const std::vector<int> &uniqueTerms)
{
    ++m_documents;
    for (int t : uniqueTerms) {
        if (t < 0)
            continue;
        if (size_t(t) >= m_df.size())
            m_df.resize(size_t(t) + 1, 0);
        ++m_df[size_t(t)];
    }
}

int IdfWeights::documentFrequency(int term) const
{
    return term >= 0 && size_t(term) < m_df.size() ? m_df[size_t(term)] : 0;
}

double IdfWeights::weight(int term) const
{
    const int df = documentFrequency(term);
    return std::log(1.0 + double(std::max(m_documents, 1)) / double(std::max(df, 1)));
}

} // namespace Synoptic::Core
