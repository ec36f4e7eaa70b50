#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Synoptic's accuracy on real articles nobody on the team wrote (the development sets in ../shared).

    run_eval.py --synoptic BIN [--shared DIR] [--out DIR] [--jobs N] [--naive BIN]
                [--results RESULTS.md] [--floors floors.json] [--commit SHA]

For every set, runs `synoptic analyze` once per story folder (each Readability page as a folder of
its own), scores the analyses, and writes OUT/summary.json (and RESULTS.md when asked):

  extraction  Mozilla Readability's test pages: body F1 (4-gram shingles, tests/eval/extraction.py),
              pages rejected, metadata accuracy (title, byline, site name, published date, language)
  quotes      BASIL gold stories: shared-quote recall and false clusters (shared/eval/score.py)
  speakers    BASIL speaker annotations: coverage and attribution (shared/eval/basil/score_speakers.py)
  numbers     BASIL gold stories: disputes found, false disputes, related shown as disputed
  alignment   BASIL gold stories: the quote-bearing-paragraph proxy (score.py); the seeds: the same
              proxy over Synoptic's own shared quotes; generated stories: bench_naive's F1 (--naive)

With --floors, exits 1 when a figure is below (or, for counts of errors, above) its floor, naming
the figure, the floor and the measured value. The scorers in ../shared are called from there,
never copied.
"""
import argparse
import concurrent.futures as futures
import datetime
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stdout

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extraction  # noqa: E402

ANALYZE_TIMEOUT = 120  # seconds for one story; a hang is a failure of its own


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def analyze(synoptic, folder, json_out, library):
    """Runs `synoptic analyze`; returns (exit code, stderr, seconds). Exit 3: nothing importable."""
    os.makedirs(os.path.dirname(json_out), exist_ok=True)
    if os.path.exists(library):
        os.remove(library)
    t0 = time.monotonic()
    try:
        proc = subprocess.run([synoptic, "analyze", folder, "--json", json_out, "--library", library],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              timeout=ANALYZE_TIMEOUT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        code, err = proc.returncode, proc.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        code, err = -1, f"timed out after {ANALYZE_TIMEOUT} s"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(library + suffix):
            os.remove(library + suffix)
    return code, err, time.monotonic() - t0


def run_all(synoptic, jobs_list, jobs, scratch):
    """jobs_list: [(key, folder, json_out)] -> {key: (code, stderr, seconds)}"""
    results = {}
    with futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        todo = {pool.submit(analyze, synoptic, folder, out, os.path.join(scratch, f"lib-{i}.sqlite")): key
                for i, (key, folder, out) in enumerate(jobs_list)}
        for f in futures.as_completed(todo):
            results[todo[f]] = f.result()
    return results


def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


# ----------------------------------------------------------------------------- extraction

def eval_extraction(args, scratch):
    root = os.path.join(args.shared, "corpora", "readability-test-pages")
    cases = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "source.html")))
    jobs = []
    for case in cases:
        # One neutral file name per folder: the case's name must not leak into the outlet or title.
        folder = os.path.join(scratch, "readability", case)
        os.makedirs(folder, exist_ok=True)
        shutil.copyfile(os.path.join(root, case, "source.html"), os.path.join(folder, "page.html"))
        jobs.append((case, folder, os.path.join(args.out, "analysis", "readability", case + ".json")))
    runs = run_all(args.synoptic, jobs, args.jobs, scratch)

    per_case, f1s, ps, rs = [], [], [], []
    rejected, failed = [], []
    meta_hits = {name: [0, 0] for name, *_ in extraction.METADATA_FIELDS}
    for case, folder, out in jobs:
        code, err, secs = runs[case]
        with open(os.path.join(root, case, "expected.html"), encoding="utf-8") as f:
            expected = extraction.html_text(f.read())
        with open(os.path.join(root, case, "expected-metadata.json"), encoding="utf-8") as f:
            meta = json.load(f)
        analysis = read_json(out) if code == 0 else None
        article = (analysis or {}).get("articles", [{}])[0] if analysis and analysis.get("articles") else {}
        if code == 3:
            rejected.append(case)
        elif code != 0 or analysis is None:
            failed.append(f"{case}: exit {code}: {err.strip()[:200]}")
        body = "\n".join(p.get("text", "") for p in article.get("paragraphs", [])
                         if p.get("role") in ("body", "subhead"))
        p, r, f1 = extraction.body_scores(body, expected) if article else (0.0, 0.0, 0.0)
        ps.append(p), rs.append(r), f1s.append(f1)
        row = {"case": case, "f1": round(f1, 4), "precision": round(p, 4), "recall": round(r, 4),
               "rejected": code == 3, "seconds": round(secs, 3)}
        wrong = []
        for name, want_key, got_key, same in extraction.METADATA_FIELDS:
            want = meta.get(want_key)
            if not want:
                continue
            meta_hits[name][1] += 1
            ok = same(article.get(got_key), want)
            meta_hits[name][0] += ok
            if not ok:
                wrong.append(name)
        row["metadata_wrong"] = wrong
        per_case.append(row)

    n = len(cases)
    metrics = {
        "extraction.pages": n,
        "extraction.body_f1": sum(f1s) / n,
        "extraction.body_precision": sum(ps) / n,
        "extraction.body_recall": sum(rs) / n,
        "extraction.rejected": len(rejected),
        "extraction.failed": len(failed),
    }
    for name, (hit, total) in meta_hits.items():
        metrics[f"extraction.{name}"] = hit / total if total else 1.0
        metrics[f"extraction.{name}_cases"] = total
    return {"metrics": metrics, "cases": per_case, "rejected": rejected, "failed": failed}


# ----------------------------------------------------------------------------- BASIL

_QUOTES = re.compile(r"quotes: recall [\d.]+ \((\d+)/(\d+) quote-outlet pairs\), false clusters (\d+)")
_NUMBERS = re.compile(r"numbers: disputes found (\d+)/(\d+), false disputes (\d+), soft (\d+), disputed groups reported (\d+)")
_ALIGN = re.compile(r"alignment: quote-bearing paragraphs aligned for (\d+)/(\d+)")
_SPEAKER_STORY = re.compile(r"^(\S+): (\d+) items, covered (\d+), right (\d+), wrong (\d+), none (\d+), missed (\d+)")


def score_section(score, section, gold_path, analysis_path):
    """Calls one section of shared/eval/score.py and returns its summary line and findings."""
    gold, out, id_of, short_of = score.load(gold_path, analysis_path)
    fn = {"quotes": score.quotes, "numbers": score.numbers, "alignment": score.alignment}[section]
    buf = io.StringIO()
    with redirect_stdout(buf):
        _ok, lines, summary = fn(gold, out, id_of, short_of)
    missing = [s for s, i in id_of.items() if i is None]
    return summary, lines, missing


def eval_basil(args, scratch):
    gold_dir = os.path.join(args.shared, "eval", "basil", "gold")
    speakers_path = os.path.join(args.shared, "eval", "basil", "speakers.json")
    corpus = os.path.join(args.shared, "corpora", "basil")
    gold_stories = sorted(f[:-5] for f in os.listdir(gold_dir)
                          if f.endswith(".json") and os.path.isdir(os.path.join(corpus, f[:-5])))
    with open(speakers_path, encoding="utf-8") as f:
        speaker_stories = sorted({it["story"] for it in json.load(f)["items"]})
    stories = sorted(set(gold_stories) | set(speaker_stories))
    adir = os.path.join(args.out, "analysis", "basil")
    jobs = [(s, os.path.join(corpus, s), os.path.join(adir, s + ".json")) for s in stories]
    runs = run_all(args.synoptic, jobs, args.jobs, scratch)
    failed = [f"{s}: exit {runs[s][0]}: {runs[s][1].strip()[:200]}" for s in stories if runs[s][0] != 0]

    score = load_module(os.path.join(args.shared, "eval", "score.py"), "synoptic_shared_score")
    q_found = q_total = q_false = 0
    n_found = n_total = n_false = n_soft = 0
    a_ok = a_total = 0
    per_story = []
    for s in gold_stories:
        gold_path, analysis_path = os.path.join(gold_dir, s + ".json"), os.path.join(adir, s + ".json")
        row = {"story": s}
        if runs[s][0] != 0 or read_json(analysis_path) is None:
            # Nothing to score: every gold item of the story is missed.
            with open(gold_path, encoding="utf-8") as f:
                gold = json.load(f)
            qt = sum(len(q["files"]) for q in gold["shared_quotes"])
            q_total += qt
            n_total += len(gold.get("disputed_numbers", []))
            row.update(quotes=[0, qt, 0], numbers=[0, len(gold.get("disputed_numbers", [])), 0, 0],
                       alignment=None, error="no analysis")
            per_story.append(row)
            continue
        summary, lines, missing = score_section(score, "quotes", gold_path, analysis_path)
        m = _QUOTES.search(summary)
        if not m:
            raise SystemExit(f"run_eval: cannot read score.py's quotes summary: {summary!r}")
        found, total, false = map(int, m.groups())
        q_found, q_total, q_false = q_found + found, q_total + total, q_false + false
        row["quotes"] = [found, total, false]
        row["quote_findings"] = lines
        summary, lines, _ = score_section(score, "numbers", gold_path, analysis_path)
        m = _NUMBERS.search(summary)
        if not m:
            raise SystemExit(f"run_eval: cannot read score.py's numbers summary: {summary!r}")
        found, total, false, soft, _groups = map(int, m.groups())
        n_found, n_total, n_false, n_soft = n_found + found, n_total + total, n_false + false, n_soft + soft
        row["numbers"] = [found, total, false, soft]
        row["number_findings"] = lines
        summary, lines, _ = score_section(score, "alignment", gold_path, analysis_path)
        m = _ALIGN.search(summary)
        if not m:
            raise SystemExit(f"run_eval: cannot read score.py's alignment summary: {summary!r}")
        ok, total = map(int, m.groups())
        a_ok, a_total = a_ok + ok, a_total + total
        row["alignment"] = [ok, total]
        if missing:
            row["missing_files"] = missing
        per_story.append(row)

    # Speakers: the shared scorer reads one analysis per story from a folder.
    proc = subprocess.run([sys.executable, os.path.join(args.shared, "eval", "basil", "score_speakers.py"),
                           speakers_path, adir], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"run_eval: score_speakers.py failed: {proc.stderr.strip()[-500:]}")
    sp_rows, totals = [], {"items": 0, "covered": 0, "right": 0, "wrong": 0, "none": 0}
    for line in proc.stdout.splitlines():
        m = _SPEAKER_STORY.match(line)
        if not m:
            continue
        story, items, covered, right, wrong, none, _missed = m.group(1), *map(int, m.groups()[1:])
        sp_rows.append({"story": story, "items": items, "covered": covered, "right": right,
                        "wrong": wrong, "none": none})
        for k, v in (("items", items), ("covered", covered), ("right", right), ("wrong", wrong), ("none", none)):
            totals[k] += v
    if not sp_rows:
        raise SystemExit("run_eval: score_speakers.py printed no story line")

    metrics = {
        "quotes.stories": len(gold_stories),
        "quotes.recall": q_found / q_total if q_total else 1.0,
        "quotes.pairs_found": q_found, "quotes.pairs": q_total,
        "quotes.false_clusters": q_false,
        "speakers.items": totals["items"],
        "speakers.coverage": totals["covered"] / totals["items"] if totals["items"] else 0.0,
        "speakers.attribution": totals["right"] / totals["covered"] if totals["covered"] else 0.0,
        "speakers.wrong": totals["wrong"] / totals["covered"] if totals["covered"] else 0.0,
        "speakers.none": totals["none"],
        "numbers.disputes_found": n_found, "numbers.disputes": n_total,
        "numbers.dispute_recall": n_found / n_total if n_total else 1.0,
        "numbers.false_disputes": n_false,
        "numbers.related_as_disputed": n_soft,
        "alignment.proxy": a_ok / a_total if a_total else 1.0,
        "alignment.proxy_pairs": a_total,
        "basil.failed": len(failed),
    }
    return {"metrics": metrics, "stories": per_story, "speakers": sp_rows,
            "speaker_output": proc.stdout, "failed": failed}


# ----------------------------------------------------------------------------- seeds

def own_quote_proxy(analysis):
    """The alignment proxy over Synoptic's own quote clusters (for a set without gold): for each
    cluster and pair of articles quoting it, does some body paragraph of one share a row with one
    of the other?"""
    row_of = {}
    for r in (analysis.get("alignment") or {}).get("rows", []):
        for m in r.get("members", []):
            row_of.setdefault((m.get("article"), m.get("paragraph")), set()).add(r.get("id"))
    body = {(a["id"], p["index"]) for a in analysis.get("articles", []) for p in a.get("paragraphs", [])
            if p.get("role") == "body"}
    ok = total = 0
    for c in analysis.get("quotes", []) or []:
        by_art = {}
        for o in c.get("occurrences", []):
            key = (o.get("article"), o.get("paragraph"))
            if key in body:
                by_art.setdefault(key[0], set()).add(key)
        arts = sorted(by_art)
        for i in range(len(arts)):
            for j in range(i + 1, len(arts)):
                total += 1
                ok += any(row_of.get(a, set()) & row_of.get(b, set())
                          for a in by_art[arts[i]] for b in by_art[arts[j]])
    return ok, total


def eval_seeds(args, scratch):
    folder = os.path.join(args.shared, "corpora", "seeds-kyiv-2025-04")
    out = os.path.join(args.out, "analysis", "seeds.json")
    code, err, _ = run_all(args.synoptic, [("seeds", folder, out)], 1, scratch)["seeds"]
    analysis = read_json(out) if code == 0 else None
    if analysis is None:
        return {"metrics": {"seeds.failed": 1}, "failed": [f"seeds: exit {code}: {err.strip()[:200]}"]}
    ok, total = own_quote_proxy(analysis)
    shared = sum(1 for c in analysis.get("quotes", []) or []
                 if len({o.get("article") for o in c.get("occurrences", [])}) >= 2)
    disputed = sum(1 for g in analysis.get("numbers", []) or [] if g.get("status") == "disputed")
    return {"metrics": {"seeds.alignment_own_quotes": ok / total if total else 1.0,
                        "seeds.alignment_pairs": total, "seeds.shared_quotes": shared,
                        "seeds.disputed_groups": disputed, "seeds.failed": 0}, "failed": []}


# ----------------------------------------------------------------------------- generated

def eval_generated(args):
    proc = subprocess.run([args.naive, "50", "20261122"], capture_output=True, text=True, timeout=600)
    for line in proc.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == "storyaligner" and len(parts) >= 5:
            return {"generated.precision": float(parts[2]), "generated.recall": float(parts[3]),
                    "generated.f1": float(parts[4])}
    raise SystemExit(f"run_eval: bench_naive printed no 'storyaligner' line:\n{proc.stdout[-500:]}{proc.stderr[-500:]}")


# ----------------------------------------------------------------------------- output

def check_floors(metrics, floors_path):
    with open(floors_path, encoding="utf-8") as f:
        floors = json.load(f)
    problems = []
    for key, bound in floors.items():
        if key.startswith("_"):
            continue
        if key not in metrics:
            problems.append(f"accuracy floor: {key} was not measured (floor {bound})")
            continue
        value = metrics[key]
        if "min" in bound and value < bound["min"]:
            problems.append(f"accuracy floor: {key} measured {value:.4g}, below its floor {bound['min']}")
        if "max" in bound and value > bound["max"]:
            problems.append(f"accuracy floor: {key} measured {value:.4g}, above its ceiling {bound['max']}")
    return problems


def fmt(v, digits=3):
    return f"{v:.{digits}f}" if isinstance(v, float) else str(v)


def write_results(path, summary):
    m = summary["metrics"]
    ex, ba = summary["extraction"], summary["basil"]
    L = []
    L.append("# Accuracy on real articles (development sets)")
    L.append("")
    L.append(f"Commit `{summary['commit']}`, {summary['date']}, `{summary['command']}` "
             f"({summary['seconds']:.0f} s on this machine). Regenerated by `packaging/devroot.sh eval`; "
             "floors for the test run are in `tests/eval/floors.json` (ctest label `accuracy`). "
             "The data and the scorers are in `../shared` (read-only); these are development sets, "
             "the figures on unseen stories may be lower.")
    L.append("")
    L.append("## Summary")
    L.append("")
    L.append("| set | figure | value |")
    L.append("|---|---|---|")
    rows = [
        ("Readability pages", f"body F1 (4-gram shingles, mean of {m['extraction.pages']} pages)", fmt(m["extraction.body_f1"])),
        ("", "body precision / recall", f"{fmt(m['extraction.body_precision'])} / {fmt(m['extraction.body_recall'])}"),
        ("", "pages rejected (no article found)", str(m["extraction.rejected"])),
        ("", "pages that failed otherwise", str(m["extraction.failed"])),
    ]
    for name, label in (("title", "title"), ("byline", "byline"), ("site_name", "site name"),
                        ("published", "published date"), ("language", "language")):
        rows.append(("", f"{label} right (of {m[f'extraction.{name}_cases']} pages stating one)",
                     fmt(m[f"extraction.{name}"])))
    rows += [
        ("BASIL gold (15 stories)", "shared-quote recall (quote-outlet pairs)",
         f"{fmt(m['quotes.recall'])} ({m['quotes.pairs_found']}/{m['quotes.pairs']})"),
        ("", "false quote clusters", str(m["quotes.false_clusters"])),
        ("", "disputes found", f"{m['numbers.disputes_found']}/{m['numbers.disputes']} ({fmt(m['numbers.dispute_recall'])})"),
        ("", "false disputes (agreed figures disputed)", str(m["numbers.false_disputes"])),
        ("", "related figures shown as disputed", str(m["numbers.related_as_disputed"])),
        ("", "alignment proxy (quote-bearing paragraphs share a row)",
         f"{fmt(m['alignment.proxy'])} ({m['alignment.proxy_pairs']} pairs)"),
        (f"BASIL speakers ({m['speakers.items']} items)", "coverage", fmt(m["speakers.coverage"])),
        ("", "attribution (right / covered)", fmt(m["speakers.attribution"])),
        ("", "wrong speaker (of covered)", fmt(m["speakers.wrong"])),
        ("", "no speaker", str(m["speakers.none"])),
        ("Seeds (5 articles)", "alignment proxy over Synoptic's own shared quotes",
         f"{fmt(m.get('seeds.alignment_own_quotes', 0.0))} ({m.get('seeds.alignment_pairs', 0)} pairs)"),
        ("", "shared quote clusters / disputed number groups",
         f"{m.get('seeds.shared_quotes', 0)} / {m.get('seeds.disputed_groups', 0)}"),
    ]
    if "generated.f1" in m:
        rows.append(("Generated stories (bench_naive, 50 articles)", "aligner F1 (precision / recall)",
                     f"{fmt(m['generated.f1'])} ({fmt(m['generated.precision'])} / {fmt(m['generated.recall'])})"))
    else:
        rows.append(("Generated stories", "aligner F1", "not measured (no bench_naive in this build)"))
    for r in rows:
        L.append("| " + " | ".join(r) + " |")
    L.append("")

    L.append("## Extraction: the 15 worst pages")
    L.append("")
    L.append("| case | F1 | precision | recall | metadata wrong |")
    L.append("|---|---|---|---|---|")
    for c in sorted(ex["cases"], key=lambda c: (c["f1"], c["case"]))[:15]:
        tag = " (rejected)" if c["rejected"] else ""
        L.append(f"| {c['case']}{tag} | {c['f1']:.3f} | {c['precision']:.3f} | {c['recall']:.3f} | "
                 f"{', '.join(c['metadata_wrong']) or '—'} |")
    L.append("")

    L.append("## BASIL gold stories")
    L.append("")
    L.append("| story | quotes found / pairs (false clusters) | disputes found / gold (false, related) | alignment proxy |")
    L.append("|---|---|---|---|")
    def badness(r):
        q = r["quotes"][0] / r["quotes"][1] if r["quotes"][1] else 1.0
        n = r["numbers"][0] / r["numbers"][1] if r["numbers"][1] else 1.0
        a = r["alignment"][0] / r["alignment"][1] if r.get("alignment") and r["alignment"][1] else 1.0
        return (q + n + a - r["quotes"][2] - r["numbers"][2], r["story"])
    for r in sorted(ba["stories"], key=badness)[:15]:
        q, n, a = r["quotes"], r["numbers"], r.get("alignment")
        al = f"{a[0]}/{a[1]}" if a else "—"
        L.append(f"| {r['story']} | {q[0]}/{q[1]} ({q[2]}) | {n[0]}/{n[1]} ({n[2]}, {n[3]}) | {al} |")
    L.append("")

    L.append("## BASIL speakers: the 15 worst stories")
    L.append("")
    L.append("| story | items | covered | right | wrong | none |")
    L.append("|---|---|---|---|---|---|")
    worst = sorted(ba["speakers"], key=lambda r: (r["right"] / r["items"] if r["items"] else 1.0, r["story"]))[:15]
    for r in worst:
        L.append(f"| {r['story']} | {r['items']} | {r['covered']} | {r['right']} | {r['wrong']} | {r['none']} |")
    L.append("")
    failures = ex["failed"] + ba["failed"] + summary.get("seeds_failed", [])
    if failures:
        L.append("## Runs that failed")
        L.append("")
        for f in failures:
            L.append(f"- {f}")
        L.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--synoptic", required=True)
    ap.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(repo, "build", "eval"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--naive", help="bench_naive binary: also measure the generated-story F1")
    ap.add_argument("--results", help="write this RESULTS.md")
    ap.add_argument("--floors", help="fail when a figure is below its floor in this file")
    ap.add_argument("--commit", default=os.environ.get("SYNOPTIC_EVAL_COMMIT", "unknown"))
    ap.add_argument("--command", default="packaging/devroot.sh eval", help="how this run was started, for RESULTS.md")
    args = ap.parse_args()

    args.shared = os.path.abspath(args.shared)
    for sub in ("corpora/readability-test-pages", "corpora/basil", "eval/score.py", "eval/basil/speakers.json"):
        if not os.path.exists(os.path.join(args.shared, sub)):
            print(f"run_eval: the development sets are missing: {os.path.join(args.shared, sub)} does not exist "
                  "(../shared must sit beside the repository)", file=sys.stderr)
            return 2
    if not os.access(args.synoptic, os.X_OK):
        print(f"run_eval: {args.synoptic} is not an executable synoptic", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    shutil.rmtree(os.path.join(args.out, "analysis"), ignore_errors=True)

    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="synoptic-eval-") as scratch:
        ex = eval_extraction(args, scratch)
        ba = eval_basil(args, scratch)
        se = eval_seeds(args, scratch)
    metrics = {**ex["metrics"], **ba["metrics"], **se["metrics"]}
    if args.naive:
        metrics.update(eval_generated(args))
    seconds = time.monotonic() - t0
    summary = {
        "commit": args.commit,
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": args.command,
        "seconds": seconds,
        "metrics": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in metrics.items()},
        "extraction": ex, "basil": ba, "seeds_failed": se.get("failed", []),
    }
    with open(os.path.join(args.out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
    if args.results:
        write_results(args.results, summary)

    for key in sorted(summary["metrics"]):
        if not key.endswith("_cases"):
            print(f"{key}: {fmt(summary['metrics'][key])}")
    print(f"eval: {seconds:.0f} s; {os.path.join(args.out, 'summary.json')}")
    if args.floors:
        problems = check_floors(metrics, args.floors)
        for p in problems:
            print(p)
        failures = [f for f in ex["failed"] + ba["failed"] + se.get("failed", [])]
        for f in failures:
            print(f"analysis failed: {f}")
        if problems or failures:
            return 1
        print(f"accuracy floors: all {sum(1 for k in json.load(open(args.floors)) if not k.startswith('_'))} met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
