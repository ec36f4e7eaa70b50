// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The coverage map: a compact matrix of grid lines (top to bottom) by outlets (left to right)
// showing present / absent / variant / moved / disputed. Click to scroll the reader there.

#include <QWidget>

namespace Synoptic::Ui {

class AlignmentRowModel;
class OutletModel;

class CoverageMap : public QWidget
{
    Q_OBJECT
public:
    CoverageMap(AlignmentRowModel *rows, OutletModel *outlets, QWidget *parent = nullptr);
    void setCurrentLine(int line);
    int lineAt(const QPoint &pos) const;
    QRect cellRect(int line, int column) const; // `column`: counted left to right
    QList<int> columnArticles() const; // every article, left to right as in the comparison view
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void lineActivated(int line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect matrixRect() const;
    AlignmentRowModel *m_rows;
    OutletModel *m_outlets;
    int m_current = -1;
};

} // namespace Synoptic::Ui
