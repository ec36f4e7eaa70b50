// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Decides a report's content from a StoryAnalysis and ReportOptions: which outlets, rows,
// quotes and numbers appear, and each coverage cell's state. Pure computation on value types,
// no I/O; call it from any thread.

#include "core/report/reportmodel.h"

#include <functional>
#include <memory>
#include <utility>

namespace Synoptic::Core {

class ReportBuilder
{
public:
    // Word-level differences of `text` against `reference`, as UTF-16 [start, end) spans of `text`.
    // Unset, core/align's WordDiffer is used (ReportOptions::wordDifferences switches it off); a
    // differ set here replaces it (tests, other languages).
    using WordDiffer = std::function<QList<std::pair<qsizetype, qsizetype>>(QStringView reference, QStringView text)>;

    explicit ReportBuilder(ReportOptions options = {});
    void setWordDiffer(WordDiffer differ) { m_wordDiffer = std::move(differ); }

    [[nodiscard]] ReportModel build(const StoryAnalysis &analysis) const;
    [[nodiscard]] const ReportOptions &options() const { return m_options; }

private:
    ReportOptions m_options;
    WordDiffer m_wordDiffer;
};

// "12 April 2025", "12–13 April 2025", "30 March – 2 April 2025"; empty without valid dates.
QString formatDateRange(const QStringList &isoDates);
// A number group member's value for a table: "more than 100", "about 90 (85–95)", "$1.5 million".
QString formatNumberValue(const NumberMention &mention);
// The first words of `text`, at most `maxChars` characters, ending with "…" when cut.
QString leadWords(const QString &text, int maxChars);

} // namespace Synoptic::Core
