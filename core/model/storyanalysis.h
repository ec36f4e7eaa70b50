// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Everything Synoptic knows about one story (a folder): the articles and every engine's
// result. A plain value that is copied to the GUI thread, stored, and written as JSON.

#include "core/model/alignment.h"
#include "core/model/article.h"
#include "core/model/numbers.h"
#include "core/model/quotes.h"

namespace Synoptic::Core {

struct StoryAnalysis {
    QString folder; // absolute path of the story folder
    QString title; // most common headline, or the folder name
    QList<Article> articles; // sorted by file; JSON id = index + 1
    QList<SkippedFile> skipped;
    Alignment alignment;
    QList<Family> families;
    QList<SpellingVariant> variants;
    QList<QuoteCluster> quotes;
    QList<NumberGroup> numbers;
};

} // namespace Synoptic::Core
