// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/numbers/numberanalyzer.h"

#include "core/numbers/numbercomparer.h"
#include "core/numbers/numberextractor.h"
#include "core/numbers/numberlexicon.h"
#include "core/numbers/subjectresolver.h"

#include <QLoggingCategory>

namespace Synoptic::Core {

namespace {

Q_LOGGING_CATEGORY(lcNumbers, "synoptic.numbers")

QList<ResolvedMention> resolveAll(const QList<Article> &articles, const NumberLexicon &lexicon)
{
    // The lexicon and the number grammar are English; other languages simply find fewer subjects.
    const TextNormalizer normalizer(QStringLiteral("en"));
    const NumberExtractor extractor(lexicon);
    const SubjectResolver resolver(lexicon);
    QList<ResolvedMention> out;
    for (int a = 0; a < articles.size(); ++a) {
        const Article &article = articles[a];
        for (int p : article.bodyParagraphs()) {
            if (p < 0 || p >= article.paragraphs.size())
                continue;
            const Paragraph &paragraph = article.paragraphs[p];
            const QList<Token> tokens = normalizer.tokenize(paragraph.text);
            const QList<ExtractedNumber> numbers = extractor.extract(paragraph.text, tokens);
            out += resolver.resolve(paragraph.text, tokens, numbers, a, paragraph.index);
        }
    }
    return out;
}

NumberLexicon loadLexicon()
{
    QString error;
    NumberLexicon lexicon = NumberLexicon::builtIn(&error);
    if (!error.isEmpty())
        qCWarning(lcNumbers, "%s", qUtf8Printable(error));
    return lexicon;
}

} // namespace

QList<NumberGroup> NumberAnalyzer::analyze(
    const QList<Article> &articles, const Alignment &alignment) const
{
    const NumberLexicon lexicon = loadLexicon();
    QStringList published;
    QStringList outlets;
    for (const Article &article : articles) {
        published.append(article.published);
        outlets.append(article.outlet);
    }
    return NumberComparer(lexicon).compare(
        resolveAll(articles, lexicon), alignment, published, outlets);
}

QList<NumberMention> NumberAnalyzer::mentions(const QList<Article> &articles) const
{
    const NumberLexicon lexicon = loadLexicon();
    QList<NumberMention> out;
    for (const ResolvedMention &r : resolveAll(articles, lexicon))
        out.append(r.mention);
    return out;
}

} // namespace Synoptic::Core
