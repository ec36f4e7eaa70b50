#include "ui/newshighlighter.h"

#include <KSyntaxHighlighting/Repository>

#include <QTextDocument>

namespace Synoptic::Ui {

NewsHighlighter::NewsHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
}

void NewsHighlighter::setSpans(QHash<int, QList<SemanticSpan>> spansByBlock)
{
    m_spans = std::move(spansByBlock);
}

void NewsHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const auto it = m_spans.constFind(currentBlock().blockNumber());
    if (it == m_spans.cend())
        return;
    for (const SemanticSpan &span : *it) {
        const qsizetype end = qMin(span.start + span.length, text.size());
        for (qsizetype i = qMax<qsizetype>(0, span.start); i < end; ++i) {
            QTextCharFormat merged = format(int(i));
            merged.merge(span.format);
            setFormat(int(i), 1, merged);
        }
    }
}

void addNewsArticleDefinition(KSyntaxHighlighting::Repository &repository)
{
    // ui/CMakeLists.txt compiles resources/syntax/ into :/synoptic/syntax/.
    const QString path = QStringLiteral(":/synoptic");
    if (!repository.customSearchPaths().contains(path))
        repository.addCustomSearchPath(path);
}

QString newsArticleDefinitionName()
{
    return QStringLiteral("News Article");
}

} // namespace Synoptic::Ui
