// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/pdfreader.h"

#include "core/import/exportsplitter.h"
#include "core/import/textdecoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

std::atomic<PdfReader::TextExtractor> s_extractor{nullptr};

QString collapse(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    QString t = QString(text).replace(spaces, u" "_s).trimmed();
    // Typographic ligatures (U+FB00..FB06: ff, fi, fl, ffi, ffl, ft, st) that some PDFs keep in
    // their text layer: back to letters, or "fire" and "ﬁre" would be different words.
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            t.replace(i, 1, t.mid(i, 1).normalized(QString::NormalizationForm_KC));
    }
    return t;
}

// "3", "- 3 -", "Page 3", "Page 3 of 12", "3 / 12": a page number alone on its line.
bool isPageNumber(const QString &line)
{
    static const QRegularExpression pattern(u"^(?:page\\s+)?[-\u2013\u2014\\s]*\\d{1,4}[-\u2013\u2014\\s]*(?:(?:of|/)\\s*\\d{1,4})?$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

// Digits masked, so "Page 3 of 9" and "Page 4 of 9" are the same running line.
QString runningKey(const QString &line)
{
    static const QRegularExpression digits(u"\\d+"_s);
    return QString(line).replace(digits, u"#"_s).toLower();
}

// "• text", "* text": a bullet opens a list item. Dashes are not bullets here: a wrapped
// line may well start with a parenthetical dash.
bool startsWithBullet(const QString &line)
{
    static const QRegularExpression bullet(u"^[\u2022\u25E6\u25AA\u25CF\u2023\u2043*]\\s+\\S"_s);
    return bullet.match(line).hasMatch();
}

bool endsSentence(const QString &line)
{
    static const QRegularExpression end(u"[.!?:;\"\u201D\u2019')\\]]$"_s);
    return end.match(line).hasMatch();
}

} // namespace

void PdfReader::setTextExtractor(TextExtractor extractor)
{
    s_extractor.store(extractor);
}

bool PdfReader::hasTextExtractor()
{
    return s_extractor.load() != nullptr;
}

namespace {

struct Lines {
    QStringList text;
    QList<bool> pageStart; // the line opens a page
    QList<QRectF> box; // null when unknown
};

// The page lines without running headers, footers and page numbers, whitespace collapsed.
Lines bodyLines(const QList<QStringList> &rawPages, const QList<QList<QRectF>> &rawBoxes)
{
    QList<QStringList> pages;
    QList<QList<QRectF>> pageBoxes;
    for (qsizetype p = 0; p < rawPages.size(); ++p) {
        QStringList lines;
        QList<QRectF> boxes;
        for (qsizetype i = 0; i < rawPages[p].size(); ++i) {
            const QString l = collapse(TextDecoder::normalizeText(rawPages[p][i]));
            if (!l.isEmpty()) {
                lines.append(l);
                boxes.append(rawBoxes.value(p).value(i));
            }
        }
        pages.append(lines);
        pageBoxes.append(boxes);
    }
    // Running headers and footers: the first and last two lines of a page whose masked text
    // is at the top or bottom of most pages (60%, and two or more). Not just half: lines that
    // recur by chance (an export's "3 of 9 DOCUMENTS") may land on a page edge now and then.
    constexpr int edge = 2;
    QHash<QString, int> edgeCounts;
    for (const QStringList &page : std::as_const(pages)) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (i < edge || i >= page.size() - edge)
                seen.insert(runningKey(page[i]));
        }
        for (const QString &key : std::as_const(seen))
            ++edgeCounts[key];
    }
    const int needed = std::max<int>(2, int(std::ceil(double(pages.size()) * 0.6)));
    Lines result;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QStringList &page = pages[p];
        bool first = true;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const bool atEdge = i < edge || i >= page.size() - edge;
            if (atEdge && (isPageNumber(page[i]) || edgeCounts.value(runningKey(page[i])) >= needed))
                continue;
            result.text.append(page[i]);
            result.pageStart.append(first);
            result.box.append(pageBoxes[p].value(i));
            first = false;
        }
    }
    return result;
}

