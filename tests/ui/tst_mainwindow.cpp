// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on the offscreen platform: it shows, offers the start page, and its actions
// carry the standard shortcuts; Export needs an open story and opens the Export dialog; search
// and outlet renames go through the library.

#include "readerfixture.h"
#include "core/analysis/demostory.h"
#include "core/analysis/storyanalyzer.h"
#include "core/store/library.h"
#include "ui/mainwindow.h"
#include "ui/models/outletmodel.h"
#include "ui/models/searchresultmodel.h"
#include "ui/models/spellingvariantmodel.h"
#include "ui/report/exportdialog.h"

#include <QAction>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using Synoptic::Ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynopticTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void showsStartPage()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("library.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("startPage"));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openFolderButton")));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openDemoButton")));
        QCOMPARE(window.menuBar()->actions().size(), 5); // File, Edit, View, Go, Help
    }

    void standardShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence::StandardKey>("standardKey");
        QTest::addColumn<QKeySequence>("fallback"); // when the platform theme has no binding
        QTest::newRow("open folder") << "actionOpenFolder" << QKeySequence::Open << QKeySequence(Qt::CTRL | Qt::Key_O);
        QTest::newRow("quit") << "actionQuit" << QKeySequence::Quit << QKeySequence(Qt::CTRL | Qt::Key_Q);
        QTest::newRow("full screen") << "actionFullScreen" << QKeySequence::FullScreen
                                     << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    }

    void standardShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence::StandardKey, standardKey);
        QFETCH(QKeySequence, fallback);
        const QList<QKeySequence> platform = QKeySequence::keyBindings(standardKey);
        const QKeySequence shortcut = platform.isEmpty() ? fallback : platform.first();
        MainWindow window(m_dir.filePath(QStringLiteral("library.sqlite")));
        auto *found = window.findChild<QAction *>(action);
        QVERIFY2(found, qPrintable(action));
        QVERIFY2(found->shortcuts().contains(shortcut), qPrintable(found->shortcut().toString()));
    }

    // Shortcuts the platform does not define: KDE's conventions, fixed.
    void fixedShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("export pdf") << "actionExportPdf" << QKeySequence(Qt::CTRL | Qt::Key_E);
        QTest::newRow("open demo") << "actionOpenDemo" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    }

    void fixedShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        MainWindow window(m_dir.filePath(QStringLiteral("library.sqlite")));
        auto *found = window.findChild<QAction *>(action);
        QVERIFY2(found, qPrintable(action));
        QCOMPARE(found->shortcut(), shortcut);
    }

    void exportNeedsAnOpenStory()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("library.sqlite")));
        auto *exportPdf = window.findChild<QAction *>(QStringLiteral("actionExportPdf"));
        QVERIFY(exportPdf);
        QVERIFY(!exportPdf->isEnabled());
        window.showAnalysis(Synoptic::Tests::readerFixture());
        QVERIFY(exportPdf->isEnabled());
        exportPdf->trigger();
        auto *dialog = window.findChild<Synoptic::Ui::ExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        dialog->close();
    }

    // The real analyzer on the demo story: search goes through the library's FTS5 index and an
    // outlet rename is stored there, so re-opening the story shows the new name.
    void demoStorySearchAndRenameUseTheLibrary()
    {
        const QString folder = Synoptic::Core::demoStoryFolder();
        if (folder.isEmpty())
            QSKIP("the demo story is not available");
        const QString libraryPath = m_dir.filePath(QStringLiteral("demo-library.sqlite"));
        MainWindow window(libraryPath);
        QSignalSpy opened(&window, &MainWindow::storyOpened);
        window.openStory(folder);
        QVERIFY(opened.wait(60000));

        auto *search = window.findChild<Synoptic::Ui::SearchResultModel *>();
        QVERIFY(search);
        search->search(QStringLiteral("terminal"));
        QVERIFY(search->rowCount() > 0);
        const Synoptic::Ui::SearchHit hit = search->hit(0);
        const Synoptic::Core::Article &article = window.analysis().articles.at(hit.article);
        const auto paragraph = std::find_if(article.paragraphs.cbegin(), article.paragraphs.cend(),
                                            [&hit](const Synoptic::Core::Paragraph &p) { return p.index == hit.paragraph; });
        QVERIFY(paragraph != article.paragraphs.cend());
        QCOMPARE(paragraph->text.mid(hit.start, hit.length).toCaseFolded(), QStringLiteral("terminal"));

        QSignalSpy renamed(&window, &MainWindow::outletRenamed);
        const QString file = article.file;
        window.outletModel()->rename(hit.article, QStringLiteral("Renamed Outlet"));
        QCOMPARE(renamed.size(), 1);
        const Synoptic::Core::AnalyzeOutcome again = Synoptic::Core::StoryAnalyzer(libraryPath).analyze(folder);
        QVERIFY(again.ok);
        const auto stored = std::find_if(again.analysis.articles.cbegin(), again.analysis.articles.cend(),
                                         [&file](const Synoptic::Core::Article &a) { return a.file == file; });
        QVERIFY(stored != again.analysis.articles.cend());
        QCOMPARE(stored->outlet, QStringLiteral("Renamed Outlet"));
    }

    // Unticking a spelling variant in the Spellings panel stores the verdict in the library and
    // re-analyses the story, which then reports the variant as kept apart.
    void spellingVerdictReanalyses()
    {
        using State = Synoptic::Core::SpellingVariant::State;
        const QString folder = Synoptic::Core::demoStoryFolder();
        if (folder.isEmpty())
            QSKIP("the demo story is not available");
        const QString libraryPath = m_dir.filePath(QStringLiteral("spellings-library.sqlite"));
        MainWindow window(libraryPath);
        QSignalSpy opened(&window, &MainWindow::storyOpened);
        window.openStory(folder);
        QVERIFY(opened.wait(60000));
        auto *view = window.findChild<QListView *>(QStringLiteral("spellingsView"));
        QVERIFY(view);
        QVERIFY(view->model()->rowCount() > 0);
        const QStringList forms = view->model()->index(0, 0).data(Synoptic::Ui::SpellingVariantModel::FormsRole).toStringList();
        QVERIFY(forms.size() >= 2);
        QVERIFY(view->model()->setData(view->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(opened.wait(60000));
        const auto variant = std::find_if(window.analysis().variants.cbegin(), window.analysis().variants.cend(),
                                          [&forms](const Synoptic::Core::SpellingVariant &v) { return v.forms.contains(forms.front()); });
        QVERIFY(variant != window.analysis().variants.cend());
        QCOMPARE(variant->state, State::Rejected);
        QCOMPARE(view->model()->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(Synoptic::Core::Library(libraryPath).variantDecisions(folder).size(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
