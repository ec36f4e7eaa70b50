// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/feedreader.h"

#include "core/import/htmlreader.h"
#include "core/import/textdecoder.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

struct Item {
    QString title;
    QString link;
    QString date;
    QString author;
    QString content; // full text, HTML or plain
    bool contentIsText = false;
    bool hasSummary = false;
};

QString collapse(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return TextDecoder::normalizeText(text).replace(spaces, u" "_s).trimmed();
}

QString isoDate(const QString &value)
{
    const QString v = value.trimmed();
    QDateTime dt = QDateTime::fromString(v, Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QDateTime::fromString(v, Qt::ISODate);
    if (dt.isValid())
        return dt.toString(Qt::ISODate);
    return v;
}

// The text of an element whose content may be escaped HTML, CDATA or inline XHTML.
QString elementContent(QXmlStreamReader &reader)
{
    const bool xhtml = reader.attributes().value(u"type"_s) == u"xhtml";
    if (!xhtml)
        return reader.readElementText(QXmlStreamReader::IncludeChildElements);
    // Inline XHTML: write the child elements back out as markup for the HTML reader.
    QString html;
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            html += u'<' + reader.name().toString() + u'>';
        } else if (reader.isEndElement()) {
            if (--depth > 0)
                html += u"</"_s + reader.name().toString() + u'>';
        } else if (reader.isCharacters()) {
            html += reader.text().toString().toHtmlEscaped();
        }
    }
    return html;
}

} // namespace

DocumentRead FeedReader::read(const QByteArray &bytes)
{
    DocumentRead result;
    result.encoding = u"UTF-8"_s;
    QXmlStreamReader reader(bytes);
    QString root;
    QString channelTitle;
    QString channelLanguage;
    QList<Item> items;
    Item *item = nullptr;
    int depth = 0;
    int itemDepth = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            if (depth == itemDepth) {
                item = nullptr;
                itemDepth = -1;
            }
            --depth;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        ++depth;
        const QString name = reader.name().toString();
        const auto ns = reader.namespaceUri();
        if (root.isEmpty()) {
            root = name;
            if (name != u"rss" && name != u"feed" && name != u"RDF") {
                result.error = u"Not a news feed (an XML file whose root is <%1>, not RSS or Atom)."_s.arg(name);
                return result;
            }
            continue;
        }
        if (name == u"item" || name == u"entry") {
            items.append(Item());
            item = &items.last();
            itemDepth = depth;
            continue;
        }
        bool consumed = true; // readElementText/elementContent read up to the end element
        if (!item) {
            if (name == u"title" && channelTitle.isEmpty())
                channelTitle = collapse(reader.readElementText(QXmlStreamReader::IncludeChildElements));
            else if (name == u"language" && channelLanguage.isEmpty())
                channelLanguage = reader.readElementText().trimmed().left(2).toLower();
            else
                consumed = false;
        } else if (name == u"title") {
            item->title = collapse(reader.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == u"link") {
            const auto rel = reader.attributes().value(u"rel"_s);
            const QString href = reader.attributes().value(u"href"_s).toString();
            if (!href.isEmpty()) { // Atom
                if ((rel.isEmpty() || rel == u"alternate") && item->link.isEmpty())
                    item->link = href;
                consumed = false;
            } else {
                item->link = reader.readElementText().trimmed();
            }
        } else if (name == u"pubDate" || name == u"published" || (name == u"date" && ns.contains(u"purl.org/dc"))
                   || (name == u"updated" && item->date.isEmpty())) {
            item->date = isoDate(reader.readElementText());
        } else if (name == u"creator" || (name == u"author" && ns.isEmpty() && root == u"rss")) {
            item->author = collapse(reader.readElementText());
        } else if (name == u"name" && item->author.isEmpty()) {
            item->author = collapse(reader.readElementText()); // Atom <author><name>
        } else if (name == u"encoded" || (name == u"content" && root == u"feed")) {
            if (!reader.attributes().value(u"src"_s).isEmpty()) {
                consumed = false; // out-of-line content: only a link
            } else {
                item->contentIsText = reader.attributes().value(u"type"_s) == u"text";
                item->content = elementContent(reader);
            }
        } else if (name == u"description" || name == u"summary") {
            item->hasSummary = !reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty();
        } else {
            consumed = false;
        }
        if (consumed)
            --depth; // the end element was consumed with the text
    }
    if (reader.hasError() && root.isEmpty()) {
        result.error = u"Not a news feed (not well-formed XML: %1)."_s.arg(reader.errorString());
        return result;
    }
    if (reader.hasError())
        result.notes.append(u"The feed is damaged after some items (%1); the items before it were read."_s.arg(reader.errorString()));
    int summaryOnly = 0;
    for (const Item &it : std::as_const(items)) {
        if (collapse(it.content).isEmpty()) {
            ++summaryOnly;
            continue;
        }
        RawDocument doc;
        if (it.contentIsText) {
            QString text = TextDecoder::normalizeText(it.content);
            for (const QString &para : text.split(QRegularExpression(u"\\n\\s*\\n"_s), Qt::SkipEmptyParts)) {
                RawBlock b;
                b.text = collapse(para);
                if (!b.text.isEmpty())
                    doc.blocks.append(b);
            }
        } else {
            doc = HtmlReader::read(u"<html><body><article>"_s + it.content + u"</article></body></html>"_s);
        }
        doc.format = u"feed"_s;
        doc.layout = u"markup"_s;
        if (!it.title.isEmpty()) {
            RawBlock title;
            title.text = it.title;
            title.kind = RawBlock::Kind::Heading;
            title.headingLevel = 1;
            title.headlineHint = true;
            doc.blocks.prepend(title);
        }
        if (doc.blocks.size() <= 1)
            continue;
        DocumentMetadata &m = doc.metadata;
        m.headline = it.title;
        m.headlineSource = u"feed"_s;
        m.url = it.link;
        if (!it.date.isEmpty()) {
            m.published = it.date;
            m.publishedSource = u"feed"_s;
        }
        if (!it.author.isEmpty())
            m.byline = it.author;
        if (!channelTitle.isEmpty()) {
            m.outlet = channelTitle;
            m.outletSource = u"feed"_s;
        }
        if (m.language.isEmpty())
            m.language = channelLanguage;
        result.documents.append(std::move(doc));
    }
    if (summaryOnly > 0) {
        const QString what = u"%1 of %2 feed items carry only a summary, not the article; they were not imported. Save those articles' pages as HTML to compare them."_s
                                 .arg(summaryOnly)
                                 .arg(items.size());
        if (result.documents.isEmpty()) {
            result.error = what;
            return result;
        }
        result.notes.append(what);
    }
    if (result.documents.isEmpty() && result.error.isEmpty())
        result.error = u"The feed has no items with text."_s;
    return result;
}

} // namespace Synoptic::Core
