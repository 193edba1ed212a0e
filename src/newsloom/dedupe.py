"""Reprints: articles that copy or lightly edit an earlier one (a wire story run by many sites).

Two steps, so that speed and precision do not fight:
1. MinHash LSH (rensa) over word 5-shingles proposes earlier articles that share many shingles;
   its bands are set low (Jaccard ~0.15) so that trimmed or re-topped copies still come up.
2. A real overlap test confirms: the share of the shorter text's shingles found in the other
   (containment). A copy with a new lede, a trimmed ending, added junk or another outlet's name on
   top keeps most of its shingles; two reports of the same event written independently share
   names and facts but almost no 5-word runs, so they are never marked.

Copies of copies point at the first article of their group, so "independent outlets" counts a wire
story once however many sites ran it. Pure: the pipeline feeds articles and stores `copy_of`.
"""
from __future__ import annotations

import re
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import numpy as np
from rensa import RMinHash, RMinHashLSH

from .records import Article

SHINGLE = 5
NUM_PERM = 128
BANDS = 64  # 2 rows per band: a pair with Jaccard 0.2 becomes a candidate with probability ~0.93
SEED = 1729
MAX_SHINGLES = 4000  # enough for any article; bounds memory and time per article

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """Sorted unique 64-bit hashes of the text's k-word runs (lower-cased, punctuation ignored).

    Each word is hashed once (crc32, stable across runs) and the runs are combined with a
    polynomial rolling hash in numpy, so a long article costs one pass in Python.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    w = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))  # utf-8
    n = max(1, len(words) - k + 1)
    h = np.zeros(n, dtype=np.uint64)
    for i in range(min(k, len(words))):
        h = h * np.uint64(1_000_003) + w[i : i + n]
    return _sorted_unique(h[:MAX_SHINGLES])


def _sorted_unique(a: np.ndarray) -> np.ndarray:
    """np.unique for a short array: a sort and a mask are several times faster than numpy 2's hashing."""
    s = np.sort(a)
    return s[np.concatenate(([True], s[1:] != s[:-1]))] if s.size else s


def _minhash(sh: np.ndarray) -> RMinHash:
    mh = RMinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update(list(map(str, sh.tolist())) or [""])
    return mh


@dataclass(frozen=True)
class Fingerprint:
    """An article's shingles and their MinHash: pure and picklable, so a helper process can compute
    them ahead of the index (pipeline.assign_stories)."""

    shingles: np.ndarray
    minhash: RMinHash


def _compared_text(title: str | None, text: str) -> str:
    """What the index compares of an article: its headline and text."""
    return f"{title or ''}\n{text}"


