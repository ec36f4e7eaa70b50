// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/measureunits.h"

#include <QHash>

namespace Synoptic::Core {

std::optional<MeasureUnit> measureUnitInfo(const QString &unit)
{
    static const QHash<QString, MeasureUnit> units = {
        {QStringLiteral("km"), {QStringLiteral("distance"), QStringLiteral("km"), 1}},
        {QStringLiteral("m"), {QStringLiteral("distance"), QStringLiteral("km"), 0.001}},
        {QStringLiteral("cm"), {QStringLiteral("distance"), QStringLiteral("km"), 1e-5}},
        {QStringLiteral("mm"), {QStringLiteral("distance"), QStringLiteral("km"), 1e-6}},
        {QStringLiteral("miles"), {QStringLiteral("distance"), QStringLiteral("km"), 1.609344}},
        {QStringLiteral("feet"), {QStringLiteral("distance"), QStringLiteral("km"), 0.0003048}},
        {QStringLiteral("inches"), {QStringLiteral("distance"), QStringLiteral("km"), 0.0000254}},
        {QStringLiteral("hectares"), {QStringLiteral("area"), QStringLiteral("hectares"), 1}},
        {QStringLiteral("acres"), {QStringLiteral("area"), QStringLiteral("hectares"), 0.40468564}},
        {QStringLiteral("km²"), {QStringLiteral("area"), QStringLiteral("hectares"), 100}},
        {QStringLiteral("m²"), {QStringLiteral("area"), QStringLiteral("hectares"), 0.0001}},
        {QStringLiteral("sq miles"), {QStringLiteral("area"), QStringLiteral("hectares"), 258.99881}},
        {QStringLiteral("sq feet"), {QStringLiteral("area"), QStringLiteral("hectares"), 0.0000092903}},
        {QStringLiteral("tonnes"), {QStringLiteral("weight"), QStringLiteral("tonnes"), 1}},
        {QStringLiteral("kg"), {QStringLiteral("weight"), QStringLiteral("tonnes"), 0.001}},
        {QStringLiteral("litres"), {QStringLiteral("volume"), QStringLiteral("litres"), 1}},
        {QStringLiteral("gallons"), {QStringLiteral("volume"), QStringLiteral("litres"), 3.785411784}},
        {QStringLiteral("barrels"), {QStringLiteral("volume"), QStringLiteral("litres"), 158.987295}},
        {QStringLiteral("km/h"), {QStringLiteral("speed"), QStringLiteral("km/h"), 1}},
        {QStringLiteral("mph"), {QStringLiteral("speed"), QStringLiteral("km/h"), 1.609344}},
        {QStringLiteral("knots"), {QStringLiteral("speed"), QStringLiteral("km/h"), 1.852}},
        {QStringLiteral("magnitude"), {QStringLiteral("magnitude"), QStringLiteral("magnitude"), 1}},
        {QStringLiteral("degrees"), {QStringLiteral("degrees"), QStringLiteral("degrees"), 1}},
    };
    const auto it = units.constFind(unit);
    if (it == units.cend())
        return std::nullopt;
    return *it;
}

} // namespace Synoptic::Core
