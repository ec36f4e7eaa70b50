// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/quotes/quoteanalyzer.h"

#include "core/quotes/quoteclusterer.h"
#include "core/quotes/quoteextractor.h"
#include "core/quotes/quotelexicon.h"
#include "core/quotes/speakerattributor.h"
#include "core/text/textnormalizer.h"

namespace Synoptic::Core {

QList<QuoteOccurrence> QuoteAnalyzer::occurrences(const QList<Article> &articles,
                                                  const QList<SpellingVariant> &variants) const
{
    const TextNormalizer normalizer(articles.isEmpty() ? QStringLiteral("en") : articles.front().language);
    const QuoteExtractor extractor;
    QList<QList<ExtractedQuote>> extracted;
    extracted.reserve(articles.size());
    for (const Article &article : articles)
        extracted.append(extractor.extract(article));

    SpeakerAttributor attributor(QuoteLexicon::builtIn(), normalizer, variants);
    attributor.learn(articles, extracted);

    QList<QuoteOccurrence> result;
    for (int a = 0; a < articles.size(); ++a) {
        const QStringList speakers = attributor.attribute(articles[a], extracted[a]);
        for (int q = 0; q < extracted[a].size(); ++q) {
            const ExtractedQuote &e = extracted[a][q];
            QuoteOccurrence o;
            o.article = a;
            o.paragraph = e.spans.front().paragraph;
            o.start = e.spans.front().start;
            o.end = e.spans.front().end;
            o.text = e.text;
            o.speaker = speakers.value(q);
            o.fragment = e.fragment;
            o.recovered = e.recovered;
            for (qsizetype s = 1; s < e.spans.size(); ++s)
                o.continuation.append({e.spans[s].paragraph, e.spans[s].start, e.spans[s].end});
            result.append(std::move(o));
        }
    }
    return result;
}

QList<QuoteCluster> QuoteAnalyzer::analyze(const QList<Article> &articles, const Alignment &alignment,
                                           const QList<SpellingVariant> &variants) const
{
    const QList<QuoteOccurrence> found = occurrences(articles, variants);
    const TextNormalizer normalizer(articles.isEmpty() ? QStringLiteral("en") : articles.front().language);
    const QuoteClusterer clusterer(normalizer, variants);
    return clusterer.cluster(found, articles, alignment);
}

} // namespace Synoptic::Core
