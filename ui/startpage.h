// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QListWidget;

namespace Synoptic::Ui {

// The empty state: what Synoptic is, and the ways to open a story.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentStories(const QStringList &folders);

Q_SIGNALS:
    void openFolderRequested();
    void openDemoRequested();
    void openRecentRequested(const QString &folder);

private:
    QListWidget *m_recent = nullptr;
    QWidget *m_recentBox = nullptr;
};

} // namespace Synoptic::Ui
