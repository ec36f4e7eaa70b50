#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Synoptic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Alignment proxy over a directory of `synoptic analyze --json` outputs, summed and per story.

usage: align_proxy.py ANALYSIS_DIR [GOLD_DIR]

For <story>.json with GOLD_DIR/<story>.json: the eval scorer's alignment section (score.py
--section alignment) per story. For the others (no gold, e.g. the seeds): the same proxy with
the analysis' own quote clusters as probes -- for every cluster of 3+ words carried by 2+
articles and every pair of those articles, some body paragraph holding an occurrence in one
shares a row with one holding it in the other.
Also prints row shape figures: rows, members per row, rows holding 3+ paragraphs of one article.
"""
import json, os, re, subprocess, sys

def proxy_from_clusters(out):
    body = {(a["id"], p["index"]) for a in out.get("articles", []) for p in a.get("paragraphs", []) if p.get("role") == "body"}
    row_of = {}
    for r in (out.get("alignment") or {}).get("rows", []):
        for m in r.get("members", []):
            row_of.setdefault((m["article"], m["paragraph"]), set()).add(r["id"])
    ok = total = 0
    for c in out.get("quotes", []) or []:
        occ = [o for o in c.get("occurrences", []) if (o.get("article"), o.get("paragraph")) in body]
        if not occ or min(len(o.get("text", "").split()) for o in occ) < 3:
            continue
        by_art = {}
        for o in occ:
            by_art.setdefault(o["article"], set()).add((o["article"], o["paragraph"]))
        arts = sorted(by_art)
        for i in range(len(arts)):
            for j in range(i + 1, len(arts)):
                total += 1
                ok += any(row_of.get(a, set()) & row_of.get(b, set()) for a in by_art[arts[i]] for b in by_art[arts[j]])
    return ok, total

def shape(out):
    rows = (out.get("alignment") or {}).get("rows", [])
    sizes = [len(r.get("members", [])) for r in rows]
    crowded = 0
    for r in rows:
        per = {}
        for m in r.get("members", []):
            per[m["article"]] = per.get(m["article"], 0) + 1
        crowded += any(v >= 3 for v in per.values())
    merged = sum(1 for r in rows for m in r.get("members", []) if m.get("merged"))
    unaligned = len((out.get("alignment") or {}).get("unaligned", []))
    return len(rows), (max(sizes) if sizes else 0), crowded, merged, unaligned

def main():
    adir = sys.argv[1]
    gdir = sys.argv[2] if len(sys.argv) > 2 else None
    scorer = os.path.join(os.path.dirname(gdir), "..", "score.py") if gdir else None
    sum_ok = sum_total = 0
    for name in sorted(os.listdir(adir)):
        if not name.endswith(".json"):
            continue
        story = name[:-5]
        out = json.load(open(os.path.join(adir, name)))
        gold = os.path.join(gdir, name) if gdir else None
        if gold and os.path.exists(gold):
            res = subprocess.run([sys.executable, scorer, gold, os.path.join(adir, name), "--section", "alignment"],
                                 capture_output=True, text=True).stdout.strip().splitlines()
            m = re.search(r"for (\d+)/(\d+)", res[-1] if res else "")
            ok, total = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
            kind = "gold"
        else:
            ok, total = proxy_from_clusters(out)
            kind = "clusters"
        rows, biggest, crowded, merged, unaligned = shape(out)
        rate = ok / total if total else 1.0
        print(f"{story:16} {kind:8} {ok:3}/{total:<3} {rate:.2f}   rows {rows:3} largest {biggest:2} crowded {crowded} merged {merged:2} unaligned {unaligned}")
        if kind == "gold":
            sum_ok += ok
            sum_total += total
    if sum_total:
        print(f"{'gold summed':16} {'':8} {sum_ok:3}/{sum_total:<3} {sum_ok / sum_total:.2f}")

if __name__ == "__main__":
    main()
