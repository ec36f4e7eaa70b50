// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/report/reportpages.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextCharFormat>

#include <algorithm>

namespace Synoptic::Ui {

using namespace Synoptic::Core;

namespace {

QString capitalised(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.at(0).toUpper() + text.mid(1);
}

// "≠ Contradiction — ": the kind of a disputed figure in words and a sign, readable in greyscale.
QString kindPrefix(DisputeKind kind)
{
    if (kind == DisputeKind::None)
        return {};
    return disputeKindSign(kind) + u' ' + capitalised(disputeKindLabel(kind)) + QStringLiteral(" \u2014 ");
}

QString shortDate(const QString &iso)
{
    const QLocale english(QLocale::English);
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid() && iso.size() > 10)
        return english.toString(dt.toUTC(), QStringLiteral("d MMM yyyy, HH:mm 'UTC'"));
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? english.toString(date, QStringLiteral("d MMM yyyy")) : QStringLiteral("date unknown");
}

// A quote between our own marks: without the comma or space that sat before the closing mark.
QString displayQuote(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u',') || text.endsWith(u';'))
        text.chop(1);
    return text;
}

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

} // namespace

ReportPages::ReportPages(const ReportModel &model, PageComposer &composer)
    : m_model(model)
    , m_page(composer)
    , m_style(composer.style())
{
}

QList<QTextLayout::FormatRange> ReportPages::markFormats(const QList<TextMark> &marks, const ReportStyle &style)
{
    QList<QTextLayout::FormatRange> formats;
    for (const TextMark &mark : marks) {
        QTextCharFormat format;
        switch (mark.kind) {
        case MarkKind::Quote:
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(style.quoteMark);
            format.setBackground(style.quoteTint);
            break;
        case MarkKind::DisputedNumber:
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(style.disputedMark);
            format.setBackground(style.disputedTint);
            format.setFontWeight(QFont::Bold);
            break;
        case MarkKind::WordDifference:
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(style.differenceMark);
            break;
        case MarkKind::Number:
            continue; // agreed figures stay plain: only what needs checking draws the eye
        }
        QTextLayout::FormatRange range;
        range.start = int(mark.start);
        range.length = int(mark.end - mark.start);
        range.format = format;
        formats.append(range);
    }
    return formats;
}

bool ReportPages::step()
{
    ++m_done;
    if (m_progress && (m_done % 16 == 0))
        m_progress(std::min(1.0, double(m_done) / double(m_work)));
    if (!m_stop && m_cancelled && m_done % 8 == 0 && m_cancelled())
        m_stop = true;
    return !m_stop;
}

bool ReportPages::render(const std::function<void(double)> &progress, const std::function<bool()> &cancelled)
{
    m_progress = progress;
    m_cancelled = cancelled;
    m_work = 10 + m_model.disputed.size() + m_model.quotes.size() + m_model.coverage.size();
    for (const SynopsisGroup &g : m_model.synopsisGroups)
        m_work += g.rows.size();
    for (const UniqueContent &u : m_model.unique)
        m_work += u.paragraphs.size();

    const ReportSections sections = m_model.sections;
    // The cover always comes first: it names the story and the outlets the rest refers to.
    cover();
    const QList<std::pair<ReportSection, void (ReportPages::*)()>> order{
        {ReportSection::Numbers, &ReportPages::numbers}, {ReportSection::Quotes, &ReportPages::quotes},
        {ReportSection::Coverage, &ReportPages::coverage}, {ReportSection::Synopsis, &ReportPages::synopsis},
        {ReportSection::Unique, &ReportPages::unique}, {ReportSection::Method, &ReportPages::method}};
    for (const auto &[section, render] : order) {
        if (m_stop)
            return false;
        if (sections.testFlag(section) && !m_model.outlets.isEmpty())
            (this->*render)();
    }
    if (m_progress)
        m_progress(1.0);
    return !m_stop;
}

// --- building blocks ---------------------------------------------------------------------

