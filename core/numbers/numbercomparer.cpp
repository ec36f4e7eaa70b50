// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/numbercomparer.h"

#include "core/numbers/measureunits.h"
#include "core/numbers/numberyears.h"
#include "core/text/shingles.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <vector>

namespace Synoptic::Core {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
// Wording alone says "same event" only when sentences share most of their content words.
constexpr double contextThreshold = 0.5; // Dice of sentence content stems
constexpr int contextMinimumShared = 3;
constexpr double soleClaimThreshold = 0.25;
// Each outlet's only figure for a subject, and the figures close ("some 16 bills" / "15 bills"):
// a count reported a little differently, enough with two shared words.
constexpr double nearFigures = 0.1;

struct Interval
{
    double low = -infinity;
    double high = infinity;
    [[nodiscard]] bool empty() const { return low > high; }
    [[nodiscard]] Interval intersected(const Interval &o) const
    {
        return {std::max(low, o.low), std::min(high, o.high)};
    }
    [[nodiscard]] bool overlaps(const Interval &o) const { return !intersected(o).empty(); }
    [[nodiscard]] double width() const { return high - low; }
};

// Measures are compared in one unit per dimension. A converted figure was rounded by whoever
// converted it ("24,700 acres" for 10,000 hectares), so it stands for 2% either way.
constexpr double conversionTolerance = 0.02;

// Outlets are compared on the figure they state (numberprecision.h), not on everything their
// wording allows: "at least 30" and "at least 38" are two figures.
Interval intervalOf(const ResolvedMention &r, bool loose = false)
{
    const NumberMention &m = r.mention;
    Interval iv{r.stated.low, loose ? r.stated.looseHigh : r.stated.high};
    if (m.kind == NumberKind::Measure) {
        if (const std::optional<MeasureUnit> unit = measureUnitInfo(m.unit); unit && unit->factor != 1) {
            iv.low *= unit->factor * (1 - conversionTolerance);
            iv.high *= unit->factor * (1 + conversionTolerance);
        }
    }
    return iv;
}

// The written figure, for telling one article's figures apart; a measure's in its dimension's
// unit to two significant digits, so "10,000 hectares (24,700 acres)" is one figure.
double figureOf(const NumberMention &m)
{
    if (m.kind != NumberKind::Measure || m.value <= 0)
        return m.value;
    const std::optional<MeasureUnit> unit = measureUnitInfo(m.unit);
    const double v = m.value * (unit ? unit->factor : 1);
    const double scale = std::pow(10.0, std::floor(std::log10(v)) - 1);
    return std::round(v / scale) * scale;
}

// Counts that only grow as a story unfolds: a higher figure published later is an update.
bool isGrowingEvent(const QString &event)
{
    static const QStringList events = {QStringLiteral("killed"), QStringLiteral("injured"),
        QStringLiteral("arrested"), QStringLiteral("evacuated"), QStringLiteral("displaced"),
        QStringLiteral("rescued"), QStringLiteral("captured"), QStringLiteral("destroyed"),
        QStringLiteral("hospitalised")};
    return events.contains(event);
}

QString formatTime(const QDateTime &t)
{
    return t.toString(QStringLiteral("d MMM HH:mm"));
}

bool isCompared(NumberKind kind)
{
    return kind == NumberKind::Count || kind == NumberKind::Money || kind == NumberKind::Percent
        || kind == NumberKind::Measure;
}

QString keyOf(const NumberMention &m)
{
    QString unit = m.unit;
    if (m.kind == NumberKind::Measure) {
        if (const std::optional<MeasureUnit> info = measureUnitInfo(m.unit))
            unit = info->canonical;
    }
    return m.subject + u'|' + numberKindName(m.kind) + u'|' + unit;
}

QString formatValue(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 6);
}

// Content words as sorted ids (interned once per comparison), so that comparing two sentences
// is a merge of two short sorted lists instead of string hashing.
using WordIds = std::vector<quint64>;

qsizetype shared(const WordIds &a, const WordIds &b)
{
    return intersectionSize(a, b);
}

