// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Attributes quotations to speakers from the surrounding sentence and its neighbours
// ('"...," X said', 'X told CBS: "..."', 'said X', 'he added'), and collapses titles and
// name forms ("Foreign Minister Sergei Lavrov", "Mr Lavrov", "Lavrov") to one canonical
// person across the whole story. Unknown (empty) is preferred to a guess.

#include "core/model/alignment.h"
#include "core/model/article.h"
#include "core/quotes/narrationview.h"
#include "core/quotes/quoteextractor.h"
#include "core/quotes/quotelexicon.h"
#include "core/text/textnormalizer.h"

#include <QHash>
#include <QSet>

namespace Synoptic::Core {

class SpeakerAttributor
{
public:
    // `lexicon` and `normalizer` must outlive this object.
    SpeakerAttributor(const QuoteLexicon &lexicon, const TextNormalizer &normalizer,
                      const QList<SpellingVariant> &variants = {});

    // Learns the story's names, titles and surnames from every article's body; call once,
    // before attribute(). `quotes[i]` are the quotes of `articles[i]` (their text is not
    // narration and is ignored).
    void learn(const QList<Article> &articles, const QList<QList<ExtractedQuote>> &quotes);
    // Speaker of each quote of `article` (canonical name, or empty when unknown).
    [[nodiscard]] QStringList attribute(const Article &article, const QList<ExtractedQuote> &quotes) const;
    // Canonical form of a name as written ("Mr Lavrov" -> "Sergei Lavrov"); empty if unknown.
    [[nodiscard]] QString canonicalName(const QString &name) const;

    using Mention = NameMention;
    struct Person {
        QString key; // folded surname (spelling variants and near spellings merged)
        QHash<QString, int> fullNames; // multi-word forms and their counts
        QStringList order; // forms in order of first appearance
        QString single; // the surname as written
        QSet<QString> descriptor;
        bool evidence = false; // titled, in apposition, or the subject of a speech verb
        int gender = 0; // 1 male, 2 female, 0 unknown
        QString canonical;
    };

private:
    friend class AttributionPass;
    QString surnameKey(const QString &foldedSurname) const;
    QString resolveName(const Mention &mention) const;
    // `recent`: people named so far in the article, oldest first, and the sentence each was
    // named in (breaks ties between several who hold the role).
    QString resolveRole(const QSet<QString> &terms, const QStringList &recent = {},
                        const QList<int> &recentSentence = {}) const;
    const Person *person(const QString &canonical) const;

    const QuoteLexicon &m_lexicon;
    const TextNormalizer &m_normalizer;
    QHash<QString, QString> m_variantOf; // folded variant -> folded main form
    QSet<QString> m_properWords; // folded words seen capitalised inside a sentence
    QHash<QString, Person> m_people; // by surname key
    QHash<QString, QString> m_canonicalToKey;
};

} // namespace Synoptic::Core
