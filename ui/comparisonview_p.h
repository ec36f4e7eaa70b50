// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Internal to ComparisonView (comparisonview.cpp, comparisoncells.cpp): layout constants and
// the inline object that draws a shared quote's count badge.

#include <QFont>
#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

namespace Synoptic::Ui::ComparisonLayout {

inline constexpr int s_gutter = 44; // row numbers on the left
inline constexpr int s_spacing = 1; // hairline between columns
inline constexpr int s_padX = 16;
inline constexpr int s_padY = 12;
inline constexpr int s_minColumn = 250;
inline constexpr int s_maxColumn = 620;
// Cells are built in slices of this many milliseconds per event-loop turn, so the window
// keeps answering while a large story loads.
inline constexpr int s_buildSliceMs = 6;
// While the first screen of a story is built its lines still change height with every slice, so
// it is shown whole, in one repaint, unless building it takes longer than this.
inline constexpr int s_revealMs = 120;
inline constexpr int s_badgeType = QTextFormat::UserObject + 1;
inline constexpr int s_badgeCount = QTextFormat::UserProperty + 1;
inline constexpr int s_badgeColour = QTextFormat::UserProperty + 2;

inline QFont readingFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.12);
    return font;
}

} // namespace Synoptic::Ui::ComparisonLayout

namespace Synoptic::Ui {

// The count badge drawn after a shared quote: an inline object, so it takes room in the line
// and never overlaps the text that follows.
class BadgeObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;
    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position, const QTextFormat &format) override;
};

} // namespace Synoptic::Ui
