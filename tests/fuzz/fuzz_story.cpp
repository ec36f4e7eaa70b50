// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz harness: the analysis of one small story built from the input. The bytes are cut at
// each 0x01 into up to four articles (the first byte of each picks .txt, .md or .html), which
// are imported and then aligned, and their quotes and numbers extracted and grouped: the
// engines on text no test writer would think of.
#include "core/align/storyaligner.h"
#include "core/import/folderimporter.h"
#include "core/numbers/numberanalyzer.h"
#include "core/quotes/quoteanalyzer.h"
#include "fuzzsupport.h"

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = SynopticFuzz::bytes(data, size).split('\x01');
    QList<Article> articles;
    for (qsizetype i = 0; i < parts.size() && articles.size() < 4; ++i) {
        const QByteArray &part = parts[i];
        static const char *const suffixes[] = {"txt", "md", "html"};
        const char *suffix = suffixes[part.isEmpty() ? 0 : uchar(part.front()) % 3];
        Article article = FolderImporter::readFile(part, u"%1.%2"_s.arg(i).arg(QLatin1StringView(suffix)));
        SynopticFuzz::checkArticle(article);
        if (!article.bodyParagraphs().isEmpty())
            articles.append(std::move(article));
    }
    if (articles.isEmpty())
        return 0;
    const AlignResult aligned = StoryAligner().align(articles);
    for (const AlignmentRow &row : aligned.alignment.rows) {
        for (const auto &member : row.members)
            SYNOPTIC_FUZZ_CHECK(member.article >= 0 && member.article < articles.size());
    }
    const QList<QuoteCluster> quotes = QuoteAnalyzer().analyze(articles, aligned.alignment, aligned.variants);
    for (const QuoteCluster &cluster : quotes) {
        for (const QuoteOccurrence &o : cluster.occurrences) {
            SYNOPTIC_FUZZ_CHECK(o.article >= 0 && o.article < articles.size());
            const Article &a = articles[o.article];
            SYNOPTIC_FUZZ_CHECK(o.paragraph >= 0 && o.paragraph < a.paragraphs.size());
            SYNOPTIC_FUZZ_CHECK(o.start >= 0 && o.start <= o.end && o.end <= a.paragraphs[o.paragraph].text.size());
        }
    }
    const QList<NumberGroup> numbers = NumberAnalyzer().analyze(articles, aligned.alignment);
    for (const NumberGroup &group : numbers) {
        for (const NumberMention &m : group.mentions) {
            SYNOPTIC_FUZZ_CHECK(m.article >= 0 && m.article < articles.size());
            const Article &a = articles[m.article];
            SYNOPTIC_FUZZ_CHECK(m.paragraph >= 0 && m.paragraph < a.paragraphs.size());
            SYNOPTIC_FUZZ_CHECK(m.start >= 0 && m.start <= m.end && m.end <= a.paragraphs[m.paragraph].text.size());
        }
    }
    return 0;
}
