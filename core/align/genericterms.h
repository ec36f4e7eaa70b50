// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Words every news report uses whatever it is about: the vocabulary of attribution ("statement",
// "told", "spokeswoman", "reporters") and of the news calendar ("Tuesday", "yesterday"). Two
// unrelated paragraphs that both say "said in a statement on Tuesday" share these and nothing
// else, and in a story of a few short articles IDF cannot tell them from content words: the
// aligner weighs them down and ignores word trigrams made only of them and stop words.

#include "core/align/tokenizedstory.h"

#include <vector>

namespace Synoptic::Core {

// Per term id of `story` (after canonical()): true for the generic words the story uses.
[[nodiscard]] std::vector<bool> genericTerms(const TokenizedStory &story);

constexpr double s_genericWeight = 0.2; // share of its IDF weight a generic word keeps

} // namespace Synoptic::Core
