// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/quotes/quoteclusterer.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Synoptic::Core {

namespace {

constexpr int kMinContent = 3; // fewer content words: a short fragment
constexpr int kLongRun = 5; // content words in common that make two quotes one whoever said them
constexpr int kMinRunWords = 5; // words in a row that place a short fragment inside a longer quote

// Best local alignment of `a` inside `b` (Smith-Waterman on words): how many content words of
// `a` it matches. Stop words count a little, so "the"/"this" edits are cheap.
int localContentMatches(const QList<QuoteWord> &a, const QList<QuoteWord> &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    struct Cell {
        double score = 0;
        int content = 0;
    };
    QList<Cell> prev(m + 1), cur(m + 1);
    Cell best;
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = {};
        for (qsizetype j = 1; j <= m; ++j) {
            const QuoteWord &x = a[i - 1];
            const QuoteWord &y = b[j - 1];
            Cell c;
            if (x.key == y.key) {
                c = {prev[j - 1].score + (x.content ? 2.0 : 0.5), prev[j - 1].content + (x.content ? 1 : 0)};
            } else {
                c = {prev[j - 1].score - 1.0, prev[j - 1].content};
            }
            const Cell up{prev[j].score - (x.content ? 0.8 : 0.3), prev[j].content};
            const Cell left{cur[j - 1].score - (y.content ? 0.8 : 0.3), cur[j - 1].content};
            if (up.score > c.score)
                c = up;
            if (left.score > c.score)
                c = left;
            if (c.score <= 0)
                c = {};
            cur[j] = c;
            if (c.score > best.score)
                best = c;
        }
        std::swap(prev, cur);
    }
    return best.content;
}

// Content words of `a`'s pieces found, in place, in `b`. `b` is read whole: its elisions are
// simply gaps, so a full quote still lines up with an elided one.
int sharedContent(const QuoteWords &a, const QuoteWords &b)
{
    const QList<QuoteWord> whole = b.all();
    int shared = 0;
    for (const QList<QuoteWord> &piece : a.pieces)
        shared += localContentMatches(piece, whole);
    return shared;
}

