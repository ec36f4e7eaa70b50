// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `synoptic export FOLDER --pdf OUT.pdf [--html OUT.html] [--csv DIR] [--outlets A,B]
//  [--base OUTLET] [--library FILE] [--author NAME]`: analyse a folder and write the report.

#include "app/commandline.h"

#include "core/analysis/storyanalyzer.h"
#include "core/report/reportoptions.h"
#include "ui/report/reportexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace Synoptic::App {

namespace {
QString available(const Core::StoryAnalysis &analysis)
{
    QStringList names;
    for (const Core::Article &a : analysis.articles)
        names.append(Core::outletName(a));
    return names.join(QStringLiteral(", "));
}
} // namespace

int runExportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import a folder of articles and export the comparison report "
                                                    "(PDF, HTML, CSV). Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The story folder."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("Write the PDF report to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), QStringLiteral("Write a self-contained HTML report to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write quotes.csv, numbers.csv and alignment.csv into DIR."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption outlets(QStringLiteral("outlets"),
                                     QStringLiteral("Only these outlets (comma-separated names or file names)."),
                                     QStringLiteral("A,B"));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("Compare against this outlet."), QStringLiteral("OUTLET"));
    const QCommandLineOption library(QStringLiteral("library"), QStringLiteral("Use this library database instead of the default."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("Author named in the PDF's metadata."),
                                    QStringLiteral("NAME"));
    parser.addOptions({pdf, html, csv, outlets, base, library, author});
    if (!parser.parse(arguments)) {
        err << "synoptic export: " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "synoptic export: expected one story folder\n";
        return UsageError;
    }
    if (!parser.isSet(pdf) && !parser.isSet(html) && !parser.isSet(csv)) {
        err << "synoptic export: say where to write: --pdf FILE, --html FILE and/or --csv DIR\n";
        return UsageError;
    }
    const QString folder = positional.first();
    if (!QDir(folder).exists()) {
        err << "synoptic export: " << QDir::toNativeSeparators(folder) << ": no such folder\n";
        return UsageError;
    }

    const Core::AnalyzeOutcome outcome = Core::StoryAnalyzer(parser.value(library)).analyze(QDir(folder).absolutePath());
    if (!outcome.ok) {
        err << "synoptic export: " << outcome.error << '\n';
        return Failure;
    }
    const Core::StoryAnalysis &analysis = outcome.analysis;
    if (analysis.articles.isEmpty()) {
        err << "synoptic export: " << QDir::toNativeSeparators(folder) << ": no importable articles\n";
        return NothingImportable;
    }

    Ui::ExportOptions options;
    if (parser.isSet(outlets)) {
        const Core::OutletSelection selection = Core::selectOutlets(analysis, parser.value(outlets).split(u','));
        if (!selection.unknown.isEmpty() || selection.articles.isEmpty()) {
            err << "synoptic export: unknown outlet(s): " << selection.unknown.join(QStringLiteral(", "))
                << "\n  available: " << available(analysis) << '\n';
            return UsageError;
        }
        options.report.articles = selection.articles;
    }
    if (parser.isSet(base)) {
        options.report.baseArticle = Core::findOutlet(analysis, parser.value(base));
        if (options.report.baseArticle < 0) {
            err << "synoptic export: unknown base outlet: " << parser.value(base) << "\n  available: " << available(analysis) << '\n';
            return UsageError;
        }
        if (!options.report.articles.isEmpty() && !options.report.articles.contains(options.report.baseArticle))
            options.report.articles.append(options.report.baseArticle);
    }
    options.pdfPath = parser.value(pdf);
    options.htmlPath = parser.value(html);
    options.csvDirectory = parser.value(csv);
    options.author = parser.value(author);

    const Ui::ExportResult result = Ui::ReportExporter(analysis).run(options);
    if (!result.ok) {
        err << "synoptic export: " << result.error << '\n';
        return Failure;
    }
    for (const QString &file : result.written)
        out << QDir::toNativeSeparators(file) << '\n';
    if (result.pages > 0)
        err << "synoptic export: " << result.pages << " PDF pages\n";
    return Success;
}

} // namespace Synoptic::App
