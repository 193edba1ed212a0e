"""From what a source gave us (a Draft) to a clean Article: outlet, junk removal, stable id."""
from __future__ import annotations

import csv
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsloom.clean import byline_author, clean_paragraphs, credit_in, normalize_outlet_name, split_paragraphs
from newsloom.ingest.extract import domain_of, looks_like_outlet, normalize_date
from newsloom.ingest.files import IngestError
from newsloom.records import Article, Outlet, content_hash
from newsloom.text import DATELINE_DAY, unaccented

_SLUG = re.compile(r"[^a-z0-9]+")
_DOMAIN_LIKE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$", re.IGNORECASE)
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|src)$", re.IGNORECASE)


def slugify(name: str, limit: int = 40) -> str:
    # accents folded, not word breaks: "Diário do Vale" -> "diario-do-vale" (an ASCII name is unchanged)
    return _SLUG.sub("-", unaccented(name).lower()).strip("-")[:limit].strip("-") or "outlet"


def canonical_url(url: str) -> str:
    """The URL as an identity: lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    host = (parts.hostname or "").lower()
    netloc = host + (f":{parts.port}" if parts.port and parts.port not in (80, 443) else "")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


# -- the user's outlets file --------------------------------------------------------------------

_OUTLET_FIELDS = {"name", "country", "language", "owner", "lean", "aliases"}


class OutletBookError(ValueError):
    """The outlets file cannot be used; the message names the file and the entry."""


class OutletBook:
    """The user's outlets: domain -> name, country, language, owner, lean (plus optional name aliases).

    File formats, chosen by extension:
      TOML  (.toml):  ["riverside-post.example"]  name = "Riverside Daily Post"  country = "…"  aliases = ["…"]
      JSON  (.json):  {"riverside-post.example": {"name": "Riverside Daily Post", "lean": "centre"}}
      CSV   (.csv):   header `domain,name,country,language,owner,lean,aliases` (aliases separated by '|')
    TOML and JSON may also nest the table under a top-level "outlets" key. A domain matches its
    subdomains too (news.example.org matches example.org).
    """

    def __init__(self, entries: dict[str, tuple[Outlet, list[str]]] | None = None) -> None:
        self._by_domain: dict[str, Outlet] = {}
        self._by_name: dict[str, Outlet] = {}
        for domain, (outlet, aliases) in (entries or {}).items():
            self._by_domain[domain.lower()] = outlet
            for n in [outlet.name, *aliases]:
                self._by_name[n.casefold()] = outlet

    def __len__(self) -> int:
        return len(self._by_domain)

    def outlets(self) -> list[Outlet]:
        """Every outlet in the book, once (the pipeline stores their metadata)."""
        return list({o.id: o for o in self._by_domain.values()}.values())

    @classmethod
    def load(cls, path: str | Path) -> "OutletBook":
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise OutletBookError(f"{path}: cannot read outlets file ({e.strerror})") from None
        suffix = path.suffix.lower()
        try:
            if suffix == ".toml":
                table: Any = tomllib.loads(raw.decode("utf-8"))
            elif suffix == ".json":
                table = json.loads(raw.decode("utf-8"))
            elif suffix == ".csv":
                table = _csv_table(raw.decode("utf-8-sig"), path)
            else:
                raise OutletBookError(f"{path}: outlets file must end in .toml, .json or .csv")
        except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as e:
            raise OutletBookError(f"{path}: not valid {suffix[1:].upper()} ({e})") from None
        if isinstance(table, dict) and isinstance(table.get("outlets"), dict):
            table = table["outlets"]
        if not isinstance(table, dict):
            raise OutletBookError(f"{path}: expected a table of domain -> outlet details")
        entries: dict[str, tuple[Outlet, list[str]]] = {}
        for domain, details in table.items():
            entries[domain.lower().removeprefix("www.")] = _outlet_entry(path, domain, details)
        return cls(entries)

    def resolve(self, name: str | None, domain: str | None) -> Outlet | None:
        """The outlet named `name` (or one of its aliases), else the one owning `domain` or a parent domain."""
        if name:
            found = self._by_name.get(name.strip().casefold())
            if found:
                return found
            if _DOMAIN_LIKE.match(name.strip()):
                domain = domain or name.strip()
        if domain:
            host = domain.lower().removeprefix("www.")
            while host:
                if host in self._by_domain:
                    return self._by_domain[host]
                host = host.partition(".")[2] if "." in host else ""
        return None


def _csv_table(text: str, path: Path) -> dict[str, dict[str, Any]]:
    rows = list(csv.DictReader(text.splitlines()))
    if rows and ("domain" not in rows[0] or "name" not in rows[0]):
        raise OutletBookError(f"{path}: CSV needs a header row with at least 'domain' and 'name'")
    table: dict[str, dict[str, Any]] = {}
    for i, row in enumerate(rows, start=2):
        domain = (row.pop("domain") or "").strip()
        if not domain:
            raise OutletBookError(f"{path}: line {i} has no domain")
        details: dict[str, Any] = {k: v.strip() for k, v in row.items() if k and v and v.strip()}
        if "aliases" in details:
            details["aliases"] = [a.strip() for a in details["aliases"].split("|") if a.strip()]
        table[domain] = details
    return table


def _outlet_entry(path: Path, domain: str, details: Any) -> tuple[Outlet, list[str]]:
    if not isinstance(details, dict):
        raise OutletBookError(f"{path}: entry {domain!r} should be a table of details, not {type(details).__name__}")
    unknown = set(details) - _OUTLET_FIELDS
    if unknown:
        raise OutletBookError(f"{path}: entry {domain!r} has unknown field(s) {sorted(unknown)}; known: {sorted(_OUTLET_FIELDS)}")
    name = details.get("name")
    if not isinstance(name, str) or not name.strip():
        raise OutletBookError(f"{path}: entry {domain!r} needs a 'name'")
    for key in ("country", "language", "owner", "lean"):
        if details.get(key) is not None and not isinstance(details[key], str):
            raise OutletBookError(f"{path}: entry {domain!r}: {key!r} should be a string")
    aliases = details.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise OutletBookError(f"{path}: entry {domain!r}: 'aliases' should be a list of strings")
    outlet = Outlet(
        id=slugify(name), name=name.strip(), domain=domain.lower().removeprefix("www."),
        country=details.get("country"), language=details.get("language"),
        owner=details.get("owner"), lean=details.get("lean"),
    )
    return outlet, aliases


# -- who published it, from the text's first lines ---------------------------------------------------

# 'LONDON, March 3 (Reuters) - ...', '(Reuters) - ...': a wire's dateline names the outlet in parentheses
_DATELINE_CREDIT = re.compile(
    rf"^(?:[A-Z][A-Z.'’ -]{{1,40}}(?:,\s*{DATELINE_DAY})?\s*)?\((?P<name>[A-Z][^()/\d]{{1,40}})\)\s*[-–—]+\s")
# 'By Jane Doe, The Lowland Herald' / 'By Jane Doe | for The Lowland Herald'
_BYLINE_CREDIT = re.compile(r"^By\s+[A-Z][^,|;:]{1,60}?\s*[,|]\s*(?:for\s+)?(?P<name>[A-Z][^,|;:.!?]{1,60}?)\.?$")
_NOT_AN_OUTLET = re.compile(r"(?i)\b(photo|file|update[sd]?|video|correspondent|editor|reporter|writer|staff|"
                            r"columnist|contributor|analyst|producer|journalist|bureau|chief|senior|correct(?:ed|ion)?)\b")


def signed_credit(paragraphs: list[str]) -> str | None:
    """The outlet a wire dateline or a byline in the first lines names, if any."""
    for p in paragraphs[:3]:
        m = _DATELINE_CREDIT.match(p)
        if m and not _NOT_AN_OUTLET.search(m["name"]):
            return m["name"].strip()
        m = _BYLINE_CREDIT.match(p) if len(p) <= 120 else None
        if m and not _NOT_AN_OUTLET.search(m["name"]) and looks_like_outlet(m["name"]):
            return m["name"].strip()
    return None


def _own_name(names: list[str], domain: str | None, signed: str | None) -> str | None:
    """The name a source's own evidence gives, strongest first: a stated name, the host, a signature."""
    return _outlet_name(names[0]) if names else domain or (normalize_outlet_name(signed) if signed else None)