void ReportPages::sectionStart(ReportSection section, QPageLayout::Orientation orientation, const QString &intro)
{
    const QString title = reportSectionTitle(section);
    m_page.setOnPageBreak({});
    m_page.setSection(title);
    m_page.newPage(orientation);
    if (!m_sectionPages.contains(section))
        m_sectionPages.insert(section, m_page.pageCount());
    const TextBlock block = m_page.layoutText(title, m_style.serif(m_style.titleSize), m_page.width(), {}, Qt::AlignLeft, 0.95);
    m_page.flowBlock(block);
    m_page.y += m_page.pt(4);
    m_page.drawRule(m_page.left(), m_page.left() + m_page.width(), m_page.y, m_style.strongRule, m_style.ink);
    m_page.y += m_page.pt(8);
    if (!intro.isEmpty()) {
        TextBlock text = m_page.layoutText(intro, m_style.sans(m_style.tableSize), std::min(m_page.width(), m_page.pt(460)));
        text.colour = m_style.muted;
        m_page.flowBlock(text);
        m_page.y += m_page.pt(10);
    }
}

void ReportPages::heading(const QString &text, double spaceBefore)
{
    const TextBlock block = m_page.layoutText(text, m_style.sans(m_style.headingSize, true), m_page.width());
    // Keep a heading with at least a few lines of what follows.
    m_page.ensureSpace(m_page.pt(spaceBefore) + block.height + m_page.pt(40));
    if (m_page.y > m_page.top() + m_page.pt(1))
        m_page.y += m_page.pt(spaceBefore);
    m_page.flowBlock(block);
    m_page.y += m_page.pt(4);
}

void ReportPages::note(const QString &text, double spaceBefore)
{
    TextBlock block = m_page.layoutText(text, m_style.sans(m_style.tableSize), m_page.width());
    block.colour = m_style.muted;
    block.spaceBefore = m_page.pt(spaceBefore);
    m_page.flowBlock(block);
}

TableCell ReportPages::textCell(double x, double width, const QString &text, const QFont &font, const QColor &colour,
                                const QList<QTextLayout::FormatRange> &formats, Qt::Alignment alignment) const
{
    TableCell cell;
    cell.x = x;
    cell.width = width;
    TextBlock block = m_page.layoutText(text, font, width, formats, alignment);
    block.colour = colour;
    cell.blocks.append(block);
    return cell;
}

TableCell ReportPages::outletCell(double x, double width, int outlet, bool bold) const
{
    const ReportOutlet &o = m_model.outlets.at(outlet);
    TableCell cell = textCell(x, width - m_page.swatchIndent(), o.name, m_style.sans(m_style.tableSize, bold));
    cell.width = width;
    cell.swatch = QColor(o.colour);
    return cell;
}

void ReportPages::tableHeader(const QList<std::pair<double, double>> &columns, const QStringList &labels)
{
    QList<TableCell> cells;
    for (int i = 0; i < columns.size(); ++i)
        cells.append(textCell(columns.at(i).first, columns.at(i).second, labels.value(i).toUpper(),
                              m_style.sans(m_style.smallSize, true), m_style.muted));
    m_page.ensureSpace(m_page.pt(60));
    m_page.flowRow(cells, m_page.pt(3), false);
    m_page.drawRule(m_page.left(), m_page.left() + m_page.width(), m_page.y, m_style.hairline * 2, m_style.ink);
}

QString ReportPages::outletList(const QList<int> &outlets) const
{
    QStringList names;
    for (int o : outlets)
        names.append(m_model.outlets.at(o).name);
    return names.join(QStringLiteral(", "));
}

// --- 1. cover and summary ----------------------------------------------------------------

