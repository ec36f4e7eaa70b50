#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Synoptic's build root: a Debian 13 (trixie) tree made with mmdebstrap from
# packaging/build-depends.txt and entered with bubblewrap, the way sbuild builds in a
# clean chroot. On a host that already has Qt >= 6.5 and KF6SyntaxHighlighting the same
# subcommands run natively (force either way with SYNOPTIC_NATIVE=1 or 0).
#
#   packaging/devroot.sh run            the main job: Synoptic on the demo story
#   packaging/devroot.sh test           build (preset ci) and run the whole test suite
#   packaging/devroot.sh build [PRESET [TARGET...]]  configure and build a preset (default: dev), or only some targets
#   packaging/devroot.sh shell          an interactive shell inside the root
#   packaging/devroot.sh exec -- CMD... run CMD inside the root, from the repository root
#   packaging/devroot.sh bench          release build + benchmark suite: build/bench/summary.json, tests/bench/RESULTS.md
#   packaging/devroot.sh eval           release build + accuracy on the dev sets: build/eval/summary.json, tests/eval/RESULTS.md
#   packaging/devroot.sh package        release build + the Debian package: build/package/synoptic_VERSION_ARCH.deb
#   packaging/devroot.sh fuzz [MINUTES] the libFuzzer harnesses of tests/fuzz in turn (preset fuzz)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pkgfile=$repo/packaging/build-depends.txt
suite=trixie
mirror=${SYNOPTIC_MIRROR:-http://deb.debian.org/debian}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/synoptic

say() { printf 'devroot: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$pkgfile" | grep -v '^$' | sort -u; }
roothash=$({ echo "$suite $mirror"; packages; } | sha256sum | cut -c1-16)
root=$cache/root-$roothash

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

native_host() {
    case "${SYNOPTIC_NATIVE:-auto}" in 1) return 0 ;; 0) return 1 ;; esac
    local qtpaths ver
    qtpaths=$(command -v qtpaths6 || command -v qtpaths || true)
    [ -n "$qtpaths" ] || return 1
    ver=$("$qtpaths" --qt-version 2>/dev/null || echo 0)
    [ "$(printf '%s\n6.5\n' "$ver" | sort -V | head -1)" = 6.5 ] || return 1
    compgen -G "/usr/lib*/cmake/KF6SyntaxHighlighting" >/dev/null \
        || compgen -G "/usr/lib/*/cmake/KF6SyntaxHighlighting" >/dev/null
}

