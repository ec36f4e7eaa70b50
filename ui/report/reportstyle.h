// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The printed report's typography in one place: type scale, fonts, ink and rule colours,
// margins. Sizes are in points; PageComposer converts them to device units.

#include <QColor>
#include <QFont>
#include <QMarginsF>

namespace Synoptic::Ui {

struct ReportStyle {
    // Type scale (points): a 1.2-ish ratio from the body size, so levels read apart at a glance.
    double coverTitleSize = 26;
    double titleSize = 17; // section titles
    double headingSize = 10; // sub-headings, sans bold
    double bodySize = 9.5; // running text (unique content, notes)
    double cellSize = 8.6; // synopsis cells
    double tableSize = 8.3; // tables (numbers, quotes, outlets)
    double smallSize = 7.3; // captions, headers, footers, legends
    double leading = 1.08; // line slot as a multiple of the font's height (ascent + descent, ~1.36 em for Noto)

    QColor ink = QColor(0x1b, 0x1b, 0x1b);
    QColor muted = QColor(0x66, 0x66, 0x66);
    QColor faint = QColor(0x9a, 0x9a, 0x9a);
    QColor rule = QColor(0xb8, 0xb8, 0xb8);
    QColor panel = QColor(0xf3, 0xf2, 0xef); // figure boxes, table header tint
    QColor quoteMark = QColor(0x1f, 0x4e, 0x79);
    QColor quoteTint = QColor(0xe8, 0xef, 0xf6);
    QColor disputedMark = QColor(0xa3, 0x3b, 0x20);
    QColor disputedTint = QColor(0xfb, 0xeb, 0xe3);
    QColor differenceMark = QColor(0x55, 0x55, 0x55);
    double hairline = 0.4; // rule width, points
    double strongRule = 0.9;

    QMarginsF portraitMargins = QMarginsF(58, 64, 58, 60); // left, top, right, bottom
    QMarginsF landscapeMargins = QMarginsF(44, 58, 44, 52);

    QFont serif(double points, bool bold = false, bool italic = false) const;
    QFont sans(double points, bool bold = false, bool italic = false) const;

    static ReportStyle standard() { return {}; }
};

} // namespace Synoptic::Ui