def text_outlet(text: str, stated: str | None = None, url: str | None = None) -> str | None:
    """The outlet a text names, as `finish` reads it without an outlets file: its credit line, then
    `stated` (an `Outlet:` header line, or what the sender says), the host of `url`, then a dateline
    or byline; None when nothing names one."""
    paragraphs = split_paragraphs(text)
    names = [n for n in (credit_in(paragraphs), stated) if n]
    return _own_name(names, domain_of(url), signed_credit(paragraphs))


def _outlet_name(name: str) -> str:
    """A source's own name for its outlet; a host name (a site with no name of its own) as its domain,
    so 'www.lowland-herald.example' and 'lowland-herald.example' are one outlet ('FactCheck.org' stays)."""
    name = name.strip()
    if _DOMAIN_LIKE.match(name) and name.lower().startswith("www."):
        return name[4:]
    return normalize_outlet_name(name)


# -- drafts to articles -------------------------------------------------------------------------


@dataclass
class Draft:
    """What a source gave us, before cleaning. `key` identifies it across runs (URL or path)."""

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    outlet: str | None = None  # named by the source itself (corpus field, site name)
    fallback_outlet: str | None = None  # weaker hint (the feed's title)
    id: str | None = None  # kept as given (corpus JSONL)
    key: str | None = None
    gold_story: str | None = None


