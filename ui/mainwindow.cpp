// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/mainwindow.h"

#include "core/analysis/demostory.h"
#include "core/analysis/storyanalyzer.h"
#include "ui/comparisongrid.h"
#include "ui/comparisonview.h"
#include "ui/editcommand.h"
#include "ui/handbookwindow.h"
#include "ui/libraryaccess.h"
#include "ui/messagebanner.h"
#include "ui/models/alignmentrowmodel.h"
#include "ui/models/numbergroupmodel.h"
#include "ui/models/outletmodel.h"
#include "ui/models/quoteclustermodel.h"
#include "ui/models/searchresultmodel.h"
#include "ui/models/spellingvariantmodel.h"
#include "ui/newshighlighter.h"
#include "ui/panels/coveragemap.h"
#include "ui/panels/numberspanel.h"
#include "ui/panels/outletspanel.h"
#include "ui/panels/quotepanel.h"
#include "ui/panels/quotespanel.h"
#include "ui/panels/searchpanel.h"
#include "ui/panels/spellingspanel.h"
#include "ui/report/exportdialog.h"
#include "ui/startpage.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
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
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Synoptic::Ui {

using namespace Qt::StringLiterals;

namespace {
constexpr int s_maxRecent = 8;
constexpr int s_stateVersion = 2;

const auto s_recentKey = QStringLiteral("recentStories");
const auto s_lastStoryKey = QStringLiteral("lastStory");
const auto s_geometryKey = QStringLiteral("window/geometry");
const auto s_stateKey = QStringLiteral("window/state");
const auto s_themeKey = QStringLiteral("view/theme");

// Per-story settings, under the story folder's path.
QString storyKey(const QString &folder, QLatin1StringView name)
{
    return QStringLiteral("stories/%1/%2").arg(QString::fromLatin1(folder.toUtf8().toBase64(QByteArray::Base64UrlEncoding)), name);
}

QString baseOutletKey(const QString &folder)
{
    return storyKey(folder, "baseOutlet"_L1);
}
} // namespace

MainWindow::MainWindow(QString libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Synoptic"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    addNewsArticleDefinition(*m_repository);

    createModels();
    // A timer, not a queued call: queued calls run before the pending paint, timers after it.
    m_panelsTimer = new QTimer(this);
    m_panelsTimer->setSingleShot(true);
    m_panelsTimer->setInterval(0);
    connect(m_panelsTimer, &QTimer::timeout, this, &MainWindow::fillPanels);
    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_stack);
    m_reader = new QWidget(m_stack);
    m_reader->setObjectName(QStringLiteral("reader"));
    auto *readerLayout = new QVBoxLayout(m_reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new ComparisonView(m_outletModel, m_repository.get(), m_reader);
    readerLayout->addWidget(m_view, 1);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_reader);
    // The banner sits above both pages: import problems and open failures show on either.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new MessageBanner(central);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

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
    m_cancelButton->setAccessibleName(tr("Cancel opening"));
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

    createDocks();
    createActions();
    updateRecentMenu();
    resize(1280, 800);
    restoreSettings();
    updateReaderActions();
}

