"""Turning sources into clean Article records.

`read_sources` takes any mix of paths (files or directories, walked recursively, hidden files skipped)
and http(s) URLs, works out what each is by its content (with the extension as a hint) -- plain text,
HTML, RSS/Atom feed, OPML list of feeds, corpus JSONL -- and yields one `IngestResult` per article, or
one per failure with a single line naming the source and the problem. A failure never stops the run.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsloom.ingest.build import Draft, OutletBook, OutletBookError, canonical_url, finish
from newsloom.ingest.extract import domain_of, extract_html, normalize_date
from newsloom.ingest.feeds import Feed, parse_feed, parse_opml
from newsloom.ingest.files import (
    MAX_FILE_BYTES,
    MB,
    IngestError,
    Kind,
    binary_kind,
    charset_from_content_type,
    check_record,
    decode,
    iter_files,
    iter_jsonl,
    json_problem,
    json_records,
    known_extension,
    parse_jsonl_line,
    parse_plain_text,
    read_document,
    read_head,
    sniff,
)
from newsloom.ingest.web import Fetcher, FetchError
from newsloom.records import Article

log = logging.getLogger(__name__)

__all__ = ["IngestResult", "OutletBook", "OutletBookError", "Fetcher", "FetchError", "IngestError", "read_sources"]


@dataclass
class IngestResult:
    source: str  # the path / URL / "file.jsonl:LINE" the article came from
    article: Article | None  # a clean Article (id set), or None on failure
    error: str | None  # one clear line naming the source and what is wrong

    @property
    def ok(self) -> bool:
        return self.article is not None


# A source that gives nothing at all: an empty folder, a feed with no items (a feed unchanged since
# the last run is not one: it has nothing new, and says so with HTTP 304)
NO_ARTICLES = "no articles found"


def _fail(source: str, problem: str) -> IngestResult:
    return IngestResult(source, None, f"{source}: {problem}")


class _Session:
    """One read_sources run: the options, and a Fetcher created only if some source needs the web."""

    def __init__(self, outlets: OutletBook | None, allow_private: bool, fetcher: Fetcher | None,
                 cache: dict[str, dict[str, str]] | None = None) -> None:
        self.outlets = outlets
        self.allow_private = allow_private
        self.cache = cache
        self._fetcher = fetcher
        self._own_fetcher = False

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(allow_private=self.allow_private, cache=self.cache)
            self._own_fetcher = True
        return self._fetcher

    def close(self) -> None:
        if self._own_fetcher and self._fetcher is not None:
            self._fetcher.close()

    def article(self, draft: Draft, unknown_label: str | None = None) -> IngestResult:
        try:
            return IngestResult(draft.source, finish(draft, self.outlets, unknown_label), None)
        except IngestError as e:
            return _fail(draft.source, str(e))


def read_sources(
    sources: list[str],
    *,
    outlets: OutletBook | None = None,
    allow_private: bool = False,
    fetcher: Fetcher | None = None,
    cache: dict[str, dict[str, str]] | None = None,
) -> Iterator[IngestResult]:
    """One IngestResult per article read or per source (or line) that failed, in source order.

    `cache` holds feed validators (ETag / Last-Modified) between runs; the fetcher updates it.
    """
    session = _Session(outlets, allow_private, fetcher, cache)
    try:
        for source in sources:
            yield from _guarded(source, lambda s=source: _read_source(session, s))
    finally:
        session.close()


def _guarded(source: str, produce: Any) -> Iterator[IngestResult]:
    """Run a producer; turn anything it raises into one failure line so the run goes on."""
    try:
        yield from produce()
    except (IngestError, FetchError) as e:
        yield _fail(source, str(e))
    except OSError as e:
        yield _fail(source, f"cannot read ({e.strerror or e})")
    except Exception as e:  # a bug or a library surprise must not end the whole run
        yield _fail(source, f"unexpected {type(e).__name__}: {e}")


def _read_source(session: _Session, source: str) -> Iterator[IngestResult]:
    if "://" in source:
        scheme = source.split("://", 1)[0].lower()
        if scheme not in ("http", "https"):
            raise IngestError(f"only http and https URLs are supported, not {scheme}://")
        yield from _read_url(session, source)
        return
    path = Path(source)
    if path.is_dir():
        found = False
        for file in iter_files(path):
            found = True
            yield from _guarded(str(file), lambda f=file: _read_file(session, f))
        if not found:  # an empty folder is a mistake to report, like a missing one
            raise IngestError(NO_ARTICLES)
    elif path.exists():
        yield from _read_file(session, path)
    else:
        raise IngestError("no such file or directory")


# -- files --------------------------------------------------------------------------------------


def _read_file(session: _Session, path: Path) -> Iterator[IngestResult]:
    source = str(path)
    if not path.is_file():
        raise IngestError("not a regular file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES and path.suffix.lower() not in (".jsonl", ".ndjson"):
        # Refused before reading a byte; only corpus JSONL (streamed line by line) may be larger.
        raise IngestError(f"file is {size / MB:.1f} MB, over the {MAX_FILE_BYTES // MB} MB limit; not read")
    head = read_head(path)
    if not head.strip():
        raise IngestError("file is empty")
    what = binary_kind(head)
    if what:
        raise IngestError(f"{what}, not text; skipped")
    kind = sniff(decode(head), path.name)
    if kind == "jsonl":
        yield from _read_jsonl(session, path)
        return
    data = read_document(path)
    try:
        yield from _read_document(session, data, kind, source, key="file:" + os.path.abspath(path), name=path.name)
    except IngestError as e:
        # a file of a type newsloom does not read (a run's ".out" or ".err" beside its inputs) is judged by its
        # content like any other, but what fails in it is the file's type, not its "HTML" or "text"
        if path.suffix and not known_extension(path.name):
            raise IngestError(f"unsupported file type ({path.suffix}): no article found in it") from None
        raise


def _read_jsonl(session: _Session, path: Path) -> Iterator[IngestResult]:
    first = True
    for number, record in iter_jsonl(path):
        source = f"{path}:{number}"
        if isinstance(record, IngestError):
            if first and "'text'" in str(record):
                raise IngestError(f"not corpus JSONL: line {number}: {record}")
            yield _fail(source, str(record))
            continue
        first = False
        yield session.article(_jsonl_draft(record, source))


def _read_jsonl_text(session: _Session, text: str, source: str) -> Iterator[IngestResult]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            record = parse_jsonl_line(line)
            if isinstance(record, IngestError):
                yield _fail(f"{source}:{number}", str(record))
            else:
                yield session.article(_jsonl_draft(record, f"{source}:{number}"))


def _read_json(session: _Session, text: str, source: str) -> Iterator[IngestResult]:
    """A JSON document of corpus records ('file.json[2]' names the third); never an article of raw JSON."""
    try:
        records = json_records(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" and text.lstrip().startswith("{"):  # corpus JSONL saved as .json
            yield from _read_jsonl_text(session, text, source)
            return
        raise IngestError(f"invalid JSON ({json_problem(e)} at line {e.lineno} column {e.colno})") from None
    if not records:
        raise IngestError(NO_ARTICLES)
    for number, raw in enumerate(records):
        record = check_record(raw)
        if isinstance(record, IngestError):
            if number == 0:
                raise IngestError(f"not corpus records: item 0: {record}")
            yield _fail(f"{source}[{number}]", str(record))
            continue
        yield session.article(_jsonl_draft(record, f"{source}[{number}]"))


def _jsonl_draft(record: dict[str, Any], source: str) -> Draft:
    def s(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value is not None and str(value).strip() else None

    if (published := s("published")) and not normalize_date(published):
        # the rest of the record is good: it is kept, undated (outside the timeline, clustered on its words)
        log.warning("%s: field 'published' is not a date newsloom can read (%r); the article is stored "
                    "undated (write ISO 8601, such as 2026-11-20 or 2026-11-20T08:00:00Z)", source, published)

    return Draft(
        source=source, text=record["text"], title=s("title"), url=s("url"), published=s("published"),
        author=s("author"), language=s("language"), outlet=s("outlet"), id=s("id"), gold_story=s("story"),
    )


def _read_document(
    session: _Session, data: bytes, kind: Kind, source: str, *, key: str, name: str,
    content_type: str | None = None, url: str | None = None,
) -> Iterator[IngestResult]:
    """One whole document already in memory (a file or an HTTP body)."""
    if kind == "feed":
        feed = parse_feed(data)
        if not feed.items:
            raise IngestError(NO_ARTICLES)
        yield from _read_feed(session, feed, source)
        return
    if kind == "opml":
        yield from _read_opml(session, parse_opml(data), source)
        return
    text = decode(data, charset_from_content_type(content_type))
    if kind == "jsonl":
        yield from _read_jsonl_text(session, text, source)
        return
    if kind == "json":
        yield from _read_json(session, text, source)
        return
    if kind == "html":
        yield session.article(_html_draft(text, source, key=key, url=url), unknown_label=name)
        return
    plain = parse_plain_text(text)
    if not plain.text.strip():
        raise IngestError("no text")
    yield session.article(Draft(source=source, text=plain.text, title=plain.title, url=plain.url or url,
                                published=plain.published, author=plain.author, outlet=plain.outlet, key=key),
                          unknown_label=name)


def _html_draft(html: str, source: str, *, key: str, url: str | None) -> Draft:
    page = extract_html(html, url)
    return Draft(
        source=source, text=page.text, title=page.title, url=page.url or url, published=page.published,
        author=page.author, language=page.language, outlet=page.site_name, key=key,
    )


# -- the web ------------------------------------------------------------------------------------


def _read_url(session: _Session, url: str) -> Iterator[IngestResult]:
    response = session.fetcher.get(url, conditional=True)
    if response.not_modified:
        return  # a feed unchanged since the last run: nothing new to read
    if not response.content.strip():
        raise IngestError(f"empty response (HTTP {response.status})")
    what = binary_kind(response.content)
    if what:
        raise IngestError(f"{what}, not a page or feed; skipped")
    head = decode(response.content[:65536], charset_from_content_type(response.content_type))
    kind = sniff(head, response.url, response.content_type)
    yield from _read_document(
        session, response.content, kind, url, key="url:" + canonical_url(response.url), name=domain_of(response.url) or url,
        content_type=response.content_type, url=response.url,
    )


def _read_feed(session: _Session, feed: Feed, source: str) -> Iterator[IngestResult]:
    """Each item's page is fetched and extracted; if that fails, the feed's own text stands in."""
    def fetchable(link: str | None) -> bool:
        return bool(link and link.startswith(("http://", "https://")))

    # Pages are fetched concurrently but handed over in feed order, so results flow as they arrive.
    fetched = session.fetcher.get_many([i.link for i in feed.items if fetchable(i.link)]) if any(
        fetchable(i.link) for i in feed.items) else iter(())
    for item in feed.items:
        page = next(fetched)[1] if fetchable(item.link) else None
        item_source = item.link or (f"{source}#{item.guid}" if item.guid else source)
        draft = Draft(
            source=item_source, text=item.text, title=item.title, url=item.link, published=item.published,
            author=item.author, fallback_outlet=feed.title, key=item.key and "item:" + item.key,
        )
        # a link to an image or other binary file: say so, as fetching that URL directly would
        binary = binary_kind(page.content) if page is not None and not isinstance(page, FetchError) else None
        if page is not None and not isinstance(page, FetchError) and not binary:
            try:
                extracted = extract_html(decode(page.content, charset_from_content_type(page.content_type)), page.url)
                draft.text = extracted.text
                draft.title = extracted.title or draft.title
                draft.author = extracted.author or draft.author
                draft.published = extracted.published or draft.published
                draft.outlet = extracted.site_name
                draft.language = extracted.language
                # draft.url stays the feed's link: the id must not depend on whether the page came through.
            except IngestError:
                pass  # keep the feed's own text
        if not draft.text.strip():
            why = (f"page not fetched ({page})" if isinstance(page, FetchError)
                   else f"{binary}, not a page or feed; skipped" if binary else "no text in the page or the feed")
            yield _fail(item_source, why)
            continue
        yield session.article(draft)


def _read_opml(session: _Session, feeds: list[tuple[str, str | None]], source: str) -> Iterator[IngestResult]:
    for url, _title in feeds:
        yield from _guarded(url, lambda u=url: _read_url(session, u))
