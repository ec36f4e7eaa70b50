#pragma once
// Syndication families: articles that are copies or rewrites of one another. The evidence is
// shared wording: word 5-grams of the whole text (a copy), or of the narration outside
// quotation marks (a rewrite keeps the agency's sentences; independent reports share only
// what a speaker said). Families are the connected groups of pairs that pass; the likely
// source is the earliest published member, else the clearly most complete one.

#include "core/align/tokenizedstory.h"
#include "core/model/alignment.h"
#include "core/model/article.h"

namespace Synoptic::Core {

struct FamilyOptions {
    double copyContainment = 0.5; // plain 5-gram containment that alone makes a copy
    double rewriteNarration = 0.035; // 5-gram containment of the narration (outside quotes) ...
    int rewriteMinShared = 8; // ... over at least this many shared 5-grams
    int allPairsLimit = 300; // above this many articles, candidate pairs come from MinHash buckets
};

struct FamilyEvidence {
    double containment = 0; // plain 5-gram containment, of the smaller article
    double narration = 0; // the same over 5-grams wholly outside quotation marks
    int narrationShared = 0; // how many such 5-grams the two share
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
