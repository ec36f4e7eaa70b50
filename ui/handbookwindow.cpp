// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/handbookwindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Synoptic::Ui {

HandbookWindow::HandbookWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("handbookWindow"));
    setWindowTitle(tr("Synoptic Handbook"));
    // A window beside the reader, not a modal dialog: one reads the manual while trying things.
    setWindowFlag(Qt::Window);
    setModal(false);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("handbookBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Handbook text"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    QPushButton *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(contents, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    if (QFile::exists(QStringLiteral(":/handbook/index.html")))
        m_browser->setSource(handbookUrl());
    else
        m_browser->setPlainText(tr("The handbook is missing from this build of Synoptic."));
    resize(760, 720);
}

QUrl HandbookWindow::handbookUrl()
{
    return QUrl(QStringLiteral("qrc:/handbook/index.html"));
}

} // namespace Synoptic::Ui