void ReportPages::cover()
{
    m_page.setSection({});
    m_page.newPage(QPageLayout::Portrait, false);
    m_sectionPages.insert(ReportSection::Summary, m_page.pageCount());
    const double w = m_page.width();
    m_page.y += m_page.pt(28);

    TextBlock kicker = m_page.layoutText(QStringLiteral("COMPARISON OF COVERAGE"), m_style.sans(m_style.smallSize, true), w);
    kicker.colour = m_style.muted;
    m_page.flowBlock(kicker);
    m_page.y += m_page.pt(6);
    m_page.flowBlock(m_page.layoutText(m_model.title, m_style.serif(m_style.coverTitleSize), w, {}, Qt::AlignLeft, 0.9));
    m_page.y += m_page.pt(8);
    QStringList facts;
    if (!m_model.dates.isEmpty())
        facts.append(m_model.dates);
    facts.append(plural(m_model.outlets.size(), QStringLiteral("outlet"), QStringLiteral("outlets")));
    facts.append(QStringLiteral("base: ") + m_model.method.baseOutlet);
    TextBlock factLine = m_page.layoutText(facts.join(QStringLiteral("  \u00B7  ")), m_style.sans(m_style.bodySize), w);
    factLine.colour = m_style.muted;
    m_page.flowBlock(factLine);
    m_page.y += m_page.pt(14);
    m_page.drawRule(m_page.left(), m_page.left() + w, m_page.y, m_style.strongRule, m_style.ink);
    m_page.y += m_page.pt(12);

    // Figures: five boxes in a row.
    const ReportFigures &f = m_model.figures;
    const QList<std::pair<int, QString>> figures{
        {f.articles, f.articles == 1 ? QStringLiteral("article") : QStringLiteral("articles")},
        {f.rows, QStringLiteral("aligned rows")},
        {f.sharedQuotes, f.sharedQuotes == 1 ? QStringLiteral("shared quote") : QStringLiteral("shared quotes")},
        {f.disputedNumbers, f.disputedNumbers == 1 ? QStringLiteral("disputed number") : QStringLiteral("disputed numbers")},
        {f.uniqueParagraphs, f.uniqueParagraphs == 1 ? QStringLiteral("unique paragraph") : QStringLiteral("unique paragraphs")},
    };
    const double gap = m_page.pt(8);
    const double inset = m_page.pt(8);
    const double boxWidth = (w - gap * double(figures.size() - 1)) / double(figures.size());
    QList<TableCell> boxes;
    double boxHeight = 0;
    for (int i = 0; i < figures.size(); ++i) {
        TableCell cell;
        cell.x = i * (boxWidth + gap) + inset;
        cell.width = boxWidth - 2 * inset;
        TextBlock number = m_page.layoutText(QString::number(figures.at(i).first), m_style.serif(20), cell.width, {},
                                             Qt::AlignLeft, 0.95);
        TextBlock label = m_page.layoutText(figures.at(i).second, m_style.sans(m_style.smallSize), cell.width);
        label.colour = m_style.muted;
        boxHeight = std::max(boxHeight, number.height + label.height);
        cell.blocks = {number, label};
        boxes.append(cell);
    }
    // The tints span the box; the text sits inset inside them.
    for (int i = 0; i < figures.size(); ++i)
        m_page.fillRect(QRectF(m_page.left() + i * (boxWidth + gap), m_page.y, boxWidth, boxHeight + 2 * inset), m_style.panel);
    m_page.flowRow(boxes, inset, false);
    m_page.y += m_page.pt(6);

    // Outlets.
    heading(QStringLiteral("Outlets"), 14);
    const double c1 = m_page.pt(150), c3 = m_page.pt(92), c4 = m_page.pt(64);
    const double c2 = w - c1 - c3 - c4 - m_page.pt(24);
    const QList<std::pair<double, double>> columns{{0, c1}, {c1 + m_page.pt(8), c2}, {c1 + c2 + m_page.pt(16), c3},
                                                   {w - c4, c4}};
    tableHeader(columns, {QStringLiteral("Outlet"), QStringLiteral("Headline"), QStringLiteral("Published"),
                          QStringLiteral("Paragraphs")});
    m_page.setOnPageBreak([this, columns]() {
        tableHeader(columns, {QStringLiteral("Outlet"), QStringLiteral("Headline"), QStringLiteral("Published"),
                              QStringLiteral("Paragraphs")});
    });
    for (int o = 0; o < m_model.outlets.size(); ++o) {
        const ReportOutlet &outlet = m_model.outlets.at(o);
        TableCell name = outletCell(columns.at(0).first, columns.at(0).second, o);
        QString detail = QStringLiteral("No. %1").arg(outlet.number);
        if (o == m_model.base)
            detail += QStringLiteral(" \u00B7 base");
        if (outlet.family >= 0)
            detail += QStringLiteral(" \u00B7 ") + m_model.families.at(outlet.family).label;
        TextBlock detailBlock = m_page.layoutText(detail, m_style.sans(m_style.smallSize), columns.at(0).second - m_page.swatchIndent());
        detailBlock.colour = m_style.muted;
        name.blocks.append(detailBlock);
        QString headline = outlet.headline.isEmpty() ? QStringLiteral("(no headline)") : outlet.headline;
        TableCell head = textCell(columns.at(1).first, columns.at(1).second, headline, m_style.serif(m_style.tableSize, false, true));
        if (!outlet.byline.isEmpty()) {
            TextBlock by = m_page.layoutText(outlet.byline, m_style.sans(m_style.smallSize), columns.at(1).second);
            by.colour = m_style.muted;
            head.blocks.append(by);
        }
        TableCell published = textCell(columns.at(2).first, columns.at(2).second, shortDate(outlet.published),
                                       m_style.sans(m_style.tableSize));
        TableCell counts = textCell(columns.at(3).first, columns.at(3).second,
                                    QStringLiteral("%1 body\u2028%2 aligned\u2028%3 unique").arg(outlet.bodyParagraphs)
                                        .arg(outlet.alignedParagraphs).arg(outlet.uniqueParagraphs),
                                    m_style.sans(m_style.smallSize), m_style.muted, {}, Qt::AlignRight);
        m_page.flowRow({name, head, published, counts}, m_page.pt(5));
    }
    m_page.setOnPageBreak({});

    heading(QStringLiteral("Syndication families"), 16);
    if (m_model.families.isEmpty()) {
        note(QStringLiteral("No two selected outlets share enough text to count as copies of one report."));
    } else {
        for (const ReportFamily &family : m_model.families) {
            QStringList members;
            for (int o : family.outlets)
                members.append(m_model.outlets.at(o).name + (o == family.source ? QStringLiteral(" (likely source)") : QString()));
            const QString text = family.label + QStringLiteral(": ") + members.join(QStringLiteral(", "))
                + QStringLiteral(" \u2014 %1% of content shared.").arg(qRound(family.shared * 100));
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            QTextLayout::FormatRange range;
            range.start = 0;
            range.length = int(family.label.size());
            range.format = bold;
            TextBlock block = m_page.layoutText(text, m_style.sans(m_style.tableSize), m_page.width(), {range});
            block.spaceBefore = m_page.pt(2);
            m_page.flowBlock(block);
        }
        if (m_model.familiesCollapsed)
            note(QStringLiteral("Each family shares one column in the synopsis; notes there name members that differ."), 4);
    }

    // Contents, on one line: section start pages come from the measuring pass, which lays
    // out the same text with placeholders so both passes break pages alike.
    QStringList contents;
    for (ReportSection section : reportSectionOrder()) {
        if (section == ReportSection::Summary || !m_model.sections.testFlag(section))
            continue;
        contents.append(reportSectionTitle(section) + QStringLiteral("  ")
                        + QString::number(m_knownPages.value(section, 0)));
    }
    if (!contents.isEmpty()) {
        heading(QStringLiteral("In this report"), 16);
        TextBlock block = m_page.layoutText(contents.join(QStringLiteral("    ")), m_style.sans(m_style.tableSize), m_page.width());
        m_page.flowBlock(block);
    }
    step();
}

