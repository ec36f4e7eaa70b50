#pragma once

#include "core/model/storyanalysis.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Synoptic::Core {
struct AnalyzeOutcome;
}

namespace Synoptic::Ui {

class StartPage;
class StoryView;

// The application window: the start page until a story is open, then the reader.
// Opening a story runs Core::StoryAnalyzer on a worker thread with progress and Cancel.
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
    const Core::StoryAnalysis &analysis() const { return m_analysis; }

Q_SIGNALS:
    void storyOpened();
    void storyFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void chooseFolder();
    void finishOpening();
    void showAnalysis(Core::StoryAnalysis analysis);
    void addRecentStory(const QString &folder);
    QStringList recentStories() const;
    void updateRecentMenu();

    QString m_libraryPath;
    Core::StoryAnalysis m_analysis;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    StoryView *m_storyView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QFutureWatcher<Core::AnalyzeOutcome> *m_watcher = nullptr;
    QString m_openingFolder;
};

} // namespace Synoptic::Ui
