// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/quotes/quoteextractor.h"

#include <QHash>

#include <optional>

namespace Synoptic::Core {

namespace {

enum class Family { None, Double, Single, Guillemet };

struct Mark {
    qsizetype pos = 0;
    Family family = Family::None;
    bool canOpen = false;
    bool canClose = false;
    bool weakClose = false; // "students’ union": as likely an apostrophe as a closing mark
};

Family familyOf(QChar c)
{
    switch (c.unicode()) {
    case 0x0022: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
        return Family::Double;
    case 0x0027: case 0x2018: case 0x2019: case 0x201A: case 0x201B:
        return Family::Single;
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
        return Family::Guillemet;
    default:
        return Family::None;
    }
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2015';
}

// What may stand right before an opening mark.
bool opensAfter(QChar c)
{
    return c.isSpace() || isDash(c) || c == u'(' || c == u'[' || c == u'{' || c == u'/' || c == u':'
        || familyOf(c) != Family::None;
}

// What may stand right after a closing mark.
bool closesBefore(QChar c)
{
    return c.isSpace() || isDash(c) || c.isPunct() || familyOf(c) != Family::None || c == u'\u2026';
}

QList<Mark> scanMarks(const QString &t)
{
    QList<Mark> marks;
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = t[i];
        const Family family = familyOf(c);
        if (family == Family::None)
            continue;
        const QChar prev = i > 0 ? t[i - 1] : QChar();
        const QChar next = i + 1 < n ? t[i + 1] : QChar();
        const bool hasPrev = i > 0;
        const bool hasNext = i + 1 < n;
        const bool leftFlank = hasNext && !next.isSpace() && (!hasPrev || opensAfter(prev));
        const bool rightFlank = hasPrev && !prev.isSpace() && (!hasNext || closesBefore(next));
        Mark m;
        m.pos = i;
        m.family = family;
        if (family == Family::Single) {
            // didn't, Russia's, rock'n'roll: between letters it is an apostrophe.
            if (prev.isLetterOrNumber() && next.isLetterOrNumber())
                continue;
            // '90s, '24: an elided century.
            if (next.isDigit() && !prev.isLetter() && i + 2 < n && t[i + 2].isDigit()
                && (i + 3 >= n || !t[i + 3].isDigit()))
                continue;
            if ((prev == u's' || prev == u'S') && next.isSpace() && i + 2 < n && t[i + 2].isLower())
                m.weakClose = true;
        }
        switch (c.unicode()) {
        case 0x00AB: case 0x2039: // French typography puts spaces inside: « Nous »
            m.canOpen = true;
            m.canClose = rightFlank && !leftFlank;
            break;
        case 0x00BB: case 0x203A:
            m.canClose = true;
            m.canOpen = leftFlank && !rightFlank;
            break;
        case 0x201C: case 0x2018:
            m.canOpen = leftFlank || !rightFlank;
            m.canClose = rightFlank && !leftFlank;
            break;
        case 0x201E: case 0x201A: case 0x201F: case 0x201B:
            m.canOpen = hasNext && !next.isSpace();
            break;
        case 0x201D: case 0x2019: case 0x2033:
            m.canClose = rightFlank || !leftFlank;
            m.canOpen = leftFlank && !rightFlank;
            break;
        default: // straight marks: only the position tells
            m.canOpen = leftFlank && !rightFlank;
            m.canClose = rightFlank && !leftFlank;
        }
        // German »…« and Swedish ”…”: an opener-looking closing mark opens.
        if (!m.canOpen && !m.canClose)
            continue;
        marks.append(m);
    }
    return marks;
}

qsizetype trimEnd(const QString &t, qsizetype from, qsizetype to)
{
    while (to > from && t[to - 1].isSpace())
        --to;
    return to;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

// A fragment sits inside narration ('called the peninsula "lost years ago"'); a full quote
// starts the sentence or follows "said:" / "stating,".
bool looksLikeFragment(const QString &paragraph, const ExtractedQuote::Span &span)
{
    qsizetype i = span.start - 1;
    while (i >= 0 && paragraph[i].isSpace())
        --i;
    if (i < 0)
        return false;
    const QChar before = paragraph[i];
    if (!before.isLetterOrNumber())
        return false;
    const QStringView inner = QStringView(paragraph).sliced(span.innerStart, span.innerEnd - span.innerStart).trimmed();
    if (inner.isEmpty())
        return true;
    qsizetype last = inner.size() - 1;
    while (last > 0 && (familyOf(inner[last]) != Family::None || inner[last] == u')'))
        --last;
    return !(inner.front().isUpper() && isSentenceEnd(inner[last]));
}

constexpr qsizetype kRunOnParagraphs = 3; // how far an unclosed quotation may run without marks
constexpr int kMaxSplitWords = 10; // words of attribution between the halves of a split quotation

bool hasMarks(QStringView t)
{
    for (QChar c : t) {
        if (familyOf(c) == Family::Double || familyOf(c) == Family::Guillemet)
            return true;
    }
    return false;
}

// "..., he wrote:" / "in a statement:" at the end of a paragraph announces what follows.
bool introducesBlockQuote(QStringView previous)
{
    previous = previous.trimmed();
    return previous.endsWith(u':') && !hasMarks(previous.last(std::min<qsizetype>(previous.size(), 3)));
}

// A sentence or more of prose, not a list item or a one-word label.
bool looksLikeBlockQuote(QStringView t)
{
    t = t.trimmed();
    if (t.isEmpty() || t.count(u' ') < 3)
        return false;
    const QChar first = t.front();
    if (first == u'-' || first == u'*' || first == u'\u2022' || first.isDigit())
        return false;
    return isSentenceEnd(t.back()) || familyOf(t.back()) != Family::None;
}

// '"We will not back down," she said, "not this week."': the second half goes on the first's
// sentence (lower-case start) after a short attribution that ends with a comma.
bool continuesSplitQuote(const QString &paragraph, const ExtractedQuote::Span &first, const ExtractedQuote::Span &second)
{
    if (first.paragraph != second.paragraph || second.start < first.end)
        return false;
    const QStringView before = QStringView(paragraph).sliced(first.innerStart, first.innerEnd - first.innerStart).trimmed();
    const QStringView after = QStringView(paragraph).sliced(second.innerStart, second.innerEnd - second.innerStart).trimmed();
    if (before.isEmpty() || after.isEmpty() || !(before.back() == u',' || isDash(before.back())))
        return false;
    if (!after.front().isLower())
        return false;
    const QStringView gap = QStringView(paragraph).sliced(first.end, second.start - first.end).trimmed();
    if (gap.isEmpty() || !(gap.back() == u',' || gap.back() == u':') || gap.count(u' ') >= kMaxSplitWords)
        return false;
    for (QChar c : gap) {
        if (isSentenceEnd(c) || c == u';' || familyOf(c) != Family::None)
            return false;
    }
    return true;
}

} // namespace

QList<ExtractedQuote> QuoteExtractor::extract(const Article &article) const
{
    QList<Source> sources;
    const Paragraph *previous = nullptr;
    for (const Paragraph &p : article.paragraphs) {
        // "...he wrote:" is often taken for a subheading; it still introduces the paragraph after it.
        if (p.role == ParagraphRole::Body)
            sources.append({p.index, p.text, previous && introducesBlockQuote(previous->text)});
        previous = &p;
    }
    return extractFrom(sources);
}

QList<ExtractedQuote> QuoteExtractor::extract(const QStringList &paragraphs) const
{
    QList<Source> sources;
    for (int i = 0; i < paragraphs.size(); ++i)
        sources.append({i, paragraphs[i], i > 0 && introducesBlockQuote(paragraphs[i - 1])});
    return extractFrom(sources);
}

QList<ExtractedQuote> QuoteExtractor::extractFrom(const QList<Source> &paragraphs) const
{
    QList<ExtractedQuote> result;

    struct Open {
        ExtractedQuote quote;
        Family family = Family::None;
        int depth = 0;
        qsizetype firstNested = -1; // mark index of the first same-family opener inside
    };
    std::optional<Open> open;
    bool continuing = false; // `open` carries on from the previous paragraph
    qsizetype runOnUntil = -1; // `open` runs on, unmarked, until this paragraph's first (closing) mark

    // Texts by paragraph index, for joining continuation pieces.
    QHash<int, const QString *> texts;
    for (const Source &s : paragraphs)
        texts.insert(s.index, &s.text);

    auto finalize = [&](Open &o) {
        ExtractedQuote &q = o.quote;
        QStringList parts;
        for (const ExtractedQuote::Span &s : std::as_const(q.spans)) {
            const QString &t = *texts.value(s.paragraph);
            parts.append(QStringView(t).sliced(s.innerStart, s.innerEnd - s.innerStart).trimmed().toString());
        }
        q.text = parts.join(u' ').trimmed();
        bool hasWord = false;
        for (QChar c : std::as_const(q.text)) {
            if (c.isLetterOrNumber()) {
                hasWord = true;
                break;
            }
        }
        if (!hasWord)
            return;
        q.fragment = looksLikeFragment(*texts.value(q.spans.front().paragraph), q.spans.front());
        result.append(q);
    };

    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString &text = paragraphs[p].text;
        const int index = paragraphs[p].index;
        const QList<Mark> marks = scanMarks(text);
        const int quotesBefore = int(result.size());
        qsizetype mi = 0;

        if (open && runOnUntil >= 0) {
            if (p < runOnUntil) {
                open->quote.spans.append({index, 0, text.size(), 0, trimEnd(text, 0, text.size())});
                continue;
            }
            const Mark &m = marks.front();
            open->quote.spans.append({index, 0, m.pos + 1, 0, m.pos});
            finalize(*open);
            open.reset();
            runOnUntil = -1;
            mi = 1;
        } else if (!open && marks.isEmpty() && paragraphs[p].introduced && looksLikeBlockQuote(text)) {
            // A paragraph without marks after one that ends "...wrote:": a block quotation (a post,
            // a letter, a statement) set off by layout rather than marks.
            Open o;
            qsizetype s = 0;
            while (s < text.size() && text[s].isSpace())
                ++s;
            const qsizetype e = trimEnd(text, s, text.size());
            o.quote.spans.append({index, s, e, s, e});
            o.quote.recovered = true;
            finalize(o);
            continue;
        }

        if (open && continuing) {
            // The paragraph re-opens the quote (checked before moving on).
            const Mark &m = marks.front();
            open->quote.spans.append({index, m.pos, text.size(), m.pos + 1, text.size()});
            open->depth = 1;
            open->firstNested = -1;
            mi = 1;
            continuing = false;
        }

        while (true) {
            for (; mi < marks.size(); ++mi) {
                const Mark &m = marks[mi];
                if (!open) {
                    if (m.canOpen) {
                        Open o;
                        o.family = m.family;
                        o.depth = 1;
                        o.quote.spans.append({index, m.pos, m.pos + 1, m.pos + 1, m.pos + 1});
                        open = o;
                    } else if (m.canClose && m.family != Family::Single && result.size() == quotesBefore && mi == 0
                               && QStringView(text).first(m.pos).count(u' ') >= 2) {
                        // A closing mark with no opener at all: the opening mark was lost at the
                        // paragraph start ("We are ready," he said).
                        ExtractedQuote q;
                        qsizetype s = 0;
                        while (s < m.pos && text[s].isSpace())
                            ++s;
                        q.spans.append({index, s, m.pos + 1, s, m.pos});
                        q.recovered = true;
                        Open o;
                        o.quote = q;
                        finalize(o);
                    }
                    continue;
                }
                if (m.family != open->family)
                    continue; // a nested quote of the other family belongs to the text
                if (m.canClose) {
                    if (m.weakClose) {
                        bool laterCloser = false;
                        for (qsizetype k = mi + 1; k < marks.size() && !laterCloser; ++k)
                            laterCloser = marks[k].family == open->family && marks[k].canClose;
                        if (laterCloser)
                            continue;
                    }
                    if (--open->depth == 0) {
                        ExtractedQuote::Span &span = open->quote.spans.last();
                        span.innerEnd = m.pos;
                        span.end = m.pos + 1;
                        finalize(*open);
                        open.reset();
                    }
                } else if (m.canOpen) {
                    ++open->depth;
                    if (open->firstNested < 0)
                        open->firstNested = mi;
                }
            }
            if (!open)
                break;

            // Unclosed at the end of the paragraph.
            ExtractedQuote::Span &span = open->quote.spans.last();
            const bool nextReopens = [&] {
                if (p + 1 >= paragraphs.size())
                    return false;
                const QString &next = paragraphs[p + 1].text;
                const QList<Mark> nextMarks = scanMarks(next);
                if (nextMarks.isEmpty() || !nextMarks.front().canOpen || nextMarks.front().family != open->family)
                    return false;
                for (qsizetype k = 0; k < nextMarks.front().pos; ++k) {
                    if (!next[k].isSpace())
                        return false;
                }
                return true;
            }();
            if (nextReopens && open->firstNested < 0) {
                span.innerEnd = trimEnd(text, span.innerStart, text.size());
                span.end = text.size();
                continuing = true;
                break;
            }
            // A transcript or a post quoted over several paragraphs with no re-opening marks: it
            // runs on when a paragraph at most kRunOnParagraphs ahead closes it with its first
            // mark and the paragraphs between hold no marks at all.
            if (open->firstNested < 0) {
                const qsizetype closer = [&]() -> qsizetype {
                    for (qsizetype k = p + 1; k < paragraphs.size() && k <= p + kRunOnParagraphs; ++k) {
                        const QList<Mark> nextMarks = scanMarks(paragraphs[k].text);
                        if (nextMarks.isEmpty())
                            continue;
                        const Mark &m = nextMarks.front();
                        return m.family == open->family && m.canClose && !m.canOpen ? k : -1;
                    }
                    return -1;
                }();
                if (closer > 0) {
                    span.innerEnd = trimEnd(text, span.innerStart, text.size());
                    span.end = text.size();
                    runOnUntil = closer;
                    break;
                }
            }
            open->quote.recovered = true;
            if (open->firstNested >= 0) {
                // The closing mark went missing before a new quote opened: end there, rescan.
                const qsizetype restart = open->firstNested;
                span.innerEnd = trimEnd(text, span.innerStart, marks[restart].pos);
                span.end = span.innerEnd;
                finalize(*open);
                open.reset();
                mi = restart;
                continue;
            }
            span.innerEnd = trimEnd(text, span.innerStart, text.size());
            span.end = span.innerEnd;
            finalize(*open);
            open.reset();
            break;
        }
    }
    if (open) { // cannot happen: continuation is only chosen when a next paragraph exists
        finalize(*open);
    }
    // Join the halves of split quotations.
    QList<ExtractedQuote> joined;
    for (ExtractedQuote &q : result) {
        if (!joined.isEmpty()) {
            ExtractedQuote &last = joined.last();
            const QString &text = *texts.value(q.spans.front().paragraph);
            if (continuesSplitQuote(text, last.spans.last(), q.spans.front())) {
                last.spans.append(q.spans);
                last.text += u' ' + q.text;
                last.recovered = last.recovered || q.recovered;
                last.split = true;
                continue;
            }
        }
        joined.append(std::move(q));
    }
    return joined;
}

} // namespace Synoptic::Core
