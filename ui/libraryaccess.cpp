// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/libraryaccess.h"

#include "core/analysis/storyanalyzer.h"
#include "core/store/library.h"

#include <QSqlQuery>

#include <algorithm>

namespace Synoptic::Ui {

namespace {
// The index ranks the whole library; the open story's hits are a subset of these.
constexpr int s_searchLimit = 500;
}

LibraryAccess::LibraryAccess(QString libraryPath)
    : m_libraryPath(libraryPath.isEmpty() ? Core::StoryAnalyzer::defaultLibraryPath() : std::move(libraryPath))
{
}

QList<SearchHit> LibraryAccess::search(const Core::StoryAnalysis &story, const QString &query) const
{
    if (story.folder.isEmpty())
        return inMemorySearch(story, query);
    const Core::Library library(m_libraryPath);
    if (!library.isOpen() || !library.hasStory(story.folder))
        return inMemorySearch(story, query);
    const QString folder = Core::Library::canonicalFolder(story.folder);
    QHash<QString, int> articleOfFile;
    for (int a = 0; a < story.articles.size(); ++a)
        articleOfFile.insert(story.articles[a].file, a);

    QList<SearchHit> hits;
    const QList<Core::SearchHit> found = library.search(query, s_searchLimit);
    for (const Core::SearchHit &h : found) {
        const auto article = articleOfFile.constFind(h.file);
        if (h.folder != folder || article == articleOfFile.cend())
            continue;
        // Boilerplate is collapsed in the reader; a hit there would jump to nothing visible.
        const auto &paragraphs = story.articles[*article].paragraphs;
        const auto paragraph = std::find_if(paragraphs.cbegin(), paragraphs.cend(), [&h](const Core::Paragraph &p) { return p.index == h.paragraph; });
        if (paragraph == paragraphs.cend() || paragraph->role == Core::ParagraphRole::Boilerplate)
            continue;
        SearchHit hit;
        hit.article = *article;
        hit.paragraph = h.paragraph;
        if (!h.highlights.isEmpty()) {
            hit.start = h.highlights.first().first;
            hit.length = h.highlights.first().second - h.highlights.first().first;
        }
        hit.snippet = h.snippet;
        hits.append(hit);
    }
    return hits;
}

QString LibraryAccess::renameOutlet(const Core::StoryAnalysis &story, int article, const QString &name) const
{
    if (article < 0 || article >= story.articles.size())
        return QObject::tr("No such article.");
    Core::Library library(m_libraryPath);
    if (!library.isOpen())
        return library.error();
    // The stored article keeps the imported outlet name; renames are applied when loading.
    QString original = story.articles[article].outlet;
    QSqlQuery query(library.database());
    query.prepare(QStringLiteral("SELECT outlet FROM articles WHERE story_id = ? AND file = ?"));
    query.addBindValue(library.storyId(story.folder));
    query.addBindValue(story.articles[article].file);
    if (query.exec() && query.next())
        original = query.value(0).toString();
    if (!library.renameOutlet(original, name))
        return library.error();
    return {};
}

QString LibraryAccess::setVariantDecision(const QString &folder, const QStringList &forms, Core::SpellingVariant::State state) const
{
    Core::Library library(m_libraryPath);
    if (!library.isOpen())
        return library.error();
    if (!library.setVariantDecision(folder, forms, state))
        return library.error();
    return {};
}

} // namespace Synoptic::Ui
