"""Fit the clusterer's join model on labelled corpora, and check that it generalises.

Teacher-forced replay: the corpora are streamed in publication order and every article is added to
its GOLD story; before that, the clusterer's own candidate search runs and each candidate story gives
one training row (its features; label: is it the article's gold story). A logistic regression on
those rows gives the weights in `cluster.DEFAULT_WEIGHTS`.

The story-to-story merge model (`cluster.DEFAULT_MERGE_WEIGHTS`) cannot be teacher-forced (gold stories
never need merging), so it is fitted on a real replay with the fitted join model and merging off:
whenever an article joins a story, each other candidate story it was compared with gives one row
(`Clusterer.story_features`; label: the two stories' majority gold stories are the same).

To see whether the weights generalise rather than memorise, each corpus is also scored with weights
fitted on the other corpora only (leave one corpus out), running the real streaming clusterer.

Leave-one-corpus-out scores are brittle: a held-out corpus can move by 0.05-0.09 pairwise F1 with the
regularisation strength alone (it decides on which side of the join threshold a group of articles
falls). `--c-values 0.3,1,3` repeats the fit and the checks at each strength and reports every score
per strength and their mean, so a change is judged on all of them rather than on one lucky fit.
`--undated` also scores each dated corpus replayed alone with its dates removed: the time window keeps
most events of one kind apart, and this shows how far the words alone do (a corpus labelled by event,
unlike multiling's topics, is the check that a change does not teach the model to gather a topic).

`--prior-docs K` fits with word rarity read as if K unrelated reports were always stored (`Params.prior_docs`);
copy it into `Params.prior_docs` with the weights.

    python benchmarks/calibrate_cluster.py [../shared/data/basil.jsonl ...] [--c-values 0.3,1,3] [--undated]
        [--prior-docs K]
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from newsloom import cluster as C
from newsloom.evaluate.cluster import bcubed_scores, pairwise_scores, read_articles, stream_order

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_FILES = [str(DATA / f"{n}.jsonl") for n in ("basil", "newswcl50", "multiling2011", "allsides")]


def teacher_rows(articles, params: C.Params):
    cl = C.Clusterer(params)
    X, y, group = [], [], []
    missed = 0
    for a in articles:
        doc = cl.featurise(a)
        cands = cl.candidates(doc)
        if a.gold_story in cl.stories and all(c.id != a.gold_story for c in cands):
            missed += 1
        for c, row in zip(cands, cl.candidate_features(doc, cands)):
            X.append(row)
            y.append(int(c.id == a.gold_story))
            group.append(a.id.split("/")[0])
        cl.add_doc(doc, story_id=a.gold_story)
    return np.array(X), np.array(y), np.array(group), missed


def fit(X, y, group, c: float = 1.0) -> tuple[float, ...]:
    """Logistic regression; every corpus weighs the same in total, so the largest does not set the rules.
    `c` is scikit-learn's inverse regularisation strength."""
    names, counts = np.unique(group, return_counts=True)
    share = dict(zip(names, counts))
    weight = np.array([len(y) / (len(names) * share[g]) for g in group])
    lr = LogisticRegression(C=c, max_iter=5000)
    lr.fit(X, y, sample_weight=weight)
    return (float(lr.intercept_[0]), *(float(w) for w in lr.coef_[0]))


def merge_rows(articles, params: C.Params):
    cl = C.Clusterer(dataclasses.replace(params, merge_weights=()))
    cl.merge_log = []
    members: dict[str, Counter] = defaultdict(Counter)
    X, y, group = [], [], []
    for a in articles:
        cl.merge_log.clear()
        res = cl.add(a)
        members[res.story][a.gold_story] += 1
        for feats, sa, sb in cl.merge_log:
            ga, gb = members[sa].most_common(1)[0][0], members[sb].most_common(1)[0][0]
            X.append(feats)
            y.append(int(ga == gb))
            group.append(ga.split("/")[0])
    return np.array(X), np.array(y), np.array(group)


def fit_both(X, y, group, articles, base: C.Params, held: str | None = None, c: float = 1.0) -> C.Params:
    """Join weights from the teacher rows, then merge weights from a replay with them; `held` left out."""
    keep = group != held
    params = dataclasses.replace(base, weights=fit(X[keep], y[keep], group[keep], c))
    MX, My, Mg = merge_rows(articles, params)
    keep = Mg != held
    return dataclasses.replace(params, merge_weights=fit(MX[keep], My[keep], Mg[keep], c))


def run(articles, params: C.Params) -> dict[str, str]:
    cl = C.Clusterer(params)
    pred = {}
    for a in articles:
        res = cl.add(a)
        pred[a.id] = res.story
        for moved in res.moved:  # an earlier article split off with this one
            pred[moved] = res.story
        for gone in res.merged:
            for k, v in pred.items():
                if v == gone:
                    pred[k] = res.story
    return pred


