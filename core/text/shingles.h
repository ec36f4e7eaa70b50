// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Word n-gram shingles and MinHash signatures over term ids: the cheap "same wording"
// evidence used for candidate generation and family detection. Hashes are fixed
// (FNV-1a / splitmix), never seeded per process, so results are reproducible.

#include <QtGlobal>

#include <vector>

namespace Synoptic::Core {

// Sorted, unique 64-bit hashes of every window of `n` consecutive ids in `terms`
// (a sequence shorter than n yields one shingle of the whole sequence, if non-empty).
[[nodiscard]] std::vector<quint64> shingleHashes(const std::vector<int> &terms, int n);

// The same hashes in text order, one per window, repeats kept (for finding runs of shared
// windows, i.e. long passages two texts have in common).
[[nodiscard]] std::vector<quint64> windowHashes(const std::vector<int> &terms, int n);

// Size of the intersection of two sorted unique hash lists.
[[nodiscard]] qsizetype intersectionSize(const std::vector<quint64> &a, const std::vector<quint64> &b);

// |a ∩ b| / min(|a|, |b|); 0 when either is empty.
[[nodiscard]] double containment(const std::vector<quint64> &a, const std::vector<quint64> &b);

// `k` minimum hashes under k fixed hash permutations; an empty input gives all-max values.
[[nodiscard]] std::vector<quint64> minHashSignature(const std::vector<quint64> &shingles, int k);

// A stable 64-bit mix (splitmix64 finaliser).
[[nodiscard]] quint64 mixHash(quint64 x);

} // namespace Synoptic::Core
