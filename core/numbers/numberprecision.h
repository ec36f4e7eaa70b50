// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// What value a figure *states*, as opposed to what its wording allows. "At least 30" allows
// anything from 30 up, but the outlet states 30; "at least 38" states another figure. Outlets are
// compared on what they state: hedges ("at least", "more than", "as many as", "up to") say how the
// figure is hedged and move it only by a small step in their direction, while vague quantifiers
// ("about", "nearly", "some") and the precision of a rounded figure ("1.5 million" covers
// 1.45-1.55 million) widen it.

#include <QString>

namespace Synoptic::Core {

struct StatedInterval
{
    double low = 0;
    double high = 0;
    // A rounded figure may also have been cut rather than rounded ("$43 million" for
    // $43,885,310): the top of what it may stand for. Enough to keep it from a dispute, never to
    // agree outright.
    double looseHigh = 0;
};

struct WrittenFigure
{
    double value = 0; // scale applied
    int decimals = 0; // digits after the point as written
    double scale = 1; // "million" -> 1e6
    QString qualifier; // canonical, as NumberExtractor writes it
    bool count = false; // whole things
};

// The step the figure is rounded to: 10^-decimals x scale for "1.5 million" or "51.9%"; for a
// hedged whole number its trailing zeros ("nearly 60" -> 10); 1 for an exact whole number, which
// states itself.
[[nodiscard]] double roundingStep(const WrittenFigure &figure);

// The interval of values the figure states.
[[nodiscard]] StatedInterval statedInterval(const WrittenFigure &figure);

} // namespace Synoptic::Core