def finish(draft: Draft, outlets: OutletBook | None = None, unknown_label: str | None = None) -> Article:
    """Resolve the outlet, clean the text and give the article its stable id.

    The outlet, by the strongest evidence there is: the user's outlets file (asked about each name
    below, then the domain); a credit line in the text ('Credited from: X'); the page's own name (its
    site name, og:site_name) or the feed's title; the domain of its URL (shown as the domain: a host
    is not a brand name); a wire dateline or byline that names it ('(Northgate Wire) -', 'By Jane Doe,
    The Lowland Herald'); only then 'Unknown (file name)'.
    """
    paragraphs = split_paragraphs(draft.text)
    domain = domain_of(draft.url)
    names = [n for n in (credit_in(paragraphs), draft.outlet, draft.fallback_outlet) if n]
    signed = signed_credit(paragraphs)
    outlet: Outlet | None = None
    if outlets is not None:
        for n in names:
            outlet = outlets.resolve(n, None)
            if outlet:
                break
        outlet = outlet or outlets.resolve(None, domain) or (outlets.resolve(signed, None) if signed else None)
    if outlet is not None:
        name, outlet_domain = outlet.name, outlet.domain or domain
    else:
        name = _own_name(names, domain, signed) or f"Unknown ({unknown_label or draft.source})"
        outlet_domain = domain
    slug = slugify(name) if names or domain or signed or outlet is not None else "unknown"
    kept, removed = clean_paragraphs(paragraphs, name)
    text = "\n\n".join(kept)
    if not text.strip():
        raise IngestError("no article text left after removing page junk" if removed else "no article text")
    if draft.id:
        article_id = str(draft.id)
    else:
        key = canonical_url(draft.url) if draft.url else (draft.key or "text:" + content_hash(text))
        article_id = f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"
    return Article(
        id=article_id,
        outlet=name,
        text=text,
        title=draft.title,
        url=draft.url,
        published=normalize_date(draft.published),
        language=draft.language,
        # a text file's byline ("By Ilsa Marrow") names the writer as a page's author metadata does
        author=draft.author or byline_author(removed, name),
        outlet_domain=outlet_domain,
        source=draft.source,
        removed=removed,
        gold_story=str(draft.gold_story) if draft.gold_story is not None else None,
    )
