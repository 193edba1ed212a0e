"""The helper process that featurises ahead of the clusterer changes nothing but speed.

Fictional reports only (fictional_quakes.py plus wire copies of them written here).
"""
from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import signal
import time
from functools import partial

import pytest
from fictional_quakes import ARREST, BUDGET, QUAKE_A, QUAKE_B

from newsloom.pipeline import Helper, assign_stories, ingest, prepare
from newsloom.store import Store

pytestmark = pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="the helper runs only with a second core")


def _stream() -> list:
    """The fictional reports with wire copies run by other (fictional) outlets, some trimmed or re-topped."""
    out = []
    for n, a in enumerate(QUAKE_A + QUAKE_B + BUDGET + ARREST):
        out.append(a)
        paragraphs = a.text.split("\n\n")
        out.append(dataclasses.replace(a, id=f"{a.id}-copy", outlet="Plainview Post",
                                       text="PLAINVIEW POST — From the wires\n\n" + a.text))
        if n % 2 and len(paragraphs) > 1:
            out.append(dataclasses.replace(a, id=f"{a.id}-trim", outlet="Eastmarch Daily",
                                           text="\n\n".join(paragraphs[:-1])))
    return out


def _jsonl(path, articles) -> str:
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
                                 "language": "en", "text": a.text}) + "\n")
    return str(path)


def _outcome(store: Store) -> tuple[list, list]:
    provisional = store.provisional_ids()
    articles = sorted((a.id, a.story, a.copy_of, a.id in provisional) for a in store.iter_articles())
    stories = sorted((s.id, s.title, s.article_ids, s.outlets) for s in store.list_stories(limit=None))
    return articles, stories


def _assigned(db, helper: Helper | None = None, parallel_from: int | None = None) -> tuple[list, list]:
    articles = [dataclasses.replace(a) for a in _stream()]
    with Store(db) as store:
        with store.transaction():
            for a in articles:
                store.put_article(a)
        assign_stories(store, articles, parallel_from=parallel_from, helper=helper)
        return _outcome(store)


def test_ingest_with_the_helper_gives_the_stories_and_reprints_of_the_serial_path(tmp_path):
    corpus = _jsonl(tmp_path / "stream.jsonl", _stream())
    outcomes = []
    for n, parallel_from in enumerate([None, 1]):
        with Store(tmp_path / f"{n}.db") as store:
            ingest(store, [corpus], parallel_from=parallel_from)
            outcomes.append(_outcome(store))
    serial, parallel = outcomes
    assert parallel == serial
    articles, stories = serial
    assert sum(1 for _, _, copy_of, _ in articles if copy_of) >= 8  # the copies are found ...
    assert len(stories) >= 4  # ... and the events stay apart: the comparison is not of nothing


def test_a_helper_kept_across_calls_gives_the_serial_results(tmp_path):
    serial = _assigned(tmp_path / "serial.db")
    with Helper() as helper:
        assert _assigned(tmp_path / "one.db", helper, parallel_from=1) == serial
        assert helper.started and not helper.broken
        assert _assigned(tmp_path / "two.db", helper, parallel_from=1) == serial


def test_a_helper_that_cannot_start_leaves_the_work_to_this_process(tmp_path):
    serial = _assigned(tmp_path / "serial.db")
    with Helper(method="no-such-start-method") as helper:
        assert _assigned(tmp_path / "parallel.db", helper, parallel_from=1) == serial
        assert helper.broken


def _started_workers(helper: Helper, ready: bool = False) -> list:
    before = set(multiprocessing.active_children())
    helper.start()
    if ready:
        helper._ready.result(timeout=60)  # its imports are done: it takes slices from now on
    workers = [p for p in multiprocessing.active_children() if p not in before]
    assert workers
    return workers


