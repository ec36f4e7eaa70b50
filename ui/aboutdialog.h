// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Help ▸ About Synoptic: version, homepage and bug tracker, the program's licence, and the
// third-party components it is built on with their licences (what a newsroom's legal review asks).

#include <QDialog>

namespace Synoptic::Ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    struct Component {
        QString name;
        QString version; // empty when the library does not say at run time
        QString licence; // an SPDX expression
        QString url;
    };
    // The components, in the order shown.
    static QList<Component> components();
};

} // namespace Synoptic::Ui
