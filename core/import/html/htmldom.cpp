// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/htmldom.h"

#include "core/import/html/depthlimiter.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

GumboOptions options()
{
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 64; // broken pages produce one error per bad tag: nobody reads them
    return o;
}

} // namespace

HtmlDom::HtmlDom(const QString &html)
{
    const QByteArray utf8 = HtmlDepthLimiter::limit(html.toUtf8());
    const GumboOptions o = options();
    m_output = gumbo_parse_with_options(&o, utf8.constData(), size_t(utf8.size()));
}

HtmlDom::~HtmlDom()
{
    if (m_output) {
        const GumboOptions o = options();
        gumbo_destroy_output(&o, m_output);
    }
}

QString HtmlDom::attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value).trimmed() : QString();
}

QString HtmlDom::names(const GumboNode *node)
{
    if (!isElement(node))
        return {};
    QString result;
    for (const char *name : {"class", "id", "role"}) {
        if (const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name)) {
            if (!result.isEmpty())
                result += QLatin1Char(' ');
            result += QString::fromUtf8(attr->value);
        }
    }
    return result;
}

bool HtmlDom::isHidden(const GumboNode *node)
{
    if (!isElement(node))
        return false;
    const GumboVector &attrs = node->v.element.attributes;
    if (gumbo_get_attribute(&attrs, "hidden"))
        return true;
    if (const GumboAttribute *aria = gumbo_get_attribute(&attrs, "aria-hidden");
        aria && qstricmp(aria->value, "true") == 0) {
        // Sites mark decorative duplicates aria-hidden; a block of real text marked so is rare
        // but the markup says a reader does not get it.
        return true;
    }
    if (const GumboAttribute *style = gumbo_get_attribute(&attrs, "style")) {
        static const QRegularExpression hidden(u"(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const QString value = QString::fromUtf8(style->value);
        if (value.contains(u"none"_s, Qt::CaseInsensitive) || value.contains(u"hidden"_s, Qt::CaseInsensitive))
            return hidden.match(value).hasMatch();
    }
    return false;
}

QString HtmlDom::text(const GumboNode *node)
{
    QString result;
    QList<const GumboNode *> stack{node};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (!n)
            continue;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            result += QString::fromUtf8(n->v.text.text);
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboTag t = n->v.element.tag;
        if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE)
            continue;
        result += QLatin1Char(' ');
        const GumboVector &children = n->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return result.simplified();
}

} // namespace Synoptic::Core
