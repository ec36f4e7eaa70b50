// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The passes that repair the rows placement made (see alignengine.h): split halves placed
// apart, weak halves, merged paragraphs, and links found below the paragraph level.

#include "core/align/alignengine.h"
#include "core/align/sentenceevidence.h"
#include "core/text/shingles.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace Synoptic::Core::AlignDetail {

void Engine::repairSplits()
{
    // A paragraph left alone whose article already sits in a row with the other half of a split
    // (the split article came first, or reordering separated the halves) joins that row when
    // the two halves together match it clearly better than either alone.
    const auto &paragraphs = m_story.paragraphs();
    // Only rows of two or more members can take a half: look them up in an index of their own,
    // so a story of many unmatched paragraphs does not scan every lone row for each of them.
    // Rows only gain members here, so the index built once stays complete but for the terms
    // the joining halves bring (they add evidence, not new candidates).
    std::vector<std::vector<int>> multiPostings;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (!m_rows[r].alive || m_rows[r].members.size() < 2)
            continue;
        for (const auto &[term, w] : m_rows[r].sum) {
            Q_UNUSED(w)
            if (size_t(term) >= multiPostings.size())
                multiPostings.resize(size_t(term) + 1);
            multiPostings[size_t(term)].push_back(int(r));
        }
    }
    if (multiPostings.empty())
        return;
    for (size_t u = 0; u < paragraphs.size(); ++u) {
        const int own = m_paraRow[u];
        if (own < 0 || m_rows[size_t(own)].members.size() != 1)
            continue;
        const int article = paragraphs[u].article;
        int bestRow = -1;
        double bestGain = 0;
        for (int r : candidateRows(int(u), m_termOrder[u], multiPostings)) {
            if (r == own)
                continue;
            const Row &row = m_rows[size_t(r)];
            int partner = -1;
            int fromArticle = 0;
            for (const Member &m : row.members) {
                if (paragraphs[size_t(m.para)].article == article) {
                    partner = m.para;
                    ++fromArticle;
                }
            }
            if (fromArticle != 1 || row.members.size() < 2)
                continue;
            const double alone = score(int(u), row);
            if (alone < 0.5 * m_options.threshold) // a half says less than the whole: the gain test decides
                continue;
            // The row without the partner, so the partner does not vouch for itself.
            Row rest;
            rest.sum = subtract(row.sum, m_features[size_t(partner)].vector);
            rest.sumNorm2 = norm2(rest.sum);
            rest.shingles = row.shingles;
            const Features &fu = m_features[u];
            const Features &fp = m_features[size_t(partner)];
            const double partnerAlone = scoreVector(fp.vector, fp.shingles, rest);
            const double together = scoreVector(add(fu.vector, fp.vector), unite(fu.shingles, fp.shingles), rest);
            const bool adjacent = std::abs(paragraphs[u].position - paragraphs[size_t(partner)].position) == 1;
            const double gain = together - std::max(partnerAlone, score(int(u), rest));
            // Or: the half's own words are mostly found in the row and adding it costs nothing.
            double covered = 0;
            for (const auto &[t, w] : fu.vector) {
                const auto it = std::lower_bound(rest.sum.begin(), rest.sum.end(), t,
                                                 [](const std::pair<int, float> &e, int term) { return e.first < term; });
                if (it != rest.sum.end() && it->first == t)
                    covered += double(w) * double(w);
            }
            const bool contained = covered >= (adjacent ? 0.6 : 0.75) && together >= partnerAlone - 0.02;
            if ((gain >= (adjacent ? 1 : 2) * m_options.splitMargin || contained) && std::max(gain, 0.0) + covered > bestGain) {
                bestGain = std::max(gain, 0.0) + covered;
                bestRow = r;
            }
        }
        if (bestRow < 0)
            continue;
        Row &single = m_rows[size_t(own)];
        single.alive = false;
        single.members.clear();
        single.sum.clear();
        single.sumNorm2 = 0;
        addMember(bestRow, int(u), score(int(u), m_rows[size_t(bestRow)]));
        m_rows[size_t(bestRow)].doubled = true;
    }
}

