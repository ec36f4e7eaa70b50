#pragma once
// The analysis JSON of `synoptic analyze` (documented in analysis.schema.json and README.md
// beside this file). Article ids are index + 1; paragraphs are Paragraph::index; quote and
// number offsets are converted from UTF-16 to Unicode code points of the paragraph text.

#include "core/model/storyanalysis.h"

#include <QJsonObject>

namespace Synoptic::Core {

class AnalysisJson
{
public:
    static constexpr int schemaVersion = 1;

    [[nodiscard]] static QJsonObject toJson(const StoryAnalysis &analysis);
    [[nodiscard]] static QByteArray toBytes(const StoryAnalysis &analysis); // indented UTF-8
    // Code points in text[0, utf16Offset): what JSON readers in other languages count.
    [[nodiscard]] static qsizetype codePointOffset(const QString &text, qsizetype utf16Offset);
};

} // namespace Synoptic::Core
