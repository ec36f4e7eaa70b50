// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Years and spans of years that outlets give for the same event ("has led the party since 2002"
// against "since 2003"; "served from 2004 to 2011" against "held the post between 2005 and
// 2012"). A year has no counted subject, so the event is told by the words of its clause: the
// same preposition and mostly the same words, or, for spans, the same name and overlapping
// periods. Only differences are reported; a year the outlets agree on is nothing to show.

#include "core/numbers/subjectresolver.h"

#include <QList>
#include <QString>

namespace Synoptic::Core {

struct YearDispute
{
    QList<int> members; // indexes into the mentions given
    QString subject; // the clause of the first mention: "Ms. Reyes has led the party since"
};

[[nodiscard]] QList<YearDispute> findYearDisputes(const QList<ResolvedMention> &mentions);

} // namespace Synoptic::Core
