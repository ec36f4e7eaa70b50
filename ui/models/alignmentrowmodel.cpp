// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/models/alignmentrowmodel.h"

#include <QSet>

namespace Synoptic::Ui {

AlignmentRowModel::AlignmentRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlignmentRowModel::setAnalysis(const Core::StoryAnalysis &analysis, const QList<GridLine> &grid)
{
    beginResetModel();
    m_grid = grid;
    m_outlets.clear();
    m_texts.clear();
    m_disputed.clear();
    m_base = 0;
    for (const Core::Article &article : analysis.articles) {
        m_outlets.append(article.outlet);
        QStringList texts;
        for (const Core::Paragraph &p : article.paragraphs)
            texts.append(p.text);
        m_texts.append(texts);
    }
    for (const Core::NumberGroup &group : analysis.numbers) {
        if (group.status != Core::NumberStatus::Disputed)
            continue;
        for (const Core::NumberMention &m : group.mentions)
            m_disputed.insert({m.article, m.paragraph});
    }
    endResetModel();
}

void AlignmentRowModel::setBaseOutlet(int article)
{
    m_base = article;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {PresenceRole, Qt::ToolTipRole});
}

QString AlignmentRowModel::cellText(int line, int article) const
{
    QStringList parts;
    for (int p : m_grid[line].cells[article])
        parts.append(m_texts[article].value(p));
    return parts.join(u' ');
}

AlignmentRowModel::Presence AlignmentRowModel::presence(int line, int article) const
{
    if (line < 0 || line >= m_grid.size() || article < 0 || article >= m_outlets.size())
        return Presence::Absent;
    const GridLine &g = m_grid[line];
    if (g.cells[article].isEmpty())
        return Presence::Absent;
    for (int p : g.cells[article]) {
        if (m_disputed.contains({article, p}))
            return Presence::Disputed;
    }
    if (g.moved.value(article))
        return Presence::Moved;
    if (g.kind == GridLine::Kind::Aligned && article != m_base && !g.cells.value(m_base).isEmpty()
        && cellText(line, article) != cellText(line, m_base))
        return Presence::Variant;
    return Presence::Present;
}

int AlignmentRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.size());
}

int AlignmentRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outlets.size());
}

QVariant AlignmentRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GridLine &g = m_grid[index.row()];
    const int article = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        QStringList numbers;
        for (int p : g.cells[article])
            numbers.append(QStringLiteral("¶%1").arg(p));
        return numbers.join(u' ');
    }
    case Qt::ToolTipRole: {
        static const QStringList names = {tr("absent"), tr("present"), tr("worded differently from the base outlet"),
                                          tr("moved from its place in the article"), tr("carries a disputed figure")};
        return tr("%1: %2").arg(m_outlets[article], names[int(presence(index.row(), article))]);
    }
    case PresenceRole:
        return QVariant::fromValue(presence(index.row(), article));
    case KindRole:
        return int(g.kind);
    case ParagraphsRole:
        return QVariant::fromValue(g.cells[article]);
    default:
        return {};
    }
}

QVariant AlignmentRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_outlets.size() ? QVariant(m_outlets[section]) : QVariant();
    if (section < 0 || section >= m_grid.size())
        return {};
    const GridLine &g = m_grid[section];
    switch (g.kind) {
    case GridLine::Kind::Aligned:
        return tr("Row %1").arg(g.rowId);
    case GridLine::Kind::OnlyIn:
        return tr("Only in %1").arg(m_outlets.value(g.owner()));
    case GridLine::Kind::Subhead:
        return tr("Subhead in %1").arg(m_outlets.value(g.owner()));
    case GridLine::Kind::Boilerplate:
        return tr("Boilerplate");
    }
    return {};
}

} // namespace Synoptic::Ui
