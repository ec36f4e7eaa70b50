// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Alignment benchmark: StoryAligner on generated stories of N articles (families of syndicated
// copies, medium and heavy rewrites; see tests/tools/storygenerator). Each size runs in its own
// process so the peak resident memory (VmHWM) belongs to that size alone.
//   bench_align                 sizes 10, 100, 1000, 5000; prints a table and the growth exponent
//   bench_align 10 100 ...      chosen sizes
//   bench_align --size N        one size (used by the table run): "N articles paragraphs ms kb f1"

#include "core/align/storyaligner.h"
#include "tests/tools/storygenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace Synoptic;

namespace {

qint64 peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int runOne(int size)
{
    const QList<QStringList> sources = Testing::loadSources(QStringLiteral(SYNOPTIC_TEST_DATA "/align/story-base"));
    if (sources.isEmpty()) {
        std::fprintf(stderr, "bench_align: no base story in %s\n", SYNOPTIC_TEST_DATA "/align/story-base");
        return 1;
    }
    Testing::StoryGenerator generator(20301);
    const QList<Testing::GeneratedArticle> story = generator.story(sources.front(), size);
    QList<Core::Article> articles;
    qsizetype paragraphs = 0;
    for (const Testing::GeneratedArticle &g : story) {
        articles.append(g.toArticle());
        paragraphs += g.paragraphs.size();
    }
    QElapsedTimer timer;
    timer.start();
    const Core::AlignResult result = Core::StoryAligner().align(articles);
    const qint64 ms = timer.elapsed();
    // Pair scoring is quadratic in paragraphs: only for the small sizes.
    const double f1 = size <= 100 ? Testing::StoryGenerator::score(result.alignment, story).f1() : -1;
    std::printf("%d %lld %lld %lld %.3f %lld %lld\n", size, qint64(articles.size()), qint64(paragraphs), ms, f1, peakKilobytes(),
                qint64(result.alignment.rows.size()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args[0] == u"--size")
        return runOne(args[1].toInt());
    QList<int> sizes;
    for (const QString &a : args)
        sizes.append(a.toInt());
    if (sizes.isEmpty())
        sizes = {10, 100, 1000, 5000};

    QTextStream out(stdout);
    out << "articles  paragraphs      time(ms)  peak RSS(MB)  rows   F1\n";
    QList<std::pair<double, double>> points; // (log n, log t)
    for (int n : sizes) {
        QProcess child;
        child.start(app.applicationFilePath(), {QStringLiteral("--size"), QString::number(n)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            out << "size " << n << " failed: " << child.readAllStandardError() << "\n";
            return 1;
        }
        const QStringList f = QString::fromUtf8(child.readAllStandardOutput()).simplified().split(u' ');
        if (f.size() < 7)
            return 1;
        const double ms = f[3].toDouble();
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(f[1], 8)
                   .arg(f[2], 10)
                   .arg(ms, 12, 'f', 0)
                   .arg(f[5].toDouble() / 1024.0, 12, 'f', 1)
                   .arg(f[6], 5)
                   .arg(f[4].toDouble() < 0 ? QStringLiteral("-") : f[4]);
        out.flush();
        if (ms > 0)
            points.append({std::log(double(n)), std::log(ms)});
    }
    if (points.size() >= 2) {
        // Least-squares slope of log(time) over log(articles), and between the two largest sizes.
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (const auto &[x, y] : points) {
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        const double n = double(points.size());
        const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        const auto &a = points[points.size() - 2];
        const auto &b = points.back();
        out << QStringLiteral("growth exponent: %1 (fit over all sizes), %2 (between the two largest)\n")
                   .arg(slope, 0, 'f', 2)
                   .arg((b.second - a.second) / (b.first - a.first), 0, 'f', 2);
    }
    return 0;
}