// --- 2. disputed numbers -----------------------------------------------------------------

void ReportPages::numbers()
{
    sectionStart(ReportSection::Numbers, QPageLayout::Portrait,
                 QStringLiteral("Figures the outlets give differently for the same counted or measured thing, each outlet\u2019s "
                                "wording as printed. Consistent sums and agreed figures follow briefly."));
    const double w = m_page.width();
    const double c1 = m_page.pt(128), c3 = m_page.pt(104), c4 = m_page.pt(86);
    const double c2 = w - c1 - c3 - c4 - m_page.pt(24);
    const QList<std::pair<double, double>> columns{{0, c1}, {c1 + m_page.pt(8), c2}, {c1 + c2 + m_page.pt(16), c3},
                                                   {w - c4, c4}};
    const QStringList labels{QStringLiteral("Outlet"), QStringLiteral("As printed"), QStringLiteral("Value"),
                             QStringLiteral("Attributed to")};
    if (m_model.disputed.isEmpty())
        note(QStringLiteral("No disputed numbers were found among the selected outlets."));
    for (const NumberRow &row : m_model.disputed) {
        if (!step())
            return;
        m_page.setOnPageBreak({});
        // The kind as words and a sign before the subject, so it survives greyscale printing.
        heading(kindPrefix(row.kind) + capitalised(row.subject), 12);
        if (!row.note.isEmpty()) {
            TextBlock n = m_page.layoutText(row.note, m_style.serif(m_style.tableSize, false, true), w);
            n.colour = m_style.muted;
            m_page.flowBlock(n);
            m_page.y += m_page.pt(4);
        }
        tableHeader(columns, labels);
        m_page.setOnPageBreak([this, columns, labels]() { tableHeader(columns, labels); });
        for (const NumberEntry &entry : row.entries) {
            QTextCharFormat figure;
            figure.setFontWeight(QFont::Bold);
            m_page.flowRow({outletCell(columns.at(0).first, columns.at(0).second, entry.outlet, false),
                            textCell(columns.at(1).first, columns.at(1).second, entry.wording, m_style.serif(m_style.tableSize)),
                            textCell(columns.at(2).first, columns.at(2).second, entry.value, m_style.sans(m_style.tableSize, true)),
                            textCell(columns.at(3).first, columns.at(3).second,
                                     entry.source.isEmpty() ? QStringLiteral("\u2014") : entry.source,
                                     m_style.sans(m_style.tableSize), entry.source.isEmpty() ? m_style.faint : QColor())},
                           m_page.pt(4));
        }
    }
    m_page.setOnPageBreak({});

    auto brief = [&](const QString &title, const QList<NumberRow> &rows, const QString &none) {
        heading(title, 20);
        if (rows.isEmpty()) {
            note(none);
            return;
        }
        const double s1 = m_page.pt(110), s3 = m_page.pt(170);
        const double s2 = w - s1 - s3 - m_page.pt(16);
        for (const NumberRow &row : rows) {
            QList<int> outlets;
            QStringList values;
            for (const NumberEntry &e : row.entries) {
                if (!outlets.contains(e.outlet))
                    outlets.append(e.outlet);
                if (!values.contains(e.value))
                    values.append(e.value);
            }
            const QString value = row.note.isEmpty() ? values.join(QStringLiteral(", ")) : row.note;
            m_page.flowRow({textCell(0, s1, capitalised(row.subject), m_style.sans(m_style.tableSize, true)),
                            textCell(s1 + m_page.pt(8), s2, value, m_style.sans(m_style.tableSize)),
                            textCell(w - s3, s3, outletList(outlets), m_style.sans(m_style.smallSize), m_style.muted)},
                           m_page.pt(3));
        }
    };
    brief(QStringLiteral("Consistent sums"), m_model.consistentSums,
          QStringLiteral("No figures that add up across outlets were found."));
    brief(QStringLiteral("Agreed figures"), m_model.agreed, QStringLiteral("No figures given alike by several outlets were found."));
}

