// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/align/paragraphaligner.h"

#include "core/align/alignengine.h"
#include "core/text/shingles.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Synoptic::Core {

Q_DECLARE_LOGGING_CATEGORY(lcAlign)

namespace AlignDetail {

void Engine::computeFeatures()
{
    m_generic = genericTerms(m_story);
    const auto &paragraphs = m_story.paragraphs();
    std::vector<std::vector<std::pair<int, int>>> counts(paragraphs.size()); // (term, tf)
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        std::vector<int> content;
        for (int t : paragraphs[p].terms) {
            if (!m_story.isStopTerm(t))
                content.push_back(m_story.canonical(t));
        }
        std::sort(content.begin(), content.end());
        for (size_t i = 0; i < content.size();) {
            size_t j = i;
            while (j < content.size() && content[j] == content[i])
                ++j;
            counts[p].emplace_back(content[i], int(j - i));
            i = j;
        }
        std::vector<int> unique;
        unique.reserve(counts[p].size());
        for (const auto &c : counts[p])
            unique.push_back(c.first);
        m_idf.addDocument(unique);
    }
    m_features.resize(paragraphs.size());
    m_termOrder.resize(paragraphs.size());
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        SparseVector v;
        v.reserve(counts[p].size());
        for (const auto &[term, tf] : counts[p])
            v.emplace_back(term, float((1.0 + std::log(double(tf))) * weight(term)));
        const double n = std::sqrt(norm2(v));
        if (n > 0) {
            for (auto &e : v)
                e.second = float(e.second / n);
        }
        std::vector<int> order;
        order.reserve(v.size());
        for (const auto &e : v)
            order.push_back(e.first);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int da = m_idf.documentFrequency(a), db = m_idf.documentFrequency(b);
            return da != db ? da < db : a < b;
        });
        if (order.size() > size_t(m_options.candidateTerms))
            order.resize(size_t(m_options.candidateTerms));
        m_termOrder[p] = std::move(order);
        m_features[p].vector = std::move(v);
        std::vector<int> canonical;
        canonical.reserve(paragraphs[p].terms.size());
        for (int t : paragraphs[p].terms)
            canonical.push_back(m_story.canonical(t));
        // Trigrams of stop and generic words only ("in a statement on") are not evidence.
        std::vector<quint64> windows = windowHashes(canonical, s_shingleSize);
        if (canonical.size() >= size_t(s_shingleSize)) {
            size_t kept = 0;
            for (size_t i = 0; i < windows.size(); ++i) {
                if (informative(canonical[i]) || informative(canonical[i + 1]) || informative(canonical[i + 2]))
                    windows[kept++] = windows[i];
            }
            windows.resize(kept);
        }
        std::sort(windows.begin(), windows.end());
        windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
        m_features[p].shingles = std::move(windows);
    }
}

double Engine::scoreVector(const SparseVector &v, const std::vector<quint64> &shingles, const Row &row) const
{
    if (row.sumNorm2 <= 0 || v.empty())
        return 0;
    const double vn = std::sqrt(norm2(v));
    const double cosine = dotSearch(v, row.sum) / (std::sqrt(row.sumNorm2) * (vn > 0 ? vn : 1));
    const double overlap = shingles.empty() ? 0 : double(intersectionSize(shingles, row.shingles)) / double(shingles.size());
    return combine(cosine, overlap);
}

double Engine::score(int para, const Row &row) const
{
    return scoreVector(m_features[size_t(para)].vector, m_features[size_t(para)].shingles, row);
}

std::vector<int> Engine::candidateRows(int para)
{
    return candidateRows(para, m_termOrder[size_t(para)], m_postings);
}

