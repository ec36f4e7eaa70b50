// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/plaintextreader.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

bool endsSentence(QStringView line)
{
    line = line.trimmed();
    while (!line.isEmpty() && QStringView(u"\"'”’)]»").contains(line.back()))
        line.chop(1);
    return !line.isEmpty() && QStringView(u".!?…:;").contains(line.back());
}

bool isBullet(const QString &line)
{
    static const QRegularExpression bullet(u"^\\s*(?:[-*•–]|\\d{1,2}[.)])\\s+\\S"_s);
    return bullet.match(line).hasMatch();
}

bool startsLower(QStringView line)
{
    line = line.trimmed();
    return !line.isEmpty() && line.front().isLower();
}

// Lines longer than this are never the result of hard wrapping.
constexpr qsizetype s_maxWrapWidth = 100;
constexpr qsizetype s_minWrapWidth = 40;

// The wrap width when the file looks hard-wrapped, else 0: most lines that are not the last
// of their block are close to the longest line, and no line is longer than a terminal.
qsizetype wrapWidth(const QList<QStringList> &blocks)
{
    qsizetype longest = 0;
    for (const QStringList &block : blocks) {
        for (const QString &line : block)
            longest = std::max(longest, line.trimmed().size());
    }
    if (longest < s_minWrapWidth || longest > s_maxWrapWidth)
        return 0;
    int inner = 0;
    int full = 0;
    for (const QStringList &block : blocks) {
        for (qsizetype i = 0; i + 1 < block.size(); ++i) {
            ++inner;
            if (block[i].trimmed().size() >= longest * 6 / 10)
                ++full;
        }
    }
    // Blocks of one line each say nothing about wrapping.
    if (inner < 3)
        return 0;
    return full * 10 >= inner * 7 ? longest : 0;
}

void addParagraph(RawDocument &doc, const QString &text)
{
    QString simplified = text.simplified();
    // Separator lines ("---", "* * *") carry no text.
    if (!std::any_of(simplified.cbegin(), simplified.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return;
    // Markdown-like marks in plain text: "## Heading", "- item", "1. item".
    static const QRegularExpression heading(u"^(#{1,6})\\s+"_s);
    static const QRegularExpression bullet(u"^(?:[-*•–]|\\d{1,2}[.)])\\s+"_s);
    RawBlock block;
    if (const auto m = heading.match(simplified); m.hasMatch()) {
        block.kind = RawBlock::Kind::Heading;
        block.headingLevel = int(m.capturedLength(1));
        simplified.remove(0, m.capturedLength(0));
    } else if (const auto b = bullet.match(simplified); b.hasMatch() && simplified.size() > b.capturedLength(0)) {
        block.kind = RawBlock::Kind::ListItem;
        simplified.remove(0, b.capturedLength(0));
    }
    block.text = std::move(simplified);
    doc.blocks.append(std::move(block));
}

} // namespace

bool PlainTextReader::takeFrontMatter(QString &text, DocumentMetadata &metadata)
{
    if (!text.startsWith(u"---\n"_s))
        return false;
    const qsizetype close = text.indexOf(u"\n---"_s, 3);
    if (close < 0)
        return false;
    const qsizetype afterClose = text.indexOf(QLatin1Char('\n'), close + 4);
    const QString block = text.sliced(4, close - 4);
    const QStringList lines = block.split(QLatin1Char('\n'));
    // Front matter is short key: value lines; anything else means the dashes were a rule.
    if (lines.size() > 60)
        return false;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 && !line.startsWith(u"  "_s) && !line.startsWith(u"- "_s))
            return false;
    }
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || line.startsWith(QLatin1Char(' ')))
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        QString value = line.mid(colon + 1).trimmed();
        // YAML's null ("source: null", "date: ~") says there is no value, not a name "null".
        static const QStringList nulls{u"null"_s, u"Null"_s, u"NULL"_s, u"~"_s};
        if (nulls.contains(value))
            continue;
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.sliced(1, value.size() - 2);
        if (value.isEmpty())
            continue;
        if (key == u"title" || key == u"headline") {
            metadata.headline = value;
            metadata.headlineSource = u"front-matter"_s;
        } else if (key == u"outlet" || key == u"source" || key == u"publisher" || key == u"site" || key == u"site_name") {
            metadata.outlet = value;
            metadata.outletSource = u"front-matter"_s;
        } else if (key == u"author" || key == u"byline" || key == u"authors") {
            metadata.byline = value;
        } else if (key == u"date" || key == u"published" || key == u"published_at" || key == u"pubdate") {
            metadata.published = value;
            metadata.publishedSource = u"front-matter"_s;
        } else if (key == u"url" || key == u"link" || key == u"canonical" || key == u"canonical_url") {
            metadata.url = value;
        } else if (key == u"lang" || key == u"language") {
            metadata.language = value.left(2).toLower();
        }
    }
    text = afterClose < 0 ? QString() : text.mid(afterClose + 1);
    return true;
}

