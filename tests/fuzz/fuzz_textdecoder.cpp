// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz harness: the text decoder on raw file bytes (BOMs, UTF-8/16, uchardet's legacy guesses).
#include "core/import/textdecoder.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Synoptic::Core::DecodedText decoded = Synoptic::Core::TextDecoder::decode(SynopticFuzz::bytes(data, size));
    if (decoded.ok()) {
        // Promised by the decoder: one kind of line end, a named encoding, some text.
        SYNOPTIC_FUZZ_CHECK(!decoded.text.contains(QLatin1Char('\r')));
        SYNOPTIC_FUZZ_CHECK(!decoded.encoding.isEmpty());
        SYNOPTIC_FUZZ_CHECK(!decoded.text.trimmed().isEmpty());
    } else {
        SYNOPTIC_FUZZ_CHECK(decoded.text.isEmpty());
    }
    return 0;
}
