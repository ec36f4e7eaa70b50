// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/comparisonview.h"

#include "ui/colours.h"
#include "ui/comparisonheader.h"
#include "ui/comparisonview_p.h"
#include "ui/models/outletmodel.h"
#include "ui/newshighlighter.h"

#include "core/text/spellingvariants.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QElapsedTimer>
#include <QStaticText>
#include <QTimer>
#include <QWindow>
#include <QToolTip>
#include <QVariantAnimation>

namespace Synoptic::Ui {

using namespace ComparisonLayout;

ComparisonView::ComparisonView(OutletModel *outlets, KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_outlets(outlets)
    , m_repository(repository)
    , m_header(new ComparisonHeader(outlets, this))
    , m_badge(new BadgeObject(this))
    , m_flashAnimation(new QVariantAnimation(this))
    , m_buildTimer(new QTimer(this))
{
    m_definition = m_repository->definitionForName(newsArticleDefinitionName());
    m_buildTimer->setSingleShot(true);
    m_buildTimer->setInterval(0);
    connect(m_buildTimer, &QTimer::timeout, this, &ComparisonView::continueBuilding);
    setObjectName(QStringLiteral("comparisonView"));
    setAccessibleName(tr("Side-by-side comparison"));
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_theme = m_repository->themeForPalette(palette());
    m_flashAnimation->setStartValue(1.0);
    m_flashAnimation->setEndValue(0.0);
    m_flashAnimation->setDuration(1600);
    m_flashAnimation->setEasingCurve(QEasingCurve::InQuad);
    connect(m_flashAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_flash.level = value.toDouble();
        viewport()->update();
    });
    connect(m_outlets, &OutletModel::visibilityChanged, this, &ComparisonView::relayout);
    connect(m_outlets, &OutletModel::columnsChanged, this, &ComparisonView::relayout);
    connect(m_header, &ComparisonHeader::edgeScrollRequested, this,
            [this](int dx) { horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx); });
    connect(m_header, &ComparisonHeader::dropPositionChanged, this, [this](int x) {
        m_dropX = x;
        viewport()->update();
    });
    connect(m_outlets, &OutletModel::baseOutletChanged, this, [this] {
        if (m_showWordDiff)
            applyFormats();
        m_header->update();
    });
    connect(m_outlets, &QAbstractItemModel::dataChanged, m_header, qOverload<>(&QWidget::update));
    connect(m_outlets, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    setViewportMargins(0, m_header->preferredHeight(), 0, 0);
    updateMetrics();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::clear()
{
    m_buildTimer->stop();
    m_buildAfterPaint = false;
    m_unrevealed = {};
    m_revealDue = false;
    m_buildQueue.clear();
    m_buildNext = 0;
    m_formatNext = 0;
    m_cells.clear();
    m_grid.clear();
    m_regions.clear();
    m_analysis = {};
    m_currentLine = -1;
    relayout();
}

void ComparisonView::setAnalysis(const Core::StoryAnalysis &analysis, const QList<GridLine> &grid)
{
    m_analysis = analysis;
    m_equivalences = Core::SpellingVariantDetector::equivalences(m_analysis.variants);
    m_differs.clear();
    m_grid = grid;
    m_currentLine = -1;
    m_selectedCluster = 0;
    m_flash = {};
    buildRegions();
    m_cells.clear();
    m_cellSizes.clear();
    relayout(); // estimated heights: which columns are on screen, how long the view is
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    prepareCells();
    m_unrevealed = {};
    m_revealDue = false;
    // Every cell, the first screen included, is built in short slices on the event loop. The
    // first slice waits for the paint that shows the new story's headers, so that paint (the
    // whole window, when the reader replaces the start page) is not delayed by building.
    const QWindow *window = this->window()->windowHandle();
    if (isLoading() && isVisible() && window && window->isExposed())
        m_buildAfterPaint = true;
    else if (isLoading())
        m_buildTimer->start();
    viewport()->update();
}

void ComparisonView::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    applyFormats();
    viewport()->update();
}

void ComparisonView::setShowBoilerplate(bool show)
{
    if (m_showBoilerplate == show)
        return;
    m_showBoilerplate = show;
    relayout();
}

void ComparisonView::setShowWordDiff(bool show)
{
    if (m_showWordDiff == show)
        return;
    m_showWordDiff = show;
    applyFormats();
}

void ComparisonView::setSelectedCluster(int clusterId)
{
    if (m_selectedCluster == clusterId)
        return;
    const int previous = m_selectedCluster;
    m_selectedCluster = clusterId;
    // Only the cells showing the old or the new selection change.
    applyFormats([this, previous, clusterId](int l, int a) {
        for (int p : m_grid[l].cells.value(a)) {
            const auto it = m_regions.constFind({a, p});
            if (it == m_regions.cend())
                continue;
            for (const Region &r : *it) {
                if (r.cluster && (r.cluster == previous || r.cluster == clusterId))
                    return true;
            }
        }
        return false;
    });
}

int ComparisonView::captionHeight() const
{
    return m_metrics.captionHeight;
}

// Font metrics are asked for thousands of times per layout of a large story: measured once.
void ComparisonView::updateMetrics()
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.86);
    const QFontMetrics reading(readingFont(font()));
    m_metrics.captionHeight = QFontMetrics(small).height() + 4;
    m_metrics.height = reading.height();
    m_metrics.lineSpacing = reading.lineSpacing();
    m_metrics.averageCharWidth = qMax(1, reading.averageCharWidth());
}