// The text width in characters: most body lines come close to it; a paragraph's last line
// does not. A high percentile, so one overlong line does not set it.
qsizetype textWidth(const QStringList &lines)
{
    QList<qsizetype> lengths;
    for (const QString &l : lines)
        lengths.append(l.size());
    std::sort(lengths.begin(), lengths.end());
    return lengths.isEmpty() ? 0 : lengths.at(qsizetype(std::ceil(double(lengths.size() - 1) * 0.95)));
}

qsizetype firstWordLength(const QString &line)
{
    const qsizetype space = line.indexOf(u' ');
    return space < 0 ? line.size() : space;
}

// `titleFirst`: the lines open a document (not the body of an export's article), so an
// unpunctuated first line is its title.
double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Where the line boxes are known: a break before line `i + 1` shown by the layout — more
// space above it than between the lines of a paragraph, a first-line indent, or a type
// size unlike the body's (a heading or a caption).
struct Geometry {
    double spacing = 0; // median distance from one line's top to the next one's, same page
    double height = 0; // median line height
    double left = 0; // median left edge

    explicit Geometry(const Lines &lines)
    {
        QList<double> spacings, heights, lefts;
        for (qsizetype i = 0; i < lines.box.size(); ++i) {
            const QRectF &b = lines.box[i];
            if (b.isNull())
                continue;
            heights.append(b.height());
            lefts.append(b.left());
            if (i + 1 < lines.box.size() && !lines.pageStart[i + 1] && !lines.box[i + 1].isNull()
                && lines.box[i + 1].top() > b.top())
                spacings.append(lines.box[i + 1].top() - b.top());
        }
        spacing = median(spacings);
        height = median(heights);
        left = median(lefts);
    }

    bool breakBefore(const Lines &lines, qsizetype next) const
    {
        if (spacing <= 0 || next <= 0 || lines.pageStart[next])
            return false;
        const QRectF &a = lines.box[next - 1], &b = lines.box[next];
        if (a.isNull() || b.isNull())
            return false;
        const double gap = b.top() - a.top();
        const bool spaced = gap > spacing * 1.3;
        const bool indented = b.left() > left + height * 0.8 && std::abs(a.left() - left) < height * 0.5;
        const bool otherSize = std::abs(a.height() - height) > height * 0.25 || std::abs(b.height() - height) > height * 0.25;
        return spaced || indented || otherSize;
    }
};

QList<RawBlock> joinLines(const Lines &lines, qsizetype width, bool titleFirst)
{
    QList<RawBlock> blocks;
    const Geometry geometry(lines);
    auto isShort = [&](const QString &line) { return double(line.size()) < 0.75 * double(width); };
    // The next line's first word would have fitted at the end of this one: the line was
    // broken on purpose, not wrapped. Character counts stand in for widths; where they err
    // (proportional type) a paragraph may be cut at a sentence end, which harms the
    // comparison less than two paragraphs run together.
    // Only without line boxes, or across a page break: elsewhere spacing and indents say it
    // better.
    const bool withBoxes = geometry.spacing > 0;
    auto roomForNext = [&](qsizetype i) {
        return (!withBoxes || lines.pageStart[i + 1]) && lines.text[i].size() + 1 + firstWordLength(lines.text[i + 1]) < width;
    };
    auto opensSentence = [](const QString &line) {
        const QChar c = line.at(0);
        return c.isUpper() || c.isDigit() || c == u'"' || c == u'\u201C' || c == u'\u2018' || c == u'\'';
    };
    QString paragraph;
    bool listItem = false;
    auto flush = [&] {
        if (!paragraph.isEmpty()) {
            RawBlock block;
            block.text = paragraph;
            if (listItem)
                block.kind = RawBlock::Kind::ListItem;
            blocks.append(block);
        }
        paragraph.clear();
        listItem = false;
    };
    const QStringList &text = lines.text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString line = text[i];
        if (startsWithBullet(line)) {
            flush(); // a bullet always opens a new item
            listItem = true;
            line = line.mid(1).trimmed();
        }
        if (paragraph.isEmpty()) {
            paragraph = line;
        } else if (paragraph.endsWith(u'-') && paragraph.size() >= 2 && paragraph.at(paragraph.size() - 2).isLetter()) {
            // "govern-" + "ment": a word broken at the line end. Before a capital the hyphen
            // is part of a compound of names ("Port Ellis-" + "Northport") and stays.
            if (line.at(0).isLower())
                paragraph.chop(1);
            paragraph += line;
        } else {
            paragraph += u' ' + line;
        }
        const bool last = i + 1 == text.size();
        // A short line ends its paragraph. So does a line ending a sentence when the next
        // line opens one and would have fitted in part (a deliberate break), or when the next
        // line on the same page is short and unpunctuated (a heading follows). The document's
        // first line, unpunctuated and followed by a capital, is its title.
        const QString next = last ? QString() : text[i + 1];
        if (last || isShort(line) || geometry.breakBefore(lines, i + 1)
            || (endsSentence(line) && opensSentence(next) && roomForNext(i))
            || (endsSentence(line) && !lines.pageStart[i + 1] && isShort(next) && !endsSentence(next))
            || (titleFirst && i == 0 && !endsSentence(line) && !line.endsWith(u'-') && opensSentence(next)))
            flush();
    }
    flush();
    return blocks;
}