std::vector<int> Engine::candidateRows(int para, const std::vector<int> &terms, const std::vector<std::vector<int>> &postings,
                                       int limit)
{
    std::vector<int> touched;
    const SparseVector &v = m_features[size_t(para)].vector;
    // One budget of postings per lookup, spent on the rarest terms first: a story of many short
    // paragraphs in common words would otherwise scan every row for every paragraph.
    // An article of thousands of paragraphs is not a news report (a page of list items, a
    // data dump): its paragraphs get a share of the budget, so the work per article stays
    // about what a long report costs, and the story still aligns in near-linear time.
    const int body = m_story.bodyCount(m_story.paragraphs()[size_t(para)].article);
    const double share = body > s_fullLookupParagraphs ? double(s_fullLookupParagraphs) / double(body) : 1.0;
    size_t budget = std::max(s_minLookupPostings, size_t(double(m_options.maxPostings) * share));
    for (int term : terms) {
        if (size_t(term) >= postings.size() || budget == 0)
            continue;
        const auto wIt = std::lower_bound(v.begin(), v.end(), term,
                                          [](const std::pair<int, float> &e, int t) { return e.first < t; });
        const double w = wIt != v.end() && wIt->first == term ? double(wIt->second) : 0;
        const std::vector<int> &rows = postings[size_t(term)];
        const size_t limit = std::min(rows.size(), budget);
        budget -= limit;
        for (size_t i = 0; i < limit; ++i) {
            const int r = rows[i];
            if (m_accumulator[size_t(r)] == 0)
                touched.push_back(r);
            m_accumulator[size_t(r)] += w + 1e-9;
        }
    }
    // Only the best `wanted` are needed: select them rather than sort every row touched (a
    // paragraph in common words touches thousands).
    const size_t wanted = std::max(s_minLookupCandidates, size_t(double(limit > 0 ? limit : m_options.maxCandidates) * share));
    touched.erase(std::remove_if(touched.begin(), touched.end(),
                                 [&](int r) {
                                     if (m_rows[size_t(r)].alive)
                                         return false;
                                     m_accumulator[size_t(r)] = 0;
                                     return true;
                                 }),
                  touched.end());
    auto better = [&](int a, int b) {
        const double sa = m_accumulator[size_t(a)], sb = m_accumulator[size_t(b)];
        return sa != sb ? sa > sb : a < b;
    };
    if (touched.size() > wanted) {
        std::nth_element(touched.begin(), touched.begin() + std::ptrdiff_t(wanted), touched.end(), better);
        for (size_t i = wanted; i < touched.size(); ++i)
            m_accumulator[size_t(touched[i])] = 0;
        touched.resize(wanted);
    }
    std::sort(touched.begin(), touched.end(), better);
    for (int r : touched)
        m_accumulator[size_t(r)] = 0;
    return touched;
}

int Engine::newRow()
{
    m_rows.emplace_back();
    m_accumulator.push_back(0);
    return int(m_rows.size() - 1);
}

void Engine::addMember(int rowId, int para, double score)
{
    Row &row = m_rows[size_t(rowId)];
    const Features &f = m_features[size_t(para)];
    // Post the row under every term it did not hold yet.
    auto i = row.sum.begin();
    for (const auto &[term, w] : f.vector) {
        Q_UNUSED(w)
        while (i != row.sum.end() && i->first < term)
            ++i;
        if (i == row.sum.end() || i->first != term) {
            if (size_t(term) >= m_postings.size())
                m_postings.resize(size_t(term) + 1);
            m_postings[size_t(term)].push_back(rowId);
        }
    }
    row.sum = add(row.sum, f.vector);
    row.sumNorm2 = norm2(row.sum);
    if (row.members.size() < s_rowShingleMembers)
        row.shingles = unite(row.shingles, f.shingles);
    row.members.push_back({para, float(score)});
    m_paraRow[size_t(para)] = rowId;
}

void Engine::mergeRows(int into, int from)
{
    Row &source = m_rows[size_t(from)];
    const std::vector<Member> members = source.members;
    source.alive = false;
    source.members.clear();
    source.sum.clear();
    source.sumNorm2 = 0;
    for (const Member &m : members)
        addMember(into, m.para, m.score);
}

