// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Highlights one text document with the "News Article" syntax definition and theme, then
// merges our semantic layer on top (shared quotes, disputed/agreed figures, word differences).
// Semantic spans are given per block in document positions; they never replace the theme's
// formats, they are merged into them.

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QHash>
#include <QTextCharFormat>

namespace Synoptic::Ui {

struct SemanticSpan {
    qsizetype start = 0; // position in the block
    qsizetype length = 0;
    QTextCharFormat format;
};

class NewsHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit NewsHighlighter(QTextDocument *document);
    // Not attached yet: set definition, theme and spans, then setDocument() and highlight once.
    explicit NewsHighlighter(QObject *parent);
    void setSpans(QHash<int, QList<SemanticSpan>> spansByBlock);

protected:
    void highlightBlock(const QString &text) override;

private:
    QHash<int, QList<SemanticSpan>> m_spans;
};

// The repository with our syntax definition (bundled as a Qt resource) added.
void addNewsArticleDefinition(KSyntaxHighlighting::Repository &repository);
QString newsArticleDefinitionName();

} // namespace Synoptic::Ui
