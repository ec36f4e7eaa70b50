// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/storyanalysis.h"
#include "ui/comparisongrid.h"
#include "ui/models/outletmodel.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QSettings>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Synoptic::Core {
struct AnalyzeOutcome;
}

namespace Synoptic::Ui {

class AlignmentRowModel;
class ComparisonView;
class CoverageMap;
class MessageBanner;
class NumberGroupModel;
class NumbersPanel;
class OutletModel;
class OutletsPanel;
class QuoteClusterModel;
class QuotePanel;
class QuotesPanel;
class SearchPanel;
class SearchResultModel;
class SpellingVariantModel;
class StartPage;

// The application window: the start page until a story is open, then the reader (the
// comparison view and its docks). Opening a story runs Core::StoryAnalyzer on a worker thread
// with progress and Cancel; the widgets only display the analysis they are given.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `libraryPath`: the SQLite library to use; empty for the per-user default.
    explicit MainWindow(QString libraryPath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openStory(const QString &folder);
    void openDemoStory();
    bool isBusy() const;
    void cancelOpening();
    // Shows an analysis that is already computed (the end of openStory(); tests, tools): the
    // comparison view and outlet list at once, the other panels on the next turn of the event
    // loop, after the reader's first paint. storyOpened() is emitted when all of it is shown.
    void showAnalysis(Core::StoryAnalysis analysis);
    const Core::StoryAnalysis &analysis() const { return m_analysis; }

    ComparisonView *comparisonView() const { return m_view; }
    QuotePanel *quotePanel() const { return m_quotePanel; }
    OutletModel *outletModel() const { return m_outletModel; }
    // Follows the system palette when `name` is empty.
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    // Edit ▸ Undo/Redo: outlet renames, the base outlet and spelling verdicts of the story shown (cleared when
    // another story is shown). Undoing an edit stores the previous value in the library too.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Help ▸ Synoptic Handbook (F1): the manual shipped inside the program, in a window of its own.
    void showHandbook();

Q_SIGNALS:
    void storyOpened();
    void storyFailed(const QString &message);
    // An openStory() came to its end: shown, failed or cancelled.
    void openingFinished();
    // After a rename was stored in the library (when the story has a folder).
    void outletRenamed(const QString &folder, int article, const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createModels();
    void createDocks();
    void createActions();
    void createThemeMenu(QMenu *view);
    void createHelpMenu();
    // Makes the spelling verdict `state` on `forms` again (undo/redo): shown, stored, re-analysed.
    void applyVariantVerdict(const QStringList &forms, int state);
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void chooseFolder();
    void exportComparison();
    void finishOpening();
    void fillPanels();
    void showQuote(int clusterId);
    void jumpTo(int article, int paragraph, qsizetype start, qsizetype length);
    void addRecentStory(const QString &folder);
    QStringList recentStories() const;
    void updateRecentMenu();
    void updateReaderActions();
    void applyTheme();
    void saveSettings() const;
    void saveColumns() const;
    OutletModel::ColumnState savedColumns() const;
    void restoreSettings();

    QString m_libraryPath;
    // One settings object for the window's lifetime: its writes are saved from the event loop,
    // together, instead of each costing a file write where it is made (opening a story
    // records several). Mutable: const members read and save through it.
    mutable QSettings m_settings;
    Core::StoryAnalysis m_analysis;
    QList<GridLine> m_grid; // the comparison grid of m_analysis
    QTimer *m_panelsTimer = nullptr; // fillPanels() after the reader's first paint
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QString m_themeName;

    OutletModel *m_outletModel = nullptr;
    AlignmentRowModel *m_rowModel = nullptr;
    QuoteClusterModel *m_quoteModel = nullptr;
    NumberGroupModel *m_numberModel = nullptr;
    SearchResultModel *m_searchModel = nullptr;
    SpellingVariantModel *m_variantModel = nullptr;

    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    QWidget *m_reader = nullptr;
    MessageBanner *m_banner = nullptr;
    ComparisonView *m_view = nullptr;
    QuotePanel *m_quotePanel = nullptr;
    QuotesPanel *m_quotesPanel = nullptr;
    NumbersPanel *m_numbersPanel = nullptr;
    OutletsPanel *m_outletsPanel = nullptr;
    CoverageMap *m_coverage = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QList<QDockWidget *> m_docks;
    QList<QAction *> m_readerActions;
    QActionGroup *m_themeGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QFutureWatcher<Core::AnalyzeOutcome> *m_watcher = nullptr;
    QString m_openingFolder;
    QUndoStack *m_undoStack = nullptr;
    bool m_replayingEdit = false; // an undo or redo is applying an edit: do not record it again
    int m_shownBase = 0; // the base outlet before the latest change, for its undo
};

} // namespace Synoptic::Ui
