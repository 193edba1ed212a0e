"""HTML to article text and metadata (trafilatura), and the small normalisations around it."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from html import unescape
from urllib.parse import urlsplit

import lxml.html
import trafilatura

from newsloom.ingest.files import IngestError

# trafilatura logs every page it finds too short; our callers report failures themselves.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


@dataclass
class Extracted:
    text: str  # paragraphs separated by a blank line, not yet cleaned of page junk
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site_name: str | None = None
    url: str | None = None  # canonical URL when the page gives one
    language: str | None = None


def extract_html(html: str, url: str | None = None) -> Extracted:
    """Main text and metadata of an article page; IngestError when no article text is found."""
    try:
        doc = trafilatura.bare_extraction(
            _NOSCRIPT.sub(" ", html), url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as e:  # trafilatura raises assorted errors on hostile markup
        raise IngestError(f"HTML could not be parsed ({type(e).__name__}: {e})") from None
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        raise IngestError("no article text found in the HTML")
    title = _clean_str(doc.title)
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]  # trafilatura repeats the <h1> headline as the first line
    elif title and lines and lines[0].startswith(title + " ") and _opens_block(html, lines[0][len(title):]):
        lines[0] = lines[0][len(title):].lstrip()  # ... or glues it to the first paragraph (its fallback on a short page)
    return Extracted(
        # Each extracted line is one HTML block: a paragraph of its own, never a wrapped line.
        text="\n\n".join(line for line in lines if line.strip()),
        title=title,
        author=_clean_str(doc.author),
        published=_precise_date(normalize_date(doc.date), html),
        site_name=_own_site_name(doc.sitename, (doc.url, url)) or _title_site(html, title),
        url=doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None,
        language=_clean_str(doc.language) or _page_language(html),
    )


# What a page shows only without scripts ('Enable JavaScript to see comments.') is no part of the article. Kept,
# its text tips a short page over to trafilatura's fallback, which runs the whole article into one line.
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)


def _opens_block(html: str, rest: str) -> bool:
    """Whether `rest`, what follows the headline on the first extracted line, opens a paragraph of its own in the
    page: then the headline was glued to it, not written as the paragraph's opening words ('Storm hits coast
    Tuesday, ...' under the headline 'Storm hits coast' stays whole)."""
    start = " ".join(rest.split()[:8])
    if not start:
        return False
    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return False
    return any(" ".join(block.text_content().split()).startswith(start)
               for block in root.iter("p", "div", "li", "blockquote", "section", "td"))


# how trafilatura makes a site name from a URL when the page gives none: the host, without 'www.'
_URL_HOST = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/?#]+)", re.IGNORECASE)


def _own_site_name(sitename: str | None, urls: tuple[str | None, ...]) -> str | None:
    """trafilatura's site name, unless it is only the host of the page's URL: a host is not the page's
    own name, so the <title>'s outlet name ('... - The Kessel Echo') must still get its chance."""
    name = _clean_str(sitename)
    if name is None:
        return None
    for u in urls:
        m = _URL_HOST.match(u or "")
        if m and m.group(1).lower() in {name.lower(), "www." + name.lower()}:
            return None
    return name


_TITLE = re.compile(r"<title[^>]*>([^<]{3,300})</title>", re.IGNORECASE)
_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*::\s*")
# words that make a name read as an outlet's rather than a person's, a place's or a job title
_OUTLET_WORD = re.compile(
    r"(?i)\b(news|times|post|herald|wire|gazette|courier|daily|weekly|tribune|journal|radio|tv|television|"
    r"press|chronicle|observer|guardian|telegraph|mail|express|star|record|echo|bulletin|review|standard|"
    r"independent|agency|channel|broadcasting|media|magazine|dispatch|sentinel|monitor|examiner|globe|"
    r"ledger|register|enquirer|inquirer|mercury|sun|advertiser|messenger|mirror|argus|clarion|courant|gleaner|"
    r"statesman|fm)\b")


def looks_like_outlet(name: str) -> bool:
    """'The Lowland Herald', 'Kessel Echo', 'AFP': a short name that reads as a publisher's."""
    name = name.strip()
    return 0 < len(name.split()) <= 6 and (
        name.startswith("The ") or bool(_OUTLET_WORD.search(name)) or (name.isupper() and 2 <= len(name) <= 6))


def _title_site(html: str, headline: str | None) -> str | None:
    """The site's name from the page's <title> ('Quay repairs | The Kessel Echo') when the page names
    itself nowhere else: the last part after a separator, if it is not the headline and reads as an outlet."""
    m = _TITLE.search(html[:20_000])
    parts = _TITLE_SEPARATOR.split(" ".join(m.group(1).split())) if m else []
    if len(parts) < 2:
        return None
    last = unescape(parts[-1]).strip()
    return last if looks_like_outlet(last) and last != headline else None


_PUBLISHED_META = re.compile(
    r"""<meta[^>]{0,80}?(?:property|name|itemprop)=["'](?:article:published_time|datePublished|pubdate)["'][^>]{0,40}?"""
    r"""content=["']([^"']{10,40})["']""",
    re.IGNORECASE,
)
_HTML_LANG = re.compile(r"""<html[^>]{0,200}?\blang=["']?([a-zA-Z]{2,3})\b""", re.IGNORECASE)


def _precise_date(date: str | None, html: str) -> str | None:
    """trafilatura may settle for a bare date (from the URL, say); keep the page's own timestamp for that day."""
    if date is None or "T" in date:
        return date
    m = _PUBLISHED_META.search(html[:100_000])
    precise = normalize_date(m.group(1)) if m else None
    return precise if precise and precise.startswith(date) else date


def _page_language(html: str) -> str | None:
    m = _HTML_LANG.search(html[:5000])
    return m.group(1).lower() if m else None


_BLOCK_TAGS = re.compile(r"(?i)<\s*(br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*>")


def fragment_text(fragment: str) -> str:
    """Plain text of a feed item's HTML fragment: block ends become line breaks, tags and scripts dropped."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(_BLOCK_TAGS.sub(lambda m: m.group(0) + "\n", fragment), create_parent="div")
    except Exception:
        return re.sub(r"<[^>]*>", " ", fragment).strip()
    for bad in root.xpath("//script|//style|//noscript|//iframe"):
        bad.drop_tree()
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


def normalize_date(value: str | None) -> str | None:
    """ISO 8601: 'YYYY-MM-DD' for a bare date, 'YYYY-MM-DDTHH:MM:SSZ' in UTC when a time and zone are known."""
    if not value:
        return None
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
        except ValueError:
            m = re.match(r"\d{4}-\d{2}-\d{2}", value)
            if m:  # a real day only: "2026-02-30 ..." is none
                try:
                    return datetime.strptime(m.group(0), "%Y-%m-%d").date().isoformat()
                except ValueError:
                    return None
            try:  # a feed's or an e-mail's date: "Tue, 24 Nov 2026 10:00:00 GMT"
                dt = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
    if dt.tzinfo is None:
        if (dt.hour, dt.minute, dt.second) == (0, 0, 0):
            return dt.date().isoformat()
        return dt.replace(microsecond=0).isoformat()
    return dt.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else (host or None)


def _clean_str(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
