// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// synoptic_release_screenshots OUTDIR [LANG]: the About dialog (each tab), the handbook, and the
// reader on the demo story, in LANG (e.g. "de": the program's translation from the build tree's
// translations/synoptic_LANG.qm and Qt's own), saved as QWidget::grab() PNGs in OUTDIR.
// Run under Xvfb; a tool for looking at the release's UI, not a test.

#include "core/analysis/demostory.h"
#include "ui/aboutdialog.h"
#include "ui/handbookwindow.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

using namespace Synoptic;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SynopticScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("release_screenshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        err << "usage: synoptic_release_screenshots OUTDIR [LANG]\n";
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const QString lang = args.value(2);
    if (!lang.isEmpty()) {
        QLocale::setDefault(QLocale(lang));
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(lang), QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            err << "no Qt translation for " << lang << "\n";
        auto *own = new QTranslator(&app);
        const QString qm = QStringLiteral(SYNOPTIC_BUILD_DIR "/translations/synoptic_%1.qm").arg(lang);
        if (!own->load(qm) || !QCoreApplication::installTranslator(own)) {
            err << "cannot load " << qm << "\n";
            return 1;
        }
    }
    const QString suffix = lang.isEmpty() ? QString() : QStringLiteral("-") + lang;
    const auto save = [&](QWidget *widget, const QString &name) {
        QTest::qWait(200);
        const QString path = out.filePath(name + suffix + QStringLiteral(".png"));
        widget->grab().save(path);
        err << path << "\n";
    };

    Ui::AboutDialog about;
    about.show();
    for (int tab = 0; tab < about.findChild<QTabWidget *>()->count(); ++tab) {
        about.findChild<QTabWidget *>()->setCurrentIndex(tab);
        save(&about, QStringLiteral("about-%1").arg(tab));
    }
    about.hide();

    Ui::HandbookWindow handbook;
    handbook.show();
    save(&handbook, QStringLiteral("handbook"));
    handbook.hide();

    Ui::MainWindow window(out.filePath(QStringLiteral("library.sqlite")));
    window.resize(1280, 800);
    window.show();
    QSignalSpy opened(&window, &Ui::MainWindow::storyOpened);
    window.openStory(Core::demoStoryFolder());
    if (!opened.wait(60000)) {
        err << "the demo story did not open\n";
        return 1;
    }
    save(&window, QStringLiteral("reader"));
    return 0;
}
