// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/outletpalette.h"

#include <array>

namespace Synoptic::Core {

namespace {
// Okabe-Ito's colour-blind-safe eight first (yellow darkened for print on white), then
// twelve further hues from Tableau 20 / Paul Tol's muted set, which differ in lightness too.
constexpr std::array s_palette{
    u"#0072B2", u"#D55E00", u"#009E73", u"#CC79A7", u"#E69F00", u"#56B4E9", u"#B8A400", u"#555555",
    u"#882255", u"#44AA99", u"#332288", u"#999933", u"#AA4499", u"#117733", u"#88CCEE", u"#DDCC77",
    u"#8C564B", u"#7F7F7F", u"#1F77B4", u"#FF7F0E",
};
} // namespace

QString outletColour(int position)
{
    if (position < 0)
        position = 0;
    return QString(s_palette[size_t(position) % s_palette.size()]);
}

} // namespace Synoptic::Core
