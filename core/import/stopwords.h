// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// A general stop-word list (function words) per language, used by the boilerplate
// classifier's stop-word density the way jusText does. English only for now; other
// languages fall back to English, which makes density lower and the classifier stricter.

#include <QSet>
#include <QString>

namespace Synoptic::Core {

class StopWords
{
public:
    [[nodiscard]] static const QSet<QString> &forLanguage(const QString &language);
};

} // namespace Synoptic::Core
