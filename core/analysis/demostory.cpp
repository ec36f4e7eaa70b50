// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/demostory.h"
#include "core/version.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Synoptic::Core {

QString demoStoryFolder()
{
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                     QStringLiteral("synoptic/demo"), QStandardPaths::LocateDirectory);
    if (!installed.isEmpty())
        return QDir(installed).absolutePath();
    const QString source = QStringLiteral(SYNOPTIC_BUILD_SOURCE_DIR "/resources/demo");
    return QFileInfo(source).isDir() ? source : QString();
}

} // namespace Synoptic::Core
