// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Reads a story folder into articles: discovery, decoding, the format's reader, paragraph
// roles (with repetition across the folder), sidecar and outlet precedence
// (sidecar > front matter > HTML metadata > credits in the text > file name), duplicates by
// hash. Files whose hash the caller already knows are not parsed again, and not even read when
// their size and times are what they were when that hash was taken. No database here:
// the result is handed to Library::saveImport in one transaction.

#include "core/import/filediscovery.h"
#include "core/import/rawdocument.h"
#include "core/model/article.h"

#include <QHash>

#include <functional>

namespace Synoptic::Core {

struct ImportInputs {
    QHash<QString, QByteArray> knownHashes; // relative path -> content hash stored in the library
    QHash<QString, QStringList> knownTexts; // their paragraph texts, for repetition across files
    // Relative path -> the file's stamp when that hash was taken. A file whose stamp is still
    // the same is not read: its known hash is trusted (FileStamp says when that is safe).
    QHash<QString, FileStamp> knownStamps;
};

struct FolderImport {
    QList<Article> changed; // new or changed files, fully read; sorted by file
    QStringList unchanged; // relative paths whose content hash matches the known one
    QList<SkippedFile> skipped; // sorted by file
    QList<SkippedFile> problems; // imported, but with a problem to report (e.g. invalid bytes replaced)
    // Files read this time (changed or unchanged) -> the stamp to store with their hash;
    // invalid when written too recently to trust (FileStamp::settledAt). Files trusted by
    // their known stamp are not listed: what is stored for them is still right.
    QHash<QString, FileStamp> stamps;
    QString error; // the folder itself cannot be read
    bool cancelled = false;
    qint64 bytesRead = 0;
    int fileCount() const { return int(changed.size() + unchanged.size()); }
};

class FolderImporter
{
public:
    // Bump when the readers or the classifier change what they produce: stories imported by
    // another version are then read again in full instead of incrementally.
    static constexpr QLatin1StringView version{"import/1"};

    using Progress = std::function<void(int done, int total)>;

    [[nodiscard]] static FolderImport import(const QString &folder, const ImportInputs &inputs = {},
                                             const Progress &progress = {}, const std::function<bool()> &cancelled = {});

    // One file on its own (no folder context): for tests and previews. `fileName` chooses the
    // reader by its suffix; `error` receives the reason when the bytes are not an article.
    [[nodiscard]] static Article readFile(const QByteArray &bytes, const QString &fileName, QString *error = nullptr);
    [[nodiscard]] static RawDocument parse(const QString &text, const QString &format);
    // Builds the Article's paragraphs, offsets and clean text from classified blocks.
    static void fillParagraphs(Article &article, QList<Paragraph> paragraphs);
};

} // namespace Synoptic::Core