void Engine::removeMember(int rowId, int para)
{
    Row &row = m_rows[size_t(rowId)];
    const auto it = std::find_if(row.members.begin(), row.members.end(), [&](const Member &m) { return m.para == para; });
    if (it == row.members.end())
        return;
    row.members.erase(it);
    row.sum = subtract(row.sum, m_features[size_t(para)].vector);
    row.sumNorm2 = norm2(row.sum);
    m_paraRow[size_t(para)] = -1;
}

void Engine::releaseWeakHalves()
{
    // A row that took two paragraphs of one article as a split, when the weaker one matches
    // another row (without that article) much better: articles placed later may have made a
    // clean row for it. Move it there.
    const auto &paragraphs = m_story.paragraphs();
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (!m_rows[r].alive || !m_rows[r].doubled)
            continue;
        std::vector<std::pair<int, int>> byArticle; // (article, para)
        for (const Member &m : m_rows[r].members)
            byArticle.emplace_back(paragraphs[size_t(m.para)].article, m.para);
        std::sort(byArticle.begin(), byArticle.end());
        for (size_t k = 0; k + 1 < byArticle.size(); ++k) {
            if (byArticle[k].first != byArticle[k + 1].first)
                continue;
            for (int para : {byArticle[k].second, byArticle[k + 1].second}) {
                Row rest;
                rest.sum = subtract(m_rows[r].sum, m_features[size_t(para)].vector);
                rest.sumNorm2 = norm2(rest.sum);
                rest.shingles = m_rows[r].shingles;
                const double here = score(para, rest);
                int best = -1;
                double bestScore = std::max(m_options.threshold, here + 0.2);
                for (int other : candidateRows(para)) {
                    if (size_t(other) == r || m_rows[size_t(other)].members.size() < 2)
                        continue;
                    const Row &o = m_rows[size_t(other)];
                    const bool hasArticle = std::any_of(o.members.begin(), o.members.end(), [&](const Member &m) {
                        return paragraphs[size_t(m.para)].article == paragraphs[size_t(para)].article;
                    });
                    if (hasArticle)
                        continue;
                    const double s = score(para, o);
                    if (s > bestScore) {
                        bestScore = s;
                        best = other;
                    }
                }
                if (best >= 0) {
                    removeMember(int(r), para);
                    addMember(best, para, bestScore);
                    break;
                }
            }
        }
    }
}