struct UnionFind {
    QList<int> parent;
    explicit UnionFind(qsizetype n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

quint64 refKey(int article, int paragraph)
{
    return (quint64(quint32(article)) << 32) | quint32(paragraph);
}

const Paragraph *paragraphOf(const QList<Article> &articles, int article, int index)
{
    if (article < 0 || article >= articles.size())
        return nullptr;
    for (const Paragraph &p : articles[article].paragraphs) {
        if (p.index == index)
            return &p;
    }
    return nullptr;
}


// Hash of three consecutive word keys; collisions only cost a verification.
size_t trigram(const QList<QuoteWord> &words, qsizetype at)
{
    return qHashMulti(0, words[at].key, words[at + 1].key, words[at + 2].key);
}

bool containsRun(const QList<QuoteWord> &haystack, const QList<QuoteWord> &needle)
{
    return std::search(haystack.cbegin(), haystack.cend(), needle.cbegin(), needle.cend(),
                       [](const QuoteWord &x, const QuoteWord &y) { return x.key == y.key; })
        != haystack.cend();
}

// A sentence of one outlet's quotation that lies word for word inside another outlet's quotation
// joins that quotation's cluster as a fragment of it. `words[wordsOf[i]]` are occurrence i's words.
// Work is per distinct text and cluster, so a quote printed by thousands of outlets costs once.
void joinContained(const QList<QuoteWords> &words, const QList<int> &wordsOf, const QList<QuoteOccurrence> &occurrences,
                   UnionFind &sets)
{
    const qsizetype distinct = words.size();
    // Every word of each distinct text, stop words included, and an index on word trigrams.
    QList<QList<QuoteWord>> whole(distinct);
    QHash<size_t, QList<int>> postings; // trigram -> distinct texts
    for (int d = 0; d < distinct; ++d) {
        whole[d] = words[d].all();
        QSet<size_t> seen;
        for (qsizetype k = 0; k + 2 < whole[d].size(); ++k) {
            const size_t t = trigram(whole[d], k);
            if (!seen.contains(t)) {
                seen.insert(t);
                postings[t].append(d);
            }
        }
    }
    QList<QList<int>> occurrencesOf(distinct);
    QHash<int, QSet<QString>> speakersOf; // root -> known speakers of its occurrences
    for (int i = 0; i < occurrences.size(); ++i) {
        occurrencesOf[wordsOf[i]].append(i);
        if (!occurrences[i].speaker.isEmpty())
            speakersOf[sets.find(i)].insert(occurrences[i].speaker);
    }
    // The clusters a distinct text's occurrences belong to, with up to two of their articles
    // (enough to know whether one is not the asking article); recomputed after a union.
    struct Place {
        int root = -1;
        int articles[2] = {-1, -1};
    };
    int version = 0;
    QHash<int, std::pair<int, QList<Place>>> placesCache;
    const auto placesOf = [&](int d) -> const QList<Place> & {
        auto it = placesCache.find(d);
        if (it != placesCache.end() && it->first == version)
            return it->second;
        QList<Place> places;
        for (const int j : occurrencesOf[d]) {
            const int root = sets.find(j);
            const int article = occurrences[j].article;
            auto p = std::find_if(places.begin(), places.end(), [&](const Place &x) { return x.root == root; });
            if (p == places.end()) {
                places.append(Place{root, {article, -1}});
            } else if (p->articles[1] < 0 && p->articles[0] != article) {
                p->articles[1] = article;
            }
        }
        return (placesCache[d] = {version, places}).second;
    };

    QSet<std::pair<int, int>> done; // (distinct text, root) already tried
    for (int i = 0; i < occurrences.size(); ++i) {
        const int own = sets.find(i);
        if (done.contains({wordsOf[i], own}))
            continue;
        done.insert({wordsOf[i], own});
        const int article = occurrences[i].article;
        // Pieces: the sentences of each elided part.
        QList<QList<QuoteWord>> pieces;
        for (const QList<QuoteWord> &part : words[wordsOf[i]].pieces) {
            pieces.append(QList<QuoteWord>());
            for (const QuoteWord &w : part) {
                if (w.sentenceStart && !pieces.last().isEmpty())
                    pieces.append(QList<QuoteWord>());
                pieces.last().append(w);
            }
        }
        for (const QList<QuoteWord> &piece : std::as_const(pieces)) {
            const int root = sets.find(i);
            const QSet<QString> mine = speakersOf.value(root);
            int content = 0;
            for (const QuoteWord &w : piece)
                content += w.content ? 1 : 0;
            // Three content words are a quotation's own words; fewer need five words in a row
            // and the same named speaker on both sides.
            const bool strong = content >= kMinContent;
            if (piece.size() < 3 || (!strong && (piece.size() < kMinRunWords || content == 0 || mine.size() != 1)))
                continue;
            // The rarest trigram of the piece names the candidates.
            const QList<int> *candidates = nullptr;
            for (qsizetype k = 0; k + 2 < piece.size(); ++k) {
                const auto it = postings.constFind(trigram(piece, k));
                if (it == postings.cend()) {
                    candidates = nullptr;
                    break;
                }
                if (!candidates || it->size() < candidates->size())
                    candidates = &*it;
            }
            if (!candidates)
                continue;
            QSet<int> targets;
            for (const int d : *candidates) {
                if (d == wordsOf[i] || whole[d].size() < piece.size() || !containsRun(whole[d], piece))
                    continue;
                for (const Place &place : placesOf(d)) {
                    if (place.root == root || (place.articles[0] == article && place.articles[1] < 0))
                        continue;
                    // Both clusters' named speakers: one person at most; a short piece needs that
                    // person named on both sides.
                    const QSet<QString> theirs = speakersOf.value(place.root);
                    const bool fits = strong ? (mine.isEmpty() || theirs.isEmpty() || (mine.size() == 1 && mine == theirs))
                                             : mine == theirs;
                    if (fits)
                        targets.insert(place.root);
                }
            }
            // A phrase found inside quotations of two different clusters is a stock phrase of the
            // story, not a fragment of one of them.
            if (targets.size() != 1)
                continue;
            const int target = *targets.cbegin();
            QSet<QString> speakers = speakersOf.take(root);
            speakers.unite(speakersOf.take(target));
            sets.unite(root, target);
            if (!speakers.isEmpty())
                speakersOf.insert(sets.find(root), speakers);
            ++version;
        }
    }
}

// A quoted name (a motto, a programme's or a charity's label): every content word capitalised,
// the same words in several outlets. Too short for the rules above, yet unmistakable.
void joinLabels(const QList<QuoteWords> &words, const QList<int> &wordsOf, const QList<QuoteOccurrence> &occurrences,
                UnionFind &sets)
{
    QList<bool> label(words.size());
    for (int d = 0; d < words.size(); ++d) {
        bool allCapitalised = true;
        for (const QuoteWord &w : words[d].all())
            allCapitalised = allCapitalised && (!w.content || w.capitalised);
        label[d] = allCapitalised && words[d].contentCount >= 2 && words[d].contentCount < kMinContent + 2;
    }
    QHash<QString, int> first; // the label's words -> its first occurrence
    QHash<int, QString> keyOf;
    for (int i = 0; i < occurrences.size(); ++i) {
        const int d = wordsOf[i];
        if (!label[d])
            continue;
        auto k = keyOf.find(d);
        if (k == keyOf.end()) {
            QStringList keys;
            for (const QuoteWord &w : words[d].all())
                keys.append(w.key);
            k = keyOf.insert(d, keys.join(u' '));
        }
        const auto it = first.constFind(*k);
        if (it == first.cend())
            first.insert(*k, i);
        else if (occurrences[*it].article != occurrences[i].article)
            sets.unite(i, *it);
    }
}

} // namespace

QuoteClusterer::QuoteClusterer(const TextNormalizer &normalizer, const QList<SpellingVariant> &variants)
    : m_text(normalizer, variants)
    , m_normalizer(normalizer)
{
}

bool QuoteClusterer::isShort(const QString &text) const
{
    return m_text.words(text).contentCount < kMinContent;
}

bool QuoteClusterer::sameQuote(const QString &a, const QString &b) const
{
    return sameQuote(m_text.words(a), m_text.words(b));
}

bool QuoteClusterer::sameQuote(const QuoteWords &a, const QuoteWords &b, int *sharedWords) const
{
    if (a.contentCount < kMinContent || b.contentCount < kMinContent)
        return false;
    const int shared = std::min(sharedContent(a, b), sharedContent(b, a));
    if (sharedWords)
        *sharedWords = shared;
    const int smaller = std::min(a.contentCount, b.contentCount);
    // One is (nearly) contained in the other, or they overlap on a long run of the same words.
    if (shared >= kMinContent && shared * 10 >= smaller * 8)
        return true;
    return shared >= kLongRun && shared * 2 >= smaller;
}

QList<QuoteCluster> QuoteClusterer::cluster(const QList<QuoteOccurrence> &occurrences, const QList<Article> &articles,
                                            const Alignment &alignment) const
{
    const qsizetype n = occurrences.size();
    // The comparable words of each distinct text, computed once however many outlets print it.
    QHash<QString, int> textIndex;
    QList<QuoteWords> distinctWords;
    QList<int> wordsOf(n);
    for (int i = 0; i < n; ++i) {
        auto it = textIndex.constFind(occurrences[i].text);
        if (it == textIndex.cend()) {
            it = textIndex.insert(occurrences[i].text, int(distinctWords.size()));
            distinctWords.append(m_text.words(occurrences[i].text));
        }
        wordsOf[i] = *it;
    }
    const auto words = [&](int i) -> const QuoteWords & { return distinctWords[wordsOf[i]]; };

    UnionFind sets(n);
    // Representatives: occurrences with the same speaker (or none) whose words are identical
    // once normalised (elisions included) are one quote and join at once; only the first of
    // each group takes part in the pairwise search below, so a quote repeated by thousands of
    // outlets is compared once. The speaker is part of the identity because the speaker rule
    // below depends on the order in which quotes join; across speakers it applies unchanged.
    QList<int> reps;
    {
        QHash<QString, int> repOf;
        for (int i = 0; i < n; ++i) {
            const QuoteWords &w = words(i);
            if (w.contentCount < kMinContent)
                continue;
            QString identity;
            for (const QList<QuoteWord> &piece : w.pieces) {
                for (const QuoteWord &word : piece) {
                    identity += word.content ? u'+' : u'-';
                    identity += word.key;
                    identity += u' ';
                }
                identity += u'|';
            }
            identity += u'\x1f' + occurrences[i].speaker;
            const auto it = repOf.constFind(identity);
            if (it == repOf.cend()) {
                repOf.insert(identity, i);
                reps.append(i);
            } else {
                sets.unite(i, *it);
            }
        }
    }
    QHash<int, QSet<QString>> speakersOf; // root -> the known speakers of its occurrences
    for (int i = 0; i < n; ++i) {
        if (!occurrences[i].speaker.isEmpty())
            speakersOf[sets.find(i)].insert(occurrences[i].speaker);
    }

    // Index on the representatives' content-word shingles: pairs and skip-pairs of consecutive
    // content words.
    const qsizetype r = reps.size();
    QHash<QString, QList<int>> postings; // shingle -> representatives (positions in `reps`)
    QList<QStringList> keysOf(r);
    for (int k = 0; k < r; ++k) {
        QSet<QString> keys;
        for (const QList<QuoteWord> &piece : std::as_const(words(reps[k]).pieces)) {
            QStringList content;
            for (const QuoteWord &w : piece) {
                if (w.content)
                    content.append(w.key);
            }
            for (qsizetype c = 0; c + 1 < content.size(); ++c) {
                keys.insert(content[c] + u' ' + content[c + 1]);
                if (c + 2 < content.size())
                    keys.insert(content[c] + u'~' + content[c + 2]);
            }
        }
        for (const QString &key : std::as_const(keys))
            postings[key].append(k);
        keysOf[k] = QStringList(keys.begin(), keys.end());
    }
    // Candidate pairs come from shared shingles, visited in index order (never in hash order,
    // so the result is the same on every run). A candidate already in the same set stays there
    // (sets only grow), so it is dropped while collecting: a common shingle costs a lookup per
    // representative, not a comparison.
    QList<int> seen(r, -1);
    auto neighbours = [&](int k) {
        QList<int> out;
        const int rootK = sets.find(reps[k]);
        for (const QString &key : std::as_const(keysOf[k])) {
            for (int j : *postings.constFind(key)) {
                if (j <= k || seen[j] == k)
                    continue;
                seen[j] = k;
                if (sets.find(reps[j]) != rootK)
                    out.append(j);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    };

    for (int k = 0; k < r; ++k) {
        const int a = reps[k];
        for (const int j : neighbours(k)) {
            const int b = reps[j];
            const int ra = sets.find(a);
            const int rb = sets.find(b);
            if (ra == rb)
                continue;
            int shared = 0;
            const bool same = sameQuote(words(a), words(b), &shared);
            QSet<QString> speakers = speakersOf.value(ra);
            speakers.unite(speakersOf.value(rb));
            const int smaller = std::min(words(a).contentCount, words(b).contentCount);
            if (!same) {
                // One known speaker on both sides is evidence enough for a looser match: an outlet
                // that bleeps or swaps one word of a short remark still quotes the same remark.
                const bool oneSpeaker = speakers.size() == 1 && speakersOf.contains(ra) && speakersOf.contains(rb);
                if (!(oneSpeaker && shared >= kMinContent && shared * 10 >= smaller * 7))
                    continue;
            }
            // Different named speakers share a stock phrase, not a quote, unless one nearly contains
            // the other over a long run (then an outlet got the speaker wrong and the words match).
            if (speakers.size() > 1 && (shared < kLongRun || shared * 10 < smaller * 8))
                continue;
            sets.unite(a, b);
            speakersOf[sets.find(a)] = speakers;
        }
    }

    // Short fragments ("reckless") never join on their words alone; the same words with the same
    // known speaker, or in paragraphs the aligner put in one row, are the extra evidence they need.
    // Occurrences of one fragment that share a speaker (or a row) across at least two articles
    // all join: any two of them are linked through one from another article.
    QHash<quint64, int> rowOf;
    for (int row = 0; row < alignment.rows.size(); ++row) {
        for (const AlignmentMember &m : alignment.rows[row].members)
            rowOf.insert(refKey(m.article, m.paragraph), row);
    }
    QHash<QString, QList<int>> shortGroups;
    for (int i = 0; i < n; ++i) {
        if (words(i).contentCount == 0 || words(i).contentCount >= kMinContent)
            continue;
        QStringList keys;
        for (const QuoteWord &w : words(i).all())
            keys.append(w.key);
        shortGroups[keys.join(u' ')].append(i);
    }
    const auto uniteAcrossArticles = [&](const QList<int> &group) {
        for (int i : group) {
            if (occurrences[i].article != occurrences[group.front()].article) {
                for (int j : group)
                    sets.unite(j, group.front());
                return;
            }
        }
    };
    for (const QList<int> &same : std::as_const(shortGroups)) {
        QHash<QString, QList<int>> bySpeaker;
        QHash<int, QList<int>> byRow;
        for (int i : same) {
            const QuoteOccurrence &o = occurrences[i];
            if (!o.speaker.isEmpty())
                bySpeaker[o.speaker].append(i);
            const auto row = rowOf.constFind(refKey(o.article, o.paragraph));
            if (row != rowOf.cend())
                byRow[*row].append(i);
        }
        for (const QList<int> &group : std::as_const(bySpeaker))
            uniteAcrossArticles(group);
        for (const QList<int> &group : std::as_const(byRow))
            uniteAcrossArticles(group);
    }

    joinContained(distinctWords, wordsOf, occurrences, sets);
    joinLabels(distinctWords, wordsOf, occurrences, sets);

    QMap<int, QList<int>> groups; // root -> members; QMap: the same order on every run
    for (int i = 0; i < n; ++i)
        groups[sets.find(i)].append(i);

    // Quoted spans per paragraph: "paraphrased in" looks only at the narration around them.
    QHash<quint64, QList<std::pair<qsizetype, qsizetype>>> quoted;
    for (const QuoteOccurrence &o : occurrences) {
        quoted[refKey(o.article, o.paragraph)].append({o.start, o.end});
        for (const QuoteOccurrence::Piece &p : o.continuation)
            quoted[refKey(o.article, p.paragraph)].append({p.start, p.end});
    }
    QHash<quint64, QSet<QString>> narrationKeys;
    auto narration = [&](const ParagraphRef &ref) -> const QSet<QString> & {
        const quint64 key = refKey(ref.article, ref.paragraph);
        auto it = narrationKeys.find(key);
        if (it != narrationKeys.end())
            return *it;
        QSet<QString> keys;
        if (const Paragraph *p = paragraphOf(articles, ref.article, ref.paragraph)) {
            QString text = p->text;
            for (const auto &[s, e] : quoted.value(key)) {
                for (qsizetype i = s; i < e && i < text.size(); ++i)
                    text[i] = u' ';
            }
            for (const Token &t : m_normalizer.tokenize(text)) {
                if (!t.stopWord)
                    keys.insert(m_text.key(t.stem));
            }
        }
        return *narrationKeys.insert(key, keys);
    };

    QList<QuoteCluster> clusters;
    for (const QList<int> &members : std::as_const(groups)) {
        QuoteCluster c;
        for (int i : members)
            c.occurrences.append(occurrences[i]);
        std::sort(c.occurrences.begin(), c.occurrences.end(), [](const QuoteOccurrence &a, const QuoteOccurrence &b) {
            return std::tie(a.article, a.paragraph, a.start) < std::tie(b.article, b.paragraph, b.start);
        });
        // Canonical: the longest well-formed version.
        const QuoteOccurrence *best = nullptr;
        for (const QuoteOccurrence &o : std::as_const(c.occurrences)) {
            auto rank = [](const QuoteOccurrence &q) { return std::tuple(!q.recovered, !q.fragment, q.text.size()); };
            if (!best || rank(o) > rank(*best))
                best = &o;
        }
        c.text = best->text;
        // A quote cut before "he said" keeps its comma when printed; the canonical text does not.
        while (!c.text.isEmpty() && (c.text.back() == u',' || c.text.back() == u';' || c.text.back() == u':'
                                     || c.text.back().isSpace()))
            c.text.chop(1);
        // Speaker: the majority of the known ones; ties go to the earliest.
        QHash<QString, int> votes;
        for (const QuoteOccurrence &o : std::as_const(c.occurrences)) {
            if (!o.speaker.isEmpty())
                ++votes[o.speaker];
        }
        int top = 0;
        for (const QuoteOccurrence &o : std::as_const(c.occurrences)) {
            if (!o.speaker.isEmpty() && votes.value(o.speaker) > top) {
                top = votes.value(o.speaker);
                c.speaker = o.speaker;
            }
        }
        // Paraphrased in: aligned paragraphs of other articles carrying most content words unquoted.
        const QuoteWords canonical = m_text.words(c.text);
        if (canonical.contentCount >= kMinContent + 1 && !rowOf.isEmpty()) {
            QSet<QString> content;
            for (const QuoteWord &w : canonical.all()) {
                if (w.content)
                    content.insert(w.key);
            }
            QSet<int> quotedIn;
            for (const QuoteOccurrence &o : std::as_const(c.occurrences))
                quotedIn.insert(o.article);
            QSet<int> paraphrased;
            QSet<int> visitedRows; // occurrences of many outlets often share one row
            for (const QuoteOccurrence &o : std::as_const(c.occurrences)) {
                const auto row = rowOf.constFind(refKey(o.article, o.paragraph));
                if (row == rowOf.constEnd() || visitedRows.contains(*row))
                    continue;
                visitedRows.insert(*row);
                for (const AlignmentMember &m : alignment.rows[*row].members) {
                    if (quotedIn.contains(m.article) || paraphrased.contains(m.article))
                        continue;
                    const QSet<QString> &keys = narration(m.ref());
                    int found = 0;
                    for (const QString &k : std::as_const(content))
                        found += keys.contains(k) ? 1 : 0;
                    if (found * 10 >= int(content.size()) * 6)
                        paraphrased.insert(m.article);
                }
            }
            c.paraphrasedIn = QList<int>(paraphrased.begin(), paraphrased.end());
            std::sort(c.paraphrasedIn.begin(), c.paraphrasedIn.end());
        }
        clusters.append(std::move(c));
    }
    QList<std::pair<int, int>> order; // (outlets, cluster), outlets counted once per cluster
    for (int i = 0; i < clusters.size(); ++i)
        order.append({clusters[i].outletCount(), i});
    std::sort(order.begin(), order.end(), [&](const std::pair<int, int> &a, const std::pair<int, int> &b) {
        if (a.first != b.first)
            return a.first > b.first;
        const QuoteOccurrence &x = clusters[a.second].occurrences.front();
        const QuoteOccurrence &y = clusters[b.second].occurrences.front();
        return std::tie(x.article, x.paragraph, x.start) < std::tie(y.article, y.paragraph, y.start);
    });
    QList<QuoteCluster> sorted;
    sorted.reserve(clusters.size());
    for (const auto &[outlets, i] : std::as_const(order)) {
        sorted.append(std::move(clusters[i]));
        sorted.last().id = int(sorted.size());
    }
    return sorted;
}

} // namespace Synoptic::Core
