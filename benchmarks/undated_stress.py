"""Stories without dates: each dated corpus replayed with its dates removed, as `newsloom eval cluster`.

Closeness in time is what keeps two events of one kind apart in a dated stream (two shutdowns, two
quakes a month apart). A source that gives no dates (text files, some feeds) leaves only the words, so
this measures how far the words alone separate events: every corpus of ../shared/data that has dates
is written to a temporary file with `published` emptied (undated articles keep file order) and scored
by the same `eval_cluster`, next to the dated original.

    python benchmarks/undated_stress.py [../shared/data/basil.jsonl ...]

Prints one JSON object per corpus on stdout: pairwise and BCubed F1 (and pairwise precision, where
the loss shows) dated and undated, and predicted/gold story counts.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from newsloom.evaluate import EvalInputError
from newsloom.evaluate.cluster import eval_cluster, read_corpus

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_FILES = [str(DATA / f"{n}.jsonl") for n in ("basil", "newswcl50", "allsides")]
KEYS = ("pairwise_precision", "pairwise_f1", "bcubed_f1", "predicted_stories", "gold_stories")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", default=DEFAULT_FILES)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsloom-undated-") as tmp:
        for path in args.files:
            rows = read_corpus(path)
            if not any(r.get("published") for r in rows):
                print(json.dumps({"corpus": Path(path).name, "skipped": "no dates to remove"}), flush=True)
                continue
            undated = Path(tmp) / Path(path).name
            with undated.open("w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps({**r, "published": None}) + "\n")
            dated, bare = eval_cluster([path]), eval_cluster([str(undated)])
            print(json.dumps({"corpus": Path(path).name,
                              "dated": {k: dated[k] for k in KEYS},
                              "undated": {k: bare[k] for k in KEYS}}), flush=True)


if __name__ == "__main__":
    try:
        main()
    except EvalInputError as e:  # a missing or malformed corpus: say which and what, no traceback
        sys.exit(f"undated_stress: {e}")
