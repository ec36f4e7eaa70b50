// The main window on the offscreen platform: it shows, offers the start page, and its actions
// carry the standard shortcuts.

#include "ui/mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(window.menuBar()->actions().size(), 4); // File, View, Go, Help
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

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