void ComparisonView::relayout()
{
    updateMetrics();
    layoutColumns();
    m_cellSizes.resize(size_t(m_grid.size()));
    for (int l = 0; l < m_grid.size(); ++l)
        measureLine(l);
    positionLines();
}

// Column widths: the user's where set, the rest share the room left (within the automatic
// bounds), filling a wide window when there are few.
void ComparisonView::layoutColumns()
{
    m_columns = m_outlets->visibleOutlets();
    int available = viewport()->width() - s_gutter - int(qMax<qsizetype>(0, m_columns.size() - 1)) * s_spacing;
    int automatic = 0;
    for (int a : std::as_const(m_columns)) {
        const int w = m_outlets->columnWidth(a);
        if (w > 0)
            available -= w;
        else
            ++automatic;
    }
    int autoWidth = 0;
    if (automatic > 0) {
        autoWidth = qBound(s_minColumn, available / automatic, s_maxColumn);
        if (autoWidth * automatic < available)
            autoWidth = available / automatic;
    }
    m_columnLefts.clear();
    m_columnWidths.clear();
    m_textWidths.fill(0, m_analysis.articles.size());
    int x = s_gutter;
    for (int a : std::as_const(m_columns)) {
        const int w = m_outlets->columnWidth(a) > 0 ? m_outlets->columnWidth(a) : autoWidth;
        m_columnLefts.append(x);
        m_columnWidths.append(w);
        if (a >= 0 && a < m_textWidths.size())
            m_textWidths[a] = w - 2 * s_padX;
        x += w + s_spacing;
    }
    m_contentWidth = x;
}

// The height each visible column's cell needs on one line.
void ComparisonView::measureLine(int l)
{
    m_cellSizes[size_t(l)].assign(size_t(m_grid[l].cells.size()), CellSize{});
    for (int a : std::as_const(m_columns))
        measureCell(l, a);
}

// Built cells are measured (laid out at their column's width), the others estimated from
// their text length so the scroll range is about right.
void ComparisonView::measureCell(int l, int a)
{
    const GridLine &line = m_grid[l];
    std::vector<CellSize> &sizes = m_cellSizes[size_t(l)];
    if (sizes.size() < size_t(line.cells.size()))
        sizes.resize(size_t(line.cells.size()));
    if (a < 0 || a >= line.cells.size())
        return;
    CellSize &size = sizes[size_t(a)];
    size = {};
    if (line.cells[a].isEmpty() || !m_columns.contains(a))
        return;
    const int textWidth = m_textWidths.value(a);
    if (line.kind == GridLine::Kind::Boilerplate && !m_showBoilerplate) {
        size.height = captionHeight();
        return;
    }
    Cell *c = cell(l, a);
    if (!c) {
        qsizetype chars = 0;
        for (int p : line.cells[a])
            chars += m_analysis.articles[a].paragraphs.value(p).text.size();
        const int perLine = qMax(1, textWidth / m_metrics.averageCharWidth);
        size.height = int((chars / perLine + 1) * m_metrics.lineSpacing * 1.4);
        size.caption = line.kind == GridLine::Kind::OnlyIn;
        return;
    }
    if (!qFuzzyCompare(c->doc->textWidth(), qreal(textWidth)))
        c->doc->setTextWidth(textWidth);
    size.caption = line.kind == GridLine::Kind::OnlyIn && !c->caption.isEmpty();
    // A "moved" note goes under the text, so it never pushes aligned text down.
    size.height = qMax(1, int(std::ceil(c->doc->size().height())) - int(m_metrics.height * 0.6)
                              + (line.kind != GridLine::Kind::OnlyIn && !c->caption.isEmpty() ? captionHeight() : 0));
}

