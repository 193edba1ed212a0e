"""The records every stage shares.

Stages are plain functions from these records to these records; nothing here does I/O.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["corroborated", "single-source", "contested"]

_WS = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """A hash of the text that ignores whitespace and case, so re-ingesting the same words is a no-op."""
    return hashlib.sha256(_WS.sub(" ", text).strip().lower().encode("utf-8")).hexdigest()


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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
