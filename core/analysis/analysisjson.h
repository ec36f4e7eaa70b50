// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The analysis JSON of `synoptic analyze` (documented in analysis.schema.json and README.md
// beside this file). Article ids are index + 1; paragraphs are Paragraph::index; quote and
// number offsets are converted from UTF-16 to Unicode code points of the paragraph text.
// The fields are described once (analysisjson.cpp) and either streamed (write, toBytes) or
// built as a QJsonObject (toJson, for schema checks); both give the same document.

#include "core/model/storyanalysis.h"

#include <QJsonObject>

class QIODevice;

namespace Synoptic::Core {

class AnalysisJson
{
public:
    static constexpr int schemaVersion = 1;

    [[nodiscard]] static QJsonObject toJson(const StoryAnalysis &analysis);
    // Indented UTF-8, the same bytes as QJsonDocument(toJson(analysis)).toJson(), streamed to
    // `device` (not owned, open for writing). False when a write failed.
    [[nodiscard]] static bool write(const StoryAnalysis &analysis, QIODevice *device);
    [[nodiscard]] static QByteArray toBytes(const StoryAnalysis &analysis);
    // Code points in text[0, utf16Offset): what JSON readers in other languages count.
    [[nodiscard]] static qsizetype codePointOffset(const QString &text, qsizetype utf16Offset);
};

} // namespace Synoptic::Core
