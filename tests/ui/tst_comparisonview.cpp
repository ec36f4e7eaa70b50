// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The reader window on the fictional fixture: one column per outlet, a click on a shared quote
// fills the Quote panel with exactly the outlets carrying it, disputed figures carry the wave
// underline and a tooltip with every outlet's figure, aligned paragraphs stay level while
// scrolling, navigation and panels act on the view, import problems show in a banner.

#include "readerfixture.h"
#include "ui/comparisonview.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/models/alignmentrowmodel.h"
#include "ui/models/outletmodel.h"
#include "ui/panels/coveragemap.h"
#include "ui/panels/outletspanel.h"
#include "ui/panels/quotepanel.h"

#include <QAction>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Synoptic;
using Synoptic::Ui::ComparisonView;
using Synoptic::Ui::MainWindow;

class TestComparisonView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    ComparisonView *view() const { return m_window->comparisonView(); }
    const Core::StoryAnalysis &story() const { return m_window->analysis(); }

    // Drags in the column header, as a user would: press, move past the drag distance, release.
    void dragHeader(int fromX, int toX)
    {
        QWidget *header = m_window->findChild<QWidget *>(QStringLiteral("comparisonHeader"));
        QVERIFY(header);
        const int y = header->height() / 2;
        QTest::mousePress(header, Qt::LeftButton, {}, QPoint(fromX, y));
        QTest::mouseMove(header, QPoint(fromX + (toX > fromX ? 20 : -20), y));
        QTest::mouseMove(header, QPoint(toX, y));
        QTest::mouseRelease(header, Qt::LeftButton, {}, QPoint(toX, y));
    }

    int columnLeft(int column) const
    {
        int x = view()->viewport()->width();
        for (int a : view()->columnArticles()) {
            if (a == view()->columnArticles().value(column))
                x = view()->paragraphRect(a, 1).left() - 16; // the cell's text starts after its padding
        }
        return x;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynopticTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_comparisonview"));
        QSettings().clear();
    }

    void init()
    {
        QSettings().clear(); // column arrangements are remembered per story
        m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("library.sqlite")));
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &MainWindow::storyOpened);
        m_window->showAnalysis(Tests::readerFixture());
        // The view shows the story at once; the panels follow after its first paint.
        QCOMPARE(view()->columnArticles().size(), 5);
        QCOMPARE(opened.size(), 0);
        QVERIFY(opened.wait());
    }

    void cleanup()
    {
        m_window.reset();
    }

    void oneColumnPerOutlet()
    {
        QCOMPARE(view()->columnCount(), 5);
        QCOMPARE(view()->columnArticles(), (QList<int>{0, 1, 2, 3, 4}));
        m_window->outletModel()->setVisible(1, false);
        QCOMPARE(view()->columnCount(), 4);
        QVERIFY(!view()->paragraphRect(1, 1).isValid());
    }

    void clickOnSharedQuoteFillsQuotePanel_data()
    {
        QTest::addColumn<int>("cluster");
        QTest::addColumn<int>("occurrence"); // which occurrence to click
        QTest::newRow("Varga, clicked in Coastline Wire") << 1 << 1;
        QTest::newRow("Ferro, clicked in Channel 9") << 2 << 3;
        QTest::newRow("Brenn, clicked in Northern Courier") << 3 << 0;
    }

    void clickOnSharedQuoteFillsQuotePanel()
    {
        QFETCH(int, cluster);
        QFETCH(int, occurrence);
        const Core::QuoteCluster &c = story().quotes[cluster - 1];
        QCOMPARE(c.id, cluster);
        const Core::QuoteOccurrence &o = c.occurrences[occurrence];
        view()->scrollToParagraph(o.article, o.paragraph);
        const QPoint at = view()->textPoint(o.article, o.paragraph, o.start + 4);
        QVERIFY(view()->viewport()->rect().contains(at));
        QSignalSpy activated(view(), &ComparisonView::quoteActivated);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 1);
        Ui::QuotePanel *panel = m_window->quotePanel();
        QCOMPARE(panel->cluster(), cluster);
        QList<int> expected;
        for (const Core::QuoteOccurrence &each : c.occurrences)
            expected.append(each.article);
        QList<int> quoted = panel->quotedOutlets();
        std::sort(quoted.begin(), quoted.end());
        QCOMPARE(quoted, expected);
        QCOMPARE(panel->quotedOutlets().size() + panel->notQuotedOutlets().size(), story().articles.size());
        QCOMPARE(view()->selectedCluster(), cluster);
        for (int a : panel->quotedOutlets())
            QVERIFY(panel->html().contains(story().articles[a].outlet));
    }

    void clickOutsideQuotesSelectsNothing()
    {
        // "The regional health authority said" in Northern Courier: plain narration.
        const QPoint at = view()->textPoint(0, 3, 5);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->quotePanel()->cluster(), 0);
    }

    void quotePanelEntryScrollsToOccurrence()
    {
        const Core::QuoteCluster &ferro = story().quotes[1];
        m_window->quotePanel()->showCluster(ferro.id);
        const Core::QuoteOccurrence &o = ferro.occurrences[2];
        m_window->quotePanel()->activateOccurrence(2);
        QCOMPARE(view()->currentLine(), view()->lineOf(o.article, o.paragraph));
        QVERIFY(view()->viewport()->rect().intersects(view()->paragraphRect(o.article, o.paragraph)));
    }

    void disputedNumberCarriesWaveAndTooltip()
    {
        const Core::NumberGroup &injured = story().numbers[0];
        QCOMPARE(injured.status, Core::NumberStatus::Disputed);
        for (const Core::NumberMention &m : injured.mentions) {
            const QTextCharFormat format = view()->charFormatAt(m.article, m.paragraph, m.start + 1);
            QCOMPARE(format.underlineStyle(), QTextCharFormat::WaveUnderline);
            const QString tip = view()->toolTipAt(m.article, m.paragraph, m.start + 1);
            QCOMPARE(format.toolTip(), tip);
            for (const Core::NumberMention &other : injured.mentions) {
                QVERIFY2(tip.contains(story().articles[other.article].outlet.toHtmlEscaped()), qPrintable(tip));
                QVERIFY2(tip.contains(other.text), qPrintable(tip));
            }
        }
        // Agreed figures are marked quietly, and plain text is not marked at all.
        const Core::NumberMention &agreed = story().numbers[1].mentions.first();
        QCOMPARE(view()->charFormatAt(agreed.article, agreed.paragraph, agreed.start).underlineStyle(), QTextCharFormat::DotLine);
        QCOMPARE(view()->charFormatAt(0, 3, 5).underlineStyle(), QTextCharFormat::NoUnderline);
    }

    void alignedParagraphsStayLevelWhileScrolling()
    {
        // Row 7 (the Ferro paragraph): Northern Courier paragraph 8, Channel 9 paragraph 5 (moved up there).
        const int line = view()->lineOf(0, 8);
        QCOMPARE(view()->lineOf(3, 5), line);
        const QRect before0 = view()->paragraphRect(0, 8);
        const QRect before3 = view()->paragraphRect(3, 5);
        QCOMPARE(before0.top(), before3.top());
        QScrollBar *bar = view()->verticalScrollBar();
        QVERIFY(bar->maximum() > 150);
        bar->setValue(bar->value() + 150);
        const QRect after0 = view()->paragraphRect(0, 8);
        const QRect after3 = view()->paragraphRect(3, 5);
        QCOMPARE(after0.top(), after3.top());
        QCOMPARE(before0.top() - after0.top(), 150);
    }

    void navigation()
    {
        QVERIFY(view()->nextDisputedNumber(1));
        const int first = view()->currentLine();
        QCOMPARE(first, view()->lineOf(2, 1)); // row 1 carries the injured toll
        QVERIFY(!view()->nextDisputedNumber(1)); // only one row has it
        QVERIFY(view()->nextSharedQuote(1));
        QCOMPARE(view()->currentLine(), view()->lineOf(0, 2)); // row 2: Varga
        // Differences: every line of this story differs somewhere, so Alt+Down steps one line.
        auto *next = m_window->findChild<QAction *>(QStringLiteral("actionNextDifference"));
        QVERIFY(next);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Down));
        const int line = view()->currentLine();
        next->trigger();
        QCOMPARE(view()->currentLine(), line + 1);
        auto *previous = m_window->findChild<QAction *>(QStringLiteral("actionPreviousDifference"));
        QCOMPARE(previous->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
        previous->trigger();
        QCOMPARE(view()->currentLine(), line);
    }

    void wordDifferencesFollowTheBaseOutlet()
    {
        // Row 5: Channel 9 says "All ferries to the outer islands are cancelled."
        const QString text = story().articles[3].paragraphs[6].text;
        const qsizetype all = text.indexOf(QStringLiteral("All"));
        const qsizetype outer = text.indexOf(QStringLiteral("outer"));
        QVERIFY(!view()->charFormatAt(3, 6, all).hasProperty(QTextFormat::BackgroundBrush));
        view()->setShowWordDiff(true);
        QVERIFY(view()->charFormatAt(3, 6, all).hasProperty(QTextFormat::BackgroundBrush)); // not in the base
        QVERIFY(!view()->charFormatAt(3, 6, outer).hasProperty(QTextFormat::BackgroundBrush)); // in the base too
        // The base itself is never marked.
        QVERIFY(!view()->charFormatAt(0, 5, 0).hasProperty(QTextFormat::BackgroundBrush));
    }

    void loadingFinishesAndKeepsRowsLevel()
    {
        QTRY_VERIFY(!view()->isLoading());
        for (const Core::AlignmentRow &row : story().alignment.rows) {
            const Core::AlignmentMember &first = row.members.first();
            for (const Core::AlignmentMember &m : row.members) {
                QCOMPARE(view()->paragraphRect(m.article, m.paragraph).top(), view()->paragraphRect(first.article, first.paragraph).top());
            }
        }
    }

    void draggingAHeaderReordersColumnsAndTheOrderIsRemembered()
    {
        Core::StoryAnalysis remembered = Tests::readerFixture();
        remembered.folder = m_dir.filePath(QStringLiteral("remembered-story"));
        m_window->showAnalysis(remembered);
        QCOMPARE(view()->columnArticles(), (QList<int>{0, 1, 2, 3, 4}));
        // Column 0 dropped just right of column 2's middle: it lands between 2 and 3.
        const int from = columnLeft(0) + 40;
        const int to = columnLeft(2) + view()->columnWidth(2) * 3 / 4;
        dragHeader(from, to);
        QCOMPARE(view()->columnArticles(), (QList<int>{1, 2, 0, 3, 4}));
        QVERIFY(view()->paragraphRect(0, 1).left() > view()->paragraphRect(2, 1).left());
        // Hidden columns are remembered with the order.
        m_window->outletModel()->setVisible(4, false);

        m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("library.sqlite")));
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showAnalysis(remembered);
        QCOMPARE(view()->columnArticles(), (QList<int>{1, 2, 0, 3}));
        // Another story keeps its own arrangement.
        m_window->showAnalysis(Tests::readerFixture());
        QCOMPARE(view()->columnArticles(), (QList<int>{0, 1, 2, 3, 4}));
        m_window->showAnalysis(remembered);
        auto *reset = m_window->findChild<QAction *>(QStringLiteral("actionResetColumns"));
        QVERIFY(reset);
        reset->trigger();
        QCOMPARE(view()->columnArticles(), (QList<int>{0, 1, 2, 3, 4}));
    }

    void holdingADraggedColumnAtTheEndScrollsTheView()
    {
        for (int a : view()->columnArticles())
            m_window->outletModel()->setColumnWidth(a, 600);
        QScrollBar *hbar = view()->horizontalScrollBar();
        QVERIFY(hbar->maximum() > 0);
        QCOMPARE(hbar->value(), 0);
        QWidget *header = m_window->findChild<QWidget *>(QStringLiteral("comparisonHeader"));
        const int y = header->height() / 2;
        const QPoint end(header->width() - 5, y);
        QTest::mousePress(header, Qt::LeftButton, {}, QPoint(100, y));
        QTest::mouseMove(header, QPoint(130, y));
        QTest::mouseMove(header, end);
        QTRY_COMPARE(hbar->value(), hbar->maximum());
        QTest::mouseRelease(header, Qt::LeftButton, {}, end);
        QCOMPARE(view()->columnArticles(), (QList<int>{1, 2, 3, 4, 0}));
    }

    void movingColumnsFromTheKeyboard()
    {
        auto *panel = m_window->findChild<Ui::OutletsPanel *>();
        QVERIFY(panel);
        panel->setCurrentOutlet(3);
        auto *left = panel->findChild<QAction *>(QStringLiteral("actionMoveColumnLeft"));
        auto *right = panel->findChild<QAction *>(QStringLiteral("actionMoveColumnRight"));
        QVERIFY(left && right);
        QCOMPARE(left->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
        left->trigger();
        left->trigger();
        QCOMPARE(view()->columnArticles(), (QList<int>{0, 3, 1, 2, 4}));
        QCOMPARE(panel->currentOutlet(), 3); // still selected after the list re-sorted
        left->trigger();
        QCOMPARE(view()->columnArticles(), (QList<int>{3, 0, 1, 2, 4}));
        QVERIFY(!left->isEnabled()); // at the left edge
        right->trigger();
        QCOMPARE(view()->columnArticles(), (QList<int>{0, 3, 1, 2, 4}));
    }

    void narrowingAColumnStopsAtTheMinimum()
    {
        const int before = view()->columnWidth(1);
        const int edge = columnLeft(1) + before;
        // Wider by 60 px, then as narrow as the pointer allows: the minimum holds.
        dragHeader(edge, edge + 60);
        QCOMPARE(view()->columnWidth(1), before + 60);
        dragHeader(edge + 60, columnLeft(1) + 10);
        QCOMPARE(view()->columnWidth(1), Ui::OutletModel::s_minimumColumnWidth);
        QCOMPARE(view()->paragraphRect(1, 1).width(), Ui::OutletModel::s_minimumColumnWidth - 2 * 16);
        // The other columns keep their width; the text re-wraps, so the paragraph is taller.
        QCOMPARE(view()->columnWidth(0), before);
        QVERIFY(view()->paragraphRect(1, 1).height() > view()->paragraphRect(0, 1).height());
    }

    void escapeCancelsAHeaderDrag()
    {
        QWidget *header = m_window->findChild<QWidget *>(QStringLiteral("comparisonHeader"));
        QVERIFY(header);
        const int y = header->height() / 2;
        // A column carried past two others, then Escape: it stays where it was.
        const int from = columnLeft(0) + 40;
        const int to = columnLeft(2) + view()->columnWidth(2) * 3 / 4;
        QTest::mousePress(header, Qt::LeftButton, {}, QPoint(from, y));
        QTest::mouseMove(header, QPoint(from + 20, y));
        QTest::mouseMove(header, QPoint(to, y));
        QTest::keyClick(view(), Qt::Key_Escape);
        QTest::mouseRelease(header, Qt::LeftButton, {}, QPoint(to, y));
        QCOMPARE(view()->columnArticles(), (QList<int>{0, 1, 2, 3, 4}));
        // An edge dragged 60 px, then Escape: the width it had.
        const int before = view()->columnWidth(1);
        const int edge = columnLeft(1) + before;
        QTest::mousePress(header, Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header, QPoint(edge + 30, y));
        QTest::mouseMove(header, QPoint(edge + 60, y));
        QCOMPARE(view()->columnWidth(1), before + 60);
        QTest::keyClick(view(), Qt::Key_Escape);
        QTest::mouseRelease(header, Qt::LeftButton, {}, QPoint(edge + 60, y));
        QCOMPARE(view()->columnWidth(1), before);
        QCOMPARE(m_window->outletModel()->columnWidth(1), 0); // automatic, as before
        // Without Escape the drag still lands.
        dragHeader(from, to);
        QCOMPARE(view()->columnArticles(), (QList<int>{1, 2, 0, 3, 4}));
    }

    void rowsStayLevelAfterReorderingAndNarrowing()
    {
        m_window->outletModel()->moveColumnBefore(3, 0);
        m_window->outletModel()->moveColumnBefore(1, -1);
        m_window->outletModel()->setColumnWidth(2, Ui::OutletModel::s_minimumColumnWidth);
        QCOMPARE(view()->columnArticles(), (QList<int>{3, 0, 2, 4, 1}));
        QTRY_VERIFY(!view()->isLoading());
        // Every column on screen, so no line is folded away.
        for (int a : view()->columnArticles())
            m_window->outletModel()->setColumnWidth(a, Ui::OutletModel::s_minimumColumnWidth);
        for (const Core::AlignmentRow &row : story().alignment.rows) {
            const Core::AlignmentMember &first = row.members.first();
            for (const Core::AlignmentMember &m : row.members)
                QCOMPARE(view()->paragraphRect(m.article, m.paragraph).top(), view()->paragraphRect(first.article, first.paragraph).top());
        }
    }

    void linesOfColumnsOutOfViewAreFolded()
    {
        // Wide columns: only the first ones fit, so "only in" paragraphs of the last outlet would
        // leave empty bands across the columns on screen; they fold to a note instead.
        for (int a : view()->columnArticles())
            m_window->outletModel()->setColumnWidth(a, 600);
        QScrollBar *hbar = view()->horizontalScrollBar();
        QVERIFY(hbar->maximum() > 0);
        hbar->setValue(0);
        int line = -1;
        for (int l = 0; l < view()->lineCount() && line < 0; ++l) {
            if (view()->lineOf(3, 7) == l) // Channel 9's "only in" paragraph
                line = l;
        }
        QVERIFY(line >= 0);
        QVERIFY(view()->isLineFolded(line));
        QVERIFY(!view()->isLineFolded(view()->lineOf(0, 1))); // the first row is on screen
        hbar->setValue(hbar->maximum());
        QVERIFY(!view()->isLineFolded(line));
        QVERIFY(view()->paragraphRect(3, 7).height() > 0);
        // Every aligned row stays level with whichever columns are on screen.
        const QRect a = view()->paragraphRect(3, 1);
        const QRect b = view()->paragraphRect(4, 1);
        QCOMPARE(a.top(), b.top());
    }

    void foldNotesNameAFewOutletsAndCountTheRest()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::storyOpened);
        m_window->showAnalysis(Tests::scaledReaderFixture(4)); // 20 outlets
        QVERIFY(opened.wait());
        for (int a : view()->columnArticles())
            m_window->outletModel()->setColumnWidth(a, 600);
        view()->horizontalScrollBar()->setValue(0);
        int notes = 0;
        bool counted = false;
        for (int l = 0; l < view()->lineCount(); ++l) {
            if (!view()->isLineFolded(l)) {
                QVERIFY(view()->foldNote(l).isEmpty());
                continue;
            }
            const QString note = view()->foldNote(l);
            ++notes;
            QVERIFY2(note.endsWith(u'→'), qPrintable(note)); // the columns out of view are to the right
            QVERIFY2(note.size() < 140, qPrintable(note)); // three names at most, however many outlets
            counted = counted || note.contains(QStringLiteral(" more outlet"));
        }
        QVERIFY(notes > 0);
        QVERIFY(counted);
    }

    void coverageMapFollowsTheColumnOrder()
    {
        auto *map = m_window->findChild<Ui::CoverageMap *>();
        auto *rows = m_window->findChild<Ui::AlignmentRowModel *>();
        QVERIFY(map && rows);
        m_window->outletModel()->moveColumnBefore(0, -1); // the first outlet to the right end
        const QList<int> order = view()->columnArticles();
        QCOMPARE(order, (QList<int>{1, 2, 3, 4, 0}));
        QCOMPARE(map->columnArticles(), order);
        // What the map paints in its first column is the new first outlet's.
        const QImage image = map->grab().toImage();
        int line = 0;
        while (line < rows->rowCount() && rows->presence(line, order.first()) != Ui::AlignmentRowModel::Presence::Present)
            ++line;
        QVERIFY(line < rows->rowCount());
        const QColor painted = image.pixelColor(map->cellRect(line, 0).center() * image.devicePixelRatio());
        const int hue = m_window->outletModel()->colour(order.first()).hsvHue();
        QVERIFY2(qAbs(painted.hsvHue() - hue) < 12, qPrintable(QStringLiteral("%1 vs %2").arg(painted.hsvHue()).arg(hue)));
    }

    void standaloneSubheadsAreHeadingsNotDifferences()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::storyOpened);
        m_window->showAnalysis(Tests::readerFixtureWithSubhead());
        QVERIFY(opened.wait());
        const int subhead = view()->lineOf(3, 7);
        QVERIFY(subhead >= 0);
        QCOMPARE(view()->charFormatAt(3, 7, 0).fontWeight(), int(QFont::Bold));
        QVERIFY(view()->charFormatAt(0, 7, 0).fontWeight() < QFont::Bold); // an "only in" paragraph: plain text
        // Alt+Down steps over it: a section heading is not a difference between the outlets.
        view()->setCurrentLine(subhead - 1);
        QVERIFY(view()->nextDifference(1));
        QVERIFY(view()->currentLine() != subhead);
    }

    void boilerplateIsCollapsedUntilToggled()
    {
        QScrollBar *bar = view()->verticalScrollBar();
        const int collapsed = bar->maximum();
        view()->setShowBoilerplate(true);
        QVERIFY(bar->maximum() > collapsed);
    }

    void importProblemsShowInBanner()
    {
        auto *banner = m_window->findChild<Ui::MessageBanner *>();
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->details().contains(QStringLiteral("06-channel-9-video.html")));
    }

    void openingCanBeCancelled()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::storyOpened);
        m_window->openStory(m_dir.path());
        m_window->cancelOpening();
        QTRY_VERIFY(!m_window->isBusy());
        QCOMPARE(opened.size(), 0);
        // The reader keeps showing the story it had.
        QCOMPARE(view()->columnCount(), 5);
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
