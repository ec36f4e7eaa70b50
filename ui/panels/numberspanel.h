// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The Numbers panel: groups of comparable figures (disputed first) with each outlet's value.

#include <QWidget>

class QTreeView;

namespace Synoptic::Ui {

class NumberGroupModel;

class NumbersPanel : public QWidget
{
    Q_OBJECT
public:
    NumbersPanel(NumberGroupModel *model, QWidget *parent = nullptr);
    void selectGroup(int groupId);
    void expandDisputed();

Q_SIGNALS:
    void mentionActivated(int article, int paragraph, qsizetype start, qsizetype length);

private:
    NumberGroupModel *m_model;
    QTreeView *m_view;
};

} // namespace Synoptic::Ui
