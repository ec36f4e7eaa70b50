// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Word documents (.docx, also what Nexis Uni exports): the zip is opened with KArchive and
// word/document.xml read with QXmlStreamReader — paragraphs in order (table cells too),
// headings by style (styles.xml names them "heading N" / "Title" in every language of Word),
// line breaks as block boundaries, deleted revisions and field codes left out. The document's
// title property is taken as a headline hint. Numbered and bulleted paragraphs are list items. Bounded: parts are read at most maxPartSize
// bytes uncompressed, whatever the zip directory claims.

#include "core/import/documentformats.h"

namespace Synoptic::Core {

class DocxReader
{
public:
    static constexpr qint64 maxPartSize = 64 * 1024 * 1024;

    [[nodiscard]] static DocumentRead read(const QByteArray &bytes);
    // The reading of word/document.xml alone (styles: style id -> heading level, 0 for none).
    [[nodiscard]] static RawDocument readDocumentXml(const QByteArray &xml, const QHash<QString, int> &headingStyles,
                                                     QString *error = nullptr);
};

} // namespace Synoptic::Core
