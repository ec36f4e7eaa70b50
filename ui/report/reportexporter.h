// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The export job behind File > Export Comparison PDF and `synoptic export`: builds the report
// model from a StoryAnalysis and writes the PDF, and optionally HTML and CSV. Runs on a worker
// thread with QPromise progress (0..100) and honours cancel; the CLI calls it synchronously.

#include "core/report/reportoptions.h"
#include "core/model/storyanalysis.h"

#include <QPromise>
#include <QStringList>

#include <functional>

namespace Synoptic::Ui {

struct ExportOptions {
    Core::ReportOptions report;
    QString pdfPath; // empty: no PDF
    QString htmlPath; // empty: no HTML
    QString csvDirectory; // empty: no CSV
    QString author; // PDF author (XMP); empty = "Synoptic"
};

struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    int pages = 0;
    QStringList written; // files written, in order
    QString error; // when !ok and !cancelled
};

class ReportExporter
{
public:
    explicit ReportExporter(Core::StoryAnalysis analysis);

    // For QtConcurrent::run: reports progress on the promise and adds one ExportResult.
    void run(const ExportOptions &options, QPromise<ExportResult> &promise) const;
    [[nodiscard]] ExportResult run(const ExportOptions &options, const std::function<void(int, const QString &)> &progress = {},
                                   const std::function<bool()> &cancelled = {}) const;

private:
    Core::StoryAnalysis m_analysis;
};

} // namespace Synoptic::Ui
Q_DECLARE_METATYPE(Synoptic::Ui::ExportResult)
