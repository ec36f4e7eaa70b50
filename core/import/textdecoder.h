// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Turns the raw bytes of a file into text: BOM-marked UTF-8/UTF-16, valid UTF-8, or a legacy
// 8-bit encoding detected by uchardet. The result is NFC with '\n' line ends. Pure function;
// never throws or crashes on arbitrary bytes — problems come back as `error`.

#include <QByteArray>
#include <QString>

namespace Synoptic::Core {

struct DecodedText {
    QString text; // NFC, "\r\n" and "\r" turned into "\n"; empty when !ok()
    QString encoding; // "UTF-8", "UTF-16LE", "WINDOWS-1252", ...
    QString error; // a sentence for the import report when the bytes are not text
    bool replacedInvalid = false; // invalid sequences were replaced by U+FFFD
    bool ok() const { return error.isEmpty(); }
};

class TextDecoder
{
public:
    [[nodiscard]] static DecodedText decode(const QByteArray &bytes);
    // Line ends to '\n' and canonical composition (NFC); used by every reader.
    [[nodiscard]] static QString normalizeText(QString text);
};

} // namespace Synoptic::Core
