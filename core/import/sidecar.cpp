// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/sidecar.h"

#include "core/import/textdecoder.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field.trimmed());
            field.clear();
        } else if (c == u'\n') {
            row.append(field.trimmed());
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field.trimmed());
        rows.append(row);
    }
    return rows;
}

} // namespace

QHash<QString, SidecarEntry> Sidecar::parse(const QString &csv, QString *error)
{
    QHash<QString, SidecarEntry> entries;
    const QList<QStringList> rows = parseCsv(TextDecoder::normalizeText(csv));
    if (rows.isEmpty())
        return entries;
    QStringList header;
    for (const QString &h : rows.first())
        header.append(h.toLower());
    const qsizetype fileColumn = header.indexOf(u"file"_s);
    if (fileColumn < 0) {
        if (error)
            *error = u"sources.csv has no \"file\" column in its header row; ignored."_s;
        return entries;
    }
    auto column = [&](const QStringList &row, std::initializer_list<QStringView> names) {
        for (QStringView name : names) {
            const qsizetype i = header.indexOf(name.toString());
            if (i >= 0 && i < row.size())
                return row[i];
        }
        return QString();
    };
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        if (fileColumn >= row.size() || row[fileColumn].isEmpty())
            continue;
        QString file = row[fileColumn];
        file.replace(QLatin1Char('\\'), QLatin1Char('/'));
        while (file.startsWith(u"./"_s)) // "././a.txt" is a.txt too
            file = file.mid(2);
        if (file.isEmpty()) // "./" names no file (found by fuzzing: an empty key)
            continue;
        entries.insert(file, SidecarEntry{column(row, {u"outlet", u"source", u"publisher"}), column(row, {u"url", u"link"}),
                                          column(row, {u"published", u"date"}), column(row, {u"author", u"byline"})});
    }
    return entries;
}

QHash<QString, SidecarEntry> Sidecar::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"sources.csv cannot be read: %1"_s.arg(file.errorString());
        return {};
    }
    const DecodedText decoded = TextDecoder::decode(file.read(1024 * 1024));
    if (!decoded.ok()) {
        if (error)
            *error = u"sources.csv: %1"_s.arg(decoded.error);
        return {};
    }
    return parse(decoded.text, error);
}

} // namespace Synoptic::Core
