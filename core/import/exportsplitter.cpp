// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/exportsplitter.h"

#include "core/import/textmetadata.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

using Blocks = QList<RawBlock>;

// Each pattern is compiled once (function-local statics are thread-safe to initialise).
#define SYNOPTIC_MATCHER(name, pattern)                                                                              \
    bool name(const QString &t)                                                                                      \
    {                                                                                                                \
        static const QRegularExpression r(QStringLiteral(pattern), QRegularExpression::CaseInsensitiveOption);       \
        return r.match(t).hasMatch();                                                                                \
    }

SYNOPTIC_MATCHER(isEndOfDocument, "^End of Document$")
SYNOPTIC_MATCHER(isNexisLength, "^Length:\\s*[\\d,.]+\\s+words?$")
SYNOPTIC_MATCHER(isClassicDelimiter, "^\\d+\\s+of\\s+\\d+\\s+DOCUMENTS?$")
SYNOPTIC_MATCHER(isFactivaTrailer, "^(?:AN\\s+)?Document\\s+[A-Za-z0-9]{12,}$")
SYNOPTIC_MATCHER(isWordCount, "^[\\d,.]+\\s+words?$")
SYNOPTIC_MATCHER(isCopyright, "^(?:Copyright\\b|\u00A9|\\(c\\))")
SYNOPTIC_MATCHER(isTime, "^\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?(?:\\s+[A-Z]{2,4})?$")
#undef SYNOPTIC_MATCHER

// "Label: value" with a short label of one to three words: a header or trailer field.
std::optional<std::pair<QString, QString>> field(const QString &t)
{
    static const QRegularExpression pattern(u"^([A-Za-z][A-Za-z-]*(?: [A-Za-z-]+){0,2}):(?:\\s+(.*))?$"_s);
    const auto m = pattern.match(t);
    if (!m.hasMatch() || m.capturedLength(1) > 25)
        return std::nullopt;
    return std::pair{m.captured(1).toLower(), m.captured(2).trimmed()};
}

// Upper-case "LABEL:" fields of the classic LexisNexis layout.
std::optional<std::pair<QString, QString>> upperField(const QString &t)
{
    static const QRegularExpression pattern(u"^([A-Z][A-Z-]{1,24}):(?:\\s*(.*))?$"_s);
    const auto m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1).toLower(), m.captured(2).trimmed()};
}

