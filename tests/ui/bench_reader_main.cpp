// bench_reader [ARTICLES]: opens a generated story of ARTICLES articles (default 100) in the
// reader and reports the time from showAnalysis() to the first paint, to the first screen of
// text, to all cells built, and the
// longest GUI-thread stall seen by a 5 ms watchdog timer while it loads and while the view is
// scrolled through. Built only with SYNOPTIC_BENCHMARKS (the `release` preset); not a test.

#include "readerfixture.h"
#include "ui/comparisonview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Synoptic;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SynopticBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_reader"));
    QSettings().clear();
    const int articles = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    QTextStream out(stdout);

    const Core::StoryAnalysis story = Tests::scaledReaderFixture(qMax(1, articles / 5));
    Ui::MainWindow window;
    window.resize(1920, 1080);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // The watchdog: a 5 ms timer; any gap much longer than that is time the GUI thread was busy.
    QElapsedTimer sinceTick;
    qint64 worstStall = 0;
    QTimer watchdog;
    watchdog.setInterval(5);
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
        worstStall = qMax(worstStall, sinceTick.restart());
    });
    sinceTick.start();
    watchdog.start();
    QTest::qWait(50);
    worstStall = 0;

    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(0, &window, [&] { window.showAnalysis(story); });
    if (!QTest::qWaitFor([&] { return !window.analysis().articles.isEmpty(); }, 30000))
        return 1;
    const qint64 shown = timer.elapsed();
    window.comparisonView()->viewport()->repaint();
    const qint64 firstPaint = timer.elapsed();
    if (!QTest::qWaitFor([&] { return window.comparisonView()->isScreenBuilt(); }, 60000))
        return 1;
    const qint64 firstScreen = timer.elapsed();
    if (!QTest::qWaitFor([&] { return !window.comparisonView()->isLoading(); }, 60000))
        return 1;
    const qint64 loaded = timer.elapsed();
    QTest::qWait(100);
    const qint64 loadStall = worstStall;

    worstStall = 0;
    sinceTick.restart();
    QScrollBar *bar = window.comparisonView()->verticalScrollBar();
    for (int v = 0; v <= bar->maximum(); v += bar->pageStep() / 2) {
        bar->setValue(v);
        QTest::qWait(10);
    }
    QScrollBar *hbar = window.comparisonView()->horizontalScrollBar();
    for (int v = 0; v <= hbar->maximum(); v += hbar->pageStep() / 2) {
        hbar->setValue(v);
        QTest::qWait(10);
    }
    out << "articles: " << story.articles.size() << ", grid lines: " << window.comparisonView()->lineCount() << '\n'
        << "showAnalysis: " << shown << " ms, first paint: " << firstPaint << " ms after the call, first screen of text: " << firstScreen
        << " ms, all cells built: " << loaded << " ms\n"
        << "longest GUI-thread stall while loading: " << loadStall << " ms\n"
        << "longest GUI-thread stall while scrolling: " << worstStall << " ms\n";
    return 0;
}
