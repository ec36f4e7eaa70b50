// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringView>

namespace Synoptic::Core {

// General-purpose stop words (Snowball's list) for `language`; words must be folded (lower case,
// straight apostrophes). Languages without a list have no stop words.
bool isStopWord(QStringView foldedWord, QStringView language);

} // namespace Synoptic::Core
