"""Runs the stages over a batch: sources → articles in the store → stories → briefs.

This is the only place that joins the pure stages to the store; the CLI, the web app and the
Python API all call these functions.
"""
from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .clean import remove_lines, repeated_lines
from .records import Article, Story
from .store import Store
from .text import word_count

if TYPE_CHECKING:
    from .cluster import Params as ClusterParams

log = logging.getLogger(__name__)

# Articles are committed in batches for speed; each article is its own savepoint inside the batch,
# so a failure rolls back that article only and nothing half-written is ever committed.
BATCH = 500
# Stories are assigned every STORY_CHUNK changed articles, in publication order within the chunk:
# large enough that an unsorted corpus file still replays in time order, small enough that a huge
# ingest does not hold every article in memory.
STORY_CHUNK = 5000
# An ingest that touched at most this many stories writes their briefs (`ingest --briefs auto`, web
# ingest jobs): seconds for a day's feeds, while a bulk load (hundreds of stories, minutes of briefs)
# leaves them to be written when first asked for.
AUTO_BRIEFS = 20
# A chunk of at least this many articles has the pure part of its featurisation (terms, names,
# figures, countries, shingles, MinHash: about a third of the clustering time) computed ahead in a
# helper process on the second core. The helper takes about a second to start (a fresh
# interpreter, its imports and the gazetteer), during which this process does the work itself, so
# the threshold only keeps small ingests from starting a process they would barely use.
PARALLEL_FROM = 500
# The helper gets articles in slices of SLICE and works at most AHEAD slices in front of the
# clusterer: enough to keep it busy, while the results waiting in memory stay bounded.
SLICE = 50
AHEAD = 8
# A slice takes well under a second. When the helper is closed, a slice it still holds after this
# long means it is stuck (or is running something else: see ingest's note on the main module), so it
# is stopped rather than waited for. The ingest never waits for it before then (Helper.map).
HELPER_WAIT = 60.0
# A text of fewer words is no article: a fragment ("A fire", a file's stray line) would join a story
# and count as an outlet reporting it while it states nothing. The shortest real items (a one-line
# wire flash, a feed's summary) have more.
MIN_WORDS = 5


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    stories: list[str] = field(default_factory=list)  # stories that gained or changed articles

    def to_dict(self) -> dict:
        return {"read": self.read, "new": self.new, "updated": self.updated,
                "unchanged": self.unchanged, "failed": [{"source": s, "error": e} for s, e in self.failed],
                "stories": self.stories}


