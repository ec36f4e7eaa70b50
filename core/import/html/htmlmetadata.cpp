// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/htmlmetadata.h"

#include "core/import/html/htmldom.h"
#include "core/import/textmetadata.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

struct Collected {
    QHash<QString, QString> meta; // lower-case property/name/itemprop -> first content
    QString lang;
    QString title;
    QString canonical;
    QString relAuthor;
    QString firstTime; // first <time datetime>
    QString pubTime; // <time pubdate> or itemprop=datePublished
    QList<QByteArray> jsonLd;
};

void collect(const GumboNode *root, Collected &c)
{
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (!HtmlDom::isElement(node))
            continue;
        const GumboElement &element = node->v.element;
        switch (element.tag) {
        case GUMBO_TAG_HTML:
            if (c.lang.isEmpty())
                c.lang = HtmlDom::attribute(node, "lang");
            if (c.lang.isEmpty())
                c.lang = HtmlDom::attribute(node, "xml:lang");
            break;
        case GUMBO_TAG_TITLE:
            if (c.title.isEmpty())
                c.title = HtmlDom::text(node);
            continue;
        case GUMBO_TAG_META: {
            const QString content = HtmlDom::attribute(node, "content").simplified();
            if (content.isEmpty())
                continue;
            // property and name may both be set, each a space-separated list of keys.
            const QString keys = HtmlDom::attribute(node, "property") + QLatin1Char(' ') + HtmlDom::attribute(node, "name")
                                 + QLatin1Char(' ') + HtmlDom::attribute(node, "itemprop") + QLatin1Char(' ')
                                 + HtmlDom::attribute(node, "http-equiv");
            // "dc.title", "dc:title" and "DC-Title" are one key, as are "parsely-author" and "parsely:author".
            static const QRegularExpression prefix(u"^(dc|dcterms?|og|twitter|parsely|article|weibo:article|weibo:webpage)\\s*[-.:]\\s*"_s);
            for (QString key : keys.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                key.replace(prefix, u"\\1:"_s);
                key.replace(u"dcterms:"_s, u"dcterm:"_s);
                if (!c.meta.contains(key))
                    c.meta.insert(key, content);
            }
            continue;
        }
        case GUMBO_TAG_LINK:
            if (HtmlDom::attribute(node, "rel").toLower() == u"canonical" && c.canonical.isEmpty())
                c.canonical = HtmlDom::attribute(node, "href");
            continue;
        case GUMBO_TAG_SCRIPT:
            if (HtmlDom::attribute(node, "type").toLower().startsWith(u"application/ld+json"_s)) {
                for (unsigned i = 0; i < element.children.length; ++i) {
                    const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
                    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA)
                        c.jsonLd.append(QByteArray(child->v.text.text));
                }
            }
            continue;
        case GUMBO_TAG_TIME: {
            const QString datetime = HtmlDom::attribute(node, "datetime");
            if (!datetime.isEmpty() && c.firstTime.isEmpty())
                c.firstTime = datetime;
            if (!datetime.isEmpty() && c.pubTime.isEmpty()
                && (gumbo_get_attribute(&element.attributes, "pubdate")
                    || HtmlDom::attribute(node, "itemprop").compare(u"datePublished"_s, Qt::CaseInsensitive) == 0))
                c.pubTime = datetime;
            break;
        }
        case GUMBO_TAG_A:
            if (c.relAuthor.isEmpty() && HtmlDom::attribute(node, "rel").toLower().split(QLatin1Char(' ')).contains(u"author"_s)
                && !HtmlDom::isHidden(node))
                c.relAuthor = HtmlDom::text(node);
            break;
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_SVG:
            continue;
        default:
            break;
        }
        for (unsigned i = element.children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(element.children.data[i - 1]));
    }
}

