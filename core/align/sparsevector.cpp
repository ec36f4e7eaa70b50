// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/align/sparsevector.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Synoptic::Core {

double dot(const SparseVector &a, const SparseVector &b)
{
    double d = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            d += double(i->second) * double(j->second);
            ++i;
            ++j;
        }
    }
    return d;
}

// Sparse `small` against a (usually much larger) sorted `big`: binary search per entry.
double dotSearch(const SparseVector &small, const SparseVector &big)
{
    if (big.size() < 4 * small.size())
        return dot(small, big);
    double d = 0;
    auto from = big.begin();
    for (const auto &[term, w] : small) {
        from = std::lower_bound(from, big.end(), term, [](const std::pair<int, float> &e, int t) { return e.first < t; });
        if (from == big.end())
            break;
        if (from->first == term)
            d += double(w) * double(from->second);
    }
    return d;
}

SparseVector add(const SparseVector &a, const SparseVector &b)
{
    SparseVector out;
    out.reserve(a.size() + b.size());
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && i->first < j->first)) {
            out.push_back(*i++);
        } else if (i == a.end() || j->first < i->first) {
            out.push_back(*j++);
        } else {
            out.emplace_back(i->first, i->second + j->second);
            ++i;
            ++j;
        }
    }
    return out;
}

SparseVector subtract(const SparseVector &a, const SparseVector &b)
{
    SparseVector negative = b;
    for (auto &e : negative)
        e.second = -e.second;
    SparseVector out = add(a, negative);
    out.erase(std::remove_if(out.begin(), out.end(), [](const auto &e) { return std::abs(e.second) < 1e-6f; }), out.end());
    return out;
}

double norm2(const SparseVector &v)
{
    double n = 0;
    for (const auto &e : v)
        n += double(e.second) * double(e.second);
    return n;
}

std::vector<quint64> unite(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    std::vector<quint64> out;
    out.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

} // namespace Synoptic::Core
