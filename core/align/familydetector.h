#pragma once
// Syndication families: articles that are copies or rewrites of one another. Evidence per
// pair of articles: shared word 5-grams weighted by rarity in the story, and how many of the
// shorter article's paragraphs align with the other's in the same order. Families are the
// connected groups of pairs that pass; the likely source is the earliest published member,
// else the clearly most complete one.

#include "core/align/tokenizedstory.h"
#include "core/model/alignment.h"
#include "core/model/article.h"

namespace Synoptic::Core {

struct FamilyOptions {
    double copyContainment = 0.5; // plain 5-gram containment that alone makes a copy
    double rewriteCoverage = 0.6; // aligned share of the shorter article's paragraphs ...
    double rewriteOrder = 0.8; // ... of which this share keep their order ...
    double rewriteRareOverlap = 0.03; // ... with this much rarity-weighted shared wording
    int allPairsLimit = 300; // above this many articles, candidate pairs come from MinHash buckets
};

struct FamilyEvidence {
    double containment = 0; // plain 5-gram containment, of the smaller article
    double rareOverlap = 0; // the same, each 5-gram weighted by log(N / df)
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
