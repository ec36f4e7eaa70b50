// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Alignment quality, measured: paragraph-pair precision/recall/F1 against generated truth at
// mild, medium and heavy edit rates, on the demo story (resources/demo, when present), the
// fiction fixture and every corpus under ../shared/corpora.
//   align_eval                      evaluate (seed 1) and print a table
//   align_eval --seed N             another seed
//   align_eval --rounds R           R seeds per level; --threshold T: AlignOptions::rowThreshold
//   align_eval --corpus DIR         also evaluate the sources in DIR
//   align_eval --diffs DIR          align DIR's files and print every row's word diffs
//   align_eval --debug DIR LEVEL    print rows with their truth
//   align_eval --write-story N DIR  write a generated story folder of N articles (+ truth.json)

#include "tests/tools/storygenerator.h"

#include "core/align/storyaligner.h"
#include "core/align/worddiff.h"
#include "tests/tools/testarticles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Synoptic::Testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    quint64 seed = 1;
    const qsizetype seedAt = args.indexOf(QStringLiteral("--seed"));
    if (seedAt > 0 && seedAt + 1 < args.size())
        seed = args[seedAt + 1].toULongLong();

    // --rounds R: R seeds per level (steadier figures); --threshold T: AlignOptions::rowThreshold.
    const qsizetype roundsAt = args.indexOf(QStringLiteral("--rounds"));
    const int rounds = roundsAt > 0 && roundsAt + 1 < args.size() ? std::max(1, args[roundsAt + 1].toInt()) : 1;
    const qsizetype thresholdAt = args.indexOf(QStringLiteral("--threshold"));
    const double threshold = thresholdAt > 0 && thresholdAt + 1 < args.size() ? args[thresholdAt + 1].toDouble() : -1;

    const qsizetype writeAt = args.indexOf(QStringLiteral("--write-story"));
    if (writeAt > 0) {
        if (writeAt + 2 >= args.size()) {
            std::fprintf(stderr, "usage: align_eval --write-story N DIR\n");
            return 2;
        }
        QStringList base;
        for (const QStringList &s : loadSources(QStringLiteral(SYNOPTIC_TEST_DATA "/align/story-base")))
            base = s;
        StoryGenerator generator(seed);
        QString error;
        if (base.isEmpty() || !StoryGenerator::writeStory(generator.story(base, args[writeAt + 1].toInt()), args[writeAt + 2], &error)) {
            std::fprintf(stderr, "align_eval: %s\n", qPrintable(error.isEmpty() ? QStringLiteral("no base story") : error));
            return 1;
        }
        return 0;
    }

    const qsizetype diffsAt = args.indexOf(QStringLiteral("--diffs"));
    if (diffsAt > 0 && diffsAt + 1 < args.size()) {
        // --diffs FOLDER: align the files of FOLDER and print each row's word diffs against its
        // first member: [-deleted-] {+inserted+} [old->new] <moved>, to read them.
        QList<Synoptic::Core::Article> articles;
        const QDir dir(args[diffsAt + 1]);
        for (const QString &f : dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            articles.append(articleFromFile(dir.filePath(f)));
        const auto result = Synoptic::Core::StoryAligner().align(articles);
        const Synoptic::Core::WordDiffer differ;
        for (const auto &row : result.alignment.rows) {
            const auto &base = row.members.front();
            const QString baseText = articles[base.article].paragraphs[base.paragraph].text;
            out << "row " << row.id << ": base " << articles[base.article].file << " p" << base.paragraph << "\n";
            for (qsizetype k = 1; k < row.members.size(); ++k) {
                const auto &m = row.members[k];
                const QString other = articles[m.article].paragraphs[m.paragraph].text;
                const auto d = differ.diff(baseText, other);
                QString text;
                for (const auto &span : d.spans) {
                    const QString b = baseText.mid(span.baseStart, span.baseEnd - span.baseStart);
                    const QString o = other.mid(span.otherStart, span.otherEnd - span.otherStart);
                    switch (span.kind) {
                    case Synoptic::Core::DiffKind::Equal: text += b; break;
                    case Synoptic::Core::DiffKind::Deleted: text += QStringLiteral("[-%1-]").arg(b); break;
                    case Synoptic::Core::DiffKind::Inserted: text += QStringLiteral("{+%1+}").arg(o); break;
                    case Synoptic::Core::DiffKind::Substituted: text += QStringLiteral("[%1->%2]").arg(b, o); break;
                    case Synoptic::Core::DiffKind::Moved: text += QStringLiteral("<%1>").arg(o.isEmpty() ? b : o); break;
                    }
                    text += u' ';
                }
                out << "  " << articles[m.article].file << " p" << m.paragraph << " (" << m.score << "): " << text << "\n";
            }
        }
        return 0;
    }

    const qsizetype debugAt = args.indexOf(QStringLiteral("--debug"));
    if (debugAt > 0 && debugAt + 2 < args.size()) {
        // --debug FOLDER LEVEL: show rows with their truth for the first source of FOLDER.
        const QList<QStringList> sources = loadSources(args[debugAt + 1]);
        const QString level = args[debugAt + 2];
        const EditRates rates = level == u"heavy" ? EditRates::heavy() : level == u"medium" ? EditRates::medium() : EditRates::mild();
        for (qsizetype k = 0; k < sources.size(); ++k) {
            StoryGenerator generator(seed + quint64(k) * 7919);
            QList<GeneratedArticle> story{StoryGenerator::original(sources[k])};
            for (int v = 0; v < 5; ++v)
                story.append(generator.variant(sources[k], rates));
            QList<Synoptic::Core::Article> articles;
            for (const GeneratedArticle &g : story)
                articles.append(g.toArticle());
            const auto result = Synoptic::Core::StoryAligner().align(articles);
            out << "=== source " << k << "\n";
            auto src = [&](int a, int p) {
                QStringList s;
                for (int x : story[a].paragraphs[p].sources)
                    s << QString::number(x);
                return s.join(u',');
            };
            for (const auto &row : result.alignment.rows) {
                out << "row " << row.id << ":";
                for (const auto &m : row.members)
                    out << " " << m.article << "/" << m.paragraph << "[" << src(m.article, m.paragraph) << "]" << QString::number(m.score, 'f', 2);
                out << "\n";
            }
            out << "unaligned:";
            for (const auto &u : result.alignment.unaligned)
                out << " " << u.article << "/" << u.paragraph << "[" << src(u.article, u.paragraph) << "]";
            out << "\n";
            for (const auto &v : result.variants)
                out << "variant: " << v.forms.join(u'/') << "\n";
            for (const auto &f : result.families) {
                out << "family:";
                for (int a : f.articles)
                    out << " " << a;
                out << " source " << f.source << " shared " << f.shared << "\n";
            }
        }
        return 0;
    }

    QList<std::pair<QString, QString>> corpora; // (name, folder)
    const QString demo = QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo");
    if (QFileInfo(demo).isDir())
        corpora.append({QStringLiteral("demo"), demo});
    corpora.append({QStringLiteral("fixture"), QStringLiteral(SYNOPTIC_TEST_DATA "/align/story-base")});
    const qsizetype extraAt = args.indexOf(QStringLiteral("--corpus")); // --corpus DIR: one more folder
    if (extraAt > 0 && extraAt + 1 < args.size())
        corpora.append({QDir(args[extraAt + 1]).dirName(), args[extraAt + 1]});
    const QDir shared(QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora"));
    for (const QString &name : shared.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        corpora.append({name, shared.filePath(name)});

    out << "corpus                      sources  level    pairs   precision  recall   F1      time\n";
    for (const auto &[name, folder] : corpora) {
        const QList<QStringList> sources = loadSources(folder);
        if (sources.isEmpty())
            continue;
        for (const EditRates &rates : {EditRates::mild(), EditRates::medium(), EditRates::heavy()}) {
            QElapsedTimer timer;
            timer.start();
            PairScore s;
            for (int round = 0; round < rounds; ++round)
                s += evaluateAlignment(sources, rates, seed + quint64(round) * 1000003, 5, threshold);
            out << QStringLiteral("%1 %2  %3 %4   %5      %6   %7  %8 ms\n")
                       .arg(name, -27)
                       .arg(sources.size(), 7)
                       .arg(rates.name, -7)
                       .arg(s.truePositives + s.falseNegatives, 6)
                       .arg(s.precision(), 0, 'f', 3)
                       .arg(s.recall(), 0, 'f', 3)
                       .arg(s.f1(), 0, 'f', 3)
                       .arg(timer.elapsed());
            out.flush();
        }
    }
    return 0;
}
