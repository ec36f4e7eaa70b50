// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The body paragraphs of a story as integer term sequences (Snowball stems interned once), the
// compact form every alignment stage reads. Built once per run; spelling-variant equivalences
// are applied by remapping term ids, so nothing is tokenised twice.

#include "core/model/article.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace Synoptic::Core {

struct TokenizedParagraph {
    int article = 0; // index into the article list
    int paragraph = 0; // Paragraph::index
    int position = 0; // rank among the article's body paragraphs
    std::vector<int> terms; // every word and number, in order
    std::vector<bool> quoted; // per term: inside quotation marks (shared quotes are not copying)
    std::vector<int> sentenceStarts; // index of each sentence's first term, ascending; starts with 0
};

class TokenizedStory
{
public:
    // Returns false when `cancelled` fired.
    bool build(const QList<Article> &articles, const std::function<bool()> &cancelled = {});

    [[nodiscard]] const std::vector<TokenizedParagraph> &paragraphs() const { return m_paragraphs; }
    [[nodiscard]] int articleCount() const { return m_articleCount; }
    [[nodiscard]] int bodyCount(int article) const { return m_bodyCounts[size_t(article)]; }
    // Paragraph list indexes of one article, in order.
    [[nodiscard]] const std::vector<int> &articleParagraphs(int article) const { return m_byArticle[size_t(article)]; }
    [[nodiscard]] int termCount() const { return int(m_termText.size()); }
    [[nodiscard]] bool isStopTerm(int term) const { return m_stop[size_t(term)]; }
    [[nodiscard]] bool isNumberTerm(int term) const { return m_number[size_t(term)]; }
    [[nodiscard]] const QString &termText(int term) const { return m_termText[size_t(term)]; }
    // Term id of a folded word in `language`, or -1 when the story never uses it.
    [[nodiscard]] int termOfFolded(const QString &folded) const { return m_foldedToTerm.value(folded, -1); }
    [[nodiscard]] int canonical(int term) const { return m_canonical[size_t(term)]; }

    // Folded form -> folded canonical form (spelling variants): terms of the variant forms then
    // compare equal through canonical().
    void setEquivalences(const QHash<QString, QString> &foldedToCanonical);

private:
    std::vector<TokenizedParagraph> m_paragraphs;
    std::vector<std::vector<int>> m_byArticle;
    std::vector<int> m_bodyCounts;
    std::vector<QString> m_termText;
    std::vector<bool> m_stop;
    std::vector<bool> m_number;
    std::vector<int> m_canonical;
    QHash<QString, int> m_termIds; // stem -> id
    QHash<QString, int> m_foldedToTerm;
    int m_articleCount = 0;
};

} // namespace Synoptic::Core
