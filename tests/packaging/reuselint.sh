#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
# REUSE compliance as it will be once every source file has its header: copies the source tree
# (without build trees and git), runs packaging/add-spdx-headers.sh on the copy, twice, to
# check that it is idempotent, then `reuse lint`. The checkout itself is not changed.
#   reuselint.sh SOURCE_DIR SCRATCH_DIR
set -eu
command -v reuse >/dev/null || { echo "SKIPPED: reuse is not installed"; exit 77; }
src=$1 scratch=$2
rm -rf "$scratch"
mkdir -p "$scratch"
tar -C "$src" --exclude=./build --exclude=./.git --exclude=./.cache --exclude=./compile_commands.json \
    --exclude='*.user' --exclude=__pycache__ -cf - . | tar -C "$scratch" -xf -
"$src/packaging/add-spdx-headers.sh" "$scratch"
# A second run must change nothing.
snapshot=$(cd "$scratch" && find . -type f -exec md5sum {} + | sort)
second=$("$src/packaging/add-spdx-headers.sh" "$scratch")
echo "$second"
case "$second" in *": 0 file(s)"*) ;; *) echo "add-spdx-headers.sh is not idempotent"; exit 1 ;; esac
[ "$snapshot" = "$(cd "$scratch" && find . -type f -exec md5sum {} + | sort)" ] || { echo "second run changed files"; exit 1; }
cd "$scratch"
reuse --version
reuse lint
