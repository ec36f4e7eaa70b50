// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/align/familydetector.h"

#include "core/text/shingles.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Synoptic::Core {

namespace {

constexpr int s_shingleSize = 5;
constexpr double s_restatedShare = 0.5; // of a sentence's content words found in one sentence of the other
constexpr int s_sentenceMinTerms = 4; // shorter sentences ("Police declined to comment.") prove nothing

struct Context {
    std::vector<std::vector<quint64>> shingles; // per article, sorted
    std::vector<std::vector<quint64>> narration; // per article: 5-grams outside quotes, sorted
    std::vector<std::vector<std::vector<quint64>>> narrationRuns; // per article: each run's 5-grams in text order
    std::vector<int> narrationWords; // per article: words outside quotes (in runs long enough to shingle)
    std::vector<std::vector<std::vector<int>>> sentences; // per article: each narration sentence's content terms, sorted
    std::vector<std::vector<std::pair<int, int>>> sentenceIndex; // per article: (term, sentence), sorted
    std::vector<std::vector<std::pair<int, int>>> rowsOf; // per article: (row, body position), by row
    int articles = 0;

};

Context buildContext(const TokenizedStory &story, const Alignment &alignment)
{
    Context c;
    c.articles = story.articleCount();
    c.shingles.resize(size_t(c.articles));
    c.narration.resize(size_t(c.articles));
    c.narrationRuns.resize(size_t(c.articles));
    c.narrationWords.resize(size_t(c.articles));
    c.sentences.resize(size_t(c.articles));
    c.sentenceIndex.resize(size_t(c.articles));
    for (int a = 0; a < c.articles; ++a) {
        std::vector<quint64> all;
        std::vector<quint64> narration;
        std::vector<std::vector<quint64>> ordered;
        int words = 0;
        for (int p : story.articleParagraphs(a)) {
            const TokenizedParagraph &tp = story.paragraphs()[size_t(p)];
            std::vector<int> terms;
            for (int t : tp.terms)
                terms.push_back(story.canonical(t));
            for (size_t k = 0; k < tp.sentenceStarts.size(); ++k) {
                const size_t from = size_t(tp.sentenceStarts[k]);
                const size_t to = k + 1 < tp.sentenceStarts.size() ? size_t(tp.sentenceStarts[k + 1]) : terms.size();
                std::vector<int> content;
                for (size_t i = from; i < to; ++i) {
                    if (!(i < tp.quoted.size() && tp.quoted[i]) && !story.isStopTerm(tp.terms[i]))
                        content.push_back(terms[i]);
                }
                std::sort(content.begin(), content.end());
                content.erase(std::unique(content.begin(), content.end()), content.end());
                if (content.size() >= size_t(s_sentenceMinTerms))
                    c.sentences[size_t(a)].push_back(std::move(content));
            }
            if (terms.size() < size_t(s_shingleSize))
                continue; // a short line ("Contact form") is no evidence of copying
            const std::vector<quint64> s = shingleHashes(terms, s_shingleSize);
            all.insert(all.end(), s.begin(), s.end());
            // Narration: runs of unquoted words, each run shingled on its own.
            std::vector<int> run;
            for (size_t i = 0; i <= terms.size(); ++i) {
                if (i < terms.size() && !(i < tp.quoted.size() && tp.quoted[i])) {
                    run.push_back(terms[i]);
                    continue;
                }
                if (run.size() >= size_t(s_shingleSize)) {
                    const std::vector<quint64> r = windowHashes(run, s_shingleSize);
                    narration.insert(narration.end(), r.begin(), r.end());
                    ordered.push_back(r);
                    words += int(run.size());
                }
                run.clear();
            }
        }
        std::sort(narration.begin(), narration.end());
        narration.erase(std::unique(narration.begin(), narration.end()), narration.end());
        c.narration[size_t(a)] = std::move(narration);
        c.narrationRuns[size_t(a)] = std::move(ordered);
        c.narrationWords[size_t(a)] = words;
        auto &index = c.sentenceIndex[size_t(a)];
        const auto &sentences = c.sentences[size_t(a)];
        for (size_t k = 0; k < sentences.size(); ++k) {
            for (int t : sentences[k])
                index.emplace_back(t, int(k));
        }
        std::sort(index.begin(), index.end());
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        c.shingles[size_t(a)] = std::move(all);
    }
    // Body position of each paragraph, to test order.
    QHash<std::pair<int, int>, int> position;
    for (const TokenizedParagraph &p : story.paragraphs())
        position.insert({p.article, p.paragraph}, p.position);
    c.rowsOf.resize(size_t(c.articles));
    for (qsizetype r = 0; r < alignment.rows.size(); ++r) {
        for (const AlignmentMember &m : alignment.rows[r].members) {
            if (m.article >= 0 && m.article < c.articles)
                c.rowsOf[size_t(m.article)].emplace_back(int(r), position.value({m.article, m.paragraph}));
        }
    }
    for (auto &rows : c.rowsOf)
        std::sort(rows.begin(), rows.end());
    return c;
}

// Words of `a`'s narration that lie in passages shared word for word with `b`, at least
// `minWords` long (greedy string tiling, as in text-reuse studies of newspapers and wire
// copy: a rewrite keeps whole clauses of its source, independent reports share names and
// stock phrases of a few words).
int wordsInSharedPassages(const std::vector<std::vector<quint64>> &runs, const std::vector<quint64> &other, int minWords)
{
    const int minWindows = std::max(1, minWords - s_shingleSize + 1);
    int words = 0;
    for (const std::vector<quint64> &run : runs) {
        int stretch = 0;
        for (size_t i = 0; i <= run.size(); ++i) {
            if (i < run.size() && std::binary_search(other.begin(), other.end(), run[i])) {
                ++stretch;
                continue;
            }
            if (stretch >= minWindows)
                words += stretch + s_shingleSize - 1;
            stretch = 0;
        }
    }
    return words;
}

// How many of `a`'s sentences have a counterpart in `b` holding at least `share` of their
// content words (outside quotation marks): a rewrite is written sentence by sentence from its
// source, while independent reports of one event share names and facts but rarely most of a
// sentence.
int restatedSentences(const std::vector<std::vector<int>> &a, const std::vector<std::vector<int>> &b,
                      const std::vector<std::pair<int, int>> &bIndex, double share)
{
    int restated = 0;
    std::vector<int> hits(b.size());
    for (const std::vector<int> &sentence : a) {
        std::fill(hits.begin(), hits.end(), 0);
        int best = 0;
        for (int t : sentence) {
            auto it = std::lower_bound(bIndex.begin(), bIndex.end(), std::pair<int, int>(t, -1));
            for (; it != bIndex.end() && it->first == t; ++it)
                best = std::max(best, ++hits[size_t(it->second)]);
        }
        if (double(best) >= share * double(sentence.size()))
            ++restated;
    }
    return restated;
}

FamilyEvidence pairEvidence(const Context &c, const TokenizedStory &story, const FamilyOptions &o, int a, int b)
{
    FamilyEvidence e;
    const auto &sa = c.shingles[size_t(a)];
    const auto &sb = c.shingles[size_t(b)];
    e.containment = containment(sa, sb);
    const auto &na = c.narration[size_t(a)];
    const auto &nb = c.narration[size_t(b)];
    e.narrationShared = int(intersectionSize(na, nb));
    e.narration = containment(na, nb);
    {
        const int wa = c.narrationWords[size_t(a)];
        const int wb = c.narrationWords[size_t(b)];
        const int shorter = wa <= wb ? a : b;
        const int other = shorter == a ? b : a;
        const int words = std::min(wa, wb);
        e.copied = words > 0 ? double(wordsInSharedPassages(c.narrationRuns[size_t(shorter)], c.narration[size_t(other)], o.passageMinWords)) / words : 0;
    }
    if (e.narrationShared > 0) { // a rewrite keeps at least one phrase of its source
        const bool aFewer = c.sentences[size_t(a)].size() <= c.sentences[size_t(b)].size();
        const int fewer = aFewer ? a : b;
        const int other = aFewer ? b : a;
        e.sentences = int(c.sentences[size_t(fewer)].size());
        e.restated = restatedSentences(c.sentences[size_t(fewer)], c.sentences[size_t(other)], c.sentenceIndex[size_t(other)], s_restatedShare);
    }

    // Rows both articles are in: (position in a, position in b), one per row.
    std::vector<std::pair<int, int>> pairs;
    {
        const auto &ra = c.rowsOf[size_t(a)];
        const auto &rb = c.rowsOf[size_t(b)];
        auto i = ra.begin();
        auto j = rb.begin();
        while (i != ra.end() && j != rb.end()) {
            if (i->first < j->first) {
                ++i;
            } else if (j->first < i->first) {
                ++j;
            } else {
                pairs.emplace_back(i->second, j->second);
                const int row = i->first;
                while (i != ra.end() && i->first == row)
                    ++i;
                while (j != rb.end() && j->first == row)
                    ++j;
            }
        }
    }
    const int shorter = std::min(story.bodyCount(a), story.bodyCount(b));
    e.coverage = shorter > 0 ? std::min(1.0, double(pairs.size()) / double(shorter)) : 0;
    if (!pairs.empty()) {
        std::sort(pairs.begin(), pairs.end());
        std::vector<int> tails; // longest increasing subsequence of b positions
        for (const auto &p : pairs) {
            auto it = std::lower_bound(tails.begin(), tails.end(), p.second);
            if (it == tails.end())
                tails.push_back(p.second);
            else
                *it = p.second;
        }
        e.order = double(tails.size()) / double(pairs.size());
    }
    return e;
}

bool related(const FamilyEvidence &e, const FamilyOptions &o)
{
    if (e.containment >= o.copyContainment || e.copied >= o.copiedPassages)
        return true;
    return e.restated >= o.restatedMinSentences && double(e.restated) >= o.restatedSentences * double(e.sentences);
}

// When an article appeared: a date, and the UTC time when the date-time gives one.
struct Published {
    QDate date;
    QDateTime utc;
};

Published published(const QString &iso)
{
    Published p;
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid() && iso.size() > 10) {
        p.date = dt.date();
        p.utc = dt.toUTC();
    } else {
        p.date = QDate::fromString(iso.left(10), Qt::ISODate);
    }
    return p;
}

