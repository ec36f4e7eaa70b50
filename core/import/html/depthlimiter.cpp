// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/depthlimiter.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <algorithm>

namespace Synoptic::Core {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isVoid(QByteArrayView name)
{
    static const QByteArrayView names[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                           "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound"};
    return std::find(std::cbegin(names), std::cend(names), name) != std::cend(names);
}

// Elements whose content is not markup: their end tag is searched for, not their tags.
bool isRawText(QByteArrayView name)
{
    static const QByteArrayView names[] = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"};
    return std::find(std::cbegin(names), std::cend(names), name) != std::cend(names);
}

// Start tags that end an open <p> (HTML5 "close a p element"), the common implied end.
bool closesParagraph(QByteArrayView name)
{
    static const QByteArrayView names[] = {"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer",
                                           "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "main", "nav", "ol", "p",
                                           "pre", "section", "table", "ul", "li", "dd", "dt", "figure", "hr", "menu"};
    return std::find(std::cbegin(names), std::cend(names), name) != std::cend(names);
}

// A start tag that ends an open element of the same kind: <li> after <li>, <td> after <th>...
bool impliesEndOf(QByteArrayView start, QByteArrayView open)
{
    if (start == open)
        return start == "li" || start == "dt" || start == "dd" || start == "tr" || start == "td" || start == "th"
               || start == "option";
    return ((start == "dt" || start == "dd") && (open == "dt" || open == "dd"))
           || ((start == "td" || start == "th") && (open == "td" || open == "th"));
}

} // namespace

QByteArray HtmlDepthLimiter::limit(const QByteArray &html, int maxDepth)
{
    const char *data = html.constData();
    const qsizetype size = html.size();
    QList<QByteArray> open; // our estimate of the stack of open elements
    QHash<QByteArray, int> dropped; // start tags removed, by name: their end tags go too
    QList<std::pair<qsizetype, qsizetype>> blanks; // [begin, end) ranges replaced by a space

    auto tagEnd = [&](qsizetype from) {
        char quote = 0;
        for (qsizetype j = from; j < size; ++j) {
            const char c = data[j];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return size;
    };
    auto readName = [&](qsizetype from) {
        qsizetype j = from;
        while (j < size && (isAsciiLetter(data[j]) || (data[j] >= '0' && data[j] <= '9') || data[j] == '-' || data[j] == ':'))
            ++j;
        return QByteArray(data + from, j - from).toLower();
    };

    qsizetype i = 0;
    while (i < size) {
        const char *lt = static_cast<const char *>(memchr(data + i, '<', size_t(size - i)));
        if (!lt)
            break;
        i = lt - data;
        if (i + 1 >= size)
            break;
        const char next = data[i + 1];
        if (next == '!' || next == '?') {
            if (QByteArrayView(data + i, std::min<qsizetype>(4, size - i)) == "<!--") {
                const qsizetype close = html.indexOf("-->", i + 4);
                i = close < 0 ? size : close + 3;
            } else {
                i = tagEnd(i + 2);
            }
            continue;
        }
        if (next == '/' && i + 2 < size && isAsciiLetter(data[i + 2])) {
            const QByteArray name = readName(i + 2);
            const qsizetype end = tagEnd(i + 2);
            if (auto it = dropped.find(name); it != dropped.end() && it.value() > 0) {
                --it.value();
                blanks.append({i, end});
            } else {
                // Pop to the nearest open element of that name; a stray end tag changes nothing.
                const qsizetype reach = std::max<qsizetype>(0, open.size() - 64);
                for (qsizetype k = open.size() - 1; k >= reach; --k) {
                    if (open[k] == name) {
                        open.resize(k);
                        break;
                    }
                }
            }
            i = end;
            continue;
        }
        if (!isAsciiLetter(next)) {
            ++i;
            continue;
        }
        const QByteArray name = readName(i + 1);
        const qsizetype end = tagEnd(i + 1);
        const bool selfClosing = end >= 2 && data[end - 2] == '/';
        if (isRawText(name)) {
            // Skip to the matching end tag: what is inside is text, not tags.
            qsizetype close = end;
            const QByteArray closing = "</" + name;
            while (true) {
                close = html.indexOf(closing, close);
                if (close < 0 || close + closing.size() >= size)
                    break;
                const char after = data[close + closing.size()];
                if (after == '>' || after == ' ' || after == '/' || after == '\t' || after == '\n')
                    break;
                close += closing.size();
            }
            i = close < 0 ? size : close;
            continue;
        }
        i = end;
        if (isVoid(name) || selfClosing)
            continue;
        if (!open.isEmpty() && (impliesEndOf(name, open.last()) || (open.last() == "p" && closesParagraph(name))))
            open.removeLast();
        if (open.size() >= maxDepth) {
            ++dropped[name];
            blanks.append({lt - data, end});
            continue;
        }
        open.append(name);
    }
    if (blanks.isEmpty())
        return html;
    QByteArray out;
    out.reserve(size);
    qsizetype from = 0;
    for (const auto &[begin, end] : std::as_const(blanks)) {
        out.append(data + from, begin - from);
        out.append(' ');
        from = end;
    }
    out.append(data + from, size - from);
    return out;
}

} // namespace Synoptic::Core
