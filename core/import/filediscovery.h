#pragma once
// Finds the article files of a story folder: recursive, following symbolic links at most
// once per real directory (loops are reported, never followed), hidden entries ignored.
// Files that cannot be articles are listed as skipped with a reason a user understands.

#include "core/model/article.h"

#include <functional>

namespace Synoptic::Core {

struct DiscoveredFile {
    QString relativePath; // '/' separators, relative to the story folder
    QString absolutePath;
    QString format; // "txt", "md", "html"
    qint64 size = 0;
};

struct Discovery {
    QList<DiscoveredFile> files; // sorted by relativePath
    QList<SkippedFile> skipped;
    QString sidecarPath; // the folder's sources.csv, when present
    QString error; // the folder itself cannot be read
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
    // "txt", "md" or "html" for a file name, empty for other files.
    [[nodiscard]] static QString formatForFileName(const QString &fileName);
};

} // namespace Synoptic::Core
