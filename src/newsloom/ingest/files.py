"""Reading local sources: bytes to text, what kind of source it is, plain text and corpus JSONL.

Nothing here touches the network; `read_sources` in `__init__` ties these to articles.
"""
from __future__ import annotations

import codecs
import json
import os
import re
from datetime import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from newsloom.clean import is_credit_line, split_paragraphs

Kind = Literal["html", "feed", "opml", "jsonl", "json", "text"]

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB  # any single document; corpus JSONL is streamed, so only its lines are capped
SNIFF_BYTES = 64 * 1024


class IngestError(Exception):
    """What is wrong with a source, in one line (the caller adds the source's name)."""


# -- bytes to text -------------------------------------------------------------------------------

_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or office document)",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database",
}
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{2,40})["']""")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM shows as NUL bytes in every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """A description if `data` is not text (checked on the first bytes), else None."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return None
    if _utf16_without_bom(head):
        return None
    if b"\x00" in head:
        return "binary data"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls > 0.1 * len(head):
        return "binary data"
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes: BOM, then a declared charset, then UTF-8, then a detected one (never fails)."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    declared = declared or _declared_charset(data[:SNIFF_BYTES])
    if declared:
        try:
            return data.decode(_charset_alias(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Sparse non-ASCII bytes in otherwise ASCII text: Western text with accents, almost always
    # windows-1252 / Latin-1 (detectors guess badly on short texts like that).
    high = sum(1 for b in data[:MB] if b >= 0x80)
    if high < 0.2 * min(len(data), MB):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:MB]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", errors="replace")  # Latin-1 superset: the commonest non-UTF-8 text


def _charset_alias(name: str) -> str:
    # Browsers read 'iso-8859-1' and 'latin-1' as windows-1252 (WHATWG Encoding); so do we.
    return "cp1252" if name.lower().replace("_", "-") in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else name


def _declared_charset(head: bytes) -> str | None:
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


# -- what kind of source ------------------------------------------------------------------------

_EXTENSIONS: dict[str, Kind] = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".opml": "opml",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
    ".txt": "text", ".text": "text", ".md": "text",
}
_XML_ROOT = re.compile(r"<(?![?!])([\w:.-]+)")


def known_extension(name: str) -> bool:
    """Whether a file's extension is one of the input types newsloom reads (.html, .txt, .jsonl, ...)."""
    return os.path.splitext(name)[1].lower() in _EXTENSIONS


def sniff(text_head: str, name: str = "", content_type: str | None = None) -> Kind:
    """The kind of a source from its first characters, with the file extension or Content-Type as a hint."""
    ext = os.path.splitext(urlpath_or_name(name))[1].lower()
    hinted = _EXTENSIONS.get(ext)
    ctype = (content_type or "").split(";")[0].strip().lower()
    head = text_head.lstrip("\ufeff \t\r\n")
    low = head[:2048].lower()
    if head.startswith("<"):
        body = re.sub(r"<!--.*?-->", "", low, flags=re.DOTALL)
        m = _XML_ROOT.search(body)
        root = m.group(1).split(":")[-1] if m else ""
        if root == "opml":
            return "opml"
        if root in ("rss", "feed", "rdf"):
            return "feed"
        if root == "html" or "<!doctype html" in low:
            return "html"
        if hinted == "text" and not re.search(r"<(body|p|div|article)\b", low):
            return "text"
        return "feed" if hinted == "feed" or "xml" in ctype else "html"
    # A JSON document of records: an array of them, or one (pretty-printed) record in a .json file
    if (head.startswith(("{", "[")) and (hinted == "json" or ctype == "application/json")) or re.match(r"\[\s*[{\]]", head):
        return "json"
    if head.startswith("{") and hinted in (None, "jsonl", "text"):
        first = head.split("\n", 1)[0]
        if hinted == "jsonl" or first.rstrip().endswith("}"):
            return "jsonl"
    if hinted == "jsonl":
        return "jsonl"
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    return "text"


def urlpath_or_name(name: str) -> str:
    if "://" in name:
        from urllib.parse import urlsplit

        return urlsplit(name).path
    return name


# -- reading files ------------------------------------------------------------------------------


