// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The side-by-side reader: one column per visible outlet over a shared row grid, so aligned
// paragraphs are always level and all columns scroll together (see buildComparisonGrid()).
// We chose the shared grid over independently scrolling columns with landmark sync: the
// pairing is exact at every scroll position, works with any number of columns, needs no link
// map, and keyboard/coverage navigation maps to one scroll value. Reordered paragraphs are
// marked "moved" with their position in their own article instead of bands.
// Each cell is one QTextDocument highlighted by NewsHighlighter (syntax + semantic layer).

#include "core/align/worddiff.h"
#include "core/model/storyanalysis.h"
#include "ui/comparisongrid.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QHash>
#include <QStaticText>
#include <QTextCharFormat>

#include <functional>

#include <map>
#include <memory>
#include <vector>

class QPainter;
class QTimer;
class QVariantAnimation;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Synoptic::Ui {

class ComparisonHeader;
class OutletModel;
class BadgeObject;

class ComparisonView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    ComparisonView(OutletModel *outlets, KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setAnalysis(const Core::StoryAnalysis &analysis, const QList<GridLine> &grid);
    void clear();
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const { return m_theme; }

    bool showBoilerplate() const { return m_showBoilerplate; }
    void setShowBoilerplate(bool show);
    bool showWordDiff() const { return m_showWordDiff; }
    void setShowWordDiff(bool show);
    int selectedCluster() const { return m_selectedCluster; }
    void setSelectedCluster(int clusterId);

    // True while cells are still being built in the background after setAnalysis().
    bool isLoading() const;
    // True when every cell in view is built (the rest may still be loading).
    bool isScreenBuilt() const;

    QList<int> columnArticles() const { return m_columns; } // visible articles, left to right
    int columnCount() const { return int(m_columns.size()); }
    int columnWidth(int column) const { return m_columnWidths.value(column); }
    // Lines whose cells are all in columns scrolled out of view are folded to a thin strip
    // that names them, so the columns on screen show no empty bands.
    bool isLineFolded(int line) const { return m_lineFolded.value(line); }
    // The note drawn for a folded line and those folded after it: whose paragraphs they are
    // (a few outlets by name, then how many more) and on which side they are scrolled out.
    QString foldNote(int line) const;
    int lineCount() const { return int(m_grid.size()); }
    int currentLine() const { return m_currentLine; }
    void setCurrentLine(int line);
    int lineOf(int article, int paragraph) const;

    // Navigation; each returns false when there is nothing further in that direction.
    bool nextDifference(int direction);
    bool nextDisputedNumber(int direction);
    bool nextSharedQuote(int direction);
    void scrollToLine(int line);
    // Scrolls so that the paragraph (and its column) is in view, and flashes the range.
    void scrollToParagraph(int article, int paragraph, qsizetype start = -1, qsizetype length = 0);

    // Geometry and formats by paragraph, in viewport coordinates (tests, accessibility).
    // These build the lines up to the paragraph's first if they are not built yet.
    QRect paragraphRect(int article, int paragraph);
    QPoint textPoint(int article, int paragraph, qsizetype offset);
    QTextCharFormat charFormatAt(int article, int paragraph, qsizetype offset);
    QString toolTipAt(int article, int paragraph, qsizetype offset) const;

Q_SIGNALS:
    void quoteActivated(int clusterId, int article);
    void numberActivated(int groupId);
    void currentLineChanged(int line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Region {
        qsizetype start = 0; // paragraph offsets
        qsizetype end = 0;
        int cluster = 0;
        int group = 0;
        bool shared = false;
        Core::NumberStatus status = Core::NumberStatus::Single;
        Core::DisputeKind disputeKind = Core::DisputeKind::None;
        QString toolTip;
    };
    struct Cell {
        std::unique_ptr<QTextDocument> doc;
        class NewsHighlighter *highlighter = nullptr;
        QList<int> paragraphs; // one block each
        QList<QList<qsizetype>> badges; // per block: paragraph offsets where a badge was inserted
        QString caption; // "only in …", "moved · ¶5"
        int formatGeneration = 0; // m_formatGeneration when its formats were applied
    };
    struct Hit {
        int line = -1;
        int article = -1;
        int paragraph = -1;
        qsizetype offset = -1;
        const Region *region = nullptr;
    };

    void buildRegions();
    void prepareCells();
    void buildCell(int line, int article);
    struct BuildEffect {
        bool visible = false; // a new cell on screen (or above it)
        bool moved = false; // a line on screen changed height
        QRect dirty; // the new cells on screen, when nothing moved
    };
    BuildEffect buildSome(int budgetMs, bool screenOnly = false);
    bool isStale(int line, int article) const; // built, with formats from before the last change
    void buildAndMeasure(int line, int article, BuildEffect &effect);
    void showBuilt(const BuildEffect &effect);
    void continueBuilding();
    void ensureBuilt(int line, int article = -1);
    void applyFormats(const std::function<bool(int line, int article)> &which = {});
    void applyCellFormats(int line, int article);
    const Core::WordDiffer &wordDiffer(const QString &language);
    void relayout(); // columns, every line's height, positions
    void layoutColumns();
    void measureLine(int line);
    void measureCell(int line, int article);
    void positionLines(bool repaint = true); // folds and stacks the lines for the columns on screen
    void positionLinesKeepingTop(bool repaint);
    void updateScrollBars();
    void updateHeader();
    Cell *cell(int line, int article) const;
    int columnX(int column) const; // viewport x of a column's left edge
    bool columnOnScreen(int column) const;
    int cellTop(int line) const; // viewport y
    QRect cellTextRect(int line, int column) const; // viewport rect where the document is drawn
    int captionHeight() const;
    void updateMetrics();
    static qsizetype toBlock(const QList<qsizetype> &badges, qsizetype offset);
    static qsizetype fromBlock(const QList<qsizetype> &badges, qsizetype position);
    Hit hitAt(const QPoint &pos) const;
    const Region *regionAt(int article, int paragraph, qsizetype offset) const;
    bool lineIsDifference(int line) const;
    void drawLabel(QPainter &p, const QRect &rect, Qt::Alignment align, const QString &text, Qt::TextElideMode elide = Qt::ElideNone);
    bool lineHas(int line, const std::function<bool(const Region &)> &test) const;
    bool step(int direction, const std::function<bool(int)> &test);
    QColor background() const;
    QColor textColour() const;

    OutletModel *m_outlets;
    KSyntaxHighlighting::Repository *m_repository;
    KSyntaxHighlighting::Theme m_theme;
    ComparisonHeader *m_header;
    BadgeObject *m_badge;
    QVariantAnimation *m_flashAnimation;
    QTimer *m_buildTimer;
    bool m_buildAfterPaint = false; // a new story: start building once its headers are on screen
    BuildEffect m_unrevealed; // what slices changed on the first screen since it was last painted
    bool m_revealDue = false; // show m_unrevealed on the next turn
    QElapsedTimer m_sincePaint;
    QHash<QString, QStaticText> m_labels; // see drawLabel()
    KSyntaxHighlighting::Definition m_definition;
    QList<std::pair<int, int>> m_buildQueue; // (line, article), in build order
    qsizetype m_buildNext = 0;
    qsizetype m_formatNext = 0; // cells before it in the queue have current formats
    int m_formatGeneration = 0;

    Core::StoryAnalysis m_analysis;
    QList<GridLine> m_grid;
    QHash<std::pair<int, int>, QList<Region>> m_regions; // (article, paragraph)
    std::vector<std::vector<std::unique_ptr<Cell>>> m_cells; // [line][article]
    QList<int> m_columns; // visible articles, in order
    QList<int> m_columnLefts; // per visible column: content x, the gutter included
    QList<int> m_columnWidths; // per visible column
    QList<int> m_textWidths; // per article: the width its documents are laid out at
    struct CellSize {
        int height = 0; // 0: no content in this column
        bool caption = false; // an "only in" caption above the text
    };
    std::vector<std::vector<CellSize>> m_cellSizes; // [line][article]
    QList<int> m_lineTop;
    QList<int> m_lineHeight;
    QList<bool> m_lineCaption; // a cell on screen has a caption: all reserve its room
    QList<bool> m_lineFolded;
    QList<int> m_foldRun; // per line: how many folded lines its note stands for (0: none)
    QList<bool> m_onScreen; // per visible column, as of the last positionLines()
    int m_contentHeight = 0;
    int m_contentWidth = 0;
    struct Metrics {
        int captionHeight = 20;
        int height = 16; // of the reading font
        int lineSpacing = 18;
        int averageCharWidth = 8;
    } m_metrics;
    int m_dropX = -1; // header drag: where the column would land, viewport x
    bool m_showBoilerplate = false;
    bool m_showWordDiff = false;
    // The engine's word diff, one per base language, with the story's spelling variants equal.
    std::map<QString, std::unique_ptr<Core::WordDiffer>> m_differs;
    QHash<QString, QString> m_equivalences;
    int m_selectedCluster = 0;
    int m_currentLine = -1;
    struct Flash {
        int line = -1;
        int article = -1;
        int paragraph = -1;
        qsizetype start = -1;
        qsizetype length = 0;
        double level = 0;
    } m_flash;
};

} // namespace Synoptic::Ui