// Strictly earlier: by time when both have one, else only by a date that is earlier.
bool earlier(const Published &x, const Published &y)
{
    if (x.utc.isValid() && y.utc.isValid())
        return x.utc < y.utc;
    return x.date < y.date;
}

// The member published before every other dated member (-1 when none is, or when the dates
// cannot tell, e.g. two on the same day without times).
int earliestPublished(const QList<Article> &articles, const QList<int> &members)
{
    std::vector<std::pair<Published, int>> dated;
    for (int a : members) {
        if (a < articles.size()) {
            const Published p = published(articles[a].published);
            if (p.date.isValid())
                dated.emplace_back(p, a);
        }
    }
    for (const auto &[candidate, article] : dated) {
        const bool first = std::all_of(dated.begin(), dated.end(), [&](const auto &other) {
            return other.second == article || earlier(candidate, other.first);
        });
        if (first)
            return article;
    }
    return -1;
}

int findRoot(std::vector<int> &parent, int x)
{
    while (parent[size_t(x)] != x) {
        parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        x = parent[size_t(x)];
    }
    return x;
}

} // namespace

FamilyDetector::FamilyDetector(FamilyOptions options)
    : m_options(options)
{
}

FamilyEvidence FamilyDetector::evidence(const TokenizedStory &story, const Alignment &alignment, int a, int b) const
{
    const Context c = buildContext(story, alignment);
    return pairEvidence(c, story, m_options, a, b);
}

