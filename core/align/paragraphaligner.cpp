#include "core/align/paragraphaligner.h"

#include "core/align/genericterms.h"
#include "core/align/sentenceevidence.h"
#include "core/align/sparsevector.h"
#include "core/text/idfweights.h"
#include "core/text/shingles.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace Synoptic::Core {

Q_DECLARE_LOGGING_CATEGORY(lcAlign)

namespace {

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
double combine(double cosine, double trigramContainment)
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

} // namespace

ParagraphAligner::ParagraphAligner(ParagraphAlignerOptions options)
    : m_options(options)
{
}

Alignment ParagraphAligner::align(const TokenizedStory &story, const std::function<bool()> &cancelled) const
{
    Engine engine(story, m_options);
    if (!engine.run(cancelled))
        return {};
    return engine.result();
}

} // namespace Synoptic::Core
