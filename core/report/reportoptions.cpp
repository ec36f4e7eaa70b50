// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/reportoptions.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Synoptic::Core {

QString reportSectionTitle(ReportSection section)
{
    switch (section) {
    case ReportSection::Summary: return QStringLiteral("Summary");
    case ReportSection::Numbers: return QStringLiteral("Disputed numbers");
    case ReportSection::Quotes: return QStringLiteral("Shared quotes");
    case ReportSection::Coverage: return QStringLiteral("Coverage");
    case ReportSection::Synopsis: return QStringLiteral("Synopsis");
    case ReportSection::Unique: return QStringLiteral("Unique content");
    case ReportSection::Method: return QStringLiteral("Method");
    }
    return {};
}

QList<ReportSection> reportSectionOrder()
{
    return {ReportSection::Summary, ReportSection::Numbers, ReportSection::Quotes, ReportSection::Coverage,
            ReportSection::Synopsis, ReportSection::Unique, ReportSection::Method};
}

QString outletName(const Article &article)
{
    const QString outlet = article.outlet.trimmed();
    // The importer's last resort is the file name ("file-name"): no better than ours below.
    if (!outlet.isEmpty() && article.outletSource != QLatin1StringView("file-name"))
        return outlet;
    // Unknown outlet: the site it came from, else the file's name with machine identifiers
    // (long hex runs such as content hashes) cut short, since a reader compares names by eye.
    QString host = QUrl(article.url).host();
    if (host.startsWith(QLatin1StringView("www.")))
        host.remove(0, 4);
    if (!host.isEmpty())
        return host;
    static const QRegularExpression identifier(QStringLiteral("\\b([0-9a-f]{6})[0-9a-f]{4,}\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString name = QFileInfo(article.file).completeBaseName();
    name.replace(u'_', u' ');
    QRegularExpressionMatch m;
    for (qsizetype from = 0; (m = identifier.match(name, from)).hasMatch();) {
        // Words that happen to be hex ("deadbeefcafe" aside) have no digits: leave those alone.
        if (!m.captured(0).contains(QRegularExpression(QStringLiteral("[0-9]")))) {
            from = m.capturedEnd(0);
            continue;
        }
        name.replace(m.capturedStart(0), m.capturedLength(0), m.captured(1) + QChar(0x2026));
        from = m.capturedStart(0) + 7;
    }
    return name;
}

int findOutlet(const StoryAnalysis &analysis, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < analysis.articles.size(); ++i) {
        const Article &a = analysis.articles.at(i);
        if (outletName(a).compare(wanted, Qt::CaseInsensitive) == 0 || a.file.compare(wanted, Qt::CaseInsensitive) == 0
            || QFileInfo(a.file).fileName().compare(wanted, Qt::CaseInsensitive) == 0
            || QFileInfo(a.file).completeBaseName().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

OutletSelection selectOutlets(const StoryAnalysis &analysis, const QStringList &names)
{
    OutletSelection selection;
    QList<bool> chosen(analysis.articles.size(), false);
    for (const QString &name : names) {
        if (name.trimmed().isEmpty())
            continue;
        bool matched = false;
        // Every article of a named outlet is included: an outlet can carry two versions.
        for (int i = 0; i < analysis.articles.size(); ++i) {
            const Article &a = analysis.articles.at(i);
            if (outletName(a).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                chosen[i] = true;
                matched = true;
            }
        }
        if (!matched) {
            const int byFile = findOutlet(analysis, name);
            if (byFile >= 0) {
                chosen[byFile] = true;
                matched = true;
            }
        }
        if (!matched)
            selection.unknown.append(name.trimmed());
    }
    for (int i = 0; i < chosen.size(); ++i) {
        if (chosen.at(i))
            selection.articles.append(i);
    }
    return selection;
}

} // namespace Synoptic::Core