QString jsonNames(const QJsonValue &value, const QHash<QString, QJsonObject> &byId)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (!object.contains(u"name"_s) && object.contains(u"@id"_s))
            object = byId.value(object.value(u"@id"_s).toString());
        return jsonNames(object.value(u"name"_s), byId);
    }
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QString name = jsonNames(item, byId);
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        // As bylines are written: "A and B", "A, B and C".
        if (names.size() <= 2)
            return names.join(u" and "_s);
        return names.mid(0, names.size() - 1).join(u", "_s) + u" and "_s + names.last();
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    QStringList types;
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            types.append(t.toString());
    } else {
        types.append(type.toString());
    }
    return std::any_of(types.cbegin(), types.cend(), [](const QString &t) {
        return t.endsWith(u"Article"_s) || t.endsWith(u"Posting"_s) || t == u"Report";
    });
}

struct JsonLdFacts {
    QString headline, byline, publisher, published, url, body, language;
};

void flatten(const QJsonValue &value, QList<QJsonObject> &objects, int depth)
{
    if (depth > 6)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            flatten(item, objects, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        objects.append(object);
        if (object.contains(u"@graph"_s))
            flatten(object.value(u"@graph"_s), objects, depth + 1);
        if (object.value(u"mainEntity"_s).isObject())
            flatten(object.value(u"mainEntity"_s), objects, depth + 1);
    }
}

void readJsonLd(const QList<QByteArray> &scripts, const QString &title, JsonLdFacts &facts)
{
    auto similarToTitle = [&](const QString &text) {
        return !text.isEmpty() && title.contains(text, Qt::CaseInsensitive);
    };
    QList<QJsonObject> objects;
    for (QByteArray json : scripts) {
        json = json.trimmed();
        // Pages wrap it in comments or CDATA, and put raw line breaks inside strings.
        for (const char *wrapper : {"<!--", "//<![CDATA[", "<![CDATA["}) {
            if (json.startsWith(wrapper))
                json = json.mid(qstrlen(wrapper));
        }
        for (const char *wrapper : {"-->", "//]]>", "]]>"}) {
            if (json.endsWith(wrapper))
                json.chop(qstrlen(wrapper));
        }
        QJsonParseError error{};
        QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            json.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            doc = QJsonDocument::fromJson(json, &error);
            if (error.error != QJsonParseError::NoError)
                continue;
        }
        flatten(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), objects, 0);
    }
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &object : std::as_const(objects)) {
        const QString id = object.value(u"@id"_s).toString();
        if (!id.isEmpty() && object.size() > 1)
            byId.insert(id, object);
    }
    for (const QJsonObject &object : std::as_const(objects)) {
        if (!isArticleType(object.value(u"@type"_s)))
            continue;
        auto take = [](QString &field, const QString &value) {
            if (field.isEmpty())
                field = value;
        };
        // Some sites put their own name in "name", others a description in "headline": with both,
        // the one the page's <title> carries wins.
        QString headline = object.value(u"headline"_s).toString().simplified();
        const QString name = object.value(u"name"_s).toString().simplified();
        if (headline.isEmpty() || (!name.isEmpty() && name != headline && !similarToTitle(headline) && similarToTitle(name)))
            headline = name;
        take(facts.headline, headline);
        take(facts.byline, jsonNames(object.value(u"author"_s), byId));
        take(facts.publisher, jsonNames(object.value(u"publisher"_s), byId));
        take(facts.published, object.value(u"datePublished"_s).toString().trimmed());
        take(facts.body, object.value(u"articleBody"_s).toString());
        take(facts.language, object.value(u"inLanguage"_s).toString());
        const QJsonValue mainEntity = object.value(u"mainEntityOfPage"_s);
        const QString url = object.value(u"url"_s).toString(mainEntity.isObject() ? mainEntity.toObject().value(u"@id"_s).toString()
                                                                                  : mainEntity.toString());
        if (url.startsWith(u"http"_s))
            take(facts.url, url);
    }
    // A site that states no article still often names itself (WebSite / Organization).
    if (facts.publisher.isEmpty()) {
        for (const QJsonObject &object : std::as_const(objects)) {
            const QString type = object.value(u"@type"_s).toString();
            if (type == u"WebSite" || type == u"NewsMediaOrganization") {
                facts.publisher = object.value(u"name"_s).toString().simplified();
                if (!facts.publisher.isEmpty())
                    break;
            }
        }
    }
}

