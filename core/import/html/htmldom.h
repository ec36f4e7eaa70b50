// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Small helpers over gumbo's tree shared by the HTML reader's parts: the parsed document (owned,
// depth-bounded), attributes, class/id names and visibility. Nodes are owned by HtmlDom and
// live as long as it does.

#include <QString>

#include <gumbo.h>

namespace Synoptic::Core {

class HtmlDom
{
public:
    explicit HtmlDom(const QString &html);
    ~HtmlDom();
    HtmlDom(const HtmlDom &) = delete;
    HtmlDom &operator=(const HtmlDom &) = delete;

    [[nodiscard]] const GumboNode *root() const { return m_output ? m_output->root : nullptr; }

    [[nodiscard]] static bool isElement(const GumboNode *node) { return node && node->type == GUMBO_NODE_ELEMENT; }
    [[nodiscard]] static GumboTag tag(const GumboNode *node) { return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN; }
    [[nodiscard]] static QString attribute(const GumboNode *node, const char *name);
    // class, id and role joined by spaces: what name hints are matched against.
    [[nodiscard]] static QString names(const GumboNode *node);
    // hidden, aria-hidden="true", style display:none / visibility:hidden: never shown to a reader.
    [[nodiscard]] static bool isHidden(const GumboNode *node);
    // All text below a node, whitespace collapsed; iterative, so any depth is safe.
    [[nodiscard]] static QString text(const GumboNode *node);

private:
    GumboOutput *m_output = nullptr;
};

} // namespace Synoptic::Core
