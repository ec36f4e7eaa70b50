// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Quotations found in the articles and clustered across outlets.
// Offsets are UTF-16 positions in Paragraph::text; the JSON writer converts them to code points.

#include <QList>
#include <QString>

namespace Synoptic::Core {

struct QuoteOccurrence {
    int article = -1; // index into StoryAnalysis::articles
    int paragraph = -1; // Paragraph::index
    qsizetype start = 0; // inside the quotation marks' span, marks included
    qsizetype end = 0;
    QString text; // exact text as printed (without the outer marks)
    QString speaker; // canonical person name, empty when unknown
    bool fragment = false; // a phrase inside narration rather than a full quoted sentence
    bool recovered = false; // a quotation mark was missing; start/end are the extractor's best guess
    // Further pieces: the second half of a split quotation ('"A," she said, "b."', same paragraph)
    // and the quote's continuation in the next paragraph(s) of the same article.
    struct Piece {
        int paragraph = -1;
        qsizetype start = 0;
        qsizetype end = 0;
    };
    QList<Piece> continuation;
    // Joined from halves split by an attribution inside one paragraph.
    bool split() const
    {
        for (const Piece &p : continuation) {
            if (p.paragraph == paragraph)
                return true;
        }
        return false;
    }
};

struct QuoteCluster {
    int id = 0; // 1-based, in output order (outlets desc, then first appearance)
    QString text; // canonical: the longest well-formed version
    QString speaker; // empty when unknown
    QList<QuoteOccurrence> occurrences;
    QList<int> paraphrasedIn; // articles whose aligned paragraph says it without quotation marks
    int outletCount() const;
};

} // namespace Synoptic::Core
