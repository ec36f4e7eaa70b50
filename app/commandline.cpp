#include "app/commandline.h"

#include "core/analysis/demostory.h"
#include "core/version.h"
#include "ui/mainwindow.h"
#include "ui/pdftext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace Synoptic::App {

int runAnalyzeCommand(const QStringList &arguments); // analyzecommand.cpp
int runExportCommand(const QStringList &arguments); // exportcommand.cpp

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Synoptic"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("synoptic.org"));
    QCoreApplication::setApplicationName(QStringLiteral("synoptic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNOPTIC_VERSION_STRING));
}

// Whether a window could open: on X11 and Wayland systems a display must be named, or a
// platform chosen.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

int runWindow(int argc, char **argv)
{
    // Without a display, help and version are still printed; anything else is told why no
    // window opens instead of meeting Qt's platform plugin failure.
    if (!hasDisplay()) {
        if (!asksForTextOnly(argc, argv)) {
            QTextStream(stderr) << "synoptic: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                                   "Without one, use 'synoptic analyze FOLDER' or 'synoptic export FOLDER'; see 'synoptic --help'.\n";
            return Failure;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Synoptic"));
    QApplication::setDesktopFileName(QStringLiteral(SYNOPTIC_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(SYNOPTIC_APP_ID), QIcon(QStringLiteral(":/icons/synoptic.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Compare news coverage of one story across outlets.\n\n"
        "Commands (run 'synoptic COMMAND --help'):\n"
        "  analyze FOLDER   import a folder and write the analysis as JSON\n"
        "  export FOLDER    write the comparison report (--pdf, --html, --csv)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QCoreApplication::translate("main", "Open the bundled demo story."));
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           QCoreApplication::translate("main", "Use this library database instead of the default."),
                                           QStringLiteral("FILE"));
    parser.addOption(demoOption);
    parser.addOption(libraryOption);
    parser.addPositionalArgument(QStringLiteral("folder"), QCoreApplication::translate("main", "A folder of articles to open."),
                                 QStringLiteral("[FOLDER]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("main", "synoptic: expected at most one folder\n");
        return UsageError;
    }

    Ui::MainWindow window(parser.value(libraryOption));
    window.show();
    if (!positional.isEmpty())
        window.openStory(positional.first());
    else if (parser.isSet(demoOption))
        window.openDemoStory();
    return QApplication::exec();
}

} // namespace

int run(int argc, char **argv)
{
    Ui::installPdfTextExtractor(); // PDF import, for the window and the commands alike
    if (argc > 1 && std::strcmp(argv[1], "analyze") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1); // the command word
        return runAnalyzeCommand(arguments);
    }
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        // Headless: the PDF needs fonts, not a screen. Must be set before the app exists.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setApplicationInfo();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1); // the command word
        return runExportCommand(arguments);
    }
    return runWindow(argc, argv);
}

} // namespace Synoptic::App