// --- 3. shared quotes --------------------------------------------------------------------

void ReportPages::quotes()
{
    const int n = int(m_model.outlets.size());
    const QPageLayout::Orientation orientation = n > 12 ? QPageLayout::Landscape : QPageLayout::Portrait;
    sectionStart(ReportSection::Quotes, orientation,
                 QStringLiteral("Quotations two or more outlets print inside quotation marks. \u25CF verbatim   "
                                "\u25D0 different wording (shown below the quote)   \u25CB paraphrased without "
                                "quotation marks   blank: not carried."));
    const double w = m_page.width();
    // One mark column per outlet while they fit; beyond that the outlets' numbers are listed.
    const bool compact = n > 24;
    const int markColumns = compact ? 0 : n;
    const double markWidth = compact ? 0 : std::clamp(m_page.pt(200) / n, m_page.pt(14), m_page.pt(26));
    const double listWidth = compact ? m_page.pt(230) : 0;
    const double idWidth = m_page.pt(20);
    const double quoteWidth = w - idWidth - markColumns * markWidth - listWidth - m_page.pt(12);
    const double marksLeft = w - markColumns * markWidth - listWidth;

    // Column keys: numbers over swatches; the names are spelled out right above the table.
    QStringList keys;
    for (const ReportOutlet &o : m_model.outlets)
        keys.append(QStringLiteral("%1 %2").arg(o.number).arg(o.name));
    note(QStringLiteral("Columns: ") + keys.join(QStringLiteral("  \u00B7  ")));
    m_page.y += m_page.pt(8);

    auto header = [this, markColumns, markWidth, marksLeft, idWidth, quoteWidth, compact, listWidth]() {
        QList<TableCell> cells{textCell(0, idWidth, QStringLiteral("#"), m_style.sans(m_style.smallSize, true), m_style.muted),
                               textCell(idWidth, quoteWidth, QStringLiteral("QUOTE AND SPEAKER"),
                                        m_style.sans(m_style.smallSize, true), m_style.muted)};
        if (compact)
            cells.append(textCell(marksLeft, listWidth, QStringLiteral("CARRIED BY (OUTLET NUMBERS)"),
                                  m_style.sans(m_style.smallSize, true), m_style.muted));
        for (int o = 0; o < markColumns; ++o)
            cells.append(textCell(marksLeft + o * markWidth, markWidth, QString::number(m_model.outlets.at(o).number),
                                  m_style.sans(m_style.smallSize, true), m_style.muted, {}, Qt::AlignHCenter));
        m_page.ensureSpace(m_page.pt(70));
        const double top = m_page.y;
        m_page.flowRow(cells, m_page.pt(3), false);
        for (int o = 0; o < markColumns; ++o) // a colour bar over each key
            m_page.fillRect(QRectF(m_page.left() + marksLeft + o * markWidth + markWidth * 0.3, top - m_page.pt(2),
                                   markWidth * 0.4, m_page.pt(2)),
                            QColor(m_model.outlets.at(o).colour));
        m_page.drawRule(m_page.left(), m_page.left() + m_page.width(), m_page.y, m_style.hairline * 2, m_style.ink);
    };

    if (m_model.quotes.isEmpty())
        note(QStringLiteral("No quotation is printed by two or more of the selected outlets."));
    else
        header();
    m_page.setOnPageBreak(header);
    for (const QuoteRow &quote : m_model.quotes) {
        if (!step())
            return;
        TableCell id = textCell(0, idWidth, QString::number(quote.clusterId), m_style.sans(m_style.smallSize), m_style.muted);
        TableCell text = textCell(idWidth, quoteWidth, QStringLiteral("\u201C") + displayQuote(quote.text) + QStringLiteral("\u201D"),
                                  m_style.serif(m_style.cellSize));
        TextBlock speaker = m_page.layoutText(QStringLiteral("\u2014 ") + (quote.speaker.isEmpty() ? QStringLiteral("speaker not named") : quote.speaker),
                                              m_style.sans(m_style.smallSize), quoteWidth);
        speaker.colour = m_style.muted;
        speaker.spaceBefore = m_page.pt(1);
        text.blocks.append(speaker);
        for (int o = 0; o < n; ++o) {
            if (quote.presence.at(o) != QuotePresence::Variant)
                continue;
            const QString label = m_model.outlets.at(o).name + QStringLiteral(": ");
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            bold.setFontItalic(false);
            QTextLayout::FormatRange range;
            range.start = 0;
            range.length = int(label.size());
            range.format = bold;
            TextBlock variant = m_page.layoutText(label + QStringLiteral("\u201C") + displayQuote(quote.wording.at(o)) + QStringLiteral("\u201D"),
                                                  m_style.serif(m_style.smallSize + 0.4, false, true), quoteWidth, {range});
            variant.colour = m_style.muted;
            variant.spaceBefore = m_page.pt(2);
            text.blocks.append(variant);
        }
        QList<TableCell> cells{id, text};
        if (compact) {
            QStringList verbatim, variant, paraphrase;
            for (int o = 0; o < n; ++o) {
                const QString number = QString::number(m_model.outlets.at(o).number);
                if (quote.presence.at(o) == QuotePresence::Verbatim)
                    verbatim.append(number);
                else if (quote.presence.at(o) == QuotePresence::Variant)
                    variant.append(number);
                else if (quote.presence.at(o) == QuotePresence::Paraphrase)
                    paraphrase.append(number);
            }
            QStringList parts;
            if (!verbatim.isEmpty())
                parts.append(QStringLiteral("\u25CF ") + verbatim.join(QStringLiteral(", ")));
            if (!variant.isEmpty())
                parts.append(QStringLiteral("\u25D0 ") + variant.join(QStringLiteral(", ")));
            if (!paraphrase.isEmpty())
                parts.append(QStringLiteral("\u25CB ") + paraphrase.join(QStringLiteral(", ")));
            cells.append(textCell(marksLeft, listWidth, parts.join(QStringLiteral("   ")), m_style.sans(m_style.smallSize)));
        }
        for (int o = 0; o < markColumns; ++o) {
            QString mark;
            switch (quote.presence.at(o)) {
            case QuotePresence::Verbatim: mark = QStringLiteral("\u25CF"); break;
            case QuotePresence::Variant: mark = QStringLiteral("\u25D0"); break;
            case QuotePresence::Paraphrase: mark = QStringLiteral("\u25CB"); break;
            case QuotePresence::Absent: break;
            }
            cells.append(textCell(marksLeft + o * markWidth, markWidth, mark, m_style.sans(m_style.cellSize), {}, {},
                                  Qt::AlignHCenter));
        }
        m_page.flowRow(cells, m_page.pt(5));
    }
    m_page.setOnPageBreak({});

    if (!m_model.singleQuotes.isEmpty()) {
        heading(QStringLiteral("Quoted by one outlet only"), 18);
        const double c1 = m_page.pt(120);
        for (const QuoteRow &quote : m_model.singleQuotes) {
            int outlet = 0;
            for (int o = 0; o < n; ++o) {
                if (quote.presence.at(o) == QuotePresence::Verbatim || quote.presence.at(o) == QuotePresence::Variant)
                    outlet = o;
            }
            TableCell text = textCell(c1 + m_page.pt(8), w - c1 - m_page.pt(8),
                                      QStringLiteral("\u201C") + displayQuote(quote.text) + QStringLiteral("\u201D  \u2014 ")
                                          + (quote.speaker.isEmpty() ? QStringLiteral("speaker not named") : quote.speaker),
                                      m_style.serif(m_style.tableSize));
            m_page.flowRow({outletCell(0, c1, outlet, false), text}, m_page.pt(3));
        }
    }
}

