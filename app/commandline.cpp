// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

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
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

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

// The user's language: Synoptic's own strings (built in, :/i18n/synoptic_LANG.qm) and Qt's
// (standard buttons, context menus; Debian's qt6-translations-l10n). English needs neither.
void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("synoptic"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
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
    installTranslators(app);
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
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QCoreApplication::translate("main", "Folders of articles to open, one window each."),
                                 QStringLiteral("[FOLDER...]"));
    parser.process(app);

    // One window per folder (a desktop's "Open With" passes every selected folder at once).
    // They open one after the other: each analysis writes to the same library.
    const QStringList folders = parser.positionalArguments();
    std::vector<std::unique_ptr<Ui::MainWindow>> windows;
    for (qsizetype i = 0; i < std::max<qsizetype>(1, folders.size()); ++i) {
        windows.push_back(std::make_unique<Ui::MainWindow>(parser.value(libraryOption)));
        windows.back()->show();
    }
    for (size_t i = 0; i + 1 < windows.size(); ++i) {
        Ui::MainWindow *next = windows[i + 1].get();
        const QString folder = folders.at(qsizetype(i + 1));
        QObject::connect(windows[i].get(), &Ui::MainWindow::openingFinished, next, [next, folder] { next->openStory(folder); },
                         Qt::SingleShotConnection);
    }
    if (!folders.isEmpty())
        windows.front()->openStory(folders.first());
    else if (parser.isSet(demoOption))
        windows.front()->openDemoStory();
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
        installTranslators(app);
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1); // the command word
        return runExportCommand(arguments);
    }
    return runWindow(argc, argv);
}

} // namespace Synoptic::App
