#include "core/numbers/numbercomparer.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Synoptic::Core {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
// Wording alone says "same event" only when sentences share most of their content words.
constexpr double contextThreshold = 0.5; // Dice of sentence content stems
constexpr int contextMinimumShared = 3;
constexpr double soleClaimThreshold = 0.25;

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

Interval intervalOf(const NumberMention &m)
{
    return {m.low.value_or(-infinity), m.high.value_or(infinity)};
}

bool isCompared(NumberKind kind)
{
    return kind == NumberKind::Count || kind == NumberKind::Money || kind == NumberKind::Percent;
}

QString keyOf(const NumberMention &m)
{
    return m.subject + u'|' + numberKindName(m.kind) + u'|' + m.unit;
}

QString formatValue(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 6);
}

qsizetype shared(const QSet<QString> &a, const QSet<QString> &b)
{
    qsizetype common = 0;
    for (const QString &s : a)
        common += b.contains(s) ? 1 : 0;
    return common;
}

double dice(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
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

} // namespace

QList<NumberGroup> NumberComparer::compare(const QList<ResolvedMention> &mentions,
    const Alignment &alignment, const QStringList &published) const
{
    QMap<ParagraphRef, int> rowOf;
    for (const AlignmentRow &row : alignment.rows) {
        for (const AlignmentMember &member : row.members)
            rowOf.insert(member.ref(), row.id);
    }
    // Mentions by sentence, for anchors: another figure both sentences agree on.
    QHash<QString, QList<int>> bySentence;
    const auto sentenceKey = [&](int i) {
        const NumberMention &m = mentions[i].mention;
        return QStringLiteral("%1/%2/%3").arg(m.article).arg(m.paragraph).arg(mentions[i].sentence);
    };
    QList<int> usable;
    for (int i = 0; i < mentions.size(); ++i) {
        const NumberMention &m = mentions[i].mention;
        if (m.subject.isEmpty() || !isCompared(m.kind) || m.article < 0)
            continue;
        usable.append(i);
        bySentence[sentenceKey(i)].append(i);
    }
    const auto aligned = [&](int a, int b) {
        const int ra = rowOf.value({mentions[a].mention.article, mentions[a].mention.paragraph}, 0);
        return ra > 0
            && ra == rowOf.value({mentions[b].mention.article, mentions[b].mention.paragraph}, 0);
    };
    const auto anchored = [&](int a, int b) {
        const QString key = keyOf(mentions[a].mention);
        for (int p : bySentence.value(sentenceKey(a))) {
            if (p == a || mentions[p].vague || keyOf(mentions[p].mention) == key)
                continue;
            for (int q : bySentence.value(sentenceKey(b))) {
                if (q == b || mentions[q].vague
                    || keyOf(mentions[q].mention) != keyOf(mentions[p].mention))
                    continue;
                if (intervalOf(mentions[p].mention).overlaps(intervalOf(mentions[q].mention)))
                    return true;
            }
        }
        return false;
    };
    const auto evidence = [&](int a, int b) {
        return (aligned(a, b) ? 4.0 : 0.0) + (anchored(a, b) ? 2.0 : 0.0)
            + dice(mentions[a].context, mentions[b].context);
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
        const QSet<QString> &ca = mentions[a].context;
        const QSet<QString> &cb = mentions[b].context;
        if (soleClaims && dice(ca, cb) >= soleClaimThreshold && shared(ca, cb) >= 2)
            return true;
        return dice(ca, cb) >= contextThreshold && shared(ca, cb) >= contextMinimumShared;
    };

    QMap<QString, QList<int>> byKey; // QMap: a stable order
    for (int i : usable)
        byKey[keyOf(mentions[i].mention)].append(i);

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
            return intervalOf(mentions[a].mention).width()
                < intervalOf(mentions[b].mention).width();
        });
        QList<Claim> claims;
        for (int i : ordered) {
            const Interval iv = intervalOf(mentions[i].mention);
            bool placed = false;
            for (Claim &c : claims) {
                // Only the same written figure: "at least 23" and "41" in one article are two
                // counts (a local and a national toll), not one.
                const NumberMention &first = mentions[c.members.first()].mention;
                if (c.article == mentions[i].mention.article && c.vague == mentions[i].vague
                    && first.value == mentions[i].mention.value && c.interval.overlaps(iv)) {
                    c.members.append(i);
                    c.interval = c.interval.intersected(iv);
                    placed = true;
                    break;
                }
            }
            if (!placed)
                claims.append({mentions[i].mention.article, {i}, iv, mentions[i].vague});
        }
        const auto claimEvidence = [&](const Claim &a, const Claim &b) {
            double best = 0;
            for (int x : a.members)
                for (int y : b.members)
                    best = std::max(best, evidence(x, y));
            return best;
        };

        // 2. Agreement: claims of different articles whose intervals overlap, strongest evidence
        // first,
        //    never two claims of one article in a cluster.
        QList<Cluster> clusters;
        QList<int> clusterOf(claims.size());
        for (int c = 0; c < claims.size(); ++c) {
            clusters.append({{c}, claims[c].interval, {claims[c].article}});
            clusterOf[c] = c;
        }
        struct Pair
        {
            int a;
            int b;
            double score;
        };
        QList<Pair> pairs;
        for (int a = 0; a < claims.size(); ++a) {
            for (int b = a + 1; b < claims.size(); ++b) {
                if (claims[a].article != claims[b].article
                    && claims[a].interval.overlaps(claims[b].interval))
                    pairs.append({a, b, claimEvidence(claims[a], claims[b])});
            }
        }
        std::stable_sort(pairs.begin(), pairs.end(),
            [](const Pair &x, const Pair &y) { return x.score > y.score; });
        for (const Pair &p : pairs) {
            const int ca = clusterOf[p.a];
            const int cb = clusterOf[p.b];
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
        for (int c = 0; c < clusters.size(); ++c) {
            if (!clusters[c].claims.isEmpty())
                live.append(c);
        }
        const auto membersOf = [&](int cluster) {
            QList<int> out;
            for (int c : clusters[cluster].claims)
                out += claims[c].members;
            return out;
        };

        // 3. Disputes: clusters that cannot both be true, from different articles, about the same
        //    event, where neither article also gives the other figure (then they count different
        //    scopes).
        const auto articleAlsoSays = [&](const QSet<int> &articles, const Interval &other,
                                         int excludeA, int excludeB) {
            for (int c = 0; c < claims.size(); ++c) {
                const int owner = clusterOf[c];
                if (owner == excludeA || owner == excludeB || !articles.contains(claims[c].article))
                    continue;
                // A claim another outlet already agrees with is a count of its own.
                if (clusters[owner].articles.size() > 1)
                    continue;
                if (claims[c].interval.overlaps(other))
                    return true;
            }
            return false;
        };
        QHash<int, int> claimsPerArticle;
        for (const Claim &c : claims)
            claimsPerArticle[c.article] += 1;
        const auto sole
            = [&](int m) { return claimsPerArticle.value(mentions[m].mention.article) == 1; };
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
        for (int x = 0; x < live.size(); ++x) {
            for (int y = x + 1; y < live.size(); ++y) {
                const int cx = live[x];
                const int cy = live[y];
                if (clusters[cx].interval.overlaps(clusters[cy].interval))
                    continue;
                const int rx = root(cx);
                const int ry = root(cy);
                if (rx == ry || rootArticles.value(rx).intersects(rootArticles.value(ry)))
                    continue;
                if (articleAlsoSays(clusters[cx].articles, clusters[cy].interval, cx, cy)
                    || articleAlsoSays(clusters[cy].articles, clusters[cx].interval, cx, cy))
                    continue;
                bool same = false;
                const QList<int> mx = membersOf(cx);
                const QList<int> my = membersOf(cy);
                for (int a : mx) {
                    for (int b : my) {
                        if (sameEvent(a, b, sole(a) && sole(b))) {
                            same = true;
                            break;
                        }
                    }
                    if (same)
                        break;
                }
                if (!same)
                    continue;
                disputeRoot[ry] = rx;
                rootArticles[rx].unite(rootArticles.value(ry));
            }
        }
        QMap<int, QList<int>> disputeSets;
        for (int c : live)
            disputeSets[root(c)].append(c);

        for (const QList<int> &set : std::as_const(disputeSets)) {
            Draft draft;
            draft.group.subject = mentions[keyIt->first()].mention.subject;
            QSet<int> articles;
            for (int c : set) {
                draft.members += membersOf(c);
                articles.unite(clusters[c].articles);
            }
            if (set.size() > 1) {
                // Lower figures first; a higher figure worded as a rise explains the difference.
                QList<int> byValue = set;
                std::sort(byValue.begin(), byValue.end(), [&](int a, int b) {
                    return clusters[a].interval.low < clusters[b].interval.low;
                });
                bool allRose = true;
                bool allLater = true;
                for (int k = 1; k < byValue.size(); ++k) {
                    const QList<int> higher = membersOf(byValue[k]);
                    const bool rose = std::any_of(
                        higher.cbegin(), higher.cend(), [&](int i) { return mentions[i].rising; });
                    allRose = allRose && rose;
                    bool later = true;
                    for (int h : higher) {
                        const auto ht = publishedAt(published, mentions[h].mention.article);
                        for (int c = 0; c < k && later; ++c) {
                            for (int l : membersOf(byValue[c])) {
                                const auto lt = publishedAt(published, mentions[l].mention.article);
                                if (!ht || !lt || *ht <= *lt)
                                    later = false;
                            }
                        }
                    }
                    allLater = allLater && later;
                }
                QStringList figures;
                for (int c : byValue)
                    figures.append(mentions[membersOf(c).first()].mention.text);
                if (allRose) {
                    draft.group.status = NumberStatus::Agreed;
                    draft.group.note = QStringLiteral("the count rose: %1")
                                           .arg(figures.join(QStringLiteral(" → ")));
                } else {
                    draft.group.status = NumberStatus::Disputed;
                    if (allLater)
                        draft.group.note = QStringLiteral("later reports give a higher count: %1")
                                               .arg(figures.join(QStringLiteral(" → ")));
                }
            } else {
                draft.group.status
                    = articles.size() > 1 ? NumberStatus::Agreed : NumberStatus::Single;
                // Agreeing but different figures ("at least nine", later "12"): say when the
                // lower one was published first.
                if (draft.group.status == NumberStatus::Agreed) {
                    const auto [lowest, highest] = std::minmax_element(
                        draft.members.cbegin(), draft.members.cend(), [&](int a, int b) {
                            return mentions[a].mention.value < mentions[b].mention.value;
                        });
                    const NumberMention &lo = mentions[*lowest].mention;
                    const NumberMention &hi = mentions[*highest].mention;
                    const auto lt = publishedAt(published, lo.article);
                    const auto ht = publishedAt(published, hi.article);
                    if (lo.value < hi.value && lt && ht && *lt < *ht)
                        draft.group.note
                            = QStringLiteral("later reports give a higher count: %1 → %2")
                                  .arg(lo.text, hi.text);
                }
            }
            drafts.append(draft);
        }
    }

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
                const Interval iv = intervalOf(mentions[i].mention);
                sum.low += iv.low;
                sum.high += iv.high;
                terms.append(
                    formatValue(mentions[i].mention.value) + u' ' + mentions[i].mention.subject);
            }
            bool matches = false;
            for (int t : std::as_const(draft.members)) {
                if (!mentions[t].vague && intervalOf(mentions[t].mention).overlaps(sum))
                    matches = true;
            }
            if (!matches)
                continue;
            for (int i : members) {
                if (!draft.members.contains(i))
                    draft.members.append(i);
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
