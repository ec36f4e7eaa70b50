// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/quotes/narrationview.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

bool isAbbreviation(const Token &t)
{
    static const QSet<QString> abbreviations = {u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"st"_s, u"jr"_s, u"sr"_s,
                                                u"gen"_s, u"lt"_s, u"col"_s, u"sgt"_s, u"rep"_s, u"sen"_s, u"gov"_s,
                                                u"prof"_s, u"no"_s, u"vs"_s, u"etc"_s, u"inc"_s, u"corp"_s, u"co"_s,
                                                u"ltd"_s, u"capt"_s, u"rev"_s};
    return (t.folded.size() == 1 && !t.number) || abbreviations.contains(t.folded);
}

QString withoutPossessive(const QString &folded)
{
    return folded.endsWith(u"'s") ? folded.chopped(2) : folded;
}

int NarrationView::sentenceOf(qsizetype pos) const
{
    for (int s = 0; s < sentences.size(); ++s) {
        if (pos < sentences[s].end)
            return s;
    }
    return int(sentences.size()) - 1;
}

int NarrationView::firstTokenAt(qsizetype pos) const
{
    return int(std::lower_bound(tokens.begin(), tokens.end(), pos, [](const Token &t, qsizetype p) { return t.start < p; })
               - tokens.begin());
}

namespace {

bool endsSentence(QStringView inner)
{
    qsizetype i = inner.size() - 1;
    while (i >= 0 && (inner[i].isSpace() || inner[i] == u'"' || inner[i] == u'\'' || inner[i] == u'\u2019'
                      || inner[i] == u'\u201d' || inner[i] == u')'))
        --i;
    return i >= 0 && (inner[i] == u'.' || inner[i] == u'!' || inner[i] == u'?' || inner[i] == u'\u2026');
}

} // namespace

NarrationView makeNarrationView(int index, const QString &text, const QList<NarrationQuoteSpan> &spans,
                                const TextNormalizer &normalizer)
{
    NarrationView v;
    v.index = index;
    v.text = text;
    v.masked = text;
    v.spans = spans;
    for (const NarrationQuoteSpan &s : spans) {
        for (qsizetype i = s.start; i < s.end && i < v.masked.size(); ++i)
            v.masked[i] = kQuoteMask;
    }
    v.tokens = normalizer.tokenize(v.masked);

    // Sentences: ".!?" in narration before a capital, a digit or a quote; or the end of a quote
    // whose text ends a sentence and is followed by a capital, another quote or nothing.
    QList<qsizetype> ends;
    const qsizetype n = v.masked.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = v.masked[i];
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        if (i + 1 < n && !v.masked[i + 1].isSpace())
            continue;
        qsizetype j = i + 1;
        while (j < n && v.masked[j].isSpace())
            ++j;
        if (j < n && !(v.masked[j].isUpper() || v.masked[j].isDigit() || v.masked[j] == kQuoteMask))
            continue;
        if (c == u'.') {
            const int t = v.firstTokenAt(i) - 1;
            if (t >= 0 && v.tokens[t].end == i && isAbbreviation(v.tokens[t]) && j < n)
                continue;
        }
        ends.append(i + 1);
    }
    for (const NarrationQuoteSpan &s : spans) {
        if (s.end >= n || s.start >= s.end)
            continue;
        if (!endsSentence(QStringView(text).sliced(s.start, s.end - s.start)))
            continue;
        qsizetype j = s.end;
        while (j < n && v.masked[j].isSpace())
            ++j;
        if (j >= n || v.masked[j] == kQuoteMask || v.masked[j].isUpper())
            ends.append(s.end);
    }
    ends.append(n);
    std::sort(ends.begin(), ends.end());
    qsizetype start = 0;
    for (qsizetype e : std::as_const(ends)) {
        if (e <= start)
            continue;
        v.sentences.append({start, e});
        start = e;
    }
    if (v.sentences.isEmpty())
        v.sentences.append({0, n});
    return v;
}

