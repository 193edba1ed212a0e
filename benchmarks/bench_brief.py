"""Speed of the brief: seconds to write the brief of an N-article story (default 50), built from real
corpus articles at run time (../shared/data, never copied into the repository).

    python benchmarks/bench_brief.py [--articles 50] [--repeat 3] [--unseen 3] [--corpus FILE.jsonl ...]

Prints one JSON object: statements, claims, sentences, and the best/median wall time of write_brief
(which includes finding the claims), cold (first call, model load included when embeddings are used),
warm (the same story again: what a text's words and figures cost is cached per text by then) and
unseen (the next N articles, a story whose texts the process has not read, with the model loaded:
what a new story costs a running server), best and median over `--unseen` such stories, each of other
articles (one timing on this shared 2-core machine varies by a third from run to run).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsloom.brief import write_brief  # noqa: E402
from newsloom.crosscheck import split_statements  # noqa: E402
from newsloom.evaluate.brief import read_corpus  # noqa: E402
from newsloom.records import Story  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--unseen", type=int, default=3, help="new stories to time, each of other articles")
    ap.add_argument("--corpus", nargs="*", default=[str(DATA / "basil.jsonl"), str(DATA / "newswcl50.jsonl")])
    args = ap.parse_args()
    # one big "story": the articles of several gold stories on related subjects, full texts, many outlets
    arts = []
    for path in args.corpus:
        for items in read_corpus(path).values():
            arts.extend(items)
    need = (1 + args.unseen) * args.articles
    if len(arts) < need:
        sys.exit(f"only {len(arts)} articles in {args.corpus}, {need} needed")
    unseen = [arts[k * args.articles: (k + 1) * args.articles] for k in range(1, 1 + args.unseen)]
    arts = arts[: args.articles]
    story = Story("bench", "", [a.id for a in arts])
    times = []
    brief = None
    for _ in range(args.repeat + 1):
        t0 = time.perf_counter()
        brief = write_brief(story, arts)
        times.append(time.perf_counter() - t0)
    assert brief is not None
    seconds_unseen = []
    for k, new in enumerate(unseen):
        t0 = time.perf_counter()
        write_brief(Story(f"bench-unseen-{k}", "", [a.id for a in new]), new)
        seconds_unseen.append(time.perf_counter() - t0)
    print(json.dumps({
        "articles": len(arts),
        "words": sum(len(a.text.split()) for a in arts),
        "statements": len(split_statements(arts)),
        "sentences": len(brief.sentences),
        "statuses": {s: sum(1 for x in brief.sentences if x.status == s) for s in ("corroborated", "single-source", "contested")},
        "seconds_cold": round(times[0], 3),
        "seconds_warm_best": round(min(times[1:]), 3),
        "seconds_warm_median": round(statistics.median(times[1:]), 3),
        "seconds_unseen_best": round(min(seconds_unseen), 3),
        "seconds_unseen_median": round(statistics.median(seconds_unseen), 3),
    }))


if __name__ == "__main__":
    main()
