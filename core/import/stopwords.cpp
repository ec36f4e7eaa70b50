// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/stopwords.h"

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

const QSet<QString> &StopWords::forLanguage(const QString &language)
{
    Q_UNUSED(language)
    // The classic English function-word list (Snowball/SMART core): pronouns, determiners,
    // auxiliaries, prepositions, conjunctions and common adverbs. No topical words.
    static const QSet<QString> english = [] {
        const QString words = u"a about above after again against all almost also although always am among an and another "
                              "any anyone anything are around as at back be became because become been before being below "
                              "between both but by can cannot could did do does doing done down during each either else "
                              "enough even ever every few for from further had has have having he her here hers herself "
                              "him himself his how however i if in into is it its itself just least less like made make many "
                              "may me might mine more most much must my myself neither never no nor not now of off often on "
                              "once one only or other others our ours ourselves out over own per perhaps rather same she "
                              "should since so some still such than that the their theirs them themselves then there "
                              "therefore these they this those though through thus to too toward towards under until up "
                              "upon us very was we were what whatever when where whether which while who whom whose why "
                              "will with within without would yet you your yours yourself yourselves said says say "
                              "according already another s t don didn doesn isn wasn weren won wouldn couldn shouldn "
                              "ll re ve d m"_s;
        const QStringList list = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return english;
}

} // namespace Synoptic::Core