void Engine::attachMerges()
{
    // A paragraph that holds two rows' content (the others wrote it as two paragraphs) also
    // joins the second row, when both rows together match it clearly better than its own row,
    // and some other article has the two rows' paragraphs next to each other.
    const auto &paragraphs = m_story.paragraphs();
    std::vector<std::vector<std::pair<int, int>>> placed(m_rows.size()); // per row: (article, position), sorted
    for (size_t r = 0; r < m_rows.size(); ++r) {
        for (const Member &m : m_rows[r].members)
            placed[r].emplace_back(paragraphs[size_t(m.para)].article, paragraphs[size_t(m.para)].position);
        std::sort(placed[r].begin(), placed[r].end());
    }
    // Rows that sit next to each other in some article: the only places a merged paragraph's
    // second half can be. Built once from (article, position) -> row.
    std::map<std::pair<int, int>, int> rowAt;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        for (const auto &ap : placed[r])
            rowAt.emplace(ap, int(r));
    }
    std::vector<std::vector<int>> neighbours(m_rows.size());
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (!m_rows[r].alive || m_rows[r].members.size() < 2)
            continue;
        std::map<int, int> counts;
        for (const auto &[a, pos] : placed[r]) {
            for (int d : {-1, 1}) {
                const auto it = rowAt.find({a, pos + d});
                if (it != rowAt.end() && size_t(it->second) != r)
                    ++counts[it->second];
            }
        }
        std::vector<std::pair<int, int>> ranked; // (-count, row)
        for (const auto &[row, count] : counts)
            ranked.emplace_back(-count, row);
        std::sort(ranked.begin(), ranked.end());
        for (size_t k = 0; k < ranked.size() && k < size_t(m_options.maxCandidates); ++k)
            neighbours[r].push_back(ranked[k].second);
    }
    auto holdsArticle = [&](int r, int article) {
        const auto it = std::lower_bound(placed[size_t(r)].begin(), placed[size_t(r)].end(), std::make_pair(article, -1));
        return it != placed[size_t(r)].end() && it->first == article;
    };

    std::map<std::pair<int, int>, double> rowDots; // r1 · r2 of row sums
    std::vector<std::pair<int, Member>> additions; // (row, member), applied after the scan
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const int own = m_paraRow[p];
        if (own < 0 || m_rows[size_t(own)].members.size() < 2)
            continue;
        const Row &r1 = m_rows[size_t(own)];
        // Everything from sums and dot products, without building the joined row: this runs for
        // every aligned paragraph.
        const Features &fp = m_features[p];
        const double pNorm = std::sqrt(norm2(fp.vector));
        if (pNorm <= 0)
            continue;
        const double p1 = dotSearch(fp.vector, r1.sum); // p · r1
        const double rest1Norm2 = r1.sumNorm2 - 2 * p1 + pNorm * pNorm;
        if (rest1Norm2 <= 1e-9)
            continue;
        const double shared1 = fp.shingles.empty() ? 0 : double(intersectionSize(fp.shingles, r1.shingles));
        const double shingleCount = std::max<double>(1, double(fp.shingles.size()));
        const double own1 = combine((p1 - pNorm * pNorm) / (std::sqrt(rest1Norm2) * pNorm), shared1 / shingleCount);
        const int article = paragraphs[p].article;
        int best = -1;
        double bestTogether = 0, bestAlone = 0;
        for (int r : neighbours[size_t(own)]) {
            if (m_rows[size_t(r)].members.size() < 2 || holdsArticle(r, article))
                continue;
            const Row &r2 = m_rows[size_t(r)];
            const double p2 = dotSearch(fp.vector, r2.sum);
            const double shared2 = fp.shingles.empty() ? 0 : double(intersectionSize(fp.shingles, r2.shingles));
            const double alone = combine(p2 / (std::sqrt(r2.sumNorm2) * pNorm), shared2 / shingleCount);
            if (alone < 0.5 * m_options.threshold)
                continue;
            const auto key = std::make_pair(std::min(own, r), std::max(own, r));
            auto cross = rowDots.find(key);
            if (cross == rowDots.end())
                cross = rowDots.emplace(key, dot(r1.sum, r2.sum)).first;
            const double rest1DotR2 = cross->second - p2; // (r1 - p) · r2
            const double joinedNorm2 = rest1Norm2 + r2.sumNorm2 + 2 * rest1DotR2;
            if (joinedNorm2 <= 1e-9)
                continue;
            const double cosine = (p1 - pNorm * pNorm + p2) / (std::sqrt(joinedNorm2) * pNorm);
            const double together = combine(cosine, std::min(1.0, (shared1 + shared2) / shingleCount));
            if (together >= std::max(own1, alone) + m_options.splitMargin && together > bestTogether) {
                best = r;
                bestTogether = together;
                bestAlone = alone;
            }
        }
        if (best >= 0) {
            additions.push_back({best, {int(p), float(bestAlone), true, false}});
            for (Member &m : m_rows[size_t(own)].members) {
                if (size_t(m.para) == p)
                    m.merged = true;
            }
        }
    }
    for (const auto &[r, member] : additions)
        m_rows[size_t(r)].members.push_back(member);
}

