#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole benchmark suite (issue 9), run by `packaging/devroot.sh bench` after it built the
# release preset. For N in 5, 50, 500, 5000 generated articles (storygen, fixed seed, made from
# the demo story's wire article): wall time and peak RSS of `synoptic analyze` cold (fresh
# library) and re-opened (same library, nothing changed), per-stage times (bench_stages), MB/s;
# StoryAligner against a naive all-pairs LCS aligner at 50 and 500 (bench_naive); PDF export
# pages/s (bench_export); GUI first paint and longest GUI-thread stall for 100 articles
# (bench_reader under xvfb-run). Writes build/bench/summary.json and tests/bench/RESULTS.md.
# Every figure is the median of ROUNDS runs (the machine may be shared).
#
#   tests/bench/run_benchmarks.sh [BUILD_DIR]          default build/release
#   SYNOPTIC_BENCH_SIZES="5 50"  SYNOPTIC_BENCH_ROUNDS=3  SYNOPTIC_BENCH_RESULTS=path.md
#   SYNOPTIC_BENCH_NAIVE_SIZES="50 500"   sizes for the naive reference (500 takes minutes)
#   SYNOPTIC_BENCH_ROUNDS_LARGE=1   rounds for 5,000 articles and more (each takes minutes)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
bin=${1:-build/release}
out=build/bench
sizes=${SYNOPTIC_BENCH_SIZES:-5 50 500 5000}
rounds=${SYNOPTIC_BENCH_ROUNDS:-3}
results=${SYNOPTIC_BENCH_RESULTS:-tests/bench/RESULTS.md}
seed=20261122
synoptic=$bin/app/synoptic
for tool in "$synoptic" "$bin/tests/tools/storygen" "$bin/tests/bench/bench_stages" "$bin/tests/bench/bench_naive" \
    "$bin/tests/bench/bench_export" "$bin/tests/bench_reader"; do
    [ -x "$tool" ] || { echo "run_benchmarks: $tool is missing (build the release preset)" >&2; exit 1; }
