// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// PDFs drawn by the tests with QPdfWriter, one line at a time, from invented or converted
// text: word-wrapped lines, optional hyphenation, running header and "Page N of M" footer.
// An empty line stands for paragraph spacing (half a line of space, nothing drawn).

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

namespace SynopticTest {

// Word-wraps a paragraph at about `width` characters, breaking one long word with a hyphen
// when `hyphenate` is set (as typesetting does).
inline QStringList wrapLine(const QString &text, int width, bool hyphenate = false)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!line.isEmpty() && line.size() + 1 + w.size() > width) {
            if (hyphenate && w.size() >= 8 && line.size() + 1 + w.size() / 2 < width && w.at(0).isLower()) {
                line += u' ' + w.left(w.size() / 2) + u'-';
                lines.append(line);
                line = w.mid(w.size() / 2);
                continue;
            }
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// Lines split into pages of at most `perPage` lines.
inline QList<QStringList> paginate(const QStringList &lines, int perPage)
{
    QList<QStringList> pages;
    for (qsizetype i = 0; i < lines.size(); i += perPage)
        pages.append(lines.mid(i, perPage));
    if (pages.isEmpty())
        pages.append(QStringList());
    return pages;
}

inline QByteArray drawPdf(const QList<QStringList> &pages, bool running)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(8);
    painter.setFont(font);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        int y = 20;
        if (running)
            painter.drawText(30, y, QStringLiteral("The Northport Gazette \u2013 Harbour news"));
        y += 30;
        for (const QString &line : pages[p]) {
            if (line.isEmpty()) {
                y += 6;
                continue;
            }
            painter.drawText(30, y, line);
            y += 11;
        }
        if (running)
            painter.drawText(30, 810, QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size()));
    }
    painter.end();
    return bytes;
}

} // namespace SynopticTest