void Engine::linkBySentences()
{
    // A paragraph still alone after placement may share a sentence or a quotation with a
    // paragraph of another outlet that said more around it (or less):
    //  - when that paragraph's row has no paragraph of this article, this one joins the row: as
    //    a full member when the row is just that paragraph, else as a partial member (scored,
    //    outside the row's sum, so it does not pull the row towards its other content);
    //  - when the row already holds a paragraph of this article, the other paragraph covers
    //    two of this article's: it becomes a merged member of a new row beside this one (it
    //    is shown once, with a mark), as attachMerges does for neighbouring paragraphs.
    // Strongest ties first; one member per article and row, and no paragraph in more than two rows.
    const auto &paragraphs = m_story.paragraphs();
    const SentenceEvidence evidence(
        m_story, [&](int t) { return m_story.canonical(t); }, [&](int t) { return weight(t); },
        [&](int t) { return informative(t); });
    auto documentFrequency = [&](int t) { return m_idf.documentFrequency(t); };
    struct Option {
        double strength;
        int para;
        int row;
        int partner; // the member it is tied to
    };
    std::vector<Option> options;
    auto holdsArticle = [&](const Row &row, int article) {
        return std::any_of(row.members.begin(), row.members.end(),
                           [&](const Member &m) { return paragraphs[size_t(m.para)].article == article; });
    };
    for (size_t u = 0; u < paragraphs.size(); ++u) {
        const int own = m_paraRow[u];
        if (own < 0 || m_rows[size_t(own)].members.size() != 1)
            continue;
        const int article = paragraphs[u].article;
        std::vector<int> terms = m_termOrder[u];
        for (int t : evidence.sentenceTerms(int(u), s_sentenceLookupTerms, documentFrequency)) {
            if (std::find(terms.begin(), terms.end(), t) == terms.end())
                terms.push_back(t);
        }
        // A long paragraph's sentences may each belong to another row: more candidates for it.
        const int limit = (paragraphs[u].sentenceStarts.size() > 1 ? 2 : 1) * m_options.maxCandidates;
        for (int r : candidateRows(int(u), terms, m_postings, limit)) {
            const Row &row = m_rows[size_t(r)];
            if (r == own || !row.alive)
                continue;
            double best = 0;
            int partner = -1;
            for (size_t k = 0; k < row.members.size() && k < s_rowShingleMembers; ++k) {
                const Member &m = row.members[k];
                if (paragraphs[size_t(m.para)].article == article || m.merged || !m.inSum)
                    continue;
                const double link = evidence.link(int(u), m.para);
                if (link > best) {
                    best = link;
                    partner = m.para;
                }
            }
            if (best > 0)
                options.push_back({best, int(u), r, partner});
        }
    }
    // Ties to rows that are already groups first: two lone paragraphs that pair up would
    // otherwise keep both from the group they each belong to.
    std::stable_sort(options.begin(), options.end(), [&](const Option &a, const Option &b) {
        const bool ga = m_rows[size_t(a.row)].members.size() > 1, gb = m_rows[size_t(b.row)].members.size() > 1;
        if (ga != gb)
            return ga;
        if (a.strength != b.strength)
            return a.strength > b.strength;
        if (a.para != b.para)
            return a.para < b.para;
        return a.row != b.row ? a.row < b.row : a.partner < b.partner;
    });
    for (const Option &o : options) {
        const int own = m_paraRow[size_t(o.para)];
        Row &target = m_rows[size_t(o.row)];
        if (own < 0 || own == o.row || m_rows[size_t(own)].members.size() != 1 || !target.alive || target.members.empty())
            continue;
        // Decided now, not when the option was found: an earlier option may have brought this
        // article into the row.
        if (holdsArticle(target, paragraphs[size_t(o.para)].article)) {
            // The partner must still be an ordinary member of that row.
            const auto it = std::find_if(target.members.begin(), target.members.end(),
                                         [&](const Member &m) { return m.para == o.partner; });
            if (it == target.members.end() || it->merged || !it->inSum)
                continue;
            it->merged = true;
            Row &pair = m_rows[size_t(own)];
            pair.members.front().score = float(o.strength); // the row's sum is this paragraph alone
            pair.members.push_back({o.partner, float(o.strength), true, false});
            continue;
        }
        Row &single = m_rows[size_t(own)];
        single.alive = false;
        single.members.clear();
        single.sum.clear();
        single.sumNorm2 = 0;
        if (target.members.size() == 1) {
            addMember(o.row, o.para, o.strength);
        } else {
            target.members.push_back({o.para, float(score(o.para, target)), false, false});
            m_paraRow[size_t(o.para)] = o.row;
        }
    }
}

} // namespace Synoptic::Core::AlignDetail
