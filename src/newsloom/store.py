"""Persistence: one SQLite file, a versioned schema, every write in a transaction.

The store is one of the two I/O edges (the other is `ingest`). It keeps articles (and the old
versions of any whose text changed), outlets, stories and cached briefs.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir

from .records import BRIEF_FORMAT, Article, Outlet, Removal, Story

PutStatus = Literal["new", "updated", "unchanged"]


class StoreError(Exception):
    """The store file cannot be used (not SQLite, newer schema, locked, ...)."""


def default_db_path() -> Path:
    return Path(user_data_dir("newsloom", appauthor=False)) / "newsloom.db"


# Each entry moves the schema one version up; never edit an entry once it has shipped.
MIGRATIONS: list[str] = [
    # 1: articles, their old versions, outlets, stories, cached briefs
    """
    CREATE TABLE outlets (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, domain TEXT, country TEXT,
        language TEXT, owner TEXT, lean TEXT
    );
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        outlet TEXT NOT NULL,
        outlet_domain TEXT,
        url TEXT,
        source TEXT,
        title TEXT,
        author TEXT,
        published TEXT,
        language TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        copy_of TEXT,
        story TEXT,
        gold_story TEXT,
        added_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_url ON articles(url);
    CREATE INDEX articles_hash ON articles(content_hash, outlet);
    CREATE INDEX articles_story ON articles(story);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE article_versions (
        article_id TEXT NOT NULL, title TEXT, text TEXT NOT NULL, content_hash TEXT NOT NULL,
        replaced_at TEXT NOT NULL
    );
    CREATE INDEX article_versions_id ON article_versions(article_id);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, first_seen TEXT, last_seen TEXT,
        outlets TEXT NOT NULL DEFAULT '[]', article_count INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX stories_last_seen ON stories(last_seen);
    CREATE TABLE briefs (story_id TEXT PRIMARY KEY, json TEXT NOT NULL, built_at TEXT NOT NULL);
    """,
    # 2: which brief format a cached brief was written in
    """
    ALTER TABLE briefs ADD COLUMN format TEXT NOT NULL DEFAULT '';
    """,
    # 3: feed validators (ETag / Last-Modified), so a later ingest asks only for what changed
    """
    CREATE TABLE fetch_cache (url TEXT PRIMARY KEY, validators TEXT NOT NULL);
    """,
    # 4: a story's stamp changes with every change to it, and a brief records the stamp it was written
    # against, so a brief written while its story changed is never served as current; the brief's
    # headline gets a column so story lists can show it without parsing the brief
    """
    ALTER TABLE stories ADD COLUMN stamp INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE briefs ADD COLUMN basis INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE briefs ADD COLUMN headline TEXT;
    UPDATE briefs SET headline = json_extract(json, '$.headline') WHERE json_valid(json);
    """,
    # 5: an article that joined its story only provisionally (cluster.Params.borderline) is marked, so a
    # later process restoring the clusterer can still split it off; articles stored before read as firm
    """
    ALTER TABLE articles ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0;
    """,
]

_ARTICLE_COLS = (
    "id outlet outlet_domain url source title author published language text content_hash "
    "removed copy_of story gold_story"
).split()


WAIT_MS = 5000  # how long a write waits for another connection's transaction to end
CACHE_WAIT_MS = 250  # ... when it only writes a cache


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A newsloom SQLite store. Safe to share between threads (one connection, one lock)."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_db_path()
        if str(self.path) != ":memory:":
            if self.path.exists() and self.path.is_dir():
                raise StoreError(f"{self.path}: is a directory, not a database file")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except (FileExistsError, NotADirectoryError):
                in_the_way = next(p for p in self.path.parents if p.exists())
                raise StoreError(f"{self.path}: {in_the_way} is a file, not a folder") from None
            except OSError as e:  # no permission, read-only file system, ...
                raise StoreError(f"{self.path}: cannot create its folder ({e.strerror or e})") from None
        try:
            self._db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False,
                                       timeout=WAIT_MS / 1000)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a usable newsloom database ({e})") from None
        self._lock = threading.RLock()
        self._depth = 0

    # -- plumbing ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this newsloom knows "
                f"({len(MIGRATIONS)}); upgrade newsloom"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits first; wrap the script and the version bump in one transaction.
            self._db.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all; nested calls become savepoints."""
        with self._lock:
            depth = self._depth
            self._db.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    self._db.execute("ROLLBACK")
                else:  # undo only this level; the outer transaction goes on
                    self._db.execute(f"ROLLBACK TO sp{depth}")
                    self._db.execute(f"RELEASE sp{depth}")
                raise
            self._depth -= 1
            self._db.execute("COMMIT" if depth == 0 else f"RELEASE sp{depth}")

    def _q(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- articles ---------------------------------------------------------------------------
    def put_article(self, article: Article) -> PutStatus:
        """Insert or update one article atomically.

        Same id or same URL with the same text, or the same text from the same outlet: unchanged.
        Same id or URL with a new text: updated, and the old text is kept in article_versions.
        Same id, URL or source file with the same text but another outlet (better evidence of who
        published it, or the user's outlets file): updated in place, keeping its id.
        """
        h = article.content_hash
        with self.transaction():
            row = self._find(article)
            if row is None:
                dup = self._db.execute(
                    "SELECT 1 FROM articles WHERE content_hash=? AND outlet=?", (h, article.outlet)
                ).fetchone()
                if dup is not None:
                    return "unchanged"
                if article.source and not article.source.startswith("POST "):  # posts share one source
                    row = self._db.execute(f"SELECT {self._FOUND} FROM articles WHERE content_hash=? AND source=?",
                                           (h, article.source)).fetchone()
                if row is None:
                    values = self._article_values(article, h)
                    now = _now()
                    self._db.execute(self._INSERT, (*values, now, now))
                    return "new"
            if row["content_hash"] == h:
                if row["outlet"] == article.outlet:
                    return "unchanged"
                self._db.execute("UPDATE articles SET outlet=?, outlet_domain=coalesce(?, outlet_domain), "
                                 "updated_at=? WHERE id=?", (article.outlet, article.outlet_domain, _now(), row["id"]))
                article.id, article.story, article.copy_of = row["id"], row["story"], row["copy_of"]
                self._story_changed(row["story"])
                return "updated"
            self._db.execute(
                "INSERT INTO article_versions (article_id, title, text, content_hash, replaced_at) "
                "VALUES (?,?,?,?,?)",
                (row["id"], row["title"], row["text"], row["content_hash"], _now()),
            )
            article.id = row["id"]
            article.story = article.story or row["story"]
            article.copy_of = article.copy_of or row["copy_of"]
            values = self._article_values(article, h)
            sets = ",".join(f"{c}=?" for c in _ARTICLE_COLS)
            self._db.execute(
                f"UPDATE articles SET {sets}, updated_at=? WHERE id=?", (*values, _now(), row["id"])
            )
            self._story_changed(row["story"])  # its brief quoted the old text
            return "updated"

    def _story_changed(self, story_id: str | None) -> None:
        """One of the story's articles changed: a new stamp, and its cached brief goes."""
        if story_id:
            self._db.execute("DELETE FROM briefs WHERE story_id=?", (story_id,))
            self._db.execute("UPDATE stories SET stamp=random() WHERE id=?", (story_id,))

    _INSERT = (f"INSERT INTO articles ({','.join(_ARTICLE_COLS)}, added_at, updated_at) "
               f"VALUES ({','.join('?' * len(_ARTICLE_COLS))}, ?, ?)")

    _FOUND = "id, title, text, content_hash, story, copy_of, outlet"

    def _find(self, article: Article) -> sqlite3.Row | None:
        row = self._db.execute(f"SELECT {self._FOUND} FROM articles WHERE id=?", (article.id,)).fetchone()
        if row is None and article.url:
            row = self._db.execute(f"SELECT {self._FOUND} FROM articles WHERE url=?", (article.url,)).fetchone()
        return row

    @staticmethod
    def _article_values(a: Article, h: str) -> tuple:
        removed = json.dumps([asdict(r) for r in a.removed], ensure_ascii=False)
        return (a.id, a.outlet, a.outlet_domain, a.url, a.source, a.title, a.author, a.published,
                a.language, a.text, h, removed, a.copy_of, a.story, a.gold_story)

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        d = {c: row[c] for c in _ARTICLE_COLS if c != "content_hash"}
        d["removed"] = [Removal(**r) for r in json.loads(d["removed"] or "[]")]
        return Article(**d)

    def get_article(self, article_id: str) -> Article | None:
        rows = self._q(f"SELECT {','.join(_ARTICLE_COLS)} FROM articles WHERE id=?", (article_id,))
        return self._article(rows[0]) if rows else None

    def story_of(self, article_id: str) -> str | None:
        """The story of a stored article (None when it has none or there is no such article)."""
        rows = self._q("SELECT story FROM articles WHERE id=?", (article_id,))
        return rows[0][0] if rows else None

    def article_versions(self, article_id: str) -> list[dict]:
        rows = self._q(
            "SELECT title, text, content_hash, replaced_at FROM article_versions "
            "WHERE article_id=? ORDER BY rowid", (article_id,))
        return [dict(r) for r in rows]

    def list_articles(self, story: str | None = None, outlet: str | None = None,
                      limit: int | None = None, offset: int = 0) -> list[Article]:
        where, params = [], []
        if story is not None:
            where.append("story=?"); params.append(story)
        if outlet is not None:
            where.append("outlet=?"); params.append(outlet)
        sql = f"SELECT {','.join(_ARTICLE_COLS)} FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
        return [self._article(r) for r in self._q(sql, tuple(params))]

    def iter_articles(self, batch: int = 1000) -> Iterator[Article]:
        """Every article in the order it was first stored, read in batches."""
        last = 0
        while True:
            rows = self._q(f"SELECT seq, {','.join(_ARTICLE_COLS)} FROM articles WHERE seq>? "
                           "ORDER BY seq LIMIT ?", (last, batch))
            if not rows:
                return
            for r in rows:
                yield self._article(r)
            last = rows[-1]["seq"]

    def count_articles(self) -> int:
        return self._q("SELECT count(*) FROM articles")[0][0]

    def _write(self, sql: str, params: tuple) -> None:
        """One write statement: atomic on its own (its own transaction outside one), so it needs no
        savepoint inside one; it is called once per article in a bulk ingest."""
        with self._lock:
            self._db.execute(sql, params)

    def set_copy_of(self, article_id: str, copy_of: str | None) -> None:
        self._write("UPDATE articles SET copy_of=? WHERE id=?", (copy_of, article_id))

    def set_story(self, article_id: str, story_id: str | None, provisional: bool | None = None) -> None:
        """Put the article in a story; `provisional` says whether it is only a provisional member there
        (cluster.Assignment.provisional), None keeps its mark (a merged story keeps its members' marks)."""
        if provisional is None:
            self._write("UPDATE articles SET story=? WHERE id=?", (story_id, article_id))
        else:
            self._write("UPDATE articles SET story=?, provisional=? WHERE id=?",
                        (story_id, int(provisional), article_id))

    def provisional_ids(self, limit: int | None = None, offset: int = 0) -> set[str]:
        """The ids of the provisional members of their stories among list_articles(limit=, offset=)."""
        rows = self._q("SELECT id FROM (SELECT id, provisional FROM articles ORDER BY seq LIMIT ? OFFSET ?) "
                       "WHERE provisional", (-1 if limit is None else limit, offset))
        return {r[0] for r in rows}

    # -- stories ----------------------------------------------------------------------------
    def put_story(self, story: Story) -> None:
        """Insert or replace a story; it gets a new stamp and its cached brief is dropped, since its
        articles changed."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO stories (id, title, first_seen, last_seen, outlets, article_count, updated_at, stamp) "
                "VALUES (?,?,?,?,?,?,?,random()) ON CONFLICT(id) DO UPDATE SET title=excluded.title, "
                "first_seen=excluded.first_seen, last_seen=excluded.last_seen, outlets=excluded.outlets, "
                "article_count=excluded.article_count, updated_at=excluded.updated_at, stamp=excluded.stamp",
                (story.id, story.title, story.first_seen, story.last_seen, json.dumps(story.outlets),
                 len(story.article_ids), _now()),
            )
            self._db.execute("DELETE FROM briefs WHERE story_id=?", (story.id,))

    def delete_story(self, story_id: str) -> None:
        with self.transaction():
            self._db.execute("DELETE FROM briefs WHERE story_id=?", (story_id,))
            self._db.execute("DELETE FROM stories WHERE id=?", (story_id,))

    def _story(self, row: sqlite3.Row) -> Story:
        ids = [r[0] for r in self._q("SELECT id FROM articles WHERE story=? ORDER BY seq", (row["id"],))]
        return Story(id=row["id"], title=row["title"], article_ids=ids, first_seen=row["first_seen"],
                     last_seen=row["last_seen"], outlets=json.loads(row["outlets"]), headline=row["headline"])

    # A story with the headline of its current brief (NULL when there is none, or it is stale or old).
    _STORIES = ("SELECT s.*, b.headline AS headline FROM stories s LEFT JOIN briefs b "
                "ON b.story_id=s.id AND b.basis=s.stamp AND b.format=?")

    def get_story(self, story_id: str) -> Story | None:
        rows = self._q(self._STORIES + " WHERE s.id=?", (BRIEF_FORMAT, story_id))
        return self._story(rows[0]) if rows else None

    def story_stamp(self, story_id: str) -> int | None:
        """The story's current stamp (None when there is no such story); it changes with every change
        to the story, so a brief written from articles read after it can say what it was written against."""
        rows = self._q("SELECT stamp FROM stories WHERE id=?", (story_id,))
        return rows[0][0] if rows else None

    def list_stories(self, limit: int | None = 50, offset: int = 0, query: str | None = None,
                     outlet: str | None = None, since: str | None = None, until: str | None = None,
                     order: Literal["last_seen", "coverage"] = "last_seen") -> list[Story]:
        """Stories, newest first (or most independent outlets first), filtered by words, outlet and dates."""
        where, params = [], [BRIEF_FORMAT]
        if query:
            for word in query.split():
                where.append("(s.title LIKE ? OR b.headline LIKE ? OR EXISTS (SELECT 1 FROM articles a WHERE a.story=s.id "
                             "AND (a.title LIKE ? OR a.text LIKE ?)))")
                params += [f"%{word}%"] * 4
        if outlet:
            where.append("EXISTS (SELECT 1 FROM articles a WHERE a.story=s.id AND a.outlet=?)")
            params.append(outlet)
        if since:
            where.append("s.last_seen >= ?"); params.append(since)
        if until:
            where.append("s.first_seen <= ?"); params.append(until + "\uffff")
        sql = self._STORIES
        if where:
            sql += " WHERE " + " AND ".join(where)
        if order == "coverage":
            sql += " ORDER BY json_array_length(s.outlets) DESC, s.article_count DESC, s.last_seen DESC"
        else:
            sql += " ORDER BY s.last_seen DESC, s.id"
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
        return [self._story(r) for r in self._q(sql, tuple(params))]

    def count_stories(self) -> int:
        return self._q("SELECT count(*) FROM stories")[0][0]

    def story_articles(self, story_id: str) -> list[Article]:
        return self.list_articles(story=story_id)

    # -- outlets ----------------------------------------------------------------------------
    def put_outlet(self, outlet: Outlet) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO outlets (id, name, domain, country, language, owner, lean) "
                "VALUES (?,?,?,?,?,?,?)",
                (outlet.id, outlet.name, outlet.domain, outlet.country, outlet.language, outlet.owner,
                 outlet.lean),
            )

    def list_outlets(self) -> list[Outlet]:
        """Every outlet with stored articles, with the user's metadata where known."""
        rows = self._q(
            "SELECT a.outlet AS name, max(a.outlet_domain) AS domain, o.id, o.country, o.language, "
            "o.owner, o.lean, count(*) AS n FROM articles a LEFT JOIN outlets o ON o.name=a.outlet "
            "GROUP BY a.outlet ORDER BY n DESC, a.outlet")
        return [Outlet(id=r["id"] or r["name"], name=r["name"], domain=r["domain"], country=r["country"],
                       language=r["language"], owner=r["owner"], lean=r["lean"]) for r in rows]

    # -- feed validators --------------------------------------------------------------------
    def fetch_cache(self) -> dict[str, dict[str, str]]:
        """url -> {"etag": ..., "last_modified": ...} as the fetcher keeps them."""
        return {r[0]: json.loads(r[1]) for r in self._q("SELECT url, validators FROM fetch_cache")}

    def save_fetch_cache(self, cache: dict[str, dict[str, str]]) -> None:
        with self.transaction():
            self._db.executemany("INSERT OR REPLACE INTO fetch_cache (url, validators) VALUES (?, ?)",
                                 [(url, json.dumps(v)) for url, v in cache.items()])

    # -- briefs (a cache: dropped whenever the story changes, ignored when written in an older format
    # or against an older stamp of the story)
    def put_brief(self, story_id: str, brief: dict, basis: int | None = None) -> bool:
        """Cache a story's brief. `basis` is the story's stamp read before the articles the brief was
        written from; when the story has changed since, the brief is not stored (False): it would be
        stale at once. Without `basis` the brief is taken as written from the story as it is now."""
        with self._lock:
            # Only a cache: rather than wait behind a long ingest transaction of another connection
            # (a reader writing a brief would stall its page), give up soon and leave it unwritten.
            self._db.execute(f"PRAGMA busy_timeout={CACHE_WAIT_MS}")
            try:
                with self.transaction():
                    stamp = self._db.execute("SELECT stamp FROM stories WHERE id=?", (story_id,)).fetchone()
                    if stamp is None or (basis is not None and basis != stamp[0]):
                        return False
                    self._db.execute(
                        "INSERT OR REPLACE INTO briefs (story_id, json, built_at, format, basis, headline) "
                        "VALUES (?,?,?,?,?,?)",
                        (story_id, json.dumps(brief, ensure_ascii=False), _now(), BRIEF_FORMAT, stamp[0],
                         str(brief.get("headline") or "") or None))
                    return True
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) and "busy" not in str(e):
                    raise
                return False
            finally:
                self._db.execute(f"PRAGMA busy_timeout={WAIT_MS}")

    # the cached brief of a story, when written in this format against the story's current stamp
    _CURRENT_BRIEF = ("FROM briefs b JOIN stories s ON s.id=b.story_id AND b.basis=s.stamp "
                      "WHERE b.story_id=? AND b.format=?")

    def brief_stamp(self, story_id: str) -> tuple | None:
        """A cheap fingerprint of the cached brief, None when there is none. Every put_brief
        replaces the row, so the rowid changes even within the same second."""
        rows = self._q("SELECT b.built_at, b.rowid " + self._CURRENT_BRIEF, (story_id, BRIEF_FORMAT))
        return tuple(rows[0]) if rows else None

    def get_brief(self, story_id: str) -> dict | None:
        rows = self._q("SELECT b.json " + self._CURRENT_BRIEF, (story_id, BRIEF_FORMAT))
        return json.loads(rows[0][0]) if rows else None
