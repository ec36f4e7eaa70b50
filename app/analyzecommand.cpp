// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `synoptic analyze FOLDER [--json FILE|-] [--library FILE]`: imports (or re-opens) a story
// folder and writes the analysis JSON (core/analysis/README.md). Exit codes: 0 success,
// 1 failure, 2 usage error, 3 nothing importable. Skipped files and problems go to stderr.

#include "app/commandline.h"

#include "core/analysis/analysisjson.h"
#include "core/analysis/storyanalyzer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Synoptic::App {

int runAnalyzeCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import a folder of articles and write the analysis as JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption jsonOption(u"json"_s, u"Write the analysis JSON to FILE ('-' for standard output, the default)."_s,
                                        u"FILE"_s);
    const QCommandLineOption libraryOption(u"library"_s, u"Use this library database instead of the default (%1)."_s
                                                             .arg(QDir::toNativeSeparators(Core::StoryAnalyzer::defaultLibraryPath())),
                                           u"FILE"_s);
    parser.addOption(jsonOption);
    parser.addOption(libraryOption);
    parser.addPositionalArgument(u"folder"_s, u"The story folder."_s);
    if (!parser.parse(arguments)) {
        err << "synoptic analyze: " << parser.errorText() << "\n" << parser.helpText();
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "synoptic analyze: expected exactly one FOLDER\n" << parser.helpText();
        return UsageError;
    }
    const QString folder = positional.first();
    if (!QFileInfo(folder).isDir()) {
        err << "synoptic analyze: " << QDir::toNativeSeparators(folder) << ": not a folder\n";
        return UsageError;
    }
    const QString jsonPath = parser.isSet(jsonOption) ? parser.value(jsonOption) : u"-"_s;

    const Core::StoryAnalyzer analyzer(parser.value(libraryOption));
    const Core::AnalyzeOutcome outcome = analyzer.analyze(folder);
    for (const Core::SkippedFile &skipped : outcome.analysis.skipped)
        err << "skipped " << skipped.file << ": " << skipped.reason << "\n";
    for (const Core::SkippedFile &problem : outcome.problems)
        err << "warning " << problem.file << ": " << problem.reason << "\n";
    if (!outcome.ok) {
        err << "synoptic analyze: " << outcome.error << "\n";
        return outcome.nothingImportable ? NothingImportable : Failure;
    }

    // Streamed: the document (7 MB for 500 articles) is never held in memory as a whole.
    if (jsonPath == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !Core::AnalysisJson::write(outcome.analysis, &out)
            || !out.flush()) {
            err << "synoptic analyze: cannot write to standard output\n";
            return Failure;
        }
        return Success;
    }
    // A device, pipe or socket (/dev/null, /dev/stdout, a FIFO) is written directly: the atomic
    // rename below cannot replace it, and a reader of a stream never sees a half file anyway.
    const QFileInfo target(jsonPath);
    if (target.exists() && !target.isFile() && !target.isDir()) {
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly) || !Core::AnalysisJson::write(outcome.analysis, &out) || !out.flush()) {
            err << "synoptic analyze: cannot write " << QDir::toNativeSeparators(jsonPath) << ": " << out.errorString() << "\n";
            return Failure;
        }
        return Success;
    }
    // A file is written to a temporary file and renamed: readers never see half a JSON file.
    QSaveFile out(jsonPath);
    if (!out.open(QIODevice::WriteOnly) || !Core::AnalysisJson::write(outcome.analysis, &out) || !out.commit()) {
        err << "synoptic analyze: cannot write " << QDir::toNativeSeparators(jsonPath) << ": " << out.errorString() << "\n";
        return Failure;
    }
    return Success;
}

} // namespace Synoptic::App
