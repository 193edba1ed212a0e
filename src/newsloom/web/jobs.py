"""Ingest jobs behind `POST /api/ingest`: queued, run one at a time, polled at `GET /api/jobs/{id}`.

A job runs in one worker thread with its own SQLite connection, so the pages, which read through the
app's connection, keep being served while it writes (the store is in WAL mode: readers never wait for
the writer). Each article is stored in its own savepoint: one that fails is named in the job's errors
and leaves nothing behind, the others are kept. Jobs live in the server's memory (the last KEEP of
them); a restart forgets them, never the articles they stored.
"""
from __future__ import annotations

import logging
import queue
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from ..records import Article
from ..store import Store

log = logging.getLogger("newsloom.jobs")

KEEP = 200  # finished jobs remembered for polling
MAX_WAITING = 8  # queued jobs; each holds its posted articles (up to the body limit) in memory
BATCH = 500  # articles per transaction: a long job never holds the write lock for long at a time

Status = Literal["queued", "running", "done", "failed"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class QueueFull(Exception):
    """Too many jobs are waiting; the client should retry later."""


@dataclass
class Job:
    id: str
    articles: list[tuple[str, Article]]  # (where in the request, article); dropped once the job ends
    status: Status = "queued"
    phase: str | None = None  # while running: "storing", "stories", then "briefs"
    submitted: str = field(default_factory=_now)
    started: str | None = None
    finished: str | None = None
    received: int = 0
    stored: dict[str, int] = field(default_factory=lambda: {"new": 0, "updated": 0, "unchanged": 0})
    stories: list[str] = field(default_factory=list)
    briefs: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)  # {"source": where, "error": what}

    def to_dict(self) -> dict:
        return {"id": self.id, "status": self.status, "phase": self.phase, "submitted": self.submitted,
                "started": self.started, "finished": self.finished, "received": self.received,
                "stored": dict(self.stored), "stories": list(self.stories), "briefs": self.briefs,
                "errors": list(self.errors), "url": f"/api/jobs/{self.id}"}


class JobQueue:
    """One worker thread, started with the first job, running the jobs in the order they came.

    `on_phase` is called in the worker as a running job enters each phase (for logs; tests use it to
    hold a job while they read)."""

    def __init__(self, db_path: str | Path, *, briefs: bool = True):
        self.db_path = db_path
        self.briefs = briefs  # write the touched stories' briefs (when few), so lists show their headlines
        self.on_phase: Callable[[Job], None] | None = None
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, articles: list[tuple[str, Article]]) -> Job:
        with self._lock:
            if sum(j.status == "queued" for j in self._jobs.values()) >= MAX_WAITING:
                raise QueueFull(f"{MAX_WAITING} ingest jobs are already waiting")
            job = Job(id=secrets.token_urlsafe(12), articles=articles, received=len(articles))
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP:  # forget the oldest finished job
                old = next((k for k, j in self._jobs.items() if j.status in ("done", "failed")), None)
                if old is None:
                    break
                del self._jobs[old]
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="newsloom-ingest", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> dict | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_dict() if job else None

    def close(self, timeout: float = 30.0) -> None:
        """Let the running job finish, then stop the worker (jobs still queued are not run)."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)

    # -- the worker ----------------------------------------------------------------------------------
    def _work(self) -> None:
        store = Store(self.db_path)  # its own connection: the app's readers never wait on it
        try:
            while (job := self._queue.get()) is not None:
                self._run(store, job)
        finally:
            store.close()

    def _phase(self, job: Job, phase: str) -> None:
        with self._lock:
            job.phase = phase
        log.info("ingest job %s: %s", job.id, phase)
        if self.on_phase:
            self.on_phase(job)

    def _run(self, store: Store, job: Job) -> None:
        from ..pipeline import AUTO_BRIEFS, PARALLEL_FROM, assign_stories, write_briefs

        with self._lock:
            job.status, job.started = "running", _now()
        try:
            self._phase(job, "storing")
            changed = self._store(store, job)
            self._phase(job, "stories")
            stories = assign_stories(store, changed, parallel_from=PARALLEL_FROM) if changed else []
            with self._lock:
                job.stories = stories
            if self.briefs and 0 < len(stories) <= AUTO_BRIEFS:
                self._phase(job, "briefs")
                job.briefs = write_briefs(store, stories)
            status: Status = "failed" if job.articles and len(job.errors) == len(job.articles) else "done"
        except Exception as e:  # the job ends; the articles stored before this stay, each one whole
            log.exception("ingest job %s failed while %s", job.id, job.phase)
            with self._lock:
                job.errors.append({"source": f"job {job.id} ({job.phase})", "error": f"{type(e).__name__}: {e}"})
            status = "failed"
        with self._lock:
            job.status, job.phase, job.finished, job.articles = status, None, _now(), []

    def _store(self, store: Store, job: Job) -> list[Article]:
        from ..pipeline import needs_story, too_short

        changed: list[Article] = []
        for start in range(0, len(job.articles), BATCH):
            with store.transaction():
                for where, article in job.articles[start:start + BATCH]:
                    if why := too_short(article):  # as the CLI's ingest refuses it
                        with self._lock:
                            job.errors.append({"source": f"{where} (id {article.id!r})", "error": why})
                        continue
                    try:
                        status = store.put_article(article)  # a savepoint: all of it or nothing
                    except Exception as e:
                        with self._lock:
                            job.errors.append({"source": f"{where} (id {article.id!r})",
                                               "error": f"could not store: {e}"})
                        continue
                    with self._lock:
                        job.stored[status] += 1
                    if to_assign := needs_story(store, article, status):
                        changed.append(to_assign)
        return changed
