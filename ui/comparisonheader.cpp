// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/comparisonheader.h"

#include "ui/colours.h"
#include "ui/models/outletmodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDate>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

#include <cstdlib>

namespace Synoptic::Ui {

namespace {
constexpr int s_pad = 12;
constexpr int s_bar = 3;
constexpr int s_grip = 4; // either side of a column's right edge: resizes it
constexpr int s_edge = 48; // a dragged column this close to an end scrolls the view

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Draws a small rounded label ending at `right`; returns its left edge.
int drawPill(QPainter &p, int right, int centerY, const QString &text, const QColor &fill, const QColor &fg, const QFont &font)
{
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRect r(right - w, centerY - h / 2, w, h);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(r, h / 2.0, h / 2.0);
    p.setPen(fg);
    p.setFont(font);
    p.drawText(r, Qt::AlignCenter, text);
    return r.left();
}

QString formattedDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : iso;
}
}

ComparisonHeader::ComparisonHeader(OutletModel *outlets, QWidget *parent)
    : QWidget(parent)
    , m_outlets(outlets)
    , m_edgeTimer(new QTimer(this))
{
    m_edgeTimer->setInterval(30);
    connect(m_edgeTimer, &QTimer::timeout, this, &ComparisonHeader::scrollAtEdge);
    setObjectName(QStringLiteral("comparisonHeader"));
    setAccessibleName(tr("Outlet headers"));
    setAutoFillBackground(false);
    setMouseTracking(true); // the resize cursor over column edges
}

void ComparisonHeader::setColumns(const QList<int> &articles, const QList<int> &lefts, const QList<int> &widths)
{
    if (articles == m_articles && lefts == m_lefts && widths == m_widths)
        return; // the view relayouts often while loading; the headers stay as they are
    m_articles = articles;
    m_lefts = lefts;
    m_widths = widths;
    update();
}

int ComparisonHeader::preferredHeight() const
{
    const QFontMetrics name(scaled(font(), 1.08, true));
    const QFontMetrics headline(font());
    const QFontMetrics meta(scaled(font(), 0.9));
    return s_bar + s_pad + name.height() + 6 + 2 * headline.lineSpacing() + 4 + meta.height() + s_pad;
}

int ComparisonHeader::columnAt(int x) const
{
    for (int c = 0; c < m_articles.size(); ++c) {
        if (x >= m_lefts[c] && x < m_lefts[c] + m_widths[c])
            return c;
    }
    return -1;
}

int ComparisonHeader::articleAt(int x) const
{
    const int c = columnAt(x);
    return c >= 0 ? m_articles[c] : -1;
}

int ComparisonHeader::edgeAt(int x) const
{
    for (int c = 0; c < m_articles.size(); ++c) {
        const int edge = m_lefts[c] + m_widths[c];
        if (x >= edge - s_grip && x <= edge + s_grip)
            return c;
    }
    return -1;
}

int ComparisonHeader::dropIndex(int x) const
{
    for (int c = 0; c < m_articles.size(); ++c) {
        if (x < m_lefts[c] + m_widths[c] / 2)
            return c;
    }
    return int(m_articles.size());
}

int ComparisonHeader::dropPosition(int x) const
{
    if (m_articles.isEmpty())
        return -1;
    const int index = dropIndex(x);
    return index < m_articles.size() ? m_lefts[index] - 1 : m_lefts.last() + m_widths.last();
}

void ComparisonHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.window());
    for (int c = 0; c < m_articles.size(); ++c) {
        if (m_lefts[c] + m_widths[c] < 0 || m_lefts[c] > width())
            continue;
        paintColumn(p, m_articles[c], m_lefts[c], m_widths[c]);
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, height() - 1, width(), height() - 1);
    if (m_drag == Drag::Move && m_dragColumn >= 0 && m_dragColumn < m_articles.size()) {
        // The column's own slot dimmed, the header following the pointer, and the gap it would
        // land in marked.
        const int w = m_widths[m_dragColumn];
        QColor veil = pal.color(QPalette::Window);
        veil.setAlphaF(0.6f);
        p.fillRect(QRect(m_lefts[m_dragColumn], 0, w, height()), veil);
        p.save();
        p.setOpacity(0.85);
        const int left = m_pointerX - m_grabOffset;
        p.fillRect(QRect(left, 0, w, height()), pal.window());
        paintColumn(p, m_articles[m_dragColumn], left, w);
        p.setPen(pal.color(QPalette::Highlight));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(left, 0, w - 1, height() - 1));
        p.restore();
        const int x = dropPosition(m_pointerX);
        p.fillRect(QRect(x - 1, 0, 3, height()), pal.color(QPalette::Highlight));
    }
}

