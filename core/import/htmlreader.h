#pragma once
// A saved web page to article blocks, with gumbo (an HTML5 parser; nothing is fetched and no
// script runs). The main text is found readability-style: blocks score their containers by
// text length and commas, link-heavy and negatively named containers (nav, footer, share,
// comment, related...) lose; the best container and its strong siblings are kept. Metadata
// comes from <meta> (og:*, article:*), JSON-LD (NewsArticle...), <time>, <link rel=canonical>.

#include "core/import/rawdocument.h"

namespace Synoptic::Core {

class HtmlReader
{
public:
    [[nodiscard]] static RawDocument read(const QString &html);
};

} // namespace Synoptic::Core
