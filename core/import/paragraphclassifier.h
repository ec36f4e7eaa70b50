// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Gives every block of a document a paragraph role (headline, metadata, body, subhead,
// caption, boilerplate) and pulls the metadata the text carries (leading date/byline lines,
// headline, dateline, outlet credits). Boilerplate is found jusText-style from general
// features — length, stop-word density, link density, sentence punctuation, position from
// the end, "Label: value" form, link-list runs and repetition across the folder — never
// from lists of phrases.

#include "core/import/rawdocument.h"
#include "core/model/article.h"

#include <QSet>

namespace Synoptic::Core {

struct ClassifiedDocument {
    QList<Paragraph> paragraphs; // index = position; offsets not set yet
    DocumentMetadata metadata; // the reader's metadata completed with what the text says
    QString dateline;
};

// Per-paragraph measurements the decisions are made from (exposed for tests and tuning).
struct ParagraphFeatures {
    qsizetype length = 0;
    int words = 0;
    double stopWordDensity = 0;
    double capitalisedRatio = 0; // capitalised words / words
    double linkDensity = 0;
    bool endsSentence = false;
    bool labelLine = false;
    bool hasDomain = false;
    bool repeated = false; // the same text occurs in another file of the folder
};

class ParagraphClassifier
{
public:
    struct Context {
        QString language = QStringLiteral("en");
        // Normalised texts (see repetitionKey) found in two or more files of the folder.
        QSet<QString> repeatedInFolder;
        // The outlet as the user stated it (sidecar), when known: lines promoting it are footers.
        QString outlet;
    };

    [[nodiscard]] static ClassifiedDocument classify(const RawDocument &document, const Context &context);
    [[nodiscard]] static ParagraphFeatures features(const RawBlock &block, const Context &context);
    [[nodiscard]] static QString repetitionKey(const QString &text);
    [[nodiscard]] static bool endsSentence(QStringView text);
};

} // namespace Synoptic::Core