void ComparisonHeader::paintColumn(QPainter &p, int article, int left, int columnWidth)
{
    const QPalette pal = palette();
    const QFont nameFont = scaled(font(), 1.08, true);
    const QFont metaFont = scaled(font(), 0.9);
    const QFont pillFont = scaled(font(), 0.82, true);
    const QFontMetrics nameFm(nameFont);
    const QFontMetrics headFm(font());
    QColor dim = pal.color(QPalette::WindowText);
    dim.setAlphaF(0.62f);
    {
        const QModelIndex index = m_outlets->index(article);
        const QColor colour = m_outlets->colour(article);
        p.fillRect(QRect(left, 0, columnWidth, s_bar), colour);
        int y = s_bar + s_pad;
        const int textLeft = left + s_pad;
        int right = left + columnWidth - s_pad;
        // Badges first, so the name elides before them.
        const int centerY = y + nameFm.height() / 2;
        const QString family = index.data(OutletModel::FamilyRole).toString();
        if (!family.isEmpty()) {
            const bool source = index.data(OutletModel::FamilySourceRole).toBool();
            // When the name would not fit beside it, the family letter alone.
            const QString full = source ? tr("family %1 · source").arg(family) : tr("family %1").arg(family);
            const bool base = index.data(OutletModel::BaseRole).toBool();
            const int needed = nameFm.horizontalAdvance(m_outlets->name(article)) + nameFm.ascent() + 6
                               + QFontMetrics(pillFont).horizontalAdvance(full) + 18
                               + (base ? QFontMetrics(pillFont).horizontalAdvance(tr("base")) + 18 : 0);
            const QString text = needed > right - textLeft ? family : full;
            // Text colour on a faint tint of it: readable in light and dark palettes alike.
            const QColor ink = pal.color(QPalette::WindowText);
            right = drawPill(p, right, centerY, text, tint(ink, pal.color(QPalette::Window), 0.14), ink, pillFont) - 6;
        }
        if (index.data(OutletModel::BaseRole).toBool())
            right = drawPill(p, right, centerY, tr("base"), pal.color(QPalette::Highlight), pal.color(QPalette::HighlightedText), pillFont) - 6;

        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        const int dot = nameFm.ascent() * 2 / 3;
        p.drawEllipse(QRect(textLeft, centerY - dot / 2, dot, dot));
        p.setFont(nameFont);
        p.setPen(pal.color(QPalette::WindowText));
        const int nameLeft = textLeft + dot + 6;
        p.drawText(QRect(nameLeft, y, right - nameLeft, nameFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   nameFm.elidedText(m_outlets->name(article), Qt::ElideRight, right - nameLeft));
        y += nameFm.height() + 6;

        // Headline: two lines at most, the second elided.
        p.setFont(font());
        const QString headline = index.data(OutletModel::HeadlineRole).toString();
        const int textWidth = columnWidth - 2 * s_pad;
        QTextLayout layout(headline, font());
        layout.beginLayout();
        QList<QTextLine> lines;
        while (lines.size() < 2) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(textWidth);
            lines.append(line);
        }
        layout.endLayout();
        for (int i = 0; i < lines.size(); ++i) {
            QString text = headline.mid(lines[i].textStart(), lines[i].textLength());
            if (i == 1 && lines[i].textStart() + lines[i].textLength() < headline.size())
                text = headFm.elidedText(headline.mid(lines[i].textStart()), Qt::ElideRight, textWidth);
            p.drawText(QRect(textLeft, y + i * headFm.lineSpacing(), textWidth, headFm.height()), Qt::AlignLeft | Qt::AlignVCenter, text.trimmed());
        }
        y += 2 * headFm.lineSpacing() + 4;

        QStringList meta;
        const QString published = index.data(OutletModel::PublishedRole).toString();
        if (!published.isEmpty())
            meta.append(formattedDate(published));
        const int words = index.data(OutletModel::WordCountRole).toInt();
        meta.append(words == 1 ? tr("1 word") : tr("%1 words").arg(QLocale().toString(words)));
        p.setFont(metaFont);
        p.setPen(dim);
        p.drawText(QRect(textLeft, y, textWidth, QFontMetrics(metaFont).height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(metaFont).elidedText(meta.join(QStringLiteral("  ·  ")), Qt::ElideRight, textWidth));
    }
}

void ComparisonHeader::contextMenuEvent(QContextMenuEvent *event)
{
    const int article = articleAt(event->pos().x());
    if (article < 0)
        return;
    QMenu menu(this);
    QAction *left = menu.addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Move &Left"), this,
                                   [this, article] { m_outlets->moveColumn(article, -1); });
    left->setEnabled(m_outlets->canMoveColumn(article, -1));
    QAction *right = menu.addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Move &Right"), this,
                                    [this, article] { m_outlets->moveColumn(article, 1); });
    right->setEnabled(m_outlets->canMoveColumn(article, 1));
    QAction *width = menu.addAction(tr("Automatic &Width"), this, [this, article] { m_outlets->setColumnWidth(article, 0); });
    width->setEnabled(m_outlets->columnWidth(article) > 0);
    menu.addSeparator();
    menu.addAction(tr("&Hide %1").arg(m_outlets->name(article)), this, [this, article] { m_outlets->setVisible(article, false); });
    QAction *base = menu.addAction(tr("Use as &Base Outlet"), this, [this, article] { m_outlets->setBaseOutlet(article); });
    base->setEnabled(m_outlets->baseOutlet() != article);
    menu.exec(event->globalPos());
}

void ComparisonHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int x = event->position().toPoint().x();
    m_pressX = x;
    m_pointerX = x;
    const int edge = edgeAt(x);
    if (edge >= 0) {
        m_drag = Drag::Resize;
        m_dragColumn = edge;
        m_startWidth = m_widths[edge];
        m_startSetWidth = m_outlets->columnWidth(m_articles[edge]);
    } else {
        m_dragColumn = columnAt(x);
        if (m_dragColumn >= 0) {
            m_drag = Drag::Pending;
            m_grabOffset = x - m_lefts[m_dragColumn];
        }
    }
    // Escape cancels the drag wherever the keyboard focus is.
    if (m_drag != Drag::None)
        qApp->installEventFilter(this);
}

bool ComparisonHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && m_drag != Drag::None) {
        if (m_drag == Drag::Resize)
            m_outlets->setColumnWidth(m_articles.value(m_dragColumn, -1), m_startSetWidth); // as it was, automatic or set
        endDrag(); // the release that follows finds no drag
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ComparisonHeader::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    m_pointerX = x;
    switch (m_drag) {
    case Drag::None:
        if (edgeAt(x) >= 0)
            setCursor(Qt::SplitHCursor);
        else
            unsetCursor();
        return;
    case Drag::Resize:
        // Live: the view relayouts the column as the edge moves; the model keeps the minimum.
        m_outlets->setColumnWidth(m_articles.value(m_dragColumn, -1), qMax(OutletModel::s_minimumColumnWidth, m_startWidth + x - m_pressX));
        return;
    case Drag::Pending:
        if (std::abs(x - m_pressX) < QApplication::startDragDistance())
            return;
        m_drag = Drag::Move;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Move:
        Q_EMIT dropPositionChanged(dropPosition(x));
        if (x < s_edge || x > width() - s_edge)
            m_edgeTimer->start();
        else
            m_edgeTimer->stop();
        update();
        return;
    }
}

// Scrolls faster the closer the pointer is to the end; the columns move under the pointer, so
// the drop position is recomputed.
void ComparisonHeader::scrollAtEdge()
{
    int dx = 0;
    if (m_pointerX < s_edge)
        dx = -(s_edge - m_pointerX) / 2 - 4;
    else if (m_pointerX > width() - s_edge)
        dx = (m_pointerX - width() + s_edge) / 2 + 4;
    if (m_drag != Drag::Move || dx == 0) {
        m_edgeTimer->stop();
        return;
    }
    Q_EMIT edgeScrollRequested(dx);
    Q_EMIT dropPositionChanged(dropPosition(m_pointerX));
    update();
}

void ComparisonHeader::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_drag == Drag::Move && m_dragColumn >= 0 && m_dragColumn < m_articles.size()) {
        const int target = dropIndex(event->position().toPoint().x());
        if (target != m_dragColumn && target != m_dragColumn + 1)
            m_outlets->moveColumnBefore(m_articles[m_dragColumn], target < m_articles.size() ? m_articles[target] : -1);
    }
    endDrag();
}

void ComparisonHeader::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int edge = edgeAt(event->position().toPoint().x());
    if (event->button() == Qt::LeftButton && edge >= 0)
        m_outlets->setColumnWidth(m_articles[edge], 0);
    else
        QWidget::mouseDoubleClickEvent(event);
}

void ComparisonHeader::endDrag()
{
    qApp->removeEventFilter(this);
    const bool moving = m_drag == Drag::Move;
    m_edgeTimer->stop();
    m_drag = Drag::None;
    m_dragColumn = -1;
    unsetCursor();
    if (moving)
        Q_EMIT dropPositionChanged(-1);
    update();
}

bool ComparisonHeader::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int article = articleAt(help->pos().x());
        if (article >= 0)
            QToolTip::showText(help->globalPos(), m_outlets->index(article).data(Qt::ToolTipRole).toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Synoptic::Ui
