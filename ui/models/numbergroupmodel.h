// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Groups of comparable figures as a tree: each group (disputed first, then consistent sums,
// agreed, single) with one child per mention (outlet and its wording). GroupIdRole and
// the mention roles let a view jump to the figure in its column.

#include "core/model/storyanalysis.h"

#include <QAbstractItemModel>

namespace Synoptic::Ui {

class NumberGroupModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, FigureColumn, ColumnCount };
    enum Role { GroupIdRole = Qt::UserRole + 1, StatusRole, ArticleRole, ParagraphRole, StartRole };

    explicit NumberGroupModel(QObject *parent = nullptr);
    void setAnalysis(const Core::StoryAnalysis &analysis);
    QModelIndex indexForGroup(int groupId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(const Core::NumberGroup &group, int column, int role) const;
    QVariant mentionData(const Core::NumberMention &mention, int column, int role) const;
    QList<Core::NumberGroup> m_groups; // display order
    QStringList m_outlets;
};

} // namespace Synoptic::Ui
