// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz harness: a .md file imported on its own (decoder, the markdown reader, paragraph roles).
#include "core/import/folderimporter.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const Synoptic::Core::Article article =
        Synoptic::Core::FolderImporter::readFile(SynopticFuzz::bytes(data, size), u"fuzz.md"_s, &error);
    SYNOPTIC_FUZZ_CHECK(error.isEmpty() || article.paragraphs.isEmpty());
    SynopticFuzz::checkArticle(article);
    return 0;
}
