#include "core/align/familydetector.h"

#include "core/text/shingles.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Synoptic::Core {

namespace {

constexpr int s_shingleSize = 5;

struct Context {
    std::vector<std::vector<quint64>> shingles; // per article, sorted
    std::vector<std::vector<quint64>> narration; // per article: 5-grams outside quotes, sorted
    std::vector<std::vector<std::pair<int, int>>> rowsOf; // per article: (row, body position), by row
    int articles = 0;

};

Context buildContext(const TokenizedStory &story, const Alignment &alignment)
{
    Context c;
    c.articles = story.articleCount();
    c.shingles.resize(size_t(c.articles));
    c.narration.resize(size_t(c.articles));
    for (int a = 0; a < c.articles; ++a) {
        std::vector<quint64> all;
        std::vector<quint64> narration;
        for (int p : story.articleParagraphs(a)) {
            const TokenizedParagraph &tp = story.paragraphs()[size_t(p)];
            std::vector<int> terms;
            for (int t : tp.terms)
                terms.push_back(story.canonical(t));
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
                    const std::vector<quint64> r = shingleHashes(run, s_shingleSize);
                    narration.insert(narration.end(), r.begin(), r.end());
                }
                run.clear();
            }
        }
        std::sort(narration.begin(), narration.end());
        narration.erase(std::unique(narration.begin(), narration.end()), narration.end());
        c.narration[size_t(a)] = std::move(narration);
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

FamilyEvidence pairEvidence(const Context &c, const TokenizedStory &story, int a, int b)
{
    FamilyEvidence e;
    const auto &sa = c.shingles[size_t(a)];
    const auto &sb = c.shingles[size_t(b)];
    e.containment = containment(sa, sb);
    const auto &na = c.narration[size_t(a)];
    const auto &nb = c.narration[size_t(b)];
    e.narrationShared = int(intersectionSize(na, nb));
    e.narration = containment(na, nb);

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
    if (e.containment >= o.copyContainment)
        return true;
    return e.narration >= o.rewriteNarration && e.narrationShared >= o.rewriteMinShared;
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
    return pairEvidence(c, story, a, b);
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
        if (related(pairEvidence(c, story, a, b), m_options))
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
        // Source: the earliest dated member; without dates, a clearly most complete one.
        QString earliest;
        int earliestCount = 0;
        for (int a : members) {
            const QString date = a < articles.size() ? articles[a].published.left(10) : QString();
            if (date.isEmpty())
                continue;
            if (earliest.isEmpty() || date < earliest) {
                earliest = date;
                family.source = a;
                earliestCount = 1;
            } else if (date == earliest) {
                ++earliestCount;
            }
        }
        if (earliestCount != 1) {
            family.source = -1;
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
