#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/fuzz/run_fuzzers.sh BUILD_DIR [MINUTES]: runs each libFuzzer harness of BUILD_DIR
# (preset fuzz) in turn for its share of MINUTES (default 5), from a seed corpus made at run
# time of our own inputs (tests/data/fuzz, tests/data) and of ../shared/corpora when present.
# Prints and writes BUILD_DIR/fuzz-work/summary.txt: executions, coverage, crashes per harness.
# A crashing, leaking or slow (> 1 s) input is minimised and copied to tests/data/fuzz/<harness>/,
# where the replay tests (ctest fuzz_replay_<harness>) pick it up. Exit 1 when any was found.
set -euo pipefail

build=${1:?usage: run_fuzzers.sh BUILD_DIR [MINUTES]}
minutes=${2:-5}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=$repo/../shared/corpora
harnesses=(textdecoder plaintext markdown html frontmatter sidecar story)
seconds=$(awk -v m="$minutes" -v n=${#harnesses[@]} 'BEGIN { s = int(m * 60 / n); print (s < 5 ? 5 : s) }')
work=$build/fuzz-work
mkdir -p "$work"
summary=$work/summary.txt
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LC_ALL=C.UTF-8

# seeds HARNESS DIR: fills DIR with the harness's seed inputs.
seeds() {
    local h=$1 dir=$2 f i=0
    cp "$repo/tests/data/fuzz/$h"/* "$dir"/ 2>/dev/null || true
    # The first files of a list, at most 40, truncated to 64 KB (the fuzzers cut them further).
    take() {
        local n=0
        while IFS= read -r f && [ $n -lt 40 ]; do
            head -c 65536 "$f" >"$dir/shared-$n-$(basename "$f")"
            n=$((n + 1))
        done
    }
    case $h in
    textdecoder | plaintext)
        find "$repo/tests/data/import" "$shared/seeds-kyiv-2025-04" "$shared/basil" -name '*.txt' 2>/dev/null | sort | take || true ;;
    markdown | frontmatter)
        find "$repo/tests/data" "$shared/basil" -name '*.md' 2>/dev/null | sort | take || true ;;
    html)
        find "$repo/tests/data/import" "$shared/readability-test-pages" "$shared/basil" -name '*.html' 2>/dev/null | sort | take || true ;;
    sidecar)
        find "$repo/tests/data" -name '*.csv' 2>/dev/null | sort | take || true ;;
    story)
        # Two or three articles of one story joined by 0x01, as the harness reads them.
        for story in $(find "$shared/basil" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort | head -20); do
            i=$((i + 1))
            { head -c 3000 "$story/fox.txt"; printf '\001'; head -c 3000 "$story/huffpost.md"; } >"$dir/shared-story-$i" 2>/dev/null || true
        done ;;
    esac
}

printf '%-12s %12s %10s %8s %8s  %s\n' harness executions exec/s cov ft result | tee "$summary"
total=0
failed=0
for h in "${harnesses[@]}"; do
    bin=$build/tests/fuzz/fuzz_$h
    [ -x "$bin" ] || { echo "run_fuzzers: $bin is missing (build the preset fuzz)" >&2; exit 2; }
    corpus=$work/corpus/$h
    seeddir=$work/seeds/$h
    artifacts=$work/artifacts/$h/
    rm -rf "$seeddir" "$artifacts"
    mkdir -p "$corpus" "$seeddir" "$artifacts"
    seeds "$h" "$seeddir"
    case $h in html | markdown | plaintext | textdecoder) maxlen=32768 ;; *) maxlen=8192 ;; esac
    log=$work/$h.log
    status=0
    "$bin" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2560 -max_len=$maxlen -print_final_stats=1 \
        -artifact_prefix="$artifacts" "$corpus" "$seeddir" >"$log" 2>&1 || status=$?
    execs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log" | tail -1)
    persec=$(awk '/stat::average_exec_per_sec/ { print $2 }' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    result=ok
    found=$(find "$artifacts" -type f | sort)
    if [ "$status" != 0 ] || [ -n "$found" ]; then
        result="FAILED (exit $status; log $log)"
        failed=1
        for a in $found; do
            kept=$repo/tests/data/fuzz/$h/$(basename "$a")
            case $(basename "$a") in
            crash-* | timeout-*)
                "$bin" -minimize_crash=1 -runs=20000 -timeout=1 -exact_artifact_path="$kept" "$a" >>"$log" 2>&1 || cp "$a" "$kept" ;;
            *) cp "$a" "$kept" ;;
            esac
            [ -f "$kept" ] || cp "$a" "$kept"
            result="$result; kept $(basename "$a")"
        done
    fi
    total=$((total + ${execs:-0}))
    printf '%-12s %12s %10s %8s %8s  %s\n' "$h" "${execs:-0}" "${persec:-0}" "${cov:-?}" "${ft:-?}" "$result" | tee -a "$summary"
done
printf '%-12s %12s  (%s s per harness)\n' total "$total" "$seconds" | tee -a "$summary"
exit $failed
