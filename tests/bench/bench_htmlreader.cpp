// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// HTML reader throughput on real saved pages: every <case>/source.html under a folder (default
// ../shared/corpora/readability-test-pages) is decoded once, then HtmlReader::read runs over
// all of them ROUNDS times (default 5). Prints pages per second and MB/s by wall-clock and CPU
// time (the machine may be shared; CPU time is the stable figure). Usage:
// bench_htmlreader [FOLDER] [ROUNDS]

#include "core/import/htmlreader.h"
#include "core/import/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString folder = args.size() > 1 ? args[1] : QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/readability-test-pages");
    const int rounds = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;
    QTextStream out(stdout);

    QList<QString> pages;
    qint64 bytes = 0;
    const QDir dir(folder);
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(dir.filePath(entry + u"/source.html"_s));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = f.readAll();
        const DecodedText decoded = TextDecoder::decode(raw);
        if (!decoded.ok())
            continue;
        bytes += raw.size();
        pages.append(decoded.text);
    }
    if (pages.isEmpty()) {
        out << "no pages under " << folder << "\n";
        return 1;
    }
    QElapsedTimer wall;
    const std::clock_t cpu0 = std::clock();
    wall.start();
    qsizetype blocks = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &page : std::as_const(pages))
            blocks += HtmlReader::read(page).blocks.size();
    }
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    const double cpuS = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    const double n = double(pages.size()) * rounds;
    const double mb = double(bytes) * rounds / (1024.0 * 1024.0);
    out << pages.size() << " pages (" << QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) << " MB) x " << rounds
        << " rounds, " << blocks / rounds << " blocks per round\n";
    out << "wall: " << QString::number(n / wallS, 'f', 1) << " pages/s, " << QString::number(mb / wallS, 'f', 1) << " MB/s\n";
    out << "cpu:  " << QString::number(n / cpuS, 'f', 1) << " pages/s, " << QString::number(mb / cpuS, 'f', 1) << " MB/s\n";
    return 0;
}
