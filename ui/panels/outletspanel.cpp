#include "ui/panels/outletspanel.h"

#include "ui/models/outletmodel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Synoptic::Ui {

OutletsPanel::OutletsPanel(OutletModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_base(new QComboBox(this))
    , m_colour(new QPushButton(tr("Colour…"), this))
{
    setObjectName(QStringLiteral("outletsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_view->setObjectName(QStringLiteral("outletsView"));
    m_view->setAccessibleName(tr("Outlets"));
    m_view->setModel(model);
    // Outlet names from file names can be long: elide in the middle (their ends differ) rather
    // than clip behind a horizontal scroll bar; the full name is in the tooltip and editor.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setToolTip(tr("Tick to show a column; double-click or F2 to rename."));
    m_base->setObjectName(QStringLiteral("baseOutletCombo"));
    m_base->setAccessibleName(tr("Base outlet"));
    m_base->setModel(model);
    m_base->setToolTip(tr("Word differences are shown against this outlet."));
    m_colour->setObjectName(QStringLiteral("outletColourButton"));
    m_colour->setAccessibleName(tr("Change the selected outlet's colour"));
    m_colour->setEnabled(false);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the dock is narrow: label above the combo
    form->addRow(tr("&Base outlet:"), m_base);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_colour);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_base, &QComboBox::activated, this, [this](int row) { m_model->setBaseOutlet(row); });
    connect(model, &OutletModel::baseOutletChanged, this, &OutletsPanel::syncBase);
    connect(model, &QAbstractItemModel::modelReset, this, &OutletsPanel::syncBase);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_colour->setEnabled(current.isValid()); });
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        const QColor chosen = QColorDialog::getColor(m_model->colour(row), this, tr("Colour for %1").arg(m_model->name(row)));
        if (chosen.isValid())
            m_model->setColour(row, chosen);
    });
}

void OutletsPanel::syncBase()
{
    m_base->setCurrentIndex(m_model->baseOutlet());
}

} // namespace Synoptic::Ui
