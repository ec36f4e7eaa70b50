// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Recognisers for metadata that articles carry inside their text: a leading "date ..." or
// "Published ..." line (possibly followed by body text on the same line), "By NAME" bylines,
// news datelines ("KYIV, April 24 (Reuters) -"), outlet credits ("Author: Example.com",
// "Read more from Outlet:") and free-form dates. Stateless; patterns are general English
// news conventions, never names from particular files.

#include <QString>

#include <optional>

namespace Synoptic::Core {

struct LeadingMetadata {
    QString metadataText; // the metadata part as written, e.g. "date 2025-04-25"
    QString rest; // text after it on the same line (body), may be empty
    QString published; // ISO date when the metadata is a date
    QString byline; // when the metadata is a byline
};

struct OutletCredit {
    QString outlet; // empty when the credit names a person
    QString byline;
};

class TextMetadata
{
public:
    // A date ("2025-04-25", "April 24, 2025", "24 Apr 2025", ISO date-time) as ISO 8601;
    // empty when `text` does not start with one. `length` receives the characters used.
    [[nodiscard]] static QString parseDate(QStringView text, qsizetype *length = nullptr);
    // Normalises a date from metadata (ISO or textual) to ISO 8601; empty when `value` is not
    // a valid date in a form we read (an impossible day or month, a number, a word).
    [[nodiscard]] static QString normalizeDate(const QString &value);

    [[nodiscard]] static std::optional<LeadingMetadata> leadingMetadata(const QString &paragraph);
    [[nodiscard]] static QString byline(const QString &paragraph); // "By Jane Roe" -> "Jane Roe"
    [[nodiscard]] static QString dateline(const QString &paragraph); // "KYIV, April 24 (Reuters)"
    [[nodiscard]] static std::optional<OutletCredit> credit(const QString &paragraph);
    // "Label: value" lines of footers and headers ("Author: X", "Tags: ..."), short.
    [[nodiscard]] static bool isLabelLine(const QString &paragraph);
};

} // namespace Synoptic::Core
