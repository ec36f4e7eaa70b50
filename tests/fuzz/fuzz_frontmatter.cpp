// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz harness: YAML-style front matter and the metadata recognisers that read lines of text
// (dates, bylines, datelines, outlet credits, label lines).
#include "core/import/plaintextreader.h"
#include "core/import/textmetadata.h"
#include "fuzzsupport.h"

#include <QDate>
#include <QStringList>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(SynopticFuzz::bytes(data, size));
    QString text = u"---\n"_s + input;
    DocumentMetadata metadata;
    const bool found = PlainTextReader::takeFrontMatter(text, metadata);
    SYNOPTIC_FUZZ_CHECK(found || text == u"---\n"_s + input);
    // Whatever the front matter said, a normalised date is ISO 8601 or nothing.
    for (const QString &stated : {metadata.published, input}) {
        const QString iso = TextMetadata::normalizeDate(stated);
        SYNOPTIC_FUZZ_CHECK(iso.isEmpty() || QDate::fromString(iso.left(10), Qt::ISODate).isValid());
    }
    const QStringList lines = input.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && i < 64; ++i) {
        const QString &line = lines[i];
        qsizetype used = -1;
        const QString date = TextMetadata::parseDate(line, &used);
        SYNOPTIC_FUZZ_CHECK(used >= 0 && used <= line.size() && (date.isEmpty() == (used == 0)));
        if (const auto leading = TextMetadata::leadingMetadata(line))
            SYNOPTIC_FUZZ_CHECK(!leading->published.isEmpty() || !leading->byline.isEmpty() || !leading->metadataText.isEmpty());
        (void)TextMetadata::byline(line);
        (void)TextMetadata::dateline(line);
        if (const auto credit = TextMetadata::credit(line))
            SYNOPTIC_FUZZ_CHECK(!credit->outlet.isEmpty() || !credit->byline.isEmpty());
        (void)TextMetadata::isLabelLine(line);
    }
    return 0;
}
