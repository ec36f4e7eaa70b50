// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Inverse document frequency over integer term ids: rare words carry the evidence that two
// paragraphs report the same thing; words every paragraph of the story uses carry little.

#include <vector>

namespace Synoptic::Core {

class IdfWeights
{
public:
    // `uniqueTerms`: the distinct term ids of one document (paragraph); ids are >= 0.
    void addDocument(const std::vector<int> &uniqueTerms);
    [[nodiscard]] int documents() const { return m_documents; }
    [[nodiscard]] int documentFrequency(int term) const;
    // log(1 + N / df): > 0 for every term, highest for terms seen once.
    [[nodiscard]] double weight(int term) const;

private:
    std::vector<int> m_df;
    int m_documents = 0;
};

} // namespace Synoptic::Core
