// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Test helpers for the quote tests: Articles built from plain text the way the brief asks
// (blank-line separated paragraphs, or one per line when a file has no blank lines).

#include "core/model/article.h"
#include "core/model/quotes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>

namespace QuoteFixtures {

inline Synoptic::Core::Article articleFromText(const QString &text, const QString &file = {})
{
    using namespace Synoptic::Core;
    Article article;
    article.file = file;
    article.outlet = file;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const bool blankLines = normalized.contains(QRegularExpression(QStringLiteral("\\n[ \\t]*\\n")));
    const QStringList parts = blankLines ? normalized.split(QRegularExpression(QStringLiteral("\\n[ \\t]*\\n")))
                                         : normalized.split(u'\n');
    for (const QString &part : parts) {
        const QString simplified = part.simplified();
        if (simplified.isEmpty())
            continue;
        Paragraph p;
        p.index = int(article.paragraphs.size());
        p.role = ParagraphRole::Body;
        p.text = simplified;
        article.paragraphs.append(p);
    }
    return article;
}

// A short stable identifier of a text: first 4 folded words, hashed (no news text in goldens).
inline QString textId(const QString &text)
{
    QStringList words;
    for (const QString &w : text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
        words.append(w);
        if (words.size() == 4)
            break;
    }
    return QString::fromLatin1(QCryptographicHash::hash(words.join(u' ').toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
}

// With SYNOPTIC_QUOTES_DUMP set, prints every cluster and occurrence (for reading them through).
inline void dumpClusters(const QList<Synoptic::Core::QuoteCluster> &clusters, const QList<Synoptic::Core::Article> &articles)
{
    if (!qEnvironmentVariableIsSet("SYNOPTIC_QUOTES_DUMP"))
        return;
    for (const Synoptic::Core::QuoteCluster &c : clusters) {
        qInfo().noquote() << QStringLiteral("#%1 [%2 outlets] speaker=%3 paraphrased=%4 :: %5")
                                 .arg(c.id).arg(c.outletCount()).arg(c.speaker).arg(c.paraphrasedIn.size()).arg(c.text);
        for (const Synoptic::Core::QuoteOccurrence &o : c.occurrences)
            qInfo().noquote() << QStringLiteral("     %1 p%2 %3%4+%5 spk=%6 :: %7")
                                     .arg(articles.value(o.article).file).arg(o.paragraph)
                                     .arg(o.fragment ? QStringLiteral("frag ") : QString(),
                                          o.recovered ? QStringLiteral("recov ") : QString())
                                     .arg(o.continuation.size()).arg(o.speaker, o.text);
    }
}

} // namespace QuoteFixtures
