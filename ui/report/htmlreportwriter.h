// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Writes a ReportModel as one self-contained HTML file (inline CSS, no scripts, no external
// resources): the same sections as the PDF, marks as underline styles that survive greyscale
// printing. GUI-free apart from living beside the PDF writer.

#include "core/report/reportmodel.h"

namespace Synoptic::Ui {

class HtmlReportWriter
{
public:
    explicit HtmlReportWriter(const Core::ReportModel &model);

    [[nodiscard]] QString html() const;
    // On failure returns false and sets `error` to a sentence naming the file and the reason.
    bool write(const QString &path, QString *error) const;

    // A paragraph with its marks as nested <span>s; exposed for tests.
    static QString markedText(const QString &text, const QList<Core::TextMark> &marks);

private:
    QString cover() const;
    QString numbers() const;
    QString quotes() const;
    QString coverage() const;
    QString synopsis() const;
    QString unique() const;
    QString method() const;
    QString outletLabel(int outlet) const;

    const Core::ReportModel &m_model;
};

} // namespace Synoptic::Ui
