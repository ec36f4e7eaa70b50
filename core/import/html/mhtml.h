// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Single-file web page saves (.mhtml / .mht, "Webpage, single file"): a MIME message, usually
// multipart/related, whose first text/html part is the page; it may be quoted-printable or
// base64 and names its charset. The images and style sheets in the other parts are ignored.

#include "core/import/textdecoder.h"

#include <QByteArray>
#include <QString>

namespace Synoptic::Core {

struct MhtmlPage {
    QByteArray html; // the page's bytes, transfer encoding undone
    QString charset; // from the part's Content-Type; empty when not stated
    QString location; // Content-Location of the page part (its address)
    QString error; // why no page was found, for the import report
};

class Mhtml
{
public:
    [[nodiscard]] static MhtmlPage htmlPart(const QByteArray &bytes);
    // The page as text: its stated charset when Qt knows it, else the usual detection.
    [[nodiscard]] static DecodedText decode(const QByteArray &bytes);
    [[nodiscard]] static QByteArray decodeQuotedPrintable(const QByteArray &bytes);
};

} // namespace Synoptic::Core
