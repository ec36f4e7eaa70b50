// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/models/quoteclustermodel.h"

#include "ui/colours.h"

namespace Synoptic::Ui {

QuoteClusterModel::QuoteClusterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuoteClusterModel::setClusters(const QList<Core::QuoteCluster> &clusters)
{
    beginResetModel();
    m_clusters = clusters;
    endResetModel();
}

int QuoteClusterModel::rowForCluster(int clusterId) const
{
    for (int i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters[i].id == clusterId)
            return i;
    }
    return -1;
}

int QuoteClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

int QuoteClusterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::QuoteCluster &c = m_clusters[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return QStringLiteral("“%1”").arg(c.text);
        case SpeakerColumn:
            return c.speaker.isEmpty() ? tr("unknown") : c.speaker;
        case OutletsColumn:
            return c.outletCount();
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("<p>“%1”</p><p>— %2</p>").arg(c.text.toHtmlEscaped(), c.speaker.isEmpty() ? tr("unknown speaker") : c.speaker.toHtmlEscaped());
    case Qt::DecorationRole:
        return index.column() == QuoteColumn ? QVariant(clusterColour(c.id)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == OutletsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case QuoteColumn:
            return c.text;
        case SpeakerColumn:
            return c.speaker;
        default:
            return c.outletCount();
        }
    case ClusterIdRole:
        return c.id;
    case OutletCountRole:
        return c.outletCount();
    default:
        return {};
    }
}

QVariant QuoteClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case SpeakerColumn:
        return tr("Speaker");
    case OutletsColumn:
        return tr("Outlets");
    }
    return {};
}

} // namespace Synoptic::Ui
