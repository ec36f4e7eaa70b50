// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The comparable form of a quote's text: words as folded stems (spelling variety such as
// -ise/-ize and the story's spelling variants folded together), split into pieces at
// elisions ("...", "…") so that an elided quote still matches the full one.

#include "core/model/alignment.h"
#include "core/text/textnormalizer.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Synoptic::Core {

struct QuoteWord {
    QString key; // folded stem
    bool content = false; // not a stop word
    bool capitalised = false; // as printed: first letter upper case
    bool sentenceStart = false; // the first word after a sentence's end inside the quote
};

struct QuoteWords {
    QList<QList<QuoteWord>> pieces; // split at elisions; never empty pieces
    int contentCount = 0;
    [[nodiscard]] QList<QuoteWord> all() const;
};

class QuoteText
{
public:
    // `normalizer` must outlive this object.
    QuoteText(const TextNormalizer &normalizer, const QList<SpellingVariant> &variants);

    [[nodiscard]] QuoteWords words(QStringView text) const;
    // Key of one folded word (as Token::stem gives it).
    [[nodiscard]] QString key(const QString &stem) const;
    // Ranges [start, end) of `text` between elision marks.
    [[nodiscard]] static QList<std::pair<qsizetype, qsizetype>> elisionPieces(QStringView text);
    // British/American spelling folded to one form: "recognis" / "recogniz", "favour" / "favor".
    [[nodiscard]] static QString foldVariety(QString stem);

private:
    const TextNormalizer &m_normalizer;
    QHash<QString, QString> m_variantKeys; // stem of a variant form -> stem of the main form
};

} // namespace Synoptic::Core
