"""Fixtures shared by the test modules."""
from __future__ import annotations

import pytest


@pytest.fixture
def _embeddings():
    """Skip a test that needs the packaged sentence encoder where it is not installed."""
    pytest.importorskip("onnxruntime")
    from newsloom import embed

    if not embed.available():
        pytest.skip("embedding packages missing")
