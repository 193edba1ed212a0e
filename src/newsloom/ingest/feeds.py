"""RSS/Atom feeds and OPML lists of feeds.

XML is first parsed by defusedxml with entity declarations and external references forbidden, so a
feed carrying a 'billion laughs' or an external-entity payload is refused before feedparser (whose
expat parser would expand internal entities) ever sees it.
"""
from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
import feedparser
from defusedxml import DefusedXmlException

from newsloom.ingest.extract import fragment_text
from newsloom.ingest.files import IngestError, decode

_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)


@dataclass
class FeedItem:
    link: str | None
    guid: str | None
    title: str | None
    author: str | None
    published: str | None
    text: str  # the feed's own text for the item (content, else summary), as plain text

    @property
    def key(self) -> str | None:
        """What identifies the item: its link, else its guid (items without a guid are keyed on the link)."""
        return self.link or self.guid


@dataclass
class Feed:
    title: str | None
    link: str | None
    items: list[FeedItem] = field(default_factory=list)


def check_xml(data: bytes) -> Element | None:
    """Refuse XML that declares entities or references external ones; return the tree when well-formed."""
    if _ENTITY_DECL.search(decode(data[: 64 * 1024])):
        raise IngestError("XML declares entities (<!ENTITY>); refused, entities are never expanded")
    try:
        return safe_xml.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise IngestError(f"XML uses forbidden entities or external references ({type(e).__name__}); refused") from None
    except ParseError:
        return None  # not well-formed: feedparser's lenient parser may still read it


def parse_feed(data: bytes) -> Feed:
    check_xml(data)
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if parsed.bozo and not any(e.get("link") or e.get("summary") or e.get("content") for e in parsed.entries):
        raise IngestError(f"malformed feed ({_describe(parsed.bozo_exception)})")
    if not parsed.entries:
        if parsed.bozo:
            raise IngestError(f"malformed feed ({_describe(parsed.bozo_exception)})")
        if not parsed.version:
            raise IngestError("not an RSS or Atom feed")
    feed = parsed.feed
    items = []
    for e in parsed.entries:
        content = ""
        if e.get("content"):
            content = max((c.get("value", "") for c in e.content), key=len)
        text = fragment_text(content or e.get("summary", "") or "")
        items.append(
            FeedItem(
                link=e.get("link") or None,
                guid=e.get("id") or None,
                title=(e.get("title") or "").strip() or None,
                author=(e.get("author") or "").strip() or None,
                published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
                text=text,
            )
        )
    return Feed(title=(feed.get("title") or "").strip() or None, link=feed.get("link") or None, items=items)


def parse_opml(data: bytes) -> list[tuple[str, str | None]]:
    """(feed URL, title) for each outline with an xmlUrl, in document order."""
    root = check_xml(data)
    if root is None:
        raise IngestError("malformed OPML (not well-formed XML)")
    if root.tag.split("}")[-1].lower() != "opml":
        raise IngestError(f"not an OPML document (root element is <{root.tag}>)")
    feeds = []
    for outline in root.iter():
        if outline.tag.split("}")[-1] != "outline":
            continue
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if url:
            feeds.append((url.strip(), outline.get("title") or outline.get("text")))
    if not feeds:
        raise IngestError("OPML lists no feeds (no outline with an xmlUrl)")
    return feeds


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    # feedparser gives UTC struct_time; timegm keeps it in UTC.
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(parsed)))


def _describe(exc: object) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
