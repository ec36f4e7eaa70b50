// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/numberextractor.h"

#include "core/numbers/measureunits.h"
#include "core/numbers/numberprecision.h"
#include "core/numbers/numbervocabulary.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Synoptic::Core {

namespace {

using Tokens = QList<Token>;
using namespace NumberVocabulary;


// Text between two tokens, punctuation folded ("" when adjacent).
QString gapBetween(QStringView text, const Tokens &tokens, qsizetype left, qsizetype right)
{
    const qsizetype from = left < 0 ? 0 : tokens[left].end;
    const qsizetype to = right >= tokens.size() ? text.size() : tokens[right].start;
    return TextNormalizer::foldPunctuation(text.sliced(from, std::max<qsizetype>(0, to - from)));
}

bool plainSpace(const QString &gap)
{
    return !gap.isEmpty() && gap.trimmed().isEmpty();
}

bool isDash(const QString &gap)
{
    return gap.trimmed() == u"-";
}

int decimalsOf(const QString &folded)
{
    const qsizetype dot = folded.indexOf(u'.');
    return dot < 0 ? 0 : int(folded.size() - dot - 1);
}

struct Core
{
    qsizetype first = -1;
    qsizetype last = -1;
    double value = 0;
    std::optional<double> presetLow; // ranges and words for orders of magnitude
    std::optional<double> presetHigh;
    bool hasPreset = false;
    bool vague = false;
    bool approximate = false; // "a dozen"
    bool range = false;
    bool words = false;
    int decimals = 0;
    double scale = 1;
    std::optional<NumberKind> kind;
    QString unit;
    qsizetype extraStart = -1; // UTF-16 start when a sign or "a" precedes the first token
    qsizetype extraEnd = -1;
};

// A digit token possibly followed by a scale word ("1.5 million").
std::optional<Core> parseDigits(QStringView text, const Tokens &tokens, qsizetype i)
{
    static const QRegularExpression suffixed(QStringLiteral("^(\\d+(?:[.,]\\d+)*)([a-z]+)$"));
    const Token &t = tokens[i];
    Core core;
    core.first = core.last = i;
    if (t.number) {
        core.value = t.folded.toDouble();
        core.decimals = decimalsOf(t.folded);
    } else {
        const QRegularExpressionMatch m = suffixed.match(t.folded);
        if (!m.hasMatch())
            return std::nullopt;
        QString digits = m.captured(1);
        digits.remove(u',');
        core.value = digits.toDouble();
        core.decimals = decimalsOf(digits);
        const QString suffix = m.captured(2);
        if (suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th") {
            core.kind = NumberKind::Ordinal;
        } else if (suffix == u"am" || suffix == u"pm" || suffix == u"gmt" || suffix == u"utc"
            || suffix == u"h" || suffix == u"hrs") {
            core.kind = NumberKind::Time;
        } else if (suffix == u"s" && core.value >= 1000) {
            core.kind = NumberKind::Date; // "1990s"
        } else if (scaleSuffixes().contains(suffix)) {
            core.scale = scaleSuffixes().value(suffix);
            core.unit = suffix; // resolved below: "m" is metres unless money
        } else if (!measureUnit(suffix).isEmpty()) {
            core.unit = measureUnit(suffix);
            core.kind = measureKind(core.unit);
        } else {
            return std::nullopt;
        }
        if (core.kind)
            return core;
    }
    if (i + 1 < tokens.size() && plainSpace(gapBetween(text, tokens, i, i + 1))
        && scaleWords().contains(tokens[i + 1].folded) && core.scale == 1) {
        core.scale = scaleWords().value(tokens[i + 1].folded);
        core.last = i + 1;
    }
    return core;
}

// "twelve", "twenty-five", "two hundred", "three million"; "a dozen"; "dozens", "hundreds of".
std::optional<Core> parseWords(QStringView text, const Tokens &tokens, qsizetype i)
{
    const QString &f = tokens[i].folded;
    Core core;
    core.first = core.last = i;
    core.words = true;
    const auto next
        = [&](qsizetype k) -> QString { return k < tokens.size() ? tokens[k].folded : QString(); };
    if (f == u"dozen") {
        core.value = 12;
        core.approximate = true;
        if (i > 0 && (tokens[i - 1].folded == u"a" || tokens[i - 1].folded == u"half"))
            core.first = i - 1;
        if (tokens[core.first].folded == u"half")
            core.value = 6;
        return core;
    }
    struct Vague
    {
        const char16_t *word;
        double low;
        double high;
    };
    // Orders of magnitude in words. "thousands" is kept wide on purpose: outlets use it loosely.
    static const Vague vagueWords[]
        = {{u"dozens", 24, 99}, {u"scores", 40, 99}, {u"hundreds", 200, 999},
            {u"thousands", 2000, 99999}, {u"millions", 2e6, 999e6}, {u"billions", 2e9, 999e9}};
    if (f == u"tens" && next(i + 1) == u"of" && next(i + 2) == u"thousands") {
        core.last = i + 2;
        core.value = 20000;
        core.presetLow = 20000;
        core.presetHigh = 99999;
        core.hasPreset = core.vague = true;
        return core;
    }
    for (const Vague &v : vagueWords) {
        if (f != QStringView(v.word))
            continue;
        core.value = v.low;
        core.presetLow = v.low;
        core.presetHigh = v.high;
        core.hasPreset = core.vague = true;
        if (f == u"hundreds" && next(i + 1) == u"of" && next(i + 2) == u"thousands") {
            core.last = i + 2;
            core.value = 200000;
            core.presetLow = 200000;
            core.presetHigh = 999999;
        }
        return core;
    }
    if (const auto ord = ordinalWords().constFind(f); ord != ordinalWords().constEnd()) {
        core.value = *ord;
        core.kind = NumberKind::Ordinal;
        return core;
    }
    double total = 0;
    double current = 0;
    bool any = false;
    qsizetype k = i;
    if (scaleWords().contains(f) && i > 0 && tokens[i - 1].folded == u"a") {
        current = 1;
        any = true;
        core.first = i - 1;
    }
    while (k < tokens.size()) {
        const QString &w = tokens[k].folded;
        if (k > i) {
            const QString gap = gapBetween(text, tokens, k - 1, k);
            if (!plainSpace(gap) && !isDash(gap))
                break;
        }
        if (const auto small = smallNumberWords().constFind(w);
            small != smallNumberWords().constEnd()) {
            // "twenty five" continues a tens word; "five six" does not.
            if (any && current != 0
                && (std::fmod(current, 100) == 0 ? false : (current < 20 || *small >= 10)))
                break;
            current += *small;
            any = true;
        } else if (const auto scale = scaleWords().constFind(w); scale != scaleWords().constEnd()) {
            if (!any)
                break;
            if (*scale == 100) {
                current *= 100;
            } else {
                total += current * *scale;
                current = 0;
            }
        } else if (w == u"and" && any && k + 1 < tokens.size()
            && smallNumberWords().contains(tokens[k + 1].folded) && k > 0
            && tokens[k - 1].folded == u"hundred") {
            // "one hundred and twenty"
        } else {
            break;
        }
        core.last = k;
        ++k;
    }
    if (!any)
        return std::nullopt;
    core.value = total + current;
    return core;
}

} // namespace