// A line that is a date, perhaps with a weekday and a time ("April 24, 2025 Thursday 10:31 PM GMT").
QString dateLine(QString t)
{
    static const QRegularExpression weekday(u"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    t.remove(weekday);
    qsizetype length = 0;
    const QString date = TextMetadata::parseDate(t, &length);
    if (date.isEmpty() || t.size() - length > 28)
        return {};
    return date;
}

QString languageCode(const QString &name)
{
    static const QHash<QString, QString> codes{
        {u"english"_s, u"en"_s}, {u"german"_s, u"de"_s}, {u"deutsch"_s, u"de"_s}, {u"french"_s, u"fr"_s},
        {u"fran\u00E7ais"_s, u"fr"_s}, {u"spanish"_s, u"es"_s}, {u"espa\u00F1ol"_s, u"es"_s}, {u"italian"_s, u"it"_s},
        {u"dutch"_s, u"nl"_s}, {u"portuguese"_s, u"pt"_s}, {u"russian"_s, u"ru"_s}, {u"ukrainian"_s, u"uk"_s},
        {u"polish"_s, u"pl"_s}, {u"swedish"_s, u"sv"_s}, {u"danish"_s, u"da"_s}, {u"norwegian"_s, u"no"_s},
        {u"finnish"_s, u"fi"_s}};
    return codes.value(name.trimmed().toLower());
}

struct Header {
    QString headline;
    QString outlet;
    QString published;
    QString byline;
    QString language;
};

RawDocument article(const RawDocument &source, const Header &header, const Blocks &body)
{
    RawDocument doc;
    doc.format = source.format;
    doc.layout = source.layout;
    if (!header.headline.isEmpty()) {
        RawBlock title;
        title.text = header.headline;
        title.kind = RawBlock::Kind::Heading;
        title.headingLevel = 1;
        title.headlineHint = true;
        doc.blocks.append(title);
    }
    doc.blocks.append(body);
    const QString from = u"export-header"_s;
    DocumentMetadata &m = doc.metadata;
    m.headline = header.headline;
    m.headlineSource = header.headline.isEmpty() ? QString() : from;
    m.outlet = header.outlet;
    m.outletSource = header.outlet.isEmpty() ? QString() : from;
    m.published = header.published;
    m.publishedSource = header.published.isEmpty() ? QString() : from;
    m.byline = TextMetadata::byline(header.byline).isEmpty() ? header.byline : TextMetadata::byline(header.byline);
    m.language = header.language;
    return doc;
}

QList<Blocks> segments(const Blocks &blocks, bool (*delimiter)(const QString &), bool delimiterEnds)
{
    QList<Blocks> result(1);
    for (const RawBlock &b : blocks) {
        if (delimiter(b.text)) {
            if (delimiterEnds)
                result.last().append(b);
            result.append(Blocks());
            continue;
        }
        result.last().append(b);
    }
    return result;
}

// Nexis Uni: headline / outlet / date / copyright / fields / "Body" / text / trailer.
std::optional<RawDocument> nexisUni(const RawDocument &source, const Blocks &seg)
{
    qsizetype length = -1, bodyLine = -1;
    for (qsizetype i = 0; i < seg.size(); ++i) {
        if (length < 0 && isNexisLength(seg[i].text))
            length = i;
        if (bodyLine < 0 && seg[i].text.compare(u"Body"_s, Qt::CaseInsensitive) == 0) {
            bodyLine = i;
            break;
        }
    }
    const qsizetype anchor = length >= 0 ? length : bodyLine;
    if (anchor < 0)
        return std::nullopt;
    Header h;
    qsizetype i = anchor - 1;
    while (i >= 0 && field(seg[i].text))
        --i;
    if (i >= 0 && isCopyright(seg[i].text))
        --i;
    if (i >= 0) {
        if (const QString date = dateLine(seg[i].text); !date.isEmpty()) {
            h.published = date;
            --i;
        }
    }
    if (i >= 0)
        h.outlet = seg[i--].text;
    if (i >= 0)
        h.headline = seg[i--].text;
    qsizetype start = bodyLine >= 0 ? bodyLine + 1 : anchor + 1;
    for (qsizetype j = i + 1; j < start || (bodyLine < 0 && j < seg.size() && field(seg[j].text)); ++j) {
        if (const auto f = field(seg[j].text)) {
            if (f->first == u"byline")
                h.byline = f->second;
            else if (f->first == u"language")
                h.language = languageCode(f->second);
            if (bodyLine < 0)
                start = j + 1;
        }
    }
    Blocks body;
    for (qsizetype j = start; j < seg.size(); ++j) {
        const QString &t = seg[j].text;
        if (t.compare(u"Classification"_s, Qt::CaseInsensitive) == 0 || isEndOfDocument(t))
            break;
        if (const auto f = field(t); f && (f->first == u"load-date" || f->first == u"language")) {
            if (f->first == u"load-date" && h.published.isEmpty())
                h.published = dateLine(f->second);
            break;
        }
        body.append(seg[j]);
    }
    // The trailer after the text may still name the language and the load date.
    for (const RawBlock &b : seg) {
        if (const auto f = field(b.text)) {
            if (f->first == u"language" && h.language.isEmpty())
                h.language = languageCode(f->second);
            else if (f->first == u"load-date" && h.published.isEmpty())
                h.published = dateLine(f->second);
        }
    }
    if (body.isEmpty())
        return std::nullopt;
    return article(source, h, body);
}

// Classic LexisNexis: "N of M DOCUMENTS" / copyright / outlet / date / edition / fields / text / fields.
std::optional<RawDocument> lexisClassic(const RawDocument &source, const Blocks &seg)
{
    static const QStringList headerFields{u"section"_s, u"length"_s, u"byline"_s, u"dateline"_s, u"headline"_s,
                                          u"highlight"_s, u"body"_s, u"series"_s, u"type"_s};
    qsizetype firstField = -1;
    for (qsizetype i = 0; i < seg.size(); ++i) {
        if (const auto f = upperField(seg[i].text); f && headerFields.contains(f->first)) {
            firstField = i;
            break;
        }
    }
    if (firstField < 0)
        return std::nullopt;
    Header h;
    QStringList plain; // header lines that are neither copyright nor date
    for (qsizetype i = 0; i < firstField; ++i) {
        const QString &t = seg[i].text;
        if (isCopyright(t))
            continue;
        if (h.published.isEmpty()) {
            if (const QString date = dateLine(t); !date.isEmpty()) {
                h.published = date;
                continue;
            }
        }
        plain.append(t);
    }
    if (!plain.isEmpty())
        h.outlet = plain.takeFirst();
    if (plain.size() >= 2 || (plain.size() == 1 && firstField >= 0))
        h.headline = plain.last(); // an edition line may sit between the date and the headline
    qsizetype start = firstField;
    Blocks body;
    for (; start < seg.size(); ++start) {
        const auto f = upperField(seg[start].text);
        if (!f || !headerFields.contains(f->first))
            break;
        if (f->first == u"byline")
            h.byline = f->second;
        else if (f->first == u"headline")
            h.headline = f->second;
        else if (f->first == u"body") {
            if (!f->second.isEmpty()) {
                RawBlock first = seg[start];
                first.text = f->second;
                body.append(first);
            }
            ++start;
            break;
        }
    }
    static const QStringList trailerFields{u"load-date"_s, u"language"_s, u"publication-type"_s, u"graphic"_s,
                                           u"url"_s, u"correction-date"_s, u"correction"_s, u"journal-code"_s,
                                           u"document-type"_s, u"notes"_s, u"subject"_s, u"organization"_s,
                                           u"person"_s, u"geographic"_s, u"industry"_s, u"company"_s, u"ticker"_s};
    for (qsizetype j = start; j < seg.size(); ++j) {
        const auto f = upperField(seg[j].text);
        if (f && trailerFields.contains(f->first))
            break;
        body.append(seg[j]);
    }
    for (const RawBlock &b : seg) {
        if (const auto f = upperField(b.text)) {
            if (f->first == u"language" && h.language.isEmpty())
                h.language = languageCode(f->second);
            else if (f->first == u"load-date" && h.published.isEmpty())
                h.published = dateLine(f->second);
        }
    }
    if (body.isEmpty())
        return std::nullopt;
    return article(source, h, body);
}

// Factiva's labelled layout: two- or three-letter codes open the fields, values follow on
// the same line or the next ones. Index codes (CO, IN, NS, RE) only count with "code : Name"
// values, so a body paragraph that happens to start with "IN" stays text.
std::optional<std::pair<QString, QString>> factivaLabel(const QString &t)
{
    static const QRegularExpression pattern(
        u"^(HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CO|IN|NS|RE|IPC|IPD|PUB|AN|RF|ART|SE|CLM)(?:[\\s:]+(.*))?$"_s);
    const auto m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString label = m.captured(1);
    const QString value = m.captured(2).trimmed();
    static const QStringList indexCodes{u"CO"_s, u"IN"_s, u"NS"_s, u"RE"_s, u"IPC"_s, u"IPD"_s};
    if (indexCodes.contains(label) && !value.isEmpty() && !value.contains(u" : "_s) && !value.contains(u'|'))
        return std::nullopt;
    if (label == u"AN" && !value.isEmpty() && !isFactivaTrailer(value))
        return std::nullopt;
    return std::pair{label, value};
}

bool isFactivaLabelled(const Blocks &blocks)
{
    QSet<QString> seen;
    for (const RawBlock &b : blocks) {
        if (const auto l = factivaLabel(b.text); l && (l->first == u"HD" || l->first == u"WC" || l->first == u"PD"
                                                       || l->first == u"SN" || l->first == u"LP" || l->first == u"TD"))
            seen.insert(l->first);
    }
    return seen.size() >= 4;
}

std::optional<RawDocument> factivaLabelled(const RawDocument &source, const Blocks &seg)
{
    QHash<QString, Blocks> values;
    QString current;
    for (const RawBlock &b : seg) {
        if (const auto l = factivaLabel(b.text)) {
            current = l->first;
            if (!l->second.isEmpty()) {
                RawBlock v = b;
                v.text = l->second;
                values[current].append(v);
            } else {
                values[current]; // present, value on the next lines
            }
            continue;
        }
        if (!current.isEmpty())
            values[current].append(b);
    }
    auto joined = [&](const char *label) {
        QStringList parts;
        for (const RawBlock &b : values.value(QString::fromLatin1(label)))
            parts.append(b.text);
        return parts.join(u' ');
    };
    Header h;
    h.headline = joined("HD");
    h.byline = joined("BY");
    h.outlet = joined("SN");
    h.published = dateLine(joined("PD"));
    h.language = languageCode(joined("LA"));
    Blocks body = values.value(u"LP"_s) + values.value(u"TD"_s);
    if (body.isEmpty())
        return std::nullopt;
    return article(source, h, body);
}

// Factiva's default article format: headline / [byline] / "N words" / date / [time] / outlet
// / source code / [edition, page] / language / copyright / text / "Document <id>".
std::optional<RawDocument> factivaDefault(const RawDocument &source, const Blocks &seg)
{
    qsizetype words = -1;
    for (qsizetype i = 0; i < std::min<qsizetype>(seg.size(), 10); ++i) {
        if (isWordCount(seg[i].text)) {
            words = i;
            break;
        }
    }
    if (words < 1)
        return std::nullopt;
    Header h;
    qsizetype title = words - 1;
    if (!TextMetadata::byline(seg[title].text).isEmpty() && title >= 1) {
        h.byline = seg[title].text;
        --title;
    }
    h.headline = seg[title].text;
    qsizetype i = words + 1;
    if (i < seg.size()) {
        if (const QString date = dateLine(seg[i].text); !date.isEmpty()) {
            h.published = date;
            ++i;
        }
    }
    if (i < seg.size() && isTime(seg[i].text))
        ++i;
    if (i < seg.size())
        h.outlet = seg[i++].text;
    qsizetype start = -1;
    for (qsizetype j = i; j < std::min<qsizetype>(seg.size(), i + 8); ++j) {
        const QString &t = seg[j].text;
        if (h.language.isEmpty() && !languageCode(t).isEmpty()) {
            h.language = languageCode(t);
            start = j + 1;
        }
        if (isCopyright(t)) {
            start = j + 1;
            break;
        }
    }
    if (start < 0)
        return std::nullopt;
    Blocks body;
    for (qsizetype j = start; j < seg.size(); ++j) {
        if (isFactivaTrailer(seg[j].text))
            break;
        body.append(seg[j]);
    }
    if (body.isEmpty())
        return std::nullopt;
    return article(source, h, body);
}

} // namespace

