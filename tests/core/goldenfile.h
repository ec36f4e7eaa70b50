// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Golden-file comparison shared by the import tests: compares `actual` with the file,
// rewrites the file when SYNOPTIC_REGENERATE=1, and prints a readable line diff on failure.

#include <QFile>
#include <QStringList>
#include <QTest>

namespace SynopticTest {

inline bool compareGolden(const QString &actual, const QString &path, QString *diff)
{
    if (qEnvironmentVariableIntValue("SYNOPTIC_REGENERATE") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        out.write(actual.toUtf8());
        return true;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *diff = QStringLiteral("missing golden file %1 (run with SYNOPTIC_REGENERATE=1)").arg(path);
        return false;
    }
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected == actual)
        return true;
    const QStringList a = expected.split(QLatin1Char('\n'));
    const QStringList b = actual.split(QLatin1Char('\n'));
    QStringList lines;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = i < a.size() ? a[i] : QStringLiteral("<none>");
        const QString y = i < b.size() ? b[i] : QStringLiteral("<none>");
        if (x != y)
            lines << QStringLiteral("line %1:\n  expected: %2\n  actual:   %3").arg(i + 1).arg(x, y);
    }
    *diff = QStringLiteral("%1 differs (SYNOPTIC_REGENERATE=1 rewrites it):\n").arg(path) + lines.join(QLatin1Char('\n'));
    return false;
}

} // namespace SynopticTest
