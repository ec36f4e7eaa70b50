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
    return QString(text).replace(spaces, u" "_s).trimmed();
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
};

// The page lines without running headers, footers and page numbers, whitespace collapsed.
Lines bodyLines(const QList<QStringList> &rawPages)
{
    QList<QStringList> pages;
    for (const QStringList &page : rawPages) {
        QStringList lines;
        for (const QString &line : page) {
            const QString l = collapse(TextDecoder::normalizeText(line));
            if (!l.isEmpty())
                lines.append(l);
        }
        pages.append(lines);
    }
    // Running headers and footers: the first and last two lines of a page whose masked text
    // is at the top or bottom of at least half the pages (and of two pages or more).
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
    const int needed = std::max<int>(2, int((pages.size() + 1) / 2));
    Lines result;
    for (const QStringList &page : std::as_const(pages)) {
        bool first = true;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const bool atEdge = i < edge || i >= page.size() - edge;
            if (atEdge && (isPageNumber(page[i]) || edgeCounts.value(runningKey(page[i])) >= needed))
                continue;
            result.text.append(page[i]);
            result.pageStart.append(first);
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

QList<RawBlock> joinLines(const Lines &lines, qsizetype width)
{
    QList<RawBlock> blocks;
    auto isShort = [&](const QString &line) { return double(line.size()) < 0.75 * double(width); };
    QString paragraph;
    auto flush = [&] {
        if (!paragraph.isEmpty()) {
            RawBlock block;
            block.text = paragraph;
            blocks.append(block);
        }
        paragraph.clear();
    };
    const QStringList &text = lines.text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString &line = text[i];
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
        // A short line ends its paragraph. So does a full line ending a sentence when the next
        // line on the same page is short and unpunctuated: a heading or header field follows.
        if (last || isShort(line)
            || (endsSentence(line) && !lines.pageStart[i + 1] && isShort(text[i + 1]) && !endsSentence(text[i + 1])))
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

RawDocument PdfReader::fromPages(const QList<QStringList> &pages)
{
    const Lines lines = bodyLines(pages);
    return documentOf(joinLines(lines, textWidth(lines.text)));
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
    const Lines lines = bodyLines(text.pages);
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
        for (const RawDocument &part : parts) {
            Lines body;
            QList<RawBlock> blocks;
            for (const RawBlock &b : part.blocks) {
                if (b.headlineHint) {
                    blocks.append(b);
                    continue;
                }
                body.text.append(b.text);
                body.pageStart.append(false);
            }
            blocks += joinLines(body, width);
            RawDocument doc = documentOf(blocks);
            doc.metadata = part.metadata;
            result.documents.append(std::move(doc));
        }
        result.encoding = u"PDF"_s;
        return result;
    }
    RawDocument doc = documentOf(joinLines(lines, width));
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
