// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// What a reader (plain text, Markdown, HTML) hands to the paragraph classifier: the text
// blocks in reading order with the structural hints the format gave, and the metadata the
// format carried (HTML meta tags, front matter). Plain value types.

#include <QList>
#include <QString>

namespace Synoptic::Core {

struct RawBlock {
    enum class Kind { Paragraph, Heading, ListItem, Caption, Quote, Preformatted };
    QString text; // whitespace collapsed, NFC
    Kind kind = Kind::Paragraph;
    int headingLevel = 0; // 1..6 for headings
    qsizetype linkChars = 0; // characters of `text` inside links (HTML, Markdown)
    bool boilerplateHint = false; // markup says so: <nav>, <footer>, class="share", ...
    bool bylineHint = false; // markup says it is a byline (class="byline", rel=author)
    bool headlineHint = false; // the page's title element or the first <h1>
    // The reader located the article and this block is in it (HTML main-content extraction):
    // structure vouches for it where word statistics (stop words of one language) cannot.
    bool mainContentHint = false;

    double linkDensity() const { return text.isEmpty() ? 0.0 : double(linkChars) / double(text.size()); }
};

// Metadata the file states about itself. Empty fields are unknown.
struct DocumentMetadata {
    QString headline;
    QString outlet;
    QString byline;
    QString published; // ISO 8601
    QString url;
    QString language;
    // Where each field came from, for the import report and tests: "html-meta", "json-ld",
    // "front-matter", "sidecar", "text", "file-name".
    QString outletSource;
    QString headlineSource;
    QString publishedSource;
};

struct RawDocument {
    QString format; // "txt", "md", "html"
    QString layout; // "blank-line", "one-per-line", "hard-wrapped", "markup"
    QList<RawBlock> blocks;
    DocumentMetadata metadata;
};

} // namespace Synoptic::Core
