// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The Quotes panel: every quote cluster, sortable by number of outlets, filtered by speaker or text.

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Synoptic::Ui {

class QuoteClusterModel;

class QuotesPanel : public QWidget
{
    Q_OBJECT
public:
    QuotesPanel(QuoteClusterModel *model, QWidget *parent = nullptr);
    void selectCluster(int clusterId);
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void clusterActivated(int clusterId);

private:
    QuoteClusterModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace Synoptic::Ui
