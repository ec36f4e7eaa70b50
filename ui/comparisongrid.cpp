// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/comparisongrid.h"

#include <QMap>

#include <algorithm>

namespace Synoptic::Ui {

int GridLine::owner() const
{
    for (int a = 0; a < cells.size(); ++a) {
        if (!cells[a].isEmpty())
            return a;
    }
    return -1;
}

namespace {

// Positions (into `values`) of one longest strictly increasing subsequence.
QList<int> longestIncreasing(const QList<int> &values)
{
    const qsizetype n = values.size();
    QList<int> length(n, 1), previous(n, -1);
    int best = -1;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < i; ++j) {
            if (values[j] < values[i] && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = j;
            }
        }
        if (best < 0 || length[i] > length[best])
            best = i;
    }
    QList<int> result;
    for (int i = best; i >= 0; i = previous[i])
        result.prepend(i);
    return result;
}

} // namespace

QList<GridLine> buildComparisonGrid(const Core::StoryAnalysis &analysis)
{
    const int articles = int(analysis.articles.size());
    const auto emptyLine = [articles](GridLine::Kind kind) {
        GridLine line;
        line.kind = kind;
        line.cells.resize(articles);
        line.moved.resize(articles);
        return line;
    };

    // Which consensus row holds each aligned paragraph.
    QMap<Core::ParagraphRef, int> rowOf;
    for (int r = 0; r < analysis.alignment.rows.size(); ++r) {
        for (const Core::AlignmentMember &m : analysis.alignment.rows[r].members)
            rowOf.insert(m.ref(), r);
    }

    // Unaligned (and unaligned subheads/captions) anchored after their predecessor's row.
    QList<Core::ParagraphRef> loose = analysis.alignment.unaligned;
    for (int a = 0; a < articles; ++a) {
        for (const Core::Paragraph &p : analysis.articles[a].paragraphs) {
            const Core::ParagraphRef ref{a, p.index};
            if ((p.role == Core::ParagraphRole::Subhead || p.role == Core::ParagraphRole::Caption) && !rowOf.contains(ref)
                && !loose.contains(ref))
                loose.append(ref);
        }
    }
    std::sort(loose.begin(), loose.end());
    QMap<int, QList<Core::ParagraphRef>> anchored; // row index (or -1) -> paragraphs
    for (const Core::ParagraphRef &ref : loose) {
        if (ref.article < 0 || ref.article >= articles)
            continue;
        int anchor = -1;
        for (auto it = rowOf.cbegin(); it != rowOf.cend(); ++it) {
            if (it.key().article == ref.article && it.key().paragraph < ref.paragraph)
                anchor = it.value(); // keys are ordered: the last one is the nearest predecessor
        }
        anchored[anchor].append(ref);
    }

    QList<GridLine> lines;
    const auto emitLoose = [&](int anchor) {
        for (const Core::ParagraphRef &ref : anchored.value(anchor)) {
            const bool subhead = analysis.articles[ref.article].paragraphs.value(ref.paragraph).role == Core::ParagraphRole::Subhead;
            GridLine line = emptyLine(subhead ? GridLine::Kind::Subhead : GridLine::Kind::OnlyIn);
            line.cells[ref.article].append(ref.paragraph);
            lines.append(line);
        }
    };
    emitLoose(-1);
    for (int r = 0; r < analysis.alignment.rows.size(); ++r) {
        const Core::AlignmentRow &row = analysis.alignment.rows[r];
        GridLine line = emptyLine(GridLine::Kind::Aligned);
        line.rowId = row.id;
        for (const Core::AlignmentMember &m : row.members) {
            if (m.article >= 0 && m.article < articles)
                line.cells[m.article].append(m.paragraph);
        }
        for (QList<int> &cell : line.cells)
            std::sort(cell.begin(), cell.end());
        lines.append(line);
        emitLoose(r);
    }

    // Reordering: per article, aligned lines whose paragraph breaks the article's own order.
    for (int a = 0; a < articles; ++a) {
        QList<int> lineIndex, order;
        for (int l = 0; l < lines.size(); ++l) {
            if (lines[l].kind == GridLine::Kind::Aligned && !lines[l].cells[a].isEmpty()) {
                lineIndex.append(l);
                order.append(lines[l].cells[a].first());
            }
        }
        QList<bool> inOrder(order.size(), false);
        for (int i : longestIncreasing(order))
            inOrder[i] = true;
        for (int i = 0; i < order.size(); ++i)
            lines[lineIndex[i]].moved[a] = !inOrder[i];
    }

    GridLine closing = emptyLine(GridLine::Kind::Boilerplate);
    bool any = false;
    for (int a = 0; a < articles; ++a) {
        for (const Core::Paragraph &p : analysis.articles[a].paragraphs) {
            if (p.role == Core::ParagraphRole::Boilerplate || p.role == Core::ParagraphRole::Metadata) {
                closing.cells[a].append(p.index);
                any = true;
            }
        }
    }
    if (any)
        lines.append(closing);
    return lines;
}

} // namespace Synoptic::Ui
