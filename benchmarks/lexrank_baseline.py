"""LexRank baseline (Erkan & Radev 2004) next to newsloom's brief, scored by the same ROUGE in one run.

    python benchmarks/lexrank_baseline.py [--words 100] [CORPUS.jsonl SUMMARIES.jsonl ...]

Defaults to ../shared/data/multiling2011 and allsides. Prints one JSON object per corpus on stdout:
the brief's eval (`newsloom.evaluate.brief.eval_brief`), LexRank's ROUGE, and the ROUGE-1 recall gain
with its 95 % paired-bootstrap interval over stories. LexRank here: the same
sentence splitter, TF-IDF cosine graph with threshold 0.1, PageRank (damping 0.85), sentences taken by
score skipping any with cosine > 0.5 to one already taken, until the word budget is filled.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsloom.evaluate.brief import eval_brief, eval_summaries  # noqa: E402
from newsloom.records import Article, Story  # noqa: E402
from newsloom.text import is_statement, sentences  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def lexrank(story: Story, articles: list[Article], words: int = 100, threshold: float = 0.1) -> str:
    sents = [s.text for a in articles for s in sentences(a.text) if is_statement(s.text)]
    if not sents:
        return ""
    x = TfidfVectorizer(stop_words="english").fit_transform(sents)
    sim = (x @ x.T).toarray()
    adj = (sim > threshold).astype(float)
    # a sentence of stop words only has no edge, not even to itself: PageRank's dangling-node rule
    # spreads its vote evenly (dividing by its zero row sum would turn every score into NaN)
    deg = adj.sum(axis=1, keepdims=True)
    adj = np.where(deg > 0, adj / np.where(deg > 0, deg, 1.0), 1.0 / len(sents))
    n = len(sents)
    p = np.full(n, 1.0 / n)
    for _ in range(100):
        q = 0.15 / n + 0.85 * adj.T @ p
        if np.abs(q - p).sum() < 1e-8:
            break
        p = q
    chosen: list[int] = []
    total = 0
    for i in np.argsort(-p, kind="stable"):
        if any(sim[i, j] > 0.5 for j in chosen):
            continue
        chosen.append(int(i))
        total += len(sents[i].split())
        if total >= words:
            break
    return " ".join(sents[i] for i in chosen)


def paired_ci(ours: dict[str, float], base: dict[str, float], rounds: int = 10000) -> list[float]:
    """95 % interval of the mean per-story gain (x100), by a paired bootstrap over stories (seeded):
    a gain whose interval holds 0 is a tie, not a win or a loss."""
    diff = np.array([ours[k] - base[k] for k in ours if k in base]) * 100
    if len(diff) < 2:
        return [round(float(diff.mean()), 2)] * 2 if len(diff) else []
    rng = np.random.default_rng(0)
    means = diff[rng.integers(0, len(diff), size=(rounds, len(diff)))].mean(axis=1)
    return [round(float(x), 2) for x in np.percentile(means, [2.5, 97.5])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--words", type=int, default=100)
    args = ap.parse_args()
    files = args.files or [str(DATA / f"{n}{ext}") for n in ("multiling2011", "allsides")
                           for ext in (".jsonl", ".summaries.jsonl")]
    if len(files) % 2:
        ap.error("give corpus and summaries files in pairs")
    for corpus, summaries in zip(files[::2], files[1::2]):
        t0 = time.perf_counter()
        ours_by_story: dict[str, float] = {}
        base_by_story: dict[str, float] = {}
        ours = eval_brief(corpus, summaries, words=args.words, per_story=ours_by_story)
        t1 = time.perf_counter()
        base = eval_summaries(corpus, summaries, lambda s, a: lexrank(s, a, args.words), words=args.words,
                              per_story=base_by_story)
        print(json.dumps({"corpus": Path(corpus).name, "words": args.words,
                          "newsloom": ours, "lexrank": base,
                          "rouge1_recall_gain": round(ours["rouge1_recall"] - base["rouge1_recall"], 2),
                          "rouge1_recall_gain_95ci": paired_ci(ours_by_story, base_by_story),
                          "seconds": {"newsloom": round(t1 - t0, 1), "lexrank": round(time.perf_counter() - t1, 1)}}),
              flush=True)


if __name__ == "__main__":
    main()
