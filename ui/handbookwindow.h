// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Help ▸ Synoptic Handbook: the manual built from doc/handbook.md at build time and shipped
// inside the program (:/handbook/), so it opens offline and matches the version running.

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace Synoptic::Ui {

class HandbookWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HandbookWindow(QWidget *parent = nullptr);
    // The handbook's address inside the program.
    static QUrl handbookUrl();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Synoptic::Ui