// The mentions (capitalised name runs with their titles) of one paragraph.
void findMentions(NarrationView &v, const QuoteLexicon &lexicon, const QSet<QString> *properWords)
{
    const QList<Token> &tk = v.tokens;
    auto isNameToken = [&](int i) {
        const Token &t = tk[i];
        if (!t.capitalised || t.number)
            return false;
        const QStringView raw = QStringView(v.masked).sliced(t.start, t.end - t.start);
        const bool acronym = raw.size() >= 2 && raw.toString().toUpper() == raw;
        return !t.stopWord || acronym;
    };
    auto joins = [&](int a, int b) {
        const QStringView g = v.gap(a, b);
        if (g == u" " || g == u"-" || g == u"\u2011")
            return true;
        if ((g == u". " || g == u".") && isAbbreviation(tk[a]))
            return true;
        return false;
    };
    auto startsSentence = [&](int i) {
        for (const NarrationSentence &s : v.sentences) {
            if (s.start <= tk[i].start && tk[i].start < s.end) {
                for (qsizetype k = s.start; k < tk[i].start; ++k) {
                    if (v.masked[k].isLetterOrNumber() || v.masked[k] == kQuoteMask)
                        return false;
                }
                return true;
            }
        }
        return false;
    };

    for (int i = 0; i < tk.size();) {
        if (!isNameToken(i)) {
            ++i;
            continue;
        }
        int b = i;
        while (b + 1 < tk.size() && isNameToken(b + 1) && joins(b, b + 1))
            ++b;
        const int a = i;
        i = b + 1;

        NameMention m;
        m.first = a;
        m.last = b;
        m.possessive = tk[b].folded.endsWith(u"'s");
        int nameFirst = a;
        for (int k = a; k < b; ++k) {
            if (lexicon.isTitle(tk[k].folded) || tk[k].folded.endsWith(u"'s"))
                nameFirst = k + 1;
        }
        // A run of titles only ("President") names nobody.
        bool allTitles = true;
        for (int k = nameFirst; k <= b; ++k)
            allTitles = allTitles && lexicon.isTitle(withoutPossessive(tk[k].folded));
        if (allTitles)
            continue;
        m.nameFirst = nameFirst;
        // A lone capitalised word that starts a sentence is a name only if the story also
        // capitalises it inside sentences ("Officials said" is not a name).
        if (nameFirst == b && startsSentence(b) && properWords
            && !properWords->contains(withoutPossessive(tk[b].folded)))
            continue;
        for (int k = nameFirst; k <= b; ++k) {
            QString word = QStringView(v.masked).sliced(tk[k].start, tk[k].end - tk[k].start).toString();
            if (k == b && m.possessive)
                word.chop(2);
            m.name.append(word);
        }
        QString letters;
        for (int k = a; k < nameFirst; ++k) {
            m.descriptor.insert(tk[k].folded);
            m.descriptor.insert(withoutPossessive(tk[k].folded));
            if (tk[k].folded.size() == 1)
                letters += tk[k].folded;
        }
        // Lower-case titles before the run: "US secretary of state Marco Rubio".
        for (int k = a - 1, steps = 0; k >= 0 && steps < 5; --k, ++steps) {
            const QStringView g = v.gap(k, k + 1);
            if (!(g == u" " || g == u"-" || g == u"." || g == u". "))
                break;
            const QString &f = tk[k].folded;
            if (!(lexicon.isTitle(f) || f == u"of" || (isNameToken(k) && !tk[k].stopWord) || isNameToken(k)))
                break;
            m.descriptor.insert(f);
            m.descriptor.insert(withoutPossessive(f));
            if (f.size() == 1)
                letters.prepend(f);
        }
        if (letters.size() > 1)
            m.descriptor.insert(letters); // "U.S." -> "us"
        const int index = int(v.mentions.size());
        v.mentions.append(m);
        v.mentionAtFirst.insert(a, index);
        v.mentionAtLast.insert(b, index);
    }
}

} // namespace Synoptic::Core
