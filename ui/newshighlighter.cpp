// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/newshighlighter.h"

#include <KSyntaxHighlighting/Repository>

#include <QTextDocument>

namespace Synoptic::Ui {

NewsHighlighter::NewsHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
}

NewsHighlighter::NewsHighlighter(QObject *parent)
    : KSyntaxHighlighting::SyntaxHighlighter(parent)
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
        // Merged run by run of equal syntax formats, not character by character.
        const qsizetype end = qMin(span.start + span.length, text.size());
        qsizetype i = qMax<qsizetype>(0, span.start);
        while (i < end) {
            const QTextCharFormat syntax = format(int(i));
            qsizetype j = i + 1;
            while (j < end && format(int(j)) == syntax)
                ++j;
            QTextCharFormat merged = syntax;
            merged.merge(span.format);
            setFormat(int(i), int(j - i), merged);
            i = j;
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
