// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/align/sentenceevidence.h"

#include "core/text/shingles.h"

#include <algorithm>

namespace Synoptic::Core {

namespace {

constexpr int s_window = 3;
constexpr int s_minSentenceContent = 4; // shorter sentences say too little to tie two paragraphs
constexpr int s_minCoveredContent = 3;
constexpr int s_minQuoteContent = 2; // content words in a shared quoted run
constexpr int s_longQuote = 5; // a shared quoted run this long counts even inside a longer quotation

bool contains(const std::vector<quint64> &sorted, quint64 h)
{
    return std::binary_search(sorted.begin(), sorted.end(), h);
}

} // namespace

SentenceEvidence::SentenceEvidence(const TokenizedStory &story, const std::function<int(int)> &canonical,
                                   const std::function<double(int)> &weight, const std::function<bool(int)> &isContent)
    : m_story(story)
    , m_weight(weight)
    , m_isContent(isContent)
    , m_canonical(canonical)
    , m_data(story.paragraphs().size())
    , m_built(story.paragraphs().size(), false)
{
}

const SentenceEvidence::ParagraphData &SentenceEvidence::data(int para) const
{
    ParagraphData &d = m_data[size_t(para)];
    if (m_built[size_t(para)])
        return d;
    m_built[size_t(para)] = true;
    const TokenizedParagraph &p = m_story.paragraphs()[size_t(para)];
    d.terms.reserve(p.terms.size());
    for (int t : p.terms)
        d.terms.push_back(m_canonical(t));
    if (d.terms.size() >= size_t(s_window))
        d.windows = windowHashes(d.terms, s_window);
    d.shingles = d.windows;
    std::sort(d.shingles.begin(), d.shingles.end());
    d.shingles.erase(std::unique(d.shingles.begin(), d.shingles.end()), d.shingles.end());
    for (size_t i = 0; i < d.windows.size(); ++i) {
        if (p.quoted[i] && p.quoted[i + 1] && p.quoted[i + 2])
            d.quotedShingles.push_back(d.windows[i]);
    }
    std::sort(d.quotedShingles.begin(), d.quotedShingles.end());
    d.quotedShingles.erase(std::unique(d.quotedShingles.begin(), d.quotedShingles.end()), d.quotedShingles.end());
    return d;
}

double SentenceEvidence::sentenceCover(int from, int to) const
{
    const ParagraphData &a = data(from);
    const ParagraphData &b = data(to);
    if (a.windows.empty() || b.shingles.empty())
        return 0;
    const std::vector<int> &starts = m_story.paragraphs()[size_t(from)].sentenceStarts;
    std::vector<bool> covered;
    double best = 0;
    for (size_t s = 0; s < starts.size(); ++s) {
        const size_t begin = size_t(starts[s]);
        const size_t end = s + 1 < starts.size() ? size_t(starts[s + 1]) : a.terms.size();
        if (end <= begin || end - begin < size_t(s_window))
            continue;
        int content = 0;
        double total = 0;
        for (size_t i = begin; i < end; ++i) {
            if (m_isContent(a.terms[i])) {
                ++content;
                total += m_weight(a.terms[i]);
            }
        }
        if (content < s_minSentenceContent || total <= 0)
            continue;
        covered.assign(end - begin, false);
        for (size_t i = begin; i + s_window <= end; ++i) {
            if (contains(b.shingles, a.windows[i])) {
                for (size_t k = i; k < i + s_window; ++k)
                    covered[k - begin] = true;
            }
        }
        int coveredContent = 0;
        double weight = 0;
        for (size_t i = begin; i < end; ++i) {
            if (covered[i - begin] && m_isContent(a.terms[i])) {
                ++coveredContent;
                weight += m_weight(a.terms[i]);
            }
        }
        if (coveredContent >= s_minCoveredContent)
            best = std::max(best, weight / total);
    }
    return best;
}

double SentenceEvidence::quoteAnchor(int from, int to) const
{
    const ParagraphData &a = data(from);
    const ParagraphData &b = data(to);
    if (a.windows.empty() || b.quotedShingles.empty())
        return 0;
    const std::vector<bool> &quoted = m_story.paragraphs()[size_t(from)].quoted;
    double best = 0;
    for (size_t i = 0; i < a.windows.size();) {
        auto shared = [&](size_t k) {
            return quoted[k] && quoted[k + 1] && quoted[k + 2] && contains(b.quotedShingles, a.windows[k]);
        };
        if (!shared(i)) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j + 1 < a.windows.size() && shared(j + 1))
            ++j;
        const size_t first = i, last = j + s_window - 1; // terms of the run
        int content = 0;
        for (size_t k = first; k <= last; ++k)
            content += m_isContent(a.terms[k]) ? 1 : 0;
        const int length = int(last - first + 1);
        // The run is the whole quotation here: quotation marks on both sides of it.
        const bool whole = (first == 0 || !quoted[first - 1]) && (last + 1 == quoted.size() || !quoted[last + 1]);
        if (content >= s_minQuoteContent && (length >= s_longQuote || whole))
            best = std::max(best, std::min(1.0, 0.6 + 0.04 * length));
        i = j + 1;
    }
    return best;
}

double SentenceEvidence::link(int a, int b) const
{
    const double cover = std::max(sentenceCover(a, b), sentenceCover(b, a));
    const double quote = std::max(quoteAnchor(a, b), quoteAnchor(b, a));
    return std::max(cover >= minimumCover ? cover : 0.0, quote);
}

std::vector<int> SentenceEvidence::sentenceTerms(int para, int perSentence, const std::function<int(int)> &documentFrequency) const
{
    const ParagraphData &d = data(para);
    const std::vector<int> &starts = m_story.paragraphs()[size_t(para)].sentenceStarts;
    std::vector<int> out;
    std::vector<int> sentence;
    for (size_t s = 0; s < starts.size(); ++s) {
        const size_t begin = size_t(starts[s]);
        const size_t end = s + 1 < starts.size() ? size_t(starts[s + 1]) : d.terms.size();
        sentence.clear();
        for (size_t i = begin; i < end && i < d.terms.size(); ++i) {
            if (m_isContent(d.terms[i]))
                sentence.push_back(d.terms[i]);
        }
        std::sort(sentence.begin(), sentence.end());
        sentence.erase(std::unique(sentence.begin(), sentence.end()), sentence.end());
        std::stable_sort(sentence.begin(), sentence.end(), [&](int x, int y) {
            const int dx = documentFrequency(x), dy = documentFrequency(y);
            return dx != dy ? dx < dy : x < y;
        });
        for (size_t k = 0; k < sentence.size() && k < size_t(perSentence); ++k)
            out.push_back(sentence[k]);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    std::stable_sort(out.begin(), out.end(), [&](int x, int y) {
        const int dx = documentFrequency(x), dy = documentFrequency(y);
        return dx != dy ? dx < dy : x < y;
    });
    return out;
}

} // namespace Synoptic::Core