def read_head(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(SNIFF_BYTES)


def read_document(path: Path) -> bytes:
    """A whole file, refused before reading when it is over the size cap or empty."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise IngestError(f"file is {size / MB:.1f} MB, over the {MAX_FILE_BYTES // MB} MB limit; not read")
    data = path.read_bytes()
    if not data.strip():
        raise IngestError("file is empty")
    return data


def iter_files(directory: Path) -> Iterator[Path]:
    """Files under `directory`, recursively, in name order, skipping hidden files and folders."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


# -- plain text ---------------------------------------------------------------------------------


@dataclass
class PlainText:
    title: str | None
    text: str  # the rest, still to be cleaned
    published: str | None = None
    url: str | None = None
    author: str | None = None
    outlet: str | None = None


# Header lines a saved text may carry above the story ("Published: 2026-03-03T07:05:00Z", "Title: ...",
# "Outlet: The Lowland Herald"); a header's title and outlet are the writer's word and win over guesses
_HEADER = re.compile(r"^(published|date|url|author|by|title|headline|outlet|publisher|source)\s*:\s*(\S.*)$",
                     re.IGNORECASE)
_HEADER_KEY = {"headline": "title", "publisher": "outlet", "source": "outlet"}


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A line that is only a date, as wire copy and wiki news put above the story: "Saturday, January 8, 2005",
# "8 January 2005"
_DATE_LINE = re.compile(rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                        rf"(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}}),?|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS}))\s+(?P<y>(?:19|20)\d\d)\s*$")


def _date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date, else None."""
    m = _DATE_LINE.match(line.strip())
    if not m:
        return None
    try:
        return datetime.strptime(f"{m['m1'] or m['m2']} {m['d1'] or m['d2']} {m['y']}", "%B %d %Y").date().isoformat()
    except ValueError:  # "February 30"
        return None


def _iso_date(value: str) -> str | None:
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


_HEADLINE_END = re.compile(r"[.,;:]$")
# 'By Pia Dorn', 'By Pia Dorn, The Lowmarsh Echo', 'By Pia Dorn and Ole Brandt | Harrow Tribune': the
# writer (and maybe the outlet, which build.signed_credit reads from the text), never the headline
_BYLINE = re.compile(r"^By\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|al|bin)){0,4}"
                     r"(?:\s*(?:,|\||\band\b|\bfor\b)\s*\S.{0,80})?$")


def is_byline(line: str) -> bool:
    return len(line) <= 120 and bool(_BYLINE.match(line))


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and len(line) <= 160 and not _HEADLINE_END.search(line)


# A header line gone wrong: a header's name with no colon ("Outlet Tallow Echo"), with nothing after its
# colon ("Title:"), or a colon with no name before it (": Tallow Echo")
_HEADER_NAME = re.compile(r"^(published|date|url|author|by|title|headline|outlet|publisher|source)(?:\s*(:)\s*|\s+)(.*)$",
                          re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w'’.&-]*|of|the|and|de|du|la|le|el)$")


def _header_problem(paragraphs: list[str], i: int) -> str | None:
    """What is wrong with paragraph `i` of a text's header block, if it is a broken header line; None
    when it may be a header, a headline or the story. A headline may open with a header's name ("Source
    of the leak found", "Date set for vote"), so a name without its colon is a broken header only before
    another header line and when what follows it is what that header holds: an outlet's name in capitals
    ("Outlet Tallow Echo"), a date with a figure, a URL. "Date:" before words with no figure ("Date: to be
    confirmed by the board") is the story's."""
    line = paragraphs[i]
    if line.startswith(":"):
        return "a header line with no name before its ':'"
    m = _HEADER_NAME.match(line)
    if not m:
        return None
    name, colon, value = m[1], m[2], m[3].strip()
    key = name.lower()
    if colon and not value:
        return f"header '{name}:' has no value"
    if colon and key in ("published", "date") and (key == "published" or any(c.isdigit() for c in value)):
        return (f"'{name}:' date {value!r} cannot be read (write ISO 8601, 2026-11-20T12:00:00Z, or a date "
                "such as 20 November 2026)")
    if colon or not value or i + 1 >= len(paragraphs) or not _HEADER.match(paragraphs[i + 1]):
        return None
    words = value.split()
    if ((key in ("outlet", "publisher", "source") and len(words) <= 6 and all(_NAME_WORD.match(w) for w in words))
            or (key in ("published", "date") and any(c.isdigit() for c in value))
            or (key == "url" and value.startswith(("http://", "https://", "www.")))):
        return f"header line {line!r} has no ':' after '{name}' (write '{name}: {value}')"
    return None


def _line_number(text: str, paragraph: str) -> int:
    """The line of `text` a (header) paragraph starts on, counted from 1."""
    start = paragraph.split(" ", 1)[0]
    for n, line in enumerate(text.splitlines(), start=1):
        if line.lstrip("\ufeff \t").startswith(start) and " ".join(line.split()).startswith(paragraph[:40]):
            return n
    return 1


def _header_date(value: str) -> str | None:
    """A header's date: ISO 8601, or a date as a date line gives one ("20 November 2026")."""
    return _iso_date(value) or _date_line(value)


def parse_plain_text(text: str) -> PlainText:
    """Split off a headline: the first paragraph (after any header, credit line or byline) when it reads like one.

    Raises IngestError naming the line of a broken header line (no colon, no value, a date that cannot be
    read): what the writer meant as the outlet or date must not become the headline or be dropped."""
    paragraphs = split_paragraphs(text)
    first = 0
    header: dict[str, str] = {}
    while first < len(paragraphs):
        m = _HEADER.match(paragraphs[first])
        if is_credit_line(paragraphs[first]) or is_byline(paragraphs[first]):
            first += 1  # kept in the text: the cleaner files it away, after the outlet is read from it
        elif m and (value := _header_date(m[2]) if m[1].lower() in ("published", "date") else m[2].strip()) is not None:
            header.setdefault(_HEADER_KEY.get(m[1].lower(), m[1].lower()), value)
            paragraphs.pop(first)
        elif _date_line(paragraphs[first]) and "date" not in header:
            header["date"] = _date_line(paragraphs[first]) or ""
            paragraphs.pop(first)
        elif problem := _header_problem(paragraphs, first):
            raise IngestError(f"line {_line_number(text, paragraphs[first])}: {problem}")
        else:
            break
    title = header.get("title")
    if title is None and first < len(paragraphs) - 1 and looks_like_headline(paragraphs[first]):
        title = paragraphs.pop(first)
    date = header.get("published") or header.get("date")
    url = header.get("url")
    return PlainText(title, "\n\n".join(paragraphs), published=_iso_date(date) if date else None,
                     url=url if url and url.startswith(("http://", "https://")) else None,
                     author=header.get("author") or header.get("by"), outlet=header.get("outlet"))


# -- corpus JSONL -------------------------------------------------------------------------------


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | IngestError]]:
    """(line number, record or what is wrong with that line) for each non-blank line."""
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            if len(raw) > MAX_FILE_BYTES:
                yield number, IngestError(f"line is over {MAX_FILE_BYTES // MB} MB")
                continue
            if not raw.strip():
                continue
            yield number, parse_jsonl_line(raw)


