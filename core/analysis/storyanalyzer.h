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

private:
    QString m_libraryPath;
};

} // namespace Synoptic::Core
