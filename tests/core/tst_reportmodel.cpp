// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The report model: which outlets, rows, quotes and numbers a report shows, and the coverage
// states, computed from the fictional fixture story (tests/ui/reportfixture.h).

#include "core/report/reportbuilder.h"
#include "tests/ui/reportfixture.h"

#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;
using Synoptic::Tests::StoryFixtureBuilder;
using Synoptic::Tests::largeReportFixture;
using Synoptic::Tests::reportFixture;

namespace {
enum Outlet { Wire, Coast, Harbour, Ledger, Valley };

ReportModel buildFixture(ReportOptions options = {})
{
    options.generated = QDateTime(QDate(2031, 3, 12), QTime(10, 0), QTimeZone::UTC);
    return ReportBuilder(options).build(reportFixture());
}

const CoverageRow &coverageRow(const ReportModel &model, int rowId)
{
    for (const CoverageRow &row : model.coverage) {
        if (row.rowId == rowId)
            return row;
    }
    static const CoverageRow none;
    return none;
}
} // namespace

class TestReportModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outletsAndFigures()
    {
        const ReportModel model = buildFixture();
        QCOMPARE(model.title, QStringLiteral("Floods force hundreds from their homes in Aldermere"));
        QCOMPARE(model.dates, QStringLiteral("11\u201312 March 2031"));
        QCOMPARE(model.generated, QStringLiteral("12 March 2031, 10:00 UTC"));
        QCOMPARE(model.outlets.size(), 5);
        QCOMPARE(model.outlets.at(Valley).name, QStringLiteral("Valley Post"));
        QCOMPARE(model.outlets.at(Valley).number, 5);
        QSet<QString> colours;
        for (const ReportOutlet &o : model.outlets)
            colours.insert(o.colour);
        QCOMPARE(colours.size(), 5);
        QCOMPARE(model.base, int(Wire)); // in most rows
        QCOMPARE(model.figures.rows, 8);
        QCOMPARE(model.figures.sharedRows, 8);
        QCOMPARE(model.figures.sharedQuotes, 4);
        QCOMPARE(model.figures.disputedNumbers, 1);
        QCOMPARE(model.figures.consistentSums, 1);
        QCOMPARE(model.figures.agreedNumbers, 2);
        QCOMPARE(model.figures.uniqueParagraphs, 4);
        QCOMPARE(model.outlets.at(Ledger).uniqueParagraphs, 2);
        QCOMPARE(model.outlets.at(Harbour).alignedParagraphs, 7);
        QCOMPARE(model.families.size(), 2);
        QCOMPARE(model.families.at(0).label, QStringLiteral("Wire Agency family"));
        QCOMPARE(model.families.at(0).outlets, (QList<int>{Wire, Coast, Harbour}));
        QVERIFY(std::any_of(model.method.notes.cbegin(), model.method.notes.cend(),
                            [](const QString &note) { return note.startsWith(QStringLiteral("Syndication families join")); }));
        QCOMPARE(model.outlets.at(Valley).family, 1);
        QVERIFY(!model.method.version.isEmpty());
        QCOMPARE(model.method.baseOutlet, QStringLiteral("Wire Agency"));
        QCOMPARE(model.method.spellingVariants.size(), 2);
        QVERIFY(model.method.spellingVariants.at(1).contains(QStringLiteral("confirmed")));
    }

    void coverageStates_data()
    {
        QTest::addColumn<int>("base"); // article, -1 = automatic
        QTest::addColumn<int>("rowId");
        QTest::addColumn<QList<CoverageState>>("states");
        using S = CoverageState;
        QTest::newRow("copies same, rewrites differ") << -1 << 1 << QList<S>{S::Present, S::Present, S::Present, S::Variant, S::Variant};
        QTest::newRow("one word changed is a variant") << -1 << 5 << QList<S>{S::Present, S::Variant, S::Present, S::Variant, S::Variant};
        QTest::newRow("absent outlets") << -1 << 8 << QList<S>{S::Present, S::Present, S::Absent, S::Absent, S::Absent};
        QTest::newRow("other base") << int(Valley) << 1 << QList<S>{S::Variant, S::Variant, S::Variant, S::Variant, S::Present};
        QTest::newRow("base absent: majority wording") << int(Valley) << 4 << QList<S>{S::Present, S::Present, S::Present, S::Variant, S::Absent};
    }
    void coverageStates()
    {
        QFETCH(int, base);
        QFETCH(int, rowId);
        QFETCH(QList<CoverageState>, states);
        ReportOptions options;
        options.baseArticle = base;
        const ReportModel model = buildFixture(options);
        QCOMPARE(coverageRow(model, rowId).cells, states);
        QVERIFY(!coverageRow(model, rowId).label.isEmpty());
    }

    void quotesMarkEveryOutlet()
    {
        const ReportModel model = buildFixture();
        QCOMPARE(model.quotes.size(), 4);
        QVERIFY(model.singleQuotes.isEmpty());
        const QuoteRow &mayor = model.quotes.at(0);
        QCOMPARE(mayor.speaker, QStringLiteral("Irena Vasko"));
        QCOMPARE(mayor.presence.at(Wire), QuotePresence::Verbatim);
        QCOMPARE(mayor.presence.at(Valley), QuotePresence::Variant);
        QCOMPARE(mayor.wording.at(Valley), QStringLiteral("We\u2019ve never seen water rise so fast"));
        QVERIFY(mayor.wording.at(Wire).isEmpty());
        // "the danger has not passed" vs "The danger has not passed,": case and the comma
        // inside the marks are style, not wording.
        const auto danger = std::find_if(model.quotes.cbegin(), model.quotes.cend(),
                                         [](const QuoteRow &q) { return q.speaker == QStringLiteral("Tomas Reyl"); });
        QVERIFY(danger != model.quotes.cend());
        QCOMPARE(danger->presence.at(Ledger), QuotePresence::Verbatim);
        const auto sirens = std::find_if(model.quotes.cbegin(), model.quotes.cend(),
                                         [](const QuoteRow &q) { return q.speaker == QStringLiteral("Mara Lind"); });
        QVERIFY(sirens != model.quotes.cend());
        QCOMPARE(sirens->presence.at(Valley), QuotePresence::Paraphrase);
        QCOMPARE(sirens->presence.at(Ledger), QuotePresence::Absent);
        QCOMPARE(sirens->outletCount, 3);
    }

    void numbersByStatus()
    {
        const ReportModel model = buildFixture();
        QCOMPARE(model.disputed.size(), 1);
        const NumberRow &injured = model.disputed.first();
        QCOMPARE(injured.subject, QStringLiteral("injured"));
        QCOMPARE(injured.entries.size(), 5);
        QCOMPARE(injured.entries.last().outlet, int(Valley));
        QCOMPARE(injured.entries.last().wording, QStringLiteral("Some 90 people were wounded"));
        QCOMPARE(injured.entries.last().value, QStringLiteral("some 90 (80\u201399)"));
        QCOMPARE(injured.entries.first().value, QStringLiteral("more than 100"));
        QCOMPARE(model.consistentSums.first().note, QStringLiteral("42 + 18 = 60"));
        QCOMPARE(model.agreed.first().entries.first().value, QStringLiteral("EUR 2,500,000"));
    }

    void marksSitOnTheirText()
    {
        const ReportModel model = buildFixture();
        int quotes = 0, disputed = 0;
        for (const SynopsisRow &row : model.synopsis) {
            for (const SynopsisCell &cell : row.cells) {
                for (const ReportParagraph &p : cell.paragraphs) {
                    for (const TextMark &m : p.marks) {
                        QVERIFY(m.start >= 0 && m.end <= p.text.size() && m.start < m.end);
                        const QString marked = p.text.mid(m.start, m.end - m.start);
                        if (m.kind == MarkKind::Quote) {
                            ++quotes;
                            QVERIFY2(marked.front() == QChar(0x201C) || marked.back() == QChar(0x201D), qPrintable(marked));
                        } else if (m.kind == MarkKind::DisputedNumber) {
                            ++disputed;
                            QVERIFY2(marked.contains(QStringLiteral("100")) || marked.contains(QStringLiteral("90")), qPrintable(marked));
                        }
                    }
                }
            }
        }
        QCOMPARE(disputed, 5);
        QCOMPARE(quotes, 5 + 4 + 5 + 3);
    }

    void badOffsetsAreClamped()
    {
        StoryAnalysis story = reportFixture();
        story.quotes[0].occurrences[0].start = -20;
        story.quotes[0].occurrences[0].end = 100000;
        story.numbers[0].mentions[0].start = 5000; // past the end: dropped
        story.numbers[0].mentions[0].end = 5010;
        const ReportModel model = ReportBuilder().build(story);
        const ReportParagraph &p = model.synopsis.at(2).cells.at(0).paragraphs.first();
        QCOMPARE(p.marks.first().start, 0);
        QCOMPARE(p.marks.first().end, p.text.size());
        QVERIFY(model.synopsis.at(1).cells.at(0).paragraphs.first().marks.isEmpty());
    }

    void selectionLimitsEverything()
    {
        const StoryAnalysis story = reportFixture();
        const OutletSelection selection =
            selectOutlets(story, {QStringLiteral("valley post"), QStringLiteral("WIRE AGENCY"), QStringLiteral("Nope")});
        QCOMPARE(selection.articles, (QList<int>{Wire, Valley}));
        QCOMPARE(selection.unknown, QStringList{QStringLiteral("Nope")});
        QCOMPARE(findOutlet(story, QStringLiteral("004-northern-ledger.txt")), int(Ledger));
        QCOMPARE(findOutlet(story, QStringLiteral("Missing")), -1);

        ReportOptions options;
        options.articles = selection.articles;
        options.baseArticle = Valley;
        const ReportModel model = buildFixture(options);
        QCOMPARE(model.outlets.size(), 2);
        QCOMPARE(model.base, 1);
        QVERIFY(model.families.isEmpty()); // no family keeps two members
        for (const QString &note : std::as_const(model.method.notes))
            QVERIFY(!note.startsWith(QStringLiteral("Syndication families")));
        QCOMPARE(model.quotes.size(), 3); // the shopkeeper's quote: Wire only (Valley paraphrases)
        QCOMPARE(model.singleQuotes.size(), 1);
        QCOMPARE(model.disputed.first().entries.size(), 2);
        QCOMPARE(model.figures.uniqueParagraphs, 1);
        for (const CoverageRow &row : model.coverage)
            QCOMPARE(row.cells.size(), 2);
    }

    void twoArticlesFromOneOutlet()
    {
        StoryAnalysis story = reportFixture();
        story.articles[Coast].outlet = QStringLiteral("Wire Agency"); // e.g. an update of the same report
        const OutletSelection selection = selectOutlets(story, {QStringLiteral("Wire Agency")});
        QCOMPARE(selection.articles, (QList<int>{Wire, Coast}));
        const ReportModel model = ReportBuilder().build(story);
        QCOMPARE(model.outlets.at(Wire).name, QStringLiteral("Wire Agency (001-wire-agency.txt)"));
        QCOMPARE(model.outlets.at(Coast).name, QStringLiteral("Wire Agency (002-coastline-courier.txt)"));
        QCOMPARE(model.outlets.at(Ledger).name, QStringLiteral("Northern Ledger"));
    }

    void synopsisGroups_data()
    {
        QTest::addColumn<int>("maxColumns");
        QTest::addColumn<int>("collapseAbove");
        QTest::addColumn<QList<QList<int>>>("groups");
        QTest::addColumn<QList<int>>("rowsPerGroup");
        QTest::newRow("one group") << 5 << 6 << QList<QList<int>>{{0, 1, 2, 3, 4}} << QList<int>{8};
        QTest::newRow("split, base repeated") << 4 << 6 << QList<QList<int>>{{0, 1, 2, 3}, {0, 4}} << QList<int>{8, 6};
        QTest::newRow("two per page") << 2 << 6 << QList<QList<int>>{{0, 1}, {0, 2}, {0, 3}, {0, 4}} << QList<int>{8, 7, 6, 6};
        QTest::newRow("families collapse") << 4 << 3 << QList<QList<int>>{{0, 1}} << QList<int>{8};
    }
    void synopsisGroups()
    {
        QFETCH(int, maxColumns);
        QFETCH(int, collapseAbove);
        QFETCH(QList<QList<int>>, groups);
        QFETCH(QList<int>, rowsPerGroup);
        ReportOptions options;
        options.maxSynopsisColumns = maxColumns;
        options.collapseFamiliesAbove = collapseAbove;
        const ReportModel model = buildFixture(options);
        QCOMPARE(model.synopsisGroups.size(), groups.size());
        for (int g = 0; g < groups.size(); ++g) {
            QCOMPARE(model.synopsisGroups.at(g).columns, groups.at(g));
            QCOMPARE(model.synopsisGroups.at(g).rows.size(), rowsPerGroup.at(g));
        }
    }

    void collapsedFamilyNotesDifferences()
    {
        ReportOptions options;
        options.collapseFamiliesAbove = 3;
        const ReportModel model = buildFixture(options);
        QVERIFY(model.familiesCollapsed);
        QCOMPARE(model.synopsisColumns.size(), 2);
        QCOMPARE(model.synopsisColumns.at(0).label, QStringLiteral("Wire Agency family"));
        QCOMPARE(model.synopsisColumns.at(0).outlets, (QList<int>{Wire, Coast, Harbour}));
        QCOMPARE(model.synopsis.at(4).cells.at(0).note, QStringLiteral("Different wording in Coastline Courier"));
        QCOMPARE(model.synopsis.at(7).cells.at(0).note, QStringLiteral("Absent in Harbour Times"));
        // The rewrite family has no known source: its first member speaks for it.
        QCOMPARE(model.synopsis.at(3).cells.at(1).outlet, int(Ledger));
        // Ledger rewrote the row: the word differences give way to a note.
        QCOMPARE(model.synopsis.at(3).cells.at(1).note, QStringLiteral("Absent in Valley Post; reworded throughout"));
    }

    void twentyOutletsStayReadable()
    {
        const StoryAnalysis story = largeReportFixture(20, 30);
        const ReportModel model = ReportBuilder().build(story);
        QVERIFY(model.familiesCollapsed);
        QCOMPARE(model.synopsisColumns.size(), 8); // six families of three, two single outlets
        QCOMPARE(model.synopsisGroups.size(), 3);
        for (const SynopsisGroup &g : model.synopsisGroups) {
            QVERIFY(g.columns.size() <= 4);
            QCOMPARE(g.columns.first(), 0);
        }
        QCOMPARE(model.coverage.first().cells.size(), 20);
    }

    // A collapsed family of nine: the note names four members that differ and counts the rest.
    void largeFamilyNoteStaysShort()
    {
        StoryFixtureBuilder story(u"Large family"_s);
        Family family;
        for (int i = 0; i < 9; ++i) {
            const int a = story.addArticle(u"Outlet %1"_s.arg(i + 1), u"Headline"_s, u"2025-04-24"_s);
            story.addParagraph(a, 0, i == 0 ? u"The ferry left the harbour at dawn."_s : u"The ferry left the harbour at dawn, number %1."_s.arg(i));
            family.articles.append(a);
        }
        StoryAnalysis analysis = story.finish();
        family.source = 0;
        analysis.families.append(family);
        ReportOptions options;
        options.collapseFamiliesAbove = 3;
        options.baseArticle = 0;
        const ReportModel model = ReportBuilder(options).build(analysis);
        QVERIFY(model.familiesCollapsed);
        QCOMPARE(model.synopsis.first().cells.first().note,
                 u"Different wording in Outlet 2, Outlet 3, Outlet 4, Outlet 5 and 4 more"_s);
    }

    void wordDifferHook()
    {
        ReportBuilder builder;
        builder.setWordDiffer([](QStringView, QStringView text) {
            return QList<std::pair<qsizetype, qsizetype>>{{0, std::min<qsizetype>(4, text.size())}};
        });
        const ReportModel model = builder.build(reportFixture());
        for (const SynopsisRow &row : model.synopsis) {
            for (const SynopsisCell &cell : row.cells) {
                for (const ReportParagraph &p : cell.paragraphs) {
                    const bool marked = std::any_of(p.marks.cbegin(), p.marks.cend(),
                                                    [](const TextMark &m) { return m.kind == MarkKind::WordDifference; });
                    QCOMPARE(marked, cell.state == CoverageState::Variant);
                }
            }
        }
        ReportOptions off;
        off.wordDifferences = false;
        QVERIFY(ReportBuilder(off).build(reportFixture()).method.notes.last().contains(QStringLiteral("not marked")));
    }

    // The default differ (core/align's WordDiffer): what the other outlet added or replaced is
    // marked in its paragraph, against the base; moved phrases and confirmed variants stay plain.
    void wordDifferences_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QStringList>("marked"); // the marked substrings of `other`, in order
        QTest::addColumn<bool>("variant"); // Vellmark / Velmark confirmed as a spelling variant
        QTest::newRow("replaced word") << u"The ferry left the harbour at dawn with forty passengers."_s
                                       << u"The ferry left the harbour at noon with forty passengers."_s << QStringList{u"noon"_s} << false;
        QTest::newRow("inserted words, adjacent changes joined")
            << u"The council met on Tuesday to discuss the bridge."_s
            << u"The council met in secret on Tuesday to discuss the bridge."_s << QStringList{u"in secret"_s} << false;
        QTest::newRow("deleted words leave nothing to mark")
            << u"The council met on Tuesday evening to discuss the bridge."_s
            << u"The council met on Tuesday to discuss the bridge."_s << QStringList{} << false;
        QTest::newRow("spelling variant is no difference")
            << u"Rescuers reached Vellmark before the storm broke over the coast."_s
            << u"Rescuers reached Velmark before the storm broke over the coast."_s << QStringList{} << true;
        QTest::newRow("no spelling variant known: marked")
            << u"Rescuers reached Vellmark before the storm broke over the coast."_s
            << u"Rescuers reached Velmark before the storm broke over the coast."_s << QStringList{u"Velmark"_s} << false;
    }

    void rewordedParagraphIsNamedNotMarked()
    {
        StoryFixtureBuilder story(u"Reworded"_s);
        const int a = story.addArticle(u"Alpha Post"_s, u"Headline"_s, u"2025-04-24"_s);
        const int b = story.addArticle(u"Beta Times"_s, u"Headline"_s, u"2025-04-24"_s);
        story.addParagraph(a, 0, u"The ferry left the harbour at dawn with forty passengers on board."_s);
        story.addParagraph(b, 0, u"Forty travellers sailed early, a port official later confirmed to reporters."_s);
        ReportOptions options;
        options.baseArticle = a;
        const ReportModel model = ReportBuilder(options).build(story.finish());
        const SynopsisCell &cell = model.synopsis.first().cells.at(1);
        QCOMPARE(cell.state, CoverageState::Variant);
        QVERIFY(std::none_of(cell.paragraphs.first().marks.cbegin(), cell.paragraphs.first().marks.cend(),
                             [](const TextMark &m) { return m.kind == MarkKind::WordDifference; }));
        QCOMPARE(cell.note, u"Reworded throughout"_s);
    }

    void outletNames_data()
    {
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::newRow("named outlet") << u" Valley Post "_s << u"https://www.valley.example/a"_s << u"a.txt"_s << u"Valley Post"_s;
        QTest::newRow("unknown: the site") << QString() << u"https://www.valley.example/a"_s << u"a.txt"_s << u"valley.example"_s;
        QTest::newRow("unknown: the file") << QString() << QString() << u"news/ferry-report.md"_s << u"ferry-report"_s;
        QTest::newRow("hash cut short") << QString() << QString() << u"001_3945f944b8b0eeeb.txt"_s << u"001 3945f9\u2026"_s;
        QTest::newRow("importer's file-name outlet cut short")
            << u"002_2e935435fb8600cc"_s << QString() << u"002_2e935435fb8600cc.txt"_s << u"002 2e9354\u2026"_s;
        QTest::newRow("hex-looking word kept") << QString() << QString() << u"facade_defaced.txt"_s << u"facade defaced"_s;
    }

    void outletNames()
    {
        QFETCH(QString, outlet);
        QFETCH(QString, url);
        QFETCH(QString, file);
        QFETCH(QString, name);
        Article a;
        a.outlet = outlet;
        a.url = url;
        a.file = file;
        if (outlet == QFileInfo(file).completeBaseName())
            a.outletSource = u"file-name"_s;
        QCOMPARE(outletName(a), name);
    }

    void numberValues_data()
    {
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("low"); // -1: unbounded
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("measure");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QString() << 215.0 << 215.0 << 215.0 << QString() << false << u"215"_s;
        QTest::newRow("one-sided restates the qualifier") << u"more than"_s << 100.0 << 101.0 << -1.0 << QString() << false << u"more than 100"_s;
        QTest::newRow("at least") << u"at least"_s << 12.0 << 12.0 << -1.0 << QString() << false << u"at least 12"_s;
        QTest::newRow("approximate range") << u"about"_s << 90.0 << 85.0 << 95.0 << QString() << false << u"about 90 (85\u201395)"_s;
        QTest::newRow("range rounded to the value's precision")
            << u"about"_s << 30.0 << 26.55 << 33.55 << u"%"_s << false << u"about 30% (27\u201334%)"_s;
        QTest::newRow("currency before the figure") << QString() << 40.0 << 40.0 << 40.0 << u"€"_s << false << u"€40"_s;
        QTest::newRow("measure after the figure, widened bounds read round")
            << u"about"_s << 60000.0 << 54000.45 << 66000.55 << u"tonnes"_s << true << u"about 60,000 tonnes (54,000\u201366,000 tonnes)"_s;
        QTest::newRow("magnitude before the figure") << QString() << 7.1 << 7.05 << 7.15 << u"magnitude"_s << true << u"magnitude 7.1"_s;
    }

    void numberValues()
    {
        QFETCH(QString, qualifier);
        QFETCH(double, value);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QString, unit);
        QFETCH(bool, measure);
        QFETCH(QString, expected);
        NumberMention m;
        m.kind = measure ? NumberKind::Measure : NumberKind::Count;
        m.qualifier = qualifier;
        m.value = value;
        if (low >= 0)
            m.low = low;
        if (high >= 0)
            m.high = high;
        m.unit = unit;
        QCOMPARE(formatNumberValue(m), expected);
    }

    void wordDifferences()
    {
        QFETCH(QString, base);
        QFETCH(QString, other);
        QFETCH(QStringList, marked);
        QFETCH(bool, variant);
        StoryFixtureBuilder story(u"Word differences"_s);
        const int a = story.addArticle(u"Alpha Post"_s, u"Headline"_s, u"2025-04-24"_s);
        const int b = story.addArticle(u"Beta Times"_s, u"Headline"_s, u"2025-04-24"_s);
        story.addParagraph(a, 0, base);
        const int p = story.addParagraph(b, 0, other);
        StoryAnalysis analysis = story.finish();
        if (variant)
            analysis.variants.append({{u"Vellmark"_s, u"Velmark"_s}, SpellingVariant::State::Confirmed});
        ReportOptions options;
        options.baseArticle = a;
        const ReportModel model = ReportBuilder(options).build(analysis);
        QCOMPARE(model.synopsis.size(), 1);
        const SynopsisCell &cell = model.synopsis.first().cells.at(1);
        QCOMPARE(cell.outlet, 1);
        QCOMPARE(cell.paragraphs.size(), 1);
        QCOMPARE(cell.paragraphs.first().paragraph, p);
        QStringList found;
        for (const TextMark &m : cell.paragraphs.first().marks) {
            if (m.kind == MarkKind::WordDifference)
                found.append(other.mid(m.start, m.end - m.start));
        }
        QCOMPARE(found, marked);
        // The base column is the reference: never marked.
        for (const TextMark &m : model.synopsis.first().cells.at(0).paragraphs.first().marks)
            QVERIFY(m.kind != MarkKind::WordDifference);
    }

    // A paragraph merging what the base wrote as two (AlignmentMember::merged, a member of both
    // rows) is printed in the first row; the second points back to it and counts nothing twice.
    void mergedParagraphPrintedOnce()
    {
        StoryFixtureBuilder story(u"Merged"_s);
        const int a = story.addArticle(u"Alpha Post"_s, u"Headline"_s, u"2025-04-24"_s);
        const int b = story.addArticle(u"Beta Times"_s, u"Headline"_s, u"2025-04-24"_s);
        story.addParagraph(a, 0, u"The ferry left the harbour at dawn."_s);
        story.addParagraph(a, 1, u"It carried forty passengers and a crew of six."_s);
        const int merged = story.addParagraph(b, 0, u"The ferry left at dawn carrying forty passengers and six crew."_s);
        StoryAnalysis analysis = story.finish();
        QCOMPARE(analysis.alignment.rows.size(), 2);
        for (AlignmentMember &m : analysis.alignment.rows[0].members)
            m.merged = m.article == b;
        analysis.alignment.rows[1].members.append({b, merged, 0.7, true});
        ReportOptions options;
        options.baseArticle = a;
        const ReportModel model = ReportBuilder(options).build(analysis);
        QCOMPARE(model.synopsis.size(), 2);
        const ReportParagraph &first = model.synopsis.at(0).cells.at(1).paragraphs.first();
        const ReportParagraph &second = model.synopsis.at(1).cells.at(1).paragraphs.first();
        QCOMPARE(first.shownInRow, 0);
        QCOMPARE(second.shownInRow, model.synopsis.at(0).rowId);
        QVERIFY(std::none_of(second.marks.cbegin(), second.marks.cend(),
                             [](const TextMark &m) { return m.kind == MarkKind::WordDifference; }));
        QCOMPARE(model.outlets.at(1).alignedParagraphs, 1);
        QCOMPARE(model.outlets.at(0).alignedParagraphs, 2);
        // Both rows still show the outlet as present in the coverage matrix.
        QCOMPARE(model.coverage.at(1).cells.at(1), CoverageState::Variant);
    }

    void emptyStory()
    {
        const ReportModel model = ReportBuilder().build(StoryAnalysis{});
        QCOMPARE(model.title, QStringLiteral("Untitled story"));
        QVERIFY(model.outlets.isEmpty());
        QVERIFY(model.synopsisGroups.isEmpty());
        QVERIFY(model.dates.isEmpty());
    }

    void dateRanges_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("range");
        QTest::newRow("one day") << QStringList{QStringLiteral("2025-04-24T06:00:00Z"), QStringLiteral("2025-04-24")} << QStringLiteral("24 April 2025");
        QTest::newRow("same month") << QStringList{QStringLiteral("2025-04-25"), QStringLiteral("2025-04-24")} << QStringLiteral("24\u201325 April 2025");
        QTest::newRow("same year") << QStringList{QStringLiteral("2025-03-30"), QStringLiteral("2025-04-02")} << QStringLiteral("30 March \u2013 2 April 2025");
        QTest::newRow("years") << QStringList{QStringLiteral("2024-12-31"), QStringLiteral("2025-01-01")} << QStringLiteral("31 December 2024 \u2013 1 January 2025");
        QTest::newRow("unknown and invalid") << QStringList{QString(), QStringLiteral("yesterday")} << QString();
    }
    void dateRanges()
    {
        QFETCH(QStringList, dates);
        QFETCH(QString, range);
        QCOMPARE(formatDateRange(dates), range);
    }

    void leadWordsCut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("lead");
        QTest::newRow("short") << QStringLiteral("Short  text.") << 40 << QStringLiteral("Short text.");
        QTest::newRow("word boundary") << QStringLiteral("Floodwater swept through the district, officials said") << 40
                                       << QStringLiteral("Floodwater swept through the district\u2026");
        QTest::newRow("one long word") << QString(60, u'x') << 20 << QString(20, u'x') + QChar(0x2026);
    }
    void leadWordsCut()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, lead);
        QCOMPARE(leadWords(text, max), lead);
    }
};

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
