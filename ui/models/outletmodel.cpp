#include "ui/models/outletmodel.h"

#include "ui/colours.h"

#include <QFont>

namespace Synoptic::Ui {

OutletModel::OutletModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OutletModel::setAnalysis(const Core::StoryAnalysis &analysis)
{
    beginResetModel();
    m_outlets.clear();
    m_base = 0;
    for (int i = 0; i < analysis.articles.size(); ++i) {
        const Core::Article &article = analysis.articles[i];
        Outlet o;
        o.name = article.outlet.isEmpty() ? article.file : article.outlet;
        o.colour = outletColour(i);
        o.headline = article.headline;
        o.published = article.published;
        for (const Core::Paragraph &p : article.paragraphs) {
            if (p.role == Core::ParagraphRole::Body)
                o.words += int(p.text.split(u' ', Qt::SkipEmptyParts).size());
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
    endResetModel();
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
    for (int i = 0; i < m_outlets.size(); ++i) {
        if (m_outlets[i].visible)
            result.append(i);
    }
    return result;
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
    return names;
}

} // namespace Synoptic::Ui
