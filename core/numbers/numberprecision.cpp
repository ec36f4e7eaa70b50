// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/numberprecision.h"

#include <algorithm>
#include <cmath>

namespace Synoptic::Core {

namespace {

// A hedge or a vague quantifier moves a figure by at most half its rounding step, and never by
// more than a tenth of it: "about 100" is 90-110, not 50-150; "more than 20 years" is 20-22.
constexpr double maximumShare = 0.1;
// Just under half a step, so "$2bn" and "$3bn" do not touch.
constexpr double halfStep = 0.4999;

bool whole(double v)
{
    return std::abs(v - std::round(v)) < 1e-9;
}

} // namespace

double roundingStep(const WrittenFigure &figure)
{
    if (figure.decimals > 0 || figure.scale != 1)
        return std::pow(10.0, -figure.decimals) * figure.scale;
    if (figure.qualifier.isEmpty() || !whole(figure.value) || figure.value == 0)
        return 1;
    double step = 1;
    double v = std::round(std::abs(figure.value));
    while (v >= 10 && std::fmod(v, 10) == 0) {
        v /= 10;
        step *= 10;
    }
    return step;
}

StatedInterval statedInterval(const WrittenFigure &figure)
{
    const double x = figure.value;
    const double step = roundingStep(figure);
    const bool rounded = figure.decimals > 0 || figure.scale != 1;
    // An exact count states itself; a rounded figure, a money amount or a share its last digit's
    // half as written (not the hedge's step: "about $100" is not $50-150).
    const double written = rounded ? step : 1;
    const double precision = (figure.count && !rounded) ? 0 : halfStep * written;
    const double hedge = std::min(halfStep * step, maximumShare * std::abs(x));
    const QString &q = figure.qualifier;
    StatedInterval out{x - precision, x + precision, x + precision};
    if (q == u"at least" || q == u"more than") {
        out = {x, x + std::max(hedge, precision), 0};
    } else if (q == u"nearly" || q == u"up to" || q == u"fewer than") {
        out = {x - std::max(hedge, precision), x, 0};
    } else if (q == u"about") {
        const double h = std::max(hedge, precision);
        out = {x - h, x + h, 0};
    } else if (rounded) {
        // Unhedged and rounded: it may have been cut rather than rounded.
        out.looseHigh = x + 0.9999 * step;
    }
    if (figure.count) {
        // Whole things: the bounds move to whole numbers inside.
        out.low = std::ceil(out.low - 1e-9);
        out.high = std::max(out.low, std::floor(out.high + 1e-9));
    }
    out.looseHigh = std::max(out.looseHigh, out.high);
    out.low = std::max(0.0, out.low);
    return out;
}

} // namespace Synoptic::Core
