// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The report's tables as CSV (RFC 4180: UTF-8, comma, CRLF, fields quoted when needed):
// quotes.csv, numbers.csv and alignment.csv, limited to the report's outlets. Offsets are
// code points into the paragraph text, like the JSON output.

#include "core/report/reportmodel.h"

#include <QByteArray>

namespace Synoptic::Core {

class CsvWriter
{
public:
    CsvWriter(const StoryAnalysis &analysis, const ReportModel &model);

    [[nodiscard]] QByteArray quotes() const;
    [[nodiscard]] QByteArray numbers() const;
    [[nodiscard]] QByteArray alignment() const;

    // Writes the three files into `directory` (created when missing). On failure returns
    // false and sets `error` to a sentence naming the file and the reason.
    bool writeAll(const QString &directory, QString *error) const;

    static QString field(const QString &value); // quoted when it holds , " CR or LF

private:
    const StoryAnalysis &m_analysis;
    const ReportModel &m_model;
};

} // namespace Synoptic::Core
