// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The naive reference aligner against StoryAligner: `bench_naive N SEED [SOURCE]` regenerates
// the story storygen writes for the same N, SEED and SOURCE (the generator is deterministic, so
// these are the benchmark's folders, paragraph for paragraph), aligns it with StoryAligner and
// with what a script writer would do — every pair of paragraphs from different articles
// compared by a plain word-LCS ratio (2*LCS/(|a|+|b|), difflib's ratio on words), pairs at or
// above 0.5 joined greedily best-first into rows holding at most one paragraph per article —
// and prints the time and the pair F1 of both against the generator's truth:
//   "<aligner> <wall ms> <precision> <recall> <f1> <rows>"

#include "core/align/storyaligner.h"
#include "tests/tools/storygenerator.h"
#include "tests/tools/testarticles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <numeric>
#include <vector>

using namespace Synoptic;

namespace {

struct ScoredPair {
    float ratio;
    int a;
    int b; // global paragraph numbers
};

class NaiveAligner
{
public:
    explicit NaiveAligner(double threshold)
        : m_threshold(threshold)
    {
    }

    Core::Alignment align(const QList<Core::Article> &articles) const
    {
        // Words as interned ids; article and paragraph of every global paragraph number.
        std::vector<std::vector<int>> words;
        std::vector<Core::ParagraphRef> refs;
        QHash<QString, int> ids;
        static const QRegularExpression wordPattern(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
        for (qsizetype a = 0; a < articles.size(); ++a) {
            for (const Core::Paragraph &p : articles[a].paragraphs) {
                std::vector<int> tokens;
                auto it = wordPattern.globalMatch(p.text.toLower());
                while (it.hasNext()) {
                    const QString word = it.next().captured();
                    auto id = ids.constFind(word);
                    if (id == ids.constEnd())
                        id = ids.insert(word, int(ids.size()));
                    tokens.push_back(id.value());
                }
                words.push_back(std::move(tokens));
                refs.push_back({int(a), p.index});
            }
        }
        const int n = int(words.size());
        std::vector<ScoredPair> pairs;
        std::vector<int> row;
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                if (refs[i].article == refs[j].article)
                    continue;
                const double r = ratio(words[i], words[j], row);
                if (r >= m_threshold)
                    pairs.push_back({float(r), i, j});
            }
        }
        std::stable_sort(pairs.begin(), pairs.end(), [](const ScoredPair &x, const ScoredPair &y) { return x.ratio > y.ratio; });

        // Greedy rows: union of the best pairs first, refusing a union that would put two
        // paragraphs of one article into one row.
        std::vector<int> parent(n);
        std::iota(parent.begin(), parent.end(), 0);
        std::vector<std::vector<int>> articlesOf(n);
        for (int i = 0; i < n; ++i)
            articlesOf[i] = {refs[i].article};
        auto find = [&](int x) {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        };
        for (const ScoredPair &p : pairs) {
            int x = find(p.a), y = find(p.b);
            if (x == y)
                continue;
            std::vector<int> &ax = articlesOf[x], &ay = articlesOf[y];
            std::vector<int> merged;
            std::set_union(ax.begin(), ax.end(), ay.begin(), ay.end(), std::back_inserter(merged));
            if (merged.size() != ax.size() + ay.size())
                continue;
            if (ax.size() < ay.size())
                std::swap(x, y);
            parent[y] = x;
            articlesOf[x] = std::move(merged);
            articlesOf[y].clear();
        }
        QHash<int, QList<int>> groups;
        for (int i = 0; i < n; ++i)
            groups[find(i)].append(i);
        Core::Alignment alignment;
        for (int i = 0; i < n; ++i) {
            const QList<int> &members = groups[find(i)];
            if (members.front() != i)
                continue; // each group once, in order of its first paragraph
            if (members.size() < 2) {
                alignment.unaligned.append(refs[i]);
                continue;
            }
            Core::AlignmentRow r;
            r.id = int(alignment.rows.size()) + 1;
            for (int m : members)
                r.members.append({refs[m].article, refs[m].paragraph, 1.0, false});
            alignment.rows.append(r);
        }
        return alignment;
    }

private:
    // Plain dynamic-programming LCS on word ids, one rolling row.
    static double ratio(const std::vector<int> &x, const std::vector<int> &y, std::vector<int> &row)
    {
        if (x.empty() || y.empty())
            return 0;
        row.assign(y.size() + 1, 0);
        for (int xi : x) {
            int diagonal = 0;
            for (size_t j = 0; j < y.size(); ++j) {
                const int above = row[j + 1];
                row[j + 1] = xi == y[j] ? diagonal + 1 : std::max(above, row[j]);
                diagonal = above;
            }
        }
        return 2.0 * row[y.size()] / double(x.size() + y.size());
    }

    double m_threshold;
};

void print(const char *name, qint64 ms, const Testing::PairScore &score, qsizetype rows)
{
    std::printf("%s %lld %.4f %.4f %.4f %lld\n", name, ms, score.precision(), score.recall(), score.f1(), qint64(rows));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool countOk = false, seedOk = false;
    const int count = args.value(0).toInt(&countOk);
    const quint64 seed = args.value(1).toULongLong(&seedOk);
    if (!countOk || count < 2 || !seedOk) {
        std::fprintf(stderr, "usage: bench_naive N SEED [SOURCE]\n");
        return 2;
    }
    QFile file(args.value(2, QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo/meridian-wire.txt")));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_naive: %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return 1;
    }
    const QStringList source = Testing::splitParagraphs(QString::fromUtf8(file.readAll()));
    const QList<Testing::GeneratedArticle> story = Testing::StoryGenerator(seed).story(source, count);
    QList<Core::Article> articles;
    for (const Testing::GeneratedArticle &g : story)
        articles.append(g.toArticle());

    QElapsedTimer timer;
    timer.start();
    const Core::AlignResult aligned = Core::StoryAligner().align(articles);
    const qint64 alignerMs = std::max<qint64>(1, timer.elapsed());
    print("storyaligner", alignerMs, Testing::StoryGenerator::score(aligned.alignment, story), aligned.alignment.rows.size());

    timer.restart();
    const Core::Alignment naive = NaiveAligner(0.5).align(articles);
    const qint64 naiveMs = std::max<qint64>(1, timer.elapsed());
    print("naive", naiveMs, Testing::StoryGenerator::score(naive, story), naive.rows.size());
    std::printf("speedup %.1f\n", double(naiveMs) / double(alignerMs));
    return 0;
}
