#include "core/import/htmlreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

// Containers whose text is never article text.
bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value).trimmed() : QString();
}

// General words sites use in class/id names of non-article parts, and of article parts.
const QRegularExpression &negativeNames()
{
    static const QRegularExpression re(
        u"comment|share|sharing|social|related|recommend|promo|advert|\\bads?\\b|sponsor|sidebar|widget|menu|\\bnav|"
        "breadcrumb|footer|masthead|newsletter|subscribe|signup|cookie|consent|banner|popup|modal|outbrain|taboola|"
        "tags?\\b|byline-social|most-?read|trending|more-stories|read-?more|pagination|toolbar|login"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &positiveNames()
{
    static const QRegularExpression re(u"article|\\bbody|content|entry|main|\\bpost|story|text|blog"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &bylineNames()
{
    static const QRegularExpression re(u"byline|author|writer|contributor"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

struct Block {
    RawBlock raw;
    const GumboNode *container = nullptr; // nearest block ancestor holding the text
    bool negative = false; // inside nav/footer/aside/form or a negatively named element
    bool insideArticle = false;
    int order = 0;
};

struct Walker {
    QList<Block> blocks;
    QString text;
    qsizetype linkChars = 0;
    const GumboNode *container = nullptr;
    RawBlock::Kind kind = RawBlock::Kind::Paragraph;
    int headingLevel = 0;
    int linkDepth = 0;
    int negativeDepth = 0;
    int articleDepth = 0;
    int bylineDepth = 0;
    int captionDepth = 0;
    int quoteDepth = 0;
    int listDepth = 0;
    QList<QString> times; // <time datetime> values in document order

    void flush()
    {
        QString simplified = text.simplified();
        if (!simplified.isEmpty()) {
            Block block;
            block.raw.text = simplified.normalized(QString::NormalizationForm_C);
            block.raw.kind = captionDepth > 0 ? RawBlock::Kind::Caption : kind;
            block.raw.headingLevel = headingLevel;
            block.raw.linkChars = std::min(linkChars, block.raw.text.size());
            block.raw.bylineHint = bylineDepth > 0;
            block.container = container;
            block.negative = negativeDepth > 0;
            block.insideArticle = articleDepth > 0;
            block.order = int(blocks.size());
            blocks.append(std::move(block));
        }
        text.clear();
        linkChars = 0;
    }

    void walk(const GumboNode *node, int depth)
    {
        if (depth > 400) // pathological nesting: gumbo accepts it, our recursion must not
            return;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            const QString piece = QString::fromUtf8(node->v.text.text);
            if (linkDepth > 0)
                linkChars += piece.simplified().size() + 1;
            text += piece;
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            return;
        const GumboElement &element = node->v.element;
        if (isSkippedTag(element.tag))
            return;
        if (element.tag == GUMBO_TAG_TIME) {
            const QString datetime = attribute(node, "datetime");
            if (!datetime.isEmpty())
                times.append(datetime);
        }
        const bool block = isBlockTag(element.tag);
        if (element.tag == GUMBO_TAG_BR) {
            text += QLatin1Char(' ');
            return;
        }
        const QString names = attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id") + QLatin1Char(' ')
                              + attribute(node, "role");
        const bool negativeTag = element.tag == GUMBO_TAG_NAV || element.tag == GUMBO_TAG_FOOTER
                                 || element.tag == GUMBO_TAG_ASIDE || element.tag == GUMBO_TAG_FORM
                                 || (element.tag == GUMBO_TAG_HEADER && articleDepth == 0);
        const bool negative = negativeTag || (names.size() > 2 && negativeNames().match(names).hasMatch()
                                              && !(element.tag == GUMBO_TAG_BODY || element.tag == GUMBO_TAG_HTML));
        const bool article = element.tag == GUMBO_TAG_ARTICLE || element.tag == GUMBO_TAG_MAIN
                             || attribute(node, "itemprop") == u"articleBody";
        const bool byline = (names.size() > 2 && bylineNames().match(names).hasMatch()) || attribute(node, "rel") == u"author";
        const bool caption = element.tag == GUMBO_TAG_FIGCAPTION || names.contains(u"caption"_s, Qt::CaseInsensitive);

        const GumboNode *savedContainer = container;
        const RawBlock::Kind savedKind = kind;
        const int savedLevel = headingLevel;
        if (block) {
            flush();
            container = node;
            switch (element.tag) {
            case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
            case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
                kind = RawBlock::Kind::Heading;
                headingLevel = 1 + int(element.tag) - int(GUMBO_TAG_H1);
                break;
            case GUMBO_TAG_LI:
                kind = RawBlock::Kind::ListItem;
                break;
            case GUMBO_TAG_BLOCKQUOTE:
                kind = RawBlock::Kind::Quote;
                break;
            case GUMBO_TAG_PRE:
                kind = RawBlock::Kind::Preformatted;
                break;
            case GUMBO_TAG_P:
                if (kind != RawBlock::Kind::Quote && kind != RawBlock::Kind::ListItem)
                    kind = RawBlock::Kind::Paragraph;
                break;
            default:
                break;
            }
        }
        if (element.tag == GUMBO_TAG_A)
            ++linkDepth;
        negativeDepth += negative ? 1 : 0;
        articleDepth += article ? 1 : 0;
        bylineDepth += byline ? 1 : 0;
        captionDepth += caption ? 1 : 0;

        for (unsigned i = 0; i < element.children.length; ++i)
            walk(static_cast<const GumboNode *>(element.children.data[i]), depth + 1);

        if (block)
            flush(); // while this element's flags still apply to its text
        if (element.tag == GUMBO_TAG_A)
            --linkDepth;
        negativeDepth -= negative ? 1 : 0;
        articleDepth -= article ? 1 : 0;
        bylineDepth -= byline ? 1 : 0;
        captionDepth -= caption ? 1 : 0;
        if (block) {
            container = savedContainer;
            kind = savedKind;
            headingLevel = savedLevel;
        }
    }
};

const GumboNode *parentOf(const GumboNode *node)
{
    return node ? node->parent : nullptr;
}

void collectMeta(const GumboNode *node, DocumentMetadata &meta, QString &title, QList<QByteArray> &jsonLd, int depth)
{
    if (node->type != GUMBO_NODE_ELEMENT || depth > 400)
        return;
    const GumboElement &element = node->v.element;
    switch (element.tag) {
    case GUMBO_TAG_HTML: {
        const QString lang = attribute(node, "lang");
        if (!lang.isEmpty())
            meta.language = lang.left(2).toLower();
        break;
    }
    case GUMBO_TAG_TITLE:
        if (title.isEmpty() && element.children.length > 0) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[0]);
            if (child->type == GUMBO_NODE_TEXT)
                title = QString::fromUtf8(child->v.text.text).simplified();
        }
        return;
    case GUMBO_TAG_META: {
        const QString key = (attribute(node, "property") + attribute(node, "name") + attribute(node, "itemprop")).toLower();
        const QString content = attribute(node, "content").simplified();
        if (content.isEmpty())
            return;
        if (key == u"og:site_name" || (key == u"application-name" && meta.outlet.isEmpty())) {
            meta.outlet = content;
            meta.outletSource = u"html-meta"_s;
        } else if (key == u"og:title" || key == u"twitter:title") {
            if (meta.headline.isEmpty()) {
                meta.headline = content;
                meta.headlineSource = u"html-meta"_s;
            }
        } else if (key == u"article:published_time" || key == u"datepublished" || key == u"date" || key == u"pubdate"
                   || key == u"publish-date" || key == u"dc.date.issued" || key == u"sailthru.date") {
            if (meta.published.isEmpty() || key == u"article:published_time") {
                meta.published = content;
                meta.publishedSource = u"html-meta"_s;
            }
        } else if (key == u"author" || key == u"article:author" || key == u"byl" || key == u"dc.creator") {
            if (meta.byline.isEmpty() && !content.startsWith(u"http"_s))
                meta.byline = content;
        } else if (key == u"og:url") {
            if (meta.url.isEmpty())
                meta.url = content;
        }
        return;
    }
    case GUMBO_TAG_LINK:
        if (attribute(node, "rel").toLower() == u"canonical" && !attribute(node, "href").isEmpty())
            meta.url = attribute(node, "href");
        return;
    case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type").toLower() == u"application/ld+json" && element.children.length > 0) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[0]);
            if (child->type == GUMBO_NODE_TEXT)
                jsonLd.append(QByteArray(child->v.text.text));
        }
        return;
    default:
        break;
    }
    for (unsigned i = 0; i < element.children.length; ++i)
        collectMeta(static_cast<const GumboNode *>(element.children.data[i]), meta, title, jsonLd, depth + 1);
}

QString jsonName(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isObject())
        return value.toObject().value(u"name"_s).toString().simplified();
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QString name = jsonName(item);
            if (!name.isEmpty())
                names.append(name);
        }
        return names.join(u" and "_s);
    }
    return {};
}

