// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/panels/quotespanel.h"

#include "ui/models/quoteclustermodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Synoptic::Ui {

QuotesPanel::QuotesPanel(QuoteClusterModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("quotesPanel"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(QuoteClusterModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // speaker or text
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("quoteFilter"));
    m_filter->setPlaceholderText(tr("Filter by speaker or words…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter quotes"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("quotesView"));
    m_view->setAccessibleName(tr("Quotes"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(QuoteClusterModel::OutletsColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QuoteClusterModel::QuoteColumn, QHeaderView::Stretch);
    // A long speaker name must not squeeze the quote to a few letters: the speaker column gets
    // a fixed share (still resizable) and elides; the quote takes the rest.
    m_view->header()->setSectionResizeMode(QuoteClusterModel::SpeakerColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(QuoteClusterModel::SpeakerColumn, fontMetrics().averageCharWidth() * 13);
    m_view->header()->setSectionResizeMode(QuoteClusterModel::OutletsColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT clusterActivated(index.data(QuoteClusterModel::ClusterIdRole).toInt());
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT clusterActivated(index.data(QuoteClusterModel::ClusterIdRole).toInt());
    });
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void QuotesPanel::selectCluster(int clusterId)
{
    const int row = m_model->rowForCluster(clusterId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

} // namespace Synoptic::Ui
