// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/panels/spellingspanel.h"

#include "ui/models/spellingvariantmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Synoptic::Ui {

using State = Core::SpellingVariant::State;

SpellingsPanel::SpellingsPanel(SpellingVariantModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_intro(new QLabel(this))
    , m_view(new QListView(this))
    , m_confirm(new QPushButton(tr("&Confirm"), this))
    , m_reject(new QPushButton(tr("&Keep Apart"), this))
    , m_reset(new QPushButton(tr("&Undo Verdict"), this))
{
    setObjectName(QStringLiteral("spellingsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("spellingsIntro"));
    m_view->setObjectName(QStringLiteral("spellingsView"));
    m_view->setAccessibleName(tr("Spelling variants"));
    m_view->setModel(model);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_confirm->setObjectName(QStringLiteral("confirmVariantButton"));
    m_confirm->setToolTip(tr("These forms are one name: compare them as the same word."));
    m_reject->setObjectName(QStringLiteral("rejectVariantButton"));
    m_reject->setToolTip(tr("These forms are different words: compare them as written."));
    m_reset->setObjectName(QStringLiteral("resetVariantButton"));
    m_reset->setToolTip(tr("Forget your verdict: Synoptic decides again."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto decideCurrent = [this](State state) { m_model->decide(m_view->currentIndex().row(), state); };
    connect(m_confirm, &QPushButton::clicked, this, [decideCurrent] { decideCurrent(State::Confirmed); });
    connect(m_reject, &QPushButton::clicked, this, [decideCurrent] { decideCurrent(State::Rejected); });
    connect(m_reset, &QPushButton::clicked, this, [decideCurrent] { decideCurrent(State::Detected); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SpellingsPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &SpellingsPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &SpellingsPanel::updateButtons);
    updateButtons();
}

void SpellingsPanel::updateButtons()
{
    m_intro->setText(m_model->rowCount() == 0
                         ? tr("No name is spelled differently across these outlets.")
                         : tr("Names spelled differently across outlets. Ticked forms are compared as one name."));
    const int row = m_view->currentIndex().row();
    const bool any = row >= 0;
    const State state = m_model->variant(row).state;
    m_confirm->setEnabled(any && state != State::Confirmed);
    m_reject->setEnabled(any && state != State::Rejected);
    m_reset->setEnabled(any && state != State::Detected);
}

} // namespace Synoptic::Ui
