// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The Spellings panel: names the aligner treats as one although outlets spell them
// differently ("Kyiv" / "Kiev", "Zelensky" / "Zelenskyy"). The user confirms a variant, keeps
// its forms apart, or takes the verdict back; every verdict re-analyses the story.

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Synoptic::Ui {

class SpellingVariantModel;

class SpellingsPanel : public QWidget
{
    Q_OBJECT
public:
    SpellingsPanel(SpellingVariantModel *model, QWidget *parent = nullptr);

private:
    void updateButtons();
    SpellingVariantModel *m_model;
    QLabel *m_intro;
    QListView *m_view;
    QPushButton *m_confirm;
    QPushButton *m_reject;
    QPushButton *m_reset;
};

} // namespace Synoptic::Ui
