// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/models/searchresultmodel.h"

#include <QRegularExpression>

namespace Synoptic::Ui {

namespace {
// Case and accent folding for matching; keeps UTF-16 length when a character decomposes to
// one base letter plus marks, which is what lets offsets map back one to one.
QString fold(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        const QString d = QString(c).normalized(QString::NormalizationForm_D);
        folded.append(d.isEmpty() ? c : d.at(0).toCaseFolded());
    }
    return folded;
}

constexpr qsizetype s_context = 60;
}

QList<SearchHit> inMemorySearch(const Core::StoryAnalysis &analysis, const QString &query)
{
    static const QRegularExpression splitter(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList terms = fold(query).split(splitter, Qt::SkipEmptyParts);
    QList<SearchHit> hits;
    if (terms.isEmpty())
        return hits;
    for (int a = 0; a < analysis.articles.size(); ++a) {
        for (const Core::Paragraph &p : analysis.articles[a].paragraphs) {
            if (p.role == Core::ParagraphRole::Boilerplate)
                continue;
            const QString text = fold(p.text);
            qsizetype first = -1, firstLength = 0;
            bool all = true;
            for (const QString &term : terms) {
                // Prefix match at a word start.
                qsizetype at = -1;
                for (qsizetype from = 0; (from = text.indexOf(term, from)) >= 0; ++from) {
                    if (from == 0 || !text.at(from - 1).isLetterOrNumber()) {
                        at = from;
                        break;
                    }
                }
                if (at < 0) {
                    all = false;
                    break;
                }
                if (first < 0 || at < first) {
                    first = at;
                    firstLength = term.size();
                }
            }
            if (!all)
                continue;
            SearchHit hit{a, p.index, first, firstLength, {}};
            const qsizetype from = qMax<qsizetype>(0, first - s_context);
            const qsizetype to = qMin(p.text.size(), first + firstLength + s_context);
            hit.snippet = (from > 0 ? QStringLiteral("…") : QString()) + p.text.mid(from, to - from).trimmed()
                + (to < p.text.size() ? QStringLiteral("…") : QString());
            hits.append(hit);
        }
    }
    return hits;
}

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setOutlets(const QStringList &outlets)
{
    m_outlets = outlets;
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hits.size()) - 1), {Qt::DisplayRole});
}

void SearchResultModel::setSearchFunction(SearchFunction function)
{
    m_function = std::move(function);
    search(m_query);
}

void SearchResultModel::search(const QString &query)
{
    beginResetModel();
    m_query = query;
    m_hits = m_function && !query.trimmed().isEmpty() ? m_function(query) : QList<SearchHit>();
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(m_outlets.value(hit.article), hit.snippet);
    case Qt::ToolTipRole:
        return hit.snippet;
    case ArticleRole:
        return hit.article;
    case ParagraphRole:
        return hit.paragraph;
    case StartRole:
        return qlonglong(hit.start);
    case LengthRole:
        return qlonglong(hit.length);
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}

} // namespace Synoptic::Ui
