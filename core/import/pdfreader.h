// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// PDF files: an article printed to PDF, or a news-database export. The text layer comes from
// a PdfTextExtractor that the application installs (QtPdf needs Qt Gui, which the core
// library does not link); this class turns its pages of lines into paragraphs:
//  - lines are joined into a paragraph until one ends clearly short of the page's text width,
//    or the line box geometry shows paragraph spacing, a first-line indent or another type
//    size (a heading), across page breaks too;
//  - a word hyphenated at a line end is joined back ("govern-" + "ment");
//  - a line opening with a bullet starts a list item;
//  - lines repeated at the top or bottom of most pages (running headers, footers, with their
//    page numbers masked) and lone page numbers are dropped.

#include "core/import/documentformats.h"

#include <QRectF>

namespace Synoptic::Core {

struct PdfText {
    QList<QStringList> pages; // lines per page, in reading order
    // Per page, the box of each line of `pages` in points (null when unknown; may be empty).
    QList<QList<QRectF>> boxes;
    QString error; // the reason no text could be had (password, damaged file, ...)
};

class PdfReader
{
public:
    using TextExtractor = PdfText (*)(const QByteArray &bytes);

    // Installed once at start-up by the application (see ui/pdftext.h); without one, PDF
    // files are skipped with a message saying so.
    static void setTextExtractor(TextExtractor extractor);
    [[nodiscard]] static bool hasTextExtractor();

    [[nodiscard]] static DocumentRead read(const QByteArray &bytes);
    // The paragraph rebuilding alone, for tests.
    [[nodiscard]] static RawDocument fromPages(const QList<QStringList> &pages, const QList<QList<QRectF>> &boxes = {});
};

} // namespace Synoptic::Core
