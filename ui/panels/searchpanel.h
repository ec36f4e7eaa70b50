// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The Search panel (Ctrl+F): a query field and results with snippets; Enter jumps to the
// current (or first) result.

#include <QWidget>

class QLineEdit;
class QListView;
class QTimer;

namespace Synoptic::Ui {

class SearchResultModel;

class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    SearchPanel(SearchResultModel *model, QWidget *parent = nullptr);
    QLineEdit *queryEdit() const { return m_query; }
    void focusQuery();

Q_SIGNALS:
    void hitActivated(int article, int paragraph, qsizetype start, qsizetype length);

private:
    void activate(int row);
    SearchResultModel *m_model;
    QLineEdit *m_query;
    QListView *m_view;
    QTimer *m_delay;
};

} // namespace Synoptic::Ui