double dice(const WordIds &a, const WordIds &b)
{
    if (a.empty() || b.empty())
        return 0;
    return 2.0 * double(shared(a, b)) / double(a.size() + b.size());
}

// Levenshtein distance, enough for short names.
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j]
                = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// Places are compatible unless both sentences name some and none of them match ("Kyiv" and
// "Kiev", "Tarvenik" and "Tarvenyk" match as spelling variants).
bool placesCompatible(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    for (const QString &x : a) {
        for (const QString &y : b) {
            const int tolerance = std::min(x.size(), y.size()) >= 4 ? 2 : 0;
            if (x.front() == y.front() && editDistance(x, y) <= tolerance)
                return true;
        }
    }
    return false;
}

struct Claim
{ // what one article says about one key: mentions whose intervals share a common part
    int article = -1;
    QList<int> members;
    Interval interval;
    bool vague = false;
};

struct Cluster
{ // claims from different articles that agree
    QList<int> claims;
    Interval interval;
    QSet<int> articles;
};

std::optional<QDateTime> publishedAt(const QStringList &published, int article)
{
    const QString s = published.value(article);
    if (s.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime(QDate::fromString(s.left(10), Qt::ISODate), QTime(0, 0));
    return dt.isValid() ? std::optional(dt) : std::nullopt;
}

// Member pairs compared one by one between two groups of mentions. Beyond this many pairs only
// the first kSampledMembers mentions of each side are compared pairwise (alignment, the strongest
// evidence, is still checked for every member through the rows), so a figure repeated by
// thousands of outlets costs the same as one repeated by a few dozen.
constexpr qsizetype kExactPairs = 1024;
constexpr qsizetype kSampledMembers = 32;

template<typename Visit>
void forMemberPairs(const QList<int> &x, const QList<int> &y, Visit visit)
{
    const bool exact = x.size() * y.size() <= kExactPairs;
    const qsizetype nx = exact ? x.size() : std::min(x.size(), kSampledMembers);
    const qsizetype ny = exact ? y.size() : std::min(y.size(), kSampledMembers);
    for (qsizetype i = 0; i < nx; ++i) {
        for (qsizetype j = 0; j < ny; ++j) {
            if (!visit(x[i], y[j]))
                return;
        }
    }
}

bool sortedIntersect(const QList<int> &a, const QList<int> &b)
{
    auto x = a.cbegin();
    auto y = b.cbegin();
    while (x != a.cend() && y != b.cend()) {
        if (*x < *y)
            ++x;
        else if (*y < *x)
            ++y;
        else
            return true;
    }
    return false;
}

} // namespace

