// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/docxreader.h"

#include "core/import/textdecoder.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

const QString wordNs = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;

enum class PartStatus { Ok, Missing, TooBig, Unreadable };

// Reads one part of the package, never more than the limit: the directory's sizes can lie.
PartStatus readPart(const KArchiveDirectory *root, const QString &path, QByteArray *out)
{
    const KArchiveEntry *entry = root->entry(path);
    if (!entry || !entry->isFile())
        return PartStatus::Missing;
    const auto *file = static_cast<const KArchiveFile *>(entry);
    if (file->size() > DocxReader::maxPartSize)
        return PartStatus::TooBig;
    std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
        return PartStatus::Unreadable;
    out->clear();
    char buffer[64 * 1024];
    while (true) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0)
            return PartStatus::Unreadable;
        if (n == 0)
            break;
        out->append(buffer, n);
        if (out->size() > DocxReader::maxPartSize)
            return PartStatus::TooBig;
    }
    return PartStatus::Ok;
}

QString collapse(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return TextDecoder::normalizeText(text).replace(spaces, u" "_s).trimmed();
}

constexpr int listLevel = -1; // a list style or numbered paragraph, not a heading

// styles.xml: style id -> heading level from the style's built-in name or outline level, or
// listLevel for list styles ("List Paragraph", "List Bullet", ...).
QHash<QString, int> headingStyles(const QByteArray &xml)
{
    QHash<QString, int> levels;
    QXmlStreamReader reader(xml);
    QString id;
    int level = 0;
    static const QRegularExpression heading(u"^heading\\s*([1-9])$"_s, QRegularExpression::CaseInsensitiveOption);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"style") {
                id = reader.attributes().value(wordNs, u"styleId"_s).toString();
                level = 0;
            } else if (name == u"name" && !id.isEmpty()) {
                const QString styleName = reader.attributes().value(wordNs, u"val"_s).toString();
                if (const auto m = heading.match(styleName); m.hasMatch())
                    level = m.captured(1).toInt();
                else if (styleName.compare(u"Title"_s, Qt::CaseInsensitive) == 0)
                    level = 1;
                else if (styleName.startsWith(u"List"_s, Qt::CaseInsensitive))
                    level = listLevel;
            } else if (name == u"outlineLvl" && !id.isEmpty() && level == 0) {
                const int outline = reader.attributes().value(wordNs, u"val"_s).toInt();
                if (outline >= 0 && outline < 6)
                    level = outline + 1;
            }
        } else if (reader.isEndElement() && reader.name() == u"style") {
            if (level != 0)
                levels.insert(id, level);
            id.clear();
        }
    }
    return levels;
}

// docProps/core.xml: the title the document gives itself. Author and dates are those of the
// file (who saved it, when), not of the article, so they are not taken.
QString coreTitle(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"title")
            return collapse(reader.readElementText(QXmlStreamReader::SkipChildElements));
    }
    return {};
}

} // namespace

