// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/models/spellingvariantmodel.h"

namespace Synoptic::Ui {

using State = Core::SpellingVariant::State;

SpellingVariantModel::SpellingVariantModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SpellingVariantModel::setVariants(const QList<Core::SpellingVariant> &variants)
{
    beginResetModel();
    m_variants = variants;
    endResetModel();
}

void SpellingVariantModel::decide(int row, State state)
{
    if (row < 0 || row >= m_variants.size() || m_variants[row].state == state)
        return;
    // Shown at once; the re-analysis the verdict starts resets the model with the same state.
    m_variants[row].state = state;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, Qt::CheckStateRole, StateRole});
    Q_EMIT decisionRequested(m_variants[row].forms, state);
}

int SpellingVariantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variants.size());
}

QVariant SpellingVariantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::SpellingVariant &v = m_variants[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString verdict;
        switch (v.state) {
        case State::Detected: verdict = tr("found automatically"); break;
        case State::Confirmed: verdict = tr("confirmed"); break;
        case State::Rejected: verdict = tr("kept apart"); break;
        }
        return tr("%1 (%2)").arg(v.forms.join(QStringLiteral(" · ")), verdict);
    }
    case Qt::ToolTipRole:
        return v.state == State::Rejected
            ? tr("“%1” are compared as different words. Tick to treat them as one name.").arg(v.forms.join(QStringLiteral("”, “")))
            : tr("“%1” are compared as one name. Untick if they are different words.").arg(v.forms.join(QStringLiteral("”, “")));
    case Qt::CheckStateRole:
        return v.state == State::Rejected ? Qt::Unchecked : Qt::Checked;
    case FormsRole:
        return v.forms;
    case StateRole:
        return QVariant::fromValue(int(v.state));
    default:
        return {};
    }
}

bool SpellingVariantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    decide(index.row(), value.value<Qt::CheckState>() == Qt::Checked ? State::Confirmed : State::Rejected);
    return true;
}

Qt::ItemFlags SpellingVariantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace Synoptic::Ui
