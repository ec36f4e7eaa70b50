// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Markdown to plain paragraphs with md4c: headings, paragraphs, list items and block quotes
// become blocks; emphasis, code spans and links are reduced to their text (link characters
// are counted for the boilerplate classifier); raw HTML and images are dropped.

#include "core/import/rawdocument.h"

namespace Synoptic::Core {

class MarkdownReader
{
public:
    [[nodiscard]] static RawDocument read(const QString &text);
};

} // namespace Synoptic::Core
