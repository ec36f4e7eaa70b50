// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The column headers above the comparison view: per visible outlet a colour bar, the outlet
// name, base and family badges, the headline and a date · word count line. Painted, scrolled
// horizontally with the view. Dragging a header moves its column (a drop indicator shows where
// it lands; held near an end, the view scrolls), dragging a header's right edge changes the column's width (double-click on the
// edge: automatic width again); right-click offers moving, hiding and making it the base.
// Column changes go to the OutletModel, which the view follows.

#include <QWidget>

class QTimer;

namespace Synoptic::Ui {

class OutletModel;

class ComparisonHeader : public QWidget
{
    Q_OBJECT
public:
    ComparisonHeader(OutletModel *outlets, QWidget *parent);
    // Geometry in the header's own coordinates (already shifted by the horizontal scroll),
    // one entry per visible column.
    void setColumns(const QList<int> &articles, const QList<int> &lefts, const QList<int> &widths);
    int preferredHeight() const;
    int articleAt(int x) const;
    // The x (header coordinates) where a column dropped at `x` would land, -1 when none.
    int dropPosition(int x) const;

Q_SIGNALS:
    // While a column is dragged: the x of the drop indicator; -1 when the drag ends.
    void dropPositionChanged(int x);
    // While a column is dragged near the left or right end: scroll the view by dx pixels.
    void edgeScrollRequested(int dx);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Drag { None, Pending, Move, Resize };
    int columnAt(int x) const;
    int edgeAt(int x) const; // the column whose right edge is under x, or -1
    int dropIndex(int x) const; // 0..columns: the gap a dragged column would land in
    void paintColumn(QPainter &p, int article, int left, int width);
    void endDrag();
    void scrollAtEdge();

    OutletModel *m_outlets;
    QList<int> m_articles;
    QList<int> m_lefts;
    QList<int> m_widths;
    Drag m_drag = Drag::None;
    int m_dragColumn = -1;
    int m_pressX = 0;
    int m_grabOffset = 0; // from the dragged column's left edge to the pointer
    int m_startWidth = 0;
    int m_startSetWidth = 0; // the model's width before a resize: 0 for automatic
    int m_pointerX = 0;
    QTimer *m_edgeTimer; // scrolls while a dragged column is held near an end
};

} // namespace Synoptic::Ui