MainWindow::~MainWindow()
{
    if (m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void MainWindow::applyVariantVerdict(const QStringList &forms, int state)
{
    m_replayingEdit = true;
    bool shown = false;
    for (int row = 0; row < m_variantModel->rowCount(); ++row) {
        if (m_variantModel->variant(row).forms == forms) {
            // Shows it, and decisionRequested stores it and analyses again.
            m_variantModel->decide(row, Core::SpellingVariant::State(state));
            shown = true;
        }
    }
    m_replayingEdit = false;
    if (!shown && !m_analysis.folder.isEmpty()) {
        // The variant is no longer listed (the story changed meanwhile): store the verdict all the same.
        const QString error = LibraryAccess(m_libraryPath).setVariantDecision(m_analysis.folder, forms, Core::SpellingVariant::State(state));
        if (error.isEmpty())
            openStory(m_analysis.folder);
        else
            m_banner->showMessage(tr("Your verdict on “%1” could not be saved.").arg(forms.join(QStringLiteral(" / "))), error.toHtmlEscaped());
    }
}

void MainWindow::createModels()
{
    m_undoStack = new QUndoStack(this);
    m_outletModel = new OutletModel(this);
    m_rowModel = new AlignmentRowModel(this);
    m_quoteModel = new QuoteClusterModel(this);
    m_numberModel = new NumberGroupModel(this);
    m_searchModel = new SearchResultModel(this);
    m_variantModel = new SpellingVariantModel(this);
    connect(m_variantModel, &SpellingVariantModel::decisionRequested, this,
            [this](const QStringList &forms, Core::SpellingVariant::State state) {
                if (m_analysis.folder.isEmpty())
                    return; // a story shown without a folder (tests, tools) has no library entry
                if (!m_replayingEdit) {
                    auto previous = Core::SpellingVariant::State::Detected;
                    for (const Core::SpellingVariant &variant : std::as_const(m_analysis.variants)) {
                        if (variant.forms == forms)
                            previous = variant.state;
                    }
                    const QString text = state == Core::SpellingVariant::State::Rejected
                        ? tr("Keep “%1” Apart").arg(forms.join(QStringLiteral(" / ")))
                        : tr("Confirm “%1”").arg(forms.join(QStringLiteral(" / ")));
                    m_undoStack->push(new EditCommand(text, int(previous), int(state), [this, forms](const QVariant &value) {
                        applyVariantVerdict(forms, value.toInt());
                    }));
                }
                const QString error = LibraryAccess(m_libraryPath).setVariantDecision(m_analysis.folder, forms, state);
                if (!error.isEmpty()) {
                    m_banner->showMessage(tr("Your verdict on “%1” could not be saved.").arg(forms.join(QStringLiteral(" / "))),
                                          error.toHtmlEscaped());
                    return;
                }
                // The alignment reads the verdicts: analyse again (the import is reused).
                openStory(m_analysis.folder);
            });
    connect(m_outletModel, &OutletModel::baseOutletChanged, this, [this](int article) {
        const int previous = m_shownBase;
        m_shownBase = article;
        if (!m_replayingEdit && previous != article) {
            m_undoStack->push(new EditCommand(tr("Use “%1” as Base Outlet").arg(m_outletModel->name(article)), previous, article,
                                              [this](const QVariant &value) {
                                                  m_replayingEdit = true;
                                                  m_outletModel->setBaseOutlet(value.toInt());
                                                  m_replayingEdit = false;
                                              }));
        }
        m_rowModel->setBaseOutlet(article);
        if (!m_analysis.folder.isEmpty())
            m_settings.setValue(baseOutletKey(m_analysis.folder), article);
    });
    // The columns' order, widths and visibility are remembered per story, by article file so a
    // story re-imported with files added keeps them.
    connect(m_outletModel, &OutletModel::columnsChanged, this, &MainWindow::saveColumns);
    connect(m_outletModel, &OutletModel::visibilityChanged, this, &MainWindow::saveColumns);
    connect(m_outletModel, &OutletModel::renameRequested, this, [this](int article, const QString &name) {
        const QString previous = m_analysis.articles.value(article).outlet;
        if (!m_replayingEdit && !previous.isEmpty() && previous != name) {
            m_undoStack->push(new EditCommand(tr("Rename “%1” to “%2”").arg(previous, name), previous, name,
                                              [this, article](const QVariant &value) {
                                                  m_replayingEdit = true;
                                                  m_outletModel->rename(article, value.toString());
                                                  m_replayingEdit = false;
                                              }));
        }
        // Persisted in the library so the name survives re-imports; a story shown without a
        // folder (tests, tools) has nothing to persist to.
        if (!m_analysis.folder.isEmpty()) {
            const QString error = LibraryAccess(m_libraryPath).renameOutlet(m_analysis, article, name);
            if (!error.isEmpty())
                m_banner->showMessage(tr("The new outlet name could not be saved."), error.toHtmlEscaped());
        }
        if (article >= 0 && article < m_analysis.articles.size()) {
            m_analysis.articles[article].outlet = name;
            QStringList outlets;
            for (const Core::Article &a : std::as_const(m_analysis.articles))
                outlets.append(a.outlet);
            m_searchModel->setOutlets(outlets);
        }
        Q_EMIT outletRenamed(m_analysis.folder, article, name);
    });
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setAccessibleName(title);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_quotePanel = new QuotePanel(m_outletModel, this);
    m_quotesPanel = new QuotesPanel(m_quoteModel, this);
    m_numbersPanel = new NumbersPanel(m_numberModel, this);
    m_outletsPanel = new OutletsPanel(m_outletModel, this);
    m_coverage = new CoverageMap(m_rowModel, m_outletModel, this);
    m_searchPanel = new SearchPanel(m_searchModel, this);
    auto *spellingsPanel = new SpellingsPanel(m_variantModel, this);

    QDockWidget *coverage = addPanel(m_coverage, tr("Coverage"), QStringLiteral("coverageDock"), Qt::LeftDockWidgetArea);
    QDockWidget *outlets = addPanel(m_outletsPanel, tr("Outlets"), QStringLiteral("outletsDock"), Qt::LeftDockWidgetArea);
    QDockWidget *quote = addPanel(m_quotePanel, tr("Quote"), QStringLiteral("quoteDock"), Qt::RightDockWidgetArea);
    QDockWidget *quotes = addPanel(m_quotesPanel, tr("Quotes"), QStringLiteral("quotesDock"), Qt::RightDockWidgetArea);
    QDockWidget *numbers = addPanel(m_numbersPanel, tr("Numbers"), QStringLiteral("numbersDock"), Qt::RightDockWidgetArea);
    QDockWidget *search = addPanel(m_searchPanel, tr("Search"), QStringLiteral("searchDock"), Qt::RightDockWidgetArea);
    QDockWidget *spellings = addPanel(spellingsPanel, tr("Spellings"), QStringLiteral("spellingsDock"), Qt::RightDockWidgetArea);
    splitDockWidget(coverage, outlets, Qt::Vertical);
    splitDockWidget(quote, quotes, Qt::Vertical);
    tabifyDockWidget(quotes, numbers);
    tabifyDockWidget(numbers, search);
    tabifyDockWidget(search, spellings);
    quotes->raise();
    resizeDocks({coverage, quote}, {180, 330}, Qt::Horizontal);
    resizeDocks({coverage, outlets}, {400, 260}, Qt::Vertical);
    resizeDocks({quote, quotes}, {420, 300}, Qt::Vertical);

    connect(m_view, &ComparisonView::quoteActivated, this, [this](int clusterId) { showQuote(clusterId); });
    connect(m_view, &ComparisonView::numberActivated, this, [this](int groupId) {
        m_numbersPanel->selectGroup(groupId);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("numbersDock"))) {
            dock->show();
            dock->raise();
        }
    });
    connect(m_view, &ComparisonView::currentLineChanged, m_coverage, &CoverageMap::setCurrentLine);
    connect(m_coverage, &CoverageMap::lineActivated, this, [this](int line) {
        m_view->setCurrentLine(line);
        m_view->scrollToLine(line);
    });
    connect(m_quotesPanel, &QuotesPanel::clusterActivated, this, [this](int clusterId) {
        showQuote(clusterId);
        for (const Core::QuoteCluster &c : std::as_const(m_analysis.quotes)) {
            if (c.id == clusterId && !c.occurrences.isEmpty())
                jumpTo(c.occurrences.first().article, c.occurrences.first().paragraph, c.occurrences.first().start,
                       c.occurrences.first().end - c.occurrences.first().start);
        }
    });
    connect(m_quotePanel, &QuotePanel::occurrenceActivated, this, &MainWindow::jumpTo);
    connect(m_numbersPanel, &NumbersPanel::mentionActivated, this, &MainWindow::jumpTo);
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::jumpTo);
}

