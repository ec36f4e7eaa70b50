#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a configured and built tree with CPack into OUTDIR (the fixture of the
# lintian and install tests).   builddeb.sh BUILD_DIR OUTDIR
set -eu
build=$1 out=$2
rm -rf "$out"
mkdir -p "$out"
if ! command -v dpkg-shlibdeps >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "SKIPPED: no dpkg-deb or dpkg-shlibdeps here (not a Debian system)"
    exit 77
fi
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "built $deb"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
