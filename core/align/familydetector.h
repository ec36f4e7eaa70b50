// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Syndication families: articles that are copies or rewrites of one another. The evidence is
// shared wording outside quotation marks (independent reports share what a speaker said, and
// names, titles and stock phrases of a few words, but not the writing):
//  - a copy: most word 5-grams of the shorter article are in the other;
//  - a light rewrite: much of the shorter narration lies in long passages (10+ words) shared
//    word for word (greedy string tiling, as in text-reuse studies of wire copy);
//  - a paraphrase: nearly half the sentences of one article have a counterpart sentence in the
//    other holding at least half their content words.
// Families are the connected groups of pairs that pass; the likely source is the earliest
// published member (date and time), else the clearly most complete one.

#include "core/align/tokenizedstory.h"
#include "core/model/alignment.h"
#include "core/model/article.h"

namespace Synoptic::Core {

struct FamilyOptions {
    double copyContainment = 0.5; // plain 5-gram containment that alone makes a copy
    // A rewrite that keeps its source's clauses: this share of the shorter narration (words
    // outside quotation marks) lies in passages of at least passageMinWords shared word for word.
    double copiedPassages = 0.2;
    int passageMinWords = 10;
    // A rewrite that paraphrases sentence by sentence: this share of the narration sentences of
    // the article with fewer of them (and at least restatedMinSentences) have a counterpart
    // sentence holding half their content words.
    double restatedSentences = 0.45;
    int restatedMinSentences = 3;
    int allPairsLimit = 300; // above this many articles, candidate pairs come from MinHash buckets
};

struct FamilyEvidence {
    double containment = 0; // plain 5-gram containment, of the smaller article
    double narration = 0; // the same over 5-grams wholly outside quotation marks
    int narrationShared = 0; // how many such 5-grams the two share
    double copied = 0; // share of the shorter narration in long passages shared word for word
    int sentences = 0; // narration sentences of the article with fewer of them
    int restated = 0; // how many of those have a close counterpart in the other article
    double coverage = 0; // share of the shorter article's body paragraphs aligned with the other
    double order = 0; // longest in-order share of those aligned paragraphs
};

class FamilyDetector
{
public:
    explicit FamilyDetector(FamilyOptions options = {});
    [[nodiscard]] QList<Family> detect(const QList<Article> &articles, const TokenizedStory &story,
                                       const Alignment &alignment) const;
    // The evidence for one pair (for tests and for explaining a family to the user).
    [[nodiscard]] FamilyEvidence evidence(const TokenizedStory &story, const Alignment &alignment, int a, int b) const;

private:
    FamilyOptions m_options;
};

} // namespace Synoptic::Core