QList<Family> FamilyDetector::detect(const QList<Article> &articles, const TokenizedStory &story, const Alignment &alignment) const
{
    const Context c = buildContext(story, alignment);
    const int n = c.articles;
    auto parent = std::vector<int>(size_t(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto tryPair = [&](int a, int b) {
        if (findRoot(parent, a) == findRoot(parent, b))
            return; // already joined: spare the verification
        if (related(pairEvidence(c, story, m_options, a, b), m_options))
            parent[size_t(std::max(findRoot(parent, a), findRoot(parent, b)))] = std::min(findRoot(parent, a), findRoot(parent, b));
    };
    if (n <= m_options.allPairsLimit) {
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b)
                tryPair(a, b);
        }
    } else {
        // MinHash buckets (8 bands of 4): each member of a bucket is verified against its first.
        constexpr int bands = 8, rowsPerBand = 4;
        QMap<std::pair<int, quint64>, QList<int>> buckets;
        for (int a = 0; a < n; ++a) {
            const std::vector<quint64> sig = minHashSignature(c.shingles[size_t(a)], bands * rowsPerBand);
            if (c.shingles[size_t(a)].empty())
                continue;
            for (int band = 0; band < bands; ++band) {
                quint64 h = 0;
                for (int r = 0; r < rowsPerBand; ++r)
                    h = mixHash(h ^ sig[size_t(band * rowsPerBand + r)]);
                buckets[{band, h}].append(a);
            }
        }
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            const QList<int> &members = it.value();
            for (qsizetype k = 1; k < members.size(); ++k)
                tryPair(members.front(), members[k]);
        }
    }

    QMap<int, QList<int>> groups;
    for (int a = 0; a < n; ++a)
        groups[findRoot(parent, a)].append(a);
    QList<Family> families;
    for (const QList<int> &members : std::as_const(groups)) {
        if (members.size() < 2)
            continue;
        Family family;
        family.articles = members;
        // Source: the one member published before all others; without that, a clearly most
        // complete one.
        family.source = earliestPublished(articles, members);
        if (family.source < 0) {
            std::vector<std::pair<size_t, int>> sizes; // (words, article)
            for (int a : members) {
                size_t words = 0;
                for (int p : story.articleParagraphs(a))
                    words += story.paragraphs()[size_t(p)].terms.size();
                sizes.emplace_back(words, a);
            }
            std::stable_sort(sizes.begin(), sizes.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
            if (sizes.size() == 1 || double(sizes[0].first) >= 1.1 * double(sizes[1].first))
                family.source = sizes[0].second;
        }
        double shared = 0;
        int counted = 0;
        const int reference = family.source >= 0 ? family.source : members.front();
        for (int a : members) {
            if (a == reference)
                continue;
            shared += containment(c.shingles[size_t(a)], c.shingles[size_t(reference)]);
            ++counted;
        }
        family.shared = counted ? std::round(1000 * shared / counted) / 1000 : 0;
        families.append(family);
    }
    return families;
}

} // namespace Synoptic::Core
