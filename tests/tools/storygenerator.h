// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Test and benchmark tool (not part of synoptic_core): turns a source article into controlled
// variants whose paragraph correspondence is known, so alignment can be scored. Edits:
// reorders, splits, merges, deletions, foreign paragraphs, synonym substitution, sentence
// rewording and boilerplate, each at a chosen rate. Deterministic from the seed.

#include "core/model/alignment.h"
#include "core/model/article.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Synoptic::Testing {

struct EditRates {
    double reorder = 0; // share of paragraphs moved elsewhere
    double split = 0; // per paragraph: split at a sentence boundary
    double merge = 0; // per paragraph: joined with the next one
    double drop = 0; // per paragraph: deleted
    double foreign = 0; // per paragraph: an unrelated paragraph inserted after it
    double synonym = 0; // per word that has a synonym: replaced
    double reword = 0; // per sentence: clauses swapped, words dropped or a phrase added
    int boilerplate = 0; // boilerplate lines appended
    QString name;

    static EditRates none();
    static EditRates mild();
    static EditRates medium();
    static EditRates heavy();
};

// Ground truth: each generated paragraph lists the source paragraphs it carries. Foreign
// paragraphs carry a unique id >= s_foreignBase (matching nothing); boilerplate lines carry
// s_boilerplateBase + template (the same line in two articles is the same content).
constexpr int s_boilerplateBase = 100000;
constexpr int s_foreignBase = 200000;

struct GeneratedParagraph {
    QString text;
    QList<int> sources;
};

struct GeneratedArticle {
    QString file; // e.g. "017-rewrite.html"
    QString outlet;
    QString published; // ISO date
    QString headline;
    QList<GeneratedParagraph> paragraphs;

    [[nodiscard]] Core::Article toArticle() const;
};

struct PairScore {
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 falseNegatives = 0;
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
    PairScore &operator+=(const PairScore &o);
};

class StoryGenerator
{
public:
    explicit StoryGenerator(quint64 seed);

    // One variant of `source` (its paragraphs get source ids 0..n-1).
    [[nodiscard]] GeneratedArticle variant(const QStringList &source, const EditRates &rates);
    // The unedited source as an article (identity truth).
    [[nodiscard]] static GeneratedArticle original(const QStringList &source);

    // A story of `count` articles about one event: families of syndicated copies (light edits of
    // one rewrite), independent rewrites at medium and heavy rates, reordered and dropped paragraphs.
    [[nodiscard]] QList<GeneratedArticle> story(const QStringList &source, int count);
    // Writes the articles as a mix of .txt, .md and .html plus truth.json into `folder`. Every file
    // names its outlet and date (front matter, HTML meta tags, the Markdown credit line) as real
    // copies do; without that two syndicated copies could be byte-identical, and the importer
    // imports identical files once.
    [[nodiscard]] static bool writeStory(const QList<GeneratedArticle> &articles, const QString &folder, QString *error);

    // Paragraph pairs (across articles) predicted by `alignment` against the truth.
    [[nodiscard]] static PairScore score(const Core::Alignment &alignment, const QList<GeneratedArticle> &articles);

private:
    quint64 next();
    double uniform(); // [0, 1)
    int below(int n); // [0, n)
    bool chance(double p) { return uniform() < p; }
    QString synonymise(const QString &text, double rate);
    QString reword(const QString &text, double rate);
    QString foreignParagraph();
    QString headlineFor(const QStringList &source);

    quint64 m_state;
    int m_foreignCounter = 0;
};

[[nodiscard]] QStringList splitSentences(const QString &text);

// For each source article: the original plus `variants` generated variants at `rates`, aligned
// with StoryAligner and scored; the scores are summed over all sources.
[[nodiscard]] PairScore evaluateAlignment(const QList<QStringList> &sources, const EditRates &rates, quint64 seed,
                                          int variants = 5, double threshold = -1);

// The paragraphs of every .txt/.md file in `folder` (sorted by name), via testarticles.h.
[[nodiscard]] QList<QStringList> loadSources(const QString &folder);

} // namespace Synoptic::Testing