QString first(const QHash<QString, QString> &meta, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QString value = meta.value(QString::fromUtf16(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString languageTag(QString value)
{
    value = value.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    static const QRegularExpression tag(u"^[A-Za-z]{2,3}(?=$|-)"_s);
    const auto m = tag.match(value);
    return m.hasMatch() ? m.captured(0).toLower() : QString();
}

} // namespace

QString HtmlMetadata::cleanByline(const QString &value)
{
    QString text = value.simplified();
    if (text.isEmpty() || text.startsWith(u"http"_s, Qt::CaseInsensitive) || text.contains(u"://"_s) || text.size() > 120)
        return {};
    // The word introducing a byline in the languages of the news we read.
    static const QRegularExpression by(u"^(?:by|par|von|por|di|door|av|af)\\b\\s*:?\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    // What byline elements add after the name: a date, a time ago, a bullet and more.
    static const QRegularExpression tail(
        u"\\s*(?:[•·|]|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d|\\d).*$"_s);
    text.remove(tail);
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        return {}; // a label whose value (a date) was cut: "Last updated:"
    while (!text.isEmpty() && QStringView(u",;-–—").contains(text.back()))
        text.chop(1);
    text = text.trimmed();
    if (text.isEmpty() || !TextMetadata::parseDate(text).isEmpty())
        return {};
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }))
        return {};
    return text;
}

QString HtmlMetadata::isoDateTime(const QString &value)
{
    QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression isoLike(
        u"^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?)(\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    if (const auto m = isoLike.match(text); m.hasMatch()) {
        if (!m.hasCaptured(2)) {
            const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
            return date.isValid() ? date.toString(Qt::ISODate) : QString();
        }
        QString time = m.captured(2);
        if (time.size() == 5)
            time += u":00"_s;
        QString zone = m.captured(4);
        if (zone.size() == 5)
            zone.insert(3, QLatin1Char(':'));
        const QDateTime dt = QDateTime::fromString(m.captured(1) + QLatin1Char('T') + time + zone, Qt::ISODate);
        if (!dt.isValid())
            return {};
        return zone.isEmpty() ? dt.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) : dt.toString(Qt::ISODate);
    }
    if (const QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date); rfc.isValid())
        return rfc.toString(Qt::ISODate);
    const QString parsed = TextMetadata::normalizeDate(text);
    return TextMetadata::parseDate(parsed).isEmpty() ? QString() : parsed;
}

QString HtmlMetadata::siteFromUrl(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    return host;
}

QString HtmlMetadata::titleWithoutSite(const QString &title, const QString &siteName)
{
    static const QRegularExpression separator(u"\\s+[|–—\\-·•»:/]{1,2}\\s+|\\s*[|·•]\\s*(?=\\S)"_s);
    QStringList parts;
    qsizetype from = 0;
    auto it = separator.globalMatch(title);
    while (it.hasNext()) {
        const auto m = it.next();
        parts.append(title.mid(from, m.capturedStart() - from).trimmed());
        from = m.capturedEnd();
    }
    parts.append(title.mid(from).trimmed());
    parts.removeAll(QString());
    if (parts.size() < 2)
        return title.simplified();
    auto words = [](const QString &s) { return s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(); };
    auto sameSite = [&](const QString &part) {
        if (siteName.isEmpty())
            return false;
        const QString a = part.toLower().remove(QLatin1Char(' '));
        const QString b = siteName.toLower().remove(QLatin1Char(' '));
        return a == b || a.startsWith(b) || b.startsWith(a);
    };
    // The site's name at either end, as stated by the page.
    if (sameSite(parts.last()) || sameSite(parts.first())) {
        const bool atEnd = sameSite(parts.last());
        const qsizetype cut = atEnd ? title.lastIndexOf(parts.last()) : title.indexOf(parts.first()) + parts.first().size();
        QString rest = atEnd ? title.left(cut) : title.mid(cut);
        static const QRegularExpression edge(u"^[\\s|–—\\-·•»:/]+|[\\s|–—\\-·•»:/]+$"_s);
        rest.remove(edge);
        if (words(rest) >= 3)
            return rest.simplified();
    }
    // Unknown site: a short last part after a headline of several words is the site.
    if (siteName.isEmpty() && words(parts.last()) <= 3 && parts.size() == 2 && words(parts.first()) >= 4)
        return parts.first();
    return title.simplified();
}

