// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window's menus and actions (File, Edit, View, Go, Help): what each does lives in
// mainwindow.cpp; here they are made, named, given shortcuts and put in their menus.

#include "ui/mainwindow.h"

#include "ui/aboutdialog.h"
#include "ui/comparisonview.h"
#include "ui/handbookwindow.h"
#include "ui/models/outletmodel.h"
#include "ui/panels/searchpanel.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace Synoptic::Ui {

namespace {
// The platform's standard key where it has one (some platform themes leave e.g. Quit
// empty), otherwise the KDE default.
QList<QKeySequence> standardShortcut(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}
const auto s_boilerplateKey = QStringLiteral("view/showBoilerplate");
const auto s_wordDiffKey = QStringLiteral("view/wordDifferences");
} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open-folder")), tr("&Open Folder…"),
                                    this, &MainWindow::chooseFolder);
    open->setObjectName(QStringLiteral("actionOpenFolder"));
    open->setShortcuts(standardShortcut(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    m_recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuOpenRecent"));
    QAction *demo = file->addAction(tr("Open &Demo Story"), this, &MainWindow::openDemoStory);
    demo->setObjectName(QStringLiteral("actionOpenDemo"));
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    file->addSeparator();
    QAction *exportPdf = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Comparison PDF…"), this,
                                         &MainWindow::exportComparison);
    exportPdf->setObjectName(QStringLiteral("actionExportPdf"));
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_readerActions.append(exportPdf);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(standardShortcut(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    // The stack names the edit: "Undo Rename “A” to “B”".
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcuts(standardShortcut(QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z)));
    edit->addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts(standardShortcut(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *boilerplate = view->addAction(tr("Show &Boilerplate"));
    boilerplate->setObjectName(QStringLiteral("actionShowBoilerplate"));
    boilerplate->setCheckable(true);
    boilerplate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    boilerplate->setChecked(m_settings.value(s_boilerplateKey, false).toBool());
    m_view->setShowBoilerplate(boilerplate->isChecked());
    connect(boilerplate, &QAction::toggled, this, [this](bool on) {
        m_view->setShowBoilerplate(on);
        m_settings.setValue(s_boilerplateKey, on);
    });
    QAction *diff = view->addAction(tr("&Word Differences Against Base"));
    diff->setObjectName(QStringLiteral("actionWordDifferences"));
    diff->setCheckable(true);
    diff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    diff->setChecked(m_settings.value(s_wordDiffKey, false).toBool());
    m_view->setShowWordDiff(diff->isChecked());
    connect(diff, &QAction::toggled, this, [this](bool on) {
        m_view->setShowWordDiff(on);
        m_settings.setValue(s_wordDiffKey, on);
    });
    QAction *families = view->addAction(tr("&Collapse Syndication Families"));
    families->setObjectName(QStringLiteral("actionCollapseFamilies"));
    families->setCheckable(true);
    families->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    families->setToolTip(tr("Show one column per family of syndicated copies: its likely original"));
    connect(families, &QAction::toggled, this, [this](bool collapse) {
        for (const Core::Family &family : std::as_const(m_analysis.families)) {
            const int keep = family.source >= 0 ? family.source : (family.articles.isEmpty() ? -1 : family.articles.first());
            for (int article : family.articles) {
                if (article != keep)
                    m_outletModel->setVisible(article, !collapse);
            }
        }
    });
    m_readerActions.append(families);
    QAction *resetColumns = view->addAction(tr("&Reset Columns"));
    resetColumns->setObjectName(QStringLiteral("actionResetColumns"));
    resetColumns->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    resetColumns->setToolTip(tr("Show every outlet again, in article order, at automatic widths"));
    connect(resetColumns, &QAction::triggered, this, [this, families] {
        families->setChecked(false);
        m_outletModel->resetColumns();
    });
    m_readerActions.append(resetColumns);
    view->addSeparator();
    createThemeMenu(view);
    m_panelsMenu = view->addMenu(tr("&Panels"));
    m_panelsMenu->setObjectName(QStringLiteral("menuPanels"));
    const QList<QKeySequence> panelKeys = {Qt::ALT | Qt::Key_1, Qt::ALT | Qt::Key_2, Qt::ALT | Qt::Key_3,
                                           Qt::ALT | Qt::Key_4, Qt::ALT | Qt::Key_5, Qt::ALT | Qt::Key_6};
    for (int i = 0; i < m_docks.size(); ++i) {
        QAction *toggle = m_docks[i]->toggleViewAction();
        toggle->setShortcut(panelKeys.value(i));
        m_panelsMenu->addAction(toggle);
    }
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(standardShortcut(QKeySequence::FullScreen, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("menuGo"));
    const auto addGo = [this, go](const QString &text, const QString &name, const QKeySequence &key, auto function) {
        QAction *action = go->addAction(text, this, [this, function] {
            if (!function())
                statusBar()->showMessage(tr("Nothing further in that direction"), 2500);
        });
        action->setObjectName(name);
        action->setShortcut(key);
        m_readerActions.append(action);
        return action;
    };
    addGo(tr("&Next Difference"), QStringLiteral("actionNextDifference"), QKeySequence(Qt::ALT | Qt::Key_Down),
          [this] { return m_view->nextDifference(1); });
    addGo(tr("&Previous Difference"), QStringLiteral("actionPreviousDifference"), QKeySequence(Qt::ALT | Qt::Key_Up),
          [this] { return m_view->nextDifference(-1); });
    go->addSeparator();
    addGo(tr("Next &Disputed Number"), QStringLiteral("actionNextDisputed"), QKeySequence(Qt::ALT | Qt::Key_N),
          [this] { return m_view->nextDisputedNumber(1); });
    addGo(tr("Previous Disputed N&umber"), QStringLiteral("actionPreviousDisputed"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_N),
          [this] { return m_view->nextDisputedNumber(-1); });
    addGo(tr("Next &Shared Quote"), QStringLiteral("actionNextQuote"), QKeySequence(Qt::ALT | Qt::Key_Q),
          [this] { return m_view->nextSharedQuote(1); });
    addGo(tr("Previous Shared &Quote"), QStringLiteral("actionPreviousQuote"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Q),
          [this] { return m_view->nextSharedQuote(-1); });
    go->addSeparator();
    QAction *find = go->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search…"), this, [this] {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("searchDock"))) {
            dock->show();
            dock->raise();
        }
        m_searchPanel->focusQuery();
    });
    find->setObjectName(QStringLiteral("actionSearch"));
    find->setShortcuts(standardShortcut(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    m_readerActions.append(find);

    createHelpMenu();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *handbook = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("Synoptic &Handbook"), this,
                                        &MainWindow::showHandbook);
    handbook->setObjectName(QStringLiteral("actionHandbook"));
    handbook->setShortcuts(standardShortcut(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    help->addSeparator();
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Synoptic"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createThemeMenu(QMenu *view)
{
    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("menuTheme"));
    m_themeGroup = new QActionGroup(this);
    QAction *system = themes->addAction(tr("Follow &System Colours"));
    system->setObjectName(QStringLiteral("actionThemeSystem"));
    system->setCheckable(true);
    system->setData(QString());
    m_themeGroup->addAction(system);
    themes->addSeparator();
    for (const KSyntaxHighlighting::Theme &theme : m_repository->themes()) {
        QAction *action = themes->addAction(theme.translatedName());
        action->setCheckable(true);
        action->setData(theme.name());
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) { setThemeName(action->data().toString()); });
}

} // namespace Synoptic::Ui
