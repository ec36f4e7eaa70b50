// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// synoptic_screenshots OUTDIR [FOLDER]: the reader at 1280x800 and 1920x1080, light and dark, a
// shared quote selected; saves QWidget::grab() PNGs to OUTDIR. Without FOLDER it shows the
// fictional fixture story; with FOLDER (e.g. the demo story or a real corpus) it runs the real
// analyzer with a library in OUTDIR/library.sqlite. It also logs a click-through check: the
// Quote panel's outlets for every shared quote and the tooltip of every disputed figure.
// Run under Xvfb; it is a tool for looking at the UI, not a test.

#include "readerfixture.h"
#include "ui/comparisonview.h"
#include "ui/mainwindow.h"
#include "ui/panels/quotepanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace Synoptic;

namespace {
QPalette breeze(bool dark)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, QRgb rgb) { p.setColor(role, QColor::fromRgb(rgb)); };
    if (dark) {
        set(QPalette::Window, 0x202326);
        set(QPalette::WindowText, 0xfcfcfc);
        set(QPalette::Base, 0x141618);
        set(QPalette::AlternateBase, 0x1d1f22);
        set(QPalette::Text, 0xfcfcfc);
        set(QPalette::Button, 0x292c30);
        set(QPalette::ButtonText, 0xfcfcfc);
        set(QPalette::Mid, 0x4d5257);
        set(QPalette::ToolTipBase, 0x292c30);
        set(QPalette::ToolTipText, 0xfcfcfc);
        set(QPalette::PlaceholderText, 0x8a8e92);
    } else {
        set(QPalette::Window, 0xeff0f1);
        set(QPalette::WindowText, 0x232629);
        set(QPalette::Base, 0xffffff);
        set(QPalette::AlternateBase, 0xf7f7f7);
        set(QPalette::Text, 0x232629);
        set(QPalette::Button, 0xfcfcfc);
        set(QPalette::ButtonText, 0x232629);
        set(QPalette::Mid, 0xb0b4b8);
        set(QPalette::ToolTipBase, 0xf7f7f7);
        set(QPalette::ToolTipText, 0x232629);
        set(QPalette::PlaceholderText, 0x8a8e92);
    }
    set(QPalette::Highlight, 0x3daee9);
    set(QPalette::HighlightedText, 0xffffff);
    set(QPalette::Link, 0x2980b9);
    return p;
}

