// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/panels/searchpanel.h"

#include "ui/models/searchresultmodel.h"

#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Synoptic::Ui {

SearchPanel::SearchPanel(SearchResultModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_query(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search all articles…"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search query"));
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSpacing(2);
    // Search as the user types, after a short pause so each keystroke does not re-run it.
    m_delay->setSingleShot(true);
    m_delay->setInterval(180);
    connect(m_delay, &QTimer::timeout, this, [this] { m_model->search(m_query->text()); });
    connect(m_query, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_delay->isActive()) {
            m_delay->stop();
            m_model->search(m_query->text());
        }
        activate(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0);
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    layout->addWidget(m_query);
    layout->addWidget(m_view);
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SearchHit hit = m_model->hit(row);
    Q_EMIT hitActivated(hit.article, hit.paragraph, hit.start, hit.length);
}

} // namespace Synoptic::Ui
