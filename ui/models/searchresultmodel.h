// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Search results with snippets. The model does not search: it is fed by a SearchFunction.
// inMemorySearch() scans the open StoryAnalysis; when core/store gains its FTS5 query API,
// pass a function calling it instead (same hits, ranked by the index).

#include "core/model/storyanalysis.h"

#include <QAbstractListModel>

#include <functional>

namespace Synoptic::Ui {

struct SearchHit {
    int article = -1;
    int paragraph = -1;
    qsizetype start = 0; // UTF-16 offset of the first matched term in Paragraph::text
    qsizetype length = 0;
    QString snippet; // plain text around the match, with … where cut
};

using SearchFunction = std::function<QList<SearchHit>(const QString &query)>;

// Every body paragraph containing all of the query's words (case- and accent-insensitive prefix match).
QList<SearchHit> inMemorySearch(const Core::StoryAnalysis &analysis, const QString &query);

class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ArticleRole = Qt::UserRole + 1, ParagraphRole, StartRole, LengthRole, SnippetRole };

    explicit SearchResultModel(QObject *parent = nullptr);
    void setOutlets(const QStringList &outlets);
    void setSearchFunction(SearchFunction function);
    void search(const QString &query);
    QString query() const { return m_query; }
    SearchHit hit(int row) const { return m_hits.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    SearchFunction m_function;
    QStringList m_outlets;
    QList<SearchHit> m_hits;
    QString m_query;
};

} // namespace Synoptic::Ui
