// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/models/outletmodel.h"

#include "ui/colours.h"

#include <QFont>

namespace Synoptic::Ui {

OutletModel::OutletModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OutletModel::setAnalysis(const Core::StoryAnalysis &analysis, const ColumnState &columns)
{
    beginResetModel();
    m_outlets.clear();
    m_order.clear();
    m_base = 0;
    for (int i = 0; i < analysis.articles.size(); ++i) {
        const Core::Article &article = analysis.articles[i];
        Outlet o;
        o.name = article.outlet.isEmpty() ? article.file : article.outlet;
        o.colour = outletColour(i);
        o.headline = article.headline;
        o.published = article.published;
        if (article.part() > 0)
            o.source = tr("%1, article %2").arg(article.sourceFile()).arg(article.part());
        for (const Core::Paragraph &p : article.paragraphs) {
            if (p.role != Core::ParagraphRole::Body)
                continue;
            // Words are the runs between spaces, counted without splitting: a hundred articles
            // are counted while the story opens.
            bool inWord = false;
            for (const QChar c : p.text) {
                if (c != u' ' && !inWord)
                    ++o.words;
                inWord = c != u' ';
            }
        }
        m_outlets.append(o);
    }
    int letter = 0;
    for (const Core::Family &family : analysis.families) {
        if (family.articles.size() < 2)
            continue;
        const QString label = QString(QChar(u'A' + letter % 26));
        ++letter;
        for (int article : family.articles) {
            if (valid(article)) {
                m_outlets[article].family = label;
                m_outlets[article].familySource = article == family.source;
            }
        }
    }
    for (int article : columns.order) {
        if (valid(article) && !m_order.contains(article))
            m_order.append(article);
    }
    for (int article = 0; article < m_outlets.size(); ++article) {
        if (!m_order.contains(article))
            m_order.append(article);
    }
    for (auto it = columns.widths.cbegin(); it != columns.widths.cend(); ++it) {
        if (valid(it.key()) && it.value() > 0)
            m_outlets[it.key()].width = qBound(s_minimumColumnWidth, it.value(), s_maximumColumnWidth);
    }
    for (int article : columns.hidden) {
        if (valid(article))
            m_outlets[article].visible = false;
    }
    endResetModel();
}

OutletModel::ColumnState OutletModel::columnState() const
{
    ColumnState state;
    state.order = m_order;
    for (int article = 0; article < m_outlets.size(); ++article) {
        if (m_outlets[article].width > 0)
            state.widths.insert(article, m_outlets[article].width);
        if (!m_outlets[article].visible)
            state.hidden.append(article);
    }
    return state;
}

QString OutletModel::name(int article) const
{
    return valid(article) ? m_outlets[article].name : QString();
}

QColor OutletModel::colour(int article) const
{
    return valid(article) ? m_outlets[article].colour : QColor();
}

bool OutletModel::isVisible(int article) const
{
    return valid(article) && m_outlets[article].visible;
}

QString OutletModel::family(int article) const
{
    return valid(article) ? m_outlets[article].family : QString();
}

QList<int> OutletModel::visibleOutlets() const
{
    QList<int> result;
    for (int article : m_order) {
        if (m_outlets[article].visible)
            result.append(article);
    }
    return result;
}

void OutletModel::setOrder(QList<int> order)
{
    if (order == m_order)
        return;
    std::swap(m_order, order);
    // Every row whose position changed reports it, so sorted proxies (the Outlets panel) follow.
    for (int position = 0; position < m_order.size(); ++position) {
        if (order.value(position, -1) != m_order[position])
            changed(m_order[position], {ColumnRole});
    }
    Q_EMIT columnsChanged();
}

void OutletModel::moveColumnBefore(int article, int before)
{
    if (!valid(article) || article == before)
        return;
    QList<int> order = m_order;
    order.removeOne(article);
    const qsizetype at = valid(before) ? order.indexOf(before) : order.size();
    order.insert(at, article);
    setOrder(std::move(order));
}

// The next column to the left (-1) or right (+1) that a move would swap with, or -1.
int OutletModel::neighbour(int article, int direction) const
{
    if (!valid(article) || direction == 0)
        return -1;
    const int step = direction < 0 ? -1 : 1;
    const bool visibleOnly = m_outlets[article].visible;
    for (qsizetype i = m_order.indexOf(article) + step; i >= 0 && i < m_order.size(); i += step) {
        if (!visibleOnly || m_outlets[m_order[i]].visible)
            return m_order[i];
    }
    return -1;
}

bool OutletModel::canMoveColumn(int article, int direction) const
{
    return neighbour(article, direction) >= 0;
}

bool OutletModel::moveColumn(int article, int direction)
{
    const int other = neighbour(article, direction);
    if (other < 0)
        return false;
    if (direction < 0) {
        moveColumnBefore(article, other);
    } else {
        const qsizetype after = m_order.indexOf(other) + 1;
        moveColumnBefore(article, after < m_order.size() ? m_order[after] : -1);
    }
    return true;
}

int OutletModel::columnWidth(int article) const
{
    return valid(article) ? m_outlets[article].width : 0;
}

void OutletModel::setColumnWidth(int article, int width)
{
    if (!valid(article))
        return;
    const int bounded = width > 0 ? qBound(s_minimumColumnWidth, width, s_maximumColumnWidth) : 0;
    if (m_outlets[article].width == bounded)
        return;
    m_outlets[article].width = bounded;
    changed(article, {WidthRole});
    Q_EMIT columnsChanged();
}

void OutletModel::resetColumns()
{
    bool visibility = false;
    bool widths = false;
    for (int article = 0; article < m_outlets.size(); ++article) {
        Outlet &o = m_outlets[article];
        if (o.width != 0 || !o.visible) {
            widths = widths || o.width != 0;
            visibility = visibility || !o.visible;
            o.width = 0;
            o.visible = true;
            changed(article, {Qt::CheckStateRole, VisibleRole, WidthRole});
        }
    }
    QList<int> order;
    for (int article = 0; article < m_outlets.size(); ++article)
        order.append(article);
    if (order != m_order)
        setOrder(std::move(order));
    else if (widths)
        Q_EMIT columnsChanged();
    if (visibility)
        Q_EMIT visibilityChanged();
}

void OutletModel::changed(int article, const QList<int> &roles)
{
    const QModelIndex i = index(article);
    Q_EMIT dataChanged(i, i, roles);
}

void OutletModel::setVisible(int article, bool visible)
{
    if (!valid(article) || m_outlets[article].visible == visible)
        return;
    m_outlets[article].visible = visible;
    changed(article, {Qt::CheckStateRole, VisibleRole});
    Q_EMIT visibilityChanged();
}

void OutletModel::setColour(int article, const QColor &colour)
{
    if (!valid(article) || !colour.isValid())
        return;
    m_outlets[article].colour = colour;
    changed(article, {Qt::DecorationRole, ColourRole});
}

void OutletModel::rename(int article, const QString &name)
{
    const QString trimmed = name.simplified();
    if (!valid(article) || trimmed.isEmpty() || trimmed == m_outlets[article].name)
        return;
    m_outlets[article].name = trimmed;
    changed(article, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT renameRequested(article, trimmed);
}

void OutletModel::setBaseOutlet(int article)
{
    if (!valid(article) || article == m_base)
        return;
    const int old = m_base;
    m_base = article;
    if (valid(old))
        changed(old, {BaseRole, Qt::FontRole});
    changed(article, {BaseRole, Qt::FontRole});
    Q_EMIT baseOutletChanged(article);
}

int OutletModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outlets.size());
}

