// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Results of the diff engine: alignment rows across articles, syndication families and
// spelling variants. Article references are 0-based indexes into StoryAnalysis::articles;
// paragraph references are Paragraph::index within that article.

#include <QList>
#include <QString>
#include <QStringList>

namespace Synoptic::Core {

struct ParagraphRef {
    int article = -1;
    int paragraph = -1;
    friend bool operator==(const ParagraphRef &, const ParagraphRef &) = default;
    friend auto operator<=>(const ParagraphRef &, const ParagraphRef &) = default;
};

struct AlignmentMember {
    int article = -1;
    int paragraph = -1;
    double score = 0; // similarity to the rest of the row, 0..1
    // The paragraph merges what the other articles wrote as two paragraphs, so it is a member
    // of this row and of one other (both memberships carry the flag).
    bool merged = false;
    ParagraphRef ref() const { return {article, paragraph}; }
};

// One row: paragraphs of different articles reporting the same content. An article may
// contribute two members when it split what another wrote as one paragraph.
struct AlignmentRow {
    int id = 0; // 1-based, in consensus order
    QList<AlignmentMember> members; // sorted by (article, paragraph)
};

struct Alignment {
    QList<AlignmentRow> rows; // consensus order
    QList<ParagraphRef> unaligned; // body paragraphs in no row ("only in X")
};

struct Family {
    QList<int> articles; // sorted
    int source = -1; // likely original, or -1 when nothing tells
    double shared = 0; // shared fraction of content, 0..1
};

struct SpellingVariant {
    QStringList forms; // most frequent first, e.g. {"Kyiv", "Kiev"}
    enum class State { Detected, Confirmed, Rejected } state = State::Detected;
};

QString variantStateName(SpellingVariant::State state); // "detected", "confirmed", "rejected"
SpellingVariant::State variantState(QStringView name); // Detected for anything else

} // namespace Synoptic::Core