// Re-stacks the lines keeping the line at the top of the view where it is, so the text being
// read does not jump while lines above it change height.
void ComparisonView::positionLinesKeepingTop(bool repaint)
{
    const int y = verticalScrollBar()->value();
    int anchor = 0;
    while (anchor + 1 < m_lineTop.size() && m_lineTop[anchor + 1] <= y)
        ++anchor;
    const int offset = y - m_lineTop.value(anchor);
    positionLines(repaint);
    if (y > 0 && anchor < m_lineTop.size())
        verticalScrollBar()->setValue(m_lineTop[anchor] + qMin(offset, qMax(0, m_lineHeight[anchor] - 1)));
}

bool ComparisonView::columnOnScreen(int column) const
{
    const int x = columnX(column);
    return x + m_columnWidths.value(column) > 0 && x < viewport()->width();
}

void ComparisonView::positionLines(bool repaint)
{
    m_onScreen.clear();
    for (int col = 0; col < m_columns.size(); ++col)
        m_onScreen.append(columnOnScreen(col));
    m_lineTop.clear();
    m_lineHeight.clear();
    m_lineCaption.clear();
    m_lineFolded.clear();
    m_foldRun.clear();
    int y = 0;
    int run = -1; // the first line of the folded run being stacked
    const std::vector<CellSize> none;
    for (int l = 0; l < m_grid.size(); ++l) {
        const std::vector<CellSize> &sizes = l < int(m_cellSizes.size()) ? m_cellSizes[size_t(l)] : none;
        int height = 0;
        bool caption = false;
        bool offScreen = false;
        for (int col = 0; col < m_columns.size(); ++col) {
            const int a = m_columns[col];
            const CellSize size = a < int(sizes.size()) ? sizes[size_t(a)] : CellSize{};
            if (size.height == 0)
                continue;
            if (!m_onScreen[col]) {
                offScreen = true;
                continue;
            }
            height = qMax(height, size.height);
            caption = caption || size.caption;
        }
        const bool folded = height == 0 && offScreen;
        m_foldRun.append(0);
        if (folded && run >= 0) {
            ++m_foldRun[run]; // consecutive folded lines share one note
        } else if (folded) {
            run = l;
            m_foldRun[l] = 1;
            height = captionHeight() - s_padY;
        } else if (height > 0) {
            run = -1;
        }
        if (!folded && caption && !(m_grid[l].kind == GridLine::Kind::Boilerplate && !m_showBoilerplate))
            height += captionHeight();
        m_lineCaption.append(caption);
        m_lineFolded.append(folded);
        m_lineTop.append(y);
        const int h = height > 0 ? height + 2 * s_padY : 0;
        m_lineHeight.append(h);
        y += h;
    }
    m_contentHeight = y;
    updateScrollBars();
    updateHeader();
    if (repaint)
        viewport()->update();
}