void NumberExtractor::applyQualifier(ExtractedNumber &number, double low, double high, bool count)
{
    const QString &q = number.qualifier;
    number.low = low;
    number.high = high;
    if (q == u"at least") {
        number.high.reset();
    } else if (q == u"more than") {
        number.low = count ? std::floor(high) + 1 : high;
        number.high.reset();
    } else if (q == u"nearly") {
        // "nearly 60" is short of 60 but close: [55, 60).
        number.high = count ? std::ceil(low) - 1 : low;
        number.low = count ? low - std::max(1.0, std::ceil(low * 0.08)) : low * 0.92;
    } else if (q == u"fewer than") {
        number.low = 0;
        number.high = count ? std::ceil(low) - 1 : low;
    } else if (q == u"up to") {
        number.low = 0;
    } else if (q == u"about") {
        // The epsilon keeps 100 * 1.1 = 110.00000000000001 from rounding up to 111.
        number.low = count ? std::floor(low * 0.9 + 1e-9) : low * 0.9;
        number.high = count ? std::ceil(high * 1.1 - 1e-9) : high * 1.1;
    }
}

QList<ExtractedNumber> NumberExtractor::extract(QStringView text, const QList<Token> &tokens) const
{
    QList<ExtractedNumber> out;
    const qsizetype n = tokens.size();
    const auto folded
        = [&](qsizetype k) -> QString { return k >= 0 && k < n ? tokens[k].folded : QString(); };
    const auto gap
        = [&](qsizetype left, qsizetype right) { return gapBetween(text, tokens, left, right); };
    const auto lexiconAt = [&](qsizetype k) { return m_lexicon.matchAt(tokens, k).has_value(); };

    for (qsizetype i = 0; i < n; ++i) {
        std::optional<Core> parsed;
        const QString &f = tokens[i].folded;
        if (f.front().isDigit())
            parsed = parseDigits(text, tokens, i);
        else
            parsed = parseWords(text, tokens, i);
        if (!parsed)
            continue;
        Core core = *parsed;

        // "one" is far more often a pronoun ("one of them") than a count.
        if (core.words && !core.kind && core.value == 1 && core.first == core.last
            && !lexiconAt(core.last + 1))
            continue;
        // Nor is it a count when it starts a sequence: "we heard one blast, then a second".
        if (core.words && !core.kind && core.value == 1 && core.first == core.last) {
            bool sequence = false;
            for (qsizetype k = core.last + 1; k < n && k <= core.last + 6 && !sequence; ++k) {
                if (gap(k - 1, k).contains(u'.'))
                    break;
                const bool marker = folded(k) == u"then" || (folded(k) == u"followed" && folded(k + 1) == u"by");
                const qsizetype next = folded(k) == u"then" ? k + 1 : k + 2;
                sequence = marker
                    && ((folded(next) == u"a" && folded(next + 1) == u"second") || folded(next) == u"another"
                        || folded(next) == u"second");
            }
            if (sequence)
                continue;
        }

        qsizetype last = core.last;
        std::optional<NumberKind> kind = core.kind;
        QString unit = core.unit;
        qsizetype start = tokens[core.first].start;
        qsizetype end = tokens[last].end;

        // ISO dates: "2025-04-25".
        if (!kind && tokens[i].number && f.size() == 4 && last + 2 < n
            && gap(last, last + 1) == u"-" && gap(last + 1, last + 2) == u"-"
            && tokens[last + 1].number && tokens[last + 2].number
            && tokens[last + 1].folded.size() == 2 && tokens[last + 2].folded.size() == 2) {
            kind = NumberKind::Date;
            last += 2;
            end = tokens[last].end;
        }

        // Ranges: "10-15", "10 to 15", "between nine and 27".
        if (!kind) {
            const QString after = folded(last + 1);
            const bool dash = last + 1 < n && isDash(gap(last, last + 1));
            const bool to = after == u"to" && plainSpace(gap(last, last + 1));
            const bool andWord
                = after == u"and" && core.first > 0 && folded(core.first - 1) == u"between";
            const qsizetype second = dash ? last + 1 : (to || andWord) ? last + 2 : -1;
            if (second > 0 && second < n) {
                std::optional<Core> other;
                if (tokens[second].folded.front().isDigit())
                    other = parseDigits(text, tokens, second);
                else
                    other = parseWords(text, tokens, second);
                if (other && !other->kind && !other->vague) {
                    double scale = other->scale;
                    if (core.scale == 1 && other->scale != 1)
                        core.scale = other->scale; // "1-2 million"
                    const double lo = core.value * core.scale;
                    const double hi = other->value * scale;
                    if (hi > lo) {
                        core.range = true;
                        core.hasPreset = true;
                        core.presetLow = lo;
                        core.presetHigh = hi;
                        last = other->last;
                        end = tokens[last].end;
                    } else if (dash && tokens[i].number && tokens[second].number) {
                        kind = NumberKind::Other; // a score such as "2-1"
                        last = other->last;
                        end = tokens[last].end;
                    }
                }
            }
        }

        // Time of day: "5:30 pm", "1430 GMT", "10pm".
        if (!kind && tokens[i].number && last + 1 < n && gap(last, last + 1) == u":"
            && tokens[last + 1].number) {
            kind = NumberKind::Time;
            ++last;
            end = tokens[last].end;
        }
        if (kind == NumberKind::Time || (!kind && tokens[i].number)) {
            qsizetype k = last + 1;
            if (folded(k) == u"a" || folded(k) == u"p") {
                if (folded(k + 1) == u"m" && gap(k, k + 1) == u".") {
                    kind = NumberKind::Time;
                    last = k + 1;
                    end = tokens[last].end
                        + (end < text.size() && tokens[last].end < text.size()
                                    && text[tokens[last].end] == u'.'
                                ? 1
                                : 0);
                }
            } else if (isTimeZoneWord(folded(k)) && plainSpace(gap(last, k))) {
                kind = NumberKind::Time;
                last = k;
                end = tokens[last].end;
            }
        }

        // Money and percentages.
        if (!kind) {
            if (start > 0) {
                QString sign = currencySign(text[start - 1]);
                if (!sign.isEmpty()) {
                    start -= 1;
                    if (start >= 2 && text.sliced(start - 2, 2) == u"US")
                        start -= 2;
                    else if (start >= 1 && (text[start - 1] == u'A' || text[start - 1] == u'C')
                        && sign == u"USD") {
                        sign = text[start - 1] == u'A' ? QStringLiteral("AUD")
                                                       : QStringLiteral("CAD");
                        start -= 1;
                    }
                    kind = NumberKind::Money;
                    unit = sign;
                } else if (core.first > 0 && plainSpace(gap(core.first - 1, core.first))) {
                    const QString code = currencyWord(folded(core.first - 1));
                    if (!code.isEmpty() && folded(core.first - 1).size() == 3) {
                        kind = NumberKind::Money;
                        unit = code;
                        start = tokens[core.first - 1].start;
                    }
                }
            }
            if (!kind && last + 1 < n && plainSpace(gap(last, last + 1))) {
                const QString code = currencyWord(folded(last + 1));
                if (!code.isEmpty()) {
                    kind = NumberKind::Money;
                    unit = code;
                    ++last;
                    end = tokens[last].end;
                }
            }
            if (!kind && end < text.size() && text[end] == u'%') {
                kind = NumberKind::Percent;
                unit = QStringLiteral("%");
                ++end;
            } else if (!kind
                && (folded(last + 1) == u"percent"
                    || (folded(last + 1) == u"per" && folded(last + 2) == u"cent"))) {
                kind = NumberKind::Percent;
                unit = QStringLiteral("%");
                last += folded(last + 1) == u"per" ? 2 : 1;
                end = tokens[last].end;
            } else if (!kind && folded(last + 1) == u"percentage"
                && folded(last + 2).startsWith(u"point")) {
                kind = NumberKind::Percent;
                unit = QStringLiteral("pp");
                last += 2;
                end = tokens[last].end;
            }
        }
        // A bare "m" after digits is metres unless money made it millions.
        if (kind != NumberKind::Money && core.unit == u"m") {
            kind = NumberKind::Measure;
            unit = QStringLiteral("m");
            core.scale = 1;
        } else if (!core.unit.isEmpty() && kind == NumberKind::Money) {
            // the suffix was a scale: the unit is the currency
        } else if (!core.unit.isEmpty() && !kind) {
            unit.clear();
        }

        // Dates: "April 24, 2025", "24 April", "in 2014".
        const bool integral = core.decimals == 0 && core.scale == 1 && !core.words;
        if (!kind && integral) {
            if (isMonth(folded(core.first - 1)) && plainSpace(gap(core.first - 1, core.first))
                && core.value >= 1 && core.value <= 31) {
                kind = NumberKind::Date;
                start = tokens[core.first - 1].start;
            } else if (isMonth(folded(last + 1)) && core.value >= 1 && core.value <= 31
                && plainSpace(gap(last, last + 1))) {
                kind = NumberKind::Date;
                ++last;
                end = tokens[last].end;
            }
            if (kind == NumberKind::Date) {
                // ", 2025" or " 2025" after a day and month
                const qsizetype y = last + 1;
                if (y < n && tokens[y].number && tokens[y].folded.size() == 4) {
                    const QString g = gap(last, y).trimmed();
                    if (g.isEmpty() || g == u",") {
                        last = y;
                        end = tokens[last].end;
                    }
                }
            } else if (tokens[i].number && core.value >= 1800 && core.value <= 2100
                && !text.sliced(start, end - start).contains(u',') && !core.range
                && !lexiconAt(last + 1)) {
                kind = NumberKind::Date; // a year
                if (isMonth(folded(core.first - 1)))
                    start = tokens[core.first - 1].start;
            }
        }
        if (core.range && core.presetLow && *core.presetLow >= 1800 && *core.presetLow <= 2100
            && integral && !kind && !lexiconAt(last + 1))
            kind = NumberKind::Date; // "2022-23"

        // Ages: "33-year-old", "33 years old", "aged 33".
        if (!kind || kind == NumberKind::Other) {
            const QString u1 = folded(last + 1);
            if ((u1 == u"year" || u1 == u"years" || u1 == u"month" || u1 == u"months"
                    || u1 == u"week" || u1 == u"weeks" || u1 == u"day" || u1 == u"days")
                && folded(last + 2) == u"old") {
                kind = NumberKind::Age;
                unit = measureUnit(u1);
                last += 2;
                end = tokens[last].end;
            } else if (folded(core.first - 1) == u"aged" && !kind) {
                kind = NumberKind::Age;
                unit = QStringLiteral("years");
            }
        }
        // Durations and measures: "three-year offensive", "12 hours", "40km", "40 square
        // kilometres", "80 km/h", "a 7.1-magnitude earthquake", "magnitude 7.0".
        if (!kind) {
            const QString g = gap(last, last + 1);
            const bool joined = plainSpace(g) || isDash(g) || g.isEmpty();
            const QString w1 = folded(last + 1);
            QString u1 = measureUnit(w1);
            qsizetype unitLast = last + 1;
            if (joined && (w1 == u"square" || w1 == u"sq") && plainSpace(gap(last + 1, last + 2))) {
                const QString length = measureUnit(folded(last + 2));
                if (length == u"km" || length == u"miles" || length == u"m" || length == u"feet") {
                    u1 = length == u"m" ? QStringLiteral("m²") : length == u"km" ? QStringLiteral("km²") : QStringLiteral("sq ") + length;
                    unitLast = last + 2;
                }
            }
            // Speeds: "80 km/h", "80 kilometres per hour", "50 miles an hour".
            if (u1 == u"km" || u1 == u"miles") {
                const QString speed = u1 == u"km" ? QStringLiteral("km/h") : QStringLiteral("mph");
                if (gap(unitLast, unitLast + 1) == u"/" && folded(unitLast + 1) == u"h") {
                    u1 = speed;
                    unitLast += 1;
                } else if ((folded(unitLast + 1) == u"per" || folded(unitLast + 1) == u"an") && folded(unitLast + 2) == u"hour") {
                    u1 = speed;
                    unitLast += 2;
                }
            }
            if (!u1.isEmpty() && joined) {
                kind = measureKind(u1);
                unit = u1;
                last = unitLast;
                end = tokens[last].end;
            } else if (folded(core.first - 1) == u"magnitude" && plainSpace(gap(core.first - 1, core.first))) {
                kind = NumberKind::Measure;
                unit = QStringLiteral("magnitude");
                start = tokens[core.first - 1].start;
            }
        } else if (kind == NumberKind::Measure && (unit == u"km" || unit == u"miles") && gap(last, last + 1) == u"/"
                   && folded(last + 1) == u"h") {
            unit = unit == u"km" ? QStringLiteral("km/h") : QStringLiteral("mph"); // "80km/h"
            ++last;
            end = tokens[last].end;
        }
        if (!kind)
            kind = NumberKind::Count;

        ExtractedNumber number;
        number.kind = *kind;
        number.unit = unit;
        number.coreFirst = core.first;
        number.coreLast = core.last;
        number.vague = core.vague;
        number.value = core.value * core.scale;
        number.firstToken = core.first;

        // Qualifiers only matter for quantities that are compared.
        const bool compared = number.kind == NumberKind::Count || number.kind == NumberKind::Money
            || number.kind == NumberKind::Percent || number.kind == NumberKind::Measure;
        if (compared) {
            for (const QualifierPhrase &phrase : qualifierPhrases()) {
                const qsizetype from = core.first - phrase.words.size();
                if (from < 0)
                    continue;
                bool same = true;
                for (qsizetype k = 0; k < phrase.words.size() && same; ++k) {
                    same = tokens[from + k].folded == phrase.words[k]
                        && (k == 0 || plainSpace(gap(from + k - 1, from + k)));
                }
                // Only spaces (and a currency sign) between the qualifier and the number.
                if (same) {
                    QString between = gap(core.first - 1, core.first);
                    if (start < tokens[core.first].start)
                        between.chop(tokens[core.first].start - start);
                    same = !between.isEmpty() && between.trimmed().isEmpty();
                }
                if (!same)
                    continue;
                if (phrase.canonical == u"between" && !core.range)
                    continue;
                number.qualifier = phrase.canonical;
                number.firstToken = from;
                start = tokens[from].start;
                break;
            }
            if (number.qualifier.isEmpty() && core.range)
                number.qualifier = QStringLiteral("between");
            if (number.qualifier.isEmpty() && start > 0) {
                const QChar sign = text[start - 1];
                if (sign == u'~' || sign == u'>' || sign == u'<' || sign == u'\u2248') {
                    number.qualifier = sign == u'>' ? QStringLiteral("more than")
                        : sign == u'<'              ? QStringLiteral("fewer than")
                                                    : QStringLiteral("about");
                    start -= 1;
                }
            }
            // After the number: "100-plus", "100+", "12 or more", "30 or so".
            if (number.qualifier.isEmpty() || number.qualifier == u"about") {
                if (end < text.size() && text[end] == u'+') {
                    number.qualifier = QStringLiteral("at least");
                    ++end;
                } else if (folded(last + 1) == u"plus"
                    && (isDash(gap(last, last + 1)) || plainSpace(gap(last, last + 1)))) {
                    number.qualifier = QStringLiteral("at least");
                    ++last;
                    end = tokens[last].end;
                } else if (folded(last + 1) == u"or"
                    && (folded(last + 2) == u"more" || folded(last + 2) == u"so"
                        || folded(last + 2) == u"fewer" || folded(last + 2) == u"less")) {
                    const QString w = folded(last + 2);
                    number.qualifier = w == u"more" ? QStringLiteral("at least")
                        : w == u"so"                ? QStringLiteral("about")
                                                    : QStringLiteral("up to");
                    last += 2;
                    end = tokens[last].end;
                }
            }
        }

        number.start = start;
        number.end = end;
        number.lastToken = last;
        if (core.range && core.presetLow)
            number.value = *core.presetLow;

        // The interval: what is written, widened by the precision it is written with, then the
        // qualifier.
        const bool count = number.kind == NumberKind::Count;
        double lo = number.value;
        double hi = number.value;
        if (core.hasPreset) {
            lo = core.presetLow.value_or(lo);
            hi = core.presetHigh.value_or(hi);
        } else if (core.approximate
            && number.qualifier.isEmpty()) { // "a dozen", but "more than a dozen" is > 12
            lo = std::floor(number.value * 0.9 + 1e-9);
            hi = std::ceil(number.value * 1.1 - 1e-9);
        } else if (compared && (core.scale != 1 || core.decimals > 0 || !count)) {
            // "1.5 million", "$2bn", "52%": rounded as written, so the last digit is +-half a unit.
            // Just under half, so "$2bn" and "$3bn" do not touch and agree at $2.5bn.
            const double half = 0.4999 * std::pow(10.0, -core.decimals) * core.scale;
            lo = number.value - half;
            hi = number.value + half;
        }
        if (compared)
            applyQualifier(number, lo, hi, count);
        else {
            number.low = number.value;
            number.high = number.value;
        }
        if (number.low && *number.low < 0)
            number.low = 0;

        // What the outlet states, for comparing outlets (see numberprecision.h).
        if (!compared && core.range && number.kind == NumberKind::Date) {
            number.stated = {lo, hi, hi}; // a span of years: "from 2004 to 2011"
        } else if (!compared) {
            number.stated = {number.value, number.value, number.value};
        } else if (core.hasPreset) {
            number.stated = {lo, hi, hi};
        } else if (core.approximate && number.qualifier.isEmpty()) {
            number.stated = {lo, hi, hi};
        } else {
            number.stated = statedInterval(
                {number.value, core.decimals, core.scale, number.qualifier, count});
        }
        out.append(number);
        i = last;
    }
    return out;
}

} // namespace Synoptic::Core
