// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The comparison grid as a table: one row per grid line (aligned row, "only in", boilerplate),
// one column per article. Feeds the coverage map; the cell state says whether the article is
// present there, absent, moved, a variant of the base outlet's wording, or carries a disputed number.

#include "ui/comparisongrid.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Synoptic::Ui {

class AlignmentRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Presence { Absent, Present, Variant, Moved, Disputed };
    Q_ENUM(Presence)
    enum Role { PresenceRole = Qt::UserRole + 1, KindRole, ParagraphsRole };

    explicit AlignmentRowModel(QObject *parent = nullptr);
    void setAnalysis(const Core::StoryAnalysis &analysis, const QList<GridLine> &grid);
    void setBaseOutlet(int article);
    Presence presence(int line, int article) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(int line, int article) const;
    QList<GridLine> m_grid;
    QStringList m_outlets;
    QList<QStringList> m_texts; // per article: paragraph texts by index
    QSet<std::pair<int, int>> m_disputed; // (article, paragraph) with a disputed figure
    int m_base = 0;
};

} // namespace Synoptic::Ui
