// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Sparse term vectors (sorted by term id) and the few operations the paragraph aligner needs
// on them: rows are sums of member vectors, scores are cosines of those sums.

#include <QtGlobal>

#include <utility>
#include <vector>

namespace Synoptic::Core {

using SparseVector = std::vector<std::pair<int, float>>; // sorted by term id

[[nodiscard]] double dot(const SparseVector &a, const SparseVector &b);
// `small` against a (usually much larger) sorted `big`: binary search per entry when that is cheaper.
[[nodiscard]] double dotSearch(const SparseVector &small, const SparseVector &big);
[[nodiscard]] SparseVector add(const SparseVector &a, const SparseVector &b);
// a - b, entries that cancel out removed.
[[nodiscard]] SparseVector subtract(const SparseVector &a, const SparseVector &b);
[[nodiscard]] double norm2(const SparseVector &v);
// Union of two sorted unique hash lists.
[[nodiscard]] std::vector<quint64> unite(const std::vector<quint64> &a, const std::vector<quint64> &b);

} // namespace Synoptic::Core