def parse_jsonl_line(raw: bytes | str) -> dict[str, Any] | IngestError:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as e:
        return IngestError(f"invalid JSON ({json_problem(e)} at column {e.colno})")
    except UnicodeDecodeError:
        return IngestError("line is not UTF-8 text")
    return check_record(record)


def json_problem(e: json.JSONDecodeError) -> str:
    """What is wrong, in words to put before "at column N": the stdlib's message ends in "at" itself
    ("Unterminated string starting at"), and a raw line break inside a string (a record whose text was
    cut by one) ends the string too early, which "Invalid control character" does not say."""
    if e.msg.startswith("Invalid control character") and e.doc[e.pos: e.pos + 1] in ("\n", "\r"):
        return "string cut by a line break"
    return e.msg.removesuffix(" at")


def json_records(text: str) -> list[Any]:
    """The records of one JSON document: an array of them, or one record object (what POST /api/ingest
    takes as application/json, and a .json file holds). Raises json.JSONDecodeError."""
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def check_record(record: Any) -> dict[str, Any] | IngestError:
    """A corpus record as it is, or what is wrong with it."""
    if not isinstance(record, dict):
        return IngestError(f"expected a JSON object, found {_json_type(record)}")
    if "text" not in record:
        return IngestError("record has no 'text' (corpus JSONL needs a non-empty string 'text' field)")
    text = record["text"]
    if not isinstance(text, str):
        return IngestError(f"field 'text' should be a string, found {_json_type(text)}")
    if not text.strip():
        return IngestError("field 'text' is empty")
    for key in ("id", "outlet", "title", "published", "url", "language", "story", "author"):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            return IngestError(f"field {key!r} should be a string, found {_json_type(value)}")
    # (a date string that cannot be read is the article's only flaw: it is kept, undated, with a warning:
    # see the JSONL reader)
    published = record.get("published")
    if published is not None and not isinstance(published, str):
        return IngestError(f"field 'published' should be a string (an ISO 8601 date), found {_json_type(published)}")
    return record


def _json_type(value: Any) -> str:
    """What a JSON value is, in JSON's words ("a number", not "int")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "an array", str: "a string"}.get(type(value), "a number")
