// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/align/storyaligner.h"

#include "core/align/familydetector.h"
#include "core/align/paragraphaligner.h"
#include "core/align/tokenizedstory.h"
#include "core/align/worddiff.h"
#include "core/text/spellingvariants.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <map>
#include <memory>

namespace Synoptic::Core {

// Stage timings (QT_LOGGING_RULES="synoptic.align.debug=true"): where the time goes.
Q_LOGGING_CATEGORY(lcAlign, "synoptic.align", QtWarningMsg)

namespace {

const Paragraph *findParagraph(const Article &article, int index)
{
    if (index >= 0 && index < article.paragraphs.size() && article.paragraphs[index].index == index)
        return &article.paragraphs[index];
    for (const Paragraph &p : article.paragraphs) {
        if (p.index == index)
            return &p;
    }
    return nullptr;
}

QString foldedKey(const QString &form)
{
    return TextNormalizer::foldPunctuation(form).toCaseFolded();
}

QList<SpellingVariant> detectVariants(const QList<Article> &articles, const TokenizedStory &story, const Alignment &alignment,
                                      int maxDiffs)
{
    SpellingVariantDetector detector;
    std::map<QString, std::unique_ptr<WordDiffer>> differs;
    int diffs = 0;
    // Aligned positions give the evidence: in small rows every pair of members from different
    // articles, in large rows every member against the first.
    for (const AlignmentRow &row : alignment.rows) {
        if (diffs >= maxDiffs)
            break;
        const bool allPairs = row.members.size() <= 6;
        for (qsizetype i = 0; i < (allPairs ? row.members.size() : 1) && diffs < maxDiffs; ++i) {
            const AlignmentMember &base = row.members[i];
            const Paragraph *bp = findParagraph(articles[base.article], base.paragraph);
            if (!bp)
                continue;
            std::unique_ptr<WordDiffer> &differ = differs[articles[base.article].language];
            if (!differ)
                differ = std::make_unique<WordDiffer>(articles[base.article].language);
            for (qsizetype k = i + 1; k < row.members.size() && diffs < maxDiffs; ++k) {
                const AlignmentMember &m = row.members[k];
                if (m.article == base.article)
                    continue;
                const Paragraph *op = findParagraph(articles[m.article], m.paragraph);
                if (!op)
                    continue;
                ++diffs;
                const WordDiff d = differ->diff(bp->text, op->text);
                for (const auto &[a, b] : WordDiffer::singleWordSubstitutions(d, bp->text, op->text))
                    detector.addSubstitution(a, b);
                // Names facing each other in a rewritten phrase count only when plausible on
                // their own (one observation), so the many facing pairs add no noise.
                for (const auto &[a, b] : WordDiffer::facingNames(d, bp->text, op->text)) {
                    if (SpellingVariantDetector::plausible(foldedKey(a), foldedKey(b), true, 1))
                        detector.addSubstitution(a, b);
                }
            }
        }
    }
    const QStringList forms = detector.candidateForms();
    if (forms.isEmpty())
        return {};
    // Corpus counts for the candidate forms only: per article presence and total frequency.
    QHash<int, int> termIndex; // term -> index into forms' term list
    QHash<QString, int> formTerm;
    for (const QString &f : forms) {
        const int t = story.termOfFolded(f);
        formTerm.insert(f, t);
        if (t >= 0 && !termIndex.contains(t))
            termIndex.insert(t, int(termIndex.size()));
    }
    std::vector<std::vector<bool>> present(size_t(story.articleCount()), std::vector<bool>(size_t(termIndex.size()), false));
    std::vector<int> frequency(size_t(termIndex.size()), 0);
    for (const TokenizedParagraph &p : story.paragraphs()) {
        for (int t : p.terms) {
            const auto it = termIndex.constFind(t);
            if (it == termIndex.constEnd())
                continue;
            present[size_t(p.article)][size_t(*it)] = true;
            ++frequency[size_t(*it)];
        }
    }
    auto indexOf = [&](const QString &f) {
        const int t = formTerm.value(f, -1);
        return t >= 0 ? termIndex.value(t, -1) : -1;
    };
    return detector.variants(
        [&](const QString &a, const QString &b) {
            const int ia = indexOf(a), ib = indexOf(b);
            // One Snowball stem and one form a prefix of the other ("Comment"/"Comments"): an
            // inflection, not a spelling ("Dmitri"/"Dmitry" share a stem too, and stay).
            if (ia >= 0 && ia == ib && (a.startsWith(b) || b.startsWith(a)))
                return 1 << 20;
            if (ia < 0 || ib < 0 || ia == ib)
                return 0; // one stem: articles cannot be told apart by it
            int both = 0;
            for (const auto &row : present)
                both += row[size_t(ia)] && row[size_t(ib)] ? 1 : 0;
            return both;
        },
        [&](const QString &f) {
            const int i = indexOf(f);
            return i >= 0 ? frequency[size_t(i)] : 0;
        });
}

// Applies the user's verdicts: rejected variants keep their state, confirmed ones are added.
QList<SpellingVariant> applyDecisions(QList<SpellingVariant> detected, const QList<SpellingVariant> &decisions)
{
    for (const SpellingVariant &decision : decisions) {
        QStringList decided;
        for (const QString &f : decision.forms)
            decided.append(foldedKey(f));
        bool matched = false;
        for (SpellingVariant &v : detected) {
            for (const QString &f : v.forms) {
                if (decided.contains(foldedKey(f))) {
                    v.state = decision.state;
                    matched = true;
                    break;
                }
            }
        }
        if (!matched && decision.state == SpellingVariant::State::Confirmed)
            detected.append(decision);
    }
    return detected;
}

} // namespace

StoryAligner::StoryAligner(AlignOptions options)
    : m_options(std::move(options))
{
}

AlignResult StoryAligner::align(const QList<Article> &articles, const std::function<bool()> &cancelled) const
{
    AlignResult result;
    QElapsedTimer timer;
    timer.start();
    auto stage = [&](const char *name) { qCDebug(lcAlign, "%s: %lld ms", name, timer.restart()); };
    TokenizedStory story;
    if (!story.build(articles, cancelled))
        return {};
    stage("tokenise");
    ParagraphAlignerOptions paragraphOptions;
    paragraphOptions.threshold = m_options.rowThreshold;
    const ParagraphAligner aligner(paragraphOptions);

    QHash<QString, QString> equivalences = SpellingVariantDetector::equivalences(m_options.variantDecisions);
    story.setEquivalences(equivalences);
    result.alignment = aligner.align(story, cancelled);
    stage("align");
    if (cancelled && cancelled())
        return {};

    if (m_options.detectVariants) {
        result.variants = applyDecisions(detectVariants(articles, story, result.alignment, m_options.maxVariantDiffs),
                                         m_options.variantDecisions);
        stage("variants");
        const QHash<QString, QString> found = SpellingVariantDetector::equivalences(result.variants);
        if (found != equivalences) {
            story.setEquivalences(found);
            result.alignment = aligner.align(story, cancelled);
            stage("align with variants");
        }
    } else {
        result.variants = applyDecisions({}, m_options.variantDecisions);
    }
    if (cancelled && cancelled())
        return {};

    result.families = FamilyDetector().detect(articles, story, result.alignment);
    stage("families");
    return result;
}

} // namespace Synoptic::Core
