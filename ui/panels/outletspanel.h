#pragma once
// The Outlets panel: show/hide (checkbox), rename (edit in place), colour, base outlet, family.

#include <QWidget>

class QComboBox;
class QListView;
class QPushButton;

namespace Synoptic::Ui {

class OutletModel;

class OutletsPanel : public QWidget
{
    Q_OBJECT
public:
    OutletsPanel(OutletModel *model, QWidget *parent = nullptr);
    QComboBox *baseCombo() const { return m_base; }

private:
    void syncBase();
    OutletModel *m_model;
    QListView *m_view;
    QComboBox *m_base;
    QPushButton *m_colour;
};

} // namespace Synoptic::Ui
