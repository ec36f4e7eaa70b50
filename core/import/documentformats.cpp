// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/documentformats.h"

#include "core/import/docxreader.h"
#include "core/import/exportsplitter.h"
#include "core/import/feedreader.h"
#include "core/import/pdfreader.h"
#include "core/import/rtfreader.h"

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

struct Entry {
    QLatin1StringView format;
    QList<QLatin1StringView> suffixes;
    DocumentFormats::Reader reader;
};

// One row per format read from bytes; the text formats are read by FolderImporter::parse.
const QList<Entry> &table()
{
    static const QList<Entry> entries{
        {"docx"_L1, {"docx"_L1}, &DocxReader::read},
        {"rtf"_L1, {"rtf"_L1}, &RtfReader::read},
        {"pdf"_L1, {"pdf"_L1}, &PdfReader::read},
        {"feed"_L1, {"rss"_L1, "atom"_L1, "xml"_L1}, &FeedReader::read},
    };
    return entries;
}

} // namespace

QString DocumentFormats::formatForSuffix(const QString &suffix)
{
    for (const Entry &e : table()) {
        if (e.suffixes.contains(suffix))
            return e.format;
    }
    return {};
}

DocumentFormats::Reader DocumentFormats::reader(const QString &format)
{
    for (const Entry &e : table()) {
        if (e.format == format)
            return e.reader;
    }
    return nullptr;
}

DocumentRead DocumentFormats::read(const QByteArray &bytes, const QString &format)
{
    const Reader r = reader(format);
    if (!r)
        return {{}, {}, u"Not a format read from bytes: %1."_s.arg(format), {}};
    DocumentRead result = r(bytes);
    QList<RawDocument> split;
    for (const RawDocument &doc : std::as_const(result.documents))
        split.append(ExportSplitter::split(doc));
    result.documents = std::move(split);
    return result;
}

QString DocumentFormats::readableList()
{
    return u".txt, .md, .html, .mhtml, .docx, .rtf, .pdf and saved feeds (.rss, .atom, .xml)"_s;
}

} // namespace Synoptic::Core