void ComparisonView::updateScrollBars()
{
    horizontalScrollBar()->setRange(0, qMax(0, m_contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setRange(0, qMax(0, m_contentHeight + viewport()->height() / 3 - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(m_metrics.lineSpacing * 3);
}

void ComparisonView::updateHeader()
{
    const int h = m_header->preferredHeight();
    if (viewportMargins().top() != h)
        setViewportMargins(0, h, 0, 0);
    const QRect vp = viewport()->geometry();
    m_header->setGeometry(vp.left(), vp.top() - h, vp.width(), h);
    QList<int> lefts;
    for (int col = 0; col < m_columns.size(); ++col)
        lefts.append(columnX(col));
    m_header->setColumns(m_columns, lefts, m_columnWidths);
}

int ComparisonView::columnX(int column) const
{
    return m_columnLefts.value(column, s_gutter) - horizontalScrollBar()->value();
}

int ComparisonView::cellTop(int line) const
{
    return m_lineTop.value(line) - verticalScrollBar()->value();
}

QRect ComparisonView::cellTextRect(int line, int column) const
{
    // Every cell of a line reserves the caption room when one has a caption, so the text of
    // aligned paragraphs starts at the same height in all columns.
    const int caption = m_lineCaption.value(line) ? captionHeight() : 0;
    return QRect(columnX(column) + s_padX, cellTop(line) + s_padY + caption, m_columnWidths.value(column) - 2 * s_padX,
                 m_lineHeight.value(line) - 2 * s_padY - caption);
}

QColor ComparisonView::background() const
{
    return m_theme.isValid() ? QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)) : palette().color(QPalette::Base);
}

QColor ComparisonView::textColour() const
{
    return m_theme.isValid() ? QColor(m_theme.textColor(KSyntaxHighlighting::Theme::Normal)) : palette().color(QPalette::Text);
}

// Short labels (row numbers, captions, notes) are drawn on every paint. Shaping and eliding
// them anew each time costs more than the paragraphs, whose documents stay laid out, so each is
// kept prepared, by text and width, in the painter's current font. `rect`: vertically centred.
void ComparisonView::drawLabel(QPainter &p, const QRect &rect, Qt::Alignment align, const QString &text, Qt::TextElideMode elide)
{
    QString key = QString::number(rect.width());
    key += QChar(u'0' + int(elide));
    key += text;
    auto it = m_labels.constFind(key);
    if (it == m_labels.cend()) {
        if (m_labels.size() > 4096)
            m_labels.clear(); // a resized window leaves labels of widths no longer used
        QStaticText label(elide == Qt::ElideNone ? text : p.fontMetrics().elidedText(text, elide, rect.width()));
        label.setTextFormat(Qt::PlainText);
        label.setPerformanceHint(QStaticText::AggressiveCaching);
        label.prepare(QTransform(), p.font());
        it = m_labels.insert(key, label);
    }
    const QSizeF size = it->size();
    const qreal x = align & Qt::AlignRight ? rect.right() + 1 - size.width() : rect.left();
    p.drawStaticText(QPointF(x, rect.top() + (rect.height() - size.height()) / 2), *it);
}

// The note that stands for folded lines from `line` on: whose paragraphs they are, naming a
// few outlets (a long list is neither readable nor cheap to elide on every paint), and on which
// side of the screen they are.
QString ComparisonView::foldNote(int line) const
{
    const int firstOnScreen = int(m_onScreen.indexOf(true));
    if (!m_lineFolded.value(line) || firstOnScreen < 0)
        return QString();
    constexpr int named = 3;
    QStringList owners;
    QList<bool> owner(m_analysis.articles.size(), false);
    int others = 0;
    bool right = false;
    int paragraphs = 0;
    const int run = qMax(1, m_foldRun.value(line));
    for (int r = line; r < m_grid.size() && r < line + run; ++r) {
        const QList<QList<int>> &cells = m_grid[r].cells;
        for (int col = 0; col < m_columns.size(); ++col) {
            const int a = m_columns[col];
            const int count = a < cells.size() ? int(cells[a].size()) : 0;
            if (count == 0)
                continue;
            paragraphs += count;
            right = right || col > firstOnScreen;
            if (a >= owner.size() || owner[a])
                continue;
            owner[a] = true;
            if (owners.size() < named)
                owners.append(m_outlets->name(a));
            else
                ++others;
        }
    }
    const QString where = right ? tr("scrolled out of view →") : tr("← scrolled out of view");
    QString names = owners.join(QStringLiteral(", "));
    if (others == 1)
        names = tr("%1 and 1 more outlet").arg(names);
    else if (others > 1)
        names = tr("%1 and %2 more outlets").arg(names).arg(others);
    if (run > 1)
        return tr("%n paragraphs only in %1, %2", "", paragraphs).arg(names, where);
    const GridLine &grid = m_grid[line];
    switch (grid.kind) {
    case GridLine::Kind::Aligned:
        return tr("Row %1: only in %2, %3").arg(grid.rowId).arg(names, where);
    case GridLine::Kind::OnlyIn:
        return tr("Only in %1, %2").arg(names, where);
    case GridLine::Kind::Subhead:
        return tr("Subhead in %1, %2").arg(names, where);
    case GridLine::Kind::Boilerplate:
        return tr("Boilerplate of %1, %2").arg(names, where);
    }
    return QString();
}

void ComparisonView::paintEvent(QPaintEvent *event)
{
    m_sincePaint.start();
    if (m_buildAfterPaint) {
        m_buildAfterPaint = false;
        m_buildTimer->start();
    }
    QPainter p(viewport());
    const QColor bg = background();
    const QColor fg = textColour();
    QColor dim = fg;
    dim.setAlphaF(0.55f);
    QColor hairline = fg;
    hairline.setAlphaF(0.12f);
    p.fillRect(event->rect(), bg);
    if (m_grid.isEmpty())
        return;
    // Only what the event asks for: after a scroll that is the strip that came into view.
    const int top = verticalScrollBar()->value() + event->rect().top();
    const int bottom = verticalScrollBar()->value() + event->rect().bottom() + 1;
    const int left = event->rect().left();
    const int right = event->rect().right() + 1;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.86);
    const QFontMetrics smallFm(small);
    const int rowsRight = m_contentWidth - horizontalScrollBar()->value();
    const int firstOnScreen = int(m_onScreen.indexOf(true));
    // Hairlines are filled, not stroked: the raster engine strokes a translucent line pixel by
    // pixel, which made the rules a third of a full repaint. They are clipped here too, as with
    // many outlets the rows are tens of thousands of pixels wide.
    const auto drawRule = [&](int y) {
        const int from = qMax(columnX(0), left);
        const int to = qMin(rowsRight, right - 1);
        if (from <= to)
            p.fillRect(QRect(from, y, to - from + 1, 1), hairline);
    };

    for (int l = 0; l < m_grid.size(); ++l) {
        const int h = m_lineHeight[l];
        if (h == 0 || m_lineTop[l] + h < top || m_lineTop[l] > bottom)
            continue;
        const GridLine &line = m_grid[l];
        const int y = cellTop(l);
        if (l == m_currentLine)
            p.fillRect(QRect(0, y, rowsRight, h), tint(palette().color(QPalette::Highlight), bg, 0.08));

        // Gutter: the row number, or a mark for "only in" lines.
        p.setFont(small);
        p.setPen(dim);
        const QRect gutter(columnX(0) - s_gutter, y + s_padY, s_gutter - 10, smallFm.height());
        if (line.kind == GridLine::Kind::Aligned)
            drawLabel(p, gutter, Qt::AlignRight, QString::number(line.rowId));
        else if (line.kind == GridLine::Kind::OnlyIn)
            drawLabel(p, gutter, Qt::AlignRight, QStringLiteral("+"));

        if (m_lineFolded.value(l) && firstOnScreen >= 0) {
            // Nothing of these lines is on screen: one quiet note saying whose they are and where.
            const QString note = foldNote(l);
            const int x = columnX(firstOnScreen) + s_padX;
            const int width = qMin(viewport()->width(), rowsRight) - x - s_padX;
            drawLabel(p, QRect(x, y, width, h), Qt::AlignLeft, note, Qt::ElideMiddle);
            drawRule(y + h - 1);
            continue;
        }

        for (int col = 0; col < m_columns.size(); ++col) {
            const int a = m_columns[col];
            const int x = columnX(col);
            const int columnWidth = m_columnWidths[col];
            if (!m_onScreen.value(col) || x + columnWidth <= left || x >= right)
                continue;
            Cell *c = cell(l, a);
            if (!c) {
                if (line.kind == GridLine::Kind::Aligned && line.cells[a].isEmpty()) {
                    p.setFont(small);
                    QColor faint = fg;
                    faint.setAlphaF(0.28f);
                    p.setPen(faint);
                    drawLabel(p, QRect(x + s_padX, y + s_padY, columnWidth - 2 * s_padX, smallFm.height()), Qt::AlignLeft,
                              tr("not in this outlet"), Qt::ElideRight);
                }
                continue;
            }
            if (line.kind == GridLine::Kind::OnlyIn) {
                p.fillRect(QRect(x, y, columnWidth, h), tint(m_outlets->colour(a), bg, 0.07));
                p.fillRect(QRect(x, y, 3, h), m_outlets->colour(a));
            }
            if (!c->caption.isEmpty()) {
                p.setFont(small);
                p.setPen(dim);
                const int captionY = line.kind == GridLine::Kind::OnlyIn ? y + s_padY - 2 : y + h - s_padY - smallFm.height();
                drawLabel(p, QRect(x + s_padX, captionY, columnWidth - 2 * s_padX, smallFm.height()), Qt::AlignLeft, c->caption,
                          Qt::ElideRight);
            }
            if (line.kind == GridLine::Kind::Boilerplate && !m_showBoilerplate) {
                p.setFont(small);
                p.setPen(dim);
                drawLabel(p, QRect(x + s_padX, y + s_padY, columnWidth - 2 * s_padX, smallFm.height()), Qt::AlignLeft,
                          c->paragraphs.size() == 1 ? tr("1 boilerplate paragraph — click to show")
                                                    : tr("%1 boilerplate paragraphs — click to show").arg(c->paragraphs.size()),
                          Qt::ElideRight);
                continue;
            }
            const QRect r = cellTextRect(l, col);
            p.save();
            p.translate(r.topLeft());
            if (line.kind == GridLine::Kind::Boilerplate)
                p.setOpacity(0.55);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.palette = palette();
            ctx.palette.setColor(QPalette::Text, fg);
            ctx.clip = QRectF(0, 0, r.width(), r.height() + s_padY);
            c->doc->documentLayout()->draw(&p, ctx);
            p.restore();
        }
        drawRule(y + h - 1);
    }
    // Column separators.
    for (int col = 1; col < m_columns.size(); ++col) {
        const int x = columnX(col) - 1;
        if (x < left || x >= right)
            continue;
        p.fillRect(QRect(x, 0, 1, qMin(viewport()->height(), m_contentHeight - verticalScrollBar()->value()) + 1), hairline);
    }
    // Where a column dragged in the header would land.
    if (m_dropX >= 0) {
        p.fillRect(QRect(m_dropX - 1, 0, 3, viewport()->height()), palette().color(QPalette::Highlight));
    }
    // The flash after a jump: the range (or whole paragraph) glows and fades out.
    if (m_flash.level > 0.01) {
        QColor glow = palette().color(QPalette::Highlight);
        glow.setAlphaF(float(0.45 * m_flash.level));
        const int col = int(m_columns.indexOf(m_flash.article));
        const Cell *c = cell(m_flash.line, m_flash.article);
        if (col >= 0 && c) {
            const int b = int(c->paragraphs.indexOf(m_flash.paragraph));
            const QTextBlock block = c->doc->findBlockByNumber(b);
            const QRect r = cellTextRect(m_flash.line, col);
            const QPointF origin = QPointF(r.topLeft()) + c->doc->documentLayout()->blockBoundingRect(block).topLeft();
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(glow);
            if (m_flash.start < 0 || !block.layout()) {
                p.drawRoundedRect(QRectF(r.left() - 6, origin.y() - 4, r.width() + 12, c->doc->documentLayout()->blockBoundingRect(block).height() + 8), 4, 4);
            } else {
                const QList<qsizetype> &badges = c->badges[b];
                const int from = int(toBlock(badges, m_flash.start));
                const int to = int(toBlock(badges, m_flash.start + qMax<qsizetype>(1, m_flash.length) - 1) + 1);
                QTextLayout *layout = block.layout();
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const QTextLine tl = layout->lineAt(i);
                    const int s = qMax(from, tl.textStart());
                    const int e = qMin(to, tl.textStart() + tl.textLength());
                    if (s >= e)
                        continue;
                    const qreal x1 = tl.cursorToX(s), x2 = tl.cursorToX(e);
                    p.drawRoundedRect(QRectF(origin.x() + x1 - 2, origin.y() + tl.y(), x2 - x1 + 4, tl.height()), 3, 3);
                }
            }
        }
    }
}

