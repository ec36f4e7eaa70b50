// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz harness: a story folder's sources.csv (RFC 4180 quoting, any column order).
#include "core/import/sidecar.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto entries = Synoptic::Core::Sidecar::parse(QString::fromUtf8(SynopticFuzz::bytes(data, size)), &error);
    SYNOPTIC_FUZZ_CHECK(error.isEmpty() || entries.isEmpty());
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        // Keys are paths relative to the folder with '/' separators.
        SYNOPTIC_FUZZ_CHECK(!it.key().isEmpty() && !it.key().startsWith(u"./"_s) && !it.key().contains(QLatin1Char('\\')));
    }
    return 0;
}
