"""Clustering metrics on hand-made labels, and the eval commands' functions on fictional corpora."""
from __future__ import annotations

import json

import pytest
from fictional_quakes import BUDGET, QUAKE_A, QUAKE_B

from newsloom.evaluate.cluster import bcubed_scores, eval_cluster, eval_reprints, pairwise_scores, stream_order
from newsloom.records import Article

# gold: {a,b,c} {d,e}; predicted: {a,b} {c,d,e}
GOLD = {"a": "G1", "b": "G1", "c": "G1", "d": "G2", "e": "G2"}
PRED = {"a": "P1", "b": "P1", "c": "P2", "d": "P2", "e": "P2"}


def test_pairwise_by_hand():
    # gold pairs ab ac bc de; predicted pairs ab cd ce de; shared ab de -> 2/4 and 2/4
    s = pairwise_scores(GOLD, PRED)
    assert s["precision"] == pytest.approx(0.5)
    assert s["recall"] == pytest.approx(0.5)
    assert s["f1"] == pytest.approx(0.5)


def test_bcubed_by_hand():
    # precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15
    # recall per item:    a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15
    s = bcubed_scores(GOLD, PRED)
    assert s["precision"] == pytest.approx(11 / 15)
    assert s["recall"] == pytest.approx(11 / 15)
    assert s["f1"] == pytest.approx(11 / 15)


def test_all_in_one_cluster_has_full_recall_low_precision():
    one = {k: "X" for k in GOLD}
    assert bcubed_scores(GOLD, one)["recall"] == 1.0
    # pairs: 10 predicted, 4 gold, all gold inside -> 4/10
    assert pairwise_scores(GOLD, one)["precision"] == pytest.approx(0.4)


def test_labels_must_cover_the_same_items():
    with pytest.raises(ValueError):
        pairwise_scores(GOLD, {"a": "P1"})


def test_stream_order_keeps_undated_in_file_place():
    f1 = [Article(id="x", outlet="o", text="t", published="2025-01-03"),
          Article(id="y", outlet="o", text="t"),
          Article(id="z", outlet="o", text="t", published="2025-01-01")]
    f2 = [Article(id="w", outlet="o", text="t", published="2025-01-02")]
    assert [a.id for a in stream_order([f1, f2])] == ["z", "w", "x", "y"]


def _write(path, articles, extra=None):
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            row = {"id": a.id, "story": a.id[0], "outlet": a.outlet, "title": a.title,
                   "published": a.published, "url": None, "language": "en", "text": a.text}
            row.update((extra or {}).get(a.id, {}))
            fh.write(json.dumps(row) + "\n")


def test_eval_cluster_on_a_fictional_corpus(tmp_path):
    path = tmp_path / "quakes.jsonl"
    _write(path, QUAKE_A + QUAKE_B + BUDGET)
    r = eval_cluster([str(path)])
    assert r["articles"] == 6
    assert r["gold_stories"] == 3
    assert r["predicted_stories"] == 3
    assert r["pairwise_f1"] == 1.0 and r["bcubed_f1"] == 1.0
    assert r["articles_per_second"] > 0


def test_eval_cluster_scores_each_file_of_the_pooled_stream_and_counts_stories_across_files(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    _write(one, QUAKE_A[:2] + BUDGET)
    _write(two, QUAKE_A[2:] + QUAKE_B)  # the third report of quake A sits in the second file
    r = eval_cluster([str(one), str(two)])
    assert r["articles"] == 6 and r["pairwise_f1"] == 1.0
    assert set(r["per_file"]) == {str(one), str(two)}
    assert r["per_file"][str(one)]["articles"] == 3 and r["per_file"][str(one)]["gold_stories"] == 2
    assert r["per_file"][str(two)]["predicted_stories"] == 2
    assert r["pairs_across_files"] == 2  # a1-a3 and a2-a3
    assert "per_file" not in eval_cluster([str(one)])


def test_eval_cluster_names_a_file_without_labels(tmp_path):
    path = tmp_path / "nolabels.jsonl"
    path.write_text(json.dumps({"id": "q", "text": "Some words here.", "outlet": "X"}) + "\n")
    with pytest.raises(ValueError, match="nolabels.jsonl"):
        eval_cluster([str(path)])


def test_eval_reprints_on_a_fictional_set(tmp_path):
    original = QUAKE_A[0]
    copy = Article(id="r-copy", outlet="Plainview Post", published=original.published, title=original.title,
                   text="PLAINVIEW POST — Wire report\n\n" + original.text.rsplit("\n\n", 1)[0])
    path = tmp_path / "reprints.jsonl"
    _write(path, QUAKE_A + [copy], extra={"r-copy": {"reprint_of": "a1"}})
    r = eval_reprints(str(path))
    assert r["reprints"] == 1
    assert r["precision"] == 1.0 and r["recall"] == 1.0
    assert r["independent_marked"] == 0
