#include "core/quotes/quoteclusterer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Synoptic::Core {

namespace {

constexpr int kMinContent = 3; // fewer content words: a short fragment
constexpr int kLongRun = 5; // content words in common that make two quotes one whoever said them
constexpr qsizetype kMaxPosting = 400; // shingles shared by more occurrences are too common to help

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

bool QuoteClusterer::sameQuote(const QuoteWords &a, const QuoteWords &b) const
{
    if (a.contentCount < kMinContent || b.contentCount < kMinContent)
        return false;
    const int shared = std::min(sharedContent(a, b), sharedContent(b, a));
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
    QList<QuoteWords> words;
    words.reserve(n);
    for (const QuoteOccurrence &o : occurrences)
        words.append(m_text.words(o.text));

    // Index on content-word shingles: pairs and skip-pairs of consecutive content words.
    QHash<QString, QList<int>> postings;
    QList<QStringList> keysOf(n);
    for (int i = 0; i < n; ++i) {
        if (words[i].contentCount < kMinContent)
            continue;
        QSet<QString> keys;
        for (const QList<QuoteWord> &piece : std::as_const(words[i].pieces)) {
            QStringList content;
            for (const QuoteWord &w : piece) {
                if (w.content)
                    content.append(w.key);
            }
            for (qsizetype k = 0; k + 1 < content.size(); ++k) {
                keys.insert(content[k] + u' ' + content[k + 1]);
                if (k + 2 < content.size())
                    keys.insert(content[k] + u'~' + content[k + 2]);
            }
        }
        for (const QString &key : std::as_const(keys))
            postings[key].append(i);
        keysOf[i] = QStringList(keys.begin(), keys.end());
    }
    // Candidate pairs come from shared shingles, visited in index order (never in hash order,
    // so the result is the same on every run).
    auto neighbours = [&](int i) {
        QList<int> out;
        for (const QString &key : std::as_const(keysOf[i])) {
            const QList<int> &list = *postings.constFind(key);
            if (list.size() > kMaxPosting)
                continue;
            for (int j : list) {
                if (j > i)
                    out.append(j);
            }
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };

    UnionFind sets(n);
    QHash<int, QSet<QString>> speakersOf; // root -> the known speakers of its occurrences
    for (int i = 0; i < n; ++i) {
        if (!occurrences[i].speaker.isEmpty())
            speakersOf[i].insert(occurrences[i].speaker);
    }
    for (int a = 0; a < n; ++a) {
        for (const int b : neighbours(a)) {
            const int ra = sets.find(a);
            const int rb = sets.find(b);
            if (ra == rb || !sameQuote(words[a], words[b]))
                continue;
            // Different named speakers share a stock phrase, not a quote, unless the common run is
            // long (then an outlet got the speaker wrong and the words still match).
            QSet<QString> speakers = speakersOf.value(ra);
            speakers.unite(speakersOf.value(rb));
            if (speakers.size() > 1
                && std::min(sharedContent(words[a], words[b]), sharedContent(words[b], words[a])) < kLongRun)
                continue;
            sets.unite(a, b);
            speakersOf[sets.find(a)] = speakers;
        }
    }

    // Short fragments ("reckless") never join on their words alone; the same words with the same
    // known speaker, or in paragraphs the aligner put in one row, are the extra evidence they need.
    QHash<quint64, int> rowOf;
    for (int r = 0; r < alignment.rows.size(); ++r) {
        for (const AlignmentMember &m : alignment.rows[r].members)
            rowOf.insert(refKey(m.article, m.paragraph), r);
    }
    QHash<QString, QList<int>> shortGroups;
    for (int i = 0; i < n; ++i) {
        if (words[i].contentCount == 0 || words[i].contentCount >= kMinContent)
            continue;
        QStringList keys;
        for (const QuoteWord &w : words[i].all())
            keys.append(w.key);
        shortGroups[keys.join(u' ')].append(i);
    }
    for (const QList<int> &same : std::as_const(shortGroups)) {
        for (qsizetype x = 0; x < same.size(); ++x) {
            for (qsizetype y = x + 1; y < same.size(); ++y) {
                const QuoteOccurrence &a = occurrences[same[x]];
                const QuoteOccurrence &b = occurrences[same[y]];
                if (a.article == b.article)
                    continue;
                const bool sameSpeaker = !a.speaker.isEmpty() && a.speaker == b.speaker;
                const int ra = rowOf.value(refKey(a.article, a.paragraph), -1);
                const bool sameRow = ra >= 0 && ra == rowOf.value(refKey(b.article, b.paragraph), -2);
                if (sameSpeaker || sameRow)
                    sets.unite(same[x], same[y]);
            }
        }
    }

    QHash<int, QList<int>> groups;
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
            for (const QuoteOccurrence &o : std::as_const(c.occurrences)) {
                const auto row = rowOf.constFind(refKey(o.article, o.paragraph));
                if (row == rowOf.constEnd())
                    continue;
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
    std::sort(clusters.begin(), clusters.end(), [](const QuoteCluster &a, const QuoteCluster &b) {
        const int oa = a.outletCount();
        const int ob = b.outletCount();
        if (oa != ob)
            return oa > ob;
        const QuoteOccurrence &x = a.occurrences.front();
        const QuoteOccurrence &y = b.occurrences.front();
        return std::tie(x.article, x.paragraph, x.start) < std::tie(y.article, y.paragraph, y.start);
    });
    for (int i = 0; i < clusters.size(); ++i)
        clusters[i].id = i + 1;
    return clusters;
}

} // namespace Synoptic::Core
