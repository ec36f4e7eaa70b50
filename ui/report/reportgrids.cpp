// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ReportPages, continued: the two grids of the report, the coverage matrix (rows x outlets)
// and the synopsis (rows side by side in page groups of columns). Split from reportpages.cpp
// to keep each file readable; same class, same conventions.

#include "ui/report/reportpages.h"

#include <QPainter>
#include <QTextCharFormat>

#include <algorithm>

namespace Synoptic::Ui {

using namespace Synoptic::Core;

// --- 4. coverage matrix ------------------------------------------------------------------

void ReportPages::coverage()
{
    const int n = int(m_model.outlets.size());
    const QPageLayout::Orientation orientation = n > 14 ? QPageLayout::Landscape : QPageLayout::Portrait;
    sectionStart(ReportSection::Coverage, orientation,
                 QStringLiteral("Each aligned row against each outlet. \u25A0 same wording as the base outlet   "
                                "\u25E9 reported in different words   \u00B7 not reported. Gaps in a column are "
                                "omissions."));
    const double w = m_page.width();
    // Past what one page holds at a legible column width, the matrix continues in parts.
    const double minColumn = m_page.pt(15);
    const int perPart = std::max(1, int((w - m_page.pt(170)) / minColumn));
    const int parts = (n + perPart - 1) / perPart;
    const QFont nameFont = m_style.sans(m_style.smallSize);
    const QFont markFont = m_style.sans(m_style.cellSize + 1);
    for (int part = 0; part < parts; ++part) {
        const int first = part * perPart;
        const int count = std::min(perPart, n - first);
        const double column = std::clamp(m_page.pt(260) / count, minColumn, m_page.pt(30));
        const double matrixLeft = w - count * column;
        const double labelWidth = matrixLeft - m_page.pt(10);
        double longest = 0;
        for (int o = first; o < first + count; ++o)
            longest = std::max(longest, m_page.textWidth(m_model.outlets.at(o).name, nameFont) + m_page.swatchIndent());
        const double headerHeight = std::min(longest, m_page.pt(110)) + m_page.pt(6);
        if (parts > 1) {
            m_page.setOnPageBreak({});
            heading(QStringLiteral("Outlets %1\u2013%2 of %3").arg(first + 1).arg(first + count).arg(n), part > 0 ? 18 : 0);
        }

        auto header = [this, first, count, column, matrixLeft, headerHeight, nameFont]() {
            m_page.ensureSpace(headerHeight + m_page.pt(60));
            if (QPainter *p = m_page.painter()) {
                for (int k = 0; k < count; ++k) {
                    const int o = first + k;
                    const ReportOutlet &outlet = m_model.outlets.at(o);
                    // Names read bottom to top, as in printed tables; swatch at the foot.
                    const double x = m_page.left() + matrixLeft + k * column + column / 2;
                    const double foot = m_page.y + headerHeight;
                    m_page.drawSwatch(x - m_page.pt(3.25), foot - m_page.pt(4), QColor(outlet.colour));
                    p->save();
                    p->translate(x + m_page.ascent(nameFont) / 2 - m_page.pt(0.5), foot - m_page.pt(10));
                    p->rotate(-90);
                    m_page.drawText(outlet.name, nameFont, o == m_model.base ? m_style.ink : m_style.muted, 0, 0,
                                    Qt::AlignLeft, headerHeight - m_page.pt(12));
                    p->restore();
                }
            }
            m_page.drawText(QStringLiteral("ROW"), m_style.sans(m_style.smallSize, true), m_style.muted, m_page.left(),
                            m_page.y + headerHeight - m_page.pt(2));
            m_page.y += headerHeight + m_page.pt(3);
            m_page.drawRule(m_page.left(), m_page.left() + m_page.width(), m_page.y, m_style.hairline * 2, m_style.ink);
        };
        header();
        m_page.setOnPageBreak(header);
        for (const CoverageRow &row : m_model.coverage) {
            if (!step())
                return;
            const QString number = QString::number(row.rowId);
            QTextCharFormat muted;
            muted.setForeground(m_style.muted);
            muted.setFont(m_style.sans(m_style.smallSize), QTextCharFormat::FontPropertiesSpecifiedOnly);
            QTextLayout::FormatRange range;
            range.start = 0;
            range.length = int(number.size());
            range.format = muted;
            QList<TableCell> cells{textCell(0, labelWidth, number + QStringLiteral("  ") + row.label,
                                            m_style.serif(m_style.tableSize), {}, {range})};
            for (int k = 0; k < count; ++k) {
                QString mark;
                QColor colour = m_style.ink;
                switch (row.cells.value(first + k)) {
                case CoverageState::Present: mark = QStringLiteral("\u25A0"); break;
                case CoverageState::Variant: mark = QStringLiteral("\u25E9"); break;
                case CoverageState::Absent:
                    mark = QStringLiteral("\u00B7");
                    colour = m_style.faint;
                    break;
                }
                cells.append(textCell(matrixLeft + k * column, column, mark, markFont, colour, {}, Qt::AlignHCenter));
            }
            m_page.flowRow(cells, m_page.pt(2.5));
        }
        m_page.setOnPageBreak({});
    }
}

// --- 5. synopsis -------------------------------------------------------------------------

void ReportPages::synopsis()
{
    const bool landscape = m_model.synopsisColumns.size() > 3;
    const QPageLayout::Orientation orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QString base = m_model.outlets.at(m_model.base).name;
    for (int g = 0; g < m_model.synopsisGroups.size(); ++g) {
        const SynopsisGroup &group = m_model.synopsisGroups.at(g);
        QString intro;
        if (g == 0) {
            intro = QStringLiteral("Aligned rows side by side, the base outlet (%1) first. Where an outlet printed the "
                                   "base\u2019s exact words the cell says so instead of repeating them.")
                        .arg(base);
        }
        if (m_model.synopsisGroups.size() > 1) {
            if (!intro.isEmpty())
                intro += u' ';
            intro += QStringLiteral("Part %1 of %2: rows carried by the outlets of this part.").arg(g + 1).arg(m_model.synopsisGroups.size());
        }
        sectionStart(ReportSection::Synopsis, orientation, intro);
        if (g == 0) {
            // Legend: the marks as they appear in the cells.
            const QString quote = QStringLiteral("quoted words");
            const QString disputed = QStringLiteral("disputed figure");
            const QString difference = QStringLiteral("different words");
            const QString text = QStringLiteral("Marks:  ") + quote + QStringLiteral("   ") + disputed + QStringLiteral("   ")
                + difference;
            const qsizetype q = text.indexOf(quote), d = text.indexOf(disputed), f = text.indexOf(difference);
            QList<TextMark> marks{{q, q + quote.size(), MarkKind::Quote},
                                  {d, d + disputed.size(), MarkKind::DisputedNumber},
                                  {f, f + difference.size(), MarkKind::WordDifference}};
            QString legend = text;
            if (m_model.method.notes.last().contains(QStringLiteral("not marked")))
                legend += QStringLiteral(" (not yet marked in this version)");
            TextBlock block = m_page.layoutText(legend, m_style.serif(m_style.cellSize), m_page.width(),
                                                markFormats(marks, m_style));
            block.colour = m_style.muted;
            m_page.flowBlock(block);
            m_page.y += m_page.pt(8);
        }

        const int columns = int(group.columns.size());
        const double gutter = m_page.pt(22);
        const double gap = m_page.pt(12);
        const double colWidth = (m_page.width() - gutter - gap * (columns - 1)) / columns;
        auto columnX = [&](int c) { return gutter + c * (colWidth + gap); };

        auto header = [this, &group, columns, colWidth, columnX]() {
            QList<TableCell> cells;
            for (int c = 0; c < columns; ++c) {
                const SynopsisColumn &column = m_model.synopsisColumns.at(group.columns.at(c));
                TableCell cell = textCell(columnX(c), colWidth - m_page.swatchIndent(), column.label,
                                          m_style.sans(m_style.tableSize, true));
                cell.width = colWidth;
                cell.swatch = QColor(column.colour);
                QStringList sub;
                if (column.outlets.contains(m_model.base))
                    sub.append(QStringLiteral("base"));
                if (column.outlets.size() > 1) {
                    sub.append(QStringLiteral("shown through ") + m_model.outlets.at(column.outlets.first()).name);
                    const QList<int> others = column.outlets.mid(1);
                    // A large family is listed on the cover; here its size is enough.
                    sub.append(others.size() <= 5 ? QStringLiteral("also ") + outletList(others)
                                                  : QStringLiteral("and %1 more members").arg(others.size()));
                }
                if (!sub.isEmpty()) {
                    TextBlock s = m_page.layoutText(sub.join(QStringLiteral(" \u00B7 ")), m_style.sans(m_style.smallSize),
                                                    colWidth - m_page.swatchIndent());
                    s.colour = m_style.muted;
                    cell.blocks.append(s);
                }
                cells.append(cell);
            }
            m_page.ensureSpace(m_page.pt(80));
            m_page.flowRow(cells, m_page.pt(3), false);
            m_page.drawRule(m_page.left(), m_page.left() + m_page.width(), m_page.y, m_style.hairline * 2, m_style.ink);
        };
        header();
        m_page.setOnPageBreak(header);

        const QFont cellFont = m_style.serif(m_style.cellSize);
        const QFont small = m_style.sans(m_style.smallSize, false, true);
        for (int r : group.rows) {
            if (!step())
                return;
            const SynopsisRow &row = m_model.synopsis.at(r);
            const bool basePresent = row.cells.value(0).outlet == m_model.base;
            QList<TableCell> cells;
            cells.append(textCell(0, gutter - m_page.pt(4), QString::number(row.rowId), m_style.sans(m_style.smallSize),
                                  m_style.faint));
            for (int c = 0; c < columns; ++c) {
                const int columnIndex = group.columns.at(c);
                const SynopsisCell &cell = row.cells.at(columnIndex);
                TableCell out;
                out.x = columnX(c);
                out.width = colWidth;
                if (cell.outlet < 0) {
                    TextBlock b = m_page.layoutText(QStringLiteral("Not reported"), small, colWidth);
                    b.colour = m_style.faint;
                    out.blocks.append(b);
                } else if (columnIndex != 0 && basePresent && cell.state == CoverageState::Present) {
                    TextBlock b = m_page.layoutText(QStringLiteral("Same words as ") + base, small, colWidth);
                    b.colour = m_style.muted;
                    out.blocks.append(b);
                } else {
                    for (int p = 0; p < cell.paragraphs.size(); ++p) {
                        const ReportParagraph &paragraph = cell.paragraphs.at(p);
                        TextBlock b;
                        if (paragraph.shownInRow) {
                            // A merged paragraph is printed once; here a pointer to it, not a repeat.
                            b = m_page.layoutText(QStringLiteral("\u2191 The paragraph in row %1 covers this row too.")
                                                      .arg(paragraph.shownInRow),
                                                  small, colWidth);
                            b.colour = m_style.muted;
                        } else {
                            b = m_page.layoutText(paragraph.text, cellFont, colWidth, markFormats(paragraph.marks, m_style));
                        }
                        b.spaceBefore = p > 0 ? m_page.pt(4) : 0;
                        out.blocks.append(b);
                    }
                }
                if (!cell.note.isEmpty()) {
                    TextBlock b = m_page.layoutText(cell.note, m_style.sans(m_style.smallSize - 0.3), colWidth);
                    b.colour = m_style.muted;
                    b.spaceBefore = m_page.pt(3);
                    out.blocks.append(b);
                }
                cells.append(out);
            }
            m_page.flowRow(cells, m_page.pt(6), true, QString::number(row.rowId));
        }
        m_page.setOnPageBreak({});
    }
}

} // namespace Synoptic::Ui