// What a user would see clicking through: each shared quote's panel entries against the
// cluster's own outlets, and each disputed figure's underline and tooltip.
void clickThrough(Ui::MainWindow &window, QTextStream &log)
{
    Ui::ComparisonView *view = window.comparisonView();
    const Core::StoryAnalysis &story = window.analysis();
    for (const Core::QuoteCluster &c : story.quotes) {
        if (c.outletCount() < 2 || c.occurrences.isEmpty())
            continue;
        const Core::QuoteOccurrence &o = c.occurrences.first();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->textPoint(o.article, o.paragraph, o.start + 3));
        QStringList panel, expected;
        for (int a : window.quotePanel()->quotedOutlets())
            panel.append(story.articles[a].outlet);
        for (const Core::QuoteOccurrence &occurrence : c.occurrences) {
            if (!expected.contains(story.articles[occurrence.article].outlet))
                expected.append(story.articles[occurrence.article].outlet);
        }
        log << (panel == expected ? "ok   " : "FAIL ") << "quote " << c.id << " \"" << c.text.left(50) << "\" panel: " << panel.join(u", ")
            << (panel == expected ? QString() : QStringLiteral(" expected: ") + expected.join(u", ")) << '\n';
    }
    for (const Core::NumberGroup &g : story.numbers) {
        if (g.status != Core::NumberStatus::Disputed)
            continue;
        for (const Core::NumberMention &m : g.mentions) {
            // Each kind of dispute has its own underline: a wave, dashes for an update, dash-dots
            // for estimates.
            const QTextCharFormat::UnderlineStyle expected = g.kind == Core::DisputeKind::Update ? QTextCharFormat::DashUnderline
                : g.kind == Core::DisputeKind::Estimates                                     ? QTextCharFormat::DashDotLine
                                                                                              : QTextCharFormat::WaveUnderline;
            const bool wave = view->charFormatAt(m.article, m.paragraph, m.start + 1).underlineStyle() == expected;
            const QString tip = view->toolTipAt(m.article, m.paragraph, m.start + 1);
            log << (wave && !tip.isEmpty() ? "ok   " : "FAIL ") << "disputed " << g.id << " \"" << m.text << "\" in " << story.articles[m.article].outlet
                << (wave ? " underlined by kind" : " NOT UNDERLINED BY KIND") << " tooltip: " << QString(tip).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).left(160) << '\n';
        }
    }
}
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SynopticScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("synoptic_screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("shots");
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QDir().mkpath(out);
    const QString library = QDir(out).absoluteFilePath(QStringLiteral("library.sqlite"));
    QTextStream log(stdout);

    const QList<QSize> sizes = {{1280, 800}, {1920, 1080}};
    for (const bool dark : {false, true}) {
        QApplication::setPalette(breeze(dark));
        for (const QSize &size : sizes) {
            QSettings().clear();
            Ui::MainWindow window(library);
            window.resize(size);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            if (folder.isEmpty()) {
                QSignalSpy opened(&window, &Ui::MainWindow::storyOpened);
                QElapsedTimer timer;
                timer.start();
                window.showAnalysis(Tests::readerFixture());
                window.repaint();
                log << "first paint after showAnalysis: " << timer.elapsed() << " ms\n";
                if (!opened.wait())
                    return 1;
            } else {
                QSignalSpy opened(&window, &Ui::MainWindow::storyOpened);
                QSignalSpy failed(&window, &Ui::MainWindow::storyFailed);
                window.openStory(folder);
                if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 120000) || !failed.isEmpty()) {
                    log << "could not open " << folder << '\n';
                    return 1;
                }
            }
            if (!QTest::qWaitFor([&window] { return !window.comparisonView()->isLoading(); }, 10000))
                return 1;
            if (!dark && size.width() == 1920)
                clickThrough(window, log);
            // Select the first shared quote as a user would: a click on its text.
            Ui::ComparisonView *view = window.comparisonView();
            view->verticalScrollBar()->setValue(0);
            const auto shared = std::find_if(window.analysis().quotes.cbegin(), window.analysis().quotes.cend(),
                                             [](const Core::QuoteCluster &c) { return c.outletCount() > 1; });
            if (shared != window.analysis().quotes.cend()) {
                const Core::QuoteOccurrence &o = shared->occurrences.first();
                // Bring it into view first, as a reader would, so the shot shows the highlight.
                view->scrollToParagraph(o.article, o.paragraph);
                QTest::qWait(1800); // let the jump's flash fade: the shot shows the resting state
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->textPoint(o.article, o.paragraph, o.start + 3));
            }
            if (!QTest::qWaitFor([view] { return !view->isLoading(); }, 10000))
                return 1;
            QTest::qWait(50);
            const QString name = QStringLiteral("%1/reader-%2x%3-%4.png").arg(out).arg(size.width()).arg(size.height()).arg(dark ? u"dark" : u"light");
            window.grab().save(name);
            log << name << '\n';
            // And further down: the only-in rows and the boilerplate.
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QTest::qWait(20);
            window.grab().save(QStringLiteral("%1/reader-%2x%3-%4-end.png").arg(out).arg(size.width()).arg(size.height()).arg(dark ? u"dark" : u"light"));
            if (size.width() == 1920) {
                // The Numbers panel after a click on a disputed figure, and a search.
                view->verticalScrollBar()->setValue(0);
                const auto disputed = std::find_if(window.analysis().numbers.cbegin(), window.analysis().numbers.cend(),
                                                   [](const Core::NumberGroup &g) { return g.status == Core::NumberStatus::Disputed; });
                if (disputed != window.analysis().numbers.cend() && !disputed->mentions.isEmpty()) {
                    const Core::NumberMention &m = disputed->mentions.last();
                    view->scrollToParagraph(m.article, m.paragraph);
                    QTest::qWait(1800); // the jump's flash fades first, as for the quote
                    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->textPoint(m.article, m.paragraph, m.start + 1));
                    QTest::qWait(50);
                    window.grab().save(QStringLiteral("%1/reader-numbers-%2.png").arg(out, dark ? u"dark" : u"light"));
                }
                window.findChild<QAction *>(QStringLiteral("actionSearch"))->trigger();
                auto *query = window.findChild<QLineEdit *>(QStringLiteral("searchQuery"));
                QTest::keyClicks(query, folder.isEmpty() ? QStringLiteral("alarms") : window.analysis().articles.first().headline.section(u' ', 0, 0));
                QTest::qWait(400);
                window.grab().save(QStringLiteral("%1/reader-search-%2.png").arg(out, dark ? u"dark" : u"light"));
                if (auto *spellings = window.findChild<QDockWidget *>(QStringLiteral("spellingsDock"))) {
                    spellings->raise();
                    QTest::qWait(50);
                    window.grab().save(QStringLiteral("%1/reader-spellings-%2.png").arg(out, dark ? u"dark" : u"light"));
                }
            }
            window.close();
        }
    }
    return 0;
}
