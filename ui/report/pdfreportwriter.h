// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Writes a ReportModel as a PDF: A4 pages (landscape where the synopsis needs the width),
// embedded Noto/DejaVu fonts, selectable text, title/creator metadata (author in XMP).
// Lays out twice, first to count pages for "Page X of Y". Safe to run on a worker thread.

#include "core/report/reportmodel.h"
#include "ui/report/reportstyle.h"

#include <QPageSize>

#include <functional>

class QIODevice;

namespace Synoptic::Ui {

struct PdfExportResult {
    bool ok = false;
    bool cancelled = false;
    int pages = 0;
    QString error; // when !ok and !cancelled: names the file and the reason
};

class PdfReportWriter
{
public:
    explicit PdfReportWriter(Core::ReportModel model, ReportStyle style = ReportStyle::standard());

    void setAuthor(const QString &author) { m_author = author; }
    void setPageSize(const QPageSize &size) { m_pageSize = size; }

    // `progress` gets 0..100; `cancelled` is polled between rows. A cancelled or failed export
    // leaves no file behind (the PDF is written to a temporary file and renamed at the end).
    [[nodiscard]] PdfExportResult write(const QString &path, const std::function<void(int)> &progress = {},
                                        const std::function<bool()> &cancelled = {}) const;

private:
    bool render(QIODevice *device, const std::function<void(int)> &progress, const std::function<bool()> &cancelled,
                int *pages) const;
    QByteArray xmpMetadata() const;

    Core::ReportModel m_model;
    ReportStyle m_style;
    QString m_author;
    QPageSize m_pageSize = QPageSize(QPageSize::A4);
};

} // namespace Synoptic::Ui
