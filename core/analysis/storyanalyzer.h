// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Opens a story folder end to end: imports (or incrementally re-opens) it into the library,
// runs the engines on what changed, stores their results and returns the whole analysis.
// Thread-agnostic: call it from a worker thread; it opens its own database connection.

#include "core/model/storyanalysis.h"

#include <functional>

namespace Synoptic::Core {

struct AnalyzeProgress {
    int percent = 0; // 0..100
    QString stage; // "Reading files", "Aligning paragraphs", ...
};

struct AnalyzeOutcome {
    bool ok = false;
    bool cancelled = false;
    bool nothingImportable = false; // !ok because the folder holds no readable article
    bool reusedResults = false; // every engine's stored results were still valid
    qint64 bytesRead = 0; // bytes of article files read by this import
    QList<SkippedFile> problems; // files imported with a problem (invalid bytes replaced, ...)
    QString error; // when !ok: a sentence naming the folder/file and the reason
    StoryAnalysis analysis;
};

class StoryAnalyzer
{
public:
    // `libraryPath`: the SQLite library file; empty means the per-user default
    // (QStandardPaths::AppDataLocation/library.sqlite).
    explicit StoryAnalyzer(QString libraryPath = {});

    [[nodiscard]] AnalyzeOutcome analyze(const QString &folder,
                                         const std::function<void(const AnalyzeProgress &)> &progress = {},
                                         const std::function<bool()> &cancelled = {}) const;

    [[nodiscard]] QString libraryPath() const { return m_libraryPath; }
    static QString defaultLibraryPath();

    // Hash of what the engines read: files, content hashes, languages, paragraph roles and texts.
    [[nodiscard]] static QByteArray articlesHash(const QList<Article> &articles);

    // The input hashes the engines' stored results are checked against. Each chains the
    // engine's version (a constant beside the engine, e.g. StoryAligner::version()) with what
    // it reads; quotes and numbers read the alignment, so theirs chain the alignment's hash.
    // The aligner also reads the user's verdicts on spelling variants.
    struct EngineHashes {
        QByteArray align;
        QByteArray quotes;
        QByteArray numbers;
    };
    [[nodiscard]] static EngineHashes engineHashes(const QByteArray &articlesHash,
                                                   const QList<SpellingVariant> &variantDecisions = {});
    // The story's title: its most common headline, else the folder's name.
    [[nodiscard]] static QString storyTitle(const QList<Article> &articles, const QString &folder);

private:
    QString m_libraryPath;
};

} // namespace Synoptic::Core