done
mkdir -p "$out"
log=$out/log.txt
: >"$log"
say() { printf '%s\n' "$*" | tee -a "$log" >&2; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "null"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now_ns() { date +%s%N; }

# One timed run of `synoptic analyze`: prints "<wall ms> <peak RSS KiB>". Wall time is taken
# around the process (start to JSON written); the peak RSS comes from GNU time (wait4 rusage).
analyze_once() {
    local folder=$1 library=$2 json=$3 t0 t1
    t0=$(now_ns)
    /usr/bin/time -f '%M' -o "$out/time.txt" "$synoptic" analyze "$folder" --library "$library" --json "$json" \
        >>"$log" 2>&1 || { echo "run_benchmarks: synoptic analyze failed on $folder (see $log)" >&2; exit 1; }
    t1=$(now_ns)
    echo "$(((t1 - t0) / 1000000)) $(tail -1 "$out/time.txt")"
}

json_sizes=""
declare -A cold_ms reopen_ms cold_rss reopen_rss mbps stage_line articles paragraphs
for n in $sizes; do
    folder=$out/stories/$n
    rm -rf "$folder"
    "$bin/tests/tools/storygen" "$n" "$seed" "$folder"
    bytes=$(find "$folder" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    library=$out/library-$n.sqlite
    runs=$rounds
    [ "$n" -ge 5000 ] && runs=${SYNOPTIC_BENCH_ROUNDS_LARGE:-1}
    : >"$out/cold.txt"
    : >"$out/reopen.txt"
    for ((r = 0; r < runs; ++r)); do
        rm -f "$library" "$library"-*
        analyze_once "$folder" "$library" "$out/analysis-$n.json" >>"$out/cold.txt"
    done
    for ((r = 0; r < runs; ++r)); do
        analyze_once "$folder" "$library" "$out/analysis-$n.json" >>"$out/reopen.txt"
    done
    cold_ms[$n]=$(cut -d' ' -f1 "$out/cold.txt" | median)
    cold_rss[$n]=$(cut -d' ' -f2 "$out/cold.txt" | median)
    reopen_ms[$n]=$(cut -d' ' -f1 "$out/reopen.txt" | median)
    reopen_rss[$n]=$(cut -d' ' -f2 "$out/reopen.txt" | median)
    mbps[$n]=$(awk -v b="$bytes" -v ms="${cold_ms[$n]}" 'BEGIN { printf "%.2f", b / 1048576 / (ms / 1000) }')
    "$bin/tests/bench/bench_stages" "$folder" "$runs" >"$out/stages-$n.txt"
    articles[$n]=$(awk '$1 == "articles" { print $2 }' "$out/stages-$n.txt")
    paragraphs[$n]=$(awk '$1 == "paragraphs" { print $2 }' "$out/stages-$n.txt")
    stages_json=$(awk '$1 == "stage" { printf "%s\"%s\": {\"wall_ms\": %s, \"cpu_ms\": %s}", sep, $2, $3, $4; sep = ", " }' "$out/stages-$n.txt")
    stage_line[$n]=$(awk '$1 == "stage" { w[$2] = $3; c[$2] = $4 }
        function f(s) { return sprintf("%.0f (%.0f)", w[s], c[s]) }
        END { w["stored"] = w["store"] + w["load"]; c["stored"] = c["store"] + c["load"]
              printf "%s | %s | %s | %s | %s | %s", f("read_parse"), f("stored"), f("alignment"), f("quotes"), f("numbers"), f("reopen_hash") }' "$out/stages-$n.txt")
    say "N=$n: $bytes bytes, cold ${cold_ms[$n]} ms (${cold_rss[$n]} KiB), re-open ${reopen_ms[$n]} ms; stages: ${stage_line[$n]}"
    json_sizes+="${json_sizes:+,
}    {\"articles\": $n, \"paragraphs\": ${paragraphs[$n]}, \"bytes\": $bytes,
     \"cold\": {\"wall_ms\": ${cold_ms[$n]}, \"peak_rss_kb\": ${cold_rss[$n]}, \"runs_ms\": [$(cut -d' ' -f1 "$out/cold.txt" | paste -sd, -)]},
     \"reopen\": {\"wall_ms\": ${reopen_ms[$n]}, \"peak_rss_kb\": ${reopen_rss[$n]}, \"runs_ms\": [$(cut -d' ' -f1 "$out/reopen.txt" | paste -sd, -)]},
     \"rounds\": $runs, \"throughput_mb_s\": ${mbps[$n]},
     \"stages\": {$stages_json}}"
done

# The naive reference aligner on the same stories (same N and seed).
json_naive=""
naive_rows=""
for n in ${SYNOPTIC_BENCH_NAIVE_SIZES:-50 500}; do
    case " $sizes " in *" $n "*) ;; *) continue ;; esac
    "$bin/tests/bench/bench_naive" "$n" "$seed" >"$out/naive-$n.txt"
    read -r _ a_ms a_p a_r a_f1 _ < <(grep '^storyaligner ' "$out/naive-$n.txt")
    read -r _ n_ms n_p n_r n_f1 _ < <(grep '^naive ' "$out/naive-$n.txt")
    speedup=$(awk -v a="$a_ms" -v b="$n_ms" 'BEGIN { printf "%.1f", b / a }')
    say "naive N=$n: StoryAligner $a_ms ms F1 $a_f1, naive $n_ms ms F1 $n_f1, speed-up ${speedup}x"
    naive_rows+="| $n | $a_ms | $a_f1 ($a_p / $a_r) | $n_ms | $n_f1 ($n_p / $n_r) | ${speedup}x |"$'\n'
    json_naive+="${json_naive:+, }{\"articles\": $n, \"storyaligner\": {\"ms\": $a_ms, \"precision\": $a_p, \"recall\": $a_r, \"f1\": $a_f1},
     \"naive\": {\"ms\": $n_ms, \"precision\": $n_p, \"recall\": $n_r, \"f1\": $n_f1}, \"speedup\": $speedup}"
    eval "naive_speedup_$n=$speedup; naive_f1_$n=$n_f1; aligner_f1_$n=$a_f1"
done

# PDF export: the five-outlet fixture and a generated 100-outlet story (median pages/s).
export_json=""
export_rows=""
for spec in "fixture" "large 100 40"; do
    : >"$out/export.txt"
    for ((r = 0; r < rounds; ++r)); do
        # shellcheck disable=SC2086
        QT_QPA_PLATFORM=offscreen "$bin/tests/bench/bench_export" $spec | tee -a "$log" >>"$out/export.txt"
    done
    pages=$(sed -n 's/.*: \([0-9]*\) pages;.*/\1/p' "$out/export.txt" | head -1)
    pps=$(sed -n 's/.*(\([0-9.]*\) pages\/s).*/\1/p' "$out/export.txt" | median)
    pdf_ms=$(sed -n 's/.*PDF \([0-9]*\) ms.*/\1/p' "$out/export.txt" | median)
    export_rows+="| $spec | $pages | $pdf_ms | $pps |"$'\n'
    export_json+="${export_json:+, }{\"case\": \"$spec\", \"pages\": $pages, \"pdf_ms\": $pdf_ms, \"pages_per_s\": $pps}"
done

# The reader: first paint and the longest GUI-thread stall for 100 articles, on a virtual X server.
# Stalls vary from run to run on a shared machine: at least ten runs, the median and the worst.
reader_rounds=$((rounds > 10 ? rounds : 10))
: >"$out/reader.txt"
for ((r = 0; r < reader_rounds; ++r)); do
    xvfb-run -a -s '-screen 0 1920x1080x24' "$bin/tests/bench_reader" 100 2>>"$log" | tee -a "$log" >>"$out/reader.txt" || true
done
first_paint=$(sed -n 's/.*first paint: \([0-9]*\) ms.*/\1/p' "$out/reader.txt" | median)
all_cells=$(sed -n 's/.*all cells built: \([0-9]*\) ms.*/\1/p' "$out/reader.txt" | median)
stall_load=$(sed -n 's/.*stall while loading: \([0-9]*\) ms.*/\1/p' "$out/reader.txt" | median)
stall_scroll=$(sed -n 's/.*stall while scrolling: \([0-9]*\) ms.*/\1/p' "$out/reader.txt" | median)
worst() { sort -g | tail -1; }
stall_load_worst=$(sed -n 's/.*stall while loading: \([0-9]*\) ms.*/\1/p' "$out/reader.txt" | worst)
stall_scroll_worst=$(sed -n 's/.*stall while scrolling: \([0-9]*\) ms.*/\1/p' "$out/reader.txt" | worst)
busy_load=$(sed -n 's/.*stall while loading: [0-9]* ms (of which the thread was busy \([0-9]*\) ms.*/\1/p' "$out/reader.txt" | median)
floor=$(sed -n 's/.*whole window at rest: longest stall \([0-9]*\) ms.*/\1/p' "$out/reader.txt" | median)

commit=$(git rev-parse --short HEAD 2>/dev/null || cat "$out/commit" 2>/dev/null || echo unknown)
load=$(cut -d' ' -f1-3 /proc/loadavg)
cores=$(nproc)
cat >"$out/summary.json" <<JSON
{
  "commit": "$commit", "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "cores": $cores, "load_average": "$load",
  "rounds": $rounds, "seed": $seed, "source": "resources/demo/meridian-wire.txt",
  "analyze": [
$json_sizes
  ],
  "naive_reference": [$json_naive],
  "pdf_export": [$export_json],
  "reader_100_articles": {"first_paint_ms": $first_paint, "all_cells_ms": $all_cells,
                          "runs": $reader_rounds, "longest_stall_loading_ms": $stall_load,
                          "longest_stall_loading_worst_ms": ${stall_load_worst:-null}, "busy_in_it_ms": $busy_load,
                          "longest_stall_scrolling_ms": $stall_scroll, "longest_stall_scrolling_worst_ms": ${stall_scroll_worst:-null},
                          "whole_window_repaint_at_rest_ms": $floor}
}
JSON

# Targets (issue 9). A target whose figures were not measured in this run reads "not run".
verdict() { awk "BEGIN { exit !($1) }" && echo pass || echo MISSED; }
has() { case " $sizes " in *" $1 "*) return 0 ;; esac; return 1; }
targets=""
target() { targets+="| $1 | $2 | $3 |"$'\n'; }
has 5 && target "5 articles end to end < 0.3 s" "${cold_ms[5]} ms" "$(verdict "${cold_ms[5]} < 300")"
has 500 && target "500 articles cold < 3 s" "${cold_ms[500]} ms" "$(verdict "${cold_ms[500]} < 3000")"
has 500 && target "500 articles re-open < 0.3 s" "${reopen_ms[500]} ms" "$(verdict "${reopen_ms[500]} < 300")"
has 5000 && target "5,000 articles cold < 30 s" "${cold_ms[5000]} ms" "$(verdict "${cold_ms[5000]} < 30000")"
if has 500 && has 5000; then
    ratio=$(awk -v a="${cold_ms[5000]}" -v b="${cold_ms[500]}" 'BEGIN { printf "%.1f", a / b }')
    target "time(5,000) / time(500) < 12" "$ratio" "$(verdict "$ratio < 12")"
