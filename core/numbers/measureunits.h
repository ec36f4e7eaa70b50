// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The units physical measures are written in, by what they measure, with the factor to one
// unit per dimension, so "10,000 hectares" and "24,700 acres" can be compared.

#include <QString>

#include <optional>

namespace Synoptic::Core {

struct MeasureUnit {
    QString dimension; // "area", "distance", "weight", "volume", "speed", "magnitude", "degrees"
    QString canonical; // the unit figures of this dimension are compared in
    double factor = 1; // one of the unit in the canonical unit
};

// `unit` as NumberExtractor writes it ("km", "hectares", "km/h", "sq miles", ...); none for
// units of time, whose figures are durations.
std::optional<MeasureUnit> measureUnitInfo(const QString &unit);

} // namespace Synoptic::Core
