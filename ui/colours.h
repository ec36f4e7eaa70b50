// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The reader's colour choices in one place: outlet colours (distinct, calm, readable on light
// and dark backgrounds) and quote-cluster tints. Pure functions of an index.

#include <QColor>

namespace Synoptic::Ui {

QColor outletColour(int index);
QColor clusterColour(int clusterId);
// A background tint of `colour` that keeps text readable on `base` (light or dark).
QColor tint(const QColor &colour, const QColor &base, double strength = 0.22);
bool isDark(const QColor &background);

} // namespace Synoptic::Ui
