// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The formats that are not read as decoded text: Word (.docx), RTF, PDF and saved feeds.
// Their readers take the file's bytes and may give several documents (a news-database export
// holds many articles; a feed many items). One table says which suffixes each format has and
// which reader reads it, so discovery and the folder importer stay one line each.

#include "core/import/rawdocument.h"

#include <QByteArray>
#include <QStringList>

namespace Synoptic::Core {

struct DocumentRead {
    QList<RawDocument> documents; // one per article, in file order
    QString encoding; // what the text layer was decoded from, e.g. "UTF-8", "WINDOWS-1252"
    QString error; // why nothing could be read: a sentence naming the reason and what to do
    QStringList notes; // read, but with something to report (e.g. feed items with only a summary)
    bool ok() const { return error.isEmpty(); }
};

class DocumentFormats
{
public:
    using Reader = DocumentRead (*)(const QByteArray &bytes);

    // "docx", "rtf", "pdf", "feed" for a lower-case file suffix; empty for others.
    [[nodiscard]] static QString formatForSuffix(const QString &suffix);
    // The reader of a format from the table; null for the text formats (txt, md, html).
    [[nodiscard]] static Reader reader(const QString &format);
    // Reads and then splits news-database exports into their articles (ExportSplitter).
    [[nodiscard]] static DocumentRead read(const QByteArray &bytes, const QString &format);
    // ".txt, .md, .html, .mhtml, .docx, .rtf, .pdf and .rss/.atom/.xml feeds": for the skip message.
    [[nodiscard]] static QString readableList();
};

} // namespace Synoptic::Core
