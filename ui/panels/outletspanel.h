// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The Outlets panel: show/hide (checkbox), rename (edit in place), colour, base outlet, family,
// and the columns' order: the list is in the reader's left-to-right order, and Move Left /
// Move Right (Ctrl+Shift+Left/Right in the list) move the selected outlet's column.

#include <QWidget>

class QComboBox;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QToolButton;

namespace Synoptic::Ui {

class OutletModel;

class OutletsPanel : public QWidget
{
    Q_OBJECT
public:
    OutletsPanel(OutletModel *model, QWidget *parent = nullptr);
    QComboBox *baseCombo() const { return m_base; }
    QListView *listView() const { return m_view; }
    int currentOutlet() const; // article, or -1
    void setCurrentOutlet(int article);
    void moveCurrent(int direction);

private:
    void syncBase();
    void updateButtons();
    OutletModel *m_model;
    QSortFilterProxyModel *m_columnOrder;
    QListView *m_view;
    QComboBox *m_base;
    QToolButton *m_left;
    QToolButton *m_right;
    QPushButton *m_colour;
};

} // namespace Synoptic::Ui
