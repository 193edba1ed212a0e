"""Reprints: articles that copy or lightly edit an earlier one (a wire story run by many sites).

Three steps, so that speed and precision do not fight:
1. MinHash LSH (rensa) over word 5-shingles proposes earlier articles that share many shingles;
   its bands are set low (Jaccard ~0.15) so that trimmed or re-topped copies still come up.
2. A real overlap test confirms: the share of the shorter text's shingles found in the other
   (containment). A copy with a new lede, a trimmed ending, added junk or another outlet's name on
   top keeps most of its shingles; two reports of the same event written independently share
   names and facts but almost no 5-word runs, so they are never marked.
3. A template is not a copy: one outlet writing up two robberies (or fires, or games) in the same
   words shares nearly every shingle, but where the shared text has a slot (a few words between two
   shared runs) each side puts a name, place or figure there that the other lacks ("in Greyhaven" /
   "in Pellow", "40,000" / "25,000"). A copy's edits sit around the shared text (a lede, a cut
   ending, junk, its own name on top) or swap common words, so it keeps every slot's names.

Copies of copies point at the first article of their group, so "independent outlets" counts a wire
story once however many sites ran it. Pure: the pipeline feeds articles and stores `copy_of`.
"""
from __future__ import annotations

import re
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from typing import Iterable, NamedTuple

import numpy as np
from rensa import RMinHash, RMinHashLSH

from .records import Article
from .text import NUMBER_WORDS, STOPWORDS

SHINGLE = 5
NUM_PERM = 128
BANDS = 64  # 2 rows per band: a pair with Jaccard 0.2 becomes a candidate with probability ~0.93
SEED = 1729
MAX_SHINGLES = 4000  # enough for any article; bounds memory and time per article
# A template's slot: at most SLOT words on either side, between shared runs of at least RUN words
# (shorter runs are chance matches of common words inside a new lede or an unrelated paragraph).
SLOT = 6
RUN = 4

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """Sorted unique 64-bit hashes of the text's k-word runs (lower-cased, punctuation ignored)."""
    return _shingles(_hashes([w.lower() for w in _WORD.findall(text)]), k)


def _hashes(lower: list[str]) -> np.ndarray:
    """Each (lower-cased) word hashed once (crc32 of its utf-8, stable across runs)."""
    return np.fromiter(map(zlib.crc32, map(str.encode, lower)), dtype=np.uint64, count=len(lower))


def _shingles(w: np.ndarray, k: int = SHINGLE) -> np.ndarray:
    """The k-word runs of hashed words, combined with a polynomial rolling hash in numpy, so a long
    article costs one pass in Python."""
    if not w.size:
        return np.zeros(0, dtype=np.uint64)
    n = max(1, w.size - k + 1)
    h = np.zeros(n, dtype=np.uint64)
    for i in range(min(k, w.size)):
        h = h * np.uint64(1_000_003) + w[i : i + n]
    return _sorted_unique(h[:MAX_SHINGLES])


def _sorted_unique(a: np.ndarray) -> np.ndarray:
    """np.unique for a short array: a sort and a mask are several times faster than numpy 2's hashing."""
    s = np.sort(a)
    return s[np.concatenate(([True], s[1:] != s[:-1]))] if s.size else s


_DIGIT = re.compile(r"\d")


def _telling(found: list[str]) -> np.ndarray:
    """For each word, whether it is a name, place or figure: a word with a digit, a number word, or a
    capitalised word that is not a common one (a sentence's "The" is none). Judged once per word form."""
    telling = {w for w in set(found) if (not w.isalpha() and _DIGIT.search(w)) or (
        (lw := w.lower()) not in STOPWORDS and (w[0].isupper() or lw in NUMBER_WORDS))}
    return np.fromiter(map(telling.__contains__, found), dtype=bool, count=len(found))


def _minhash(sh: np.ndarray) -> RMinHash:
    mh = RMinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update(list(map(str, sh.tolist())) or [""])
    return mh


class Words(NamedTuple):
    """A text's words in order, for aligning it with another."""

    hashes: np.ndarray  # each word's hash (uint32)
    marks: np.ndarray  # for each word, whether it is a name, place or figure (a template's slot filler)


@dataclass(frozen=True)
class Fingerprint:
    """An article's shingles, their MinHash and its words: pure and picklable, so a helper process can compute
    them ahead of the index (pipeline.assign_stories)."""

    shingles: np.ndarray
    minhash: RMinHash
    words: Words


def _compared_text(title: str | None, text: str) -> str:
    """What the index compares of an article: its headline and text."""
    return f"{title or ''}\n{text}"


