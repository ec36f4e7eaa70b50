// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/quotes/quotelexicon.h"

#include <QFile>

namespace Synoptic::Core {

const QuoteLexicon &QuoteLexicon::builtIn()
{
    static const QuoteLexicon lexicon = [] {
        QFile file(QStringLiteral(":/lexicon/attribution.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("QuoteLexicon: the built-in lexicon :/lexicon/attribution.txt is missing");
            return QuoteLexicon();
        }
        return fromText(QString::fromUtf8(file.readAll()));
    }();
    return lexicon;
}

QuoteLexicon QuoteLexicon::fromText(QStringView text)
{
    QuoteLexicon lexicon;
    QString section;
    for (QStringView line : text.tokenize(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.first(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.sliced(1, line.size() - 2).toString();
            continue;
        }
        lexicon.m_sections[section].insert(line.toString().toCaseFolded());
    }
    return lexicon;
}

bool QuoteLexicon::has(const QString &section, QStringView word) const
{
    const auto it = m_sections.constFind(section);
    return it != m_sections.constEnd() && it->contains(word.toString());
}

} // namespace Synoptic::Core