def scores(articles, pred) -> dict[str, float]:
    gold = {a.id: a.gold_story for a in articles}
    p = {a.id: pred[a.id] for a in articles}
    pw, b3 = pairwise_scores(gold, p), bcubed_scores(gold, p)
    return {"pairwise_f1": round(pw["f1"], 4), "pairwise_p": round(pw["precision"], 4),
            "pairwise_r": round(pw["recall"], 4), "bcubed_f1": round(b3["f1"], 4),
            "bcubed_p": round(b3["precision"], 4), "bcubed_r": round(b3["recall"], 4),
            "stories": len(set(p.values())), "gold": len(set(gold.values()))}


def c_values(text: str) -> list[float]:
    """'0.3,1,3' -> [0.3, 1.0, 3.0]; checked before minutes of fitting, not after."""
    try:
        values = [float(c) for c in text.split(",") if c.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected positive numbers separated by commas, e.g. 0.3,1,3")
    if not values or any(v <= 0 for v in values):
        raise argparse.ArgumentTypeError(f"{text!r}: expected positive numbers separated by commas, e.g. 0.3,1,3")
    return values


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", default=DEFAULT_FILES)
    ap.add_argument("--c-values", type=c_values, default=[],
                    help="also fit at these regularisation strengths, e.g. 0.3,1,3")
    ap.add_argument("--undated", action="store_true",
                    help="also score each dated corpus replayed alone without its dates (see undated_stress.py)")
    ap.add_argument("--prior-docs", type=int, default=None,
                    help="fit with word rarity read as if this many unrelated reports were stored too "
                         "(Params.prior_docs; default: the current one)")
    args = ap.parse_args()
    per_file = [read_articles(f) for f in args.files]
    articles = stream_order(per_file)
    base = C.DEFAULT if args.prior_docs is None else dataclasses.replace(C.DEFAULT, prior_docs=args.prior_docs)
    X, y, group, missed = teacher_rows(articles, base)
    print(f"training rows {len(y)} (joins {int(y.sum())}), gold story not among candidates: {missed}",
          file=sys.stderr)
    fitted = fit_both(X, y, group, articles, base)
    pred = run(articles, fitted)
    report = {"weights": [round(w, 3) for w in fitted.weights], "features": C.FEATURES,
              "merge_weights": [round(w, 3) for w in fitted.merge_weights],
              "story_features": C.STORY_FEATURES,
              "pooled": scores(articles, pred), "per_file": {}, "leave_one_corpus_out": {}}
    for f, arts in zip(args.files, per_file):
        name = Path(f).stem
        report["per_file"][name] = scores(arts, pred)
        held = arts[0].id.split("/")[0]
        loco = run(articles, fit_both(X, y, group, articles, base, held))
        report["leave_one_corpus_out"][name] = scores(arts, loco)
    if args.undated:
        # the words alone, without the time window, on corpora labelled by event (not by topic)
        report["undated"] = {Path(f).stem: scores(bare, run(bare, fitted))
                             for f, arts in zip(args.files, per_file) if any(a.published for a in arts)
                             for bare in [[dataclasses.replace(a, published=None) for a in arts]]}
    if args.c_values:
        report["by_c"] = by_c(args.c_values, X, y, group, articles, per_file,
                              args.files, base)
    print(json.dumps(report, indent=1))


def by_c(cs, X, y, group, articles, per_file, files, base) -> dict:
    """Pooled and leave-one-corpus-out F1 (pairwise, BCubed) at each regularisation strength, and the mean."""
    rows: dict[str, list[tuple[float, float]]] = {}
    for c in cs:
        pred = run(articles, fit_both(X, y, group, articles, base, c=c))
        s = scores(articles, pred)
        rows.setdefault("pooled", []).append((s["pairwise_f1"], s["bcubed_f1"]))
        for f, arts in zip(files, per_file):
            held = arts[0].id.split("/")[0]
            s = scores(arts, run(articles, fit_both(X, y, group, articles, base, held, c)))
            rows.setdefault("loco " + Path(f).stem, []).append((s["pairwise_f1"], s["bcubed_f1"]))
    return {"c": cs, **{k: {"pairwise_f1": [p for p, _ in v], "bcubed_f1": [b for _, b in v],
                            "mean_pairwise_f1": round(sum(p for p, _ in v) / len(v), 4),
                            "mean_bcubed_f1": round(sum(b for _, b in v) / len(v), 4)}
                        for k, v in rows.items()}}


if __name__ == "__main__":
    main()
