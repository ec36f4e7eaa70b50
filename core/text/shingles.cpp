// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/shingles.h"

#include <algorithm>
#include <limits>

namespace Synoptic::Core {

quint64 mixHash(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::vector<quint64> windowHashes(const std::vector<int> &terms, int n)
{
    std::vector<quint64> out;
    if (terms.empty() || n <= 0)
        return out;
    const size_t width = std::min(size_t(n), terms.size());
    out.reserve(terms.size() - width + 1);
    for (size_t i = 0; i + width <= terms.size(); ++i) {
        quint64 h = 0xcbf29ce484222325ULL;
        for (size_t j = i; j < i + width; ++j) {
            h ^= quint64(quint32(terms[j]));
            h *= 0x100000001b3ULL;
        }
        out.push_back(mixHash(h));
    }
    return out;
}

std::vector<quint64> shingleHashes(const std::vector<int> &terms, int n)
{
    std::vector<quint64> out = windowHashes(terms, n);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

qsizetype intersectionSize(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    qsizetype count = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++count;
            ++i;
            ++j;
        }
    }
    return count;
}

double containment(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    const size_t smaller = std::min(a.size(), b.size());
    if (smaller == 0)
        return 0;
    return double(intersectionSize(a, b)) / double(smaller);
}

std::vector<quint64> minHashSignature(const std::vector<quint64> &shingles, int k)
{
    std::vector<quint64> signature(size_t(std::max(k, 0)), std::numeric_limits<quint64>::max());
    for (quint64 s : shingles) {
        for (int i = 0; i < k; ++i) {
            const quint64 h = mixHash(s ^ (0x9e3779b97f4a7c15ULL * quint64(i + 1)));
            signature[size_t(i)] = std::min(signature[size_t(i)], h);
        }
    }
    return signature;
}

} // namespace Synoptic::Core
