// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The reader's models on the fictional fixture story: each passes QAbstractItemModelTester and
// exposes what the panels rely on (grid placement, reorder marks, disputed-first numbers,
// quote sorting and filtering, search hits, outlet state).

#include "readerfixture.h"
#include "ui/comparisongrid.h"
#include "ui/models/alignmentrowmodel.h"
#include "ui/models/numbergroupmodel.h"
#include "ui/models/outletmodel.h"
#include "ui/models/quoteclustermodel.h"
#include "ui/models/searchresultmodel.h"
#include "ui/models/spellingvariantmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Synoptic;
using namespace Synoptic::Ui;

class TestReaderModels : public QObject
{
    Q_OBJECT
private:
    Core::StoryAnalysis m_story = Tests::readerFixture();

    int lineOfRow(const QList<GridLine> &grid, int rowId)
    {
        for (int l = 0; l < grid.size(); ++l) {
            if (grid[l].kind == GridLine::Kind::Aligned && grid[l].rowId == rowId)
                return l;
        }
        return -1;
    }

private Q_SLOTS:
    void gridPlacesOnlyInAfterPredecessor()
    {
        const QList<GridLine> grid = buildComparisonGrid(m_story);
        // 9 rows + 3 "only in" + 1 boilerplate line.
        QCOMPARE(grid.size(), 13);
        QCOMPARE(grid.last().kind, GridLine::Kind::Boilerplate);
        // Northern Courier's own paragraph follows its paragraph of row 6.
        const int row6 = lineOfRow(grid, 6);
        QCOMPARE(grid[row6 + 1].kind, GridLine::Kind::OnlyIn);
        QCOMPARE(grid[row6 + 1].owner(), 0);
        // Every body paragraph appears exactly once in the grid.
        for (int a = 0; a < m_story.articles.size(); ++a) {
            for (int p : m_story.articles[a].bodyParagraphs()) {
                int seen = 0;
                for (const GridLine &line : grid)
                    seen += int(line.cells[a].count(p));
                QVERIFY2(seen == 1, qPrintable(QStringLiteral("article %1 paragraph %2 seen %3 times").arg(a).arg(p).arg(seen)));
            }
        }
    }

    void gridShowsStandaloneSubheadsAsSubheads()
    {
        const Core::StoryAnalysis story = Tests::readerFixtureWithSubhead();
        const QList<GridLine> grid = buildComparisonGrid(story);
        int subhead = -1;
        for (int l = 0; l < grid.size(); ++l) {
            if (grid[l].cells[3].contains(7))
                subhead = l;
        }
        QVERIFY(subhead >= 0);
        QCOMPARE(grid[subhead].kind, GridLine::Kind::Subhead);
        QCOMPARE(grid[subhead].owner(), 3);
        // Still after its predecessor's row (row 5 in Channel 9's order), and the other outlets'
        // unaligned body paragraphs stay "only in".
        QCOMPARE(grid[subhead - 1].kind, GridLine::Kind::Aligned);
        QCOMPARE(grid[subhead - 1].rowId, 5);
        for (const GridLine &line : grid) {
            if (line.cells[0].contains(7))
                QCOMPARE(line.kind, GridLine::Kind::OnlyIn);
        }
        AlignmentRowModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(story, grid);
        QCOMPARE(model.headerData(subhead, Qt::Vertical).toString(), QStringLiteral("Subhead in Channel 9 News"));
    }

    void gridMarksReorderedParagraphs()
    {
        // Channel 9 tells rows 1,4,2,3,7,5,6,9 in that order: rows 4 and 7 are the moved ones.
        const QList<GridLine> grid = buildComparisonGrid(m_story);
        QList<int> moved;
        for (const GridLine &line : grid) {
            if (line.kind == GridLine::Kind::Aligned && line.moved[3])
                moved.append(line.rowId);
        }
        QCOMPARE(moved, (QList<int>{4, 7}));
        // The wire copy is in consensus order: nothing moved.
        for (const GridLine &line : grid)
            QVERIFY(!line.moved[1]);
    }

    void alignmentRowModel()
    {
        AlignmentRowModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<GridLine> grid = buildComparisonGrid(m_story);
        model.setAnalysis(m_story, grid);
        QCOMPARE(model.rowCount(), grid.size());
        QCOMPARE(model.columnCount(), 5);
        const int row1 = lineOfRow(grid, 1);
        const int row4 = lineOfRow(grid, 4);
        QCOMPARE(model.presence(row1, 2), AlignmentRowModel::Presence::Disputed); // "At least 17"
        QCOMPARE(model.presence(row4, 1), AlignmentRowModel::Presence::Absent);
        QCOMPARE(model.presence(row4, 3), AlignmentRowModel::Presence::Moved);
        const int row5 = lineOfRow(grid, 5);
        QCOMPARE(model.presence(row5, 1), AlignmentRowModel::Presence::Present); // same words as the base
        QCOMPARE(model.presence(row5, 3), AlignmentRowModel::Presence::Variant);
        QCOMPARE(model.headerData(row4, Qt::Vertical).toString(), QStringLiteral("Row 4"));
        model.setBaseOutlet(3);
        QCOMPARE(model.presence(row5, 0), AlignmentRowModel::Presence::Variant);
    }