void Engine::placeArticle(int article)
{
    const std::vector<int> &paras = m_story.articleParagraphs(article);
    struct Option {
        double score;
        int local; // index into paras
        int row;
    };
    std::vector<Option> options;
    std::vector<std::vector<std::pair<int, double>>> scores(paras.size()); // per local: (row, score)
    for (size_t i = 0; i < paras.size(); ++i) {
        for (int r : candidateRows(paras[i])) {
            const double s = score(paras[i], m_rows[size_t(r)]);
            scores[i].emplace_back(r, s);
            if (s >= m_options.threshold)
                options.push_back({s, int(i), r});
        }
    }
    std::stable_sort(options.begin(), options.end(), [](const Option &a, const Option &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.local != b.local ? a.local < b.local : a.row < b.row;
    });
    std::vector<int> assigned(paras.size(), -1);
    std::vector<double> assignedScore(paras.size(), 0);
    std::vector<int> takenRows;
    auto taken = [&](int r) { return std::find(takenRows.begin(), takenRows.end(), r) != takenRows.end(); };
    for (const Option &o : options) {
        if (assigned[size_t(o.local)] >= 0 || taken(o.row))
            continue;
        assigned[size_t(o.local)] = o.row;
        assignedScore[size_t(o.local)] = o.score;
        takenRows.push_back(o.row);
    }
    auto scoreOf = [&](size_t local, int row) {
        for (const auto &[r, s] : scores[local]) {
            if (r == row)
                return s;
        }
        return score(paras[local], m_rows[size_t(row)]);
    };

    // Merges: this article wrote as one paragraph what the other wrote as two. Only between two
    // articles: with more, the joined row would pull every other outlet's two paragraphs into
    // one row; there the merged paragraph joins the row it matches best.
    for (size_t i = 0; i < paras.size() && m_story.articleCount() == 2; ++i) {
        const int r1 = assigned[i];
        if (r1 < 0)
            continue;
        for (const auto &[r2, s2] : scores[i]) {
            if (r2 == r1 || taken(r2) || !m_rows[size_t(r2)].alive || s2 < 0.5 * m_options.threshold)
                continue;
            const Row &a = m_rows[size_t(r1)];
            const Row &b = m_rows[size_t(r2)];
            if (a.members.size() != 1 || b.members.size() != 1)
                continue;
            bool adjacent = true; // the same articles, with neighbouring paragraphs
            for (size_t k = 0; k < a.members.size() && adjacent; ++k) {
                const auto &pa = m_story.paragraphs()[size_t(a.members[k].para)];
                const auto &pb = m_story.paragraphs()[size_t(b.members[k].para)];
                adjacent = pa.article == pb.article && std::abs(pa.position - pb.position) == 1;
            }
            if (!adjacent)
                continue;
            Row joined;
            joined.sum = add(a.sum, b.sum);
            joined.sumNorm2 = norm2(joined.sum);
            joined.shingles = unite(a.shingles, b.shingles);
            const double together = score(paras[i], joined);
            if (together >= assignedScore[i] + m_options.splitMargin) {
                mergeRows(r1, r2);
                m_rows[size_t(r1)].doubled = true;
                assignedScore[i] = together;
                break;
            }
        }
    }

    // Splits: two adjacent paragraphs of this article together match one row.
    for (size_t i = 0; i < paras.size(); ++i) {
        const int r = assigned[i];
        if (r < 0)
            continue;
        for (size_t j : {i + 1, i - 1}) {
            if (j >= paras.size() || assigned[j] >= 0)
                continue;
            const double alone = scoreOf(j, r);
            if (alone < 0.1)
                continue;
            const Features &fi = m_features[size_t(paras[i])];
            const Features &fj = m_features[size_t(paras[j])];
            const double together = scoreVector(add(fi.vector, fj.vector), unite(fi.shingles, fj.shingles), m_rows[size_t(r)]);
            if (together >= std::max(assignedScore[i], alone) + m_options.splitMargin) {
                assigned[j] = r;
                assignedScore[j] = alone;
                m_rows[size_t(r)].doubled = true;
                break;
            }
        }
    }

    for (size_t i = 0; i < paras.size(); ++i) {
        const int r = assigned[i] >= 0 ? assigned[i] : newRow();
        addMember(r, paras[i], assignedScore[i]);
    }
}