ensure_host_tools() {
    local missing=()
    command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
    command -v bwrap >/dev/null || missing+=(bubblewrap)
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing on the host: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Creates the root once per package list. The tree is built under a temporary name and
# renamed into place only when mmdebstrap succeeded, so an interrupted run never leaves a
# root that looks finished; a lock keeps two concurrent runs from building it twice.
ensure_root() {
    [ -f "$root/.synoptic-ready" ] && return 0
    ensure_host_tools
    mkdir -p "$cache"
    exec 9>"$cache/.lock"
    flock 9
    if [ ! -f "$root/.synoptic-ready" ]; then
        local tmp="$cache/.partial-$roothash" t0=$SECONDS
        rm -rf "$tmp"
        say "creating the Debian 13 build root in $root (about a minute and a half)"
        local include
        include=$(packages | paste -sd, -)
        if ! mmdebstrap --quiet --variant=apt --include="$include" "$suite" "$tmp" "$mirror" \
            >"$cache/mmdebstrap.log" 2>&1; then
            tail -20 "$cache/mmdebstrap.log" >&2
            rm -rf "$tmp"
            die "mmdebstrap failed (log: $cache/mmdebstrap.log)"
        fi
        touch "$tmp/.synoptic-ready"
        rm -rf "$root"
        mv -T "$tmp" "$root"
        # Keep the five newest roots (other checkouts may use another package list right now);
        # an older one is removed only when no build is running in it (see in_root's lock).
        local old
        for old in $(ls -1dt "$cache"/root-* 2>/dev/null | tail -n +6); do
            if ( flock -n -x 8 && rm -rf "$old" ) 8>"$old.lock"; then
                rm -f "$old.lock"
            else
                say "keeping $old: a build is using it"
            fi
        done
        say "build root ready in $((SECONDS - t0)) s"
    fi
    flock -u 9
}

# Runs a command inside the root: the repository (and ../shared beside it, read-only) are
# bound at their own paths; /tmp is fresh per call and HOME lives in build/home, so nothing a
# run writes (settings, the library) leaks into the cached root.
in_root() {
    local args=(--bind "$root" / --proc /proc --dev /dev --tmpfs /tmp
        --bind "$repo" "$repo" --chdir "$PWD" --unshare-pid --die-with-parent
        --clearenv --setenv PATH /usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
        --setenv HOME "$repo/build/home" --setenv LANG C.UTF-8 --setenv XDG_RUNTIME_DIR /tmp/runtime
        --setenv TERM "${TERM:-dumb}")
    # The compiler cache lives beside the roots, so fresh clones reuse each other's objects.
    mkdir -p "$cache/ccache"
    # Paths under the repository are hashed relative to it, so another clone or worktree of the
    # project (CI's fresh clone, a second checkout) hits the same cache entries.
    args+=(--bind "$cache/ccache" /var/cache/synoptic-ccache --setenv CCACHE_DIR /var/cache/synoptic-ccache
        --setenv CCACHE_BASEDIR "$repo" --setenv CCACHE_NOHASHDIR 1)
    [ -d "$repo/../shared" ] && args+=(--ro-bind "$(cd "$repo/../shared" && pwd)" "$(cd "$repo/../shared" && pwd)")
    local v
    for v in CI DISPLAY XAUTHORITY QT_QPA_PLATFORM CTEST_PARALLEL_LEVEL CMAKE_BUILD_PARALLEL_LEVEL \
        SYNOPTIC_DEMO_OUT $(compgen -v SYNOPTIC_BENCH_ || true); do
        [ -n "${!v:-}" ] && args+=(--setenv "$v" "${!v}")
    done
    [ -d /tmp/.X11-unix ] && args+=(--ro-bind /tmp/.X11-unix /tmp/.X11-unix)
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    # A shared lock on the root for as long as the command runs: another checkout's clean-up of
    # old roots never removes a root a build is using.
    exec 8>"$root.lock"
    flock -s 8
    bwrap "${args[@]}" /bin/sh -c 'mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR" && exec "$@"' sh "$@"
}

in_env() {
    if native_host; then "$@"; else ensure_root && in_root "$@"; fi
}

# build PRESET [TARGET...]: configure and build a preset, or only the given targets of it.
build() {
    local preset=${1:-dev} targets=""
    [ $# -gt 1 ] && targets="--target ${*:2}"
    in_env sh -c "cmake --preset '$preset' >/dev/null && cmake --build --preset '$preset' $targets"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
cd "$repo"
case "$cmd" in
build) build "${1:-dev}" "${@:2}" ;;
test)
    build ci
    in_env ctest --preset ci
    ;;
fuzz)
    # fuzz [MINUTES]: the libFuzzer harnesses of tests/fuzz (preset fuzz: clang, ASan, UBSan),
    # each in turn for its share of MINUTES (default 5); executions, coverage and crashes in
    # build/fuzz/fuzz-work/summary.txt; minimised crashing inputs land in tests/data/fuzz/.
    in_env sh -c "cmake --preset fuzz >/dev/null && cmake --build --preset fuzz"
    in_env tests/fuzz/run_fuzzers.sh build/fuzz "${1:-5}"
    ;;
run)
    build release synoptic
    bin=build/release/app/synoptic
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        in_env "$bin" --demo
    else
        # No display: export the demo story's comparison PDF and say where it is.
        out=${SYNOPTIC_DEMO_OUT:-$repo/build/demo/demo-comparison.pdf}
        mkdir -p "$(dirname "$out")"
        in_env "$bin" export "$repo/resources/demo" --library "$repo/build/demo/library.sqlite" --pdf "$out"
        echo "$out"
    fi
    ;;
bench)
    # Only the targets the suite runs: a full release build would also build every test.
    in_env sh -c "cmake --preset release >/dev/null && cmake --build --preset release --target \
        synoptic storygen bench_stages bench_naive bench_export bench_reader"
    # The worktree's git directory may not be visible inside the root: name the commit here.
    mkdir -p build/bench && { git rev-parse --short HEAD >build/bench/commit 2>/dev/null || rm -f build/bench/commit; }
    in_env tests/bench/run_benchmarks.sh build/release
    ;;
eval)
    # Accuracy on the development sets in ../shared: release build, then every set analysed and
    # scored (tests/eval/run_eval.py); writes build/eval/summary.json and tests/eval/RESULTS.md.
    in_env sh -c "cmake --preset release >/dev/null && cmake --build --preset release --target synoptic bench_naive"
    commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    [ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit+changes"
    in_env python3 tests/eval/run_eval.py --synoptic build/release/app/synoptic \
        --naive build/release/tests/bench/bench_naive --results tests/eval/RESULTS.md --commit "$commit" "$@"
    ;;
package)
    # An optimised build of only what the package installs (no tests), in a tree of its own.
    in_env sh -c "cmake -S . -B build/package-build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DBUILD_TESTING=OFF >/dev/null && cmake --build build/package-build"
    rm -rf build/package
    in_env cpack --config build/package-build/CPackConfig.cmake -B build/package >/dev/null
    ls "$repo"/build/package/*.deb
    ;;
shell) in_env bash ;;
exec)
    [ "${1:-}" = "--" ] && shift
    [ $# -gt 0 ] || die "exec needs a command: devroot.sh exec -- CMD..."
    in_env "$@"
    ;;
*)
    sed -n '/^# Synoptic.s build root/,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'
    [ -z "$cmd" ] || [ "$cmd" = help ] || [ "$cmd" = --help ] || exit 2
    ;;
esac
