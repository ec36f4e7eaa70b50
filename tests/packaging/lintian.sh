#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lintian on the .deb that builddeb.sh made in DEB_DIR: any error or warning fails; info
# and pedantic tags are printed for the log only.   lintian.sh DEB_DIR
set -eu
command -v lintian >/dev/null || { echo "SKIPPED: lintian is not installed"; exit 77; }
deb=$(ls "$1"/*.deb)
lintian --version
# As root, lintian would say so in a warning of its own; the package is what is checked here.
lintian --allow-root --fail-on error,warning --display-info --pedantic "$deb"
echo "lintian: no errors or warnings in $(basename "$deb")"
