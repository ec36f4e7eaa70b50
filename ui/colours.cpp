// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/colours.h"

#include <array>

namespace Synoptic::Ui {

namespace {
// Muted hues in the spirit of the Breeze accent set; ordered so neighbours differ.
constexpr std::array<QRgb, 10> s_outlets = {0x3daee9, 0xe67e22, 0x27ae60, 0x9b59b6, 0xda4453,
                                            0x16a085, 0xc9a227, 0x2c6fbb, 0xd35d9c, 0x7f8c8d};
constexpr std::array<QRgb, 8> s_clusters = {0xf4b400, 0x4a9eda, 0x3fb27f, 0xe0607e,
                                            0x9c7bd4, 0xe38b3c, 0x2bb5b0, 0xb0a040};
}

QColor outletColour(int index)
{
    return QColor::fromRgb(s_outlets[size_t(qMax(0, index)) % s_outlets.size()]);
}

QColor clusterColour(int clusterId)
{
    return QColor::fromRgb(s_clusters[size_t(qMax(0, clusterId - 1)) % s_clusters.size()]);
}

QColor tint(const QColor &colour, const QColor &base, double strength)
{
    const double s = isDark(base) ? strength * 1.15 : strength;
    return QColor::fromRgbF(float(base.redF() * (1 - s) + colour.redF() * s),
                            float(base.greenF() * (1 - s) + colour.greenF() * s),
                            float(base.blueF() * (1 - s) + colour.blueF() * s));
}

bool isDark(const QColor &background)
{
    return background.lightnessF() < 0.5;
}

} // namespace Synoptic::Ui
