// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// A non-modal banner above the reader (in the spirit of KMessageWidget): a one-line summary,
// a Details toggle with the full list, and a close button.

#include <QFrame>

class QLabel;
class QToolButton;

namespace Synoptic::Ui {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);
    void showMessage(const QString &summary, const QString &detailsHtml);
    QString summary() const;
    QString details() const;

private:
    QLabel *m_icon;
    QLabel *m_summary;
    QLabel *m_details;
    QToolButton *m_toggle;
    QToolButton *m_close;
    QString m_detailsHtml;
};

} // namespace Synoptic::Ui
