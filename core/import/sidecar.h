// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The optional sources.csv of a story folder: one row per file with the outlet, url,
// published date and author the user knows better than any guess. Header row required;
// columns in any order; RFC 4180 quoting.

#include <QHash>
#include <QString>

namespace Synoptic::Core {

struct SidecarEntry {
    QString outlet;
    QString url;
    QString published;
    QString author;
};

class Sidecar
{
public:
    // Keys are file paths relative to the folder with '/' separators. `error` receives a
    // sentence when the file exists but cannot be used.
    [[nodiscard]] static QHash<QString, SidecarEntry> read(const QString &path, QString *error = nullptr);
    [[nodiscard]] static QHash<QString, SidecarEntry> parse(const QString &csv, QString *error = nullptr);
};

} // namespace Synoptic::Core
