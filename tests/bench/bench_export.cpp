// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// PDF export speed and memory: `bench_export fixture` (the five-outlet test story),
// `bench_export large OUTLETS ROWS` (a generated report fixture) or `bench_export folder DIR`
// (a story folder end to end through the analyzer: resources/demo, the seed corpus, or a folder
// written by `align_eval --write-story 100 DIR`). Prints pages, time, pages per second and the
// process's peak resident memory. Run each case in its own process so the peak is its own.

#include "core/analysis/storyanalyzer.h"
#include "core/report/reportbuilder.h"
#include "tests/ui/reportfixture.h"
#include "ui/report/htmlreportwriter.h"
#include "ui/report/pdfreportwriter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Synoptic;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    Core::StoryAnalysis story;
    QString name;
    QTemporaryDir dir;
    qint64 analyzeMs = -1;
    if (args.value(1) == u"folder") {
        QElapsedTimer analyzeTimer;
        analyzeTimer.start();
        const Core::AnalyzeOutcome outcome
            = Core::StoryAnalyzer(dir.filePath(QStringLiteral("library.sqlite"))).analyze(args.value(2));
        analyzeMs = analyzeTimer.elapsed();
        if (!outcome.ok) {
            out << "analysis failed: " << outcome.error << '\n';
            return 1;
        }
        story = outcome.analysis;
        name = QStringLiteral("%1 (%2 articles)").arg(args.value(2)).arg(story.articles.size());
    } else if (args.value(1) == u"large") {
        const int outlets = args.value(2, QStringLiteral("100")).toInt();
        const int rows = args.value(3, QStringLiteral("40")).toInt();
        story = Tests::largeReportFixture(outlets, rows);
        name = QStringLiteral("large %1 outlets x %2 rows").arg(outlets).arg(rows);
    } else {
        story = Tests::reportFixture();
        name = QStringLiteral("fixture (5 outlets)");
    }
    QElapsedTimer timer;
    timer.start();
    const Core::ReportModel model = Core::ReportBuilder().build(story);
    const qint64 modelMs = timer.elapsed();
    const Ui::PdfExportResult result = Ui::PdfReportWriter(model).write(dir.filePath(QStringLiteral("bench.pdf")));
    const qint64 pdfMs = timer.elapsed() - modelMs;
    QString htmlError;
    timer.restart();
    Ui::HtmlReportWriter(model).write(dir.filePath(QStringLiteral("bench.html")), &htmlError);
    const qint64 htmlMs = timer.elapsed();
    if (!result.ok) {
        out << "export failed: " << result.error << '\n';
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << name << ": " << result.pages << " pages; ";
    if (analyzeMs >= 0)
        out << "analysis (import, align, quotes, numbers) " << analyzeMs << " ms; ";
    out << "model " << modelMs << " ms; PDF " << pdfMs << " ms ("
        << QString::number(result.pages * 1000.0 / std::max<qint64>(1, pdfMs), 'f', 1) << " pages/s); HTML " << htmlMs
        << " ms; peak RSS " << usage.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