void ComparisonView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void ComparisonView::scrollContentsBy(int dx, int dy)
{
    QList<bool> onScreen;
    for (int col = 0; dx != 0 && col < m_columns.size(); ++col)
        onScreen.append(columnOnScreen(col));
    if (dx != 0 && onScreen != m_onScreen) {
        // Other columns came into view, so lines fold or unfold and change height.
        positionLinesKeepingTop(true);
        return;
    }
    if (dx != 0)
        updateHeader();
    // Move the pixels already drawn; only the strip that comes into view is painted. Overlays
    // fixed to the viewport (the drop indicator) need the whole view again.
    if (m_dropX >= 0 || m_flash.level > 0.01)
        viewport()->update();
    else
        viewport()->scroll(dx, dy);
}

void ComparisonView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_labels.clear();
    if (event->type() == QEvent::FontChange && !m_grid.isEmpty()) {
        prepareCells();
        relayout();
        m_buildTimer->start();
    }
}

ComparisonView::Hit ComparisonView::hitAt(const QPoint &pos) const
{
    Hit hit;
    const int y = pos.y() + verticalScrollBar()->value();
    for (int l = 0; l < m_grid.size(); ++l) {
        if (m_lineHeight[l] > 0 && y >= m_lineTop[l] && y < m_lineTop[l] + m_lineHeight[l]) {
            hit.line = l;
            break;
        }
    }
    if (hit.line < 0)
        return hit;
    for (int col = 0; col < m_columns.size(); ++col) {
        if (pos.x() >= columnX(col) && pos.x() < columnX(col) + m_columnWidths[col])
            hit.article = m_columns[col];
    }
    const Cell *c = cell(hit.line, hit.article);
    if (!c || (m_grid[hit.line].kind == GridLine::Kind::Boilerplate && !m_showBoilerplate))
        return hit;
    const QRect r = cellTextRect(hit.line, int(m_columns.indexOf(hit.article)));
    const int position = c->doc->documentLayout()->hitTest(QPointF(pos - r.topLeft()), Qt::ExactHit);
    if (position < 0)
        return hit;
    const QTextBlock block = c->doc->findBlock(position);
    const int b = block.blockNumber();
    if (b < 0 || b >= c->paragraphs.size())
        return hit;
    hit.paragraph = c->paragraphs[b];
    hit.offset = fromBlock(c->badges[b], position - block.position());
    hit.region = regionAt(hit.article, hit.paragraph, hit.offset);
    return hit;
}