QVariant OutletModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outlet &o = m_outlets[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return o.name;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(o.name.toHtmlEscaped(), o.headline.toHtmlEscaped());
        if (!o.source.isEmpty())
            tip += QStringLiteral("<br>") + tr("From %1").arg(o.source.toHtmlEscaped());
        if (!o.family.isEmpty())
            tip += QStringLiteral("<br>") + tr("Syndication family %1%2").arg(o.family, o.familySource ? tr(" (likely original)") : QString());
        return tip;
    }
    case Qt::DecorationRole:
    case ColourRole:
        return o.colour;
    case Qt::CheckStateRole:
        return o.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (index.row() == m_base) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case VisibleRole:
        return o.visible;
    case BaseRole:
        return index.row() == m_base;
    case FamilyRole:
        return o.family;
    case FamilySourceRole:
        return o.familySource;
    case HeadlineRole:
        return o.headline;
    case PublishedRole:
        return o.published;
    case WordCountRole:
        return o.words;
    case ColumnRole:
        return int(m_order.indexOf(index.row()));
    case WidthRole:
        return o.width;
    default:
        return {};
    }
}

bool OutletModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    switch (role) {
    case Qt::EditRole:
        rename(index.row(), value.toString());
        return true;
    case Qt::CheckStateRole:
        setVisible(index.row(), value.toInt() == Qt::Checked);
        return true;
    case ColourRole:
        setColour(index.row(), value.value<QColor>());
        return true;
    case BaseRole:
        if (value.toBool())
            setBaseOutlet(index.row());
        return true;
    case WidthRole:
        setColumnWidth(index.row(), value.toInt());
        return true;
    default:
        return false;
    }
}

Qt::ItemFlags OutletModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> OutletModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ColourRole, "colour");
    names.insert(VisibleRole, "visible");
    names.insert(BaseRole, "base");
    names.insert(FamilyRole, "family");
    names.insert(HeadlineRole, "headline");
    names.insert(WordCountRole, "wordCount");
    names.insert(ColumnRole, "column");
    names.insert(WidthRole, "width");
    return names;
}

} // namespace Synoptic::Ui
