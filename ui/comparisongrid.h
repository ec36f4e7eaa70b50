// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The shared row grid of the side-by-side view, derived from an analysis without computing
// anything new: alignment rows in consensus order, each article's unaligned paragraphs placed
// after the row holding its preceding aligned paragraph ("only in"; a subhead that aligns with
// nothing is a Subhead line instead: structure, not a difference), and one closing line of
// boilerplate. cells[a] lists article a's paragraph indexes on that line.

#include "core/model/storyanalysis.h"

namespace Synoptic::Ui {

struct GridLine {
    enum class Kind { Aligned, OnlyIn, Subhead, Boilerplate };
    Kind kind = Kind::Aligned;
    int rowId = 0; // AlignmentRow::id for Aligned lines
    QList<QList<int>> cells; // per article
    QList<bool> moved; // per article: its paragraph here is out of its own reading order
    int owner() const; // OnlyIn, Subhead: the article holding the paragraph
};

QList<GridLine> buildComparisonGrid(const Core::StoryAnalysis &analysis);

} // namespace Synoptic::Ui
