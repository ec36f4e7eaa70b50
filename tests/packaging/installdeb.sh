#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the .deb that builddeb.sh made in DEB_DIR into a clean Debian 13 root (mmdebstrap,
# variant apt: only essential packages and apt; apt resolves the package's Depends from the
# archive, so a missing dependency shows here), then runs the installed program there:
# `synoptic --version` and an export of the installed demo story to PDF. Needs the network to
# reach the Debian archive (ctest label "network"); the root is thrown away afterwards.
#   installdeb.sh DEB_DIR [MIRROR]
set -eu
# mmdebstrap hands apt a pipe as "cat >&N", which /bin/sh cannot parse for N above 9; under
# ctest many descriptors are open, so the pipe would get a high number: close them all first.
for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null || true
done
command -v mmdebstrap >/dev/null || { echo "SKIPPED: mmdebstrap is not installed"; exit 77; }
deb=$(ls "$1"/*.deb)
mirror=${2:-${SYNOPTIC_MIRROR:-http://deb.debian.org/debian}}
case "$deb" in /*) ;; *) deb=$PWD/$deb ;; esac
start=$(date +%s)
# No display in the root: export needs none, and --version none either.
# apt installs the package with dpkg inside the new root, so the .deb is copied there first, at
# the same path, before apt runs.
mmdebstrap --variant=apt --include="$deb" \
    --setup-hook='mkdir -p "$1'"$(dirname "$deb")"'" && cp '"'$deb'"' "$1'"$deb"'"' \
    --customize-hook='chroot "$1" dpkg-query -W -f="installed: \${Package} \${Version}\nDepends: \${Depends}\n" synoptic' \
    --customize-hook='chroot "$1" env -u DISPLAY -u WAYLAND_DISPLAY synoptic --version' \
    --customize-hook='chroot "$1" env -u DISPLAY -u WAYLAND_DISPLAY HOME=/tmp synoptic export /usr/share/synoptic/demo --library /tmp/library.sqlite --pdf /tmp/demo.pdf' \
    --customize-hook='chroot "$1" sh -c "test -s /tmp/demo.pdf && head -c 5 /tmp/demo.pdf | grep -q %PDF && echo \"exported the demo: \$(wc -c </tmp/demo.pdf) bytes of PDF\""' \
    --customize-hook='chroot "$1" sh -c "test -s /usr/share/man/man1/synoptic.1.gz && test -s /usr/share/doc/synoptic/copyright"' \
    trixie /dev/null "$mirror"
echo "install test passed in $(( $(date +%s) - start )) s"
