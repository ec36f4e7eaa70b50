// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The imported form of one article: metadata and its paragraphs with their roles.
// Plain value types; everything else in core reads these and never re-parses files.

#include <QByteArray>
#include <QList>
#include <QString>

namespace Synoptic::Core {

enum class ParagraphRole { Headline, Metadata, Body, Subhead, Caption, Boilerplate };

QString roleName(ParagraphRole role); // "headline", "metadata", "body", ...
ParagraphRole roleFromName(const QString &name, ParagraphRole fallback = ParagraphRole::Body);

struct Paragraph {
    int index = 0; // position in the article, 0-based, over all roles
    ParagraphRole role = ParagraphRole::Body;
    bool roleOverridden = false; // the user set the role; survives re-import
    QString text; // NFC, whitespace collapsed
    qsizetype start = 0; // offsets (UTF-16) into Article::cleanText
    qsizetype end = 0;
};

struct Article {
    // Path relative to the story folder, '/' separators. A file holding several articles (a
    // news-database export, a feed) gives each its own key: the path, '#' and the part
    // number from 1 ("exports/nexis.docx#2"). Article files always have a suffix, so the
    // fragment cannot be part of a real name.
    QString file;
    QString outlet;
    QString headline;
    QString byline; // empty when unknown
    QString published; // ISO 8601 date or date-time; empty when unknown
    QString url;
    QString dateline; // e.g. "KYIV, April 24 (Reuters)"; the text stays in the first body paragraph
    // Where the outlet name came from: "sidecar", "front-matter", "html-meta", "json-ld",
    // "text" (a credit line) or "file-name".
    QString outletSource;
    QString format; // "txt", "md", "html"
    QString encoding; // as detected, e.g. "UTF-8", "WINDOWS-1252"
    QString language = QStringLiteral("en"); // ISO 639-1, chooses the stemmer
    QByteArray contentHash; // SHA-256 of the raw file bytes
    QString cleanText; // paragraphs joined by blank lines
    QList<Paragraph> paragraphs;

    // Paragraph indexes of role Body, in order: what the engines compare.
    QList<int> bodyParagraphs() const;
    // The file the article was read from, and its part number in it (0: the whole file).
    QString sourceFile() const { return sourceFileOf(file); }
    int part() const;

    static QString sourceFileOf(const QString &file);
    static QString partFile(const QString &sourceFile, int part);
};

struct SkippedFile {
    QString file; // relative to the story folder
    QString reason; // one sentence a user understands
};

} // namespace Synoptic::Core
