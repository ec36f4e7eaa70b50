// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/panels/coveragemap.h"

#include "ui/colours.h"
#include "ui/models/alignmentrowmodel.h"
#include "ui/models/outletmodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Synoptic::Ui {

namespace {
constexpr int s_margin = 8;
constexpr int s_maxCell = 16;
}

CoverageMap::CoverageMap(AlignmentRowModel *rows, OutletModel *outlets, QWidget *parent)
    : QWidget(parent)
    , m_rows(rows)
    , m_outlets(outlets)
{
    setObjectName(QStringLiteral("coverageMap"));
    setAccessibleName(tr("Coverage map"));
    setAccessibleDescription(tr("Rows of the comparison by outlet; click to scroll there."));
    connect(rows, &QAbstractItemModel::modelReset, this, [this] {
        updateGeometry();
        update();
    });
    connect(rows, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    connect(outlets, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    connect(outlets, &OutletModel::columnsChanged, this, qOverload<>(&QWidget::update));
}

// The map's columns are in the comparison view's order, which the reader may have changed.
QList<int> CoverageMap::columnArticles() const
{
    const int columns = m_rows->columnCount();
    QList<int> order = m_outlets->columnOrder();
    if (order.size() != columns) {
        order.clear();
        for (int a = 0; a < columns; ++a)
            order.append(a);
    }
    return order;
}

QSize CoverageMap::sizeHint() const
{
    return {qMax(120, m_rows->columnCount() * s_maxCell + 2 * s_margin), 320};
}

QSize CoverageMap::minimumSizeHint() const
{
    return {60, 80};
}

QRect CoverageMap::matrixRect() const
{
    const int columns = qMax(1, m_rows->columnCount());
    const int lines = qMax(1, m_rows->rowCount());
    const QRect area = rect().adjusted(s_margin, s_margin, -s_margin, -s_margin);
    const int cw = qBound(4, area.width() / columns, s_maxCell * 2);
    const int ch = qBound(2, area.height() / lines, s_maxCell);
    return QRect(area.left() + (area.width() - cw * columns) / 2, area.top(), cw * columns, ch * lines);
}

int CoverageMap::lineAt(const QPoint &pos) const
{
    const QRect m = matrixRect();
    if (!m.contains(pos) || m_rows->rowCount() == 0)
        return -1;
    return qBound(0, (pos.y() - m.top()) * m_rows->rowCount() / m.height(), m_rows->rowCount() - 1);
}

QRect CoverageMap::cellRect(int line, int column) const
{
    const int columns = m_rows->columnCount();
    const int lines = m_rows->rowCount();
    if (line < 0 || line >= lines || column < 0 || column >= columns)
        return {};
    const QRect m = matrixRect();
    const int cw = m.width() / columns;
    const int ch = m.height() / lines;
    return QRect(m.left() + column * cw + 1, m.top() + line * ch, cw - 2, ch - (ch >= 6 ? 1 : 0));
}

void CoverageMap::setCurrentLine(int line)
{
    m_current = line;
    update();
}

void CoverageMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor base = palette().color(QPalette::Base);
    p.fillRect(rect(), base);
    const int columns = m_rows->columnCount();
    const int lines = m_rows->rowCount();
    if (!columns || !lines)
        return;
    const QRect m = matrixRect();
    const int ch = m.height() / lines;
    const QList<int> order = columnArticles();
    for (int l = 0; l < lines; ++l) {
        for (int c = 0; c < columns; ++c) {
            const int a = order[c];
            const QRect cell = cellRect(l, c);
            const QColor colour = m_outlets->colour(a);
            const bool hidden = !m_outlets->isVisible(a);
            QColor fill;
            switch (m_rows->presence(l, a)) {
            case AlignmentRowModel::Presence::Absent:
                continue;
            case AlignmentRowModel::Presence::Present:
                fill = tint(colour, base, 0.55);
                break;
            case AlignmentRowModel::Presence::Variant:
                fill = tint(colour, base, 0.32);
                break;
            case AlignmentRowModel::Presence::Moved:
                fill = tint(colour, base, 0.32);
                p.fillRect(cell, fill);
                fill = colour;
                p.fillRect(cell.adjusted(0, 0, -cell.width() * 2 / 3, 0), fill);
                continue;
            case AlignmentRowModel::Presence::Disputed:
                fill = QColor(0xda, 0x44, 0x53);
                break;
            }
            if (hidden)
                fill.setAlphaF(0.35f);
            p.fillRect(cell, fill);
        }
    }
    if (m_current >= 0 && m_current < lines) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(m.left() - 2, m.top() + m_current * ch - 2, m.width() + 3, ch + 3));
    }
}

void CoverageMap::mousePressEvent(QMouseEvent *event)
{
    const int line = lineAt(event->position().toPoint());
    if (line >= 0)
        Q_EMIT lineActivated(line);
}

bool CoverageMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(help->pos());
        if (line >= 0)
            QToolTip::showText(help->globalPos(), m_rows->headerData(line, Qt::Vertical).toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Synoptic::Ui
