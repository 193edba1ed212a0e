"""Where story clustering goes wrong on labelled corpora: which gold stories are split, which merged.

Replays the corpora as one stream (as `newsloom eval cluster` does, without the store) and prints
  - merged: each predicted story holding more than one gold story, with each part's titles and dates,
  - split: each gold story spread over several predicted stories, with each part's titles and dates,
ranked by the pairs they cost. Titles are printed for reading on this machine only.

    python benchmarks/cluster_errors.py [--top 15] [../shared/data/basil.jsonl ...]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate_cluster import run  # the same replay the calibration scores  # noqa: E402
from newsloom import cluster as C
from newsloom.evaluate.cluster import read_articles, stream_order

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_FILES = [str(DATA / f"{n}.jsonl") for n in ("basil", "newswcl50", "multiling2011", "allsides")]


def show(parts: dict[str, list], label: str) -> None:
    for key, arts in parts.items():
        print(f"    [{label} {key[-14:]}] n={len(arts)}")
        for a in arts[:4]:
            print(f"      {a.published or '----------'} {a.outlet[:14]:14} {(a.title or '')[:90]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", default=DEFAULT_FILES)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    articles = stream_order([read_articles(f) for f in args.files])
    pred = run(articles, C.DEFAULT)
    by_pred: dict[str, list] = defaultdict(list)
    by_gold: dict[str, list] = defaultdict(list)
    for a in articles:
        by_pred[pred[a.id]].append(a)
        by_gold[a.gold_story].append(a)

    merged = []
    for sid, arts in by_pred.items():
        parts: dict[str, list] = defaultdict(list)
        for a in arts:
            parts[a.gold_story].append(a)
        if len(parts) > 1:
            n = len(arts)
            wrong = (n * (n - 1) - sum(len(p) * (len(p) - 1) for p in parts.values())) // 2
            merged.append((wrong, sid, parts))
    split = []
    for gid, arts in by_gold.items():
        parts = defaultdict(list)
        for a in arts:
            parts[pred[a.id]].append(a)
        if len(parts) > 1:
            n = len(arts)
            lost = (n * (n - 1) - sum(len(p) * (len(p) - 1) for p in parts.values())) // 2
            split.append((lost, gid, parts))
    merged.sort(key=lambda x: -x[0])
    split.sort(key=lambda x: -x[0])
    print(f"MERGED: {len(merged)} predicted stories mix gold stories; wrong pairs {sum(m[0] for m in merged)}")
    for wrong, sid, parts in merged[: args.top]:
        print(f"  {wrong} wrong pairs in {sid}")
        show(parts, "gold")
    print(f"SPLIT: {len(split)} gold stories split; lost pairs {sum(s[0] for s in split)}")
    for lost, gid, parts in split[: args.top]:
        print(f"  {lost} lost pairs of {gid}")
        show(parts, "pred")


if __name__ == "__main__":
    main()
