// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Finds quotations in the body paragraphs of one article: every common mark style, nesting,
// apostrophes, quotes continued across paragraphs, and recovery from missing closing marks
// (a quote runs past its paragraph only when the next paragraph re-opens it, or when a paragraph
// at most three ahead closes it with no other mark between), split quotations ('"A," she said,
// "b."') joined, and block quotations (a paragraph without marks after one ending in a colon).

#include "core/model/article.h"

#include <QList>
#include <QString>

namespace Synoptic::Core {

struct ExtractedQuote {
    struct Span {
        int paragraph = -1; // Paragraph::index
        qsizetype start = 0; // opening mark (UTF-16 offset into Paragraph::text)
        qsizetype end = 0; // one past the closing mark, or the end of the span when unclosed
        qsizetype innerStart = 0; // text between the marks
        qsizetype innerEnd = 0;
    };
    QList<Span> spans; // first span, then the second half of a split quote and the continuation in later paragraphs
    QString text; // inner text of every span, joined by a space
    bool fragment = false; // a phrase inside narration, not a full quoted sentence
    bool recovered = false; // a closing (or opening) mark was missing; the bounds are a guess
    bool split = false; // '"A," she said, "b."': halves in one paragraph joined into one quote
};

class QuoteExtractor
{
public:
    // Quotes of the article's Body paragraphs, in reading order.
    [[nodiscard]] QList<ExtractedQuote> extract(const Article &article) const;
    // Quotes of loose paragraphs (indexes 0..n-1); for tests and tools.
    [[nodiscard]] QList<ExtractedQuote> extract(const QStringList &paragraphs) const;

private:
    struct Source {
        int index;
        QString text;
        bool introduced = false; // the paragraph before (of any role) ends in a colon
    };
    [[nodiscard]] QList<ExtractedQuote> extractFrom(const QList<Source> &paragraphs) const;
};

} // namespace Synoptic::Core