    void outletModel()
    {
        OutletModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(m_story);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.name(3), QStringLiteral("Channel 9 News"));
        QCOMPARE(model.index(1).data(OutletModel::FamilyRole).toString(), QStringLiteral("A"));
        QVERIFY(model.index(1).data(OutletModel::FamilySourceRole).toBool());
        QVERIFY(model.index(0).data(OutletModel::FamilyRole).toString().isEmpty());
        QVERIFY(model.index(0).data(OutletModel::WordCountRole).toInt() > 100);

        QSignalSpy renamed(&model, &OutletModel::renameRequested);
        QVERIFY(model.setData(model.index(2), QStringLiteral("  The Meridian "), Qt::EditRole));
        QCOMPARE(model.name(2), QStringLiteral("The Meridian"));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.first().at(1).toString(), QStringLiteral("The Meridian"));

        QSignalSpy visibility(&model, &OutletModel::visibilityChanged);
        model.setData(model.index(4), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(visibility.size(), 1);
        QCOMPARE(model.visibleOutlets(), (QList<int>{0, 1, 2, 3}));

        QSignalSpy base(&model, &OutletModel::baseOutletChanged);
        model.setBaseOutlet(3);
        QCOMPARE(base.size(), 1);
        QVERIFY(model.index(3).data(OutletModel::BaseRole).toBool());
        QVERIFY(!model.index(0).data(OutletModel::BaseRole).toBool());
    }

    void outletModelMovesColumns_data()
    {
        QTest::addColumn<QList<int>>("hidden");
        QTest::addColumn<int>("article");
        QTest::addColumn<int>("direction");
        QTest::addColumn<bool>("moved");
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("first right") << QList<int>{} << 0 << 1 << true << QList<int>{1, 0, 2, 3, 4};
        QTest::newRow("last left") << QList<int>{} << 4 << -1 << true << QList<int>{0, 1, 2, 4, 3};
        QTest::newRow("first left: edge") << QList<int>{} << 0 << -1 << false << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("last right: edge") << QList<int>{} << 4 << 1 << false << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("over a hidden column") << QList<int>{1} << 0 << 1 << true << QList<int>{1, 2, 0, 3, 4};
        QTest::newRow("hidden moves among all") << QList<int>{1} << 1 << 1 << true << QList<int>{0, 2, 1, 3, 4};
    }

    void outletModelMovesColumns()
    {
        QFETCH(QList<int>, hidden);
        QFETCH(int, article);
        QFETCH(int, direction);
        QFETCH(bool, moved);
        QFETCH(QList<int>, order);
        OutletModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The Outlets panel shows the model sorted by column; the proxy must follow moves.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(OutletModel::ColumnRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(0);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(m_story, {{}, {}, hidden});
        QSignalSpy columns(&model, &OutletModel::columnsChanged);
        QCOMPARE(model.canMoveColumn(article, direction), moved);
        QCOMPARE(model.moveColumn(article, direction), moved);
        QCOMPARE(columns.size(), moved ? 1 : 0);
        QCOMPARE(model.columnOrder(), order);
        for (int position = 0; position < order.size(); ++position) {
            QCOMPARE(model.index(order[position]).data(OutletModel::ColumnRole).toInt(), position);
            QCOMPARE(proxy.index(position, 0).data(Qt::DisplayRole).toString(), model.name(order[position]));
        }
        QList<int> visible;
        for (int a : std::as_const(order)) {
            if (!hidden.contains(a))
                visible.append(a);
        }
        QCOMPARE(model.visibleOutlets(), visible);
    }

    void outletModelColumnState()
    {
        OutletModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A saved state from an older version of the story: unknown articles are ignored, missing
        // ones follow in article order, widths are bounded.
        model.setAnalysis(m_story, {{3, 9, 1}, {{3, 10}, {1, 400}, {7, 300}}, {2, 8}});
        QCOMPARE(model.columnOrder(), (QList<int>{3, 1, 0, 2, 4}));
        QCOMPARE(model.columnWidth(3), OutletModel::s_minimumColumnWidth);
        QCOMPARE(model.columnWidth(1), 400);
        QCOMPARE(model.columnWidth(0), 0);
        QCOMPARE(model.visibleOutlets(), (QList<int>{3, 1, 0, 4}));
        const OutletModel::ColumnState state = model.columnState();
        QCOMPARE(state.order, model.columnOrder());
        QCOMPARE(state.hidden, QList<int>{2});
        QCOMPARE(state.widths.value(1), 400);

        QSignalSpy columns(&model, &OutletModel::columnsChanged);
        QVERIFY(model.setData(model.index(0), 50, OutletModel::WidthRole));
        QCOMPARE(model.columnWidth(0), OutletModel::s_minimumColumnWidth);
        QCOMPARE(columns.size(), 1);
        model.moveColumnBefore(4, 3);
        QCOMPARE(model.columnOrder(), (QList<int>{4, 3, 1, 0, 2}));
        model.moveColumnBefore(4, -1);
        QCOMPARE(model.columnOrder(), (QList<int>{3, 1, 0, 2, 4}));

        QSignalSpy visibility(&model, &OutletModel::visibilityChanged);
        model.resetColumns();
        QCOMPARE(model.columnOrder(), (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(model.visibleOutlets(), (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(model.columnWidth(1), 0);
        QCOMPARE(visibility.size(), 1);
    }

    void quoteClusterModelSortsAndFilters()
    {
        QuoteClusterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusters(m_story.quotes);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(QuoteClusterModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(QuoteClusterModel::OutletsColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(QuoteClusterModel::ClusterIdRole).toInt(), 3); // Brenn: 3 outlets
        QCOMPARE(proxy.index(0, QuoteClusterModel::OutletsColumn).data().toInt(), 3);
        proxy.setFilterFixedString(QStringLiteral("ferro"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(QuoteClusterModel::ClusterIdRole).toInt(), 2);
        proxy.setFilterFixedString(QStringLiteral("rebuild"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, QuoteClusterModel::SpeakerColumn).data().toString(), QStringLiteral("Tomas Brenn"));
    }

    void numberGroupModelPutsDisputedFirst()
    {
        Core::StoryAnalysis story = m_story;
        std::reverse(story.numbers.begin(), story.numbers.end()); // the engine's order must not matter
        NumberGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(story);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(NumberGroupModel::StatusRole).toInt(), int(Core::NumberStatus::Disputed));
        QCOMPARE(model.rowCount(first), 5);
        QCOMPARE(model.index(3, 0, first).data().toString(), QStringLiteral("Channel 9 News"));
        QCOMPARE(model.index(3, 1, first).data().toString(), QStringLiteral("More than 20 people"));
        QCOMPARE(model.index(3, 0, first).data(NumberGroupModel::ArticleRole).toInt(), 3);
        QCOMPARE(model.indexForGroup(1), first);
    }

    // Ticked = compared as one name. A tick change is a verdict: shown at once and asked for.
    void spellingVariantModel()
    {
        using State = Synoptic::Core::SpellingVariant::State;
        SpellingVariantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVariants({{{QStringLiteral("Portmere"), QStringLiteral("Port Mere")}, State::Detected},
                           {{QStringLiteral("harbour"), QStringLiteral("harbor")}, State::Rejected}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("Portmere · Port Mere")));
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsUserCheckable));

        QSignalSpy asked(&model, &SpellingVariantModel::decisionRequested);
        QVERIFY(model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][0].toStringList(), (QStringList{QStringLiteral("Portmere"), QStringLiteral("Port Mere")}));
        QCOMPARE(asked[0][1].value<State>(), State::Rejected);
        QCOMPARE(model.variant(0).state, State::Rejected);
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        model.decide(0, State::Rejected); // no change, nothing asked
        QCOMPARE(asked.size(), 1);
        model.decide(1, State::Confirmed);
        model.decide(1, State::Detected);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked[2][1].value<State>(), State::Detected);
        model.decide(7, State::Confirmed); // no such row
        QCOMPARE(asked.size(), 3);
    }

    void searchResultModel()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Core::StoryAnalysis &story = m_story;
        model.setOutlets({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")});
        model.setSearchFunction([&story](const QString &query) { return inMemorySearch(story, query); });
        model.search(QStringLiteral("ALARMS late"));
        QCOMPARE(model.rowCount(), 4); // every outlet but The Harbour Post
        for (int r = 0; r < model.rowCount(); ++r) {
            const SearchHit hit = model.hit(r);
            const QString text = story.articles[hit.article].paragraphs[hit.paragraph].text;
            QCOMPARE(text.mid(hit.start, hit.length).toLower(), QStringLiteral("alarms"));
            QVERIFY(hit.snippet.contains(QStringLiteral("alarms")));
        }
        model.search(QStringLiteral("cafe")); // accent-insensitive: "café", "Café"
        QCOMPARE(model.rowCount(), 4);
        model.search(QStringLiteral("zeppelin"));
        QCOMPARE(model.rowCount(), 0);
        model.search(QString());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestReaderModels)
#include "tst_readermodels.moc"