// Sections 4 (coverage matrix) and 5 (synopsis) are in reportgrids.cpp.

// --- 6. unique content -------------------------------------------------------------------

void ReportPages::unique()
{
    sectionStart(ReportSection::Unique, QPageLayout::Portrait,
                 QStringLiteral("Body paragraphs that no other selected outlet carries in any form."));
    QList<int> none;
    for (const UniqueContent &content : m_model.unique) {
        if (content.paragraphs.isEmpty()) {
            none.append(content.outlet);
            continue;
        }
        const ReportOutlet &outlet = m_model.outlets.at(content.outlet);
        TextBlock name = m_page.layoutText(outlet.name, m_style.sans(m_style.headingSize, true), m_page.width());
        m_page.ensureSpace(m_page.pt(14) + name.height + m_page.pt(50));
        if (m_page.y > m_page.top() + m_page.pt(1))
            m_page.y += m_page.pt(14);
        m_page.drawSwatch(m_page.left(), m_page.y + name.lineTops.value(1) / 2, QColor(outlet.colour));
        m_page.flowBlock(name, m_page.swatchIndent());
        TextBlock count = m_page.layoutText(plural(content.paragraphs.size(), QStringLiteral("paragraph"), QStringLiteral("paragraphs")),
                                            m_style.sans(m_style.smallSize), m_page.width());
        count.colour = m_style.muted;
        m_page.flowBlock(count, m_page.swatchIndent());
        m_page.y += m_page.pt(4);
        for (const ReportParagraph &paragraph : content.paragraphs) {
            if (!step())
                return;
            TextBlock block = m_page.layoutText(paragraph.text, m_style.serif(m_style.bodySize),
                                                m_page.width() - m_page.swatchIndent(), markFormats(paragraph.marks, m_style));
            block.spaceBefore = m_page.pt(5);
            m_page.flowBlock(block, m_page.swatchIndent());
        }
    }
    if (!none.isEmpty())
        note(QStringLiteral("Nothing unique: ") + outletList(none) + u'.', 16);
}

