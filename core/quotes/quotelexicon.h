// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// General vocabulary for quote attribution (speech verbs, titles, gendered titles), read from
// the lexicon compiled into core (:/lexicon/attribution.txt). A plain value; cheap to copy.
// Words are folded (lower case, straight apostrophes).

#include <QHash>
#include <QSet>
#include <QString>

namespace Synoptic::Core {

class QuoteLexicon
{
public:
    // The built-in English lexicon.
    static const QuoteLexicon &builtIn();
    // Parses the "[section]" / one-word-per-line format; unknown sections are kept too.
    static QuoteLexicon fromText(QStringView text);

    [[nodiscard]] bool isSpeechVerb(QStringView w) const { return has(QStringLiteral("verbs"), w); }
    [[nodiscard]] bool isInvertibleVerb(QStringView w) const { return has(QStringLiteral("inverted"), w); }
    [[nodiscard]] bool isTitle(QStringView w) const { return has(QStringLiteral("titles"), w); }
    [[nodiscard]] bool isMaleTitle(QStringView w) const { return has(QStringLiteral("male"), w); }
    [[nodiscard]] bool isFemaleTitle(QStringView w) const { return has(QStringLiteral("female"), w); }
    [[nodiscard]] bool isSkippable(QStringView w) const { return has(QStringLiteral("skip"), w); }
    [[nodiscard]] bool has(const QString &section, QStringView word) const;
    [[nodiscard]] bool isEmpty() const { return m_sections.isEmpty(); }

private:
    QHash<QString, QSet<QString>> m_sections;
};

} // namespace Synoptic::Core
