// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Test helpers: an Article from plain text without the importer (paragraphs separated by
// blank lines; text with (almost) no blank lines is split on lines instead), and a story
// folder read by the real importer, as users get it. Header-only so any test can use it.

#include "core/import/folderimporter.h"
#include "core/model/article.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace Synoptic::Testing {

inline QStringList splitParagraphs(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList blocks;
    for (const QString &b : normalized.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        if (!b.trimmed().isEmpty())
            blocks.append(b.simplified());
    }
    QStringList lines;
    for (const QString &l : normalized.split(u'\n', Qt::SkipEmptyParts)) {
        if (!l.trimmed().isEmpty())
            lines.append(l.simplified());
    }
    // One or two blocks of many lines: a file without blank lines between paragraphs.
    return blocks.size() <= 2 && lines.size() > 2 * blocks.size() ? lines : blocks;
}

inline Core::Article articleFromParagraphs(const QStringList &paragraphs, const QString &file = {})
{
    Core::Article article;
    article.file = file;
    article.outlet = QFileInfo(file).baseName();
    article.format = QStringLiteral("txt");
    for (const QString &text : paragraphs) {
        Core::Paragraph p;
        p.index = int(article.paragraphs.size());
        p.role = Core::ParagraphRole::Body;
        p.text = text;
        if (!article.cleanText.isEmpty())
            article.cleanText += QStringLiteral("\n\n");
        p.start = article.cleanText.size();
        article.cleanText += text;
        p.end = article.cleanText.size();
        article.paragraphs.append(p);
    }
    return article;
}

inline Core::Article articleFromText(const QString &text, const QString &file = {})
{
    return articleFromParagraphs(splitParagraphs(text), file);
}

// Empty article (and `ok` false) when the file cannot be read.
inline Core::Article articleFromFile(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    if (!opened)
        return {};
    return articleFromText(QString::fromUtf8(f.readAll()), QFileInfo(path).fileName());
}

// A story folder read by the real importer (core/import, as StoryAnalyzer does): formats,
// sidecar, outlets, paragraph roles (headline, metadata, captions and boilerplate are not
// Body, so the engines skip them). Sorted by file, like Library::loadStory. Empty when the
// folder holds nothing importable.
inline QList<Core::Article> importedArticles(const QString &folder)
{
    return Core::FolderImporter::import(folder).changed;
}

} // namespace Synoptic::Testing