void readJsonLdObject(const QJsonObject &object, DocumentMetadata &meta, int depth)
{
    if (depth > 8)
        return;
    if (object.contains(u"@graph"_s)) {
        for (const QJsonValue &item : object.value(u"@graph"_s).toArray())
            readJsonLdObject(item.toObject(), meta, depth + 1);
    }
    QStringList types;
    const QJsonValue type = object.value(u"@type"_s);
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            types.append(t.toString());
    } else {
        types.append(type.toString());
    }
    const bool article = std::any_of(types.cbegin(), types.cend(), [](const QString &t) {
        return t.endsWith(u"Article"_s) || t == u"BlogPosting" || t == u"Report";
    });
    if (!article)
        return;
    const QString headline = object.value(u"headline"_s).toString().simplified();
    if (!headline.isEmpty()) {
        meta.headline = headline;
        meta.headlineSource = u"json-ld"_s;
    }
    const QString published = object.value(u"datePublished"_s).toString().trimmed();
    if (!published.isEmpty() && meta.publishedSource != u"html-meta") {
        meta.published = published;
        meta.publishedSource = u"json-ld"_s;
    }
    const QString author = jsonName(object.value(u"author"_s));
    if (!author.isEmpty())
        meta.byline = author;
    const QString publisher = jsonName(object.value(u"publisher"_s));
    if (!publisher.isEmpty() && meta.outletSource != u"html-meta") {
        meta.outlet = publisher;
        meta.outletSource = u"json-ld"_s;
    }
    const QJsonValue mainEntity = object.value(u"mainEntityOfPage"_s);
    const QString url = object.value(u"url"_s).toString(mainEntity.isObject() ? mainEntity.toObject().value(u"@id"_s).toString()
                                                                              : mainEntity.toString());
    if (meta.url.isEmpty() && url.startsWith(u"http"_s))
        meta.url = url;
}