def fingerprint(title: str | None, text: str) -> Fingerprint:
    """The fingerprint of a headline and text, as the index compares articles."""
    sh = shingles(_compared_text(title, text))
    return Fingerprint(sh, _minhash(sh))


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller shingle set found in the larger one (0 when either is empty)."""
    if not len(a) or not len(b):
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / min(a.size, b.size)


@dataclass(frozen=True)
class ReprintParams:
    min_containment: float = 0.5  # measured: copies ≥ 0.6, independent same-event reports ≤ 0.1
    min_shared: int = 12  # shared shingles; a few common phrases never make a reprint
    max_items: int = 200_000  # articles kept in the index (oldest forgotten first)
    max_checks: int = 50  # candidates verified per article
    max_age_days: int = 7  # a reprint runs within days of its original; older look-alikes are reruns


class ReprintIndex:
    """Remembers recent articles; `add` says which earlier one (if any) the new article reprints."""

    def __init__(self, params: ReprintParams = ReprintParams()) -> None:
        self.params = params
        self._lsh = RMinHashLSH(threshold=0.2, num_perm=NUM_PERM, num_bands=BANDS)
        self._keys: dict[str, int] = {}
        # key -> (article id, shingles, first original of its group, publication day or None)
        self._items: OrderedDict[int, tuple[str, np.ndarray, str | None, int | None]] = OrderedDict()
        self._next = 0
        self._clock: int | None = None  # latest publication day seen

    def __len__(self) -> int:
        return len(self._items)

    def find(self, article: Article, sh: np.ndarray | None = None) -> str | None:
        """The id of the earlier article this one reprints (the first of its copy group), or None."""
        sh = shingles(_compared_text(article.title, article.text)) if sh is None else sh
        if sh.size == 0:
            return None
        mh = _minhash(sh)
        return self._verify(article.id, sh, self._lsh.query(mh), _day(article))

    def _verify(self, own_id: str, sh: np.ndarray, keys: list[int], day: int | None) -> str | None:
        p = self.params
        best: tuple[float, int] | None = None
        # Newest candidates last in key order; check the most recent ones first.
        for key in sorted(keys, reverse=True)[: p.max_checks]:
            item = self._items.get(key)
            if item is None or item[0] == own_id:
                continue
            if day is not None and item[3] is not None and abs(day - item[3]) > p.max_age_days:
                continue
            other = item[1]
            shared = np.intersect1d(sh, other, assume_unique=True).size
            if shared < p.min_shared:
                continue
            c = shared / min(sh.size, other.size)
            if c >= p.min_containment and (best is None or c > best[0] or (c == best[0] and key < best[1])):
                best = (c, key)
        if best is None:
            return None
        art_id, _, root, _ = self._items[best[1]]
        return root or art_id

    def add(self, article: Article, fp: Fingerprint | None = None) -> str | None:
        """Index the article and return the id of the earlier article it reprints, if any; `fp`: its
        fingerprint when already computed. An article already indexed under the same id is replaced
        (an updated text).
        """
        fp = fp or fingerprint(article.title, article.text)
        sh, mh = fp.shingles, fp.minhash
        if article.id in self._keys:
            self._remove(article.id)
        root = self._verify(article.id, sh, self._lsh.query(mh), _day(article)) if sh.size else None
        self._insert(article.id, sh, mh, root, _day(article))
        return root

    def remember(self, article: Article, fp: Fingerprint | None = None) -> None:
        """Index an article whose `copy_of` is already known (restoring from the store)."""
        fp = fp or fingerprint(article.title, article.text)
        sh, mh = fp.shingles, fp.minhash
        if article.id in self._keys:
            self._remove(article.id)
        self._insert(article.id, sh, mh, article.copy_of, _day(article))

    def _insert(self, art_id: str, sh: np.ndarray, mh: RMinHash, root: str | None, day: int | None) -> None:
        key = self._next
        self._next += 1
        self._lsh.insert(key, mh)
        self._keys[art_id] = key
        self._items[key] = (art_id, sh, root, day)
        if day is not None and (self._clock is None or day > self._clock):
            self._clock = day
        # Forget what can no longer be reprinted (older than the reprint window), and cap the size.
        horizon = None if self._clock is None else self._clock - self.params.max_age_days
        while self._items:
            old_key, (old_id, _, _, old_day) = next(iter(self._items.items()))
            too_old = horizon is not None and old_day is not None and old_day < horizon
            if not too_old and len(self._items) <= self.params.max_items:
                break
            del self._items[old_key]
            self._lsh.remove(old_key)
            if self._keys.get(old_id) == old_key:
                del self._keys[old_id]

    def _remove(self, art_id: str) -> None:
        key = self._keys.pop(art_id)
        self._lsh.remove(key)
        self._items.pop(key, None)


def _day(article: Article) -> int | None:
    try:
        return date.fromisoformat(article.published[:10]).toordinal() if article.published else None
    except ValueError:
        return None


def independent_outlets(articles: Iterable[Article]) -> list[str]:
    """Outlets that reported independently, in order of first report: a reprint adds no outlet.

    A copy whose original is not among the articles stands for that original, so it counts.
    """
    articles = list(articles)
    ids = {a.id for a in articles}
    seen: dict[str, None] = {}
    for a in articles:
        if a.copy_of and a.copy_of in ids:
            continue
        if a.outlet and a.outlet not in seen:
            seen[a.outlet] = None
    return list(seen)


def reprint_groups(articles: Iterable[Article]) -> dict[str, list[str]]:
    """Original id -> ids of its reprints (in the given order), for showing copies under originals."""
    groups: dict[str, list[str]] = {}
    for a in articles:
        if a.copy_of:
            groups.setdefault(a.copy_of, []).append(a.id)
    return groups