void MainWindow::showQuote(int clusterId)
{
    m_view->setSelectedCluster(clusterId);
    m_quotePanel->showCluster(clusterId);
    m_quotesPanel->selectCluster(clusterId);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("quoteDock"))) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::jumpTo(int article, int paragraph, qsizetype start, qsizetype length)
{
    m_view->scrollToParagraph(article, paragraph, start, length);
}

void MainWindow::setThemeName(const QString &name)
{
    m_themeName = name;
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == name);
    m_settings.setValue(s_themeKey, name);
    applyTheme();
}

void MainWindow::applyTheme()
{
    KSyntaxHighlighting::Theme theme = m_themeName.isEmpty() ? KSyntaxHighlighting::Theme() : m_repository->theme(m_themeName);
    if (!theme.isValid())
        theme = m_repository->themeForPalette(palette());
    m_view->setTheme(theme);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_themeName.isEmpty() && m_view)
        applyTheme();
}

void MainWindow::updateReaderActions()
{
    const bool open = !m_analysis.articles.isEmpty();
    for (QAction *action : std::as_const(m_readerActions))
        action->setEnabled(open);
}

void MainWindow::exportComparison()
{
    if (m_analysis.articles.isEmpty())
        return;
    auto *dialog = new ExportDialog(m_analysis, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHandbook()
{
    auto *handbook = findChild<HandbookWindow *>();
    if (!handbook)
        handbook = new HandbookWindow(this);
    handbook->show();
    handbook->raise();
    handbook->activateWindow();
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
    // A newer request supersedes the running one; its result is dropped in finishOpening().
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
    // Queued: emitted once the outcome below is handled (or dropped), whichever way this returns.
    QMetaObject::invokeMethod(this, &MainWindow::openingFinished, Qt::QueuedConnection);
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
        m_banner->showMessage(tr("The story could not be opened."), outcome.error.toHtmlEscaped());
        Q_EMIT storyFailed(outcome.error);
        return;
    }
    addRecentStory(m_openingFolder);
    showAnalysis(std::move(outcome.analysis));
}

// In two steps, so that nothing holds up the first paint of the reader but the reader: with a
// hundred outlets, the panels' lists of quotes and figures lay out and paint for as long again.
void MainWindow::showAnalysis(Core::StoryAnalysis analysis)
{
    // Edits belong to their story; a verdict's re-analysis shows the same story again and keeps them.
    if (analysis.folder.isEmpty() || analysis.folder != m_analysis.folder)
        m_undoStack->clear();
    m_analysis = std::move(analysis);
    m_grid = buildComparisonGrid(m_analysis);
    m_outletModel->setAnalysis(m_analysis, savedColumns());
    m_shownBase = m_outletModel->baseOutlet();
    m_stack->setCurrentWidget(m_reader); // first, so the view knows it is on screen
    m_view->setAnalysis(m_analysis, m_grid);
    if (!m_analysis.folder.isEmpty()) {
        const int base = m_settings.value(baseOutletKey(m_analysis.folder), 0).toInt();
        // Restoring the user's base is not an edit of its own: nothing to undo.
        m_replayingEdit = true;
        if (base > 0 && base < m_analysis.articles.size())
            m_outletModel->setBaseOutlet(base);
        m_replayingEdit = false;
        m_settings.setValue(s_lastStoryKey, m_analysis.folder);
    }

    if (!m_analysis.skipped.isEmpty()) {
        QString details = QStringLiteral("<ul>");
        for (const Core::SkippedFile &skipped : std::as_const(m_analysis.skipped))
            details += QStringLiteral("<li><b>%1</b>: %2</li>").arg(skipped.file.toHtmlEscaped(), skipped.reason.toHtmlEscaped());
        details += QStringLiteral("</ul>");
        const int skipped = int(m_analysis.skipped.size());
        m_banner->showMessage(skipped == 1 ? tr("1 file in this folder could not be read and is not shown.")
                                           : tr("%1 files in this folder could not be read and are not shown.").arg(skipped),
                              details);
    } else {
        m_banner->hide();
    }
    setWindowTitle(tr("%1 — Synoptic").arg(m_analysis.title));
    updateReaderActions();
    const auto shared = std::count_if(m_analysis.quotes.cbegin(), m_analysis.quotes.cend(),
                                      [](const Core::QuoteCluster &c) { return c.outletCount() > 1; });
    statusBar()->showMessage(tr("%1 outlets · %2 aligned rows · %3 shared quotes")
                                 .arg(m_analysis.articles.size())
                                 .arg(m_analysis.alignment.rows.size())
                                 .arg(shared),
                             6000);
    m_panelsTimer->start();
}

void MainWindow::fillPanels()
{
    m_rowModel->setAnalysis(m_analysis, m_grid);
    m_rowModel->setBaseOutlet(m_outletModel->baseOutlet());
    m_quoteModel->setClusters(m_analysis.quotes);
    m_numberModel->setAnalysis(m_analysis);
    m_variantModel->setVariants(m_analysis.variants);
    QStringList outlets;
    for (const Core::Article &article : std::as_const(m_analysis.articles))
        outlets.append(article.outlet);
    m_searchModel->setOutlets(outlets);
    // The library's FTS5 index, queried on the GUI thread with its own short-lived connection:
    // one indexed query over a story's paragraphs takes milliseconds.
    const Core::StoryAnalysis *story = &m_analysis;
    m_searchModel->setSearchFunction([story, access = LibraryAccess(m_libraryPath)](const QString &query) { return access.search(*story, query); });
    m_quotePanel->setAnalysis(m_analysis);
    Q_EMIT storyOpened();
}

void MainWindow::saveColumns() const
{
    if (m_analysis.folder.isEmpty() || m_outletModel->count() != m_analysis.articles.size())
        return;
    const OutletModel::ColumnState state = m_outletModel->columnState();
    const auto file = [this](int article) { return m_analysis.articles.value(article).file; };
    QStringList order;
    for (int article : state.order)
        order.append(file(article));
    QStringList hidden;
    for (int article : state.hidden)
        hidden.append(file(article));
    QVariantMap widths;
    for (auto it = state.widths.cbegin(); it != state.widths.cend(); ++it)
        widths.insert(file(it.key()), it.value());
    m_settings.setValue(storyKey(m_analysis.folder, "columnOrder"_L1), order);
    m_settings.setValue(storyKey(m_analysis.folder, "hiddenColumns"_L1), hidden);
    m_settings.setValue(storyKey(m_analysis.folder, "columnWidths"_L1), widths);
}

OutletModel::ColumnState MainWindow::savedColumns() const
{
    OutletModel::ColumnState state;
    if (m_analysis.folder.isEmpty())
        return state;
    QHash<QString, int> articleOf;
    for (int article = 0; article < m_analysis.articles.size(); ++article)
        articleOf.insert(m_analysis.articles[article].file, article);
    for (const QString &file : m_settings.value(storyKey(m_analysis.folder, "columnOrder"_L1)).toStringList()) {
        if (articleOf.contains(file))
            state.order.append(articleOf[file]);
    }
    for (const QString &file : m_settings.value(storyKey(m_analysis.folder, "hiddenColumns"_L1)).toStringList()) {
        if (articleOf.contains(file))
            state.hidden.append(articleOf[file]);
    }
    const QVariantMap widths = m_settings.value(storyKey(m_analysis.folder, "columnWidths"_L1)).toMap();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (articleOf.contains(it.key()))
            state.widths.insert(articleOf[it.key()], it.value().toInt());
    }
    return state;
}

QStringList MainWindow::recentStories() const
{
    return m_settings.value(s_recentKey).toStringList();
}

void MainWindow::addRecentStory(const QString &folder)
{
    QStringList recent = recentStories();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > s_maxRecent)
        recent.removeLast();
    m_settings.setValue(s_recentKey, recent);
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

void MainWindow::saveSettings() const
{
    m_settings.setValue(s_geometryKey, saveGeometry());
    m_settings.setValue(s_stateKey, saveState(s_stateVersion));
    m_settings.setValue(s_themeKey, m_themeName);
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings.value(s_geometryKey).toByteArray());
    restoreState(m_settings.value(s_stateKey).toByteArray(), s_stateVersion);
    setThemeName(m_settings.value(s_themeKey).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelOpening();
    saveSettings();
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
