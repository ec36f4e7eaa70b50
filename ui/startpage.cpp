// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Synoptic::Ui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    auto *title = new QLabel(tr("Synoptic"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    auto *blurb = new QLabel(tr("Compare how different outlets cover one story. Open a folder of articles: "
                                "Synoptic aligns their paragraphs side by side, highlights the quotes they "
                                "share and marks the numbers they disagree on."),
                             column);
    blurb->setWordWrap(true);
    blurb->setForegroundRole(QPalette::PlaceholderText);

    auto *openButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open-folder")), tr("Open Folder…"), column);
    openButton->setObjectName(QStringLiteral("openFolderButton"));
    openButton->setDefault(true);
    auto *demoButton = new QPushButton(QIcon::fromTheme(QStringLiteral("help-about")), tr("Open Demo Story"), column);
    demoButton->setObjectName(QStringLiteral("openDemoButton"));
    connect(openButton, &QPushButton::clicked, this, &StartPage::openFolderRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::openDemoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();

    m_recentBox = new QWidget(column);
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 12, 0, 0);
    auto *recentTitle = new QLabel(tr("Recent stories"), m_recentBox);
    QFont bold = recentTitle->font();
    bold.setWeight(QFont::DemiBold);
    recentTitle->setFont(bold);
    m_recent = new QListWidget(m_recentBox);
    m_recent->setObjectName(QStringLiteral("recentStories"));
    m_recent->setAccessibleName(tr("Recent stories"));
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setMaximumHeight(180);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString()); });
    recentLayout->addWidget(recentTitle);
    recentLayout->addWidget(m_recent);

    layout->addWidget(title);
    layout->addWidget(blurb);
    layout->addLayout(buttons);
    layout->addWidget(m_recentBox);

    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(3);
    setRecentStories({});
}

void StartPage::setRecentStories(const QStringList &folders)
{
    m_recent->clear();
    for (const QString &folder : folders) {
        auto *item = new QListWidgetItem(QFileInfo(folder).fileName(), m_recent);
        item->setToolTip(QDir::toNativeSeparators(folder));
        item->setData(Qt::UserRole, folder);
        item->setIcon(QIcon::fromTheme(QStringLiteral("folder")));
    }
    m_recentBox->setVisible(!folders.isEmpty());
}

} // namespace Synoptic::Ui
