// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/alignment.h"
#include "core/model/numbers.h"
#include "core/model/quotes.h"

#include <QSet>

namespace Synoptic::Core {

QString numberStatusName(NumberStatus status)
{
    switch (status) {
    case NumberStatus::Disputed: return QStringLiteral("disputed");
    case NumberStatus::ConsistentSum: return QStringLiteral("consistent-sum");
    case NumberStatus::Agreed: return QStringLiteral("agreed");
    case NumberStatus::Single: return QStringLiteral("single");
    }
    return {};
}

QString numberKindName(NumberKind kind)
{
    switch (kind) {
    case NumberKind::Count: return QStringLiteral("count");
    case NumberKind::Money: return QStringLiteral("money");
    case NumberKind::Percent: return QStringLiteral("percent");
    case NumberKind::Measure: return QStringLiteral("measure");
    case NumberKind::Age: return QStringLiteral("age");
    case NumberKind::Ordinal: return QStringLiteral("ordinal");
    case NumberKind::Time: return QStringLiteral("time");
    case NumberKind::Date: return QStringLiteral("date");
    case NumberKind::Other: return QStringLiteral("other");
    }
    return {};
}

QString disputeKindName(DisputeKind kind)
{
    switch (kind) {
    case DisputeKind::None: return {};
    case DisputeKind::Contradiction: return QStringLiteral("contradiction");
    case DisputeKind::Update: return QStringLiteral("update");
    case DisputeKind::Estimates: return QStringLiteral("estimates");
    }
    return {};
}

DisputeKind disputeKindFromName(const QString &name)
{
    for (DisputeKind kind : {DisputeKind::Contradiction, DisputeKind::Update, DisputeKind::Estimates}) {
        if (disputeKindName(kind) == name)
            return kind;
    }
    return DisputeKind::None;
}

QString disputeKindLabel(DisputeKind kind)
{
    return kind == DisputeKind::Estimates ? QStringLiteral("estimates differ") : disputeKindName(kind);
}

QString disputeKindSign(DisputeKind kind)
{
    switch (kind) {
    case DisputeKind::None: return {};
    case DisputeKind::Contradiction: return QStringLiteral("\u2260");
    case DisputeKind::Update: return QStringLiteral("\u2197");
    case DisputeKind::Estimates: return QStringLiteral("\u2248");
    }
    return {};
}

QString variantStateName(SpellingVariant::State state)
{
    switch (state) {
    case SpellingVariant::State::Confirmed: return QStringLiteral("confirmed");
    case SpellingVariant::State::Rejected: return QStringLiteral("rejected");
    case SpellingVariant::State::Detected: break;
    }
    return QStringLiteral("detected");
}

SpellingVariant::State variantState(QStringView name)
{
    if (name == u"confirmed")
        return SpellingVariant::State::Confirmed;
    if (name == u"rejected")
        return SpellingVariant::State::Rejected;
    return SpellingVariant::State::Detected;
}

int QuoteCluster::outletCount() const
{
    QSet<int> articles;
    for (const QuoteOccurrence &o : occurrences)
        articles.insert(o.article);
    return int(articles.size());
}

} // namespace Synoptic::Core