// --- 7. method ---------------------------------------------------------------------------

void ReportPages::method()
{
    sectionStart(ReportSection::Method, QPageLayout::Portrait, {});
    const MethodInfo &m = m_model.method;
    const double w = m_page.width();
    const double c1 = m_page.pt(130);
    auto row = [&](const QString &label, const QString &value) {
        m_page.flowRow({textCell(0, c1, label, m_style.sans(m_style.tableSize), m_style.muted),
                        textCell(c1 + m_page.pt(8), w - c1 - m_page.pt(8), value, m_style.sans(m_style.tableSize))},
                       m_page.pt(4));
    };
    row(QStringLiteral("Synoptic"), QStringLiteral("version ") + m.version + QStringLiteral(" (Qt ") + QString::fromLatin1(qVersion()) + u')');
    row(QStringLiteral("Generated"), m_model.generated);
    QStringList outlets;
    for (const ReportOutlet &o : m_model.outlets)
        outlets.append(o.name);
    row(QStringLiteral("Outlets compared"), outlets.join(QStringLiteral(", ")));
    row(QStringLiteral("Base outlet"), m.baseOutlet);
    row(QStringLiteral("Row threshold"), QStringLiteral("%1 similarity (engine default)").arg(m.rowThreshold, 0, 'f', 2));
    row(QStringLiteral("Spelling variants"), m.spellingVariants.isEmpty() ? QStringLiteral("none") : m.spellingVariants.join(QChar::LineSeparator));
    if (!m.skippedFiles.isEmpty())
        row(QStringLiteral("Files skipped"), m.skippedFiles.join(QChar::LineSeparator));
    heading(QStringLiteral("How the report decides"), 18);
    for (const QString &text : m.notes) {
        TextBlock block = m_page.layoutText(text, m_style.serif(m_style.bodySize), std::min(w, m_page.pt(440)));
        block.spaceBefore = m_page.pt(5);
        m_page.flowBlock(block);
    }
    step();
}

} // namespace Synoptic::Ui