QList<NumberGroup> NumberComparer::compare(const QList<ResolvedMention> &mentions,
    const Alignment &alignment, const QStringList &published, const QStringList &outlets) const
{
    const int n = int(mentions.size());
    QMap<ParagraphRef, int> rowOf;
    for (const AlignmentRow &row : alignment.rows) {
        for (const AlignmentMember &member : row.members)
            rowOf.insert(member.ref(), row.id);
    }
    // Everything the pairwise tests read, computed once per mention: the key (subject, kind,
    // unit) and the sentence as integers, the alignment row, the context words as sorted ids.
    QHash<QString, int> keyIds;
    QStringList keyNames;
    QList<int> keyId(n, -1);
    QList<int> sentenceId(n, -1);
    QList<int> rowId(n, 0);
    std::vector<WordIds> context(n);
    std::map<std::tuple<int, int, int>, int> sentenceIds;
    QHash<QString, quint64> wordIds;
    QList<int> usable;
    QList<QList<int>> bySentence; // mentions by sentence, for anchors
    for (int i = 0; i < n; ++i) {
        const NumberMention &m = mentions[i].mention;
        if (m.subject.isEmpty() || !isCompared(m.kind) || m.article < 0)
            continue;
        usable.append(i);
        const QString key = keyOf(m);
        const auto k = keyIds.constFind(key);
        if (k == keyIds.cend()) {
            keyId[i] = int(keyNames.size());
            keyIds.insert(key, keyId[i]);
            keyNames.append(key);
        } else {
            keyId[i] = *k;
        }
        const auto [s, added] = sentenceIds.try_emplace(
            {m.article, m.paragraph, mentions[i].sentence}, int(bySentence.size()));
        if (added)
            bySentence.append(QList<int>());
        sentenceId[i] = s->second;
        bySentence[s->second].append(i);
        rowId[i] = rowOf.value({m.article, m.paragraph}, 0);
        for (const QString &word : mentions[i].context) {
            auto w = wordIds.constFind(word);
            if (w == wordIds.cend())
                w = wordIds.insert(word, quint64(wordIds.size()));
            context[i].push_back(*w);
        }
        std::sort(context[i].begin(), context[i].end());
    }
    QList<std::optional<QDateTime>> publishedTime;
    for (int a = 0; a < published.size(); ++a)
        publishedTime.append(publishedAt(published, a));
    const auto timeOf = [&](int mention) {
        return publishedTime.value(mentions[mention].mention.article, std::nullopt);
    };

    const auto aligned
        = [&](int a, int b) { return rowId[a] > 0 && rowId[a] == rowId[b]; };
    const auto anchored = [&](int a, int b) {
        for (int p : bySentence[sentenceId[a]]) {
            if (p == a || mentions[p].vague || keyId[p] == keyId[a])
                continue;
            for (int q : bySentence[sentenceId[b]]) {
                if (q == b || mentions[q].vague || keyId[q] != keyId[p])
                    continue;
                if (intervalOf(mentions[p]).overlaps(intervalOf(mentions[q])))
                    return true;
            }
        }
        return false;
    };
    const auto evidence = [&](int a, int b) {
        return (aligned(a, b) ? 4.0 : 0.0) + (anchored(a, b) ? 2.0 : 0.0)
            + dice(context[a], context[b]);
    };
    // `soleClaims`: each article gives one figure for this subject. In a folder about one story
    // that is a weaker sign of the same count, enough with some shared wording.
    const auto sameEvent = [&](int a, int b, bool soleClaims) {
        if (aligned(a, b))
            return true;
        // Sentences placing the figure in different places ("in Kharkiv" / "in Odesa") are about
        // different things even when the rest reads alike; spelling variants still match.
        if (!placesCompatible(mentions[a].places, mentions[b].places))
            return false;
        if (anchored(a, b))
            return true;
        const WordIds &ca = context[a];
        const WordIds &cb = context[b];
        if (soleClaims && dice(ca, cb) >= soleClaimThreshold && shared(ca, cb) >= 2)
            return true;
        if (soleClaims && shared(ca, cb) >= 2) {
            const double x = mentions[a].mention.value;
            const double y = mentions[b].mention.value;
            if (std::abs(x - y) <= nearFigures * std::max(std::abs(x), std::abs(y)))
                return true;
        }
        return dice(ca, cb) >= contextThreshold && shared(ca, cb) >= contextMinimumShared;
    };
    // The alignment rows a group of mentions sits in, sorted: two groups share one exactly
    // when some pair of their members is aligned.
    const auto rowsOf = [&](const QList<int> &members) {
        QList<int> rows;
        for (int m : members) {
            if (rowId[m] > 0)
                rows.append(rowId[m]);
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        return rows;
    };

    QMap<QString, QList<int>> byKey; // QMap: a stable order
    for (int i : usable)
        byKey[keyNames[keyId[i]]].append(i);

    struct Draft
    {
        NumberGroup group;
        QList<int> members;
    };
    QList<Draft> drafts;

    for (auto keyIt = byKey.cbegin(); keyIt != byKey.cend(); ++keyIt) {
        // 1. Claims: one article's mentions of one figure ("12" and "at least 12"); narrow first.
        QList<int> ordered = *keyIt;
        std::stable_sort(ordered.begin(), ordered.end(), [&](int a, int b) {
            if (mentions[a].vague != mentions[b].vague)
                return !mentions[a].vague;
            return intervalOf(mentions[a]).width()
                < intervalOf(mentions[b]).width();
        });
        QList<Claim> claims;
        // Only the same written figure: "at least 23" and "41" in one article are two counts (a
        // local and a national toll), not one. Claims by (article, vague, written value).
        std::map<std::tuple<int, bool, double>, QList<int>> claimsOfFigure;
        for (int i : ordered) {
            const Interval iv = intervalOf(mentions[i]);
            QList<int> &same = claimsOfFigure[{mentions[i].mention.article, mentions[i].vague,
                figureOf(mentions[i].mention)}];
            bool placed = false;
            for (int c : std::as_const(same)) {
                if (claims[c].interval.overlaps(iv)) {
                    claims[c].members.append(i);
                    claims[c].interval = claims[c].interval.intersected(iv);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                same.append(int(claims.size()));
                claims.append({mentions[i].mention.article, {i}, iv, mentions[i].vague});
            }
        }

        // 2. Agreement: claims of different articles whose intervals overlap, strongest evidence
        //    first, never two claims of one article in a cluster. Claims giving exactly the same
        //    figure (same value, interval and vagueness; necessarily from different articles)
        //    agree outright and start as one cluster, so the pairs below are between distinct
        //    figures and their number does not grow with the number of outlets repeating one.
        QList<Cluster> clusters;
        QList<int> clusterOf(claims.size(), -1);
        {
            std::map<std::tuple<bool, double, double, double>, QList<int>> clustersOfFigure;
            for (int c = 0; c < claims.size(); ++c) {
                const Claim &claim = claims[c];
                QList<int> &same = clustersOfFigure[{claim.vague,
                    mentions[claim.members.first()].mention.value, claim.interval.low,
                    claim.interval.high}];
                for (int k : std::as_const(same)) {
                    if (!clusters[k].articles.contains(claim.article)) {
                        clusterOf[c] = k;
                        break;
                    }
                }
                if (clusterOf[c] < 0) {
                    clusterOf[c] = int(clusters.size());
                    same.append(clusterOf[c]);
                    clusters.append({{}, claim.interval, {}});
                }
                clusters[clusterOf[c]].claims.append(c);
                clusters[clusterOf[c]].articles.insert(claim.article);
            }
        }
        const auto membersOf = [&](int cluster) {
            QList<int> out;
            for (int c : clusters[cluster].claims)
                out += claims[c].members;
            return out;
        };
        const qsizetype initial = clusters.size();
        QList<QList<int>> initialMembers;
        QList<QList<int>> initialRows;
        QList<int> initialMembersClaim;
        for (int k = 0; k < initial; ++k) {
            initialMembersClaim.append(clusters[k].claims.first());
            initialMembers.append(membersOf(k));
            initialRows.append(rowsOf(initialMembers.last()));
        }
        const auto clusterEvidence = [&](int x, int y) {
            double best = sortedIntersect(initialRows[x], initialRows[y]) ? 4.0 : 0.0;
            forMemberPairs(initialMembers[x], initialMembers[y], [&](int a, int b) {
                best = std::max(best, evidence(a, b));
                return true;
            });
            return best;
        };
        struct Pair
        {
            int a;
            int b;
            double score;
        };
        QList<Pair> pairs;
        for (int a = 0; a < initial; ++a) {
            for (int b = a + 1; b < initial; ++b) {
                // Clusters that share an article never merge: no pair to weigh.
                if (clusters[a].interval.overlaps(clusters[b].interval)
                    && !clusters[a].articles.intersects(clusters[b].articles))
                    pairs.append({a, b, clusterEvidence(a, b)});
            }
        }
        std::stable_sort(pairs.begin(), pairs.end(),
            [](const Pair &x, const Pair &y) { return x.score > y.score; });
        for (const Pair &p : pairs) {
            // An initial cluster's claims always move together: its first claim tells where.
            const int ca = clusterOf[initialMembersClaim[p.a]];
            const int cb = clusterOf[initialMembersClaim[p.b]];
            if (ca == cb || clusters[ca].articles.intersects(clusters[cb].articles))
                continue;
            const Interval merged = clusters[ca].interval.intersected(clusters[cb].interval);
            if (merged.empty())
                continue;
            for (int c : std::as_const(clusters[cb].claims))
                clusterOf[c] = ca;
            clusters[ca].claims += clusters[cb].claims;
            clusters[ca].articles.unite(clusters[cb].articles);
            clusters[ca].interval = merged;
            clusters[cb].claims.clear();
            clusters[cb].articles.clear();
        }
        QList<int> live;
        QHash<int, QList<int>> liveMembers;
        QHash<int, QList<int>> liveRows;
        for (int c = 0; c < clusters.size(); ++c) {
            if (clusters[c].claims.isEmpty())
                continue;
            live.append(c);
            liveMembers.insert(c, membersOf(c));
            liveRows.insert(c, rowsOf(liveMembers.value(c)));
        }

        // 3. Disputes: clusters that cannot both be true, from different articles, about the same
        //    event, where neither article also gives the other figure (then they count different
        //    scopes). A claim another outlet already agrees with is a count of its own, so only
        //    claims in clusters of one article can be "the other figure".
        QList<int> loneClaims;
        for (int c = 0; c < claims.size(); ++c) {
            if (clusters[clusterOf[c]].articles.size() == 1)
                loneClaims.append(c);
        }
        const auto articleAlsoSays = [&](const QSet<int> &articles, const Interval &other,
                                         int excludeA, int excludeB) {
            for (int c : std::as_const(loneClaims)) {
                const int owner = clusterOf[c];
                if (owner == excludeA || owner == excludeB || !articles.contains(claims[c].article))
                    continue;
                if (claims[c].interval.overlaps(other))
                    return true;
            }
            return false;
        };
        QHash<int, int> claimsPerArticle;
        for (const Claim &c : claims)
            claimsPerArticle[c.article] += 1;
        // Not for measures: their subject is only what they measure ("distance"), so one
        // figure per article is no sign that two articles measure the same thing.
        const auto sole = [&](int m) {
            return mentions[m].mention.kind != NumberKind::Measure
                && claimsPerArticle.value(mentions[m].mention.article) == 1;
        };
        QHash<int, int> disputeRoot;
        for (int c : live)
            disputeRoot.insert(c, c);
        const auto root = [&](int c) {
            while (disputeRoot.value(c) != c)
                c = disputeRoot.value(c);
            return c;
        };
        QHash<int, QSet<int>> rootArticles;
        for (int c : live)
            rootArticles.insert(c, clusters[c].articles);
        // Candidate pairs first, then joined strongest evidence first: when one article gives
        // several figures for a subject ("earned $139 million ... earned nearly $10 million in
        // speaking fees"), the figure another outlet gives is disputed with the one its
        // sentence matches best, and an article never has two figures in one dispute.
        struct Candidate
        {
            int cx;
            int cy;
            double score;
        };
        QList<Candidate> candidates;
        for (int x = 0; x < live.size(); ++x) {
            for (int y = x + 1; y < live.size(); ++y) {
                const int cx = live[x];
                const int cy = live[y];
                if (clusters[cx].interval.overlaps(clusters[cy].interval)
                    || clusters[cx].articles.intersects(clusters[cy].articles))
                    continue;
                if (articleAlsoSays(clusters[cx].articles, clusters[cy].interval, cx, cy)
                    || articleAlsoSays(clusters[cy].articles, clusters[cx].interval, cx, cy))
                    continue;
                // A rounded figure that may have been cut rather than rounded ("$43 million" for
                // $43,885,310) is no other figure, though not quite the same either.
                // Only against a more precise figure: "$2bn" and "$3bn" are two figures.
                bool loose = false;
                forMemberPairs(liveMembers.value(cx), liveMembers.value(cy), [&](int a, int b) {
                    const Interval ia = intervalOf(mentions[a]);
                    const Interval ib = intervalOf(mentions[b]);
                    loose = (ib.width() < ia.width() && intervalOf(mentions[a], true).overlaps(ib))
                        || (ia.width() < ib.width() && intervalOf(mentions[b], true).overlaps(ia));
                    return !loose;
                });
                if (loose)
                    continue;
                const bool rows = sortedIntersect(liveRows.value(cx), liveRows.value(cy));
                bool same = rows;
                double score = rows ? 4.0 : 0.0;
                forMemberPairs(liveMembers.value(cx), liveMembers.value(cy), [&](int a, int b) {
                    if (rows || sameEvent(a, b, sole(a) && sole(b))) {
                        same = true;
                        score = std::max(score, evidence(a, b));
                    }
                    return true;
                });
                if (same)
                    candidates.append({cx, cy, score});
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const Candidate &p, const Candidate &q) { return p.score > q.score; });
        for (const Candidate &c : std::as_const(candidates)) {
            const int rx = root(c.cx);
            const int ry = root(c.cy);
            if (rx == ry || rootArticles.value(rx).intersects(rootArticles.value(ry)))
                continue;
            disputeRoot[ry] = rx;
            rootArticles[rx].unite(rootArticles.value(ry));
        }
        QMap<int, QList<int>> disputeSets;
        for (int c : live)
            disputeSets[root(c)].append(c);

        for (const QList<int> &set : std::as_const(disputeSets)) {
            Draft draft;
            draft.group.subject = mentions[keyIt->first()].mention.subject;
            QSet<int> articles;
            for (int c : set) {
                draft.members += liveMembers.value(c);
                articles.unite(clusters[c].articles);
            }
            if (set.size() > 1) {
                // Lower figures first; a higher figure worded as a rise explains the difference.
                QList<int> byValue = set;
                std::sort(byValue.begin(), byValue.end(), [&](int a, int b) {
                    return clusters[a].interval.low < clusters[b].interval.low;
                });
                // Later: every member of a higher figure published after every member of all
                // lower ones (all dated).
                bool allRose = true;
                bool allLater = true;
                bool lowerDated = true;
                std::optional<QDateTime> lowerLatest;
                for (int k = 0; k < byValue.size(); ++k) {
                    const QList<int> &members = liveMembers[byValue[k]];
                    bool dated = true;
                    std::optional<QDateTime> earliest, latest;
                    for (int m : members) {
                        const auto t = timeOf(m);
                        if (!t) {
                            dated = false;
                            continue;
                        }
                        if (!earliest || *t < *earliest)
                            earliest = t;
                        if (!latest || *t > *latest)
                            latest = t;
                    }
                    if (k > 0) {
                        allRose = allRose && std::any_of(members.cbegin(), members.cend(),
                            [&](int i) { return mentions[i].rising; });
                        allLater = allLater && dated && lowerDated && *earliest > *lowerLatest;
                    }
                    lowerDated = lowerDated && dated;
                    if (dated && (!lowerLatest || *latest > *lowerLatest))
                        lowerLatest = latest;
                }
                // What kind of difference: a growing count reported higher later or worded as
                // a rise is an update; figures all hedged are estimates; else a contradiction.
                const ResolvedMention &lead = mentions[liveMembers[byValue.first()].first()];
                bool allHedged = true;
                for (int c : byValue) {
                    for (int m : liveMembers[c]) {
                        if (mentions[m].mention.qualifier.isEmpty() && !mentions[m].vague)
                            allHedged = false;
                    }
                }
                draft.group.status = NumberStatus::Disputed;
                if (isGrowingEvent(lead.event) && (allRose || allLater)) {
                    draft.group.kind = DisputeKind::Update;
                    QStringList steps;
                    for (int c : byValue) {
                        QStringList who;
                        std::optional<QDateTime> when;
                        for (int m : liveMembers[c]) {
                            const QString name = outlets.value(mentions[m].mention.article);
                            if (!name.isEmpty() && !who.contains(name))
                                who.append(name);
                            if (const auto t = timeOf(m); t && (!when || *t < *when))
                                when = t;
                        }
                        QString step = mentions[liveMembers[c].first()].mention.text;
                        QStringList detail = who;
                        if (when)
                            detail.append(formatTime(*when));
                        if (!detail.isEmpty())
                            step += QStringLiteral(" (%1)").arg(detail.join(QStringLiteral(", ")));
                        steps.append(step);
                    }
                    draft.group.note = (allRose ? QStringLiteral("the count rose: %1")
                                                : QStringLiteral("later reports give a higher count: %1"))
                                           .arg(steps.join(QStringLiteral(" → ")));
                } else if (allHedged) {
                    draft.group.kind = DisputeKind::Estimates;
                } else {
                    draft.group.kind = DisputeKind::Contradiction;
                }
            } else {
                draft.group.status
                    = articles.size() > 1 ? NumberStatus::Agreed : NumberStatus::Single;
                // Agreeing but different figures ("at least nine", later "12"): say when the
                // lower one was published first.
                if (draft.group.status == NumberStatus::Agreed) {
                    // In reading order, so the figures named do not depend on the merge order.
                    QList<int> inOrder = draft.members;
                    std::sort(inOrder.begin(), inOrder.end(), [&](int a, int b) {
                        const NumberMention &x = mentions[a].mention;
                        const NumberMention &y = mentions[b].mention;
                        return std::tie(x.article, x.paragraph, x.start)
                            < std::tie(y.article, y.paragraph, y.start);
                    });
                    const auto [lowest, highest] = std::minmax_element(
                        inOrder.cbegin(), inOrder.cend(), [&](int a, int b) {
                            return figureOf(mentions[a].mention) < figureOf(mentions[b].mention);
                        });
                    const NumberMention &lo = mentions[*lowest].mention;
                    const NumberMention &hi = mentions[*highest].mention;
                    const auto lt = timeOf(*lowest);
                    const auto ht = timeOf(*highest);
                    if (figureOf(lo) < figureOf(hi) && lt && ht && *lt < *ht)
                        draft.group.note
                            = QStringLiteral("later reports give a higher count: %1 → %2")
                                  .arg(lo.text, hi.text);
                }
            }
            drafts.append(draft);
        }
    }

    // 3b. One outlet's figure under a narrower or broader wording of another group's subject
    //     ("about 5,000 residents ... were evacuated" beside "5,000 residents"): it joins that
    //     group when the figures agree and the sentences are about the same event. Only ever
    //     into agreement: subjects that differ in wording are not evidence enough for a dispute.
    const auto wordsOf = [](const QString &subject) {
        const QStringList words = subject.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(words.cbegin(), words.cend());
    };
    for (int d = 0; d < drafts.size(); ++d) {
        Draft &single = drafts[d];
        if (single.group.status != NumberStatus::Single || single.members.isEmpty())
            continue;
        const NumberMention &first = mentions[single.members.first()].mention;
        const QSet<QString> words = wordsOf(single.group.subject);
        Interval interval;
        for (int m : std::as_const(single.members))
            interval = interval.intersected(intervalOf(mentions[m]));
        int target = -1;
        for (int t = 0; t < drafts.size() && target < 0; ++t) {
            const Draft &other = drafts[t];
            if (t == d || other.members.isEmpty() || other.group.status == NumberStatus::Disputed
                || other.group.subject == single.group.subject)
                continue;
            const NumberMention &o = mentions[other.members.first()].mention;
            if (o.kind != first.kind || o.unit != first.unit)
                continue;
            const QSet<QString> otherWords = wordsOf(other.group.subject);
            if (!words.contains(otherWords) && !otherWords.contains(words))
                continue;
            bool fits = true;
            bool same = false;
            for (int m : std::as_const(other.members)) {
                fits = fits && mentions[m].mention.article != first.article
                    && intervalOf(mentions[m]).overlaps(interval);
            }
            if (!fits)
                continue;
            forMemberPairs(single.members, other.members, [&](int a, int b) {
                same = sameEvent(a, b, first.kind != NumberKind::Measure);
                return !same;
            });
            if (same)
                target = t;
        }
        if (target < 0)
            continue;
        drafts[target].members += single.members;
        if (drafts[target].group.status == NumberStatus::Single)
            drafts[target].group.status = NumberStatus::Agreed;
        single.members.clear();
    }
    drafts.removeIf([](const Draft &draft) { return draft.members.isEmpty(); });

    // 4. Consistent sums: a total ("215 drones and missiles") equal to another outlet's breakdown
    //    added up ("70 missiles and 145 drones"), the parts rolling up through the lexicon.
    QMap<QString, QList<int>> breakdowns; // article/paragraph/coordination -> mentions
    for (int i : usable) {
        if (mentions[i].coordination > 0) {
            const NumberMention &m = mentions[i].mention;
            breakdowns[QStringLiteral("%1/%2/%3")
                           .arg(m.article)
                           .arg(m.paragraph)
                           .arg(mentions[i].coordination)]
                .append(i);
        }
    }
    for (Draft &draft : drafts) {
        if (draft.group.status == NumberStatus::Disputed)
            continue;
        const NumberMention &first = mentions[draft.members.first()].mention;
        const QStringList parts = m_lexicon.rollupMembers(first.subject);
        if (parts.isEmpty() || first.kind != NumberKind::Count)
            continue;
        // The group's members and their distinct exact intervals (a total may match any).
        QSet<int> inDraft;
        std::set<std::pair<double, double>> totals;
        const auto take = [&](int i) {
            inDraft.insert(i);
            if (!mentions[i].vague) {
                const Interval iv = intervalOf(mentions[i]);
                totals.insert({iv.low, iv.high});
            }
        };
        for (int t : std::as_const(draft.members))
            take(t);
        for (const QList<int> &list : std::as_const(breakdowns)) {
            QList<int> members;
            QStringList subjects;
            for (int i : list) {
                const NumberMention &m = mentions[i].mention;
                if (parts.contains(m.subject) && m.kind == first.kind && m.unit == first.unit
                    && !subjects.contains(m.subject)) {
                    members.append(i);
                    subjects.append(m.subject);
                }
            }
            if (members.size() < 2)
                continue;
            Interval sum {0, 0};
            QStringList terms;
            for (int i : members) {
                const Interval iv = intervalOf(mentions[i]);
                sum.low += iv.low;
                sum.high += iv.high;
                terms.append(
                    formatValue(mentions[i].mention.value) + u' ' + mentions[i].mention.subject);
            }
            const bool matches = std::any_of(totals.cbegin(), totals.cend(),
                [&](const auto &t) { return Interval{t.first, t.second}.overlaps(sum); });
            if (!matches)
                continue;
            for (int i : members) {
                if (!inDraft.contains(i)) {
                    draft.members.append(i);
                    take(i);
                }
            }
            draft.group.status = NumberStatus::ConsistentSum;
            const QString note = terms.join(QStringLiteral(" + ")) + QStringLiteral(" = ")
                + formatValue(first.value);
            if (!draft.group.note.contains(note))
                draft.group.note = draft.group.note.isEmpty()
                    ? note
                    : draft.group.note + QStringLiteral("; ") + note;
        }
    }

    // 4b. Years and spans of years the outlets give differently for one event.
    for (const YearDispute &d : findYearDisputes(mentions)) {
        Draft draft;
        draft.group.subject = QStringLiteral("year: ") + d.subject;
        draft.group.status = NumberStatus::Disputed;
        draft.group.kind = DisputeKind::Contradiction;
        draft.members = d.members;
        drafts.append(draft);
    }

    // 5. Order: disputed, consistent sums, agreed, single; then by first appearance.
    for (Draft &draft : drafts) {
        std::sort(draft.members.begin(), draft.members.end(), [&](int a, int b) {
            const NumberMention &x = mentions[a].mention;
            const NumberMention &y = mentions[b].mention;
            return std::tie(x.article, x.paragraph, x.start)
                < std::tie(y.article, y.paragraph, y.start);
        });
        draft.members.erase(
            std::unique(draft.members.begin(), draft.members.end()), draft.members.end());
        for (int i : std::as_const(draft.members))
            draft.group.mentions.append(mentions[i].mention);
    }
    std::stable_sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
        if (a.group.status != b.group.status)
            return int(a.group.status) < int(b.group.status);
        const NumberMention &x = a.group.mentions.first();
        const NumberMention &y = b.group.mentions.first();
        return std::tie(x.article, x.paragraph, x.start)
            < std::tie(y.article, y.paragraph, y.start);
    });
    QList<NumberGroup> out;
    for (Draft &draft : drafts) {
        draft.group.id = int(out.size()) + 1;
        out.append(std::move(draft.group));
    }
    return out;
}

} // namespace Synoptic::Core
