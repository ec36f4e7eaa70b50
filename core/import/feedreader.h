// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Saved RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Each item with its full text
// (content:encoded, Atom <content>) becomes an article: its HTML read by HtmlReader, title,
// link, date and author from the item, the channel's title as outlet. Items with only a
// summary (<description>, <summary>) are not articles; they are counted and reported, so a
// user knows to save those pages themselves.

#include "core/import/documentformats.h"

namespace Synoptic::Core {

class FeedReader
{
public:
    [[nodiscard]] static DocumentRead read(const QByteArray &bytes);
};

} // namespace Synoptic::Core
