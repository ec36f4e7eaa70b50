// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Decides what a number counts: the counted noun and the event around it ("12 people killed",
// "death toll has risen to 12", "left 12 dead", "70 missiles and 145 drones"), mapped through the
// lexicon to one canonical subject, plus the attributed source, the sentence's context words and
// whether the wording says the count rose. Years, dates, times, ages, ordinals and measures never
// get a subject. Holds a reference to the lexicon, which must outlive it.

#include "core/model/numbers.h"
#include "core/numbers/numberextractor.h"
#include "core/numbers/numberlexicon.h"

#include <QSet>

namespace Synoptic::Core {

// A mention with what the comparer needs beyond the public NumberMention.
struct ResolvedMention
{
    NumberMention mention;
    int sentence = -1; // index of the sentence in its paragraph
    QSet<QString> context; // content stems of the sentence: tells events apart
    QSet<QString>
        places; // folded capitalised words after "in", "on", "at", "of", ...: where it happened
    bool vague = false; // "dozens", "hundreds"
    bool rising = false; // "has risen to", "climbed to": the count grew
    int coordination = -1; // > 0: mentions listed together in one sentence share it ("70 missiles
                           // and 145 drones")
    StatedInterval stated; // what the figure states (numberprecision.h)
    // A year: the preposition before it ("since", "in", "from", ...), the content stems and
    // folded capitalised words of its clause up to there, and that clause as written.
    QString yearPreposition;
    QSet<QString> clause;
    QSet<QString> clauseNames;
    QString clauseText;
    QString thing; // canonical counted thing (or rollup), empty for people in general
    QString event; // canonical event, e.g. "killed"
};

class SubjectResolver
{
public:
    explicit SubjectResolver(const NumberLexicon &lexicon) : m_lexicon(lexicon) { }

    // One ResolvedMention per extracted number, in order. `tokens` from
    // TextNormalizer::tokenize(text).
    [[nodiscard]] QList<ResolvedMention> resolve(QStringView text, const QList<Token> &tokens,
        const QList<ExtractedNumber> &numbers, int article, int paragraph) const;

private:
    const NumberLexicon &m_lexicon;
};

} // namespace Synoptic::Core
