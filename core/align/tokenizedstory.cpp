// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/align/tokenizedstory.h"

#include "core/text/textnormalizer.h"

#include <map>
#include <memory>
#include <numeric>

namespace Synoptic::Core {

bool TokenizedStory::build(const QList<Article> &articles, const std::function<bool()> &cancelled)
{
    *this = TokenizedStory();
    m_articleCount = int(articles.size());
    m_byArticle.resize(size_t(m_articleCount));
    m_bodyCounts.resize(size_t(m_articleCount), 0);
    std::map<QString, std::unique_ptr<TextNormalizer>> normalizers; // one per language
    for (int a = 0; a < m_articleCount; ++a) {
        if (cancelled && (a % 64) == 0 && cancelled())
            return false;
        const Article &article = articles[a];
        std::unique_ptr<TextNormalizer> &normalizer = normalizers[article.language];
        if (!normalizer)
            normalizer = std::make_unique<TextNormalizer>(article.language);
        int position = 0;
        for (const Paragraph &p : article.paragraphs) {
            if (p.role != ParagraphRole::Body)
                continue;
            TokenizedParagraph tp;
            tp.article = a;
            tp.paragraph = p.index;
            tp.position = position++;
            const QList<Token> tokens = normalizer->tokenize(p.text);
            tp.terms.reserve(size_t(tokens.size()));
            tp.quoted.reserve(size_t(tokens.size()));
            bool inQuote = false;
            qsizetype scanned = 0;
            const Token *previous = nullptr;
            for (const Token &t : tokens) {
                bool stop = false; // '.', '!' or '?' between the previous token and this one
                for (; scanned < t.start; ++scanned) {
                    const char16_t c = p.text[scanned].unicode();
                    if (c == u'.' || c == u'!' || c == u'?')
                        stop = true;
                    if (c == u'"')
                        inQuote = !inQuote;
                    else if (c == u'\u201c' || c == u'\u00ab' || c == u'\u201e')
                        inQuote = true;
                    else if (c == u'\u201d' || c == u'\u00bb')
                        inQuote = false;
                }
                scanned = t.end;
                // A sentence starts after a full stop when the next word is capitalised or a
                // number, unless the stop ends an initial or a short abbreviation ("J.", "Mr.").
                if (tp.terms.empty())
                    tp.sentenceStarts.push_back(0);
                else if (stop && (t.capitalised || t.number) && previous && !(previous->end - previous->start <= 2 && previous->capitalised))
                    tp.sentenceStarts.push_back(int(tp.terms.size()));
                previous = &t;
                tp.quoted.push_back(inQuote);
                auto it = m_termIds.constFind(t.stem);
                int id;
                if (it == m_termIds.constEnd()) {
                    id = int(m_termText.size());
                    m_termIds.insert(t.stem, id);
                    m_termText.push_back(t.stem);
                    m_stop.push_back(t.stopWord);
                    m_number.push_back(t.number);
                    m_canonical.push_back(id);
                } else {
                    id = *it;
                }
                if (!m_foldedToTerm.contains(t.folded))
                    m_foldedToTerm.insert(t.folded, id);
                tp.terms.push_back(id);
            }
            m_byArticle[size_t(a)].push_back(int(m_paragraphs.size()));
            m_paragraphs.push_back(std::move(tp));
        }
        m_bodyCounts[size_t(a)] = position;
    }
    return true;
}

void TokenizedStory::setEquivalences(const QHash<QString, QString> &foldedToCanonical)
{
    std::iota(m_canonical.begin(), m_canonical.end(), 0);
    for (auto it = foldedToCanonical.cbegin(); it != foldedToCanonical.cend(); ++it) {
        const int from = termOfFolded(it.key());
        const int to = termOfFolded(it.value());
        if (from >= 0 && to >= 0 && from != to)
            m_canonical[size_t(from)] = to;
    }
}

} // namespace Synoptic::Core
