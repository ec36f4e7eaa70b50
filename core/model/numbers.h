// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Quantities mentioned in the articles, what they count, and how outlets compare.
// Offsets are UTF-16 positions in Paragraph::text.

#include <QList>
#include <QString>

#include <optional>

namespace Synoptic::Core {

// Measure: a physical quantity with its unit ("10,000 hectares", "80 km/h", "magnitude 7.1");
// durations ("12 hours") are Other.
enum class NumberKind { Count, Money, Percent, Measure, Age, Ordinal, Time, Date, Other };
enum class NumberStatus { Disputed, ConsistentSum, Agreed, Single };
// Why a disputed group's figures differ. None for groups that are not disputed.
//   Contradiction: different figures for the same thing at the same time.
//   Update: a count that only grows (killed, injured, ...) is higher in later reports, or the
//           text says it rose.
//   Estimates: every figure is hedged ("as many as", "up to", "about", "at least").
enum class DisputeKind { None, Contradiction, Update, Estimates };

QString numberStatusName(NumberStatus status); // "disputed", "consistent-sum", "agreed", "single"
QString numberKindName(NumberKind kind);
QString disputeKindName(DisputeKind kind); // "", "contradiction", "update", "estimates"
DisputeKind disputeKindFromName(const QString &name); // None for anything else
// For readers: "contradiction", "update", "estimates differ".
QString disputeKindLabel(DisputeKind kind);
// A sign per kind, for telling them apart without colour: "≠", "↗", "≈"; empty for None.
QString disputeKindSign(DisputeKind kind);

struct NumberMention {
    int article = -1;
    int paragraph = -1;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; // e.g. "more than 100 injured"
    NumberKind kind = NumberKind::Count;
    double value = 0; // the number as written ("more than 100" -> 100)
    std::optional<double> low; // interval the wording allows; nullopt = unbounded
    std::optional<double> high;
    QString qualifier; // "more than", "at least", "about", ... or empty
    QString subject; // canonical counted thing from the lexicon: "killed", "injured", "drones"
    QString unit; // currency or "%" where relevant
    QString source; // attributed source when the sentence names one
};

struct NumberGroup {
    int id = 0;
    QString subject;
    NumberStatus status = NumberStatus::Single;
    DisputeKind kind = DisputeKind::None; // only for disputed groups
    QList<NumberMention> mentions;
    QString note; // e.g. "later reports give a higher toll", "70 missiles + 145 drones = 215"
};

} // namespace Synoptic::Core