// The most specific region at an offset: numbers win over the quote around them.
const ComparisonView::Region *ComparisonView::regionAt(int article, int paragraph, qsizetype offset) const
{
    const auto it = m_regions.constFind({article, paragraph});
    if (it == m_regions.cend())
        return nullptr;
    const Region *best = nullptr;
    for (const Region &r : *it) {
        if (offset < r.start || offset >= r.end || (r.cluster && !r.shared))
            continue;
        if (!best || (r.end - r.start) < (best->end - best->start))
            best = &r;
    }
    return best;
}

void ComparisonView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.line >= 0)
        setCurrentLine(hit.line);
    if (hit.line >= 0 && m_lineFolded.value(hit.line)) {
        scrollToLine(hit.line); // a folded line's note: bring its column into view
        return;
    }
    if (hit.line >= 0 && m_grid[hit.line].kind == GridLine::Kind::Boilerplate && !m_showBoilerplate && hit.article >= 0) {
        setShowBoilerplate(true);
        return;
    }
    if (!hit.region)
        return;
    if (hit.region->cluster) {
        setSelectedCluster(hit.region->cluster);
        Q_EMIT quoteActivated(hit.region->cluster, hit.article);
    } else if (hit.region->group) {
        Q_EMIT numberActivated(hit.region->group);
    }
}

