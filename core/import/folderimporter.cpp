// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/folderimporter.h"

#include "core/import/documentformats.h"
#include "core/import/filediscovery.h"
#include "core/import/html/mhtml.h"
#include "core/import/htmlreader.h"
#include "core/import/markdownreader.h"
#include "core/import/paragraphclassifier.h"
#include "core/import/plaintextreader.h"
#include "core/import/sidecar.h"
#include "core/import/textdecoder.h"
#include "core/import/textmetadata.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

struct Parsed {
    QString file;
    QByteArray hash;
    QString encoding;
    RawDocument document;
};

// The file name as a last-resort outlet: "bbc-news.txt" -> "bbc-news".
QString outletFromFileName(const QString &relativePath)
{
    return QFileInfo(relativePath).completeBaseName();
}

// A stated publication date as ISO 8601, or nothing with a warning: `published` promises ISO
// 8601, so "2025-99-99" or "-1" from front matter, a meta tag or sources.csv is dropped, not
// passed on as written.
QString validDate(const QString &value, const QString &from, const QString &file, QList<SkippedFile> *problems)
{
    if (value.isEmpty())
        return {};
    const QString iso = TextMetadata::normalizeDate(value);
    if (iso.isEmpty() && problems)
        problems->append({file, u"The publication date \"%1\" (%2) is not a valid date; left out."_s.arg(value.left(80), from)});
    return iso;
}

Article buildArticle(const Parsed &parsed, const ParagraphClassifier::Context &context, const SidecarEntry *sidecar,
                     QList<SkippedFile> *problems = nullptr)
{
    const ClassifiedDocument classified = ParagraphClassifier::classify(parsed.document, context);
    const DocumentMetadata &meta = classified.metadata;
    Article article;
    article.file = parsed.file;
    article.format = parsed.document.format;
    article.encoding = parsed.encoding;
    article.contentHash = parsed.hash;
    article.headline = meta.headline;
    article.byline = meta.byline;
    article.published = validDate(meta.published, u"from %1"_s.arg(meta.publishedSource.isEmpty() ? u"text"_s : meta.publishedSource),
                                  parsed.file, problems);
    article.url = meta.url;
    article.dateline = classified.dateline;
    if (!meta.language.isEmpty())
        article.language = meta.language;
    article.outlet = meta.outlet;
    article.outletSource = meta.outletSource;
    if (sidecar) {
        if (!sidecar->outlet.isEmpty()) {
            article.outlet = sidecar->outlet;
            article.outletSource = u"sidecar"_s;
        }
        if (!sidecar->url.isEmpty())
            article.url = sidecar->url;
        if (const QString date = validDate(sidecar->published, u"from sources.csv"_s, parsed.file, problems); !date.isEmpty())
            article.published = date;
        if (!sidecar->author.isEmpty())
            article.byline = sidecar->author;
    }
    if (article.outlet.isEmpty()) {
        article.outlet = outletFromFileName(Article::sourceFileOf(parsed.file));
        article.outletSource = u"file-name"_s;
    }
    FolderImporter::fillParagraphs(article, classified.paragraphs);
    return article;
}

// Says what the file held instead of an article, so that the user can judge the rejection.
QString noArticleReason(const Article &article)
{
    int headlines = 0, metadata = 0, furniture = 0, other = 0;
    for (const Paragraph &p : article.paragraphs) {
        switch (p.role) {
        case ParagraphRole::Headline: ++headlines; break;
        case ParagraphRole::Metadata: ++metadata; break;
        case ParagraphRole::Boilerplate: ++furniture; break;
        default: ++other; break;
        }
    }
    QStringList found;
    if (headlines > 0)
        found.append(u"a headline"_s);
    if (metadata > 0)
        found.append(metadata == 1 ? u"1 metadata line"_s : u"%1 metadata lines"_s.arg(metadata));
    if (furniture > 0)
        found.append(furniture == 1 ? u"1 line of page furniture (links, labels, short lines)"_s
                                    : u"%1 lines of page furniture (links, labels, short lines)"_s.arg(furniture));
    if (other > 0)
        found.append(other == 1 ? u"1 caption or subhead"_s : u"%1 captions or subheads"_s.arg(other));
    if (found.isEmpty())
        return u"No article text found (only boilerplate or metadata)."_s;
    const QString list = found.size() == 1 ? found.first() : found.mid(0, found.size() - 1).join(u", "_s) + u" and "_s + found.last();
    return u"No article text found: only %1."_s.arg(list);
}

} // namespace

