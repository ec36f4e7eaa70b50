// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace Synoptic::App {

// Dispatches `synoptic [FOLDER]` (the window) and the headless subcommands.
int run(int argc, char **argv);

// Exit codes of the headless commands.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2, NothingImportable = 3 };

} // namespace Synoptic::App
