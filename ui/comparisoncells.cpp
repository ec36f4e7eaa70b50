// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ComparisonView, part two: building the cells (one QTextDocument per paragraph group) in
// slices, and their semantic formats. Painting, hit-testing and navigation are in
// comparisonview.cpp.

#include "ui/colours.h"
#include "ui/comparisonview.h"
#include "ui/comparisonview_p.h"
#include "ui/models/outletmodel.h"
#include "ui/newshighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <limits>

namespace Synoptic::Ui {

using namespace ComparisonLayout;

namespace {
QFont badgeFont(QTextDocument *doc)
{
    QFont font = doc->defaultFont();
    font.setPointSizeF(font.pointSizeF() * 0.72);
    font.setBold(true);
    return font;
}
} // namespace

QSizeF BadgeObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QFontMetricsF fm(badgeFont(doc));
    return {fm.horizontalAdvance(format.property(s_badgeCount).toString()) + 10 + 3, fm.height()};
}

void BadgeObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format)
{
    const QFontMetricsF fm(badgeFont(doc));
    const QRectF pill(rect.left() + 3, rect.top() + 1, rect.width() - 3, fm.height() - 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(format.property(s_badgeColour).value<QColor>());
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(Qt::white);
    painter->setFont(badgeFont(doc));
    painter->drawText(pill, Qt::AlignCenter, format.property(s_badgeCount).toString());
    painter->restore();
}

// Quote and number spans by paragraph, with the tooltips that explain them.
void ComparisonView::buildRegions()
{
    m_regions.clear();
    const auto outlet = [this](int article) { return m_analysis.articles.value(article).outlet.toHtmlEscaped(); };
    for (const Core::QuoteCluster &cluster : m_analysis.quotes) {
        const int outlets = cluster.outletCount();
        const QString tip = tr("<p>“%1”</p><p>— %2</p><p><i>Quoted by %3 outlets. Click to see every version.</i></p>")
                                .arg(cluster.text.toHtmlEscaped(), cluster.speaker.isEmpty() ? tr("unknown speaker") : cluster.speaker.toHtmlEscaped())
                                .arg(outlets);
        for (const Core::QuoteOccurrence &o : cluster.occurrences) {
            Region r;
            r.cluster = cluster.id;
            r.shared = outlets >= 2;
            r.toolTip = tip;
            r.start = o.start;
            r.end = o.end;
            m_regions[{o.article, o.paragraph}].append(r);
            for (const Core::QuoteOccurrence::Piece &piece : o.continuation) {
                r.start = piece.start;
                r.end = piece.end;
                m_regions[{o.article, piece.paragraph}].append(r);
            }
        }
    }
    for (const Core::NumberGroup &group : m_analysis.numbers) {
        QString tip;
        if (group.status == Core::NumberStatus::Disputed) {
            tip = (group.kind == Core::DisputeKind::None
                       ? tr("<p><b>Disputed figure: %1</b></p>").arg(group.subject.toHtmlEscaped())
                       : tr("<p><b>Disputed figure (%1): %2</b></p>")
                             .arg(Core::disputeKindLabel(group.kind), group.subject.toHtmlEscaped()))
                + QStringLiteral("<table>");
            for (const Core::NumberMention &m : group.mentions)
                tip += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>").arg(outlet(m.article), m.text.toHtmlEscaped());
            tip += QStringLiteral("</table>");
            if (!group.note.isEmpty())
                tip += QStringLiteral("<p><i>%1</i></p>").arg(group.note.toHtmlEscaped());
        } else if (group.mentions.size() > 1) {
            QStringList outlets;
            for (const Core::NumberMention &m : group.mentions) {
                if (!outlets.contains(outlet(m.article)))
                    outlets.append(outlet(m.article));
            }
            tip = tr("<p><b>%1</b> — the outlets agree</p><p>%2</p>").arg(group.subject.toHtmlEscaped(), outlets.join(QStringLiteral(", ")));
            if (!group.note.isEmpty())
                tip += QStringLiteral("<p><i>%1</i></p>").arg(group.note.toHtmlEscaped());
        }
        for (const Core::NumberMention &m : group.mentions) {
            Region r;
            r.group = group.id;
            r.status = group.status;
            r.disputeKind = group.kind;
            r.toolTip = tip;
            r.start = m.start;
            r.end = m.end;
            m_regions[{m.article, m.paragraph}].append(r);
        }
    }
}

// Cells are built lazily in slices (see buildSome()): a story of a hundred articles has
// thousands of them, and building them all at once would freeze the window.
void ComparisonView::prepareCells()
{
    m_buildTimer->stop();
    m_cells.clear();
    m_cells.resize(size_t(m_grid.size()));
    m_buildQueue.clear();
    m_buildNext = 0;
    m_formatNext = 0;
    for (int l = 0; l < m_grid.size(); ++l)
        m_cells[size_t(l)].resize(size_t(m_grid[l].cells.size()));
    // Columns on screen first, line by line from the top; then the columns scrolled out of view.
    for (int pass = 0; pass < 2; ++pass) {
        for (int l = 0; l < m_grid.size(); ++l) {
            for (int a = 0; a < m_grid[l].cells.size(); ++a) {
                if (m_grid[l].cells[a].isEmpty())
                    continue;
                const qsizetype column = m_columns.indexOf(a);
                const bool first = column >= 0 && m_onScreen.value(column);
                if ((pass == 0) == first)
                    m_buildQueue.append({l, a});
            }
        }
    }
    m_formatNext = m_buildQueue.size(); // new cells get current formats when built
}

bool ComparisonView::isLoading() const
{
    return m_buildNext < m_buildQueue.size() || m_formatNext < m_buildQueue.size();
}

bool ComparisonView::isStale(int line, int article) const
{
    const Cell *c = cell(line, article);
    return c && c->formatGeneration != m_formatGeneration;
}

// Builds (and lays out) one cell, noting whether the picture or the lines' heights change:
// cells in columns out of view change neither.
void ComparisonView::buildAndMeasure(int l, int a, BuildEffect &effect)
{
    if (cell(l, a))
        applyCellFormats(l, a); // built, but its formats are out of date
    else
        buildCell(l, a);
    const CellSize before = m_cellSizes[size_t(l)].size() > size_t(a) ? m_cellSizes[size_t(l)][size_t(a)] : CellSize{};
    measureCell(l, a);
    const qsizetype col = m_columns.indexOf(a);
    if (col < 0 || !m_onScreen.value(col))
        return;
    const CellSize &now = m_cellSizes[size_t(l)][size_t(a)];
    const QRect area(columnX(int(col)), cellTop(l), m_columnWidths.value(col), m_lineHeight.value(l));
    if (area.intersects(viewport()->rect()) || area.bottom() < 0) {
        effect.visible = true;
        effect.dirty |= area;
    }
    effect.moved = effect.moved || before.height != now.height || before.caption != now.caption;
}

void ComparisonView::showBuilt(const BuildEffect &effect)
{
    if (effect.moved)
        positionLinesKeepingTop(effect.visible);
    else if (effect.visible)
        viewport()->update(effect.dirty);
}

// Builds cells (or brings their formats up to date) until `budgetMs` has passed: what is on
// screen first (the reader may have scrolled ahead of the queue), then the queue.
ComparisonView::BuildEffect ComparisonView::buildSome(int budgetMs, bool screenOnly)
{
    QElapsedTimer timer;
    timer.start();
    BuildEffect effect;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    for (int l = 0; l < m_grid.size() && timer.elapsed() < budgetMs; ++l) {
        if (m_lineTop.value(l) + m_lineHeight.value(l) <= top || m_lineHeight.value(l) == 0)
            continue;
        if (m_lineTop.value(l) >= bottom)
            break;
        for (int col = 0; col < m_columns.size() && timer.elapsed() < budgetMs; ++col) {
            const int a = m_columns[col];
            if (m_onScreen.value(col) && !m_grid[l].cells.value(a).isEmpty() && (!cell(l, a) || isStale(l, a)))
                buildAndMeasure(l, a, effect);
        }
    }
    if (screenOnly)
        return effect;
    while (m_buildNext < m_buildQueue.size() && timer.elapsed() < budgetMs) {
        const auto [l, a] = m_buildQueue[m_buildNext++];
        if (!cell(l, a))
            buildAndMeasure(l, a, effect);
    }
    while (m_formatNext < m_buildQueue.size() && timer.elapsed() < budgetMs) {
        const auto [l, a] = m_buildQueue[m_formatNext++];
        if (isStale(l, a))
            buildAndMeasure(l, a, effect);
    }
    return effect;
}

// One slice of the background build; the view repaints only when something on screen changed.
void ComparisonView::continueBuilding()
{
    // The first screen of a story is built in slices but shown whole, when it is complete:
    // until then its lines change height with every slice. The repaint that shows it is the
    // dearest of the load (its text is drawn for the first time), so it has a turn of its own.
    if (m_revealDue) {
        m_revealDue = false;
        // All of it: the reader may have scrolled since the cells were built.
        const BuildEffect unrevealed = std::exchange(m_unrevealed, {});
        if (unrevealed.moved)
            positionLinesKeepingTop(true);
        else if (unrevealed.visible)
            viewport()->update();
        if (isLoading())
            m_buildTimer->start();
        return;
    }
    // While the screen is incomplete, slices build only what is on it.
    const bool revealing = !isScreenBuilt();
    const BuildEffect effect = buildSome(s_buildSliceMs, revealing);
    if (!revealing) {
        showBuilt(effect);
    } else {
        // Lines are positioned after every slice (the next slice builds what is on screen by
        // them) but painted on the turn after the screen is complete, or if it takes long.
        m_unrevealed.visible = m_unrevealed.visible || effect.visible;
        m_unrevealed.moved = m_unrevealed.moved || effect.moved;
        if (effect.moved)
            positionLinesKeepingTop(false);
        m_revealDue = isScreenBuilt() || !m_sincePaint.isValid() || m_sincePaint.elapsed() >= s_revealMs;
    }
    if (isLoading() || m_revealDue)
        m_buildTimer->start();
}

// Builds what `line`'s position and `article`'s cell there depend on: the cells of the columns
// on screen on lines 0..line, and the article's own cell.
void ComparisonView::ensureBuilt(int line, int article)
{
    if (line < 0 || line >= m_grid.size())
        return;
    BuildEffect effect;
    for (int l = 0; l <= line; ++l) {
        for (int col = 0; col < m_columns.size(); ++col) {
            const int a = m_columns[col];
            if ((m_onScreen.value(col) || (l == line && a == article)) && !m_grid[l].cells.value(a).isEmpty() && !cell(l, a))
                buildAndMeasure(l, a, effect);
        }
    }
    showBuilt(effect);
}

bool ComparisonView::isScreenBuilt() const
{
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    for (int l = 0; l < m_grid.size(); ++l) {
        if (m_lineTop.value(l) + m_lineHeight.value(l) <= top || m_lineHeight.value(l) == 0)
            continue;
        if (m_lineTop.value(l) >= bottom)
            break;
        for (int col = 0; col < m_columns.size(); ++col) {
            if (m_onScreen.value(col) && !m_grid[l].cells.value(m_columns[col]).isEmpty() && !cell(l, m_columns[col]))
                return false;
        }
    }
    return true;
}

void ComparisonView::buildCell(int l, int a)
{
    const QFont font = readingFont(this->font());
    const GridLine &line = m_grid[l];
    {
        {
            auto cell = std::make_unique<Cell>();
            cell->doc = std::make_unique<QTextDocument>();
            cell->doc->setDefaultFont(font);
            cell->doc->setDocumentMargin(0);
            cell->doc->setUndoRedoEnabled(false);
            cell->doc->documentLayout()->registerHandler(s_badgeType, m_badge);
            cell->paragraphs = line.cells[a];
            const Core::Article &article = m_analysis.articles[a];
            QTextCursor cursor(cell->doc.get());
            QTextBlockFormat blockFormat;
            blockFormat.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
            blockFormat.setBottomMargin(QFontMetrics(font).height() * 0.6);
            bool first = true;
            for (int p : cell->paragraphs) {
                if (!first)
                    cursor.insertBlock(blockFormat);
                else
                    cursor.setBlockFormat(blockFormat);
                first = false;
                const QString text = p >= 0 && p < article.paragraphs.size() ? article.paragraphs[p].text : QString();
                // Shared quotes get a count badge right after their closing mark.
                QList<std::pair<qsizetype, int>> badges;
                for (const Region &r : m_regions.value({a, p})) {
                    if (r.cluster && r.shared) {
                        const Core::QuoteCluster *cluster = nullptr;
                        for (const Core::QuoteCluster &c : m_analysis.quotes) {
                            if (c.id == r.cluster)
                                cluster = &c;
                        }
                        bool main = false;
                        for (const Core::QuoteOccurrence &o : cluster->occurrences)
                            main = main || (o.article == a && o.paragraph == p && o.end == r.end);
                        if (main && r.end <= text.size())
                            badges.append({r.end, r.cluster});
                    }
                }
                std::sort(badges.begin(), badges.end());
                QList<qsizetype> positions;
                qsizetype from = 0;
                for (const auto &[at, clusterId] : badges) {
                    cursor.insertText(text.mid(from, at - from), QTextCharFormat());
                    QTextCharFormat badge;
                    badge.setObjectType(s_badgeType);
                    int count = 0;
                    for (const Core::QuoteCluster &c : m_analysis.quotes) {
                        if (c.id == clusterId)
                            count = c.outletCount();
                    }
                    badge.setProperty(s_badgeCount, QString::number(count));
                    badge.setProperty(s_badgeColour, clusterColour(clusterId).darker(115));
                    badge.setToolTip(tr("Quoted by %1 outlets").arg(count));
                    cursor.insertText(QString(QChar::ObjectReplacementCharacter), badge);
                    positions.append(at);
                    from = at;
                }
                cursor.insertText(text.mid(from), QTextCharFormat());
                cell->badges.append(positions);
            }
            if (line.kind == GridLine::Kind::OnlyIn)
                cell->caption = tr("Only in %1").arg(m_outlets->name(a));
            // A subhead that aligns with nothing is shown as the heading it is, without a note.
            else if (line.moved.value(a))
                cell->caption = tr("Moved — paragraph %1 in this article").arg(article.bodyParagraphs().indexOf(cell->paragraphs.first()) + 1);
            // Attached to the document only once definition, theme and spans are set (in
            // applyCellFormats()), so the cell is highlighted in one pass.
            cell->highlighter = new NewsHighlighter(static_cast<QObject *>(cell->doc.get()));
            cell->highlighter->setDefinition(m_definition);
            if (m_textWidths.value(a) > 0)
                cell->doc->setTextWidth(m_textWidths.value(a));
            m_cells[size_t(l)][size_t(a)] = std::move(cell);
        }
    }
    applyCellFormats(l, a);
}

// Semantic formats by cell; re-run when the theme, selection, base outlet or toggles change.
// With `which`, the few cells it accepts are done now (a new selection). Without it every cell
// changes: those on screen now, the rest in slices on the event loop, as when building, so a
// large story does not freeze the window on a theme or toggle change.
void ComparisonView::applyFormats(const std::function<bool(int line, int article)> &which)
{
    if (which) {
        for (int l = 0; l < int(m_cells.size()); ++l) {
            for (int a = 0; a < int(m_cells[size_t(l)].size()); ++a) {
                if (cell(l, a) && which(l, a))
                    applyCellFormats(l, a);
            }
        }
        viewport()->update();
        return;
    }
    ++m_formatGeneration;
    m_formatNext = 0;
    showBuilt(buildSome(std::numeric_limits<int>::max() / 2, true));
    viewport()->update();
    if (isLoading())
        m_buildTimer->start();
}

const Core::WordDiffer &ComparisonView::wordDiffer(const QString &language)
{
    std::unique_ptr<Core::WordDiffer> &differ = m_differs[language];
    if (!differ)
        differ = std::make_unique<Core::WordDiffer>(language, m_equivalences);
    return *differ;
}

void ComparisonView::applyCellFormats(int l, int a)
{
    const QColor bg = background();
    const int base = m_outlets->baseOutlet();
    {
        {
            Cell *c = cell(l, a);
            QString baseText;
            if (m_showWordDiff && a != base && m_grid[l].kind == GridLine::Kind::Aligned && !m_grid[l].cells.value(base).isEmpty()) {
                QStringList parts;
                for (int p : m_grid[l].cells[base])
                    parts.append(m_analysis.articles[base].paragraphs.value(p).text);
                baseText = parts.join(u' ');
            }
            QHash<int, QList<SemanticSpan>> spans;
            for (int b = 0; b < c->paragraphs.size(); ++b) {
                const int p = c->paragraphs[b];
                const QList<qsizetype> &badges = c->badges[b];
                const auto span = [&](qsizetype start, qsizetype end, const QTextCharFormat &format) {
                    const qsizetype s = toBlock(badges, start);
                    const qsizetype e = end > start ? toBlock(badges, end - 1) + 1 : s;
                    spans[b].append({s, e - s, format});
                };
                if (!baseText.isEmpty()) {
                    const QString text = m_analysis.articles[a].paragraphs.value(p).text;
                    QTextCharFormat diff;
                    diff.setBackground(tint(QColor(0x93, 0xa4, 0xb8), bg, 0.35));
                    // What this outlet wrote that the base did not: inserted and replaced words.
                    // Moved phrases are the same words in another place, not a difference.
                    for (const Core::DiffSpan &d : wordDiffer(m_analysis.articles[base].language).diff(baseText, text).spans) {
                        if ((d.kind == Core::DiffKind::Inserted || d.kind == Core::DiffKind::Substituted) && d.otherEnd > d.otherStart)
                            span(d.otherStart, d.otherEnd, diff);
                    }
                }
                if (m_grid[l].kind == GridLine::Kind::Subhead) {
                    QTextCharFormat heading;
                    heading.setFontWeight(QFont::Bold);
                    heading.setFontPointSize(readingFont(font()).pointSizeF() * 0.94);
                    span(0, m_analysis.articles[a].paragraphs.value(p).text.size(), heading);
                }
                for (const Region &r : m_regions.value({a, p})) {
                    QTextCharFormat f;
                    if (r.cluster) {
                        if (!r.shared)
                            continue;
                        // The tint carries the meaning; the text keeps the normal colour so it
                        // stays readable on the tint in light and dark themes alike.
                        const bool selected = r.cluster == m_selectedCluster;
                        f.setBackground(tint(clusterColour(r.cluster), bg, selected ? 0.42 : 0.2));
                        f.setForeground(textColour());
                        if (selected) {
                            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                            f.setUnderlineColor(clusterColour(r.cluster).darker(120));
                        }
                    } else if (r.status == Core::NumberStatus::Disputed) {
                        // The kind shows in the line's shape as well as its colour: a wave for a
                        // contradiction, dashes for an update, dash-dots for estimates (agreed
                        // figures have plain dots).
                        switch (r.disputeKind) {
                        case Core::DisputeKind::Update:
                            f.setUnderlineStyle(QTextCharFormat::DashUnderline);
                            f.setUnderlineColor(QColor(0xc7, 0x7c, 0x0e));
                            break;
                        case Core::DisputeKind::Estimates:
                            f.setUnderlineStyle(QTextCharFormat::DashDotLine);
                            f.setUnderlineColor(QColor(0x9a, 0x4d, 0xb8));
                            break;
                        default:
                            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                            f.setUnderlineColor(QColor(0xda, 0x44, 0x53));
                            break;
                        }
                    } else if (r.status == Core::NumberStatus::Agreed || r.status == Core::NumberStatus::ConsistentSum) {
                        f.setUnderlineStyle(QTextCharFormat::DotLine);
                        f.setUnderlineColor(isDark(bg) ? QColor(0x6f, 0xb8, 0x8a) : QColor(0x3b, 0x8f, 0x5c));
                    } else {
                        continue;
                    }
                    if (!r.toolTip.isEmpty())
                        f.setToolTip(r.toolTip);
                    span(r.start, r.end, f);
                }
            }
            c->highlighter->setTheme(m_theme);
            c->highlighter->setSpans(std::move(spans));
            if (!c->highlighter->document())
                c->highlighter->setDocument(c->doc.get());
            c->highlighter->rehighlight();
            c->formatGeneration = m_formatGeneration;
        }
    }
}

ComparisonView::Cell *ComparisonView::cell(int line, int article) const
{
    if (line < 0 || line >= int(m_cells.size()) || article < 0 || article >= int(m_cells[size_t(line)].size()))
        return nullptr;
    return m_cells[size_t(line)][size_t(article)].get();
}

qsizetype ComparisonView::toBlock(const QList<qsizetype> &badges, qsizetype offset)
{
    qsizetype shift = 0;
    for (qsizetype at : badges)
        shift += at <= offset ? 1 : 0;
    return offset + shift;
}

qsizetype ComparisonView::fromBlock(const QList<qsizetype> &badges, qsizetype position)
{
    for (int k = 0; k < badges.size(); ++k) {
        if (badges[k] + k == position)
            return badges[k] - 1; // the badge belongs to the quote it follows
        if (badges[k] + k > position)
            return position - k;
    }
    return position - badges.size();
}

} // namespace Synoptic::Ui