def fingerprint(title: str | None, text: str) -> Fingerprint:
    """The fingerprint of a headline and text, as the index compares articles."""
    compared = _compared_text(title, text)
    found = _WORD.findall(compared)[: MAX_SHINGLES + SHINGLE - 1]  # the words the shingles cover
    hashes = _hashes(list(map(str.lower, found)))
    sh = _shingles(hashes)
    return Fingerprint(sh, _minhash(sh), Words(hashes.astype(np.uint32), _telling(found)))


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller shingle set found in the larger one (0 when either is empty)."""
    if not len(a) or not len(b):
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / min(a.size, b.size)


def different_slots(a: Words, b: Words, own: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
                    ) -> bool:
    """Whether two texts that share most of their words are one template filled in twice: some slot of
    their shared text (see SLOT, RUN) holds names, places or figures on each side that the other side's
    slot lacks. `own`: each text's outlet name, as word hashes: a slot where each names its own outlet
    (a dateline's "(Northgate Wire)" / "(Plainview Post)") is a copy's, not another event's."""
    ops = SequenceMatcher(None, a.hashes.tolist(), b.hashes.tolist(), autojunk=False).get_opcodes()
    # A slot: the changes between two shared runs of RUN words or more (a shorter match inside it, the
    # "of" in "Board of Education" / "Greyhaven of Corran", is part of it).
    runs = [k for k, (tag, i1, i2, _, _) in enumerate(ops) if tag == "equal" and i2 - i1 >= RUN]
    for left, right in zip(runs, runs[1:]):
        i1, j1 = ops[left][2], ops[left][4]
        i2, j2 = ops[right][1], ops[right][3]
        if not (0 < i2 - i1 <= SLOT and 0 < j2 - j1 <= SLOT):
            continue
        here = set(a.hashes[i1:i2][a.marks[i1:i2]].tolist())
        there = set(b.hashes[j1:j2][b.marks[j1:j2]].tolist())
        if here - there and there - here and not (here <= own[0] and there <= own[1]):
            return True
    return False


def _outlet_words(outlet: str | None) -> frozenset[int]:
    return frozenset(zlib.crc32(w.encode()) for w in _WORD.findall((outlet or "").lower()))


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
        self._items: OrderedDict[int, _Item] = OrderedDict()
        self._next = 0
        self._clock: int | None = None  # latest publication day seen

    def __len__(self) -> int:
        return len(self._items)

    def find(self, article: Article, fp: Fingerprint | None = None) -> str | None:
        """The id of the earlier article this one reprints (the first of its copy group), or None."""
        fp = fp or fingerprint(article.title, article.text)
        if fp.shingles.size == 0:
            return None
        return self._verify(article, fp, self._lsh.query(fp.minhash))

    def _verify(self, article: Article, fp: Fingerprint, keys: list[int]) -> str | None:
        p = self.params
        own_id, sh, day = article.id, fp.shingles, _day(article)
        passed: list[tuple[float, int]] = []
        # Newest candidates last in key order; check the most recent ones first.
        for key in sorted(keys, reverse=True)[: p.max_checks]:
            item = self._items.get(key)
            if item is None or item.id == own_id:
                continue
            if day is not None and item.day is not None and abs(day - item.day) > p.max_age_days:
                continue
            other = item.shingles
            shared = np.intersect1d(sh, other, assume_unique=True).size
            if shared < p.min_shared:
                continue
            c = shared / min(sh.size, other.size)
            if c >= p.min_containment:
                passed.append((-c, key))
        # The most alike first (the earliest of equals); a template filled in with other names is passed over.
        mine = _outlet_words(article.outlet)
        for _, key in sorted(passed):
            item = self._items[key]
            if not different_slots(fp.words, item.words, (mine, item.outlet)):
                return item.root or item.id
        return None

    def add(self, article: Article, fp: Fingerprint | None = None) -> str | None:
        """Index the article and return the id of the earlier article it reprints, if any; `fp`: its
        fingerprint when already computed. An article already indexed under the same id is replaced
        (an updated text).
        """
        fp = fp or fingerprint(article.title, article.text)
        if article.id in self._keys:
            self._remove(article.id)
        root = self._verify(article, fp, self._lsh.query(fp.minhash)) if fp.shingles.size else None
        self._insert(article, fp, root)
        return root

    def remember(self, article: Article, fp: Fingerprint | None = None) -> None:
        """Index an article whose `copy_of` is already known (restoring from the store)."""
        fp = fp or fingerprint(article.title, article.text)
        if article.id in self._keys:
            self._remove(article.id)
        self._insert(article, fp, article.copy_of)

    def _insert(self, article: Article, fp: Fingerprint, root: str | None) -> None:
        key = self._next
        self._next += 1
        self._lsh.insert(key, fp.minhash)
        self._keys[article.id] = key
        day = _day(article)
        self._items[key] = _Item(article.id, fp.shingles, fp.words, root, day, _outlet_words(article.outlet))
        if day is not None and (self._clock is None or day > self._clock):
            self._clock = day
        # Forget what can no longer be reprinted (older than the reprint window), and cap the size.
        horizon = None if self._clock is None else self._clock - self.params.max_age_days
        while self._items:
            old_key, old = next(iter(self._items.items()))
            old_id, old_day = old.id, old.day
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


class _Item(NamedTuple):
    """An indexed article."""

    id: str
    shingles: np.ndarray
    words: Words
    root: str | None  # the first original of its copy group, when it is a copy
    day: int | None  # publication day
    outlet: frozenset[int]  # its outlet's name, as word hashes


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