RawDocument PlainTextReader::read(const QString &input)
{
    RawDocument doc;
    doc.format = u"txt"_s;
    QString text = input;
    takeFrontMatter(text, doc.metadata);

    // Blocks of consecutive non-blank lines.
    QList<QStringList> blocks;
    QStringList current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                blocks.append(std::exchange(current, {}));
        } else {
            current.append(line);
        }
    }
    if (!current.isEmpty())
        blocks.append(current);

    qsizetype lineCount = 0;
    for (const QStringList &block : std::as_const(blocks))
        lineCount += block.size();
    const qsizetype width = wrapWidth(blocks);

    if (width > 0) {
        doc.layout = u"hard-wrapped"_s;
        // Within a block, a line ends a paragraph when it is clearly short and closes a
        // sentence, or when the next line is indented (the other common paragraph mark).
        for (const QStringList &block : std::as_const(blocks)) {
            QString paragraph;
            for (qsizetype i = 0; i < block.size(); ++i) {
                const QString &line = block[i];
                paragraph += QLatin1Char(' ') + line.trimmed();
                const bool last = i + 1 == block.size();
                const bool shortLine = line.trimmed().size() < width * 3 / 4;
                const bool nextIndented = !last && block[i + 1].startsWith(QLatin1Char(' '))
                                          && !block[i].startsWith(QLatin1Char(' '));
                if (last || (shortLine && endsSentence(line) && !startsLower(block[i + 1])) || nextIndented
                    || (shortLine && !endsSentence(line) && !startsLower(block[i + 1]))) {
                    addParagraph(doc, paragraph);
                    paragraph.clear();
                }
            }
        }
        return doc;
    }

    // Few blocks holding many lines: one paragraph per line.
    const bool onePerLine = lineCount >= 4 && qsizetype(blocks.size()) * 3 <= lineCount;
    doc.layout = onePerLine ? u"one-per-line"_s : u"blank-line"_s;
    for (const QStringList &block : std::as_const(blocks)) {
        // A multi-line block whose lines continue each other (the line does not close a
        // sentence and the next starts in lower case) is one paragraph; otherwise every
        // line is its own paragraph (footers, link lists, lines of a one-per-line file).
        QString paragraph;
        for (qsizetype i = 0; i < block.size(); ++i) {
            paragraph += QLatin1Char(' ') + block[i].trimmed();
            const bool last = i + 1 == block.size();
            const bool hasLetters = std::any_of(block[i].cbegin(), block[i].cend(), [](QChar c) { return c.isLetter(); });
            const bool continues = !last && hasLetters && !endsSentence(block[i]) && startsLower(block[i + 1])
                                   && !isBullet(block[i + 1]);
            if (!continues) {
                addParagraph(doc, paragraph);
                paragraph.clear();
            }
        }
    }
    return doc;
}

} // namespace Synoptic::Core
