// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Stores and loads the engines' results (alignment, families, variants, quotes, numbers)
// for a story in the library, each with the hash of the inputs it was computed from, so
// StoryAnalyzer recomputes an engine only when its inputs or version changed.
// Works on a Library's connection: same thread rules as Library.

#include "core/model/storyanalysis.h"

#include <optional>

namespace Synoptic::Core {

class Library;

class ResultStore
{
public:
    explicit ResultStore(Library &library);

    // The input hash stored with an engine's results ("align", "quotes", "numbers"), or empty.
    [[nodiscard]] QByteArray inputHash(const QString &folder, const QString &engine) const;

    struct AlignmentResults {
        Alignment alignment;
        QList<Family> families;
        QList<SpellingVariant> variants;
    };

    // Each save replaces the engine's previous results in one transaction.
    bool saveAlignment(const QString &folder, const QByteArray &inputHash, const AlignmentResults &results);
    bool saveQuotes(const QString &folder, const QByteArray &inputHash, const QList<QuoteCluster> &quotes);
    bool saveNumbers(const QString &folder, const QByteArray &inputHash, const QList<NumberGroup> &numbers);

    // nullopt unless results stored with exactly this input hash exist.
    [[nodiscard]] std::optional<AlignmentResults> loadAlignment(const QString &folder, const QByteArray &inputHash) const;
    [[nodiscard]] std::optional<QList<QuoteCluster>> loadQuotes(const QString &folder, const QByteArray &inputHash) const;
    [[nodiscard]] std::optional<QList<NumberGroup>> loadNumbers(const QString &folder, const QByteArray &inputHash) const;

    [[nodiscard]] QString error() const { return m_error; }

private:
    bool begin(const QString &folder, const QString &engine, qint64 *story);
    bool finish(qint64 story, const QString &engine, const QByteArray &inputHash);
    bool failed(const QString &detail);

    Library &m_library;
    QString m_error;
};

} // namespace Synoptic::Core
