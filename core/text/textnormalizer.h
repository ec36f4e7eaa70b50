// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The normalisation shared by everything that compares text (alignment, quotes, numbers):
// tokenises a paragraph into words and numbers with their offsets, folds case and Unicode
// punctuation, unformats numbers ("5,000" -> "5000") and stems words with Snowball.
// One instance per thread: the Snowball stemmer and the stem cache are not thread-safe.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

struct sb_stemmer;

namespace Synoptic::Core {

struct Token {
    qsizetype start = 0; // UTF-16 offsets into the tokenised text
    qsizetype end = 0;
    QString folded; // lower case, apostrophes straightened; numbers without group separators
    QString stem; // Snowball stem of `folded` (numbers: the number itself)
    bool number = false;
    bool capitalised = false; // first letter upper case in the original
    bool stopWord = false;
};

class TextNormalizer
{
public:
    // `language`: ISO 639-1 code ("en", "de", "fr", ...); unknown languages fall back to English.
    explicit TextNormalizer(const QString &language = QStringLiteral("en"));
    ~TextNormalizer();
    TextNormalizer(TextNormalizer &&) noexcept;
    TextNormalizer &operator=(TextNormalizer &&) noexcept;
    TextNormalizer(const TextNormalizer &) = delete;
    TextNormalizer &operator=(const TextNormalizer &) = delete;

    [[nodiscard]] QList<Token> tokenize(QStringView text) const;
    [[nodiscard]] QString stem(const QString &foldedWord) const;
    [[nodiscard]] bool isStopWord(QStringView foldedWord) const;
    [[nodiscard]] QString language() const { return m_language; }

    // Curly quotes to straight, dashes to '-', '…' to "...", exotic spaces to ' '; keeps length
    // except for '…' (one char becomes three).
    [[nodiscard]] static QString foldPunctuation(QStringView text);
    // Case-folded, punctuation-folded, whitespace-collapsed text: for exact comparisons.
    [[nodiscard]] static QString foldForComparison(QStringView text);

private:
    QString m_language;
    std::unique_ptr<sb_stemmer, void (*)(sb_stemmer *)> m_stemmer;
    mutable QHash<QString, QString> m_stemCache;
};

} // namespace Synoptic::Core
