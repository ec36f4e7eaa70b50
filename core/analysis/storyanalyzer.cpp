#include "core/analysis/storyanalyzer.h"

#include <QDir>
#include <QStandardPaths>

namespace Synoptic::Core {

StoryAnalyzer::StoryAnalyzer(QString libraryPath)
    : m_libraryPath(libraryPath.isEmpty() ? defaultLibraryPath() : std::move(libraryPath))
{
}

QString StoryAnalyzer::defaultLibraryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

AnalyzeOutcome StoryAnalyzer::analyze(const QString &folder, const std::function<void(const AnalyzeProgress &)> &progress,
                                      const std::function<bool()> &cancelled) const
{
    // Not implemented yet (issue: import).
    Q_UNUSED(progress)
    Q_UNUSED(cancelled)
    AnalyzeOutcome outcome;
    outcome.error = QStringLiteral("%1: importing is not implemented yet").arg(QDir::toNativeSeparators(folder));
    return outcome;
}

} // namespace Synoptic::Core
