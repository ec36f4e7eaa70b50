// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// RTF (Factiva and Nexis exports, WordPad, TextEdit): a small reader of the text layer, not a
// renderer. Groups are followed with an explicit stack; \par and \line end blocks; \uN
// escapes (with their \ucN fallback skipped), \'hh bytes decoded in the code page of the
// document (\ansicpg) or of the current font (\fcharset in the font table) with
// QStringDecoder; destinations that are not reading text (\fonttbl, \colortbl, \stylesheet,
// \info, \pict, headers, footers, footnotes, field instructions and every \* destination)
// are skipped. \outlinelevelN marks headings, \lsN list items. Truncated files are read up to where they stop.
// No Debian library reads RTF without a GUI toolkit (libabiword/unrtf are programs), so this
// is ours; it is a few hundred lines.

#include "core/import/documentformats.h"

namespace Synoptic::Core {

class RtfReader
{
public:
    static constexpr int maxDepth = 512;

    [[nodiscard]] static DocumentRead read(const QByteArray &bytes);
};

} // namespace Synoptic::Core
