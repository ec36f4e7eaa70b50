// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/report/reportexporter.h"

#include "core/report/csvwriter.h"
#include "core/report/reportbuilder.h"
#include "ui/report/htmlreportwriter.h"
#include "ui/report/pdfreportwriter.h"

namespace Synoptic::Ui {

ReportExporter::ReportExporter(Core::StoryAnalysis analysis)
    : m_analysis(std::move(analysis))
{
}

void ReportExporter::run(const ExportOptions &options, QPromise<ExportResult> &promise) const
{
    promise.setProgressRange(0, 100);
    const ExportResult result = run(
        options, [&promise](int percent, const QString &stage) { promise.setProgressValueAndText(percent, stage); },
        [&promise]() { return promise.isCanceled(); });
    promise.addResult(result);
}

ExportResult ReportExporter::run(const ExportOptions &options, const std::function<void(int, const QString &)> &progress,
                                 const std::function<bool()> &cancelled) const
{
    ExportResult result;
    auto report = [&progress](int percent, const QString &stage) {
        if (progress)
            progress(percent, stage);
    };
    auto stop = [&]() {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return true;
        }
        return false;
    };
    if (options.pdfPath.isEmpty() && options.htmlPath.isEmpty() && options.csvDirectory.isEmpty()) {
        result.error = QStringLiteral("Nothing to export: choose a PDF, HTML or CSV destination.");
        return result;
    }
    report(0, QStringLiteral("Preparing the report"));
    const Core::ReportModel model = Core::ReportBuilder(options.report).build(m_analysis);
    if (stop())
        return result;

    // The PDF takes most of the time; HTML and CSV are quick.
    const int pdfShare = options.pdfPath.isEmpty() ? 0 : 90;
    if (!options.pdfPath.isEmpty()) {
        PdfReportWriter pdf(model);
        pdf.setAuthor(options.author);
        const PdfExportResult written = pdf.write(
            options.pdfPath, [&](int percent) { report(2 + percent * (pdfShare - 2) / 100, QStringLiteral("Laying out the PDF")); },
            cancelled);
        if (!written.ok) {
            result.cancelled = written.cancelled;
            result.error = written.error;
            return result;
        }
        result.pages = written.pages;
        result.written.append(options.pdfPath);
    }
    if (stop())
        return result;
    if (!options.htmlPath.isEmpty()) {
        report(pdfShare + 2, QStringLiteral("Writing HTML"));
        if (!HtmlReportWriter(model).write(options.htmlPath, &result.error))
            return result;
        result.written.append(options.htmlPath);
    }
    if (stop())
        return result;
    if (!options.csvDirectory.isEmpty()) {
        report(pdfShare + 6, QStringLiteral("Writing CSV tables"));
        if (!Core::CsvWriter(m_analysis, model).writeAll(options.csvDirectory, &result.error))
            return result;
        for (const char *name : {"quotes.csv", "numbers.csv", "alignment.csv"})
            result.written.append(options.csvDirectory + u'/' + QLatin1StringView(name));
    }
    report(100, QStringLiteral("Done"));
    result.ok = true;
    return result;
}

} // namespace Synoptic::Ui