void ComparisonView::mouseMoveEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    viewport()->setCursor(hit.region ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

bool ComparisonView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        if (hit.region && !hit.region->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), hit.region->toolTip, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ComparisonView::setCurrentLine(int line)
{
    if (line == m_currentLine || line < -1 || line >= m_grid.size())
        return;
    m_currentLine = line;
    viewport()->update();
    Q_EMIT currentLineChanged(line);
}

int ComparisonView::lineOf(int article, int paragraph) const
{
    for (int l = 0; l < m_grid.size(); ++l) {
        if (m_grid[l].cells.value(article).contains(paragraph))
            return l;
    }
    return -1;
}

void ComparisonView::scrollToLine(int line)
{
    if (line < 0 || line >= m_grid.size())
        return;
    if (m_lineFolded.value(line)) {
        // Its columns are out of view: bring the first into view, which unfolds the line.
        for (int col = 0; col < m_columns.size(); ++col) {
            if (!m_grid[line].cells.value(m_columns[col]).isEmpty()) {
                horizontalScrollBar()->setValue(m_columnLefts[col] - s_gutter);
                break;
            }
        }
    }
    ensureBuilt(line); // the lines above decide where it is
    const int top = m_lineTop[line];
    const int bottom = top + m_lineHeight[line];
    const int view = verticalScrollBar()->value();
    if (top >= view && bottom <= view + viewport()->height())
        return; // already fully visible: do not move the reader's text
    verticalScrollBar()->setValue(top - viewport()->height() / 5);
}

void ComparisonView::scrollToParagraph(int article, int paragraph, qsizetype start, qsizetype length)
{
    const int line = lineOf(article, paragraph);
    if (line < 0)
        return;
    if (m_grid[line].kind == GridLine::Kind::Boilerplate)
        setShowBoilerplate(true);
    if (!m_outlets->isVisible(article))
        m_outlets->setVisible(article, true);
    // The column first: which columns are on screen decides the lines' heights.
    const int col = int(m_columns.indexOf(article));
    const int x = columnX(col);
    if (x < s_gutter || x + m_columnWidths.value(col) > viewport()->width())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + x - s_gutter);
    setCurrentLine(line);
    scrollToLine(line);
    m_flash = {line, article, paragraph, start, length, 1.0};
    m_flashAnimation->stop();
    m_flashAnimation->start();
}

