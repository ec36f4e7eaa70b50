// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/htmlreader.h"

#include "core/import/html/contentextractor.h"
#include "core/import/html/htmldom.h"
#include "core/import/html/htmlmetadata.h"

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

QString key(const QString &text)
{
    QString k;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            k.append(c.toLower());
    }
    return k;
}

bool sameHeadline(const QString &a, const QString &b)
{
    const QString ka = key(a);
    const QString kb = key(b);
    return !ka.isEmpty() && !kb.isEmpty() && (ka.contains(kb) || kb.contains(ka));
}

} // namespace

RawDocument HtmlReader::read(const QString &html)
{
    RawDocument doc;
    doc.format = u"html"_s;
    doc.layout = u"markup"_s;
    const HtmlDom dom(html);
    if (!dom.root())
        return doc;

    const HtmlMetadata meta = HtmlMetadata::read(dom.root());
    doc.metadata = meta.metadata;
    ContentExtractor::Result content = ContentExtractor::extract(dom.root(), meta.articleBody);

    // The headline: stated metadata, else the <h1> when the <title> carries it (the title adds
    // the site's name), else the title without its site part, else the <h1>.
    if (doc.metadata.headline.isEmpty()) {
        const QString title = meta.documentTitle.simplified();
        if (!content.firstHeading.isEmpty() && (title.isEmpty() || sameHeadline(title, content.firstHeading))) {
            doc.metadata.headline = content.firstHeading;
            doc.metadata.headlineSource = u"html-h1"_s;
        } else if (!title.isEmpty()) {
            doc.metadata.headline = HtmlMetadata::titleWithoutSite(title, doc.metadata.outlet);
            doc.metadata.headlineSource = u"html-title"_s;
        }
    }
    if (doc.metadata.byline.isEmpty())
        doc.metadata.byline = HtmlMetadata::cleanByline(content.byline);
    for (RawBlock &block : content.blocks) {
        // An <h1> outside the article that is not the headline is the site's logo or a section name.
        if (block.headlineHint && !block.mainContentHint && !sameHeadline(block.text, doc.metadata.headline))
            continue;
        if (block.headlineHint && !sameHeadline(block.text, doc.metadata.headline))
            block.headlineHint = false;
        doc.blocks.append(std::move(block));
    }
    return doc;
}

} // namespace Synoptic::Core
