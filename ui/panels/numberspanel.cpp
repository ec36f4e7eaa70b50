// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/panels/numberspanel.h"

#include "core/model/numbers.h"
#include "ui/models/numbergroupmodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Synoptic::Ui {

NumbersPanel::NumbersPanel(NumberGroupModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("numbersPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_view->setObjectName(QStringLiteral("numbersView"));
    m_view->setAccessibleName(tr("Figures"));
    m_view->setModel(model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    const auto activate = [this](const QModelIndex &index) {
        const int article = index.data(NumberGroupModel::ArticleRole).toInt();
        if (article < 0)
            return;
        const QModelIndex figure = index.siblingAtColumn(NumberGroupModel::FigureColumn);
        const qsizetype length = index.parent().isValid() ? figure.data().toString().size() : 0;
        Q_EMIT mentionActivated(article, index.data(NumberGroupModel::ParagraphRole).toInt(),
                                index.data(NumberGroupModel::StartRole).toLongLong(), length);
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(model, &QAbstractItemModel::modelReset, this, &NumbersPanel::expandDisputed);
    layout->addWidget(m_view);
}

void NumbersPanel::expandDisputed()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        m_view->setExpanded(index, index.data(NumberGroupModel::StatusRole).toInt() == int(Core::NumberStatus::Disputed));
    }
}

void NumbersPanel::selectGroup(int groupId)
{
    const QModelIndex index = m_model->indexForGroup(groupId);
    if (!index.isValid())
        return;
    m_view->setExpanded(index, true);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace Synoptic::Ui