bool ComparisonView::lineHas(int line, const std::function<bool(const Region &)> &test) const
{
    for (int a : m_columns) {
        for (int p : m_grid[line].cells.value(a)) {
            for (const Region &r : m_regions.value({a, p})) {
                if (test(r))
                    return true;
            }
        }
    }
    return false;
}

bool ComparisonView::lineIsDifference(int line) const
{
    const GridLine &g = m_grid[line];
    if ((m_lineHeight.value(line) == 0 && !m_lineFolded.value(line)) || g.kind == GridLine::Kind::Boilerplate || g.kind == GridLine::Kind::Subhead)
        return false;
    if (g.kind == GridLine::Kind::OnlyIn)
        return true;
    QString first;
    bool seen = false;
    for (int a : m_columns) {
        if (g.cells[a].isEmpty() || g.moved.value(a))
            return true;
        QStringList parts;
        for (int p : g.cells[a])
            parts.append(m_analysis.articles[a].paragraphs.value(p).text);
        const QString text = parts.join(u' ');
        if (seen && text != first)
            return true;
        first = text;
        seen = true;
    }
    return false;
}

bool ComparisonView::step(int direction, const std::function<bool(int)> &test)
{
    const int dir = direction < 0 ? -1 : 1;
    for (int l = m_currentLine + dir; l >= 0 && l < m_grid.size(); l += dir) {
        if ((m_lineHeight.value(l) > 0 || m_lineFolded.value(l)) && test(l)) {
            setCurrentLine(l);
            scrollToLine(l);
            return true;
        }
    }
    return false;
}

bool ComparisonView::nextDifference(int direction)
{
    return step(direction, [this](int l) { return lineIsDifference(l); });
}

bool ComparisonView::nextDisputedNumber(int direction)
{
    return step(direction, [this](int l) { return lineHas(l, [](const Region &r) { return r.group && r.status == Core::NumberStatus::Disputed; }); });
}

bool ComparisonView::nextSharedQuote(int direction)
{
    return step(direction, [this](int l) { return lineHas(l, [](const Region &r) { return r.cluster && r.shared; }); });
}

QRect ComparisonView::paragraphRect(int article, int paragraph)
{
    const int line = lineOf(article, paragraph);
    ensureBuilt(line, article);
    const int col = int(m_columns.indexOf(article));
    const Cell *c = cell(line, article);
    if (line < 0 || col < 0 || !c)
        return {};
    const QRect r = cellTextRect(line, col);
    const QTextBlock block = c->doc->findBlockByNumber(int(c->paragraphs.indexOf(paragraph)));
    return c->doc->documentLayout()->blockBoundingRect(block).translated(r.topLeft()).toAlignedRect();
}

QPoint ComparisonView::textPoint(int article, int paragraph, qsizetype offset)
{
    const int line = lineOf(article, paragraph);
    ensureBuilt(line, article);
    const int col = int(m_columns.indexOf(article));
    const Cell *c = cell(line, article);
    if (line < 0 || col < 0 || !c)
        return {-1, -1};
    const int b = int(c->paragraphs.indexOf(paragraph));
    const QTextBlock block = c->doc->findBlockByNumber(b);
    const int position = int(toBlock(c->badges[b], offset));
    const QTextLine tl = block.layout()->lineForTextPosition(position);
    if (!tl.isValid())
        return {-1, -1};
    const QPointF origin = QPointF(cellTextRect(line, col).topLeft()) + c->doc->documentLayout()->blockBoundingRect(block).topLeft();
    // The middle of the character, so a click lands on it rather than on its left edge.
    const qreal x = (tl.cursorToX(position) + tl.cursorToX(position + 1)) / 2;
    return (origin + QPointF(x, tl.y() + tl.height() / 2)).toPoint();
}

QTextCharFormat ComparisonView::charFormatAt(int article, int paragraph, qsizetype offset)
{
    const int line = lineOf(article, paragraph);
    ensureBuilt(line, article);
    if (isStale(line, article))
        applyCellFormats(line, article);
    const Cell *c = cell(line, article);
    if (!c)
        return {};
    const int b = int(c->paragraphs.indexOf(paragraph));
    const QTextBlock block = c->doc->findBlockByNumber(b);
    const int position = int(toBlock(c->badges[b], offset));
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length)
            result.merge(range.format);
    }
    return result;
}

QString ComparisonView::toolTipAt(int article, int paragraph, qsizetype offset) const
{
    const Region *r = regionAt(article, paragraph, offset);
    return r ? r->toolTip : QString();
}

} // namespace Synoptic::Ui

