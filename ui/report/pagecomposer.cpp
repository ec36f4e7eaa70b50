// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/report/pagecomposer.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

#include <algorithm>

namespace Synoptic::Ui {

PageComposer::PageComposer(QPdfWriter *writer, QPainter *painter, const ReportStyle &style)
    : m_writer(writer)
    , m_painter(painter)
    , m_style(style)
    , m_unitsPerPoint(writer->resolution() / 72.0)
{
}

void PageComposer::setChrome(const QString &title, const QString &dates, const QString &footer, int totalPages)
{
    m_title = title;
    m_dates = dates;
    m_footer = footer;
    m_totalPages = totalPages;
}

void PageComposer::newPage(QPageLayout::Orientation orientation, bool chrome)
{
    if (m_painter && m_pages > 0) {
        // QPdfWriter applies a new layout from the next page on: pages may change orientation.
        m_writer->setPageOrientation(orientation);
        m_writer->newPage();
    }
    ++m_pages;
    m_orientation = orientation;
    m_chrome = chrome;
    QSizeF size = m_writer->pageLayout().pageSize().sizePoints();
    if ((orientation == QPageLayout::Landscape) != (size.width() > size.height()))
        size.transpose();
    m_page = QRectF(0, 0, pt(size.width()), pt(size.height()));
    const QMarginsF margins = orientation == QPageLayout::Landscape ? m_style.landscapeMargins : m_style.portraitMargins;
    m_content = m_page.adjusted(pt(margins.left()), pt(margins.top()), -pt(margins.right()), -pt(margins.bottom()));
    y = m_content.top();
    if (m_painter)
        drawChrome();
}

void PageComposer::drawChrome()
{
    const QFont small = m_style.sans(m_style.smallSize);
    const double footerBaseline = m_content.bottom() + pt(28);
    const QString pageText = m_totalPages > 0 ? QStringLiteral("Page %1 of %2").arg(m_pages).arg(m_totalPages)
                                              : QStringLiteral("Page %1").arg(m_pages);
    drawText(pageText, small, m_style.muted, m_content.right(), footerBaseline, Qt::AlignRight);
    drawText(m_footer, small, m_style.faint, m_content.left(), footerBaseline, Qt::AlignLeft, m_content.width() * 0.7);
    if (!m_chrome)
        return;
    const double headerBaseline = m_content.top() - pt(24);
    const QString right = m_section.isEmpty() ? m_dates
                                              : (m_dates.isEmpty() ? m_section : m_section + QStringLiteral("  \u00B7  ") + m_dates);
    const double rightWidth = textWidth(right, small);
    drawText(right, small, m_style.muted, m_content.right(), headerBaseline, Qt::AlignRight);
    drawText(m_title, m_style.sans(m_style.smallSize, true), m_style.ink, m_content.left(), headerBaseline, Qt::AlignLeft,
             m_content.width() - rightWidth - pt(24));
    drawRule(m_content.left(), m_content.right(), headerBaseline + pt(7), m_style.hairline, m_style.rule);
}

void PageComposer::breakPage()
{
    newPage(m_orientation, true); // continuation pages always carry the running header
    if (m_onBreak)
        m_onBreak();
}

bool PageComposer::ensureSpace(double height)
{
    if (height <= remaining())
        return false;
    breakPage();
    return true;
}

TextBlock PageComposer::layoutText(const QString &text, const QFont &font, double width,
                                   const QList<QTextLayout::FormatRange> &formats, Qt::Alignment alignment,
                                   double leading) const
{
    TextBlock block;
    block.layout = std::make_shared<QTextLayout>(text, font, m_writer);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    block.layout->setTextOption(option);
    block.layout->setFormats(formats);
    block.layout->setCacheEnabled(true);
    const double factor = leading > 0 ? leading : m_style.leading;
    const double slot = QFontMetricsF(font, m_writer).height() * factor;
    double top = 0;
    block.layout->beginLayout();
    for (QTextLine line = block.layout->createLine(); line.isValid(); line = block.layout->createLine()) {
        line.setLineWidth(std::max(1.0, width));
        const double height = std::max(slot, line.height() * factor); // a fallback font may be taller
        line.setPosition(QPointF(0, top + (height - line.height()) / 2));
        block.lineTops.append(top);
        top += height;
    }
    block.layout->endLayout();
    block.height = top;
    block.lineTops.append(top);
    return block;
}

void PageComposer::drawBlock(const TextBlock &block, double x, double top) const
{
    if (m_painter && block.layout) {
        m_painter->setPen(block.colour.isValid() ? block.colour : m_style.ink);
        block.layout->draw(m_painter, QPointF(x, top));
    }
}

void PageComposer::flowBlock(const TextBlock &block, double indent)
{
    if (!block.layout)
        return;
    y += block.spaceBefore;
    if (block.height <= remaining()) {
        drawBlock(block, m_content.left() + indent, y);
        y += block.height;
        return;
    }
    // Break between lines, keeping at least two lines together on either side when possible.
    const qsizetype lines = block.lineTops.size() - 1;
    qsizetype from = 0;
    while (from < lines) {
        qsizetype to = from;
        while (to < lines && block.lineTops.at(to + 1) - block.lineTops.at(from) <= remaining())
            ++to;
        if (to < lines && to - from < 2 && from == 0 && y > m_content.top()) {
            breakPage();
            continue;
        }
        if (to == from) {
            if (y > m_content.top()) {
                breakPage();
                continue;
            }
            to = from + 1; // a line taller than a page: place it anyway
        }
        if (m_painter) {
            m_painter->setPen(block.colour.isValid() ? block.colour : m_style.ink);
            for (qsizetype i = from; i < to; ++i)
                block.layout->lineAt(int(i)).draw(m_painter, QPointF(m_content.left() + indent, y - block.lineTops.at(from)));
        }
        y += block.lineTops.at(to) - block.lineTops.at(from);
        from = to;
        if (from < lines)
            breakPage();
    }
}

namespace {
struct LineSlot {
    int block = 0;
    int line = 0;
    double top = 0; // cell-local
    double bottom = 0;
    double origin = 0; // cell-local y of the block's layout origin
};

QList<LineSlot> cellLines(const TableCell &cell)
{
    QList<LineSlot> lines;
    double y = 0;
    for (int b = 0; b < cell.blocks.size(); ++b) {
        const TextBlock &block = cell.blocks.at(b);
        y += block.spaceBefore;
        for (int l = 0; l + 1 < block.lineTops.size(); ++l)
            lines.append({b, l, y + block.lineTops.at(l), y + block.lineTops.at(l + 1), y});
        y += block.height;
    }
    return lines;
}
} // namespace

void PageComposer::flowRow(const QList<TableCell> &cells, double padding, bool ruleBelow, const QString &continued)
{
    QList<QList<LineSlot>> lines;
    double content = 0;
    for (const TableCell &cell : cells) {
        lines.append(cellLines(cell));
        if (!lines.last().isEmpty())
            content = std::max(content, lines.last().last().bottom);
    }
    const double full = content + 2 * padding;
    // Short rows move whole to the next page; long ones break between lines, but only when a
    // fair piece (about seven lines) fits here: a sliver of a row at a page foot reads badly.
    if (full > remaining() && (full <= pageHeight() * 0.4 || remaining() < pt(90)))
        breakPage();

    QList<qsizetype> from(cells.size(), 0);
    auto done = [&]() {
        for (int c = 0; c < cells.size(); ++c) {
            if (from.at(c) < lines.at(c).size())
                return false;
        }
        return true;
    };
    bool first = true;
    while (first || !done()) {
        const double available = remaining() - 2 * padding;
        QList<qsizetype> to = from;
        double height = 0;
        bool progress = false;
        for (int c = 0; c < cells.size(); ++c) {
            const QList<LineSlot> &cl = lines.at(c);
            if (from.at(c) >= cl.size())
                continue;
            const double start = cl.at(from.at(c)).top;
            while (to.at(c) < cl.size() && cl.at(to.at(c)).bottom - start <= available)
                ++to[c];
            if (to.at(c) > from.at(c)) {
                progress = true;
                height = std::max(height, cl.at(to.at(c) - 1).bottom - start);
            }
        }
        if (!progress && !done()) {
            if (y > m_content.top() + pt(1)) {
                breakPage();
                continue;
            }
            for (int c = 0; c < cells.size(); ++c) { // taller than a page: force one line
                if (from.at(c) < lines.at(c).size()) {
                    to[c] = from.at(c) + 1;
                    height = std::max(height, lines.at(c).at(from.at(c)).bottom - lines.at(c).at(from.at(c)).top);
                }
            }
        }
        const double sliceHeight = height + 2 * padding;
        drawRowSlice(cells, from, to, padding, sliceHeight);
        if (!first && !continued.isEmpty()) {
            const QFont small = m_style.sans(m_style.smallSize - 1);
            drawText(continued, small, m_style.faint, m_content.left(), y + padding + ascent(small));
            drawText(QStringLiteral("cont."), small, m_style.faint, m_content.left(), y + padding + 2.2 * ascent(small));
        }
        y += sliceHeight;
        from = to;
        first = false;
        if (!done()) {
            if (m_painter) // a thin dotted rule says "continued overleaf"
                drawRule(m_content.left(), m_content.right(), y, m_style.hairline, m_style.faint);
            breakPage();
        }
    }
    if (ruleBelow)
        drawRule(m_content.left(), m_content.right(), y, m_style.hairline, m_style.rule);
}

void PageComposer::drawRowSlice(const QList<TableCell> &cells, const QList<qsizetype> &from, const QList<qsizetype> &to,
                                double padding, double height)
{
    if (!m_painter)
        return;
    for (int c = 0; c < cells.size(); ++c) {
        const TableCell &cell = cells.at(c);
        const double x = m_content.left() + cell.x;
        if (cell.fill.isValid())
            fillRect(QRectF(x, y, cell.width, height), cell.fill);
        const QList<LineSlot> lines = cellLines(cell);
        if (from.at(c) >= lines.size())
            continue;
        const double start = lines.at(from.at(c)).top;
        const double textX = x + (cell.swatch.isValid() ? swatchIndent() : 0);
        if (cell.swatch.isValid() && from.at(c) == 0) {
            const LineSlot &firstLine = lines.first();
            drawSwatch(x, y + padding + (firstLine.top + firstLine.bottom) / 2 - start, cell.swatch);
        }
        for (qsizetype i = from.at(c); i < to.at(c); ++i) {
            const LineSlot &slot = lines.at(i);
            const TextBlock &block = cell.blocks.at(slot.block);
            m_painter->setPen(block.colour.isValid() ? block.colour : m_style.ink);
            block.layout->lineAt(slot.line).draw(m_painter, QPointF(textX, y + padding + slot.origin - start));
        }
    }
}

void PageComposer::drawRule(double x1, double x2, double atY, double widthPoints, const QColor &colour) const
{
    if (!m_painter)
        return;
    QPen pen(colour);
    pen.setWidthF(pt(widthPoints));
    pen.setCapStyle(Qt::FlatCap);
    m_painter->setPen(pen);
    m_painter->drawLine(QPointF(x1, atY), QPointF(x2, atY));
}

void PageComposer::fillRect(const QRectF &rect, const QColor &colour) const
{
    if (m_painter)
        m_painter->fillRect(rect, colour);
}

void PageComposer::drawSwatch(double x, double centreY, const QColor &colour) const
{
    if (!m_painter)
        return;
    const double side = pt(6.5);
    m_painter->fillRect(QRectF(x, centreY - side / 2, side, side), colour);
}

void PageComposer::drawText(const QString &text, const QFont &font, const QColor &colour, double x, double baseline,
                            Qt::Alignment alignment, double maxWidth) const
{
    if (!m_painter || text.isEmpty())
        return;
    const QFontMetricsF metrics(font, m_writer);
    const QString shown = maxWidth > 0 ? metrics.elidedText(text, Qt::ElideRight, maxWidth) : text;
    double left = x;
    if (alignment & Qt::AlignRight)
        left = x - metrics.horizontalAdvance(shown);
    else if (alignment & Qt::AlignHCenter)
        left = x - metrics.horizontalAdvance(shown) / 2;
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(QPointF(left, baseline), shown);
}

double PageComposer::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_writer).horizontalAdvance(text);
}

double PageComposer::ascent(const QFont &font) const
{
    return QFontMetricsF(font, m_writer).ascent();
}

} // namespace Synoptic::Ui
