#include "ui/mainwindow.h"

#include "core/analysis/demostory.h"
#include "core/analysis/storyanalyzer.h"
#include "ui/startpage.h"
#include "ui/storyview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent>

#include <atomic>

namespace Synoptic::Ui {

namespace {
constexpr int s_maxRecent = 8;

// The platform's standard key where it has one (some platform themes leave e.g. Quit
// empty), otherwise the KDE default.
QList<QKeySequence> standardShortcut(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}
const auto s_recentKey = QStringLiteral("recentStories");
}

MainWindow::MainWindow(QString libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPath(std::move(libraryPath))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Synoptic"));
    setAcceptDrops(true);

    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_stack);
    m_storyView = new StoryView(m_stack);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_storyView);
    setCentralWidget(m_stack);

    connect(m_startPage, &StartPage::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_startPage, &StartPage::openDemoRequested, this, &MainWindow::openDemoStory);
    connect(m_startPage, &StartPage::openRecentRequested, this, &MainWindow::openStory);

    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Opening progress"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelOpeningButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelOpening);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progressLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();

    m_watcher = new QFutureWatcher<Core::AnalyzeOutcome>(this);
    connect(m_watcher, &QFutureWatcher<Core::AnalyzeOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<Core::AnalyzeOutcome>::progressTextChanged, m_progressLabel, &QLabel::setText);
    connect(m_watcher, &QFutureWatcher<Core::AnalyzeOutcome>::finished, this, &MainWindow::finishOpening);

    createActions();
    updateRecentMenu();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    if (m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

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
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(standardShortcut(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(standardShortcut(QKeySequence::FullScreen, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Synoptic"), this, [this] {
        QMessageBox::about(this, tr("About Synoptic"),
                           tr("<h3>Synoptic %1</h3><p>Compare news coverage side by side: aligned paragraphs, "
                              "shared quotes and disputed numbers across outlets.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Story Folder"));
    if (!folder.isEmpty())
        openStory(folder);
}

void MainWindow::openDemoStory()
{
    const QString folder = Core::demoStoryFolder();
    if (folder.isEmpty()) {
        QMessageBox::warning(this, tr("Demo Story Missing"), tr("The demo story is not installed."));
        return;
    }
    openStory(folder);
}

bool MainWindow::isBusy() const
{
    return m_watcher->isRunning();
}

void MainWindow::openStory(const QString &folder)
{
    if (m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
    m_openingFolder = QFileInfo(folder).absoluteFilePath();
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Opening %1…").arg(QFileInfo(folder).fileName()));
    m_progressLabel->show();
    m_progress->show();
    m_cancelButton->show();

    const QString libraryPath = m_libraryPath;
    const QString path = m_openingFolder;
    m_watcher->setFuture(QtConcurrent::run([libraryPath, path](QPromise<Core::AnalyzeOutcome> &promise) {
        promise.setProgressRange(0, 100);
        const Core::StoryAnalyzer analyzer(libraryPath);
        Core::AnalyzeOutcome outcome = analyzer.analyze(
            path,
            [&promise](const Core::AnalyzeProgress &p) { promise.setProgressValueAndText(p.percent, p.stage); },
            [&promise] { return promise.isCanceled(); });
        promise.addResult(std::move(outcome));
    }));
}

void MainWindow::cancelOpening()
{
    if (m_watcher->isRunning())
        m_watcher->cancel();
}

void MainWindow::finishOpening()
{
    m_progressLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();
    if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0) {
        statusBar()->showMessage(tr("Opening cancelled"), 4000);
        return;
    }
    Core::AnalyzeOutcome outcome = m_watcher->result();
    if (outcome.cancelled) {
        statusBar()->showMessage(tr("Opening cancelled"), 4000);
        return;
    }
    if (!outcome.ok) {
        statusBar()->showMessage(outcome.error, 8000);
        Q_EMIT storyFailed(outcome.error);
        QMessageBox::warning(this, tr("Cannot Open Story"), outcome.error);
        return;
    }
    addRecentStory(m_openingFolder);
    showAnalysis(std::move(outcome.analysis));
}

void MainWindow::showAnalysis(Core::StoryAnalysis analysis)
{
    m_analysis = std::move(analysis);
    m_storyView->setAnalysis(m_analysis);
    m_stack->setCurrentWidget(m_storyView);
    setWindowTitle(tr("%1 — Synoptic").arg(m_analysis.title));
    Q_EMIT storyOpened();
}

QStringList MainWindow::recentStories() const
{
    return QSettings().value(s_recentKey).toStringList();
}

void MainWindow::addRecentStory(const QString &folder)
{
    QStringList recent = recentStories();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > s_maxRecent)
        recent.removeLast();
    QSettings().setValue(s_recentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = recentStories();
    m_recentMenu->clear();
    for (const QString &folder : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(folder).fileName(), this, [this, folder] { openStory(folder); });
        action->setToolTip(QDir::toNativeSeparators(folder));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_startPage->setRecentStories(recent);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelOpening();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        openStory(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace Synoptic::Ui
