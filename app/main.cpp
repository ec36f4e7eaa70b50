// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// synoptic: the desktop reader, and its command line (analyze, export) for scripts.

#include "app/commandline.h"

int main(int argc, char **argv)
{
    return Synoptic::App::run(argc, argv);
}
