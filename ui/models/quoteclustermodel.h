// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Quote clusters as a table (quote, speaker, outlets). Sort with a QSortFilterProxyModel on
// SortRole (the outlet column sorts numerically); filter by speaker or text with
// setFilterKeyColumn(-1). ClusterIdRole maps a row back to QuoteCluster::id.

#include "core/model/quotes.h"

#include <QAbstractTableModel>

namespace Synoptic::Ui {

class QuoteClusterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuoteColumn, SpeakerColumn, OutletsColumn, ColumnCount };
    enum Role { ClusterIdRole = Qt::UserRole + 1, SortRole, OutletCountRole };

    explicit QuoteClusterModel(QObject *parent = nullptr);
    void setClusters(const QList<Core::QuoteCluster> &clusters);
    int rowForCluster(int clusterId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::QuoteCluster> m_clusters;
};

} // namespace Synoptic::Ui
