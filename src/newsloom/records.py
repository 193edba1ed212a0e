"""The records every stage shares.

Stages are plain functions from these records to these records; nothing here does I/O.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["corroborated", "single-source", "contested"]

# Cached briefs written under another format are rewritten: bump this whenever what the brief
# writer produces changes, so no store keeps serving briefs from older code.
BRIEF_FORMAT = "82"


def content_hash(text: str) -> str:
    """A hash of the text that ignores whitespace and case, so re-ingesting the same words is a no-op."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Outlet:
    """A publisher. `id` is a stable slug; metadata comes from the user's outlets file."""

    id: str
    name: str
    domain: str | None = None
    country: str | None = None
    language: str | None = None
    owner: str | None = None
    lean: str | None = None


@dataclass(frozen=True)
class Removal:
    """A piece of page junk the cleaner took out, and why (shown to users on request)."""

    text: str
    reason: str


@dataclass
class Article:
    """One outlet's report. `text` is clean: paragraphs separated by a blank line, junk removed."""

    id: str
    outlet: str  # the outlet's display name
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, UTC where known
    language: str | None = None
    author: str | None = None
    outlet_domain: str | None = None
    source: str | None = None  # where it was read from: a path, a URL, a feed
    removed: list[Removal] = field(default_factory=list)
    copy_of: str | None = None  # id of the article this one reprints
    story: str | None = None  # story id
    gold_story: str | None = None  # label carried by evaluation corpora, never used to predict

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        d = dict(d)
        d["removed"] = [Removal(**r) for r in d.get("removed") or []]
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class Story:
    """The articles that report one event."""

    id: str
    title: str
    article_ids: list[str]
    first_seen: str | None = None
    last_seen: str | None = None
    outlets: list[str] = field(default_factory=list)  # independent outlets (reprints counted once)
    headline: str | None = None  # the headline of its cached brief, when one is current (set by the store)

    @property
    def display_title(self) -> str:
        """What lists show: the brief's headline once one is written (it avoids figures that outlets
        dispute and titles cut short), else the clustering stage's title."""
        return self.headline or self.title

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---- cross-checking and the brief (below the ingest records; owned by the cross-check stage) ----


@dataclass
class Evidence:
    """One article's words for a claim: `quote == article.text[start:end]`, character for character."""

    article_id: str
    outlet: str
    quote: str
    start: int
    end: int
    attribution: str | None = None  # who the article says the information comes from ("the State Department")
    published: str | None = None
    reprint_of: str | None = None  # the article this one copies, when it is a reprint

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Variant:
    """One value that some outlets give for a contested claim ('12' injured), and who gives it."""

    value: str
    outlets: list[str]
    evidence: list[Evidence]
    # beside each evidence, its figure as written when that is not this value but allows it: a bound, an
    # estimate, a rounding or another unit ("more than two million" with 2.3 million), else ""
    as_written: list[str] = field(default_factory=list)


@dataclass
class Update:
    """A count that changed as the days went on ('death toll': at least 12 on Tuesday, 31 on Wednesday):
    `values` in the order they were reported, each with the outlets and words that give it."""

    about: str
    values: list[Variant]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Claim:
    """One checkable statement and what each article says about it. `evidence[0]` is the statement the
    claim is named by; `outlets` are the independent outlets behind it (reprints and one outlet's several
    articles counted once). A contested claim keeps each variant with who says it."""

    id: str
    text: str
    evidence: list[Evidence]
    outlets: list[str]
    status: Status
    attribution: str | None = None
    variants: list[Variant] = field(default_factory=list)
    about: str | None = None  # what the variants disagree on ("injured, people"), for contested claims
    articles: int = 1  # articles behind it, reprints included
    # the days outlets give, when a claim contested on a figure or a denial gives different days as well
    date_variants: list[Variant] = field(default_factory=list)
    # further figures the same reports give differently, each (about, variants) as `about`/`variants` are for
    # the first ("killing 9 people and injuring 64" / "Twelve people were killed and 80 injured": the dead, then
    # the injured here)
    more_conflicts: list[tuple[str, list[Variant]]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Source:
    """A citation in the brief: the article, its outlet, and the quoted words that back the sentence."""

    article_id: str
    outlet: str
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        # flat fields: a plain dict, without asdict's deep copy (a brief builds thousands of these)
        return {"article_id": self.article_id, "outlet": self.outlet, "quote": self.quote,
                "start": self.start, "end": self.end}


@dataclass
class BriefSentence:
    """One sentence of the brief. `text` == `statement` + `credit`: the statement is an extract of the
    first source's quote; the credit names the outlets ('… (Reuters and Deutsche Welle).'), or is '' when the
    next sentence's credit, the same, closes the run."""

    text: str
    statement: str
    credit: str
    status: Status
    sources: list[Source]
    claim_id: str
    attribution: str | None = None
    also_reported_by: list[Source] = field(default_factory=list)  # same fact in an outlet's own words
    outlets: list[str] = field(default_factory=list)  # independent outlets behind the claim
    # of a corroborated sentence: each figure it states and the independent outlets whose words give it
    # ({"figure": "12", "outlets": ["Reuters"]}): the fact may be corroborated and its figure not
    figures: list[dict[str, Any]] = field(default_factory=list)
    # each figure it states that later reports changed ({"about": "death toll", "figure": "at least 12",
    # "now": "31", "outlets": [...], "published": ...}): the sentence is not the current count
    updated: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Brief:
    """The written story. Sections other than the sentences are plain JSON-ready dicts (see brief.py)."""

    story_id: str
    headline: str
    lead: BriefSentence | None
    sentences: list[BriefSentence]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    single_source: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    coverage: list[dict[str, Any]] = field(default_factory=list)
    word_choice: list[dict[str, Any]] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