RawDocument FolderImporter::parse(const QString &text, const QString &format)
{
    if (format == u"html" || format == u"mhtml")
        return HtmlReader::read(text);
    if (format == u"md")
        return MarkdownReader::read(text);
    return PlainTextReader::read(text);
}

void FolderImporter::fillParagraphs(Article &article, QList<Paragraph> paragraphs)
{
    article.cleanText.clear();
    article.paragraphs.clear();
    for (Paragraph &p : paragraphs) {
        if (!article.cleanText.isEmpty())
            article.cleanText += u"\n\n"_s;
        p.index = int(article.paragraphs.size());
        p.start = article.cleanText.size();
        article.cleanText += p.text;
        p.end = article.cleanText.size();
        article.paragraphs.append(std::move(p));
    }
}

Article FolderImporter::readFile(const QByteArray &bytes, const QString &fileName, QString *error)
{
    if (const QString format = FileDiscovery::formatForFileName(fileName); DocumentFormats::reader(format)) {
        DocumentRead read = DocumentFormats::read(bytes, format);
        if (!read.ok()) {
            if (error)
                *error = read.error;
            return {};
        }
        Parsed parsed{fileName, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), read.encoding,
                      read.documents.value(0)};
        return buildArticle(parsed, {}, nullptr);
    }
    const DecodedText decoded = FileDiscovery::formatForFileName(fileName) == u"mhtml" ? Mhtml::decode(bytes) : TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        if (error)
            *error = decoded.error;
        return {};
    }
    QString format = FileDiscovery::formatForFileName(fileName);
    if (format.isEmpty())
        format = u"txt"_s;
    Parsed parsed{fileName, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), decoded.encoding,
                  parse(decoded.text, format)};
    return buildArticle(parsed, {}, nullptr);
}

