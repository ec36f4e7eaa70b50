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
