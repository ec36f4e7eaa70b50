// `synoptic analyze FOLDER [--json FILE|-] [--library FILE]`

#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Synoptic::App {

int runAnalyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import a folder of articles and write the analysis as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The story folder."));
    parser.process(arguments);
    // Not implemented yet (issue: import).
    QTextStream(stderr) << "synoptic analyze: not implemented yet\n";
    return Failure;
}

} // namespace Synoptic::App
