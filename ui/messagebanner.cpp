// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/messagebanner.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Synoptic::Ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAccessibleName(tr("Import problems"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    const QColor warning(0xf6, 0x74, 0x00);
    const QColor base = pal.color(QPalette::Window);
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.85f + warning.redF() * 0.15f, base.greenF() * 0.85f + warning.greenF() * 0.15f,
                                                    base.blueF() * 0.85f + warning.blueF() * 0.15f));
    setPalette(pal);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(icon, icon));
    m_summary->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setObjectName(QStringLiteral("bannerDetailsButton"));
    m_toggle->setAccessibleName(tr("Show details"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close"));
    connect(m_toggle, &QToolButton::toggled, this, [this](bool show) {
        // Laid out when first shown: a folder with many unreadable files gives a long list,
        // which would otherwise be parsed while the story opens.
        if (show && m_details->text() != m_detailsHtml)
            m_details->setText(m_detailsHtml);
        m_details->setVisible(show);
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_summary, 0, 1);
    layout->addWidget(m_toggle, 0, 2, Qt::AlignTop);
    layout->addWidget(m_close, 0, 3, Qt::AlignTop);
    layout->addWidget(m_details, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);
    hide();
}

void MessageBanner::showMessage(const QString &summary, const QString &detailsHtml)
{
    m_summary->setText(summary);
    m_detailsHtml = detailsHtml;
    m_details->clear();
    m_toggle->setVisible(!detailsHtml.isEmpty());
    m_toggle->setChecked(false);
    show();
}

QString MessageBanner::summary() const
{
    return m_summary->text();
}

QString MessageBanner::details() const
{
    return m_detailsHtml;
}

} // namespace Synoptic::Ui
