// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/storyanalyzer.h"

#include "core/align/storyaligner.h"
#include "core/import/folderimporter.h"
#include "core/numbers/numberanalyzer.h"
#include "core/quotes/quoteanalyzer.h"
#include "core/store/library.h"
#include "core/store/resultstore.h"

#include <QCryptographicHash>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

QByteArray chainHash(QLatin1StringView version, const QByteArray &inputs)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(version.data(), version.size()));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(inputs);
    return hash.result();
}

} // namespace

StoryAnalyzer::StoryAnalyzer(QString libraryPath)
    : m_libraryPath(libraryPath.isEmpty() ? defaultLibraryPath() : std::move(libraryPath))
{
}

QString StoryAnalyzer::defaultLibraryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

QByteArray StoryAnalyzer::articlesHash(const QList<Article> &articles)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Article &a : articles) {
        hash.addData(a.file.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(a.contentHash);
        hash.addData(a.language.toUtf8());
        for (const Paragraph &p : a.paragraphs) {
            hash.addData(roleName(p.role).toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
            hash.addData(p.text.toUtf8());
            hash.addData(QByteArrayView("\x1e", 1));
        }
        hash.addData(QByteArrayView("\x1d", 1));
    }
    return hash.result();
}

StoryAnalyzer::EngineHashes StoryAnalyzer::engineHashes(const QByteArray &articlesHash, const QList<SpellingVariant> &variantDecisions)
{
    EngineHashes hashes;
    QByteArray alignInputs = articlesHash;
    for (const SpellingVariant &v : variantDecisions)
        alignInputs += variantStateName(v.state).toUtf8() + '\x1f' + v.forms.join(u'\x1f').toUtf8() + '\x1e';
    hashes.align = chainHash(StoryAligner::version(), alignInputs);
    hashes.quotes = chainHash(QuoteAnalyzer::version(), hashes.align);
    hashes.numbers = chainHash(NumberAnalyzer::version(), hashes.align);
    return hashes;
}

QString StoryAnalyzer::storyTitle(const QList<Article> &articles, const QString &folder)
{
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const Article &a : articles) {
        if (a.headline.isEmpty())
            continue;
        const int count = ++counts[a.headline];
        if (count > bestCount) {
            best = a.headline;
            bestCount = count;
        }
    }
    return best.isEmpty() ? QFileInfo(folder).fileName() : best;
}

