// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_reader [ARTICLES] [--slow-events]: opens a generated story of ARTICLES articles
// (default 100) in the reader and reports the time from showAnalysis() to the first paint, to
// the first screen of text and to all cells built; the longest GUI-thread stall seen by a 5 ms
// watchdog timer while it loads and while the view is scrolled through, in wall time and in
// the GUI thread's CPU time within it (which tells our work from waiting for a core on a busy
// machine); the CPU cost of one full repaint of the view; and, for scale, the stall of one
// repaint of the whole window at rest. It waits in a real event loop throughout, as the
// application does. With --slow-events it also lists slow event deliveries and what ran within
// the longest loading stall. Built only with SYNOPTIC_BENCHMARKS (the `release` preset); not a test.

#include "readerfixture.h"
#include "ui/comparisonview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
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
// Top-level deliveries of 1 ms or more are kept with their wall-clock span on `clock`, to list
// what ran inside the longest stall.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Delivery {
        qint64 start = 0; // ms on `clock`
        qint64 end = 0;
        qint64 busyUs = 0;
        QString what;
    };
    bool tracing = false;
    const QElapsedTimer *clock = nullptr;
    QStringList slow;
    QList<Delivery> deliveries;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!tracing)
            return QApplication::notify(receiver, event);
        const qint64 start = threadCpuMicroseconds();
        const qint64 wallStart = clock && clock->isValid() ? clock->elapsed() : -1;
        const int type = int(event->type()); // the event may be deleted during delivery
        const QString what = QStringLiteral("%1 (%2) event %3")
                                 .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                                 .arg(type);
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 busyUs = threadCpuMicroseconds() - start;
        if (busyUs >= 8000)
            slow.append(QStringLiteral("%1 ms  %2").arg(busyUs / 1000).arg(what));
        if (m_depth == 0 && wallStart >= 0 && busyUs >= 1000)
            deliveries.append({wallStart, clock->elapsed(), busyUs, what});
        return result;
    }

private:
    int m_depth = 0;
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

// Waits in a real event loop, as the application's own QApplication::exec(). QTest::qWait()
// and qWaitFor() do not: they make one pass over the pending events, then sleep 10 ms, so a
// watchdog timer measured under them sees every pass as a stall of 10 ms and more.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
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
    app.clock = &timer;
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
    spin(50);
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
    if (!spinUntil([&] { return paints.firstPaint >= 0; }, 30000))
        return 1;
    const qint64 firstPaint = paints.firstPaint;
    if (!spinUntil([&] { return window.comparisonView()->isScreenBuilt(); }, 60000))
        return 1;
    const qint64 firstScreen = timer.elapsed();
    if (!spinUntil([&] { return !window.comparisonView()->isLoading(); }, 60000))
        return 1;
    const qint64 loaded = timer.elapsed();
    spin(100);
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
        spin(10);
    }
    QScrollBar *hbar = window.comparisonView()->horizontalScrollBar();
    for (int v = 0; v <= hbar->maximum(); v += hbar->pageStep() / 2) {
        hbar->setValue(v);
        spin(10);
    }
    const qint64 scrollStall = worstStall;
    const qint64 scrollBusy = worstBusy;

    // Word differences on: every cell's formats change, on screen first, the rest in slices.
    bar->setValue(0);
    spin(50);
    worstStall = 0;
    worstBusy = 0;
    sinceTick.restart();
    lastCpu = threadCpuMicroseconds();
    QElapsedTimer toggled;
    toggled.start();
    window.findChild<QAction *>(QStringLiteral("actionWordDifferences"))->trigger();
    if (!spinUntil([&] { return !window.comparisonView()->isLoading(); }, 60000))
        return 1;
    const qint64 toggleDone = toggled.elapsed();
    spin(50);
    const qint64 toggleStall = worstStall;
    const qint64 toggleBusy = worstBusy;

    // What one full repaint of the view costs at rest (the least of a few, so not a wait for a core).
    bar->setValue(0);
    spin(20);
    qint64 fullPaint = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 10; ++i) {
        const qint64 before = threadCpuMicroseconds();
        window.comparisonView()->viewport()->repaint();
        fullPaint = qMin(fullPaint, threadCpuMicroseconds() - before);
    }
    // The floor this machine sets: the stall of one repaint of the whole window at rest (the
    // median of five), which the first paint of a story cannot go below.
    QList<qint64> floorStalls;
    for (int i = 0; i < 5; ++i) {
        spin(30);
        worstStall = 0;
        sinceTick.restart();
        window.update();
        spin(60);
        floorStalls.append(worstStall);
    }
    std::sort(floorStalls.begin(), floorStalls.end());

    out << "articles: " << story.articles.size() << ", grid lines: " << window.comparisonView()->lineCount() << '\n'
        << "showAnalysis: " << shown << " ms, first paint: " << firstPaint << " ms after the call, first screen of text: " << firstScreen
        << " ms, all cells built: " << loaded << " ms\n"
        << "longest GUI-thread stall while loading: " << loadStall << " ms (of which the thread was busy " << loadBusy / 1000
        << " ms), ending " << loadStallEnd << " ms after the call\n"
        << "longest GUI-thread stall while scrolling: " << scrollStall << " ms (busy " << scrollBusy / 1000 << " ms)\n"
        << "word differences on: all cells re-formatted in " << toggleDone << " ms, longest stall " << toggleStall << " ms (busy "
        << toggleBusy / 1000 << " ms)\n"
        << "one full repaint of the view: " << fullPaint / 1000.0 << " ms of CPU\n"
        << "one repaint of the whole window at rest: longest stall " << floorStalls[2] << " ms (median of 5)\n";
    if (app.tracing) {
        out << "slow event deliveries:\n  " << app.slow.join(QStringLiteral("\n  ")) << '\n';
        out << "top-level deliveries of 1 ms or more within the longest loading stall (" << loadStallEnd - loadStall << "–"
            << loadStallEnd << " ms):\n";
        for (const TracingApplication::Delivery &d : std::as_const(app.deliveries)) {
            if (d.end >= loadStallEnd - loadStall && d.start <= loadStallEnd)
                out << "  " << d.start << "–" << d.end << " ms, busy " << d.busyUs / 1000.0 << " ms: " << d.what << '\n';
        }
    }
    return 0;
}
