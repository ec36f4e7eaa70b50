// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The library's schema, one entry per PRAGMA user_version step, applied in order. Never edit
// a released step: add a new one. Later issues append their tables here.

#include <QStringList>

namespace Synoptic::Core::LibraryMigrations {

// Statements of the step that brings the schema from version `i` to `i + 1`.
const QList<QStringList> &steps();

} // namespace Synoptic::Core::LibraryMigrations
