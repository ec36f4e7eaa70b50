// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// What a comparison report includes: which outlets, the base outlet, which sections, and
// how many outlet columns fit a synopsis page. Plain value; article references are indexes
// into StoryAnalysis::articles.

#include "core/model/storyanalysis.h"

#include <QDateTime>
#include <QFlags>
#include <QStringList>

namespace Synoptic::Core {

enum class ReportSection : unsigned {
    Summary = 0x01,
    Numbers = 0x02,
    Quotes = 0x04,
    Coverage = 0x08,
    Synopsis = 0x10,
    Unique = 0x20,
    Method = 0x40,
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)

constexpr ReportSections allReportSections()
{
    return ReportSections(0x7f);
}
QString reportSectionTitle(ReportSection section); // "Disputed numbers", ...
QList<ReportSection> reportSectionOrder();

struct ReportOptions {
    QList<int> articles; // included articles, in story order; empty = all
    int baseArticle = -1; // -1: the included article that takes part in most rows
    ReportSections sections = allReportSections();
    int maxSynopsisColumns = 4; // outlet columns per synopsis page group (>= 2)
    int collapseFamiliesAbove = 6; // more included outlets than this: families share one column
    QString title; // overrides StoryAnalysis::title when set
    QDateTime generated; // stamped on the report; invalid = now (tests pass a fixed time)
    bool wordDifferences = true; // mark words that differ from the base in the synopsis
};

// Display name of an article: its outlet, or its file name when the outlet is unknown.
QString outletName(const Article &article);

// Resolves user-typed outlet names (case-insensitive; outlet or file name) to articles.
struct OutletSelection {
    QList<int> articles; // in story order, no duplicates
    QStringList unknown; // names that matched nothing, as typed
};
OutletSelection selectOutlets(const StoryAnalysis &analysis, const QStringList &names);
int findOutlet(const StoryAnalysis &analysis, const QString &name); // -1 when none

} // namespace Synoptic::Core
