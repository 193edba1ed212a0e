"""Story clustering and reprint detection, measured on labelled corpus JSONL.

`eval_cluster` replays a corpus as a stream in publication order through the real pipeline
(a temporary SQLite store, `pipeline.assign_stories`: reprint detection, then clustering) and
compares the stories it makes with the gold `story` labels.
`eval_reprints` does the same for reprint detection on a set made by `benchmarks/make_reprints.py`.
"""
from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping

from . import EvalInputError, read_jsonl
from ..records import Article

# --- metrics ------------------------------------------------------------------------------------


def _prf(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise_scores(gold: Mapping[str, str], pred: Mapping[str, str]) -> dict[str, float]:
    """Precision/recall/F1 over pairs of items put together (by the gold labels and by the prediction).

    Counted from the contingency table, so it is linear in the number of items.
    """
    if set(gold) != set(pred):
        raise ValueError("gold and predicted labels must cover the same items")
    both = Counter((gold[k], pred[k]) for k in gold)
    pairs = lambda n: n * (n - 1) // 2  # noqa: E731
    tp = sum(pairs(n) for n in both.values())
    gold_pairs = sum(pairs(n) for n in Counter(gold.values()).values())
    pred_pairs = sum(pairs(n) for n in Counter(pred.values()).values())
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / gold_pairs if gold_pairs else 1.0
    return {"precision": p, "recall": r, "f1": _prf(p, r)}


def bcubed_scores(gold: Mapping[str, str], pred: Mapping[str, str]) -> dict[str, float]:
    """BCubed precision/recall/F1 (Bagga & Baldwin): per item, the share of its predicted cluster
    that shares its gold label, and the share of its gold cluster that it was clustered with."""
    if set(gold) != set(pred):
        raise ValueError("gold and predicted labels must cover the same items")
    if not gold:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    both = Counter((gold[k], pred[k]) for k in gold)
    gsize = Counter(gold.values())
    psize = Counter(pred.values())
    p = sum(n * n / psize[pl] for (gl, pl), n in both.items()) / len(gold)
    r = sum(n * n / gsize[gl] for (gl, pl), n in both.items()) / len(gold)
    return {"precision": p, "recall": r, "f1": _prf(p, r)}


# --- reading and ordering -----------------------------------------------------------------------


def read_corpus(path: str | Path) -> list[dict[str, Any]]:
    """The rows of a corpus JSONL file; a bad line is an error naming the file and line."""
    rows = []
    for n, row in read_jsonl(path):
        if not row.get("id") or not isinstance(row.get("text"), str):
            raise EvalInputError(f"{path}:{n}: a corpus line needs an 'id' and a 'text'")
        rows.append(row)
    return rows

def to_article(row: Mapping[str, Any]) -> Article:
    return Article(
        id=str(row["id"]), outlet=row.get("outlet") or "unknown", text=row["text"], title=row.get("title"),
        url=row.get("url"), published=row.get("published"), language=row.get("language"),
        gold_story=row.get("story"),
    )


def stream_order(files: Iterable[list[Article]]) -> list[Article]:
    """Publication order across files. An undated article keeps its place in its file: it sorts with
    the last dated article before it in the same file (or first, when there is none)."""
    keyed = []
    for f, arts in enumerate(files):
        last = ""
        for n, a in enumerate(arts):
            if a.published:
                last = a.published[:10]
            keyed.append(((a.published[:10] if a.published else last), f, n, a))
    keyed.sort(key=lambda k: k[:3])
    return [k[3] for k in keyed]


# --- evaluations --------------------------------------------------------------------------------


def _replay(articles: list[Article]) -> tuple[list[Article], float]:
    """Store the articles one by one through the pipeline, in order; returns them as stored."""
    from ..pipeline import assign_stories
    from ..store import Store

    with tempfile.TemporaryDirectory(prefix="newsloom-eval-") as tmp:
        with Store(Path(tmp) / "eval.db") as store:
            start = time.perf_counter()
            with store.transaction():
                for a in articles:
                    store.put_article(a)
            assign_stories(store, articles)
            elapsed = time.perf_counter() - start
            stored = [store.get_article(a.id) for a in articles]
    return [a for a in stored if a is not None], elapsed


def read_articles(path: str) -> list[Article]:
    """A corpus file's articles as ingest makes them (the same reader and cleaner as `newsloom ingest`).

    Falls back to reading the JSONL directly when the ingest package is not importable.
    """
    if not Path(path).is_file():
        raise EvalInputError(f"{path}: no such file")
    try:
        from ..ingest import read_sources
    except ImportError:  # pragma: no cover - ingest ships with the package
        return [to_article(r) for r in read_corpus(path)]
    arts = []
    for result in read_sources([path]):
        if result.article is None:
            raise EvalInputError(result.error or f"{path}: unreadable")
        arts.append(result.article)
    return arts


def eval_cluster(paths: list[str]) -> dict[str, Any]:
    """Replay the labelled corpora as one stream and score the stories against the gold labels.

    The speed counts everything from reading the JSONL to the stories stored in SQLite.
    """
    if not paths:
        raise EvalInputError("eval cluster needs at least one corpus JSONL file")
    start = time.perf_counter()
    files = []
    for path in paths:
        arts = read_articles(path)
        missing = [a.id for a in arts if not a.gold_story]
        if missing:
            raise EvalInputError(f"{path}: {len(missing)} articles have no gold 'story' label (first: {missing[0]})")
        files.append(arts)
    ordered = stream_order(files)
    ids = Counter(a.id for a in ordered)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise EvalInputError(f"article id {dup[0]!r} occurs more than once across {', '.join(paths)}")
    stored, _ = _replay(ordered)
    elapsed = time.perf_counter() - start
    gold = {a.id: a.gold_story or "" for a in ordered}
    pred = {a.id: a.story or f"none:{a.id}" for a in stored}
    out = {"files": paths, **_scores(gold, pred),
           "articles_per_second": round(len(ordered) / elapsed, 1) if elapsed else None}
    if len(files) > 1:
        # each file's share of the one pooled replay (not a replay of the file alone), and the
        # predicted pairs that join articles of two files: stories that mix two corpora
        out["per_file"] = {}
        for path, arts in zip(paths, files):
            mine = {a.id for a in arts}
            out["per_file"][path] = _scores({i: gold[i] for i in mine}, {i: pred[i] for i in mine})
        file_of = {a.id: k for k, arts in enumerate(files) for a in arts}
        members: dict[str, Counter[int]] = {}
        for i, story in pred.items():
            members.setdefault(story, Counter())[file_of[i]] += 1
        out["pairs_across_files"] = sum((sum(c.values()) ** 2 - sum(v * v for v in c.values())) // 2
                                        for c in members.values())
    return out


def _scores(gold: Mapping[str, str], pred: Mapping[str, str]) -> dict[str, Any]:
    pw = pairwise_scores(gold, pred)
    b3 = bcubed_scores(gold, pred)
    return {
        "articles": len(gold),
        "gold_stories": len(set(gold.values())),
        "predicted_stories": len(set(pred.values())),
        "pairwise_precision": round(pw["precision"], 4),
        "pairwise_recall": round(pw["recall"], 4),
        "pairwise_f1": round(pw["f1"], 4),
        "bcubed_precision": round(b3["precision"], 4),
        "bcubed_recall": round(b3["recall"], 4),
        "bcubed_f1": round(b3["f1"], 4),
    }


def eval_reprints(path: str) -> dict[str, Any]:
    """Score reprint detection on a labelled set (see benchmarks/make_reprints.py).

    Each line is a corpus article plus `reprint_of`: the id of the article it copies, or null.
    Copies of one original form a group (a copy of a copy belongs to the first original's group).
    Scored over pairs of articles: a pair is found when reprint detection links both articles to
    the same original, and true when the labels put both in the same group. Same-event reports by
    other outlets (unlabelled) must stay apart; `independent_marked` counts those marked anyway.
    """
    from ..dedupe import ReprintIndex

    rows = read_corpus(path)
    if not any("reprint_of" in r for r in rows):
        raise EvalInputError(f"{path}: no 'reprint_of' labels; make one with benchmarks/make_reprints.py")
    arts = [to_article(r) for r in rows]
    label = {str(r["id"]): r.get("reprint_of") for r in rows}

    def root_of(i: str, links: Mapping[str, str | None]) -> str:
        seen = set()
        while links.get(i) and i not in seen:
            seen.add(i)
            i = links[i]  # type: ignore[assignment]
        return i

    ordered = stream_order([arts])
    index = ReprintIndex()
    start = time.perf_counter()
    found: dict[str, str | None] = {}
    for a in ordered:
        found[a.id] = index.add(a)
    elapsed = time.perf_counter() - start
    gold = {i: root_of(i, label) for i in label}
    pred = {i: root_of(i, found) for i in label}
    pw = pairwise_scores(gold, pred)
    independent_marked = sum(1 for i, o in found.items() if o and gold[i] != gold[o])
    return {
        "file": path,
        "articles": len(arts),
        "reprints": sum(1 for o in label.values() if o),
        "marked": sum(1 for o in found.values() if o),
        "precision": round(pw["precision"], 4),
        "recall": round(pw["recall"], 4),
        "f1": round(pw["f1"], 4),
        "independent_marked": independent_marked,
        "articles_per_second": round(len(arts) / elapsed, 1) if elapsed else None,
    }
