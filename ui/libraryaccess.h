// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The reader's short, GUI-thread queries against the user's library: full-text search (FTS5)
// inside the open story, persisting outlet renames and spelling-variant verdicts. Each call opens its own Library
// connection on the calling thread (one connection per thread; the analyzer's worker thread
// has its own) and closes it again, so nothing is shared across threads.

#include "core/model/storyanalysis.h"
#include "ui/models/searchresultmodel.h"

namespace Synoptic::Ui {

class LibraryAccess
{
public:
    // `libraryPath`: empty for the per-user default library.
    explicit LibraryAccess(QString libraryPath = {});

    // Hits of the index restricted to `story` (its folder), mapped to its article indexes;
    // falls back to inMemorySearch() when the story is not in the library (tests, tools).
    [[nodiscard]] QList<SearchHit> search(const Core::StoryAnalysis &story, const QString &query) const;

    // Renames the outlet of `story.articles[article]` as imported (not as currently shown), so
    // the rename survives re-imports and renaming twice replaces the first rename. Renames are
    // library-wide: every story from that outlet shows the new name. Returns an error message
    // or an empty string.
    [[nodiscard]] QString renameOutlet(const Core::StoryAnalysis &story, int article, const QString &name) const;

    // Stores the user's verdict on a spelling variant of the story in `folder` (see
    // Core::Library::setVariantDecision). Returns an error message or an empty string.
    [[nodiscard]] QString setVariantDecision(const QString &folder, const QStringList &forms, Core::SpellingVariant::State state) const;

private:
    QString m_libraryPath;
};

} // namespace Synoptic::Ui