def _gone(workers) -> bool:
    deadline = time.monotonic() + 30
    while any(p.is_alive() for p in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(p.is_alive() for p in workers)


def test_a_helper_process_that_dies_leaves_the_work_to_this_process(tmp_path):
    serial = _assigned(tmp_path / "serial.db")
    with Helper() as helper:
        workers = _started_workers(helper, ready=True)
        for p in workers:
            os.kill(p.pid, signal.SIGKILL)
        assert _gone(workers)
        assert _assigned(tmp_path / "parallel.db", helper, parallel_from=1) == serial
        assert helper.broken


def _plain(value):
    """A record with its numpy arrays as lists and MinHashes as their digests, so that == compares it whole."""
    if hasattr(value, "digest"):
        return value.digest()
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value.tolist() if hasattr(value, "tolist") else value


def test_slices_the_helper_has_finished_are_taken_from_it_and_the_rest_done_here():
    texts = [(a.title, a.text, a.published) for a in _stream()] * 4  # several slices
    with Helper() as helper:
        _started_workers(helper, ready=True)
        items = helper.map(partial(prepare, body_words=400, window=6), texts)
        first = next(items)  # the helper is handed its slices; the first, not back yet, is done here
        deadline = time.monotonic() + 60
        while helper._sent and time.monotonic() < deadline:  # (not a timing condition: it waits for them)
            time.sleep(0.05)
        assert not helper._sent
        assert _plain([first, *items]) == _plain(prepare(texts, 400, 6))
        assert 0 < helper.taken < len(texts)


def test_a_helper_stopped_while_starting_is_not_waited_for_and_is_stopped_at_the_end(tmp_path):
    serial = _assigned(tmp_path / "serial.db")
    helper = Helper(wait=600)
    workers = _started_workers(helper)
    for p in workers:
        os.kill(p.pid, signal.SIGSTOP)  # alive but stuck before its first result
    try:
        assert _assigned(tmp_path / "parallel.db", helper, parallel_from=1) == serial
        assert not helper.broken  # the work was done here without waiting for it to give up
        helper.close()
        assert _gone(workers)  # not left behind, stopped, for good
    finally:
        for p in workers:
            if p.is_alive():
                os.kill(p.pid, signal.SIGKILL)


def test_a_helper_that_stops_answering_is_stopped_and_the_work_done_here(tmp_path):
    serial = _assigned(tmp_path / "serial.db")
    helper = Helper(wait=3)
    workers = _started_workers(helper, ready=True)
    for p in workers:
        os.kill(p.pid, signal.SIGSTOP)  # alive but stuck: the slices it is given never come back
    try:
        assert _assigned(tmp_path / "parallel.db", helper, parallel_from=1) == serial
        assert not helper.broken  # not waited for while the ingest ran ...
        helper.close()
        assert helper.broken  # ... but its slices never came back: it is stopped
        assert _gone(workers)
    finally:
        for p in workers:
            if p.is_alive():
                os.kill(p.pid, signal.SIGKILL)


def test_the_python_api_starts_no_helper_unless_asked(tmp_path):
    # A helper is a fresh interpreter that imports the caller's main script again: a script calling
    # ingest() without a __main__ guard must not have its own code run twice, so it is opt-in there.
    rows = [{"id": f"n{i}", "outlet": f"Outlet {i % 7}", "published": f"2025-03-{1 + i % 28:02d}",
             "text": f"Ferry {i} of the Kestrel line left berth {i % 40} at dawn with {i % 90 + 3} passengers aboard. "
                     f"The crossing to isle {i % 13} took {i % 5 + 1} hours in calm weather, the crew said."}
            for i in range(1600)]
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    before = set(multiprocessing.active_children())
    seen: set = set()
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(corpus)], on_result=lambda _s: seen.update(multiprocessing.active_children()))
        assert store.count_articles() == 1600
    assert not (seen - before)
    # asked for, the same ingest does start one (so the check above can see it)
    with Store(tmp_path / "t.db") as store:
        ingest(store, [str(corpus)], parallel_from=1000,
               on_result=lambda _s: seen.update(multiprocessing.active_children()))
    assert seen - before


def test_a_stream_whose_helper_dies_part_way_is_finished_here_in_order_nothing_lost_or_twice():
    texts = [(a.title, a.text, a.published) for a in _stream()] * 40  # slices beyond AHEAD, read as a stream
    work = partial(prepare, body_words=400, window=6)
    with Helper() as helper:
        workers = _started_workers(helper, ready=True)
        results = helper.each(work, iter(texts))
        head = [next(results)]  # the helper is handed slices read ahead of this one
        deadline = time.monotonic() + 60
        while helper._sent and time.monotonic() < deadline:  # (not a timing condition: it waits for them)
            time.sleep(0.05)
        head += [next(results) for _ in range(60)]  # some of them the helper's
        assert helper.taken > 0
        for p in workers:
            os.kill(p.pid, signal.SIGKILL)
        assert _gone(workers)
        assert _plain(head + list(results)) == _plain(work(texts))
        assert helper.broken