ExportSplitter::Layout ExportSplitter::detect(const RawDocument &document)
{
    int ends = 0, lengths = 0, delimiters = 0, trailers = 0;
    for (const RawBlock &b : document.blocks) {
        ends += isEndOfDocument(b.text);
        lengths += isNexisLength(b.text);
        delimiters += isClassicDelimiter(b.text);
        trailers += isFactivaTrailer(b.text);
    }
    if (ends > 0 && lengths > 0)
        return Layout::NexisUni;
    if (delimiters > 0)
        return Layout::LexisNexisClassic;
    if (trailers > 0 || isFactivaLabelled(document.blocks))
        return Layout::Factiva;
    return Layout::None;
}

QList<RawDocument> ExportSplitter::split(const RawDocument &document)
{
    QList<RawDocument> result;
    switch (detect(document)) {
    case Layout::None:
        break;
    case Layout::NexisUni:
        for (const Blocks &seg : segments(document.blocks, isEndOfDocument, true)) {
            if (auto doc = nexisUni(document, seg))
                result.append(std::move(*doc));
        }
        break;
    case Layout::LexisNexisClassic:
        for (const Blocks &seg : segments(document.blocks, isClassicDelimiter, false)) {
            if (auto doc = lexisClassic(document, seg))
                result.append(std::move(*doc));
        }
        break;
    case Layout::Factiva: {
        const bool labelled = isFactivaLabelled(document.blocks);
        // Labelled exports start each article with HD; the default format ends each with its id.
        QList<Blocks> parts;
        if (labelled) {
            for (const RawBlock &b : document.blocks) {
                const auto l = factivaLabel(b.text);
                if ((l && l->first == u"HD") || parts.isEmpty())
                    parts.append(Blocks());
                parts.last().append(b);
            }
        } else {
            parts = segments(document.blocks, isFactivaTrailer, true);
        }
        for (const Blocks &seg : std::as_const(parts)) {
            if (auto doc = labelled ? factivaLabelled(document, seg) : factivaDefault(document, seg))
                result.append(std::move(*doc));
        }
        break;
    }
    }
    if (result.isEmpty())
        result.append(document);
    return result;
}

} // namespace Synoptic::Core
