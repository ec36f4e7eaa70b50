// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Edit ▸ Undo/Redo on the demo story with a real library: each kind of edit (an outlet's name,
// the base outlet, a spelling verdict) is taken back and made again, in the window and in the library, by the
// Edit menu's actions; the list of edits is dropped when another story is shown.

#include "readerfixture.h"
#include "core/analysis/demostory.h"
#include "core/analysis/storyanalyzer.h"
#include "core/store/library.h"
#include "ui/mainwindow.h"
#include "ui/models/outletmodel.h"
#include "ui/models/spellingvariantmodel.h"

#include <QAction>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using Synoptic::Ui::MainWindow;
using State = Synoptic::Core::SpellingVariant::State;

namespace {
QString storedOutlet(const QString &libraryPath, const QString &folder, const QString &file)
{
    const Synoptic::Core::AnalyzeOutcome outcome = Synoptic::Core::StoryAnalyzer(libraryPath).analyze(folder);
    for (const Synoptic::Core::Article &article : outcome.analysis.articles) {
        if (article.file == file)
            return article.outlet;
    }
    return {};
}

State shownState(const MainWindow &window, const QString &form)
{
    for (const Synoptic::Core::SpellingVariant &variant : window.analysis().variants) {
        if (variant.forms.contains(form))
            return variant.state;
    }
    return State::Detected;
}
} // namespace

class TestUndo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynopticTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_undo"));
        if (Synoptic::Core::demoStoryFolder().isEmpty())
            QSKIP("the demo story is not available");
    }

    void editMenuHasStandardShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence::StandardKey>("key");
        QTest::newRow("undo") << "actionUndo" << QKeySequence::Undo;
        QTest::newRow("redo") << "actionRedo" << QKeySequence::Redo;
    }

    void editMenuHasStandardShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence::StandardKey, key);
        MainWindow window(m_dir.filePath(QStringLiteral("shortcuts.sqlite")));
        auto *found = window.findChild<QAction *>(action);
        QVERIFY(found);
        QVERIFY(!found->isEnabled()); // nothing to undo yet
        const QList<QKeySequence> platform = QKeySequence::keyBindings(key);
        if (!platform.isEmpty())
            QCOMPARE(found->shortcuts(), platform);
        else
            QVERIFY(!found->shortcut().isEmpty());
    }

    void renameIsUndoneAndRedone()
    {
        const QString folder = Synoptic::Core::demoStoryFolder();
        const QString libraryPath = m_dir.filePath(QStringLiteral("rename.sqlite"));
        MainWindow window(libraryPath);
        QSignalSpy opened(&window, &MainWindow::storyOpened);
        window.openStory(folder);
        QVERIFY(opened.wait(60000));
        const int article = 1;
        const QString file = window.analysis().articles.at(article).file;
        const QString before = window.outletModel()->name(article);
        QVERIFY(!before.isEmpty());

        window.outletModel()->rename(article, QStringLiteral("Harbour Gazette"));
        QCOMPARE(window.undoStack()->count(), 1);
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(undo && redo);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("Harbour Gazette")), qPrintable(undo->text()));

        undo->trigger();
        QCOMPARE(window.outletModel()->name(article), before);
        QCOMPARE(window.analysis().articles.at(article).outlet, before);
        QCOMPARE(storedOutlet(libraryPath, folder, file), before);
        QCOMPARE(window.undoStack()->count(), 1); // undoing records nothing new

        redo->trigger();
        QCOMPARE(window.outletModel()->name(article), QStringLiteral("Harbour Gazette"));
        QCOMPARE(storedOutlet(libraryPath, folder, file), QStringLiteral("Harbour Gazette"));
        QVERIFY(!redo->isEnabled());
    }

    void spellingVerdictIsUndoneAndRedone()
    {
        const QString folder = Synoptic::Core::demoStoryFolder();
        const QString libraryPath = m_dir.filePath(QStringLiteral("verdict.sqlite"));
        MainWindow window(libraryPath);
        QSignalSpy opened(&window, &MainWindow::storyOpened);
        window.openStory(folder);
        QVERIFY(opened.wait(60000));
        auto *view = window.findChild<QListView *>(QStringLiteral("spellingsView"));
        QVERIFY(view);
        QVERIFY(view->model()->rowCount() > 0);
        const QStringList forms = view->model()->index(0, 0).data(Synoptic::Ui::SpellingVariantModel::FormsRole).toStringList();
        QVERIFY(forms.size() >= 2);
        QCOMPARE(shownState(window, forms.front()), State::Detected);

        QVERIFY(view->model()->setData(view->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(opened.wait(60000));
        QCOMPARE(shownState(window, forms.front()), State::Rejected);
        QCOMPARE(window.undoStack()->count(), 1);

        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(opened.wait(60000));
        QCOMPARE(shownState(window, forms.front()), State::Detected);
        QCOMPARE(Synoptic::Core::Library(libraryPath).variantDecisions(folder).size(), 0);
        QCOMPARE(window.undoStack()->count(), 1); // the re-analysis kept the list of edits

        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QVERIFY(opened.wait(60000));
        QCOMPARE(shownState(window, forms.front()), State::Rejected);
        QCOMPARE(Synoptic::Core::Library(libraryPath).variantDecisions(folder).size(), 1);
    }

    void baseOutletIsUndoneAndRedone()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("base.sqlite")));
        QSignalSpy opened(&window, &MainWindow::storyOpened);
        window.openStory(Synoptic::Core::demoStoryFolder());
        QVERIFY(opened.wait(60000));
        QCOMPARE(window.undoStack()->count(), 0); // opening a story is no edit
        const int before = window.outletModel()->baseOutlet();
        const int after = before == 2 ? 3 : 2;
        window.outletModel()->setBaseOutlet(after);
        QCOMPARE(window.undoStack()->count(), 1);
        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(window.outletModel()->baseOutlet(), before);
        window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(window.outletModel()->baseOutlet(), after);
        QCOMPARE(window.undoStack()->count(), 1);

        // Opened again, the story keeps the chosen base without recording an edit.
        MainWindow again(m_dir.filePath(QStringLiteral("base.sqlite")));
        QSignalSpy reopened(&again, &MainWindow::storyOpened);
        again.openStory(Synoptic::Core::demoStoryFolder());
        QVERIFY(reopened.wait(60000));
        QCOMPARE(again.outletModel()->baseOutlet(), after);
        QCOMPARE(again.undoStack()->count(), 0);
    }

    void anotherStoryClearsTheEdits()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("clear.sqlite")));
        QSignalSpy opened(&window, &MainWindow::storyOpened);
        window.openStory(Synoptic::Core::demoStoryFolder());
        QVERIFY(opened.wait(60000));
        window.outletModel()->rename(0, QStringLiteral("Another Name"));
        QCOMPARE(window.undoStack()->count(), 1);
        window.showAnalysis(Synoptic::Tests::readerFixture());
        QCOMPARE(window.undoStack()->count(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
