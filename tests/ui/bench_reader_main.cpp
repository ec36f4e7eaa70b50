// bench_reader [ARTICLES] [--slow-events]: opens a generated story of ARTICLES articles
// (default 100) in the reader and reports the time from showAnalysis() to the first paint, to
// the first screen of text and to all cells built; the longest GUI-thread stall seen by a 5 ms
// watchdog timer while it loads and while the view is scrolled through, in wall time and in
// the GUI thread's CPU time within it (which tells our work from waiting for a core on a busy
// machine); and the CPU cost of one full repaint of the view. Built only with
// SYNOPTIC_BENCHMARKS (the `release` preset); not a test.

#include "readerfixture.h"
#include "ui/comparisonview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <limits>

using namespace Synoptic;

namespace {
// CPU time of the calling thread: a gap between watchdog ticks that the GUI thread spent
// working, as opposed to waiting for a core on a busy machine.
qint64 threadCpuMicroseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}
// With --slow-events: every event delivery that took 8 ms of CPU or more, by receiver class and event
// type, to see where a stall comes from (nested deliveries are listed at every level).
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool tracing = false;
    QStringList slow;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!tracing)
            return QApplication::notify(receiver, event);
        const qint64 start = threadCpuMicroseconds();
        const int type = int(event->type()); // the event may be deleted during delivery
        const bool result = QApplication::notify(receiver, event);
        const qint64 busy = (threadCpuMicroseconds() - start) / 1000;
        if (busy >= 8)
            slow.append(QStringLiteral("%1 ms  %2 (%3) event %4")
                            .arg(busy)
                            .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                            .arg(type));
        return result;
    }
};

// When the view's viewport is first painted after `timer` started: the paint a user sees,
// delivered by the event loop like any other (not forced with repaint()).
class PaintClock : public QObject
{
public:
    explicit PaintClock(const QElapsedTimer &timer)
        : m_timer(timer)
    {
    }
    qint64 firstPaint = -1;
    bool armed = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && firstPaint < 0 && event->type() == QEvent::Paint)
            firstPaint = m_timer.elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
};
} // namespace

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    app.tracing = app.arguments().contains(QStringLiteral("--slow-events"));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SynopticBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_reader"));
    QSettings().clear();
    const int articles = argc > 1 && QString::fromLocal8Bit(argv[1]).toInt() > 0 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
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
    qint64 worstBusy = 0; // µs of GUI-thread CPU time within one gap
    qint64 worstEnd = -1; // when the longest gap ended, in ms on `timer` (below); -1 before it starts
    QElapsedTimer timer;
    qint64 lastCpu = threadCpuMicroseconds();
    QTimer watchdog;
    watchdog.setInterval(5);
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
        const qint64 gap = sinceTick.restart();
        if (gap > worstStall) {
            worstStall = gap;
            worstEnd = timer.isValid() ? timer.elapsed() : -1;
        }
        const qint64 cpu = threadCpuMicroseconds();
        worstBusy = qMax(worstBusy, cpu - lastCpu);
        lastCpu = cpu;
    });
    sinceTick.start();
    watchdog.start();
    QTest::qWait(50);
    worstStall = 0;
    worstBusy = 0;

    PaintClock paints(timer);
    window.comparisonView()->viewport()->installEventFilter(&paints);
    qint64 shown = -1;
    timer.start();
    QTimer::singleShot(0, &window, [&] {
        window.showAnalysis(story);
        shown = timer.elapsed();
        paints.armed = true;
    });
    if (!QTest::qWaitFor([&] { return paints.firstPaint >= 0; }, 30000))
        return 1;
    const qint64 firstPaint = paints.firstPaint;
    if (!QTest::qWaitFor([&] { return window.comparisonView()->isScreenBuilt(); }, 60000))
        return 1;
    const qint64 firstScreen = timer.elapsed();
    if (!QTest::qWaitFor([&] { return !window.comparisonView()->isLoading(); }, 60000))
        return 1;
    const qint64 loaded = timer.elapsed();
    QTest::qWait(100);
    const qint64 loadStall = worstStall;
    const qint64 loadBusy = worstBusy;
    const qint64 loadStallEnd = worstEnd;

    worstStall = 0;
    worstBusy = 0;
    sinceTick.restart();
    lastCpu = threadCpuMicroseconds();
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
    const qint64 scrollStall = worstStall;
    const qint64 scrollBusy = worstBusy;

    // Word differences on: every cell's formats change, on screen first, the rest in slices.
    bar->setValue(0);
    QTest::qWait(50);
    worstStall = 0;
    worstBusy = 0;
    sinceTick.restart();
    lastCpu = threadCpuMicroseconds();
    QElapsedTimer toggled;
    toggled.start();
    window.findChild<QAction *>(QStringLiteral("actionWordDifferences"))->trigger();
    if (!QTest::qWaitFor([&] { return !window.comparisonView()->isLoading(); }, 60000))
        return 1;
    const qint64 toggleDone = toggled.elapsed();
    QTest::qWait(50);

    // What one full repaint of the view costs at rest (the least of a few, so not a wait for a core).
    bar->setValue(0);
    QTest::qWait(20);
    qint64 fullPaint = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 10; ++i) {
        const qint64 before = threadCpuMicroseconds();
        window.comparisonView()->viewport()->repaint();
        fullPaint = qMin(fullPaint, threadCpuMicroseconds() - before);
    }
    out << "articles: " << story.articles.size() << ", grid lines: " << window.comparisonView()->lineCount() << '\n'
        << "showAnalysis: " << shown << " ms, first paint: " << firstPaint << " ms after the call, first screen of text: " << firstScreen
        << " ms, all cells built: " << loaded << " ms\n"
        << "longest GUI-thread stall while loading: " << loadStall << " ms (of which the thread was busy " << loadBusy / 1000
        << " ms), ending " << loadStallEnd << " ms after the call\n"
        << "longest GUI-thread stall while scrolling: " << scrollStall << " ms (busy " << scrollBusy / 1000 << " ms)\n"
        << "word differences on: all cells re-formatted in " << toggleDone << " ms, longest stall " << worstStall << " ms (busy "
        << worstBusy / 1000 << " ms)\n"
        << "one full repaint of the view: " << fullPaint / 1000.0 << " ms of CPU\n";
    if (app.tracing)
        out << "slow event deliveries:\n  " << app.slow.join(QStringLiteral("\n  ")) << '\n';
    return 0;
}
