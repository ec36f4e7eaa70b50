// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Finds the article in a web page, in the manner of Readability.js: the page is cut into text
// blocks (paragraphs, headings, list items, captions; <br><br> runs split blocks; hidden and
// script content dropped), each paragraph of some length scores the containers above it by
// its length and commas, containers are weighted by tag and by class/id hints and lose by
// their link density, the best container is widened to its parent when the text is spread
// over several strong candidates, and its siblings that score well (or read as paragraphs)
// join it. <article>, itemprop=articleBody and JSON-LD articleBody count as evidence. When the
// result is short, the search is retried with looser rules instead of giving up.

#include "core/import/rawdocument.h"

#include <gumbo.h>

namespace Synoptic::Core {

class ContentExtractor
{
public:
    struct Options {
        bool dropUnlikely = true; // blocks in nav/comment/share... containers do not score
        bool weighNames = true; // class/id hints weigh candidates
    };

    struct Result {
        QList<RawBlock> blocks; // reading order; blocks of the article have mainContentHint set
        QString firstHeading; // text of the page's first <h1>, for the headline
        QString byline; // text of the first small element marked as a byline (class, rel, itemprop)
        qsizetype articleChars = 0; // characters of the blocks chosen as the article
    };

    // `articleBody`: JSON-LD's articleBody when the page states one (may be empty).
    [[nodiscard]] static Result extract(const GumboNode *root, const QString &articleBody = {});
    [[nodiscard]] static Result extract(const GumboNode *root, const QString &articleBody, const Options &options);
};

} // namespace Synoptic::Core
