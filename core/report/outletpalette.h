// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Outlet colours for reports and views: up to 20 hues that stay apart from each other, as
// "#rrggbb" strings so core needs no Gui. Colour is never the only cue: reports also number
// the outlets.

#include <QString>

namespace Synoptic::Core {

// Colour of the outlet at `position` (0-based, in story order); wraps after 20.
QString outletColour(int position);

} // namespace Synoptic::Core
