// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/aboutdialog.h"

#include "core/version.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Synoptic::Ui {

namespace {
QString link(const QString &url, const QString &text = {})
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), (text.isEmpty() ? url : text).toHtmlEscaped());
}
} // namespace

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
         QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("KDE Frameworks: KSyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), QStringLiteral("MIT"),
         QStringLiteral("https://invent.kde.org/frameworks/syntax-highlighting")},
        {QStringLiteral("Gumbo HTML5 parser"), {}, QStringLiteral("Apache-2.0"), QStringLiteral("https://codeberg.org/gumbo-parser/gumbo-parser")},
        {QStringLiteral("MD4C Markdown parser"), {}, QStringLiteral("MIT"), QStringLiteral("https://github.com/mity/md4c")},
        {QStringLiteral("uchardet"), {}, QStringLiteral("MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"),
         QStringLiteral("https://www.freedesktop.org/wiki/Software/uchardet/")},
        {QStringLiteral("Snowball stemmers (libstemmer)"), {}, QStringLiteral("BSD-3-Clause"), QStringLiteral("https://snowballstem.org/")},
        {QStringLiteral("SQLite"), {}, QStringLiteral("blessing (public domain)"), QStringLiteral("https://sqlite.org/")},
    };
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Synoptic"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>Synoptic %1</h2>").arg(QStringLiteral(SYNOPTIC_VERSION_STRING)), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addWidget(title, 1);

    auto *tabs = new QTabWidget(this);
    const QString homepage = QStringLiteral(SYNOPTIC_HOMEPAGE_URL);
    auto *about = new QLabel(this);
    about->setObjectName(QStringLiteral("aboutText"));
    about->setWordWrap(true);
    about->setOpenExternalLinks(true);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setContentsMargins(12, 12, 12, 12);
    about->setText(tr("<p>Compare how different outlets cover the same news story: aligned paragraphs, "
                      "shared quotes, disputed numbers and syndicated copies, side by side.</p>"
                      "<p>Homepage: %1<br>Report a bug: %2</p>"
                      "<p>Copyright © 2026 The Synoptic authors</p>")
                       .arg(link(homepage), link(homepage + QStringLiteral("/-/issues"))));
    tabs->addTab(about, tr("&About"));

    auto *licence = new QLabel(this);
    licence->setObjectName(QStringLiteral("licenceText"));
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    licence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    licence->setContentsMargins(12, 12, 12, 12);
    licence->setText(tr("<p>Synoptic is free software: you can redistribute it and/or modify it under the terms of the "
                        "<b>GNU General Public License</b> as published by the Free Software Foundation, either version 3 "
                        "of the License, or (at your option) any later version (SPDX: GPL-3.0-or-later).</p>"
                        "<p>It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even "
                        "the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.</p><p>%1</p>")
                         .arg(link(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"), tr("Read the licence"))));
    tabs->addTab(licence, tr("&Licence"));

    auto *table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("componentsTable"));
    table->setRootIsDecorated(false);
    table->setHeaderLabels({tr("Component"), tr("Version"), tr("Licence")});
    for (const Component &component : components()) {
        auto *item = new QTreeWidgetItem(table, {component.name, component.version, component.licence});
        item->setToolTip(0, component.url);
    }
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAccessibleName(tr("Third-party components and their licences"));
    tabs->addTab(table, tr("&Components"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(620, 420);
}

} // namespace Synoptic::Ui
