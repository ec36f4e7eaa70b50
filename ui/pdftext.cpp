// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/pdftext.h"

#include "core/import/pdfreader.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QPdfSelection>

using namespace Qt::StringLiterals;

namespace Synoptic::Ui {

namespace {

Core::PdfText extract(const QByteArray &bytes)
{
    Core::PdfText result;
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    switch (document.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        result.error = u"The PDF is password-protected; open it with its password and save or print an unprotected copy to import."_s;
        return result;
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        result.error = u"The PDF is encrypted in a way that cannot be read; save or print an unprotected copy to import."_s;
        return result;
    default:
        result.error = u"The PDF is damaged and cannot be opened; open it in a PDF viewer and save it again."_s;
        return result;
    }
    if (document.status() != QPdfDocument::Status::Ready) {
        result.error = u"The PDF could not be loaded; open it in a PDF viewer and save it again."_s;
        return result;
    }
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString text = document.getAllText(page).text();
        // Lines end at line breaks; PDFium also joins a word hyphenated at a line end and
        // marks the place with U+FFFE (or U+0002): there the hyphen and the break are put
        // back, and the core reader rejoins the word. Each line gets its box on the page
        // (text indexes are PDFium's character indexes), for the paragraph spacing.
        QStringList lines;
        QList<QRectF> boxes;
        qsizetype start = 0;
        auto endLine = [&](qsizetype end, bool hyphen) {
            lines.append(text.mid(start, end - start) + (hyphen ? u"-"_s : QString()));
            boxes.append(end > start ? document.getSelectionAtIndex(page, int(start), int(end - start)).boundingRectangle()
                                     : QRectF());
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c == u'\r' || c == u'\n' || c == 0xFFFE || c == 0x0002) {
                endLine(i, c == 0xFFFE || c == 0x0002);
                if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    ++i;
                start = i + 1;
            }
        }
        endLine(text.size(), false);
        result.pages.append(lines);
        result.boxes.append(boxes);
    }
    return result;
}

} // namespace

void installPdfTextExtractor()
{
    Core::PdfReader::setTextExtractor(&extract);
}

} // namespace Synoptic::Ui
