// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/models/numbergroupmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Synoptic::Ui {

namespace {
// internalId: 0 for a group, group row + 1 for its mentions.
constexpr quintptr s_groupId = 0;

QString figureSummary(const Core::NumberGroup &group)
{
    // When the outlets agree, the wording as printed ("€12 million") says more than a value.
    if (group.status != Core::NumberStatus::Disputed && !group.mentions.isEmpty())
        return group.mentions.first().text;
    // An update reads as its sequence, lowest first: "at least 9 → 12".
    QList<Core::NumberMention> ordered = group.mentions;
    const bool update = group.kind == Core::DisputeKind::Update;
    if (update)
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Core::NumberMention &a, const Core::NumberMention &b) { return a.value < b.value; });
    QStringList figures;
    QList<double> values;
    for (const Core::NumberMention &m : std::as_const(ordered)) {
        const QString figure = (m.qualifier.isEmpty() ? QString() : m.qualifier + u' ') + QLocale().toString(m.value, 'g', 12);
        // A step of an update once, in its first wording ("at least 9 → 12").
        if (figures.contains(figure) || (update && values.contains(m.value)))
            continue;
        figures.append(figure);
        values.append(m.value);
    }
    // The kind's sign first, so the list tells the kinds apart without colour.
    const QString sign = Core::disputeKindSign(group.kind);
    return (sign.isEmpty() ? QString() : sign + u' ') + figures.join(update ? QStringLiteral(" → ") : QStringLiteral(" · "));
}
}

NumberGroupModel::NumberGroupModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void NumberGroupModel::setAnalysis(const Core::StoryAnalysis &analysis)
{
    beginResetModel();
    m_groups = analysis.numbers;
    // NumberStatus is declared disputed-first; keep the engine's order within a status.
    std::stable_sort(m_groups.begin(), m_groups.end(),
                     [](const Core::NumberGroup &a, const Core::NumberGroup &b) { return int(a.status) < int(b.status); });
    m_outlets.clear();
    for (const Core::Article &article : analysis.articles)
        m_outlets.append(article.outlet);
    endResetModel();
}

QModelIndex NumberGroupModel::indexForGroup(int groupId) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].id == groupId)
            return index(i, 0);
    }
    return {};
}

QModelIndex NumberGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, s_groupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex NumberGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == s_groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, s_groupId);
}

int NumberGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == s_groupId && parent.column() == 0)
        return int(m_groups[parent.row()].mentions.size());
    return 0;
}

int NumberGroupModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NumberGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == s_groupId)
        return groupData(m_groups[index.row()], index.column(), role);
    const Core::NumberGroup &group = m_groups[int(index.internalId() - 1)];
    if (role == GroupIdRole)
        return group.id;
    if (role == StatusRole)
        return int(group.status);
    return mentionData(group.mentions[index.row()], index.column(), role);
}

QVariant NumberGroupModel::groupData(const Core::NumberGroup &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == SubjectColumn)
            return group.subject.isEmpty() ? tr("figure") : group.subject;
        return figureSummary(group);
    case Qt::ToolTipRole: {
        QString status = Core::numberStatusName(group.status);
        if (group.kind != Core::DisputeKind::None)
            status += QStringLiteral(" (%1)").arg(Core::disputeKindLabel(group.kind));
        QString tip = QStringLiteral("<b>%1</b> — %2").arg(group.subject.toHtmlEscaped(), status);
        if (!group.note.isEmpty())
            tip += QStringLiteral("<br>") + group.note.toHtmlEscaped();
        return tip;
    }
    case Qt::ForegroundRole:
        if (column == FigureColumn && group.status == Core::NumberStatus::Disputed)
            return QColor(0xda, 0x44, 0x53);
        return {};
    case Qt::FontRole:
        if (group.status == Core::NumberStatus::Disputed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case GroupIdRole:
        return group.id;
    case StatusRole:
        return int(group.status);
    case ArticleRole:
        return group.mentions.isEmpty() ? -1 : group.mentions.first().article;
    case ParagraphRole:
        return group.mentions.isEmpty() ? -1 : group.mentions.first().paragraph;
    case StartRole:
        return group.mentions.isEmpty() ? 0 : qlonglong(group.mentions.first().start);
    default:
        return {};
    }
}

QVariant NumberGroupModel::mentionData(const Core::NumberMention &mention, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == SubjectColumn ? m_outlets.value(mention.article) : mention.text;
    case Qt::ToolTipRole:
        return mention.source.isEmpty() ? QVariant() : QVariant(tr("Attributed to %1").arg(mention.source));
    case ArticleRole:
        return mention.article;
    case ParagraphRole:
        return mention.paragraph;
    case StartRole:
        return qlonglong(mention.start);
    default:
        return {};
    }
}

QVariant NumberGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == SubjectColumn ? tr("Figure") : tr("As reported");
}

} // namespace Synoptic::Ui
