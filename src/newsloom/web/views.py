"""Pure helpers that turn stored records and brief dicts into what the pages show.

No I/O here: the app reads the store and hands these functions plain records, so they can be
tested alone. Everything that ends up in HTML is escaped by Jinja2 or, for the SVG chart, by
markupsafe.escape; nothing from an article is ever marked safe as it is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from urllib.parse import quote

from markupsafe import Markup, escape

from ..brief import day_label, figure_notes, timeline_contest, update_notes
from ..records import Article

STATUSES = ("corroborated", "single-source", "contested")
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")


# -- brief sources -------------------------------------------------------------------------------
def iter_sources(node: Any) -> Iterator[dict]:
    """Every citation anywhere in a brief: any dict carrying an article_id and a quote.

    Walking the whole dict keeps the pages tolerant of new or renamed sections.
    """
    if isinstance(node, dict):
        if "article_id" in node and isinstance(node.get("quote"), str):
            yield node
        for value in node.values():
            yield from iter_sources(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_sources(value)


def locate(source: dict, text: str) -> tuple[int, int] | None:
    """Where a source's quote sits in the article text: its own offsets when they still match,
    else the first verbatim occurrence (the text may have been re-cleaned), else nowhere."""
    quote = source.get("quote") or ""
    if not quote:
        return None
    start, end = source.get("start"), source.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        if text[start:end] == quote:
            return start, end
    found = text.find(quote)
    return (found, found + len(quote)) if found >= 0 else None


def anchor(start: int, end: int) -> str:
    return f"q-{start}-{end}"


def url(kind: str, ident: str, fragment: str | None = None) -> str:
    """A page address for an id: ids may hold slashes (`examples/x-1`) or other odd characters."""
    return f"/{kind}/{quote(str(ident), safe='/')}" + (f"#{fragment}" if fragment else "")


def cited_spans(article: Article, briefs: Iterable[dict]) -> list[tuple[int, int]]:
    """The spans of this article that the briefs quote, sorted and unique."""
    spans = set()
    for brief in briefs:
        for src in iter_sources(brief):
            if src.get("article_id") == article.id:
                where = locate(src, article.text)
                if where:
                    spans.add(where)
    return sorted(spans)


@dataclass
class Segment:
    text: str
    spans: list[str] = field(default_factory=list)  # anchors of the cited spans covering it
    starts: list[str] = field(default_factory=list)  # anchors of the spans that begin here


def highlight(text: str, spans: list[tuple[int, int]]) -> list[list[Segment]]:
    """Split the text into paragraphs of segments; a segment is plain or inside cited spans.

    Spans may overlap or cross paragraph breaks, so the text is cut at every span boundary and
    each piece records which spans cover it; the page marks covered pieces and puts an anchor
    (`q-START-END`) where each span begins.
    """
    paragraphs: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(text)))
    out: list[list[Segment]] = []
    for p_start, p_end in paragraphs:
        if p_start >= p_end:
            continue
        cuts = {p_start, p_end}
        for s, e in spans:
            if s < p_end and e > p_start:
                cuts.update(c for c in (s, e) if p_start < c < p_end)
        points = sorted(cuts)
        segs = []
        for a, b in zip(points, points[1:]):
            covering = [anchor(s, e) for s, e in spans if s <= a and e >= b]
            starting = [anchor(s, e) for s, e in spans if s == a]
            segs.append(Segment(text[a:b], covering, starting))
        out.append(segs)
    return out


# -- the brief, shaped for the story page ---------------------------------------------------------
def _outlets_of(sources: list[dict]) -> list[str]:
    seen: dict[str, None] = {}
    for s in sources:
        if s.get("outlet"):
            seen.setdefault(str(s["outlet"]), None)
    return list(seen)


def prepare_sources(sources: Any, texts: dict[str, str]) -> list[dict]:
    """Sources with a link to the quoted span in the article page (when the quote is found)."""
    out = []
    for src in sources or []:
        if not isinstance(src, dict):
            continue
        item = dict(src)
        text = texts.get(str(src.get("article_id")))
        where = locate(src, text) if text is not None else None
        item["href"] = url("articles", str(src.get("article_id")), anchor(*where) if where else None)
        item["found"] = where is not None
        out.append(item)
    return out


def prepare_statement(node: Any, texts: dict[str, str]) -> dict | None:
    if isinstance(node, str):
        return {"text": node, "status": None, "sources": [], "outlets": []}
    if not isinstance(node, dict):
        return None
    item = dict(node)
    item["text"] = str(node.get("text") or node.get("statement") or node.get("value") or "")
    status = node.get("status")
    item["status"] = status if status in STATUSES else None
    sources = node.get("sources")
    if sources is None and isinstance(node.get("source"), dict):
        sources = [node["source"]]
    item["sources"] = prepare_sources(sources, texts)
    # other independent outlets that report the fact in their own words: they back the status
    item["also"] = prepare_sources(node.get("also_reported_by"), texts)
    item["outlets"] = node.get("outlets") or _outlets_of(item["sources"] + item["also"])
    item["figure_notes"] = figure_notes(node) if item["status"] in ("corroborated", "single-source") else []
    item["update_notes"] = update_notes(node)  # a figure later reports changed (the Markdown's note too)
    return item


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, dict):
        return [{"key": k, "value": v} for k, v in value.items()]
    return list(value) if isinstance(value, (list, tuple)) else [value]


def prepare_brief(brief: dict, articles: list[Article]) -> dict:
    """A brief dict made safe to render: every section present, sources linked to their spans.

    Missing or unexpected sections become empty rather than failing the page.
    """
    texts = {a.id: a.text for a in articles}
    view: dict[str, Any] = {"headline": str(brief.get("headline") or "")}
    lead = brief.get("lead")
    view["lead"] = prepare_statement(lead, texts) if lead else None
    view["sentences"] = [s for s in (prepare_statement(x, texts) for x in _as_list(brief.get("sentences")))
                         if s and s["text"]]
    view["conflicts"] = [prepare_conflict(c, texts) for c in _as_list(brief.get("conflicts"))
                         if isinstance(c, dict)]
    # a count's values over the days share the conflicts' shape: a label and values with their sources
    view["updates"] = [prepare_conflict({"about": u.get("about"), "variants": u.get("values")}, texts)
                       for u in _as_list(brief.get("updates")) if isinstance(u, dict)]
    single = brief.get("single_source", brief.get("single_source_claims"))
    view["single_source"] = [s for s in (prepare_statement(x, texts) for x in _as_list(single)) if s]
    view["timeline"] = [prepare_timeline(t, texts) for t in _as_list(brief.get("timeline"))
                        if isinstance(t, dict)]
    view["quotes"] = prepare_quotes(brief.get("quotes", brief.get("quotes_by_speaker")), texts)
    view["word_choice"] = prepare_word_choice(brief.get("word_choice"), texts)
    view["coverage"] = [c for c in _as_list(brief.get("coverage")) if isinstance(c, dict) and c.get("outlet")]
    return view


def prepare_conflict(node: dict, texts: dict[str, str]) -> dict:
    variants = []
    for v in _as_list(node.get("variants")):
        if isinstance(v, dict) and "key" in v and "value" in v and "variants" not in node:
            v = {"value": v["key"], **(v["value"] if isinstance(v["value"], dict) else {})}
        if not isinstance(v, dict):
            v = {"value": v}
        item = dict(v)
        item["value"] = str(v.get("value") or v.get("text") or "")
        item["day"] = str(v.get("day") or "")
        item["sources"] = prepare_sources(v.get("sources"), texts)
        item["outlets"] = v.get("outlets") or _outlets_of(item["sources"])
        variants.append(item)
    about = node.get("about") or node.get("subject") or node.get("what") or node.get("claim") or node.get("text")
    return {"about": str(about or ""), "variants": variants}


def prepare_timeline(node: dict, texts: dict[str, str]) -> dict:
    item = prepare_statement(node, texts) or {}
    item["date"] = str(node.get("date") or node.get("when") or "")
    item["label"] = day_label({"date": item["date"], "when": str(node.get("when") or "")})
    item["contested"] = timeline_contest(node)  # (a contested claim's row tells one side: the others and who gives them)
    return item


def prepare_quotes(value: Any, texts: dict[str, str]) -> list[dict]:
    """Quotes grouped by speaker, whether the brief gives a {speaker: [...]} map or a list."""
    groups: dict[str, list[dict]] = {}
    if isinstance(value, dict):
        pairs = [(k, v) for k, v in value.items()]
    else:
        pairs = []
        for q in _as_list(value):
            if isinstance(q, dict) and isinstance(q.get("quotes"), list):
                pairs.append((q.get("speaker") or "", q["quotes"]))
            elif isinstance(q, dict):
                pairs.append((q.get("speaker") or "", [q]))
    for speaker, quotes in pairs:
        for q in _as_list(quotes):
            if isinstance(q, str):
                q = {"text": q}
            if not isinstance(q, dict):
                continue
            item = dict(q)
            item["text"] = str(q.get("text") or q.get("quote") or "")
            srcs = q.get("sources")
            if srcs is None and "article_id" in q:
                srcs = [q]
            item["sources"] = prepare_sources(srcs, texts)
            groups.setdefault(str(speaker or "Unnamed"), []).append(item)
    return [{"speaker": k, "quotes": v} for k, v in groups.items()]


def prepare_word_choice(value: Any, texts: dict[str, str]) -> list[dict]:
    out = []
    for w in _as_list(value):
        if not isinstance(w, dict):
            continue
        terms = []
        raw = w.get("terms") or w.get("variants") or w.get("words") or []
        for t in _as_list(raw):
            if isinstance(t, dict) and "key" in t and "term" not in t and "value" in t:
                outlets = t["value"] if isinstance(t["value"], list) else [t["value"]]
                t = {"term": t["key"], "outlets": outlets}
            if isinstance(t, str):
                t = {"term": t}
            if not isinstance(t, dict):
                continue
            item = dict(t)
            item["term"] = str(t.get("term") or t.get("word") or t.get("text") or "")
            item["sources"] = prepare_sources(t.get("sources"), texts)
            item["outlets"] = [str(o) for o in (t.get("outlets") or _outlets_of(item["sources"]))]
            terms.append(item)
        about = w.get("fact") or w.get("about") or w.get("concept") or w.get("text") or ""
        out.append({"about": str(about), "terms": terms})
    return out


def claims_table(view: dict, outlets: list[str]) -> list[dict]:
    """Rows: the brief's statements; columns: outlets; a cell holds the first source of that
    outlet for the statement (for a link to its words, `also` when in other words), or None."""
    rows = []
    for s in view["sentences"]:
        cells = []
        for outlet in outlets:
            src = next((x for x in s["sources"] if x.get("outlet") == outlet), None)
            if src is None:
                src = next(({**x, "also": True} for x in s.get("also", []) if x.get("outlet") == outlet), None)
            cells.append(src)
        rows.append({"text": s["text"], "status": s["status"], "cells": cells})
    return rows


def only_from(brief: dict, outlet: str) -> list[dict]:
    """Statements of a brief that only this outlet reports: its entries in the brief's
    single-source section, or, for briefs without one, single-source sentences citing it alone."""
    section = brief.get("single_source")
    if isinstance(section, list) and section:
        candidates = [s for s in section if isinstance(s, dict)]
    else:
        candidates = [s for s in _as_list(brief.get("sentences")) if isinstance(s, dict)]
    out, seen = [], set()
    for st in candidates:
        srcs = st.get("sources") or ([st["source"]] if isinstance(st.get("source"), dict) else [])
        srcs = [s for s in srcs if isinstance(s, dict)]
        names = {st["outlet"]} if st.get("outlet") else {s.get("outlet") for s in srcs}
        text = st.get("text") or st.get("statement")
        if text and names == {outlet} and st.get("status") in (None, "single-source") and text not in seen:
            seen.add(text)
            out.append(st)
    return out


# -- the coverage chart ----------------------------------------------------------------------------
def parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None
    return when.replace(tzinfo=None)


def coverage_svg(articles: list[Article]) -> Markup:
    """Which outlet reported when: one row per outlet (its name above), one dot per article along
    a shared time axis; reprints are hollow, undated articles sit in a column at the right.

    Drawn on the server so the page needs no chart script; every label goes through escape().
    Labels sit above the rows so the chart stays readable when scaled down to a phone.
    """
    if not articles:
        return Markup("")
    ordered = sorted(articles, key=lambda a: (a.published or "~", a.id))
    outlets = list(dict.fromkeys(a.outlet for a in ordered))
    when = {a.id: parse_when(a.published) for a in articles}
    times = [t for t in when.values() if t]
    lo, hi = (min(times), max(times)) if times else (None, None)
    span = (hi - lo).total_seconds() if lo and hi and hi != lo else 0.0
    undated = any(t is None for t in when.values())
    width, pad, row_h, top = 420, 10, 38, 30
    x0, x1 = pad + 6, width - pad - 6 - (56 if undated else 0)
    height = top + row_h * len(outlets) + 6
    parts = [
        f'<svg class="coverage" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Coverage: which outlet reported when" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{x0}" y1="{top - 6}" x2="{x1}" y2="{top - 6}"/>',
    ]
    if lo is not None:
        parts.append(f'<text class="tick" x="{x0}" y="{top - 12}">{escape(_fmt(lo))}</text>')
        if span:
            parts.append(f'<text class="tick end" x="{x1}" y="{top - 12}">{escape(_fmt(hi))}</text>')
    if undated:
        parts.append(f'<text class="tick end" x="{width - pad}" y="{top - 12}">undated</text>')
    for row, outlet in enumerate(outlets):
        y_label = top + row * row_h + 12
        y = y_label + 14
        name = outlet if len(outlet) <= 48 else outlet[:47] + "…"
        parts.append(f'<text class="label" x="{pad}" y="{y_label}">{escape(name)}</text>')
        parts.append(f'<line class="row" x1="{x0}" y1="{y}" x2="{x1}" y2="{y}"/>')
        mine = [a for a in ordered if a.outlet == outlet]
        for i, a in enumerate(mine):
            t = when[a.id]
            if t is None:
                x = width - pad - 40 + (i % 4) * 10
            elif span:
                x = x0 + (x1 - x0) * (t - lo).total_seconds() / span
            else:  # one moment for everything: spread the dots around the middle
                x = (x0 + x1) / 2 + (i - (len(mine) - 1) / 2) * 12
            cls = "dot reprint" if a.copy_of else "dot"
            tip = f"{a.outlet}: {a.title or a.id} ({a.published or 'undated'})" + (" (reprint)" if a.copy_of else "")
            parts.append(f'<a href="{escape(url("articles", a.id))}"><circle class="{cls}" cx="{x:.1f}" cy="{y}" r="5.5">'
                         f"<title>{escape(tip)}</title></circle></a>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _fmt(t: datetime) -> str:
    return t.strftime("%Y-%m-%d") if (t.hour, t.minute) == (0, 0) else t.strftime("%Y-%m-%d %H:%M")
