// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The paragraph aligner's working state, shared by its two source files: placement and the
// final rows (paragraphaligner.cpp), and the passes that repair them afterwards (alignrepairs.cpp:
// split halves, weak halves, merged paragraphs, sentence and quotation links). Internal to core/align.

#include "core/align/genericterms.h"
#include "core/align/paragraphaligner.h"
#include "core/align/sparsevector.h"
#include "core/text/idfweights.h"

#include <functional>
#include <vector>

namespace Synoptic::Core::AlignDetail {

constexpr int s_shingleSize = 3;
constexpr size_t s_rowShingleMembers = 8; // members whose trigrams a row keeps as evidence
constexpr int s_fullLookupParagraphs = 200; // articles up to this long get the full lookup budget
constexpr size_t s_minLookupPostings = 64;
constexpr size_t s_minLookupCandidates = 2;
constexpr int s_sentenceLookupTerms = 4; // rarest terms per sentence used to find a sentence's row

struct Features {
    SparseVector vector; // unit length
    std::vector<quint64> shingles;
};

struct Member {
    int para = 0;
    float score = 0;
    bool merged = false; // also a member of another row
    bool inSum = true; // false for the second row of a merged paragraph
};

struct Row {
    std::vector<Member> members;
    SparseVector sum; // sum of member vectors
    double sumNorm2 = 0;
    std::vector<quint64> shingles;
    bool alive = true;
    bool doubled = false; // some article gave two paragraphs (a split or a merge): room for two
};

// The word-overlap evidence raises a score, never lowers it: paraphrases share few trigrams.
inline double combine(double cosine, double trigramContainment)
{
    return std::max(cosine, 0.5 * (cosine + trigramContainment));
}

class Engine
{
public:
    Engine(const TokenizedStory &story, const ParagraphAlignerOptions &options)
        : m_story(story)
        , m_options(options)
    {
    }

    bool run(const std::function<bool()> &cancelled);
    Alignment result() const;

private:
    void computeFeatures();
    std::vector<int> candidateRows(int para);
    std::vector<int> candidateRows(int para, const std::vector<int> &terms, const std::vector<std::vector<int>> &postings,
                                   int limit = 0);
    double score(int para, const Row &row) const;
    double scoreVector(const SparseVector &v, const std::vector<quint64> &shingles, const Row &row) const;
    int newRow();
    void addMember(int rowId, int para, double score);
    void mergeRows(int into, int from);
    void placeArticle(int article);
    void repairSplits();
    void attachMerges();
    void releaseWeakHalves();
    void linkBySentences();
    void removeMember(int rowId, int para);
    std::vector<int> consensusOrder(const std::vector<int> &rows) const;

    const TokenizedStory &m_story;
    const ParagraphAlignerOptions &m_options;
    std::vector<Features> m_features;
    std::vector<std::vector<int>> m_termOrder; // per paragraph: content terms, rarest first
    IdfWeights m_idf;
    std::vector<bool> m_generic; // per canonical term: a word every report uses (genericterms.h)
    bool informative(int term) const { return !m_story.isStopTerm(term) && !m_generic[size_t(term)]; }
    double weight(int term) const { return m_idf.weight(term) * (m_generic[size_t(term)] ? s_genericWeight : 1.0); }
    std::vector<Row> m_rows;
    std::vector<std::vector<int>> m_postings; // term -> rows whose sum holds it
    std::vector<double> m_accumulator; // per row, scratch
    std::vector<int> m_paraRow; // paragraph -> row, -1 when none
};

} // namespace Synoptic::Core::AlignDetail
