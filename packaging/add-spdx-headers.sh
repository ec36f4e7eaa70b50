#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds the SPDX copyright and licence header to every source file of the repository that can
# carry a comment and has none yet (REUSE, https://reuse.software). Files that cannot carry a
# comment (data, images, goldens, Markdown, JSON, translations) get their licence from
# REUSE.toml instead. Running it twice changes nothing.
#   packaging/add-spdx-headers.sh [TREE]    (default: the repository this script is in)
# Afterwards `reuse lint` in TREE must report no problems (tests/packaging checks that on a copy).
set -euo pipefail

tree=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cd "$tree"
year=${SYNOPTIC_SPDX_YEAR:-2026}
holder="The Synoptic authors"
licence=GPL-3.0-or-later

# REUSE-IgnoreStart (the tags below are this script's text, not its own licence)
tag_copyright="SPDX-FileCopyrightText: $year $holder"
tag_licence="SPDX-License-Identifier: $licence"
marker="SPDX-License-Identifier:"
# REUSE-IgnoreEnd

# The files to consider: those git tracks (and new ones it does not ignore), or every file when
# the tree is not the top of a git checkout (a copy). Build trees and the licence texts are never touched.
list_files() {
    if [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$(pwd -P)" ]; then
        git ls-files --cached --others --exclude-standard
    else
        find . -type f -not -path './build/*' -not -path './.git/*' -not -path './.cache/*' | sed 's|^\./||'
    fi
}

# The comment style of a file, or nothing when it gets its licence from REUSE.toml.
style_of() {
    case "$1" in
    LICENSES/*) ;;
    *.cpp | *.h | *.h.in) echo slashes ;;
    CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh | *.py | .ci/run | .gitignore | .clang-format) echo hash ;;
    packaging/build-depends.txt | *.desktop | *.yml | *.yaml | *.h2m) echo hash ;;
    esac
}

changed=0
while IFS= read -r file; do
    [ -f "$file" ] || continue
    style=$(style_of "$file")
    [ -n "$style" ] || continue
    head -n 12 "$file" | grep -q "$marker" && continue
    case "$style" in
    slashes) header="// $tag_copyright"$'\n'"// $tag_licence"$'\n' ;;
    hash) header="# $tag_copyright"$'\n'"# $tag_licence"$'\n' ;;
    esac
    tmp=$(mktemp "${file}.spdx.XXXXXX")
    # A shebang must stay the first line; the header goes right after it.
    if head -n 1 "$file" | grep -q '^#!'; then
        { head -n 1 "$file"; printf '%s' "$header"; tail -n +2 "$file"; } >"$tmp"
    else
        { printf '%s\n' "$header"; cat "$file"; } >"$tmp"
    fi
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
    changed=$((changed + 1))
done < <(list_files)
echo "add-spdx-headers: $changed file(s) given a header"
