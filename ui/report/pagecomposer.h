// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Lays out and paints report pages on a QPdfWriter: page chrome (running header, "Page X of Y"
// footer), text blocks and table rows that break cleanly across pages. Run it twice with the
// same input: once without a painter to count pages, once painting with the total known.
// Coordinates are device units of the writer; pt() converts from points.

#include "ui/report/reportstyle.h"

#include <QList>
#include <QPageLayout>
#include <QTextLayout>

#include <functional>
#include <memory>

class QPainter;
class QPdfWriter;

namespace Synoptic::Ui {

// A paragraph laid out to a width: the unit of text the composer places and breaks.
struct TextBlock {
    std::shared_ptr<QTextLayout> layout;
    double height = 0; // device units
    double spaceBefore = 0;
    QList<double> lineTops; // top of each line's slot, from the block's top; ends with `height`
    QColor colour; // text colour; invalid = the style's ink
};

// One table cell: blocks stacked top to bottom, an optional swatch and background.
struct TableCell {
    double x = 0; // relative to the content left edge
    double width = 0;
    QList<TextBlock> blocks;
    QColor fill; // invalid = none
    QColor swatch; // invalid = none; drawn left of the first line, text moved right by swatchIndent()
};

class PageComposer
{
public:
    PageComposer(QPdfWriter *writer, QPainter *painter, const ReportStyle &style);

    // Running header and footer text; total pages for the footer (0 while counting).
    void setChrome(const QString &title, const QString &dates, const QString &footer, int totalPages);
    void setSection(const QString &section) { m_section = section; }

    // Starts a page; the first call starts the document's first page.
    void newPage(QPageLayout::Orientation orientation, bool chrome = true);
    [[nodiscard]] int pageCount() const { return m_pages; }
    [[nodiscard]] QPageLayout::Orientation orientation() const { return m_orientation; }
    [[nodiscard]] bool painting() const { return m_painter != nullptr; }
    [[nodiscard]] QPainter *painter() const { return m_painter; }
    [[nodiscard]] const ReportStyle &style() const { return m_style; }

    [[nodiscard]] double pt(double points) const { return points * m_unitsPerPoint; }
    [[nodiscard]] double left() const { return m_content.left(); }
    [[nodiscard]] double width() const { return m_content.width(); }
    [[nodiscard]] double top() const { return m_content.top(); }
    [[nodiscard]] double bottom() const { return m_content.bottom(); }
    [[nodiscard]] double remaining() const { return m_content.bottom() - y; }
    [[nodiscard]] double pageHeight() const { return m_content.height(); }

    // Moves to a new page of the same orientation unless `height` fits; returns whether it broke.
    bool ensureSpace(double height);
    // Called after every page break this composer makes itself (e.g. to repeat table headers).
    void setOnPageBreak(std::function<void()> callback) { m_onBreak = std::move(callback); }

    [[nodiscard]] TextBlock layoutText(const QString &text, const QFont &font, double width,
                                       const QList<QTextLayout::FormatRange> &formats = {},
                                       Qt::Alignment alignment = Qt::AlignLeft, double leading = 0) const;
    void drawBlock(const TextBlock &block, double x, double top) const;
    // Places a block in the flow at the left edge (+indent), breaking between lines if needed.
    void flowBlock(const TextBlock &block, double indent = 0);
    // Places a table row; breaks between lines of its cells when it does not fit. `padding`
    // is above and below the cell text; a hairline is drawn below when `ruleBelow`. When the row
    // continues on a new page, `continued` (e.g. the row number) is printed at its left edge.
    void flowRow(const QList<TableCell> &cells, double padding, bool ruleBelow = true, const QString &continued = {});

    void drawRule(double x1, double x2, double atY, double widthPoints, const QColor &colour) const;
    void fillRect(const QRectF &rect, const QColor &colour) const;
    void drawSwatch(double x, double centreY, const QColor &colour) const;
    [[nodiscard]] double swatchIndent() const { return pt(10); }
    // One line of text at a baseline, elided to `maxWidth` when given.
    void drawText(const QString &text, const QFont &font, const QColor &colour, double x, double baseline,
                  Qt::Alignment alignment = Qt::AlignLeft, double maxWidth = 0) const;
    [[nodiscard]] double textWidth(const QString &text, const QFont &font) const;
    [[nodiscard]] double ascent(const QFont &font) const;

    double y = 0; // the flow position

private:
    void drawChrome();
    void breakPage();
    void drawRowSlice(const QList<TableCell> &cells, const QList<qsizetype> &from, const QList<qsizetype> &to,
                      double padding, double height);

    QPdfWriter *m_writer;
    QPainter *m_painter;
    ReportStyle m_style;
    double m_unitsPerPoint = 1;
    QRectF m_page;
    QRectF m_content;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    int m_pages = 0;
    int m_totalPages = 0;
    bool m_chrome = true;
    QString m_title, m_dates, m_footer, m_section;
    std::function<void()> m_onBreak;
};

} // namespace Synoptic::Ui