RawDocument documentOf(QList<RawBlock> blocks)
{
    RawDocument doc;
    doc.format = u"pdf"_s;
    doc.layout = u"hard-wrapped"_s;
    doc.blocks = std::move(blocks);
    return doc;
}

} // namespace

RawDocument PdfReader::fromPages(const QList<QStringList> &pages, const QList<QList<QRectF>> &boxes)
{
    const Lines lines = bodyLines(pages, boxes);
    return documentOf(joinLines(lines, textWidth(lines.text), true));
}

DocumentRead PdfReader::read(const QByteArray &bytes)
{
    DocumentRead result;
    if (!bytes.startsWith("%PDF-") && bytes.left(1024).indexOf("%PDF-") < 0) {
        result.error = u"Not a PDF file (no %PDF header); the file may be damaged or misnamed."_s;
        return result;
    }
    const TextExtractor extractor = s_extractor.load();
    if (!extractor) {
        result.error = u"This build of Synoptic cannot read PDF files; convert the file to text first."_s;
        return result;
    }
    const PdfText text = extractor(bytes);
    if (!text.error.isEmpty()) {
        result.error = text.error;
        return result;
    }
    const Lines lines = bodyLines(text.pages, text.boxes);
    const qsizetype width = textWidth(lines.text);
    // A news-database export is split on its lines, before paragraphs are rebuilt: its header
    // fields are short lines that a paragraph must not swallow.
    RawDocument lineDocument;
    for (const QString &line : lines.text) {
        RawBlock block;
        block.text = line;
        lineDocument.blocks.append(block);
    }
    if (ExportSplitter::detect(lineDocument) != ExportSplitter::Layout::None) {
        const QList<RawDocument> parts = ExportSplitter::split(lineDocument);
        qsizetype cursor = 0;
        for (const RawDocument &part : parts) {
            Lines body;
            QList<RawBlock> blocks;
            for (const RawBlock &b : part.blocks) {
                if (b.headlineHint) {
                    blocks.append(b);
                    continue;
                }
                // The part's lines are the export's lines in order: find each for its box.
                while (cursor < lines.text.size() && lines.text[cursor] != b.text)
                    ++cursor;
                const bool found = cursor < lines.text.size();
                body.text.append(b.text);
                body.pageStart.append(found && lines.pageStart[cursor]);
                body.box.append(found ? lines.box[cursor] : QRectF());
                if (found)
                    ++cursor;
            }
            blocks += joinLines(body, width, false);
            RawDocument doc = documentOf(blocks);
            doc.metadata = part.metadata;
            result.documents.append(std::move(doc));
        }
        result.encoding = u"PDF"_s;
        return result;
    }
    RawDocument doc = documentOf(joinLines(lines, width, true));
    if (doc.blocks.isEmpty()) {
        result.error = text.pages.isEmpty() ? u"The PDF has no pages."_s
                                            : u"The PDF has no text layer (a scanned document?): run OCR on it first (for example with ocrmypdf) and import the result."_s;
        return result;
    }
    result.encoding = u"PDF"_s;
    result.documents.append(std::move(doc));
    return result;
}

} // namespace Synoptic::Core