FolderImport FolderImporter::import(const QString &folder, const ImportInputs &inputs, const Progress &progress,
                                    const std::function<bool()> &cancelled)
{
    FolderImport result;
    // Before listing: a stamp counts as settled only if it was older than this when taken.
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const Discovery discovery = FileDiscovery::discover(folder, cancelled);
    if (!discovery.error.isEmpty()) {
        result.error = discovery.error;
        return result;
    }
    result.skipped = discovery.skipped;
    QHash<QString, SidecarEntry> sidecar;
    if (!discovery.sidecarPath.isEmpty()) {
        QString sidecarError;
        sidecar = Sidecar::read(discovery.sidecarPath, &sidecarError);
        if (!sidecarError.isEmpty())
            result.skipped.append({u"sources.csv"_s, sidecarError});
    }

    QList<Parsed> parsed;
    QHash<QByteArray, QString> byHash;
    // Duplicates: the first file (in path order) with a content is imported, the others skipped.
    auto firstWithContent = [&](const QByteArray &hash, const QString &relativePath) {
        if (const auto it = byHash.constFind(hash); it != byHash.cend()) {
            result.skipped.append({relativePath, u"Same content as %1; imported once."_s.arg(*it)});
            return false;
        }
        byHash.insert(hash, relativePath);
        return true;
    };
    const int total = int(discovery.files.size());
    int done = 0;
    for (const DiscoveredFile &file : discovery.files) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return result;
        }
        if (progress)
            progress(done, total);
        ++done;
        // Unchanged since its hash was taken (same size, modification and change times): the
        // stored hash stands for the content without reading it.
        const auto knownHash = inputs.knownHashes.constFind(file.relativePath);
        if (knownHash != inputs.knownHashes.cend() && file.stamp.isValid()
            && inputs.knownStamps.value(file.relativePath) == file.stamp) {
            if (firstWithContent(*knownHash, file.relativePath))
                result.unchanged.append(file.relativePath);
            continue;
        }
        QFile f(file.absolutePath);
        if (!f.open(QIODevice::ReadOnly)) {
            result.skipped.append({file.relativePath, u"The file cannot be read: %1."_s.arg(f.errorString())});
            continue;
        }
        // Read at most one byte past the limit: the file may have grown since discovery.
        const QByteArray bytes = f.read(FileDiscovery::maxFileSize + 1);
        if (bytes.size() > FileDiscovery::maxFileSize) {
            result.skipped.append({file.relativePath, u"The file is larger than %1 MB; articles are never that big."_s
                                                         .arg(FileDiscovery::maxFileSize / (1024 * 1024))});
            continue;
        }
        result.bytesRead += bytes.size();
        // Every empty file has the same hash: each is "empty", none a duplicate of another.
        if (bytes.isEmpty()) {
            result.skipped.append({file.relativePath, TextDecoder::decode(bytes).error});
            continue;
        }
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        if (!firstWithContent(hash, file.relativePath))
            continue;
        result.stamps.insert(file.relativePath, file.stamp.settledAt(started) ? file.stamp : FileStamp{});
        if (knownHash != inputs.knownHashes.cend() && *knownHash == hash) {
            result.unchanged.append(file.relativePath);
            continue;
        }
        if (DocumentFormats::reader(file.format)) { // docx, rtf, pdf, feeds: may hold several articles
            DocumentRead read = DocumentFormats::read(bytes, file.format);
            if (!read.ok()) {
                result.skipped.append({file.relativePath, read.error});
                continue;
            }
            for (const QString &note : std::as_const(read.notes))
                result.problems.append({file.relativePath, note});
            const bool parts = read.documents.size() > 1;
            for (qsizetype i = 0; i < read.documents.size(); ++i)
                parsed.append({parts ? Article::partFile(file.relativePath, int(i + 1)) : file.relativePath, hash,
                               read.encoding, std::move(read.documents[i])});
            continue;
        }
            const DecodedText decoded = file.format == u"mhtml" ? Mhtml::decode(bytes) : TextDecoder::decode(bytes);
        if (!decoded.ok()) {
            result.skipped.append({file.relativePath, decoded.error});
            continue;
        }
        if (decoded.replacedInvalid)
            result.problems.append({file.relativePath, u"Invalid byte sequences for %1 were replaced by \uFFFD."_s.arg(decoded.encoding)});
        Parsed p{file.relativePath, hash, decoded.encoding, parse(decoded.text, file.format)};
        if (p.document.blocks.isEmpty()) {
            result.skipped.append({file.relativePath, u"No text found in the file."_s});
            continue;
        }
        parsed.append(std::move(p));
    }

    // Repetition across the folder: a paragraph text present in two or more files.
    QHash<QString, int> fileCounts;
    auto countTexts = [&](const auto &texts) {
        QSet<QString> seen;
        for (const QString &text : texts) {
            const QString key = ParagraphClassifier::repetitionKey(text);
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                ++fileCounts[key];
            }
        }
    };
    for (const Parsed &p : std::as_const(parsed)) {
        QStringList texts;
        for (const RawBlock &block : p.document.blocks)
            texts.append(block.text);
        countTexts(texts);
    }
    // Only the files read again are classified: with none (a re-open where nothing changed)
    // the unchanged files' texts need not be counted.
    if (!parsed.isEmpty()) {
        for (const QString &file : std::as_const(result.unchanged))
            countTexts(inputs.knownTexts.value(file));
    }
    ParagraphClassifier::Context context;
    for (auto it = fileCounts.cbegin(); it != fileCounts.cend(); ++it) {
        if (it.value() >= 2)
            context.repeatedInFolder.insert(it.key());
    }

    for (const Parsed &p : std::as_const(parsed)) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return result;
        }
        ParagraphClassifier::Context fileContext = context;
        if (!p.document.metadata.language.isEmpty())
            fileContext.language = p.document.metadata.language;
        const auto side = sidecar.constFind(Article::sourceFileOf(p.file));
        if (side != sidecar.cend())
            fileContext.outlet = side->outlet;
        QList<SkippedFile> dateProblems;
        Article article = buildArticle(p, fileContext, side == sidecar.cend() ? nullptr : &*side, &dateProblems);
        if (article.bodyParagraphs().isEmpty()) {
            result.skipped.append({p.file, noArticleReason(article)});
            continue;
        }
        result.problems.append(dateProblems);
        result.changed.append(std::move(article));
    }
    if (progress)
        progress(total, total);
    std::sort(result.skipped.begin(), result.skipped.end(),
              [](const SkippedFile &a, const SkippedFile &b) { return a.file < b.file; });
    return result;
}

} // namespace Synoptic::Core