fi
has 5000 && target "peak memory at 5,000 < 1.5 GB" "$(awk -v k="${cold_rss[5000]}" 'BEGIN { printf "%.0f MiB", k / 1024 }')" "$(verdict "${cold_rss[5000]} < 1.5 * 1024 * 1024")"
if [ -n "${naive_speedup_500:-}" ]; then
    target ">= 50x faster than naive at 500, F1 >= naive" "${naive_speedup_500}x, F1 ${aligner_f1_500} vs ${naive_f1_500}" \
        "$(verdict "$naive_speedup_500 >= 50 && $aligner_f1_500 >= $naive_f1_500")"
fi

{
    echo "# Benchmark results"
    echo
    echo "Generated by \`packaging/devroot.sh bench\` (tests/bench/run_benchmarks.sh); do not edit by hand."
    echo "Commit $commit, $(date -u +%Y-%m-%d\ %H:%M) UTC, $cores cores, load average at the end: $load."
    echo "Release preset (RelWithDebInfo). Every figure is the median of $rounds runs (${SYNOPTIC_BENCH_ROUNDS_LARGE:-1} at 5,000 articles). Stories: \`storygen N $seed\`"
    echo "(families of syndicated copies, medium and heavy rewrites of resources/demo/meridian-wire.txt; .txt/.md/.html)."
    echo
    echo "## Targets"
    echo
    echo "| target | measured | |"
    echo "|---|---|---|"
    printf '%s' "$targets"
    echo
    echo "## synoptic analyze (process start to JSON written)"
    echo
    echo "| articles | paragraphs | MB | cold ms | cold peak RSS MiB | re-open ms | re-open peak RSS MiB | MB/s cold |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
    for n in $sizes; do
        awk -v n="$n" -v p="${paragraphs[$n]}" -v b="$(find "$out/stories/$n" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')" \
            -v c="${cold_ms[$n]}" -v cr="${cold_rss[$n]}" -v o="${reopen_ms[$n]}" -v orss="${reopen_rss[$n]}" -v m="${mbps[$n]}" \
            'BEGIN { printf "| %d | %d | %.2f | %s | %.0f | %s | %.0f | %s |\n", n, p, b / 1048576, c, cr / 1024, o, orss / 1024, m }'
    done
    echo
    echo "## Stages, in process (bench_stages; wall ms, CPU ms in brackets)"
    echo
    echo "| articles | read+parse | store (+ load back) | alignment | quotes | numbers | re-open hashing |"
    echo "|---:|---:|---:|---:|---:|---:|---:|"
    for n in $sizes; do echo "| $n | ${stage_line[$n]} |"; done
    echo
    echo "## StoryAligner against the naive reference (bench_naive)"
    echo
    echo "Naive: every pair of paragraphs from different articles, word-LCS ratio 2·LCS/(|a|+|b|) >= 0.5,"
    echo "pairs joined greedily best first into rows of at most one paragraph per article. F1 over"
    echo "paragraph pairs against the generator's truth (precision / recall in brackets)."
    echo
    echo "| articles | StoryAligner ms | StoryAligner F1 | naive ms | naive F1 | speed-up |"
    echo "|---:|---:|---|---:|---|---:|"
    printf '%s' "$naive_rows"
    echo
    echo "## PDF export (bench_export)"
    echo
    echo "| case | pages | PDF ms | pages/s |"
    echo "|---|---:|---:|---:|"
    printf '%s' "$export_rows"
    echo
    echo "## Reader, 100 articles (bench_reader under xvfb-run)"
    echo
    echo "Medians of $reader_rounds runs, the worst run in brackets. First paint ${first_paint} ms after showAnalysis();"
    echo "all cells built ${all_cells} ms. Longest GUI-thread stall (a 5 ms watchdog timer in the application's"
    echo "own kind of event loop) ${stall_load} ms (${stall_load_worst}) while loading, of which the thread was busy"
    echo "${busy_load} ms; ${stall_scroll} ms (${stall_scroll_worst}) while scrolling. For scale: one repaint of the whole"
    echo "window at rest stalls it ${floor} ms on this machine."
} >"$results"
say "wrote $out/summary.json and $results"
