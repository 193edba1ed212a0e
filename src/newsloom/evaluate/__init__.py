"""Measurements on labelled corpora: clustering (pairwise and BCubed), reprints, briefs."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


class EvalInputError(ValueError):
    """An evaluation input cannot be used; the message names the file (and line) and what is wrong."""


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSONL file; a bad line is an EvalInputError."""
    p = Path(path)
    if not p.is_file():
        raise EvalInputError(f"{path}: no such file")
    with p.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise EvalInputError(f"{path}:{n}: not JSON ({e.msg})") from None
            except UnicodeDecodeError:
                raise EvalInputError(f"{path}:{n}: not UTF-8 text") from None
            if not isinstance(row, dict):
                raise EvalInputError(f"{path}:{n}: expected a JSON object")
            yield n, row
