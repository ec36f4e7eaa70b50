// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Aligns the body paragraphs of N articles into rows of paragraphs that report the same
// content. Articles are added one at a time to a growing set of rows (a profile, as in
// progressive multiple sequence alignment): each paragraph is scored only against the rows an
// inverted index over its rarest stems proposes, so cost grows about linearly with N.
// Similarity: IDF-weighted cosine of stemmed content words, raised by shared word trigrams.
// Deterministic: no hash-order dependence, stable tie-breaks by paragraph and row creation.

#include "core/align/tokenizedstory.h"
#include "core/model/alignment.h"

#include <functional>

namespace Synoptic::Core {

struct ParagraphAlignerOptions {
    double threshold = 0.3; // minimum score for a paragraph to join a row
    double splitMargin = 0.05; // two adjacent paragraphs join one row when together they beat the best one by this
    int candidateTerms = 16; // rarest content terms of a paragraph used to look up candidate rows
    int maxPostings = 4000; // rows scanned per lookup, rarest terms first (earliest rows first per term)
    int maxCandidates = 12; // rows scored exactly per paragraph
};

class ParagraphAligner
{
public:
    explicit ParagraphAligner(ParagraphAlignerOptions options = {});
    // Rows hold members from at least two articles; every other body paragraph is unaligned.
    // An empty Alignment is returned when `cancelled` fires.
    [[nodiscard]] Alignment align(const TokenizedStory &story, const std::function<bool()> &cancelled = {}) const;

private:
    ParagraphAlignerOptions m_options;
};

} // namespace Synoptic::Core
