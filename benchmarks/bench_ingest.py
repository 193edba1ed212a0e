"""Ingest speed and peak memory: corpus JSONL from ../shared/data into a fresh SQLite store.

    .venv/bin/python benchmarks/bench_ingest.py [--copies 10]

The four corpora hold 1,181 articles; for a stable rate the stream is repeated `--copies` times,
each copy with its own ids and URLs and a one-line edition note of its own on top, so the store sees new articles (not
re-ingests it would skip). Written to a temp dir at run time; nothing from ../shared enters the repo.
Prints one JSON object: articles/s for storing alone and for the whole pipeline (stories too), and
peak RSS.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from newsloom import Store
from newsloom.pipeline import ingest

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def build(copies: int, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for k in range(copies):
            for path in sorted(DATA.glob("*.jsonl")):
                if path.name.endswith(".summaries.jsonl"):
                    continue
                for line in path.open(encoding="utf-8"):
                    row = json.loads(line)
                    row["id"] = f"{row['id']}#{k}"
                    # unique to this article: a line shared by many would be cleaned away as boilerplate
                    row["text"] = f"Edition {k} of {row['id']}.\n\n{row['text']}"
                    if row.get("url"):  # the store matches on URL too: give each copy its own
                        row["url"] = f"{row['url']}#edition-{k}"
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA}: not found (the benchmark reads ../shared/data at run time)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "stream.jsonl"
        n = build(args.copies, src)
        results = {"articles": n}
        import newsloom.ingest  # noqa: F401  -- import time (trafilatura, ~1 s) is not ingest time
        for label, stories in (("store_only", False), ("with_stories", True)):
            with Store(Path(tmp) / f"{label}.db") as store:
                t = time.perf_counter()
                summary = ingest(store, [str(src)], stories=stories)
                dt = time.perf_counter() - t
                assert summary.new == n and not summary.failed, summary.failed[:3]
            results[f"{label}_articles_per_s"] = round(n / dt)
            results[f"{label}_seconds"] = round(dt, 2)
        results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
