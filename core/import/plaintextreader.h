// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Splits decoded plain text into paragraphs. Detects the layout of the file: paragraphs
// separated by blank lines, one paragraph per line, or hard-wrapped lines (~60-80 columns)
// that are joined back. Also strips and parses YAML-style front matter ("---" ... "---").

#include "core/import/rawdocument.h"

namespace Synoptic::Core {

class PlainTextReader
{
public:
    [[nodiscard]] static RawDocument read(const QString &text);

    // Removes a leading "---\nkey: value\n---" block from `text` and returns its fields in
    // `metadata` (title/headline, outlet/source/publisher/site, author/byline, date/published,
    // url/link/canonical, lang/language). Returns whether front matter was found.
    static bool takeFrontMatter(QString &text, DocumentMetadata &metadata);
};

} // namespace Synoptic::Core
