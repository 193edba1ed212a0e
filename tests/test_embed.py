"""Sentence embeddings from the packaged MiniLM model: shape, normalisation, and sane neighbours."""
from __future__ import annotations

import numpy as np
import pytest

from newsloom import embed

pytestmark = pytest.mark.skipif(not embed.available(), reason="embedding extra not installed")


def test_shape_dtype_and_unit_rows():
    v = embed.encode(["A ferry ran aground in fog.", "Parliament passed the budget.", ""])
    assert v.shape == (3, embed.DIM)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:2], axis=1), 1.0, atol=1e-4)


def test_similar_sentences_are_closer_than_unrelated_ones():
    v = embed.encode([
        "A strong earthquake shook the coastal town overnight.",
        "An powerful quake hit the seaside city during the night.",
        "The football club signed a new goalkeeper on Friday.",
    ])
    sims = v @ v.T
    assert sims[0, 1] > sims[0, 2] + 0.2


def test_cached_and_batched_results_match_single_calls():
    texts = [f"Report number {i} about the harbour fire." for i in range(40)]
    batch = embed.encode(texts, batch_size=8)
    again = embed.encode(texts[5:6], cache_size=0)
    assert np.allclose(batch[5], again[0], atol=1e-5)


def test_rejects_non_list_input():
    with pytest.raises(TypeError):
        embed.encode("not a list")  # type: ignore[arg-type]
