// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Finds quantities in one paragraph: digits ("5,000", "51.9%", "1.5 million", "$2bn"), number
// words ("twelve", "a dozen", "hundreds"), ranges, ordinals, ages, times and dates, and turns
// qualifiers ("at least", "more than", "nearly", "about", "up to") into intervals. It does not
// decide what is counted (SubjectResolver does). Holds a reference to the lexicon, which must
// outlive it; pure computation otherwise.

#include "core/model/numbers.h"
#include "core/numbers/numberlexicon.h"
#include "core/numbers/numberprecision.h"
#include "core/text/textnormalizer.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace Synoptic::Core {

struct ExtractedNumber
{
    qsizetype start = 0; // UTF-16 span in the paragraph, qualifier and currency sign included
    qsizetype end = 0;
    qsizetype firstToken = -1; // token span of the whole expression
    qsizetype lastToken = -1;
    qsizetype coreFirst = -1; // token span of the quantity itself, without the qualifier
    qsizetype coreLast = -1;
    NumberKind kind = NumberKind::Count;
    double value = 0; // as written ("more than 100" -> 100; a range -> its lower end)
    std::optional<double> low; // what the wording allows; nullopt = unbounded
    std::optional<double> high;
    QString qualifier; // canonical: "at least", "more than", "nearly", "fewer than", "up to",
                       // "about", "between"
    QString unit; // "%", "pp", "USD", "EUR", "GBP", ..., or a unit of time or measure for Other
    bool vague = false; // an order of magnitude in words ("dozens", "hundreds")
    StatedInterval stated; // the figure the wording states, for comparing outlets; a span of
                           // years for a date range
};

class NumberExtractor
{
public:
    explicit NumberExtractor(const NumberLexicon &lexicon) : m_lexicon(lexicon) { }

    // `tokens` must come from TextNormalizer::tokenize(text).
    [[nodiscard]] QList<ExtractedNumber> extract(
        QStringView text, const QList<Token> &tokens) const;

    // The interval a qualifier gives to a quantity written as [low, high] (equal for one number).
    // `count`: whole things, so "more than 100" starts at 101 and "nearly 60" stops at 59.
    static void applyQualifier(ExtractedNumber &number, double low, double high, bool count);

private:
    const NumberLexicon &m_lexicon;
};

} // namespace Synoptic::Core
