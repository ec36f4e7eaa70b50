// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// A saved web page to article blocks, with gumbo (an HTML5 parser; nothing is fetched and no
// script runs). The parts live in core/import/html/: the nesting bound applied before parsing
// (depthlimiter), the metadata (htmlmetadata), the article's location (contentextractor) and
// single-file saves (mhtml).

#include "core/import/rawdocument.h"

namespace Synoptic::Core {

class HtmlReader
{
public:
    [[nodiscard]] static RawDocument read(const QString &html);
};

} // namespace Synoptic::Core
