// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/report/reportstyle.h"

namespace Synoptic::Ui {

namespace {
QFont makeFont(const QStringList &families, double points, bool bold, bool italic)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    // Outline metrics without hinting: what is measured is what the PDF shows at any zoom.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    font.setKerning(true);
    return font;
}
} // namespace

QFont ReportStyle::serif(double points, bool bold, bool italic) const
{
    return makeFont({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")}, points, bold, italic);
}

QFont ReportStyle::sans(double points, bool bold, bool italic) const
{
    return makeFont({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")}, points, bold, italic);
}

} // namespace Synoptic::Ui
