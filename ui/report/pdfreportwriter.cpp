// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/report/pdfreportwriter.h"

#include "ui/report/pagecomposer.h"
#include "ui/report/reportpages.h"

#include "core/version.h"

#include <QBuffer>
#include <QMap>
#include <QDateTime>
#include <QDir>
#include <QFileDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QUuid>

namespace Synoptic::Ui {

namespace {
// Device resolution: 10 units per point keeps rounding far below what print can show.
constexpr int s_resolution = 720;

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

PdfReportWriter::PdfReportWriter(Core::ReportModel model, ReportStyle style)
    : m_model(std::move(model))
    , m_style(std::move(style))
{
}

QByteArray PdfReportWriter::xmpMetadata() const
{
    // QPdfWriter has no author setter; XMP's dc:creator is where PDF readers look next.
    const QString author = m_author.isEmpty() ? QStringLiteral("Synoptic") : m_author;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString xmp = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
        "   <xmp:CreatorTool>Synoptic %4</xmp:CreatorTool>\n"
        "   <xmp:CreateDate>%5</xmp:CreateDate>\n"
        "   <pdf:Producer>Qt %6</pdf:Producer>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>")
        .arg(xmlEscaped(m_model.title), xmlEscaped(author),
             xmlEscaped(QStringLiteral("Comparison of coverage across %1 outlets").arg(m_model.outlets.size())),
             QStringLiteral(SYNOPTIC_VERSION_STRING), now, QString::fromLatin1(qVersion()));
    return xmp.toUtf8();
}

bool PdfReportWriter::render(QIODevice *device, const std::function<void(int)> &progress,
                             const std::function<bool()> &cancelled, int *pages) const
{
    const QString footer = QStringLiteral("Synoptic \u00B7 ") + m_model.title;
    auto setUp = [&](QPdfWriter &writer) {
        writer.setResolution(s_resolution);
        writer.setPageLayout(QPageLayout(m_pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(m_model.title);
        writer.setCreator(QStringLiteral("Synoptic ") + QStringLiteral(SYNOPTIC_VERSION_STRING));
        writer.setDocumentXmpMetadata(xmpMetadata());
    };

    // Pass 1 measures: same writer settings, no painter, nothing written.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter measureWriter(&scratch);
    setUp(measureWriter);
    PageComposer measure(&measureWriter, nullptr, m_style);
    measure.setChrome(m_model.title, m_model.dates, footer, 0);
    ReportPages counting(m_model, measure);
    auto firstHalf = [&](double f) {
        if (progress)
            progress(int(f * 35));
    };
    if (!counting.render(firstHalf, cancelled))
        return false;

    // Pass 2 paints with the page count and section pages known. Both passes lay out the same
    // text except the contents' page numbers; should those ever move a page break, paint again
    // with what the painting pass found, so "Page X of Y" is always true.
    int total = measure.pageCount();
    QMap<Core::ReportSection, int> sectionPages = counting.sectionPages();
    auto *file = qobject_cast<QFileDevice *>(device);
    for (int attempt = 0;; ++attempt) {
        QPdfWriter writer(device);
        setUp(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        painter.setRenderHint(QPainter::Antialiasing);
        PageComposer compose(&writer, &painter, m_style);
        compose.setChrome(m_model.title, m_model.dates, footer, total);
        ReportPages paint(m_model, compose);
        paint.setSectionPages(sectionPages);
        auto secondHalf = [&](double f) {
            if (progress && attempt == 0) // a repaint must not move the progress bar backwards
                progress(35 + int(f * 65));
        };
        const bool ok = paint.render(secondHalf, cancelled);
        painter.end();
        *pages = compose.pageCount();
        if (!ok || (*pages == total && paint.sectionPages() == sectionPages) || attempt == 2 || !file)
            return ok;
        total = *pages;
        sectionPages = paint.sectionPages();
        file->seek(0);
        file->resize(0);
    }
}

PdfExportResult PdfReportWriter::write(const QString &path, const std::function<void(int)> &progress,
                                       const std::function<bool()> &cancelled) const
{
    PdfExportResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    int pages = 0;
    const bool rendered = render(&file, progress, cancelled, &pages);
    if (!rendered) {
        file.cancelWriting();
        result.cancelled = cancelled && cancelled();
        if (!result.cancelled)
            result.error = QStringLiteral("%1: the PDF could not be drawn").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (!file.commit()) {
        result.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.ok = true;
    result.pages = pages;
    return result;
}

} // namespace Synoptic::Ui