void readJsonLd(const QByteArray &json, DocumentMetadata &meta)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    if (doc.isArray()) {
        for (const QJsonValue &item : doc.array())
            readJsonLdObject(item.toObject(), meta, 0);
    } else {
        readJsonLdObject(doc.object(), meta, 0);
    }
}

// "Headline - Outlet" / "Headline | Outlet": the site part of a <title>.
QString stripSiteFromTitle(const QString &title, const QString &outlet)
{
    static const QRegularExpression separator(u"\\s+[|–—-]\\s+|\\s+::\\s+"_s);
    QStringList parts = title.split(separator);
    if (parts.size() < 2)
        return title;
    if (!outlet.isEmpty()) {
        parts.removeIf([&](const QString &p) { return p.compare(outlet, Qt::CaseInsensitive) == 0; });
        return parts.join(u" - "_s);
    }
    // Without an outlet name keep the longest part: the site name is the short one.
    return *std::max_element(parts.cbegin(), parts.cend(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
}

} // namespace

RawDocument HtmlReader::read(const QString &html)
{
    RawDocument doc;
    doc.format = u"html"_s;
    doc.layout = u"markup"_s;
    const QByteArray utf8 = html.toUtf8();
    const std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!output || !output->root)
        return doc;

    QString title;
    QList<QByteArray> jsonLd;
    collectMeta(output->root, doc.metadata, title, jsonLd, 0);
    for (const QByteArray &json : std::as_const(jsonLd))
        readJsonLd(json, doc.metadata);

    Walker walker;
    walker.walk(output->root, 0);
    walker.flush();
    if (doc.metadata.published.isEmpty() && !walker.times.isEmpty()) {
        doc.metadata.published = walker.times.first();
        doc.metadata.publishedSource = u"html-time"_s;
    }

    // Readability-style scoring: each substantial block scores its container fully and
    // the container's parent by half; link text does not count.
    QHash<const GumboNode *, double> scores;
    bool anyInsideArticle = false;
    for (const Block &block : std::as_const(walker.blocks)) {
        anyInsideArticle = anyInsideArticle || block.insideArticle;
        const qsizetype plain = block.raw.text.size() - block.raw.linkChars;
        if (plain < 25 || block.negative || block.raw.kind == RawBlock::Kind::Heading)
            continue;
        const double score = 1.0 + double(block.raw.text.count(QLatin1Char(','))) + std::min(3.0, double(plain) / 100.0);
        const GumboNode *parent = block.container;
        // A <p> container is a paragraph, not an article body: score its parent chain.
        if (parent && parent->type == GUMBO_NODE_ELEMENT && parent->v.element.tag == GUMBO_TAG_P)
            parent = parentOf(parent);
        scores[parent] += score;
        if (const GumboNode *grand = parentOf(parent))
            scores[grand] += score / 2;
    }
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        double score = it.value();
        const QString names = attribute(it.key(), "class") + QLatin1Char(' ') + attribute(it.key(), "id");
        if (names.size() > 2 && positiveNames().match(names).hasMatch())
            score *= 1.25;
        if (names.size() > 2 && negativeNames().match(names).hasMatch())
            score *= 0.5;
        if (score > bestScore || (score == bestScore && best && it.key() < best)) {
            best = it.key();
            bestScore = score;
        }
    }
    auto isInside = [](const GumboNode *node, const GumboNode *ancestor) {
        for (int guard = 0; node && guard < 500; ++guard, node = node->parent) {
            if (node == ancestor)
                return true;
        }
        return false;
    };
    // Keep the best container, its siblings that score well (articles split into several
    // <div>s), and the page's headline. Everything else is navigation and chrome.
    QList<const GumboNode *> kept;
    if (best) {
        kept.append(best);
        if (const GumboNode *parent = best->parent; parent && parent->type == GUMBO_NODE_ELEMENT) {
            const GumboVector &children = parent->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *sibling = static_cast<const GumboNode *>(children.data[i]);
                if (sibling != best && scores.value(sibling) >= std::max(10.0, bestScore * 0.2))
                    kept.append(sibling);
            }
        }
    }

    QString headline = doc.metadata.headline;
    bool headlineTaken = false;
    for (const Block &block : std::as_const(walker.blocks)) {
        bool keep = kept.isEmpty();
        for (const GumboNode *k : std::as_const(kept))
            keep = keep || isInside(block.container, k);
        const bool isH1 = block.raw.kind == RawBlock::Kind::Heading && block.raw.headingLevel == 1;
        if (!keep && isH1 && !headlineTaken && (headline.isEmpty() || block.raw.text == headline))
            keep = true; // the headline often sits outside the body container
        if (!keep && block.raw.bylineHint && block.raw.text.size() < 120)
            keep = true;
        if (!keep)
            continue;
        RawBlock raw = block.raw;
        raw.boilerplateHint = block.negative;
        if (isH1 && !headlineTaken) {
            raw.headlineHint = true;
            headlineTaken = true;
            if (headline.isEmpty()) {
                headline = raw.text;
                doc.metadata.headline = headline;
                doc.metadata.headlineSource = u"html-h1"_s;
            }
        }
        doc.blocks.append(std::move(raw));
    }
    if (doc.metadata.headline.isEmpty() && !title.isEmpty()) {
        doc.metadata.headline = stripSiteFromTitle(title, doc.metadata.outlet);
        doc.metadata.headlineSource = u"html-title"_s;
    }
    return doc;
}

} // namespace Synoptic::Core
