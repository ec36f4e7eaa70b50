// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/panels/outletspanel.h"

#include "ui/models/outletmodel.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Synoptic::Ui {

OutletsPanel::OutletsPanel(OutletModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_columnOrder(new QSortFilterProxyModel(this))
    , m_view(new QListView(this))
    , m_base(new QComboBox(this))
    , m_left(new QToolButton(this))
    , m_right(new QToolButton(this))
    , m_colour(new QPushButton(tr("Colour…"), this))
{
    m_columnOrder->setSourceModel(model);
    m_columnOrder->setSortRole(OutletModel::ColumnRole);
    m_columnOrder->setDynamicSortFilter(true);
    m_columnOrder->sort(0);
    setObjectName(QStringLiteral("outletsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_view->setObjectName(QStringLiteral("outletsView"));
    m_view->setAccessibleName(tr("Outlets"));
    m_view->setModel(m_columnOrder);
    // Outlet names from file names can be long: elide in the middle (their ends differ) rather
    // than clip behind a horizontal scroll bar; the full name is in the tooltip and editor.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setUniformItemSizes(true); // one line each: a hundred outlets lay out without measuring each
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setToolTip(tr("Tick to show a column; double-click or F2 to rename. The list is in column order."));
    m_base->setObjectName(QStringLiteral("baseOutletCombo"));
    m_base->setAccessibleName(tr("Base outlet"));
    m_base->setModel(model);
    m_base->setToolTip(tr("Word differences are shown against this outlet."));
    m_colour->setObjectName(QStringLiteral("outletColourButton"));
    m_colour->setAccessibleName(tr("Change the selected outlet's colour"));
    m_colour->setEnabled(false);
    const auto setUpMove = [this](QToolButton *button, int direction, const QString &icon, const QString &text, const QString &name,
                                  Qt::Key key) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, direction] { moveCurrent(direction); });
        addAction(action);
        button->setDefaultAction(action);
        button->setAccessibleName(QString(text).remove(u'&'));
        // Arrows drawn by the style: the dock is narrow, and icon themes may lack go-previous.
        button->setArrowType(direction < 0 ? Qt::LeftArrow : Qt::RightArrow);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    };
    setUpMove(m_left, -1, QStringLiteral("go-previous"), tr("Move &Left"), QStringLiteral("actionMoveColumnLeft"), Qt::Key_Left);
    setUpMove(m_right, 1, QStringLiteral("go-next"), tr("Move &Right"), QStringLiteral("actionMoveColumnRight"), Qt::Key_Right);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the dock is narrow: label above the combo
    form->addRow(tr("&Base outlet:"), m_base);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_left);
    buttons->addWidget(m_right);
    buttons->addStretch(1);
    buttons->addWidget(m_colour);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_base, &QComboBox::activated, this, [this](int row) { m_model->setBaseOutlet(row); });
    connect(model, &OutletModel::baseOutletChanged, this, &OutletsPanel::syncBase);
    connect(model, &QAbstractItemModel::modelReset, this, &OutletsPanel::syncBase);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutletsPanel::updateButtons);
    connect(model, &OutletModel::columnsChanged, this, &OutletsPanel::updateButtons);
    connect(model, &OutletModel::visibilityChanged, this, &OutletsPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &OutletsPanel::updateButtons);
    updateButtons();
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const int row = currentOutlet();
        const QColor chosen = QColorDialog::getColor(m_model->colour(row), this, tr("Colour for %1").arg(m_model->name(row)));
        if (chosen.isValid())
            m_model->setColour(row, chosen);
    });
}

int OutletsPanel::currentOutlet() const
{
    const QModelIndex current = m_columnOrder->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void OutletsPanel::setCurrentOutlet(int article)
{
    m_view->setCurrentIndex(m_columnOrder->mapFromSource(m_model->index(article)));
}

void OutletsPanel::moveCurrent(int direction)
{
    const int article = currentOutlet();
    if (article >= 0 && m_model->moveColumn(article, direction))
        setCurrentOutlet(article); // the list re-sorted: keep the moved outlet selected
}

void OutletsPanel::updateButtons()
{
    const int article = currentOutlet();
    m_colour->setEnabled(article >= 0);
    m_left->defaultAction()->setEnabled(m_model->canMoveColumn(article, -1));
    m_right->defaultAction()->setEnabled(m_model->canMoveColumn(article, 1));
}

void OutletsPanel::syncBase()
{
    m_base->setCurrentIndex(m_model->baseOutlet());
}

} // namespace Synoptic::Ui
