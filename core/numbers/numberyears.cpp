// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/numberyears.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Synoptic::Core {

namespace {

// Clauses are the same event when they share most of their words: a dated clause is short, so
// one word more or less weighs a lot.
constexpr double clauseThreshold = 0.6;
constexpr int clauseMinimumShared = 2;

double dice(const QSet<QString> &a, const QSet<QString> &b, int *sharedOut = nullptr)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int shared = 0;
    for (const QString &w : a)
        shared += b.contains(w) ? 1 : 0;
    if (sharedOut)
        *sharedOut = shared;
    return 2.0 * shared / double(a.size() + b.size());
}

// "since" and "from ... to" are different questions about an event; "in" and "since" too.
QString prepositionClass(const QString &p)
{
    if (p == u"from" || p == u"between")
        return QStringLiteral("span");
    return p;
}

bool isSpan(const ResolvedMention &r)
{
    return r.stated.high > r.stated.low;
}

bool sameEvent(const ResolvedMention &a, const ResolvedMention &b)
{
    if (a.mention.article == b.mention.article || a.yearPreposition.isEmpty()
        || b.yearPreposition.isEmpty())
        return false;
    if (prepositionClass(a.yearPreposition) != prepositionClass(b.yearPreposition)
        || isSpan(a) != isSpan(b))
        return false;
    // Periods that do not overlap (or only touch: "from 2000 to 2006", "from 2006 to 2012")
    // are different terms, however alike the clauses read.
    if (isSpan(a)
        && std::min(a.stated.high, b.stated.high) - std::max(a.stated.low, b.stated.low) < 1)
        return false;
    int shared = 0;
    if (dice(a.clause, b.clause, &shared) >= clauseThreshold && shared >= clauseMinimumShared)
        return true;
    // Spans of one named person or body that overlap but differ ("Reyes served from 2004 to
    // 2011" / "Reyes held the post between 2005 and 2012").
    return isSpan(a) && a.clauseNames.intersects(b.clauseNames);
}

} // namespace

QList<YearDispute> findYearDisputes(const QList<ResolvedMention> &mentions)
{
    QList<int> years;
    for (int i = 0; i < mentions.size(); ++i) {
        if (mentions[i].mention.kind == NumberKind::Date && !mentions[i].yearPreposition.isEmpty()
            && !mentions[i].clause.isEmpty())
            years.append(i);
    }
    // Components of clauses about the same event.
    QList<int> parent(years.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    // Candidate pairs share a clause word or name: an index on them, so thousands of articles
    // are not compared pairwise. A word in very many clauses tells nothing and is left out.
    QHash<QString, QList<int>> byWord;
    for (int x = 0; x < years.size(); ++x) {
        const ResolvedMention &r = mentions[years[x]];
        QSet<QString> words = r.clause;
        words.unite(r.clauseNames);
        for (const QString &w : std::as_const(words))
            byWord[w].append(x);
    }
    constexpr qsizetype commonWord = 200;
    QSet<std::pair<int, int>> tried;
    for (const QList<int> &list : std::as_const(byWord)) {
        if (list.size() > commonWord)
            continue;
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = i + 1; j < list.size(); ++j) {
                const int x = list[i];
                const int y = list[j];
                if (root(x) == root(y) || tried.contains({x, y}))
                    continue;
                tried.insert({x, y});
                if (sameEvent(mentions[years[x]], mentions[years[y]]))
                    parent[root(y)] = root(x);
            }
        }
    }
    QMap<int, QList<int>> components;
    for (int x = 0; x < years.size(); ++x)
        components[root(x)].append(years[x]);

    QList<YearDispute> out;
    for (const QList<int> &members : std::as_const(components)) {
        if (members.size() < 2)
            continue;
        // A difference counts only between articles that do not also give the other figure for
        // the same clause ("elected in 2002, took office in 2003" is no dispute with either):
        // two figures, each given by an article that does not give the other.
        QMap<std::pair<double, double>, QSet<int>> articlesOf;
        for (int m : members)
            articlesOf[{mentions[m].stated.low, mentions[m].stated.high}].insert(mentions[m].mention.article);
        bool disputed = false;
        for (auto f = articlesOf.cbegin(); f != articlesOf.cend() && !disputed; ++f) {
            for (auto g = std::next(f); g != articlesOf.cend() && !disputed; ++g)
                disputed = !g->contains(*f) && !f->contains(*g);
        }
        if (!disputed)
            continue;
        YearDispute d;
        d.members = members;
        const ResolvedMention &first = mentions[members.first()];
        d.subject = first.clauseText.isEmpty() ? QStringLiteral("year") : first.clauseText;
        out.append(d);
    }
    return out;
}

} // namespace Synoptic::Core