RawDocument DocxReader::readDocumentXml(const QByteArray &xml, const QHash<QString, int> &styles, QString *error)
{
    RawDocument doc;
    doc.format = u"docx"_s;
    doc.layout = u"markup"_s;
    QXmlStreamReader reader(xml);
    QString text; // the current block
    int level = 0; // heading level of the current paragraph
    int skipDepth = 0; // inside deleted text, field instructions, ...
    int paragraphDepth = 0;
    auto flush = [&] {
        const QString t = collapse(text);
        text.clear();
        if (t.isEmpty())
            return;
        RawBlock block;
        block.text = t;
        if (level > 0) {
            block.kind = RawBlock::Kind::Heading;
            block.headingLevel = level;
        } else if (level == listLevel) {
            block.kind = RawBlock::Kind::ListItem;
        }
        doc.blocks.append(block);
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.namespaceUri() != wordNs)
                continue;
            const auto name = reader.name();
            if (skipDepth > 0) {
                ++skipDepth;
                continue;
            }
            // Deleted revisions, field codes, footnote references: not part of the reading text.
            if (name == u"del" || name == u"instrText" || name == u"delText" || name == u"footnoteReference") {
                skipDepth = 1;
                continue;
            }
            if (name == u"p") {
                if (paragraphDepth == 0)
                    level = 0;
                ++paragraphDepth;
            } else if (name == u"pStyle") {
                level = styles.value(reader.attributes().value(wordNs, u"val"_s).toString());
            } else if (name == u"numPr" && level <= 0) {
                level = listLevel; // a bulleted or numbered paragraph
            } else if (name == u"outlineLvl" && level == 0) {
                const int outline = reader.attributes().value(wordNs, u"val"_s).toInt();
                if (outline >= 0 && outline < 6)
                    level = outline + 1;
            } else if (name == u"t") {
                text += reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"tab") {
                text += u' ';
            } else if (name == u"br" || name == u"cr") {
                // A manual line break: header fields of database exports sit on such lines.
                if (reader.attributes().value(wordNs, u"type"_s) == u"page")
                    text += u' ';
                else
                    flush();
            } else if (name == u"noBreakHyphen") {
                text += u'-';
            }
        } else if (reader.isEndElement()) {
            if (reader.namespaceUri() != wordNs)
                continue;
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            if (reader.name() == u"p") {
                flush();
                paragraphDepth = std::max(0, paragraphDepth - 1);
            } else if (reader.name() == u"tc" || reader.name() == u"txbxContent") {
                flush();
            }
        }
    }
    if (reader.hasError() && error)
        *error = reader.errorString();
    flush();
    return doc;
}

DocumentRead DocxReader::read(const QByteArray &bytes)
{
    DocumentRead result;
    result.encoding = u"UTF-8"_s;
    if (!bytes.startsWith("PK")) {
        result.error = u"Not a Word document (.docx is a zip package; this file is not one). Save it again as .docx from Word, or as .txt."_s;
        return result;
    }
    QByteArray data = bytes;
    QBuffer buffer(&data);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly)) {
        result.error = u"The Word document is damaged (its zip package cannot be opened: %1). Open it in Word and save it again."_s
                           .arg(zip.errorString());
        return result;
    }
    const KArchiveDirectory *root = zip.directory();
    QByteArray documentXml;
    switch (root ? readPart(root, u"word/document.xml"_s, &documentXml) : PartStatus::Missing) {
    case PartStatus::Ok:
        break;
    case PartStatus::Missing:
        result.error = u"Not a Word document: the package has no word/document.xml (an .odt or other zip file renamed?). Save it as .docx or .txt."_s;
        return result;
    case PartStatus::TooBig:
        result.error = u"The Word document's text part is larger than %1 MB uncompressed; not read (a damaged or hostile file)."_s
                           .arg(maxPartSize / (1024 * 1024));
        return result;
    case PartStatus::Unreadable:
        result.error = u"The Word document is damaged (word/document.xml cannot be decompressed). Open it in Word and save it again."_s;
        return result;
    }
    QByteArray stylesXml, coreXml;
    QHash<QString, int> styles;
    if (readPart(root, u"word/styles.xml"_s, &stylesXml) == PartStatus::Ok)
        styles = headingStyles(stylesXml);
    QString xmlError;
    RawDocument doc = readDocumentXml(documentXml, styles, &xmlError);
    if (doc.blocks.isEmpty()) {
        result.error = xmlError.isEmpty() ? u"The Word document has no text."_s
                                          : u"The Word document is damaged (word/document.xml: %1)."_s.arg(xmlError);
        return result;
    }
    if (!xmlError.isEmpty())
        result.notes.append(u"The Word document is damaged after some text (%1); the text before it was read."_s.arg(xmlError));
    if (readPart(root, u"docProps/core.xml"_s, &coreXml) == PartStatus::Ok) {
        const QString title = coreTitle(coreXml);
        // Only a title the text repeats: templates and old files carry stale titles.
        if (!title.isEmpty() && std::any_of(doc.blocks.cbegin(), doc.blocks.cend(),
                                            [&](const RawBlock &b) { return b.text == title; })) {
            doc.metadata.headline = title;
            doc.metadata.headlineSource = u"docx-properties"_s;
        }
    }
    result.documents.append(std::move(doc));
    return result;
}

} // namespace Synoptic::Core
