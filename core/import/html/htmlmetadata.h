// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// What a web page states about itself: headline, byline, site name, publication time, language
// and address, from <meta> (Open Graph, Twitter, Dublin Core, Parse.ly, article:*), schema.org
// JSON-LD, <time>, rel=author and <link rel=canonical>. Also JSON-LD's articleBody, which the
// content extractor takes as evidence of where the article is. Stateless.

#include "core/import/rawdocument.h"

#include <gumbo.h>

namespace Synoptic::Core {

struct HtmlMetadata {
    DocumentMetadata metadata; // headline left empty when only <title>/<h1> could give it
    QString documentTitle; // <title> as written
    QString articleBody; // JSON-LD articleBody, when the page states it
    QString relAuthor; // text of the first rel=author link

    [[nodiscard]] static HtmlMetadata read(const GumboNode *root);
    // "Headline | Site" -> "Headline": drops a part naming the site (or, with no site name
    // known, a short end part), keeps the title whole when unsure.
    [[nodiscard]] static QString titleWithoutSite(const QString &title, const QString &siteName);
    // A date or date-time from metadata as ISO 8601 keeping its offset; empty if unreadable.
    [[nodiscard]] static QString isoDateTime(const QString &value);
    // "www.example-news.co.uk" -> "example-news.co.uk": the host as a last-resort site name.
    [[nodiscard]] static QString siteFromUrl(const QString &url);
    // Author names from metadata: "By Jane Roe" -> "Jane Roe"; empty for a URL, a date or "By".
    [[nodiscard]] static QString cleanByline(const QString &value);
};

} // namespace Synoptic::Core
