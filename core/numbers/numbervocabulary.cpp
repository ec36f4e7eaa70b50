// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/numbervocabulary.h"

#include "core/numbers/measureunits.h"

#include <algorithm>

namespace Synoptic::Core::NumberVocabulary {

const QHash<QString, double> &smallNumberWords()
{
    static const QHash<QString, double> words = {{QStringLiteral("zero"), 0},
        {QStringLiteral("one"), 1}, {QStringLiteral("two"), 2}, {QStringLiteral("three"), 3},
        {QStringLiteral("four"), 4}, {QStringLiteral("five"), 5}, {QStringLiteral("six"), 6},
        {QStringLiteral("seven"), 7}, {QStringLiteral("eight"), 8}, {QStringLiteral("nine"), 9},
        {QStringLiteral("ten"), 10}, {QStringLiteral("eleven"), 11}, {QStringLiteral("twelve"), 12},
        {QStringLiteral("thirteen"), 13}, {QStringLiteral("fourteen"), 14},
        {QStringLiteral("fifteen"), 15}, {QStringLiteral("sixteen"), 16},
        {QStringLiteral("seventeen"), 17}, {QStringLiteral("eighteen"), 18},
        {QStringLiteral("nineteen"), 19}, {QStringLiteral("twenty"), 20},
        {QStringLiteral("thirty"), 30}, {QStringLiteral("forty"), 40},
        {QStringLiteral("fifty"), 50}, {QStringLiteral("sixty"), 60},
        {QStringLiteral("seventy"), 70}, {QStringLiteral("eighty"), 80},
        {QStringLiteral("ninety"), 90}};
    return words;
}

const QHash<QString, double> &scaleWords()
{
    static const QHash<QString, double> words = {{QStringLiteral("hundred"), 1e2},
        {QStringLiteral("thousand"), 1e3}, {QStringLiteral("million"), 1e6},
        {QStringLiteral("billion"), 1e9}, {QStringLiteral("trillion"), 1e12}};
    return words;
}

const QHash<QString, double> &scaleSuffixes()
{
    static const QHash<QString, double> suffixes
        = {{QStringLiteral("k"), 1e3}, {QStringLiteral("m"), 1e6}, {QStringLiteral("mn"), 1e6},
            {QStringLiteral("mln"), 1e6}, {QStringLiteral("bn"), 1e9}, {QStringLiteral("b"), 1e9},
            {QStringLiteral("tn"), 1e12}, {QStringLiteral("trn"), 1e12},
            {QStringLiteral("million"), 1e6}, {QStringLiteral("billion"), 1e9}};
    return suffixes;
}

const QHash<QString, int> &ordinalWords()
{
    static const QHash<QString, int> words = {{QStringLiteral("first"), 1},
        {QStringLiteral("second"), 2}, {QStringLiteral("third"), 3}, {QStringLiteral("fourth"), 4},
        {QStringLiteral("fifth"), 5}, {QStringLiteral("sixth"), 6}, {QStringLiteral("seventh"), 7},
        {QStringLiteral("eighth"), 8}, {QStringLiteral("ninth"), 9}, {QStringLiteral("tenth"), 10},
        {QStringLiteral("eleventh"), 11}, {QStringLiteral("twelfth"), 12},
        {QStringLiteral("twentieth"), 20}, {QStringLiteral("thirtieth"), 30},
        {QStringLiteral("hundredth"), 100}};
    return words;
}

bool isMonth(const QString &folded)
{
    static const QStringList months = {QStringLiteral("january"), QStringLiteral("february"),
        QStringLiteral("march"), QStringLiteral("april"), QStringLiteral("may"),
        QStringLiteral("june"), QStringLiteral("july"), QStringLiteral("august"),
        QStringLiteral("september"), QStringLiteral("october"), QStringLiteral("november"),
        QStringLiteral("december"), QStringLiteral("jan"), QStringLiteral("feb"),
        QStringLiteral("mar"), QStringLiteral("apr"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("sept"), QStringLiteral("oct"),
        QStringLiteral("nov"), QStringLiteral("dec")};
    return months.contains(folded);
}

// Units that make a number a duration or a measure, never a count of things.
QString measureUnit(const QString &folded)
{
    static const QHash<QString, QString> units
        = {{QStringLiteral("second"), QStringLiteral("seconds")},
            {QStringLiteral("seconds"), QStringLiteral("seconds")},
            {QStringLiteral("minute"), QStringLiteral("minutes")},
            {QStringLiteral("minutes"), QStringLiteral("minutes")},
            {QStringLiteral("hour"), QStringLiteral("hours")},
            {QStringLiteral("hours"), QStringLiteral("hours")},
            {QStringLiteral("day"), QStringLiteral("days")},
            {QStringLiteral("days"), QStringLiteral("days")},
            {QStringLiteral("week"), QStringLiteral("weeks")},
            {QStringLiteral("weeks"), QStringLiteral("weeks")},
            {QStringLiteral("month"), QStringLiteral("months")},
            {QStringLiteral("months"), QStringLiteral("months")},
            {QStringLiteral("year"), QStringLiteral("years")},
            {QStringLiteral("years"), QStringLiteral("years")},
            {QStringLiteral("decade"), QStringLiteral("decades")},
            {QStringLiteral("decades"), QStringLiteral("decades")},
            {QStringLiteral("century"), QStringLiteral("centuries")},
            {QStringLiteral("centuries"), QStringLiteral("centuries")},
            {QStringLiteral("km"), QStringLiteral("km")},
            {QStringLiteral("kilometres"), QStringLiteral("km")},
            {QStringLiteral("kilometers"), QStringLiteral("km")},
            {QStringLiteral("kilometre"), QStringLiteral("km")},
            {QStringLiteral("kilometer"), QStringLiteral("km")},
            {QStringLiteral("miles"), QStringLiteral("miles")},
            {QStringLiteral("mile"), QStringLiteral("miles")},
            {QStringLiteral("metres"), QStringLiteral("m")},
            {QStringLiteral("meters"), QStringLiteral("m")},
            {QStringLiteral("metre"), QStringLiteral("m")},
            {QStringLiteral("meter"), QStringLiteral("m")},
            {QStringLiteral("feet"), QStringLiteral("feet")},
            {QStringLiteral("foot"), QStringLiteral("feet")},
            {QStringLiteral("kg"), QStringLiteral("kg")},
            {QStringLiteral("kilograms"), QStringLiteral("kg")},
            {QStringLiteral("tonnes"), QStringLiteral("tonnes")},
            {QStringLiteral("tons"), QStringLiteral("tonnes")},
            {QStringLiteral("hectares"), QStringLiteral("hectares")},
            {QStringLiteral("acres"), QStringLiteral("acres")},
            {QStringLiteral("mph"), QStringLiteral("mph")},
            {QStringLiteral("degrees"), QStringLiteral("degrees")},
            {QStringLiteral("litres"), QStringLiteral("litres")},
            {QStringLiteral("liters"), QStringLiteral("litres")},
            {QStringLiteral("millimetres"), QStringLiteral("mm")},
            {QStringLiteral("millimeters"), QStringLiteral("mm")},
            {QStringLiteral("mm"), QStringLiteral("mm")},
            {QStringLiteral("centimetres"), QStringLiteral("cm")},
            {QStringLiteral("centimeters"), QStringLiteral("cm")},
            {QStringLiteral("cm"), QStringLiteral("cm")},
            {QStringLiteral("inches"), QStringLiteral("inches")},
            {QStringLiteral("barrels"), QStringLiteral("barrels")},
            {QStringLiteral("kph"), QStringLiteral("km/h")},
            {QStringLiteral("kmh"), QStringLiteral("km/h")},
            {QStringLiteral("knots"), QStringLiteral("knots")},
            {QStringLiteral("gallons"), QStringLiteral("gallons")},
            {QStringLiteral("magnitude"), QStringLiteral("magnitude")}};
    return units.value(folded);
}

// Physical measures ("10,000 hectares") are compared between outlets; durations ("12 hours")
// are not.
NumberKind measureKind(const QString &unit)
{
    return measureUnitInfo(unit) ? NumberKind::Measure : NumberKind::Other;
}

QString currencyWord(const QString &folded)
{
    static const QHash<QString, QString> words
        = {{QStringLiteral("dollars"), QStringLiteral("USD")},
            {QStringLiteral("dollar"), QStringLiteral("USD")},
            {QStringLiteral("usd"), QStringLiteral("USD")},
            {QStringLiteral("euros"), QStringLiteral("EUR")},
            {QStringLiteral("euro"), QStringLiteral("EUR")},
            {QStringLiteral("eur"), QStringLiteral("EUR")},
            {QStringLiteral("pounds"), QStringLiteral("GBP")},
            {QStringLiteral("sterling"), QStringLiteral("GBP")},
            {QStringLiteral("gbp"), QStringLiteral("GBP")},
            {QStringLiteral("hryvnias"), QStringLiteral("UAH")},
            {QStringLiteral("hryvnia"), QStringLiteral("UAH")},
            {QStringLiteral("roubles"), QStringLiteral("RUB")},
            {QStringLiteral("rubles"), QStringLiteral("RUB")},
            {QStringLiteral("yuan"), QStringLiteral("CNY")},
            {QStringLiteral("yen"), QStringLiteral("JPY")},
            {QStringLiteral("rupees"), QStringLiteral("INR")},
            {QStringLiteral("francs"), QStringLiteral("CHF")}};
    return words.value(folded);
}

QString currencySign(QChar c)
{
    switch (c.unicode()) {
    case u'$':
        return QStringLiteral("USD");
    case 0x20AC:
        return QStringLiteral("EUR");
    case 0x00A3:
        return QStringLiteral("GBP");
    case 0x00A5:
        return QStringLiteral("JPY");
    case 0x20B4:
        return QStringLiteral("UAH");
    case 0x20BD:
        return QStringLiteral("RUB");
    case 0x20B9:
        return QStringLiteral("INR");
    default:
        return {};
    }
}

bool isTimeZoneWord(const QString &folded)
{
    static const QStringList words = {QStringLiteral("am"), QStringLiteral("pm"),
        QStringLiteral("gmt"), QStringLiteral("utc"), QStringLiteral("bst"), QStringLiteral("cet"),
        QStringLiteral("cest"), QStringLiteral("est"), QStringLiteral("edt"), QStringLiteral("pst"),
        QStringLiteral("pdt"), QStringLiteral("hrs"), QStringLiteral("gmt+1"),
        QStringLiteral("msk"), QStringLiteral("eet"), QStringLiteral("eest")};
    return words.contains(folded);
}


const QList<QualifierPhrase> &qualifierPhrases()
{
    static const QList<QualifierPhrase> phrases = [] {
        const QList<std::pair<const char16_t *, const char16_t *>> raw = {
            {u"no fewer than", u"at least"}, {u"no less than", u"at least"},
            {u"not less than", u"at least"}, {u"a minimum of", u"at least"},
            {u"at minimum", u"at least"}, {u"at least", u"at least"},
            {u"in excess of", u"more than"}, {u"upwards of", u"more than"},
            {u"more than", u"more than"}, {u"just over", u"more than"},
            {u"well over", u"more than"}, {u"over", u"more than"}, {u"above", u"more than"},
            {u"just under", u"nearly"}, {u"close to", u"nearly"}, {u"nearly", u"nearly"},
            {u"almost", u"nearly"}, {u"not quite", u"nearly"}, {u"fewer than", u"fewer than"},
            {u"less than", u"fewer than"}, {u"under", u"fewer than"}, {u"a maximum of", u"up to"},
            {u"no more than", u"up to"}, {u"as many as", u"up to"}, {u"as much as", u"up to"},
            {u"at most", u"up to"}, {u"up to", u"up to"}, {u"an estimated", u"about"},
            {u"estimated", u"about"}, {u"approximately", u"about"}, {u"roughly", u"about"},
            {u"around", u"about"}, {u"about", u"about"}, {u"some", u"about"}, {u"circa", u"about"},
            {u"approx", u"about"}, {u"between", u"between"}};
        QList<QualifierPhrase> out;
        for (const auto &[words, canonical] : raw)
            out.append({QString::fromUtf16(words).split(u' '), QString::fromUtf16(canonical)});
        std::stable_sort(
            out.begin(), out.end(), [](const QualifierPhrase &a, const QualifierPhrase &b) {
                return a.words.size() > b.words.size();
            });
        return out;
    }();
    return phrases;
}

} // namespace Synoptic::Core::NumberVocabulary
