// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Synoptic::Core {

// The bundled demo story's folder: the installed copy (XDG data dirs, synoptic/demo), or the
// source tree's resources/demo when running from a build tree. Empty when neither exists.
QString demoStoryFolder();

} // namespace Synoptic::Core
