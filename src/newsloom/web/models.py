"""Shapes of the JSON API, for the OpenAPI spec and to keep responses to their documented fields.

The brief itself is passed through as the brief writer's dict (see `newsloom.brief`), so the API
and `newsloom brief --format json` never disagree.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Error(BaseModel):
    status: int
    message: str
    detail: Any = None


class ErrorBody(BaseModel):
    error: Error


class StoryOut(BaseModel):
    id: str
    title: str = Field(description="what lists show: the brief's headline once one is written, else the clustering's title")
    headline: str | None = Field(description="the headline of the story's current brief; null until one is written")
    articles: int = Field(description="articles in the story, reprints included")
    independent_outlets: int = Field(description="outlets, reprints counted once")
    outlets: list[str]
    first_seen: str | None
    last_seen: str | None
    url: str = Field(description="the story's page")
    api: str


class ArticleSummary(BaseModel):
    id: str
    outlet: str
    title: str | None
    published: str | None
    url: str | None = Field(description="where the outlet published it")
    story: str | None
    copy_of: str | None = Field(description="id of the article this one reprints")
    page: str


class Removed(BaseModel):
    text: str
    reason: str


class CitedSpan(BaseModel):
    start: int
    end: int
    quote: str = Field(description="text[start:end]")
    anchor: str = Field(description="fragment of the article page that highlights the span")


class ArticleOut(BaseModel):
    id: str
    outlet: str
    text: str = Field(description="clean text, paragraphs separated by a blank line")
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    outlet_domain: str | None = None
    source: str | None = None
    removed: list[Removed] = Field(description="what the cleaner took out, and why")
    copy_of: str | None = None
    story: str | None = None
    page: str
    reprints: list[ArticleSummary]
    cited_spans: list[CitedSpan]


class OutletOut(BaseModel):
    id: str
    name: str
    domain: str | None = None
    country: str | None = None
    language: str | None = None
    owner: str | None = None
    lean: str | None = None
    url: str | None = None


class StoryPage(BaseModel):
    items: list[StoryOut]
    limit: int
    offset: int
    next: str | None = Field(description="the next page, or null on the last")


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    limit: int
    offset: int
    next: str | None


class OutletPage(BaseModel):
    items: list[OutletOut]
    limit: int
    offset: int
    next: str | None


class StoryDetail(StoryOut):
    article_list: list[ArticleSummary]
    brief: dict[str, Any] | None = Field(description="the cited brief, as `newsloom brief --format json`")


class OnlyHere(BaseModel):
    text: str
    status: str | None
    story: str
    sources: list[dict[str, Any]]


class OutletDetail(BaseModel):
    outlet: OutletOut
    articles: ArticlePage
    only_here: list[OnlyHere] = Field(description="statements only this outlet reports, from cached briefs")


class JobAccepted(BaseModel):
    id: str
    status: str = Field(description="queued")
    url: str = Field(description="where to poll the job (also the Location header)")
    articles: list[str] = Field(description="where each posted article will be, once stored")


class JobError(BaseModel):
    source: str = Field(description="what failed: the line or item of the request, or the job itself")
    error: str


class JobOut(BaseModel):
    id: str
    status: str = Field(description="queued, running, done or failed")
    phase: str | None = Field(description="while running: storing, stories or briefs")
    submitted: str
    started: str | None
    finished: str | None
    received: int = Field(description="articles posted")
    stored: dict[str, int] = Field(description="new, updated, unchanged")
    stories: list[str] = Field(description="stories that gained or changed articles")
    briefs: int = Field(description="briefs written for those stories")
    errors: list[JobError]
    url: str