AnalyzeOutcome StoryAnalyzer::analyze(const QString &folder, const std::function<void(const AnalyzeProgress &)> &progress,
                                      const std::function<bool()> &cancelled) const
{
    AnalyzeOutcome outcome;
    auto report = [&](int percent, const QString &stage) {
        if (progress)
            progress(AnalyzeProgress{percent, stage});
    };
    auto isCancelled = [&] { return cancelled && cancelled(); };
    const QString shownFolder = QDir::toNativeSeparators(folder);

    report(0, u"Opening the library"_s);
    Library library(m_libraryPath);
    if (!library.isOpen()) {
        outcome.error = u"%1: cannot open the library (%2)"_s.arg(shownFolder, library.error());
        return outcome;
    }

    report(2, u"Reading files"_s);
    const ImportInputs inputs = library.importInputs(folder);
    const FolderImport imported = FolderImporter::import(
        folder, inputs,
        [&](int done, int total) { report(2 + (total > 0 ? 48 * done / total : 48), u"Reading files"_s); }, cancelled);
    outcome.bytesRead = imported.bytesRead;
    outcome.analysis.skipped = imported.skipped;
    outcome.problems = imported.problems;
    if (!imported.error.isEmpty()) {
        outcome.error = imported.error;
        return outcome;
    }
    if (imported.cancelled || isCancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    if (imported.fileCount() == 0) {
        outcome.nothingImportable = true;
        outcome.error = imported.skipped.isEmpty()
            ? u"%1: no articles found (Synoptic reads .txt, .md and .html files)."_s.arg(shownFolder)
            : u"%1: no article could be imported (%2 file(s) skipped)."_s.arg(shownFolder).arg(imported.skipped.size());
        return outcome;
    }

    report(52, u"Saving to the library"_s);
    if (!library.saveImport(folder, imported, cancelled)) {
        if (isCancelled()) {
            outcome.cancelled = true;
        } else {
            outcome.error = u"%1: cannot save the import (%2)"_s.arg(shownFolder, library.error());
        }
        return outcome;
    }

    StoryAnalysis story = library.loadStory(folder);
    story.title = storyTitle(story.articles, story.folder);
    ResultStore results(library);
    AlignOptions alignOptions;
    alignOptions.variantDecisions = library.variantDecisions(folder);
    const EngineHashes hashes = engineHashes(articlesHash(story.articles), alignOptions.variantDecisions);
    const QByteArray &alignHash = hashes.align;
    const QByteArray &quotesHash = hashes.quotes;
    const QByteArray &numbersHash = hashes.numbers;
    int reused = 0;

    if (isCancelled()) {
        outcome.cancelled = true;
        return outcome;
    }
    report(60, u"Aligning paragraphs"_s);
    if (auto stored = results.loadAlignment(story.folder, alignHash)) {
        story.alignment = std::move(stored->alignment);
        story.families = std::move(stored->families);
        story.variants = std::move(stored->variants);
        ++reused;
    } else {
        AlignResult aligned = StoryAligner(alignOptions).align(story.articles, cancelled);
        if (isCancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        story.alignment = std::move(aligned.alignment);
        story.families = std::move(aligned.families);
        story.variants = std::move(aligned.variants);
        if (!results.saveAlignment(story.folder, alignHash, {story.alignment, story.families, story.variants})) {
            outcome.error = u"%1: cannot store the alignment (%2)"_s.arg(shownFolder, results.error());
            return outcome;
        }
    }

    // Quotes and numbers read the articles and the alignment, never each other: when both must
    // be computed, quotes run on a pool thread while numbers run here. Each engine owns its
    // state and is deterministic, so the results are those of running them one after the
    // other; only this thread touches the library.
    report(80, u"Finding quotes"_s);
    std::optional<QList<QuoteCluster>> storedQuotes = results.loadQuotes(story.folder, quotesHash);
    std::optional<QList<NumberGroup>> storedNumbers = results.loadNumbers(story.folder, numbersHash);
    QFuture<QList<QuoteCluster>> quotes;
    if (!storedQuotes) {
        quotes = QtConcurrent::run([articles = story.articles, alignment = story.alignment, variants = story.variants] {
            return QuoteAnalyzer().analyze(articles, alignment, variants);
        });
    }
    report(90, u"Comparing numbers"_s);
    story.numbers = storedNumbers ? std::move(*storedNumbers) : NumberAnalyzer().analyze(story.articles, story.alignment);
    story.quotes = storedQuotes ? std::move(*storedQuotes) : quotes.result();
    reused += (storedQuotes ? 1 : 0) + (storedNumbers ? 1 : 0);
    if (!storedQuotes && !results.saveQuotes(story.folder, quotesHash, story.quotes)) {
        outcome.error = u"%1: cannot store the quotes (%2)"_s.arg(shownFolder, results.error());
        return outcome;
    }
    if (!storedNumbers && !results.saveNumbers(story.folder, numbersHash, story.numbers)) {
        outcome.error = u"%1: cannot store the numbers (%2)"_s.arg(shownFolder, results.error());
        return outcome;
    }
    if (isCancelled()) {
        outcome.cancelled = true;
        return outcome;
    }

    report(100, u"Done"_s);
    outcome.reusedResults = reused == 3;
    outcome.ok = true;
    outcome.analysis = std::move(story);
    return outcome;
}

} // namespace Synoptic::Core
