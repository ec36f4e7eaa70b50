// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Bounds the element nesting of HTML before gumbo parses it. The HTML5 tree builder scans the
// stack of open elements for scope checks on every start tag, so a page of 100,000 unclosed
// <div><span> costs minutes (quadratic in depth). A light scan over the tags keeps at most
// maxDepth levels open: deeper start tags (and as many end tags after them) are replaced by a
// space, so their text stays, joined to the deepest kept element. Pages nested less deeply
// come back unchanged (the same bytes, not a copy).

#include <QByteArray>

namespace Synoptic::Core {

class HtmlDepthLimiter
{
public:
    static constexpr int maxDepth = 160;

    // The HTML as UTF-8 (or any ASCII-compatible encoding).
    [[nodiscard]] static QByteArray limit(const QByteArray &html, int maxDepth = HtmlDepthLimiter::maxDepth);
};

} // namespace Synoptic::Core
