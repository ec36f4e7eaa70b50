// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// News-database exports hold many articles in one file, each behind a header block. This
// recognises the three documented layouts by their structure and splits such a document into
// one document per article, with headline, outlet, date, byline and language from its header:
//  - Nexis Uni: headline, outlet, date line, fields ("Section:", "Length: N words",
//    "Byline:"), "Body", the text, "Classification"/"Load-Date:", "End of Document".
//  - classic LexisNexis: "N of M DOCUMENTS", outlet, date, headline, upper-case fields
//    ("BYLINE:", "LENGTH:"), the text, "LOAD-DATE:", "LANGUAGE:", ...
//  - Factiva: either labelled fields (HD, BY, WC, PD, SN, LA, CY, LP, TD, ... AN) or the
//    default article format (headline, "N words", date, outlet, source code, language,
//    copyright, the text) closed by a "Document <id>" line.
// A document that shows none of these structures is returned as it was.

#include "core/import/rawdocument.h"

namespace Synoptic::Core {

class ExportSplitter
{
public:
    enum class Layout { None, NexisUni, LexisNexisClassic, Factiva };

    [[nodiscard]] static Layout detect(const RawDocument &document);
    // One document per article; `document` itself (one element) when no layout is found.
    // Parts without any body text (cover pages, result lists) are dropped.
    [[nodiscard]] static QList<RawDocument> split(const RawDocument &document);
};

} // namespace Synoptic::Core
