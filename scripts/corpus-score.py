#!/usr/bin/env python3
"""Scores the release CLI on the development corpus, overall and by group, and
fails below the floors.

The corpus and its scorer live beside the project (`../shared/corpus/`,
`../shared/tools/score.py`); this runs that scorer on the whole corpus and on
each group of `sources.tsv` (Indonesian jamsostek news, English, JKN, texts
with no statistics), prints one table, and exits non-zero when

  - the overall fact F1 falls below --min-f1 (the last measured F1 less 0.02),
  - the English or the JKN group's F1 falls below --min-group-f1,
  - there are more false alarms than --max-false-alarms,
  - a figure is read from page furniture (--max-furniture),
  - a text gets no report.

Usage: corpus-score.py SHARED_DIR CLI [--min-f1 X] [--min-group-f1 X]
       [--max-false-alarms N] [--max-furniture N] [--show]
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

LINE = re.compile(
    r"facts: precision (?P<p>[\d.]+) recall (?P<r>[\d.]+) .*?furniture errors (?P<furn>\d+); "
    r"problems found (?P<found>\d+)/(?P<bad>\d+); false alarms (?P<fa>\d+); no report (?P<crash>\d+); "
    r"period right (?P<pok>\d+)/(?P<pall>\d+)"
)
F1 = re.compile(r"^F1 (?P<f>[\d.]+) over (?P<n>\d+) articles", re.M)


def score(scorer, gold_path, corpus, cli, show=False):
    cmd = [sys.executable, scorer, gold_path, corpus, "--cli", cli] + (["--show"] if show else [])
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    m, f = LINE.search(out), F1.search(out)
    if not m or not f:
        sys.exit(f"corpus-score: the scorer printed no totals:\n{out[-2000:]}")
    d = {k: float(v) for k, v in m.groupdict().items()}
    d["f1"], d["n"] = float(f["f"]), int(f["n"])
    return d, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared")
    ap.add_argument("cli")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-group-f1", type=float, default=0.0)
    ap.add_argument("--max-false-alarms", type=int, default=1)
    ap.add_argument("--max-furniture", type=int, default=0)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()

    corpus = os.path.join(a.shared, "corpus")
    scorer = os.path.join(a.shared, "tools", "score.py")
    gold = json.load(open(os.path.join(corpus, "expected.json"), encoding="utf-8"))
    with open(os.path.join(corpus, "sources.tsv"), encoding="utf-8") as fh:
        sources = {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}

    def group(art):
        s = sources.get(art["file"], {})
        if s.get("language") == "en":
            return "English"
        return {"jkn": "JKN", "distractor": "no statistics"}.get(s.get("category"), "Indonesian jamsostek")

    groups = {}
    for art in gold["articles"]:
        groups.setdefault(group(art), []).append(art)

    rows = []
    total, out = score(scorer, os.path.join(corpus, "expected.json"), corpus, a.cli, a.show)
    if a.show:
        print(out)
    rows.append(("all", total))
    with tempfile.TemporaryDirectory() as tmp:
        for name in ["Indonesian jamsostek", "English", "JKN", "no statistics"]:
            arts = groups.get(name, [])
            if not arts:
                continue
            path = os.path.join(tmp, "gold.json")
            json.dump({**gold, "articles": arts}, open(path, "w", encoding="utf-8"), ensure_ascii=False)
            rows.append((name, score(scorer, path, corpus, a.cli)[0]))

    print(f"{'group':<22}{'texts':>6}{'F1':>7}{'P':>7}{'R':>7}{'problems':>10}{'false':>7}{'furn.':>7}{'period':>9}")
    for name, d in rows:
        problems = f"{int(d['found'])}/{int(d['bad'])}"
        period = f"{int(d['pok'])}/{int(d['pall'])}"
        # A group with no statistics has no F1: what counts there is that nothing is read.
        fpr = "".join(f"{x:>7.3f}" for x in (d["f1"], d["p"], d["r"])) if d["p"] or d["r"] else f"{'-':>7}" * 3
        print(f"{name:<22}{d['n']:>6}{fpr}{problems:>10}{int(d['fa']):>7}{int(d['furn']):>7}{period:>9}")

    failures = []
    if total["f1"] < a.min_f1:
        failures.append(f"F1 {total['f1']:.3f} is below {a.min_f1:.3f}")
    for name, d in rows:
        if name in ("English", "JKN") and d["f1"] < a.min_group_f1:
            failures.append(f"{name} F1 {d['f1']:.3f} is below {a.min_group_f1:.3f}")
    if total["fa"] > a.max_false_alarms:
        failures.append(f"{int(total['fa'])} false alarms (at most {a.max_false_alarms})")
    if total["furn"] > a.max_furniture:
        failures.append(f"{int(total['furn'])} figures read from furniture (at most {a.max_furniture})")
    if total["crash"] > 0:
        failures.append(f"{int(total['crash'])} texts got no report")
    for f in failures:
        print(f"corpus-score: {f}", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
