// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// One body paragraph as the speaker attributor reads it: quoted text masked out of the
// narration (offsets unchanged), its tokens and sentences, and the capitalised name runs with
// the titles before them. Plain values built per paragraph; nothing is shared between threads.

#include "core/quotes/quotelexicon.h"
#include "core/text/textnormalizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Synoptic::Core {

inline constexpr QChar kQuoteMask = u'\uFFFC'; // stands for quoted text in the narration

// One capitalised name in narration, with the title words before it.
struct NameMention {
    int first = 0; // first token of the run, titles included
    int nameFirst = 0; // first token of the name itself
    int last = 0; // last token of the name
    QStringList name; // the name's words as written, possessive "'s" removed
    QSet<QString> descriptor; // folded title and modifier words before the name
    bool possessive = false; // "Trump's envoy": the name modifies what follows
};

struct NarrationSentence {
    qsizetype start = 0;
    qsizetype end = 0;
};

struct NarrationQuoteSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    int quote = -1; // index into the article's quotes
    int span = 0; // 0 = the span where the quote opens
};

struct NarrationView {
    int index = -1; // Paragraph::index
    QString text;
    QString masked; // `text` with every quote span replaced by kQuoteMask
    QList<Token> tokens; // of `masked`
    QList<NarrationSentence> sentences;
    QList<NarrationQuoteSpan> spans;
    QList<NameMention> mentions;
    QHash<int, int> mentionAtFirst; // token -> mention whose run starts there
    QHash<int, int> mentionAtLast; // token -> mention whose name ends there

    QStringView gap(int a, int b) const // text between token a and token b
    {
        return QStringView(masked).sliced(tokens[a].end, tokens[b].start - tokens[a].end);
    }
    int sentenceOf(qsizetype pos) const;
    int firstTokenAt(qsizetype pos) const;
};

// Tokens and sentences; mentions stay empty until findMentions().
NarrationView makeNarrationView(int index, const QString &text, const QList<NarrationQuoteSpan> &spans,
                                const TextNormalizer &normalizer);
// Name runs of the narration. `properWords` (folded words the story capitalises inside
// sentences) decides whether a lone capitalised word at a sentence start is a name; null: it is.
void findMentions(NarrationView &view, const QuoteLexicon &lexicon, const QSet<QString> *properWords);

bool isAbbreviation(const Token &token); // "Mr", "Dr", single letters: a full stop after them ends nothing
QString withoutPossessive(const QString &folded);

} // namespace Synoptic::Core
