// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The report's sections laid out page by page through a PageComposer: cover and summary,
// disputed numbers, shared quotes, coverage matrix, synopsis, unique content, method.
// One instance renders one pass; the first (measuring) pass tells the second the page count
// and where each section starts, for the contents list and the "Page X of Y" footers.

#include "core/report/reportmodel.h"
#include "ui/report/pagecomposer.h"

#include <QMap>

#include <functional>

namespace Synoptic::Ui {

class ReportPages
{
public:
    ReportPages(const Core::ReportModel &model, PageComposer &composer);

    // Section start pages found by an earlier pass, printed in the cover's contents list.
    void setSectionPages(const QMap<Core::ReportSection, int> &pages) { m_knownPages = pages; }
    [[nodiscard]] QMap<Core::ReportSection, int> sectionPages() const { return m_sectionPages; }

    // Renders everything; `progress` gets 0..1 by work done; returns false when cancelled.
    bool render(const std::function<void(double)> &progress, const std::function<bool()> &cancelled);

    static QList<QTextLayout::FormatRange> markFormats(const QList<Core::TextMark> &marks, const ReportStyle &style);

private:
    void cover();
    void numbers();
    void quotes();
    void coverage();
    void synopsis();
    void unique();
    void method();

    void sectionStart(Core::ReportSection section, QPageLayout::Orientation orientation, const QString &intro);
    void heading(const QString &text, double spaceBefore);
    void note(const QString &text, double spaceBefore = 0);
    void tableHeader(const QList<std::pair<double, double>> &columns, const QStringList &labels);
    TableCell textCell(double x, double width, const QString &text, const QFont &font, const QColor &colour = {},
                       const QList<QTextLayout::FormatRange> &formats = {}, Qt::Alignment alignment = Qt::AlignLeft) const;
    TableCell outletCell(double x, double width, int outlet, bool bold = true) const;
    QString outletList(const QList<int> &outlets) const;
    bool step(); // counts work done; false when cancelled

    const Core::ReportModel &m_model;
    PageComposer &m_page;
    const ReportStyle &m_style;
    QMap<Core::ReportSection, int> m_knownPages;
    QMap<Core::ReportSection, int> m_sectionPages;
    std::function<void(double)> m_progress;
    std::function<bool()> m_cancelled;
    qsizetype m_work = 1;
    qsizetype m_done = 0;
    bool m_stop = false;
};

} // namespace Synoptic::Ui
