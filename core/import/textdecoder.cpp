// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/textdecoder.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != c)
            return false;
    }
    return true;
}

// Decodes with Qt's converter; `invalid` tells whether replacement characters were needed.
QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *invalid)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *invalid = decoder.hasError();
    return text;
}

// Windows-1252 by hand: available even when Qt was built without ICU, and it is the
// most common legacy encoding of saved news pages. Undefined bytes map to U+FFFD.
QString decodeWindows1252(QByteArrayView bytes, bool *invalid)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    *invalid = false;
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        const char16_t u = (b >= 0x80 && b < 0xA0) ? high[b - 0x80] : char16_t(b);
        if (u == 0xFFFD)
            *invalid = true;
        text.append(QChar(u));
    }
    return text;
}

QString detectWithUchardet(const QByteArray &bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                                 &uchardet_delete);
    if (!detector)
        return {};
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const char *charset = uchardet_get_charset(detector.get());
    return charset ? QString::fromLatin1(charset).toUpper() : QString();
}

} // namespace

QString TextDecoder::normalizeText(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0x2028), QLatin1Char('\n')); // line/paragraph separators
    text.replace(QChar(0x2029), u"\n\n"_s);
    return text.normalized(QString::NormalizationForm_C);
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = QStringLiteral("The file is empty.");
        return result;
    }
    bool invalid = false;
    QString text;
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        result.encoding = QStringLiteral("UTF-8");
        text = decodeWith(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3), &invalid);
    } else if (startsWith(bytes, {0xFF, 0xFE}) && !startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00})) {
        result.encoding = QStringLiteral("UTF-16LE");
        text = decodeWith(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2), &invalid);
    } else if (startsWith(bytes, {0xFE, 0xFF})) {
        result.encoding = QStringLiteral("UTF-16BE");
        text = decodeWith(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2), &invalid);
    } else {
        // Without a BOM, NUL bytes mean a binary file (UTF-16 without BOM is too rare to guess).
        if (bytes.contains('\0')) {
            result.error = QStringLiteral("The file looks binary (it contains NUL bytes).");
            return result;
        }
        text = decodeWith(QStringConverter::Utf8, bytes, &invalid);
        // Valid multi-byte sequences are near impossible in legacy 8-bit text: a file that has
        // them and only a few broken ones is damaged UTF-8, not another encoding.
        qsizetype validNonAscii = 0;
        qsizetype replaced = 0;
        if (invalid) {
            for (QChar c : std::as_const(text)) {
                if (c == QChar::ReplacementCharacter)
                    ++replaced;
                else if (c.unicode() > 0x7F)
                    ++validNonAscii;
            }
        }
        if (!invalid || (validNonAscii > 0 && replaced <= validNonAscii)) {
            result.encoding = QStringLiteral("UTF-8");
        } else {
            const QString detected = detectWithUchardet(bytes);
            bool decoded = false;
            if (!detected.isEmpty() && detected != u"UTF-8" && detected != u"ASCII") {
                if (detected == u"WINDOWS-1252" || detected == u"ISO-8859-1" || detected == u"ISO-8859-15") {
                    // Windows-1252 is a superset of the printable Latin-1 range; browsers do the same.
                    text = decodeWindows1252(bytes, &invalid);
                    decoded = true;
                } else if (auto encoding = QStringConverter::encodingForName(detected.toLatin1())) {
                    text = decodeWith(*encoding, bytes, &invalid);
                    decoded = true;
                } else {
                    QStringDecoder decoder(detected.toLatin1().constData(), QStringConverter::Flag::Stateless);
                    if (decoder.isValid()) {
                        text = decoder.decode(bytes);
                        invalid = decoder.hasError();
                        decoded = true;
                    }
                }
            }
            if (decoded) {
                result.encoding = detected;
            } else {
                // Mostly UTF-8 with a few broken sequences: keep it, replacing what is invalid.
                text = decodeWith(QStringConverter::Utf8, bytes, &invalid);
                result.encoding = QStringLiteral("UTF-8");
            }
        }
    }
    result.replacedInvalid = invalid;
    if (text.contains(QChar(0)) && result.encoding.startsWith(u"UTF-16")) {
        result.error = QStringLiteral("The file looks binary (it contains NUL characters).");
        return result;
    }
    // Mostly replacement characters means this was never text in the detected encoding.
    if (invalid) {
        const qsizetype bad = text.count(QChar(QChar::ReplacementCharacter));
        if (bad * 10 > text.size()) {
            result.error = QStringLiteral("The file is not readable text (too many invalid byte sequences).");
            return result;
        }
    }
    result.text = normalizeText(std::move(text));
    if (result.text.trimmed().isEmpty()) {
        result.error = QStringLiteral("The file contains only white space.");
        result.text.clear();
    }
    return result;
}

} // namespace Synoptic::Core
