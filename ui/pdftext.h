// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The text layer of PDF files through QtPdf, for the core PDF reader (core links no Gui,
// QtPdf does). Installed once at start-up by every entry point that imports folders.

namespace Synoptic::Ui {

void installPdfTextExtractor();

} // namespace Synoptic::Ui
