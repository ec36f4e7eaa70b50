// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Finds the article files of a story folder: recursive, following symbolic links at most
// once per real directory (loops are reported, never followed), hidden entries ignored.
// Files that cannot be articles are listed as skipped with a reason a user understands.

#include "core/model/article.h"

#include <functional>

class QFileInfo;

namespace Synoptic::Core {

// What the file system says about a file, so that a re-open can trust the content hash stored
// for it without reading it again, as git's index does: size, modification time and
// status-change time (ctime), in ms since the epoch. Programs can set the modification time
// back but not the ctime, which any write or rename also updates; so equal stamps mean the
// file was not written since, provided the stamp was taken after its last write had settled
// (see settledAt). Anything different and the file is read and hashed again.
struct FileStamp {
    qint64 size = -1; // -1: unknown (never trusted)
    qint64 modified = 0;
    qint64 changed = 0;

    // Timestamps have a granularity (2 s on FAT, a clock tick elsewhere): a write in the same
    // tick as the one stamped would leave the stamp as it was. A stamp is only worth storing
    // when both times were this much older than the moment the file was read.
    static constexpr qint64 racyMarginMs = 2000;

    [[nodiscard]] bool isValid() const { return size >= 0; }
    [[nodiscard]] bool settledAt(qint64 msecsSinceEpoch) const
    {
        return isValid() && modified < msecsSinceEpoch - racyMarginMs && changed < msecsSinceEpoch - racyMarginMs;
    }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

struct DiscoveredFile {
    QString relativePath; // '/' separators, relative to the story folder
    QString absolutePath;
    QString format; // "txt", "md", "html", "docx", "rtf", "pdf", "feed"
    qint64 size = 0;
    FileStamp stamp; // taken when the folder was listed, before the file is read
};

struct Discovery {
    QList<DiscoveredFile> files; // sorted by relativePath
    QList<SkippedFile> skipped;
    QString sidecarPath; // the folder's sources.csv, when present
    QString error; // the folder itself cannot be read
    int ignoredAssets = 0; // images, scripts, style sheets, fonts: summarised in one skipped entry
};

class FileDiscovery
{
public:
    // Bigger files are skipped: no article is 20 MB of text, and reading such a file would
    // block the import (documented in core/analysis/README.md).
    static constexpr qint64 maxFileSize = 20 * 1024 * 1024;
    static constexpr int maxDepth = 32;

    [[nodiscard]] static Discovery discover(const QString &folder, const std::function<bool()> &cancelled = {});
    // README.md, LICENSE.txt, NOTES.md...: documentation beside the articles (upper-case name).
    [[nodiscard]] static bool isDocumentationFile(const QString &fileName);
    // "txt", "md", "html", "mhtml" or a format of DocumentFormats for a file name, empty for others.
    [[nodiscard]] static QString formatForFileName(const QString &fileName);
    // The stamp of a file from its (cached) metadata; invalid when the times are unknown.
    [[nodiscard]] static FileStamp stamp(const QFileInfo &info);
};

} // namespace Synoptic::Core
