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
   Likewise a text that puts another figure right next to the shared text, in the same sentence
   ("About 1,500 residents were evacuated" / "Twelve hundred residents were evacuated"), even at its
   start or end where no slot is closed, is another or an updated report: an edited reprint keeps
   the wire's figures. Figures are compared by value, so "1,500" / "1500" / "fifteen hundred" agree.
   Unless one text credits the other's outlet ("Reporting by Northgate Wire", a credit line the cleaner
   takes out): the copy says it did not report the story, so a figure it changed is its own edit of a
   reprint (its slots must still keep the names: the wire's words for another event stay another event).

Copies of copies point at the first article of their group, so "independent outlets" counts a wire
story once however many sites ran it. Pure: the pipeline feeds articles and stores `copy_of`.
"""
from __future__ import annotations

import itertools
import re
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from typing import Callable, Iterable, NamedTuple

import numpy as np
# difflib's algorithm compiled: the same opcodes, four times as fast (aligning a reprint candidate was
# the second slowest step of an ingest)
from cydifflib import SequenceMatcher
from rensa import RMinHash, RMinHashLSH

from .clean import CREDITS, credit_lines
from .records import Article, Removal
from .text import MEASURES, NUMBER_WORDS, SCALES, STOPWORDS, numbers

SHINGLE = 5
NUM_PERM = 128
BANDS = 64  # 2 rows per band: a pair with Jaccard 0.2 becomes a candidate with probability ~0.93
SEED = 1729
MAX_SHINGLES = 4000  # enough for any article; bounds memory and time per article
# A template's slot: at most SLOT words on either side, between shared runs of at least RUN words
# (shorter runs are chance matches of common words inside a new lede or an unrelated paragraph).
SLOT = 6
RUN = 4
END_RUN = 2  # ... or at least END_RUN words that end both texts

# A word; a figure with thousands commas is one word, compared without them ("1,500" and "1500" alike).
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|[^\W_]+", re.UNICODE)


def _folded(words: list[str]) -> list[str]:
    """Words as compared: lower-cased, a figure without its thousands commas (in one pass over the text)."""
    return "\n".join(words).lower().replace(",", "").split("\n") if words else []


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """Sorted unique 64-bit hashes of the text's k-word runs (lower-cased, punctuation ignored)."""
    return _shingles(_hashes(_folded(_WORD.findall(text))), k)


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
_FIGURE_WORDS = frozenset(NUMBER_WORDS) | {w for w in SCALES if len(w) > 1} | {"percent", "cent"}


def _telling(found: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """For each word, whether it is a name, place or figure: a word with a digit, a number word, or a
    capitalised word that is not a common one (a sentence's "The" is none); and whether it may be part
    of a figure (Words.numeric). Judged once per word form."""
    code = {}  # word form -> Words.numeric, plus 4 when telling
    for w in set(found):
        lw = w.lower()
        digit = not w.isalpha() and _DIGIT.search(w) is not None
        telling = digit or (lw not in STOPWORDS and (w[0].isupper() or lw in NUMBER_WORDS))
        code[w] = (DIGITS if digit else NUMBER_WORD if lw in _FIGURE_WORDS else 0) | (4 if telling else 0)
    codes = np.fromiter(map(code.__getitem__, found), dtype=np.uint8, count=len(found))
    return codes >= 4, codes & 3


def _minhash(sh: np.ndarray) -> RMinHash:
    mh = RMinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update(list(map(str, sh.tolist())) or [""])
    return mh


class Words(NamedTuple):
    """A text's words in order, for aligning it with another."""

    hashes: np.ndarray  # each word's hash (uint32)
    marks: np.ndarray  # for each word, whether it is a name, place or figure (a template's slot filler)
    numeric: np.ndarray  # for each word, whether it may be part of a figure: DIGITS, NUMBER_WORD or 0


DIGITS, NUMBER_WORD = 1, 2  # Words.numeric: "1,500", "6"; "twelve", "hundred", "million"


class Figures(NamedTuple):
    """A text's figures, word by word (`figures`). Found only when two texts that passed the overlap test
    differ next to a numeric word: text.numbers costs more than the rest of a fingerprint."""

    figure: np.ndarray  # for each word, the number of the figure it is part of ("1,500" is two words), or -1
    values: np.ndarray  # each figure's value
    stops: np.ndarray  # for each word, whether a sentence (or headline, or paragraph) ends after it


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
    hashes = _hashes(_folded(found))
    sh = _shingles(hashes)
    return Fingerprint(sh, _minhash(sh), Words(hashes.astype(np.uint32), *_telling(found)))


_STOP = re.compile(r"[.!?|\n]")


def figures(title: str | None, text: str) -> Figures:
    """The figures of a headline and text, by the words `fingerprint` finds there."""
    compared = _compared_text(title, text)
    found = list(itertools.islice(_WORD.finditer(compared), MAX_SHINGLES + SHINGLE - 1))
    starts = np.fromiter((m.start() for m in found), dtype=np.int64, count=len(found))
    figure = np.full(starts.size, -1, dtype=np.int32)
    values = []
    for n in numbers(compared):
        if starts.size and n.start <= starts[-1]:
            figure[np.searchsorted(starts, n.start):np.searchsorted(starts, n.end)] = len(values)
            # as written: "2,000 miles" is 2,000 (text.numbers gives metres)
            values.append(n.value / MEASURES[n.measure][1] if n.measure in MEASURES else n.value)
    # A stop mark between word i and word i + 1 (a "." inside "1.5" too, which only hides that figure's edge)
    stops = np.zeros(starts.size, dtype=bool)
    at = np.searchsorted(starts, [m.start() for m in _STOP.finditer(compared)], side="right") - 1
    stops[at[(at >= 0) & (at < starts.size)]] = True
    return Figures(figure, np.array(values, dtype=np.float64), stops)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller shingle set found in the larger one (0 when either is empty)."""
    if not len(a) or not len(b):
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / min(a.size, b.size)


def different_slots(a: Words, b: Words, own: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
                    texts: Callable[[], tuple[Figures, Figures]] | None = None, credited: bool = False) -> bool:
    """Whether two texts that share most of their words are one template filled in twice, or two reports
    of one event: some slot of their shared text (see SLOT, RUN) holds names, places or figures on each
    side that the other side's slot lacks, or a shared run has another figure right next to it on each
    side. `own`: each text's outlet name, as word hashes: a slot where each names its own outlet (a
    dateline's "(Northgate Wire)" / "(Plainview Post)") is a copy's, not another event's. `texts`: the
    two texts' figures, asked for only when needed; without it figures are compared as words. `credited`:
    one text credits the other's outlet with the reporting, so only names and places tell another event."""
    ops = SequenceMatcher(None, a.hashes.tolist(), b.hashes.tolist(), autojunk=False).get_opcodes()
    # A slot: the changes between two shared runs of RUN words or more (a shorter match inside it, the
    # "of" in "Board of Education" / "Greyhaven of Corran", is part of it).
    runs = [k for k, (tag, i1, i2, _, _) in enumerate(ops) if tag == "equal" and i2 - i1 >= RUN]
    # (the words both texts end with close a slot however few: "... in the town of Vilamar / Montelar,
    # the ministry said." — nothing follows them to make a longer run)
    if (ops and ops[-1][0] == "equal" and ops[-1][2] == a.hashes.size and ops[-1][4] == b.hashes.size
            and ops[-1][2] - ops[-1][1] >= END_RUN and (not runs or runs[-1] != len(ops) - 1)):
        runs.append(len(ops) - 1)
    found: list[tuple[Figures, Figures]] = []

    def figs() -> tuple[Figures, Figures] | None:
        if texts is not None and not found:
            found.append(texts())
        return found[0] if found else None

    for left, right in zip(runs, runs[1:]):
        i1, j1 = ops[left][2], ops[left][4]
        i2, j2 = ops[right][1], ops[right][3]
        if not (0 < i2 - i1 <= SLOT and 0 < j2 - j1 <= SLOT):
            continue
        here, there = _slot_marks(a, i1, i2, names=credited), _slot_marks(b, j1, j2, names=credited)
        if not (here - there and there - here) or (here <= own[0] and there <= own[1]):
            continue
        # Figures by value: a reprint may write "14" as "fourteen", or "1,500" as "1.5 thousand" (digits
        # alone differ in value when they differ as words, "1,500" and "1500" being one word).
        if (not credited and ((a.numeric[i1:i2] == NUMBER_WORD).any() or (b.numeric[j1:j2] == NUMBER_WORD).any())
                and (f := figs())):
            here, there = _slot_marks(a, i1, i2, f[0]), _slot_marks(b, j1, j2, f[1])
            if not (here - there and there - here):
                continue
        return True
    if credited:
        return False
    # A figure right next to a shared run, on each side (only where both have a numeric word there).
    edges = []
    for k in runs:
        _, i1, i2, j1, j2 = ops[k]
        if i1 and j1 and a.numeric[i1 - 1] and b.numeric[j1 - 1]:
            edges.append((_figure_before, i1, j1))
        if i2 < a.numeric.size and j2 < b.numeric.size and a.numeric[i2] and b.numeric[j2]:
            edges.append((_figure_after, i2, j2))
    if edges and (f := figs()):
        for side, i, j in edges:
            x, y = side(f[0], i), side(f[1], j)
            if x is not None and y is not None and abs(x - y) > 1e-9 * max(abs(x), abs(y), 1.0):
                return True
    return False


def _slot_marks(w: Words, i: int, j: int, f: Figures | None = None, names: bool = False) -> set:
    """The names, places and figures in words i..j (`names`: no figures); with the text's figures, a
    figure by its value, anything else by its word."""
    if f is None:
        marks = w.marks[i:j] & (w.numeric[i:j] == 0) if names else w.marks[i:j]
        return set(w.hashes[i:j][marks].tolist())
    return {("figure", float(f.values[n])) if (n := int(f.figure[k])) >= 0 else int(w.hashes[k])
            for k in range(i, j) if w.marks[k] or f.figure[k] >= 0}


def _figure_before(f: Figures, i: int) -> float | None:
    """The value of the figure that ends right before word i (or runs on through it), in the same sentence."""
    if i <= 0 or i > f.figure.size or (n := int(f.figure[i - 1])) < 0:
        return None
    if f.stops[i - 1] and not (i < f.figure.size and f.figure[i] == n):
        return None
    return float(f.values[n])


def _figure_after(f: Figures, i: int) -> float | None:
    """The value of the figure that starts at word i (or runs on through it from before), in the same sentence."""
    if i <= 0 or i >= f.figure.size or (n := int(f.figure[i])) < 0:
        return None
    if f.stops[i - 1] and f.figure[i - 1] != n:
        return None
    return float(f.values[n])


@lru_cache(maxsize=4096)  # asked twice per article, of a few hundred outlets
def _outlet_words(outlet: str | None) -> frozenset[int]:
    return frozenset(_hashes(_folded(_WORD.findall(outlet or ""))).tolist())  # as Words.hashes holds them


def _plain(text: str) -> str:
    """Lower-case words between single spaces, for finding a name as whole words."""
    return " " + " ".join(_folded(_WORD.findall(text.casefold()))) + " "


def credits(lines: list[str], outlet: str | None) -> bool:
    """Whether a credit line names the outlet (as ingest names it; any case, with or without 'the'). An
    unnamed outlet ('Unknown (file.txt)') is credited by none."""
    if not outlet or outlet.casefold() == "unknown" or outlet.startswith("Unknown ("):
        return False
    name = _plain(outlet)
    name = name[4:] if name.startswith(" the ") else name  # " the hill " -> " hill "
    return name.strip() != "" and any(name in _plain(line) for line in lines)


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
        own: list[Figures] = []  # this article's figures, found once if needed

        def pair(other: tuple[str | None, str]) -> tuple[Figures, Figures]:
            if not own:
                own.append(figures(article.title, article.text))
            return own[0], figures(*other)

        lines: list[list[str]] = []  # this article's credit lines, read once if needed

        def credited(item: _Item) -> bool:
            """One of the two credits the other's outlet (another outlet: one crediting itself says nothing)."""
            if not article.outlet or article.outlet.casefold() == (item.name or "").casefold():
                return False
            if not lines:
                lines.append(credit_lines(article.text, article.removed))
            return credits(lines[0], item.name) or credits(credit_lines(item.text[1], item.credits), article.outlet)

        for _, key in sorted(passed):
            item = self._items[key]
            texts = partial(pair, item.text)
            if not different_slots(fp.words, item.words, (mine, item.outlet), texts) or (
                    credited(item) and not different_slots(fp.words, item.words, (mine, item.outlet), texts, True)):
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
        self._items[key] = _Item(article.id, fp.shingles, fp.words, root, day, _outlet_words(article.outlet),
                                 (article.title, article.text), article.outlet,
                                 tuple(r for r in article.removed if r.reason in CREDITS))
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
    text: tuple[str | None, str]  # its headline and text, for their figures (`figures`) when a copy is checked
    name: str  # its outlet's name
    credits: tuple[Removal, ...]  # the credit lines the cleaner took out of its text


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
