// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Shared by the fuzz harnesses (tests/fuzz): the input as Qt types, and invariant checks that
// abort, so that libFuzzer (and the replay test) report a broken promise like a crash.

#include "core/model/article.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace SynopticFuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void broken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

#define SYNOPTIC_FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            ::SynopticFuzz::broken(#condition); \
    } while (false)

// What every imported article promises its users (the viewer, the engines): paragraphs in
// order, each one's [start, end) inside the clean text and holding exactly its text.
inline void checkArticle(const Synoptic::Core::Article &article)
{
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        const Synoptic::Core::Paragraph &p = article.paragraphs[i];
        SYNOPTIC_FUZZ_CHECK(p.index == i);
        SYNOPTIC_FUZZ_CHECK(p.start >= previousEnd && p.start <= p.end && p.end <= article.cleanText.size());
        SYNOPTIC_FUZZ_CHECK(QStringView(article.cleanText).mid(p.start, p.end - p.start) == p.text);
        previousEnd = p.end;
    }
}

} // namespace SynopticFuzz
