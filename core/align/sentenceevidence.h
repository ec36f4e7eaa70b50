// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Evidence below the paragraph level. Outlets cut a story into paragraphs differently: one
// writes a long paragraph with three quotations and some background, another gives one of
// those quotations a paragraph of its own. Whole-paragraph similarity is then low although
// the two plainly report the same thing. Two signals find these pairs:
//  - a sentence of one paragraph repeated nearly word for word in the other (wire copy, a
//    reproduced statement), measured as the IDF-weighted share of the sentence's content words
//    that fall in word trigrams the other paragraph also has;
//  - the same words quoted in both (a shared quotation is the strongest anchor two independent
//    reports have), when the shared quoted run is long or is a whole quotation on one side.
// A phrase every report uses ("said in a statement on") covers too little of any sentence to
// count, and is not quoted.

#include "core/align/tokenizedstory.h"

#include <QtGlobal>

#include <functional>
#include <vector>

namespace Synoptic::Core {

class SentenceEvidence
{
public:
    // `canonical` maps a term to the id it compares as (spelling variants); `weight` gives a
    // term's weight (IDF) and `isContent` whether it carries meaning (not a stop word).
    SentenceEvidence(const TokenizedStory &story, const std::function<int(int)> &canonical,
                     const std::function<double(int)> &weight, const std::function<bool(int)> &isContent);

    // 0..1, how strongly paragraphs `a` and `b` (indexes into story.paragraphs()) are tied by a
    // shared sentence or quotation; 0 when nothing below the paragraph ties them.
    [[nodiscard]] double link(int a, int b) const;
    // The rarest content terms of each sentence of `para` (up to `perSentence` each), for
    // looking up rows a single sentence of a long paragraph may belong to.
    [[nodiscard]] std::vector<int> sentenceTerms(int para, int perSentence,
                                                 const std::function<int(int)> &documentFrequency) const;

    static constexpr double minimumCover = 0.6; // share of a sentence's weight found in the other paragraph

private:
    struct ParagraphData {
        std::vector<int> terms; // canonical
        std::vector<quint64> windows; // trigram hash starting at each term (fewer at the end)
        std::vector<quint64> shingles; // sorted unique windows
        std::vector<quint64> quotedShingles; // sorted unique windows whose three terms are quoted
    };
    const ParagraphData &data(int para) const; // built on first use: most paragraphs never need it
    double sentenceCover(int from, int to) const;
    double quoteAnchor(int from, int to) const;

    const TokenizedStory &m_story;
    std::function<double(int)> m_weight;
    std::function<bool(int)> m_isContent;
    std::function<int(int)> m_canonical;
    mutable std::vector<ParagraphData> m_data;
    mutable std::vector<bool> m_built;
};

} // namespace Synoptic::Core
