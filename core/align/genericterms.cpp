// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/align/genericterms.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

std::vector<bool> genericTerms(const TokenizedStory &story)
{
    // Folded forms, looked up as the story tokenised them (so no stemmer guesswork here). English
    // only, like the stop list; other languages' reports simply keep these words' full weight.
    static const QStringList words = u"statement statements told tells added adding asked spokesman spokeswoman "
                                     "spokesperson spokespeople reporters reporter interview interviews press "
                                     "conference briefing news monday tuesday wednesday thursday friday saturday "
                                     "sunday yesterday today tonight morning afternoon evening week weekend"_s.split(u' ');
    std::vector<bool> generic(size_t(story.termCount()), false);
    for (const QString &w : words) {
        const int t = story.termOfFolded(w);
        if (t >= 0)
            generic[size_t(story.canonical(t))] = true;
    }
    return generic;
}

} // namespace Synoptic::Core
