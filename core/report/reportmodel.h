// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The content of a comparison report, decided once and rendered by any writer (PDF, HTML):
// outlets, figures, numbers, quotes, coverage, synopsis, unique content, method. Plain values;
// "outlet" indexes refer to ReportModel::outlets (the included articles), never to the story.

#include "core/model/numbers.h"
#include "core/report/reportoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Synoptic::Core {

struct ReportOutlet {
    int article = -1; // index into StoryAnalysis::articles
    int number = 0; // 1-based label printed next to the swatch
    QString name;
    QString colour; // "#rrggbb"
    QString headline;
    QString byline;
    QString published; // as imported (ISO 8601)
    QString file;
    int family = -1; // index into ReportModel::families, -1 when in none
    int bodyParagraphs = 0;
    int alignedParagraphs = 0;
    int uniqueParagraphs = 0;
    int words = 0;
};

struct ReportFamily {
    QList<int> outlets; // included members, sorted
    int source = -1; // outlet, -1 when unknown or not included
    double shared = 0;
    QString label; // "Reuters family"
};

struct ReportFigures {
    int articles = 0;
    int rows = 0; // alignment rows with at least one included outlet
    int sharedRows = 0; // rows carried by two or more included outlets
    int quotes = 0; // quote clusters involving included outlets
    int sharedQuotes = 0; // ... carried by two or more
    int disputedNumbers = 0;
    int consistentSums = 0;
    int agreedNumbers = 0;
    int uniqueParagraphs = 0;
};

enum class MarkKind { Quote, DisputedNumber, Number, WordDifference };

struct TextMark {
    qsizetype start = 0; // UTF-16 offsets into the paragraph text
    qsizetype end = 0;
    MarkKind kind = MarkKind::Quote;
    friend bool operator==(const TextMark &, const TextMark &) = default;
};

struct ReportParagraph {
    int outlet = -1;
    int paragraph = -1; // Paragraph::index
    QString text;
    QList<TextMark> marks; // sorted by start, non-overlapping within one kind
    // A merged paragraph (AlignmentMember::merged) belongs to two rows; it is printed in the
    // first and this names that row's id in the second, where writers refer to it instead.
    int shownInRow = 0;
};

enum class CoverageState { Absent, Present, Variant };

struct CoverageRow {
    int rowId = 0; // AlignmentRow::id
    QString label; // the first words of the reference paragraph
    QList<CoverageState> cells; // one per outlet
};

struct NumberEntry {
    int outlet = -1;
    QString wording; // as printed
    QString value; // readable interval: "> 100", "about 90", "215"
    QString source; // attributed source, may be empty
};

struct NumberRow {
    int groupId = 0;
    QString subject;
    NumberStatus status = NumberStatus::Single;
    DisputeKind kind = DisputeKind::None;
    QString note;
    QList<NumberEntry> entries; // in outlet order
};

enum class QuotePresence { Absent, Verbatim, Variant, Paraphrase };

struct QuoteRow {
    int clusterId = 0;
    QString text;
    QString speaker;
    QList<QuotePresence> presence; // one per outlet
    QStringList wording; // one per outlet: the printed wording when presence is Variant
    int outletCount = 0; // outlets quoting it (verbatim or variant)
};

// A synopsis column: one outlet, or a collapsed syndication family shown through one member.
struct SynopsisColumn {
    QList<int> outlets; // members; the first is the representative
    QString label;
    QString colour;
};

struct SynopsisCell {
    CoverageState state = CoverageState::Absent;
    int outlet = -1; // whose paragraphs are shown (a family member when collapsed)
    QList<ReportParagraph> paragraphs;
    QString note; // collapsed family: "Different wording in B; absent in C"
};

struct SynopsisRow {
    int rowId = 0;
    QList<SynopsisCell> cells; // one per synopsis column
};

struct SynopsisGroup {
    QList<int> columns; // indexes into ReportModel::synopsisColumns; the base column first
    QList<int> rows; // indexes into ReportModel::synopsis shown in this group
};

struct UniqueContent {
    int outlet = -1;
    QList<ReportParagraph> paragraphs;
};

struct MethodInfo {
    QString version; // Synoptic's
    double rowThreshold = 0;
    QString baseOutlet;
    QStringList spellingVariants; // "Kyiv / Kiev (confirmed)"
    QStringList skippedFiles; // "file: reason"
    QStringList notes; // how states and marks are decided
};

struct ReportModel {
    QString title;
    QString dates; // "12 April 2025" or "12–13 April 2025"; empty when no dates
    QString generated; // "22 November 2026, 03:40 UTC"
    ReportSections sections;
    QList<ReportOutlet> outlets;
    int base = 0; // outlet
    QList<ReportFamily> families;
    ReportFigures figures;
    QList<NumberRow> disputed;
    QList<NumberRow> consistentSums;
    QList<NumberRow> agreed;
    QList<QuoteRow> quotes; // shared quotes (two or more outlets)
    QList<QuoteRow> singleQuotes; // quoted by one outlet only
    QList<CoverageRow> coverage;
    QList<SynopsisColumn> synopsisColumns;
    QList<SynopsisRow> synopsis;
    QList<SynopsisGroup> synopsisGroups;
    QList<UniqueContent> unique; // one per outlet, in outlet order
    MethodInfo method;
    bool familiesCollapsed = false;

    int outletOfArticle(int article) const
    {
        for (int i = 0; i < outlets.size(); ++i) {
            if (outlets.at(i).article == article)
                return i;
        }
        return -1;
    }
};

} // namespace Synoptic::Core
