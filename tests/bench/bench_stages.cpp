// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Per-stage times of one story analysis, in process: `bench_stages FOLDER [ROUNDS]` runs the same
// steps as StoryAnalyzer::analyze (read+parse, store, alignment, quotes, numbers) on FOLDER with a
// fresh library each round, then an unchanged re-open (hashing only), and prints one line per
// stage, "stage <name> <median wall ms> <median cpu ms>", plus "bytes", "articles",
// "paragraphs" and "peak_kb". The analyzer itself exposes no stage times; timing here keeps core
// free of benchmark hooks. Medians over ROUNDS (default 3) because the machine may be shared.
// With SYNOPTIC_BENCH_DUMP set, the first round's quote clusters and number groups go to stderr
// (one line each), to compare what two builds find on the same story; =2 adds every occurrence.

#include "core/align/storyaligner.h"
#include "core/import/folderimporter.h"
#include "core/numbers/numberanalyzer.h"
#include "core/quotes/quoteanalyzer.h"
#include "core/store/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace Synoptic::Core;

namespace {

struct Sample {
    double wallMs = 0;
    double cpuMs = 0;
};

// Times one call by wall clock and by this process's CPU time (all threads).
class StageClock
{
public:
    StageClock() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    Sample lap()
    {
        const Sample s{double(m_wall.nsecsElapsed()) / 1e6, double(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC};
        restart();
        return s;
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || !QFileInfo(args[0]).isDir()) {
        std::fprintf(stderr, "usage: bench_stages FOLDER [ROUNDS]\n");
        return 2;
    }
    const QString folder = QFileInfo(args[0]).absoluteFilePath();
    const int rounds = std::max(1, args.value(1, QStringLiteral("3")).toInt());
    const QStringList order{QStringLiteral("read_parse"), QStringLiteral("store"), QStringLiteral("load"),
                            QStringLiteral("alignment"), QStringLiteral("quotes"), QStringLiteral("numbers"),
                            QStringLiteral("reopen_hash")};
    QMap<QString, QList<double>> wall, cpu;
    auto record = [&](const QString &stage, const Sample &s) {
        wall[stage].append(s.wallMs);
        cpu[stage].append(s.cpuMs);
    };
    qint64 bytes = 0;
    qsizetype articles = 0, paragraphs = 0, rows = 0, quotes = 0, numbers = 0;

    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        StageClock clock;
        const FolderImport imported = FolderImporter::import(folder);
        record(QStringLiteral("read_parse"), clock.lap());
        if (!imported.error.isEmpty() || imported.changed.isEmpty()) {
            std::fprintf(stderr, "bench_stages: import failed: %s\n", qPrintable(imported.error));
            return 1;
        }
        bytes = imported.bytesRead;
        Library library(dir.filePath(QStringLiteral("library.sqlite")));
        if (!library.isOpen() || !library.saveImport(folder, imported)) {
            std::fprintf(stderr, "bench_stages: library: %s\n", qPrintable(library.error()));
            return 1;
        }
        record(QStringLiteral("store"), clock.lap());
        const StoryAnalysis story = library.loadStory(folder);
        record(QStringLiteral("load"), clock.lap());
        const AlignResult aligned = StoryAligner().align(story.articles);
        record(QStringLiteral("alignment"), clock.lap());
        const QList<QuoteCluster> quoteClusters = QuoteAnalyzer().analyze(story.articles, aligned.alignment, aligned.variants);
        record(QStringLiteral("quotes"), clock.lap());
        const QList<NumberGroup> numberGroups = NumberAnalyzer().analyze(story.articles, aligned.alignment);
        record(QStringLiteral("numbers"), clock.lap());
        const FolderImport again = FolderImporter::import(folder, library.importInputs(folder));
        record(QStringLiteral("reopen_hash"), clock.lap());
        if (!again.changed.isEmpty()) {
            std::fprintf(stderr, "bench_stages: re-open read %lld files again\n", qint64(again.changed.size()));
            return 1;
        }
        if (round == 0 && qEnvironmentVariableIsSet("SYNOPTIC_BENCH_DUMP")) {
            // What the engines found, to compare two builds on the same story (not timed).
            for (const QuoteCluster &c : quoteClusters) {
                std::fprintf(stderr, "quote %d occurrences %lld outlets %d speaker %s text %s\n", c.id,
                             qint64(c.occurrences.size()), c.outletCount(), qPrintable(c.speaker), qPrintable(c.text.left(60)));
                // SYNOPTIC_BENCH_DUMP=2: every occurrence too.
                if (qEnvironmentVariableIntValue("SYNOPTIC_BENCH_DUMP") > 1) {
                    for (const QuoteOccurrence &o : c.occurrences)
                        std::fprintf(stderr, "  article %d paragraph %d%s%s speaker %s text %s\n", o.article, o.paragraph,
                                     o.recovered ? " recovered" : "", o.fragment ? " fragment" : "", qPrintable(o.speaker),
                                     qPrintable(o.text));
                }
            }
            for (const NumberGroup &g : numberGroups)
                std::fprintf(stderr, "number %d %s %s mentions %lld note %s\n", g.id, qPrintable(numberStatusName(g.status)),
                             qPrintable(g.subject), qint64(g.mentions.size()), qPrintable(g.note));
        }
        articles = story.articles.size();
        paragraphs = 0;
        for (const Article &a : story.articles)
            paragraphs += a.paragraphs.size();
        rows = aligned.alignment.rows.size();
        quotes = quoteClusters.size();
        numbers = numberGroups.size();
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("articles %lld\nparagraphs %lld\nbytes %lld\nrows %lld\nquote_clusters %lld\nnumber_groups %lld\nrounds %d\n",
                qint64(articles), qint64(paragraphs), bytes, qint64(rows), qint64(quotes), qint64(numbers), rounds);
    for (const QString &stage : order)
        std::printf("stage %s %.1f %.1f\n", qPrintable(stage), median(wall[stage]), median(cpu[stage]));
    std::printf("peak_kb %ld\n", usage.ru_maxrss);
    return 0;
}
