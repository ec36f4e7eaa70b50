// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/quotes/quotetext.h"

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

QList<QuoteWord> QuoteWords::all() const
{
    QList<QuoteWord> out;
    for (const QList<QuoteWord> &piece : pieces)
        out.append(piece);
    return out;
}

QuoteText::QuoteText(const TextNormalizer &normalizer, const QList<SpellingVariant> &variants)
    : m_normalizer(normalizer)
{
    for (const SpellingVariant &variant : variants) {
        if (variant.state == SpellingVariant::State::Rejected || variant.forms.size() < 2)
            continue;
        const QList<Token> main = normalizer.tokenize(variant.forms.front());
        if (main.size() != 1)
            continue;
        for (qsizetype i = 1; i < variant.forms.size(); ++i) {
            const QList<Token> other = normalizer.tokenize(variant.forms[i]);
            if (other.size() == 1 && other.front().stem != main.front().stem)
                m_variantKeys.insert(other.front().stem, main.front().stem);
        }
    }
}

QString QuoteText::foldVariety(QString stem)
{
    if (stem.size() > 4) {
        stem.replace(u"iz"_s, u"is"_s);
        stem.replace(u"yz"_s, u"ys"_s);
        stem.replace(u"our"_s, u"or"_s);
        if (stem.endsWith(u"ens"))
            stem.replace(stem.size() - 3, 3, u"enc"_s); // defense / defence
    }
    return stem;
}

QString QuoteText::key(const QString &stem) const
{
    return foldVariety(m_variantKeys.value(stem, stem));
}

QList<std::pair<qsizetype, qsizetype>> QuoteText::elisionPieces(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> pieces;
    qsizetype from = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype len = 0;
        if (text[i] == u'\u2026')
            len = 1;
        else if (text.sliced(i).startsWith(u"...") )
            len = 3;
        else if (text.sliced(i).startsWith(u". . ."))
            len = 5;
        if (len == 0) {
            ++i;
            continue;
        }
        qsizetype end = i;
        qsizetype next = i + len;
        // "[…]" / "(...)": the brackets belong to the elision.
        if (end > 0 && (text[end - 1] == u'[' || text[end - 1] == u'('))
            --end;
        while (next < n && (text[next] == u'.' || text[next] == u']' || text[next] == u')'))
            ++next;
        if (end > from)
            pieces.append({from, end});
        from = next;
        i = next;
    }
    if (from < n)
        pieces.append({from, n});
    return pieces;
}

QuoteWords QuoteText::words(QStringView text) const
{
    // Where sentences end inside the quote (".", "!" or "?" before a space).
    QList<qsizetype> sentenceEnds;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if ((text[i] == u'.' || text[i] == u'!' || text[i] == u'?') && text[i + 1].isSpace())
            sentenceEnds.append(i + 1);
    }
    qsizetype nextEnd = 0; // index into sentenceEnds
    QuoteWords out;
    for (const auto &[start, end] : elisionPieces(text)) {
        QList<QuoteWord> piece;
        for (const Token &t : m_normalizer.tokenize(text.sliced(start, end - start))) {
            QuoteWord w;
            while (nextEnd < sentenceEnds.size() && sentenceEnds[nextEnd] <= start + t.start) {
                w.sentenceStart = true;
                ++nextEnd;
            }
            w.key = key(t.stem);
            w.capitalised = t.capitalised;
            w.content = !t.stopWord && (t.number || t.folded.size() > 1);
            out.contentCount += w.content ? 1 : 0;
            piece.append(std::move(w));
        }
        if (!piece.isEmpty())
            out.pieces.append(std::move(piece));
    }
    return out;
}

} // namespace Synoptic::Core
