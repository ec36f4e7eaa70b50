// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Small fixture stories written by us (an invented harbour town): files written into a
// temporary folder by the import, library and analyze tests.

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace SynopticTest {

inline QString fixtureArticle(int variant)
{
    const QStringList sentences = {
        QStringLiteral("The harbour authority said on Monday that the old lighthouse would close for repairs, after inspectors found cracks in the stone walls."),
        QStringLiteral("Fishermen who rely on the light for the narrow channel said they had not been consulted about the closure at all."),
        QStringLiteral("\u201CWe have sailed by that light for forty years,\u201D said one skipper, who asked not to be named by the paper."),
        QStringLiteral("The authority expects the work to take about six months, and a floating beacon will be moored at the channel entrance."),
        QStringLiteral("Council members will discuss the cost of the repairs at their next meeting, where they are also expected to vote on a plan."),
    };
    QStringList paragraphs;
    paragraphs.append(QStringLiteral("Lighthouse closure number %1 announced").arg(variant));
    for (int i = 0; i < sentences.size(); ++i)
        paragraphs.append(sentences[(i + variant) % sentences.size()] + QStringLiteral(" It was story %1.").arg(variant));
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace SynopticTest
