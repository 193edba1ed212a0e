"""Speed and memory of reprints + story clustering, end to end through the real pipeline and store.

1. `corpora`: all of ../shared/data ingested as corpus JSONL into a fresh SQLite store with stories
   assigned (`pipeline.ingest`): articles per second from JSONL to stored stories.
2. `large`: a large corpus made by make_100k.py (default 100,000 articles + 300 held back) ingested
   the same way (articles/s, peak memory); then the store is reopened as a new process would
   (state restored from the store, timed) and the held-back articles are added one at a time, each
   in its own transaction (put_article + assign_stories): latency p50/p95/p99. Clustering quality
   against the synthetic gold labels is printed too.

Peak memory is reported for this process and, apart, for its children (the ingest's featurisation
helper process, pipeline.Helper).

    python benchmarks/make_100k.py --n 100300 --out benchmarks/out/corpus100k.jsonl
    python benchmarks/bench_cluster.py corpora
    python benchmarks/bench_cluster.py large benchmarks/out/corpus100k.jsonl [--hold 300]

Prints one JSON object per part on stdout.
"""
from __future__ import annotations

import argparse
import json
import resource
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from newsloom.evaluate.cluster import bcubed_scores, pairwise_scores, read_corpus, to_article
from newsloom.pipeline import PARALLEL_FROM, assign_stories, ingest
from newsloom.store import Store

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ["basil", "newswcl50", "multiling2011", "allsides"]


def peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class ChildrenPeak:
    """The largest own peak (VmHWM) of this process's children while it runs: the ingest's
    featurisation helper, which runs beside this process, so the two peaks add up to an upper bound
    of what the machine held. Sampled from /proc, not read from RUSAGE_CHILDREN: a spawned child is
    forked before it execs, and its ru_maxrss keeps this process's size at that moment."""

    def __init__(self, every: float = 0.5) -> None:
        self.kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, args=(every,), daemon=True)
        self._thread.start()

    def _watch(self, every: float) -> None:
        while not self._stop.wait(every):
            for children in Path("/proc/self/task").glob("*/children"):
                for pid in children.read_text().split():
                    try:
                        status = Path(f"/proc/{pid}/status").read_text()
                        command = Path(f"/proc/{pid}/cmdline").read_text(errors="replace")
                    except OSError:  # it has just ended
                        continue
                    hwm = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
                    if hwm and "resource_tracker" not in command:  # multiprocessing's bookkeeper
                        self.kb = max(self.kb, int(hwm.group(1)))

    def mb(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.kb / 1024, 1)


def quality(store: Store) -> dict:
    gold, pred = {}, {}
    for a in store.iter_articles():
        if a.gold_story:
            gold[a.id], pred[a.id] = a.gold_story, a.story or a.id
    pw, b3 = pairwise_scores(gold, pred), bcubed_scores(gold, pred)
    return {"pairwise_f1": round(pw["f1"], 4), "pairwise_precision": round(pw["precision"], 4),
            "pairwise_recall": round(pw["recall"], 4), "bcubed_f1": round(b3["f1"], 4),
            "gold_stories": len(set(gold.values())), "predicted_stories": len(set(pred.values()))}


def bench_corpora(files: list[str]) -> dict:
    children = ChildrenPeak()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
        t = time.perf_counter()
        summary = ingest(store, files, parallel_from=PARALLEL_FROM)
        elapsed = time.perf_counter() - t
        n = summary.new
        return {"part": "corpora", "articles": n, "seconds": round(elapsed, 2),
                "articles_per_second": round(n / elapsed, 1), "stories": store.count_stories(),
                "peak_memory_mb": peak_mb(), "children_peak_memory_mb": children.mb(), **quality(store)}


def bench_large(path: str, hold: int, db: str | None) -> dict:
    children = ChildrenPeak()
    rows = read_corpus(path)
    held = [to_article(r) for r in rows[-hold:]]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(db) if db else Path(tmp) / "large.db"
        body = Path(tmp) / "body.jsonl"
        with body.open("w", encoding="utf-8") as fh:
            for r in rows[:-hold]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        del rows
        with Store(db_path) as store:
            t = time.perf_counter()
            summary = ingest(store, [str(body)], parallel_from=PARALLEL_FROM)
            ingest_s = time.perf_counter() - t
            print(f"ingested {summary.new} in {ingest_s:.0f} s", file=sys.stderr)
        with Store(db_path) as store:  # a new process's view: state rebuilt from the store
            t = time.perf_counter()
            assign_stories(store, [])
            restore_s = time.perf_counter() - t
            lat = []
            for a in held:
                t = time.perf_counter()
                with store.transaction():
                    store.put_article(a)
                    assign_stories(store, [a])
                lat.append((time.perf_counter() - t) * 1000)
            lat.sort()
            q = quality(store)
            count = store.count_articles()
    return {
        "part": "large", "articles_in_store": count, "ingest_seconds": round(ingest_s, 1),
        "ingest_articles_per_second": round(summary.new / ingest_s, 1),
        "restore_seconds": round(restore_s, 2),
        "one_more_article_ms": {"n": len(lat), "p50": round(statistics.median(lat), 2),
                                "p95": round(lat[int(0.95 * (len(lat) - 1))], 2), "p99": round(lat[int(0.99 * (len(lat) - 1))], 2),
                                "max": round(lat[-1], 2)},
        "peak_memory_mb": peak_mb(), "children_peak_memory_mb": children.mb(), **q,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("part", choices=["corpora", "large"])
    ap.add_argument("file", nargs="?", help="large: the corpus made by make_100k.py")
    ap.add_argument("--hold", type=int, default=300, help="large: articles held back and added one at a time")
    ap.add_argument("--db", help="large: keep the store at this path")
    args = ap.parse_args()
    if args.part == "corpora":
        result = bench_corpora([str(DATA / f"{s}.jsonl") for s in SETS])
    else:
        if not args.file:
            ap.error("large needs the corpus file made by make_100k.py")
        result = bench_large(args.file, args.hold, args.db)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