bool Engine::run(const std::function<bool()> &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    auto stage = [&](const char *name) { qCDebug(lcAlign, "  %s: %lld ms", name, timer.restart()); };
    computeFeatures();
    stage("features");
    m_paraRow.assign(m_story.paragraphs().size(), -1);
    // Articles with the most paragraphs first: rows start from the finest division of the
    // text, so later articles' merged paragraphs join one row and their splits join as pairs.
    std::vector<int> order(size_t(m_story.articleCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_story.bodyCount(a) > m_story.bodyCount(b); });
    for (size_t k = 0; k < order.size(); ++k) {
        if (cancelled && (k % 16) == 0 && cancelled())
            return false;
        placeArticle(order[k]);
    }
    stage("placement");
    repairSplits();
    stage("split repair");
    releaseWeakHalves();
    stage("weak halves");
    attachMerges();
    stage("merges");
    linkBySentences();
    stage("sentence links");
    return true;
}

std::vector<int> Engine::consensusOrder(const std::vector<int> &rows) const
{
    // Per row: (article, normalised position) pairs sorted by article.
    std::vector<std::vector<std::pair<int, double>>> positions(rows.size());
    std::vector<double> key(rows.size());
    for (size_t k = 0; k < rows.size(); ++k) {
        auto &pos = positions[k];
        for (const Member &m : m_rows[size_t(rows[k])].members) {
            const auto &p = m_story.paragraphs()[size_t(m.para)];
            const double x = (p.position + 0.5) / double(std::max(1, m_story.bodyCount(p.article)));
            pos.emplace_back(p.article, x);
        }
        std::sort(pos.begin(), pos.end());
        std::vector<double> xs;
        for (const auto &e : pos)
            xs.push_back(e.second);
        std::sort(xs.begin(), xs.end());
        key[k] = xs.empty() ? 0 : (xs.size() % 2 ? xs[xs.size() / 2] : 0.5 * (xs[xs.size() / 2 - 1] + xs[xs.size() / 2]));
    }
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key[a] != key[b] ? key[a] < key[b] : rows[a] < rows[b]; });

    // Votes of the articles both rows appear in: how many put `a` after `b`.
    auto against = [&](size_t a, size_t b) {
        int count = 0;
        auto i = positions[a].begin();
        auto j = positions[b].begin();
        while (i != positions[a].end() && j != positions[b].end()) {
            if (i->first < j->first) {
                ++i;
            } else if (j->first < i->first) {
                ++j;
            } else {
                if (i->second > j->second)
                    ++count;
                ++i;
                ++j;
            }
        }
        return count;
    };
    // Local improvement: swap neighbours while that removes inversions.
    for (int pass = 0; pass < 8; ++pass) {
        bool changed = false;
        for (size_t k = 0; k + 1 < order.size(); ++k) {
            if (against(order[k], order[k + 1]) > against(order[k + 1], order[k])) {
                std::swap(order[k], order[k + 1]);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    std::vector<int> out;
    out.reserve(order.size());
    for (size_t k : order)
        out.push_back(rows[k]);
    return out;
}

Alignment Engine::result() const
{
    Alignment alignment;
    const auto &paragraphs = m_story.paragraphs();
    std::vector<int> aligned;
    std::vector<float> scratch(size_t(m_story.termCount()), 0);
    std::vector<AlignmentRow> built(m_rows.size());
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        if (!row.alive || row.members.empty())
            continue;
        int firstArticle = paragraphs[size_t(row.members.front().para)].article;
        bool several = false;
        for (const Member &m : row.members)
            several = several || paragraphs[size_t(m.para)].article != firstArticle;
        if (!several) {
            for (const Member &m : row.members)
                alignment.unaligned.append({paragraphs[size_t(m.para)].article, paragraphs[size_t(m.para)].paragraph});
            continue;
        }
        // Per member: the in-sum paragraphs of its article, when the article has more than one.
        std::vector<std::vector<int>> sameArticle(row.members.size());
        {
            std::vector<std::pair<int, size_t>> byArticle; // (article, member index)
            for (size_t k = 0; k < row.members.size(); ++k)
                byArticle.emplace_back(paragraphs[size_t(row.members[k].para)].article, k);
            std::sort(byArticle.begin(), byArticle.end());
            for (size_t k = 0; k < byArticle.size();) {
                size_t e = k;
                while (e < byArticle.size() && byArticle[e].first == byArticle[k].first)
                    ++e;
                if (e - k > 1) {
                    std::vector<int> inSum;
                    for (size_t g = k; g < e; ++g) {
                        const Member &gm = row.members[byArticle[g].second];
                        if (gm.inSum)
                            inSum.push_back(gm.para);
                    }
                    for (size_t g = k; g < e; ++g)
                        sameArticle[byArticle[g].second] = inSum;
                }
                k = e;
            }
        }
        // Member score: cosine to the sum of the other articles' members.
        for (const auto &[t, w] : row.sum)
            scratch[size_t(t)] = w;
        AlignmentRow out;
        for (const Member &m : row.members) {
            const int article = paragraphs[size_t(m.para)].article;
            if (!m.inSum) { // attached as the second row of a merged paragraph: scored then
                out.members.append({article, paragraphs[size_t(m.para)].paragraph,
                                    std::clamp(std::round(double(m.score) * 1000) / 1000, 0.0, 1.0), m.merged});
                continue;
            }
            // This article's share of the row sum (two members when it split the paragraph).
            const auto &group = sameArticle[size_t(&m - row.members.data())];
            SparseVector own = m_features[size_t(m.para)].vector;
            if (!group.empty()) {
                own.clear();
                for (int o : group)
                    own = add(own, m_features[size_t(o)].vector);
            }
            double d = 0, ownDot = 0, sumOwn = 0;
            for (const auto &[t, w] : m_features[size_t(m.para)].vector)
                d += double(w) * double(scratch[size_t(t)]);
            ownDot = dot(m_features[size_t(m.para)].vector, own);
            for (const auto &[t, w] : own)
                sumOwn += double(w) * double(scratch[size_t(t)]);
            const double restNorm2 = row.sumNorm2 - 2 * sumOwn + norm2(own);
            // Nothing else in the sum (the rest are merged or partial members, scored when they
            // joined): the member's own score from then.
            const double s = restNorm2 > 1e-6 ? (d - ownDot) / std::sqrt(restNorm2) : double(m.score);
            out.members.append({article, paragraphs[size_t(m.para)].paragraph, std::clamp(std::round(s * 1000) / 1000, 0.0, 1.0),
                                m.merged});
        }
        for (const auto &[t, w] : row.sum) {
            Q_UNUSED(w)
            scratch[size_t(t)] = 0;
        }
        std::sort(out.members.begin(), out.members.end(),
                  [](const AlignmentMember &a, const AlignmentMember &b) { return a.ref() < b.ref(); });
        built[r] = std::move(out);
        aligned.push_back(int(r));
    }
    int id = 1;
    for (int r : consensusOrder(aligned)) {
        AlignmentRow row = std::move(built[size_t(r)]);
        row.id = id++;
        alignment.rows.append(std::move(row));
    }
    std::sort(alignment.unaligned.begin(), alignment.unaligned.end());
    return alignment;
}

} // namespace AlignDetail

ParagraphAligner::ParagraphAligner(ParagraphAlignerOptions options)
    : m_options(options)
{
}

Alignment ParagraphAligner::align(const TokenizedStory &story, const std::function<bool()> &cancelled) const
{
    AlignDetail::Engine engine(story, m_options);
    if (!engine.run(cancelled))
        return {};
    return engine.result();
}

} // namespace Synoptic::Core