def ingest(store: Store, sources: str | os.PathLike | Iterable[str | os.PathLike], *, outlets=None,
           allow_private: bool = False, on_result: Callable[[str], None] | None = None, stories: bool = True,
           parallel_from: int | None = None) -> IngestSummary:
    """Read every source, store its articles, and assign the new and changed ones to stories.

    `sources`: files, folders, URLs (see ingest.read_sources), or one of them alone: a single string
    or path is one source (not a string's characters, whose "/" would be the root directory).

    `on_result` is called with each source as it is done (the CLI drives a progress bar with it);
    `stories=False` stores without clustering (the ingest benchmark measures the two apart);
    `parallel_from`: see assign_stories. The CLI and the web app pass PARALLEL_FROM. From your own
    script, do so only under `if __name__ == "__main__":`: the helper is a fresh interpreter, which
    (as for any multiprocessing "spawn") imports the main script again and would run an unguarded one.
    An article stored by an earlier ingest that stopped before giving it a story gets one now.
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    sources = [os.fspath(s) for s in sources]
    with Helper() as helper:
        return _ingest(store, sources, outlets=outlets, allow_private=allow_private, on_result=on_result,
                       stories=stories, parallel_from=parallel_from, helper=helper)


def _ingest(store: Store, sources: list[str], *, outlets, allow_private: bool,
            on_result: Callable[[str], None] | None, stories: bool, parallel_from: int | None,
            helper: Helper) -> IngestSummary:
    from .ingest import read_sources

    summary = IngestSummary()
    changed: list[Article] = []
    touched: dict[str, None] = {}
    boilerplate: dict[str, set[str]] = {}  # outlet -> its repeated lines found in this run
    validators = store.fetch_cache()
    results = iter(read_sources(sources, outlets=outlets, allow_private=allow_private, cache=validators))
    while batch := list(itertools.islice(results, BATCH)):
        arts = [r.article for r in batch if r.article is not None]
        drop_repeated_lines(store, arts, boilerplate)
        with store.transaction():
            for result in batch:
                if on_result:
                    on_result(result.source)
                if result.article is None:
                    summary.failed.append((result.source, result.error or "unreadable"))
                    continue
                if short := too_short(result.article):
                    summary.failed.append((result.source, short))
                    continue
                summary.read += 1
                try:
                    status = store.put_article(result.article)
                except Exception as e:  # a store error for one article must not lose the others
                    summary.failed.append((result.source, f"could not store: {e}"))
                    continue
                setattr(summary, status, getattr(summary, status) + 1)
                if stories and (article := needs_story(store, result.article, status)):
                    changed.append(article)
        if _parallel(len(changed), parallel_from):
            helper.start()  # it loads while the rest of the chunk is read
        if len(changed) >= STORY_CHUNK:
            touched.update(dict.fromkeys(assign_stories(store, changed, parallel_from=parallel_from,
                                                        helper=helper)))
            changed = []
    if changed:
        touched.update(dict.fromkeys(assign_stories(store, changed, parallel_from=parallel_from,
                                                    helper=helper)))
    store.save_fetch_cache(validators)  # after the articles: a 304 next time must not hide unstored items
    if outlets is not None:
        for outlet in outlets.outlets():
            store.put_outlet(outlet)
    # a story touched early may have merged into another since
    summary.stories = [s for s in touched if store.get_story(s) is not None]
    return summary


def too_short(article: Article) -> str | None:
    """Why the article is refused as too short to be one (see MIN_WORDS), or None."""
    n = word_count(article.text, limit=MIN_WORDS)
    if n >= MIN_WORDS:
        return None
    return f"too short to be an article ({n} word{'' if n == 1 else 's'} of text; at least {MIN_WORDS} needed)"


def drop_repeated_lines(store: Store, articles: list[Article], known: dict[str, set[str]],
                        sample: int = 50) -> None:
    """Remove each outlet's boilerplate: short paragraphs that recur across its articles.

    Looks at the batch together with, the first time an outlet turns up in this run, a sample of its
    stored articles (so boilerplate is found across runs too). `known` carries each outlet's lines
    found so far from batch to batch. What is removed stays on the article's record with the reason.
    """
    by_outlet: dict[str, list[Article]] = {}
    for a in articles:
        by_outlet.setdefault(a.outlet, []).append(a)
    for outlet, arts in by_outlet.items():
        texts = [a.text for a in arts]
        if outlet not in known:
            texts += [a.text for a in store.list_articles(outlet=outlet, limit=sample)]
        lines = known.setdefault(outlet, set())
        lines |= repeated_lines(texts)
        if not lines:
            continue
        for a in arts:
            text, removed = remove_lines(a.text, lines)
            if removed and text.strip():
                a.text = text
                a.removed.extend(removed)


def needs_story(store: Store, article: Article, status: str) -> Article | None:
    """The article to assign to a story after `store.put_article` gave `status`: a new or changed one,
    or an unchanged one that an earlier ingest stopped (Ctrl-C, a failed job) before giving it a story."""
    if status != "unchanged":
        return article
    stored = store.get_article(article.id)
    return stored if stored is not None and stored.story is None else None


class Helper:
    """One worker process that computes articles' tokens and fingerprints (prepare) ahead of the
    clusterer, on the second core. Started on first use and kept for the chunks of one ingest;
    `with Helper() as h:` closes it. It is started by "spawn", a fresh interpreter: forking a process
    that has threads and open SQLite connections (the web app ingests in threads) can copy locks
    another thread holds. ("forkserver" is as safe and starts no faster for one worker per ingest,
    but its worker is no child of this process, so RUSAGE_CHILDREN would not count its memory.)
    The worker gets headlines and texts as plain strings and returns plain records."""

    def __init__(self, method: str = "spawn", wait: float = HELPER_WAIT) -> None:
        self.method = method
        self.wait = wait  # seconds to wait, when closing, for the slices it holds
        self._pool: ProcessPoolExecutor | None = None
        self._sent: set[Future] = set()  # slices handed to the helper that it has not finished
        self._error: BaseException | None = None  # what a slice failed with (its process died)
        self._ready: Future | None = None  # its imports are done
        self.broken = False  # it failed once: the rest of the ingest runs serially
        self.taken = 0  # articles whose prepare() came from the helper (the rest were done here)

    def __enter__(self) -> "Helper":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def started(self) -> bool:
        return self._pool is not None

    def start(self) -> None:
        if self._pool is None and not self.broken:
            self._sent, self._error = set(), None
            try:
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(self.method))
                self._ready = self._pool.submit(_load)  # now, while the caller reads on
                self._ready.add_done_callback(self._ended)
            except Exception as e:  # no processes here (a sandbox, a bad start method): run serially
                self.fail(e)

    def fail(self, error: BaseException) -> None:
        log.warning("featurisation helper process failed (%s: %s); continuing in this process",
                    type(error).__name__, error)
        self.broken = True
        self.close()

    def close(self) -> None:
        if self._pool is None:
            return
        processes = list((getattr(self._pool, "_processes", None) or {}).values())  # no public handle
        self._pool.shutdown(wait=False, cancel_futures=True)  # the slices it has not begun are dropped
        starting = self._ready is not None and not self._ready.done()  # it has done nothing yet
        if not self.broken and not starting:
            # The slices it holds end within a second, unless it is stuck or has died.
            _, stuck = wait(list(self._sent), timeout=self.wait)  # list(): the set shrinks as they end
            if stuck or self._error is not None:
                self.broken = True
                log.warning("featurisation helper process failed (%s)",
                            f"no result after {self.wait:g} s" if stuck else self._error)
        if self.broken or starting:  # not waited for otherwise: it ends once it has finished its slices
            for proc in processes:
                proc.kill()  # SIGKILL: a stopped process ignores SIGTERM until continued
                proc.join()
        self._pool = None

    def each(self, work: Callable[[list], list], items: Iterable) -> Iterator:
        """work(items) item by item, in order: from the helper while it works (map), then in this
        process. A result is handed out only whole, so when the helper fails part-way (its process died
        or could not start) the rest is computed here and the results are those of work(items)."""
        stream = iter(items)
        taken: deque = deque()  # items map has read and whose results are not handed out yet

        def feed() -> Iterator:
            for item in stream:
                taken.append(item)
                yield item

        if not self.broken:
            try:
                for result in self.map(work, feed()):
                    taken.popleft()
                    yield result
            except Exception as e:  # BrokenProcessPool, OSError, or no process could start
                self.fail(e)
        for item in itertools.chain(list(taken), stream):
            yield from work([item])

    def _ended(self, future: Future) -> None:
        self._sent.discard(future)
        if not future.cancelled() and future.exception() is not None:
            self._error = future.exception()

    def map(self, work: Callable[[list], list], items: Iterable) -> Iterator:
        """work(items) item by item, in order, never waiting for the helper: `work` (a module-level
        function, or a partial of one, over a list) runs on slices of the items there; until it has
        started, and for any slice it has not finished when that slice's turn comes (it fell behind),
        the work is done here (the helper's copy is dropped). Once it runs, it is kept AHEAD slices in
        front; `items` may be a stream, read that far ahead. A slice the helper failed on (its process
        died) raises here: see each()."""
        self.start()
        if self._pool is None:
            raise RuntimeError("the helper process could not start")
        stream = iter(items)
        slices = iter(lambda: list(itertools.islice(stream, SLICE)), [])
        pending: deque[tuple[list, Future]] = deque()
        while True:
            if self._error is not None:  # it died: see _prepared
                raise self._error
            if self._ready is not None and self._ready.done():
                for part in itertools.islice(slices, AHEAD - len(pending)):
                    future = self._pool.submit(work, part)
                    self._sent.add(future)
                    future.add_done_callback(self._ended)
                    pending.append((part, future))
            if pending:
                part, future = pending.popleft()
                if future.done():
                    self.taken += len(part)
                    yield from future.result()
                else:
                    yield from work(part)
            elif (part := next(slices, None)) is not None:
                yield from work(part)
            else:
                return


def _load() -> None:
    """The helper's imports and gazetteer (under a second)."""
    from . import cluster, dedupe, places  # noqa: F401

    places.countries("France")  # loads the gazetteer and its index


def prepare(texts: list[tuple[str | None, str, str | None]], body_words: int, window: int) -> list[tuple]:
    """The pure part of featurising each (title, text, published): its cluster.Tokens and dedupe.Fingerprint.
    Runs in the helper process, or in this one (the same function, so the same results)."""
    from .cluster import tokenise
    from .dedupe import fingerprint

    return [(tokenise(title or "", text, body_words, published, window), fingerprint(title, text))
            for title, text, published in texts]


def _prepared(articles: list[Article], params: ClusterParams, helper: Helper | None) -> Iterator[tuple]:
    """prepare() of each article, in order: in the helper while it works (Helper.each), else here."""
    work = partial(prepare, body_words=params.body_words, window=params.window_days)
    texts = [(a.title, a.text, a.published) for a in articles]
    if helper is not None:
        yield from helper.each(work, texts)
    else:
        for item in texts:
            yield work([item])[0]


def assign_stories(store: Store, articles: list[Article], *, parallel_from: int | None = None,
                   helper: Helper | None = None) -> list[str]:
    """Mark reprints and put each new or changed article into a story; returns the touched story ids.

    (Owned by the clustering stage: dedupe.ReprintIndex + cluster.Clusterer.) Articles are taken in
    publication order. A reprint joins its original's story; any other article is clustered. The
    stages' state lives beside the store object and is rebuilt from its most recent articles the first
    time a store is used (with the articles' provisional marks, kept in the store), so a later ingest
    into an existing store continues the same stories as one long ingest would.

    With at least `parallel_from` articles (None: never) on a machine of more than one core, the pure
    part of their featurisation runs ahead in a helper process: `helper` (an ingest's, kept from chunk
    to chunk), or one started for this call. The results are the same either way.
    """
    if not _parallel(len(articles), parallel_from):
        return _assign_stories(store, articles, None)
    if helper is not None:
        return _assign_stories(store, articles, helper)
    with Helper() as own:
        return _assign_stories(store, articles, own)


def _parallel(n: int, parallel_from: int | None) -> bool:
    return parallel_from is not None and n >= parallel_from and _cores() > 1


def _cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _assign_stories(store: Store, articles: list[Article], helper: Helper | None) -> list[str]:
    from .cluster import RESTORE_ARTICLES, state_for, time_order
    from .dedupe import independent_outlets

    def recent():
        window = {"limit": RESTORE_ARTICLES, "offset": max(0, store.count_articles() - RESTORE_ARTICLES)}
        return store.list_articles(**window), store.provisional_ids(**window)

    reprints, clusterer = state_for(store, recent)
    touched: dict[str, None] = {}
    ordered = time_order(articles)
    with store.transaction():
        for a, (tokens, fp) in zip(ordered, _prepared(ordered, clusterer.params, helper)):
            if a.story:  # an updated text keeps its story; the reprint index learns the new words
                reprints.remember(a, fp)
                touched[a.story] = None  # its outlets (an article re-attributed) or dates may change
                continue
            original = reprints.add(a, fp)
            forced = None
            if original:
                a.copy_of = original
                store.set_copy_of(a.id, original)
                forced = store.story_of(original)
            doc = clusterer.featurise(a, tokens=tokens)
            result = clusterer.add_doc(doc, story_id=forced)
            for gone in result.merged:  # two stories turned out to be one event
                for moved in store.list_articles(story=gone):
                    store.set_story(moved.id, result.story)
                store.delete_story(gone)
                touched.pop(gone, None)
            # Earlier articles split off into the new story with this one (an original and its reprints);
            # they start that story, so they are firm members there.
            for moved_id in result.moved:
                moved = store.get_article(moved_id)
                if moved and moved.story and moved.story != result.story:
                    touched[moved.story] = None  # its old story lost an article
                    for r in store.list_articles(story=moved.story):
                        if r.copy_of == moved_id:  # a reprint stays with what it reprints
                            store.set_story(r.id, result.story, provisional=False)
                store.set_story(moved_id, result.story, provisional=False)
            a.story = result.story
            store.set_story(a.id, result.story, provisional=result.provisional)
            touched[result.story] = None
        for story_id in touched:
            members = store.story_articles(story_id)
            if not members:
                continue
            dates = sorted(m.published for m in members if m.published)
            stored = None if clusterer.title(story_id) else store.get_story(story_id)
            store.put_story(Story(
                id=story_id,
                title=clusterer.title(story_id) or (stored and stored.title)
                or next((m.title for m in members if m.title), None) or members[0].text[:80],
                article_ids=[m.id for m in members],
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
                outlets=independent_outlets(members),
            ))
    return list(touched)


def story_brief(store: Store, story_id: str, *, use_cache: bool = True) -> dict:
    """The brief of a stored story as the JSON-ready dict of the contract, cached in the store.

    The story's stamp is read before its articles, and the brief is cached against it: when the
    story changes meanwhile (an ingest running beside a reader), the brief is returned but not
    cached, so a stale brief, or its headline in a story list, is never served as current.
    """
    from .brief import brief_to_dict, write_brief

    if use_cache:
        cached = store.get_brief(story_id)
        if cached is not None:
            return cached
    basis = store.story_stamp(story_id)
    story = store.get_story(story_id)
    if basis is None or story is None:
        raise KeyError(story_id)
    articles = store.story_articles(story_id)
    brief = brief_to_dict(write_brief(story, articles))
    store.put_brief(story_id, brief, basis=basis)
    return brief


def write_briefs(store: Store, story_ids: list[str],
                 on_brief: Callable[[str], None] | None = None) -> int:
    """Write and cache the brief of each story that has no current one (so story lists show its
    headline at once); returns how many were written. About 0.7 s for a 50-article story, so the
    ingest leaves this to callers that want it."""
    written = 0
    for story_id in story_ids:
        if store.brief_stamp(story_id) is None:
            try:
                story_brief(store, story_id, use_cache=False)
                written += 1
            except KeyError:  # merged into another story meanwhile
                pass
        if on_brief:
            on_brief(story_id)
    return written


def run(sources: str | os.PathLike | Iterable[str | os.PathLike], *, outlets=None, allow_private: bool = False,
        db: str | Path | None = None, parallel_from: int | None = None) -> tuple[IngestSummary, list[dict]]:
    """One shot: ingest into a store (a temporary one unless `db` is given) and brief every story."""
    with tempfile.TemporaryDirectory(prefix="newsloom-") as tmp:
        with Store(db or Path(tmp) / "run.db") as store:
            summary = ingest(store, sources, outlets=outlets, allow_private=allow_private,
                             parallel_from=parallel_from)
            stories = store.list_stories(limit=None, order="coverage")
            briefs = [story_brief(store, s.id) for s in stories]
    return summary, briefs

