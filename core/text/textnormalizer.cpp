// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/textnormalizer.h"

#include "core/text/stopwords.h"

#include <libstemmer.h>

namespace Synoptic::Core {

namespace {

const char *snowballName(const QString &language)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("en"), "english"}, {QStringLiteral("de"), "german"},   {QStringLiteral("fr"), "french"},
        {QStringLiteral("es"), "spanish"}, {QStringLiteral("it"), "italian"},  {QStringLiteral("pt"), "portuguese"},
        {QStringLiteral("nl"), "dutch"},   {QStringLiteral("ru"), "russian"},  {QStringLiteral("uk"), "english"},
        {QStringLiteral("sv"), "swedish"}, {QStringLiteral("da"), "danish"},   {QStringLiteral("no"), "norwegian"},
        {QStringLiteral("fi"), "finnish"}, {QStringLiteral("tr"), "turkish"},  {QStringLiteral("ro"), "romanian"},
        {QStringLiteral("hu"), "hungarian"}};
    return names.value(language, "english");
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

TextNormalizer::TextNormalizer(const QString &language)
    : m_language(language.isEmpty() ? QStringLiteral("en") : language.toLower())
    , m_stemmer(sb_stemmer_new(snowballName(m_language), "UTF_8"), &sb_stemmer_delete)
{
}

TextNormalizer::~TextNormalizer() = default;
TextNormalizer::TextNormalizer(TextNormalizer &&) noexcept = default;
TextNormalizer &TextNormalizer::operator=(TextNormalizer &&) noexcept = default;

QString TextNormalizer::foldPunctuation(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
            out.append(u'\'');
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
            out.append(u'"');
            break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            out.append(u'-');
            break;
        case 0x2026:
            out.append(u"...");
            break;
        case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A: case 0x3000:
            out.append(u' ');
            break;
        case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0xFEFF:
            break; // invisible: soft hyphen, zero-width characters
        default:
            out.append(c);
        }
    }
    return out;
}

QString TextNormalizer::foldForComparison(QStringView text)
{
    return foldPunctuation(text).toCaseFolded().simplified();
}

QString TextNormalizer::stem(const QString &foldedWord) const
{
    if (!m_stemmer)
        return foldedWord;
    auto it = m_stemCache.constFind(foldedWord);
    if (it != m_stemCache.constEnd())
        return *it;
    const QByteArray utf8 = foldedWord.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(m_stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                               int(utf8.size()));
    QString result = stemmed ? QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer.get()))
                             : foldedWord;
    if (m_stemCache.size() > 200000)
        m_stemCache.clear();
    m_stemCache.insert(foldedWord, result);
    return result;
}

bool TextNormalizer::isStopWord(QStringView foldedWord) const
{
    return Synoptic::Core::isStopWord(foldedWord, m_language);
}

QList<Token> TextNormalizer::tokenize(QStringView text) const
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        const bool startsWithDigit = text[i].isDigit();
        bool number = startsWithDigit;
        while (i < n) {
            const QChar c = text[i];
            if (isWordChar(c)) {
                if (!c.isDigit())
                    number = false;
                ++i;
                continue;
            }
            // "5,000" and "51.9": a separator between digits stays inside a number.
            if (startsWithDigit && (c == u',' || c == u'.') && i + 1 < n && text[i + 1].isDigit() && text[i - 1].isDigit()) {
                ++i;
                continue;
            }
            // "didn't", "Russia's": an apostrophe between letters stays inside a word.
            if (isApostrophe(c) && i + 1 < n && text[i + 1].isLetter() && text[i - 1].isLetter()) {
                ++i;
                continue;
            }
            break;
        }
        Token token;
        token.start = start;
        token.end = i;
        const QStringView word = text.sliced(start, i - start);
        token.capitalised = word.front().isUpper();
        if (number) {
            token.number = true;
            QString digits = word.toString();
            // Group separators go; a decimal point stays ("1.5"). A comma followed by exactly three
            // digits is a group separator; "5.000" is read as a decimal.
            digits.remove(u',');
            token.folded = digits;
            token.stem = digits;
        } else {
            QString folded = word.toString().toCaseFolded();
            for (QChar &c : folded) {
                if (isApostrophe(c))
                    c = u'\'';
            }
            token.folded = folded;
            token.stopWord = isStopWord(folded);
            QString base = folded;
            if (base.endsWith(u"'s"))
                base.chop(2);
            token.stem = stem(base);
        }
        tokens.append(std::move(token));
    }
    return tokens;
}

} // namespace Synoptic::Core