HtmlMetadata HtmlMetadata::read(const GumboNode *root)
{
    HtmlMetadata result;
    if (!root)
        return result;
    Collected c;
    collect(root, c);
    JsonLdFacts ld;
    readJsonLd(c.jsonLd, c.title, ld);
    DocumentMetadata &meta = result.metadata;
    result.documentTitle = c.title;
    result.articleBody = ld.body;
    result.relAuthor = c.relAuthor;

    // Site name first: the title's site suffix is recognised by it.
    if (const QString site = first(c.meta, {u"og:site_name", u"dc:publisher", u"dcterm:publisher"}); !site.isEmpty()) {
        meta.outlet = site;
        meta.outletSource = u"html-meta"_s;
    } else if (!ld.publisher.isEmpty()) {
        meta.outlet = ld.publisher;
        meta.outletSource = u"json-ld"_s;
    } else if (const QString app = first(c.meta, {u"application-name", u"apple-mobile-web-app-title"}); !app.isEmpty()) {
        meta.outlet = app;
        meta.outletSource = u"html-meta"_s;
    }

    if (!ld.headline.isEmpty()) {
        meta.headline = ld.headline;
        meta.headlineSource = u"json-ld"_s;
    } else if (const QString t = first(c.meta, {u"dc:title", u"dcterm:title", u"og:title", u"weibo:article:title",
                                                u"weibo:webpage:title", u"twitter:title", u"parsely:title", u"sailthru.title",
                                                u"title"});
               !t.isEmpty()) {
        meta.headline = titleWithoutSite(t, meta.outlet);
        meta.headlineSource = u"html-meta"_s;
    }

    QString byline = cleanByline(ld.byline);
    if (byline.isEmpty())
        byline = cleanByline(first(c.meta, {u"dc:creator", u"dcterm:creator", u"author", u"parsely:author", u"sailthru.author",
                                            u"byl", u"article:author"}));
    if (byline.startsWith(QLatin1Char('@')))
        byline.clear(); // a social-media handle, not a name
    if (byline.isEmpty())
        byline = cleanByline(c.relAuthor);
    meta.byline = byline;
    // "Headline | Author": some sites end their titles with the byline.
    if (!byline.isEmpty() && meta.headline.endsWith(byline, Qt::CaseInsensitive)) {
        static const QRegularExpression separatorAtEnd(u"\\s+[|–—\\-·•]\\s*$"_s);
        QString rest = meta.headline.left(meta.headline.size() - byline.size());
        if (separatorAtEnd.match(rest).hasMatch())
            meta.headline = rest.remove(separatorAtEnd).trimmed();
    }

    const QString metaDate = first(c.meta, {u"article:published_time", u"og:published_time", u"datepublished", u"parsely:pub-date",
                                            u"dc:date.issued", u"dc:date", u"dcterm:date", u"dcterm:created", u"date",
                                            u"pubdate", u"publish-date", u"sailthru.date", u"article:published"});
    for (const auto &[value, source] : {std::pair{ld.published, u"json-ld"_s}, std::pair{metaDate, u"html-meta"_s},
                                        std::pair{c.pubTime, u"html-time"_s}, std::pair{c.firstTime, u"html-time"_s}}) {
        const QString iso = isoDateTime(value);
        if (!iso.isEmpty()) {
            meta.published = iso;
            meta.publishedSource = source;
            break;
        }
    }

    meta.language = languageTag(c.lang);
    if (meta.language.isEmpty())
        meta.language = languageTag(first(c.meta, {u"og:locale", u"content-language", u"dc.language", u"language"}));
    if (meta.language.isEmpty())
        meta.language = languageTag(ld.language);

    meta.url = c.canonical.startsWith(u"http"_s) ? c.canonical : first(c.meta, {u"og:url", u"twitter:url"});
    if (!meta.url.startsWith(u"http"_s))
        meta.url = ld.url;
    if (meta.outlet.isEmpty() && meta.url.startsWith(u"http"_s)) {
        meta.outlet = siteFromUrl(meta.url);
        meta.outletSource = u"html-url"_s;
    }
    return result;
}

} // namespace Synoptic::Core
