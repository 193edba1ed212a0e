"""`newsloom serve`: server-rendered pages, a JSON API and feeds over one newsloom store.

Read-only by default. The one write endpoint, `POST /api/ingest`, exists only when the operator
sets a token, and then needs `Authorization: Bearer <token>`; it queues a background job (jobs.py)
polled at `GET /api/jobs/{id}`. Every article is untrusted: Jinja2 escapes all text, and a strict
Content-Security-Policy forbids inline script and any other origin.
"""
from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, Literal
from xml.etree import ElementTree as ET

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException

from ..ingest.extract import normalize_date
from ..ingest.build import text_outlet
from ..ingest.files import IngestError, json_records, parse_plain_text
from ..pipeline import story_brief
from ..records import Article, Story
from ..store import Store
from . import models, views
from .jobs import JobQueue, QueueFull

HERE = Path(__file__).parent
PAGE_SIZE = 20
MAX_LIMIT = 100
MAX_INGEST_BYTES = 20 * 1024 * 1024
PAGE_TTL = 30.0  # seconds a rendered story page is reused
PAGE_CACHE_SIZE = 64
SHOWN = 30  # statements shown at first on a story page; the rest fold under "more"
TABLE_ROWS = 40  # rows of the claims x outlets table

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

# Empty is allowed (a form's blank date field) and means no limit.
DateStr = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD")]
Order = Literal["newest", "covered"]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
Page = Annotated[int, Query(ge=1, le=10_000)]
# POST /api/ingest's query, for a text/plain body only (ignored for JSON and JSONL, which carry their fields)
PlainOutlet = Annotated[str | None, Query(max_length=200, description=(
    "text/plain only: the outlet, taken as the text's 'Outlet:' header line (a 'Credited from:' line still "
    "outranks it); needed only when the text names no outlet by a credit line, 'Outlet:' header, 'URL:' "
    "line or byline"))]
PlainTitle = Annotated[str | None, Query(max_length=500, description="text/plain only: the headline, over the text's own")]
PlainPublished = Annotated[str | None, Query(max_length=40, description=(
    "text/plain only: the publication date (YYYY-MM-DD or ISO 8601), over the text's own"))]


class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI: cheaper than BaseHTTPMiddleware)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.startswith("/feed") or path == "/openapi.json"


def _error(request: Request, status: int, message: str, detail: Any = None) -> Response:
    if _wants_json(request):
        body: dict[str, Any] = {"error": {"status": status, "message": message}}
        if detail is not None:
            body["error"]["detail"] = detail
        return JSONResponse(body, status_code=status)
    html = request.app.state.env.get_template("error.html").render(status=status, message=message,
                                                                    detail=detail, title=f"{status}")
    return HTMLResponse(html, status_code=status)


class NotFound(HTTPException):
    def __init__(self, kind: str, ident: str):
        super().__init__(404, f"no {kind} with id {ident!r}")


class CachedPage:
    """A rendered page kept as bytes, plain and gzipped, with an ETag: a big story page is
    sent compressed to every browser, and not at all to one that already has it."""

    def __init__(self, html: str):
        self.body = html.encode("utf-8")
        self.gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        self.etag = '"' + hashlib.sha1(self.body).hexdigest()[:20] + '"'

    def response(self, request: Request) -> Response:
        headers = {"ETag": self.etag, "Vary": "Accept-Encoding", "Cache-Control": "no-cache"}
        if request.headers.get("if-none-match") == self.etag:
            return Response(status_code=304, headers=headers)
        if "gzip" in request.headers.get("accept-encoding", ""):
            headers["Content-Encoding"] = "gzip"
            return Response(self.gzipped, media_type="text/html; charset=utf-8", headers=headers)
        return Response(self.body, media_type="text/html; charset=utf-8", headers=headers)


class Site:
    """What the routes share: the store, the templates, and the brief cache."""

    def __init__(self, db_path: str, token: str | None):
        self.store = Store(db_path)
        self.token = token or None
        self.jobs = JobQueue(db_path)  # POST /api/ingest: a worker thread with its own connection
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.globals["url"] = views.url
        self._brief_locks: dict[str, threading.Lock] = {}
        self._locks_lock = threading.Lock()
        # Rendered story pages, keyed by the story and its brief's stamp: a hit skips reading the
        # brief's JSON and rendering, which for a 50-article story is most of the work.
        self._pages: OrderedDict[tuple, tuple[float, CachedPage]] = OrderedDict()
        self._pages_lock = threading.Lock()
        self._render_locks: dict[str, asyncio.Lock] = {}  # used on the event loop only
        self._tasks: set[asyncio.Task] = set()

    # -- briefs -----------------------------------------------------------------------------------
    def brief(self, story: Story) -> dict | None:
        """The cached brief of a story, written (and cached) when missing."""
        cached = self.store.get_brief(story.id)
        if cached is not None:
            return cached
        if not story.article_ids:
            return None
        with self._locks_lock:
            lock = self._brief_locks.setdefault(story.id, threading.Lock())
        with lock:  # one writer per story, however many readers ask at once
            try:
                return story_brief(self.store, story.id)  # cached by a writer we waited for, or written
            except KeyError:  # the story went away meanwhile
                return None

    def brief_stamp(self, story_id: str) -> tuple | None:
        """A cheap fingerprint of the cached brief (None when there is none), so a rendered page
        can be reused without reading and parsing the brief's JSON on every request."""
        return self.store.brief_stamp(story_id)

    def page_cache_get(self, key: tuple) -> tuple["CachedPage | None", bool]:
        """A rendered page for this key, and whether it is younger than PAGE_TTL seconds (the
        TTL bounds staleness should a brief change without its stamp changing)."""
        with self._pages_lock:
            hit = self._pages.get(key)
            if hit is None:
                return None, False
            self._pages.move_to_end(key)
            return hit[1], time.monotonic() - hit[0] <= PAGE_TTL

    def page_cache_put(self, key: tuple, page: "CachedPage") -> None:
        with self._pages_lock:
            self._pages[key] = (time.monotonic(), page)
            while len(self._pages) > PAGE_CACHE_SIZE:
                self._pages.popitem(last=False)

    def render_lock(self, story_id: str) -> asyncio.Lock:
        return self._render_locks.setdefault(story_id, asyncio.Lock())

    def background(self, coro: Any) -> None:
        """Run a coroutine on the event loop without awaiting it, keeping a reference until done."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    # -- shared queries ---------------------------------------------------------------------------
    def story_or_404(self, story_id: str) -> Story:
        story = self.store.get_story(story_id)
        if story is None:
            raise NotFound("story", story_id)
        return story

    def article_or_404(self, article_id: str) -> Article:
        article = self.store.get_article(article_id)
        if article is None:
            raise NotFound("article", article_id)
        return article

    def stories(self, q: str | None, outlet: str | None, since: str | None, until: str | None,
                order: Order, limit: int, offset: int) -> tuple[list[Story], bool]:
        """One page of stories and whether another follows (asks for one more to know)."""
        rows = self.store.list_stories(limit=limit + 1, offset=offset, query=q or None,
                                       outlet=outlet or None, since=since or None, until=until or None,
                                       order="coverage" if order == "covered" else "last_seen")
        return rows[:limit], len(rows) > limit

    def outlet_names(self) -> list[str]:
        return [o.name for o in self.store.list_outlets()]


# -- JSON shapes ------------------------------------------------------------------------------------
def story_json(story: Story) -> dict:
    # as `newsloom stories --json`: "title" is what lists show, "headline" the brief's (null until one is written)
    return {"id": story.id, "title": story.display_title, "headline": story.headline, "articles": len(story.article_ids),
            "independent_outlets": len(story.outlets), "outlets": story.outlets,
            "first_seen": story.first_seen, "last_seen": story.last_seen,
            "url": views.url("stories", story.id), "api": views.url("api/stories", story.id)}


def article_summary(a: Article) -> dict:
    return {"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published, "url": a.url,
            "story": a.story, "copy_of": a.copy_of, "page": views.url("articles", a.id)}


def page_json(items: list, limit: int, offset: int, more: bool, request: Request) -> dict:
    nxt = None
    if more:
        nxt = str(request.url.include_query_params(limit=limit, offset=offset + limit))
    return {"items": items, "limit": limit, "offset": offset, "next": nxt}


def create_app(db_path: str, *, token: str | None = None) -> FastAPI:
    """The newsloom web app over the store at `db_path`.

    `token`: when set, `POST /api/ingest` accepts requests bearing it; when None, ingest is off.
    """
    site = Site(str(db_path), token)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await run_in_threadpool(site.jobs.close)  # a running ingest job finishes before the server exits

    # Swagger UI and ReDoc load scripts from a CDN, which the CSP forbids: serve the spec only.
    app = FastAPI(title="newsloom", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Stories woven from many outlets, every sentence cited to its words.",
                  responses={404: {"model": models.ErrorBody}, 422: {"model": models.ErrorBody}})
    app.state.site = site
    app.state.env = site.env
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(SecurityHeaders)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_input(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")}
                    for e in exc.errors()]
        text = "; ".join(f"{p['where']}: {p['problem']}" for p in problems)
        return _error(request, 422, f"bad input: {text}", problems)

    # -- pages --------------------------------------------------------------------------------------
    @app.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False)
    def story_list(request: Request, q: str | None = None, outlet: str | None = None,
                   since: DateStr = None, until: DateStr = None, order: Order = "newest",
                   page: Page = 1) -> HTMLResponse:
        stories, more = site.stories(q, outlet, since, until, order, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        params = {k: v for k, v in {"q": q, "outlet": outlet, "since": since, "until": until,
                                     "order": order}.items() if v}
        return HTMLResponse(site.render(
            "index.html", title="Stories", stories=stories, page=page, more=more, params=params,
            q=q or "", outlet=outlet or "", since=since or "", until=until or "", order=order,
            outlets=site.outlet_names()))

    @app.api_route("/stories/{story_id:path}", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False)
    async def story_page(story_id: str, request: Request) -> Response:
        # async: a cache hit costs two small indexed queries, cheaper on the event loop than a
        # thread hop; writing a brief or rendering runs in the thread pool.
        story = site.story_or_404(story_id)
        stamp = site.brief_stamp(story.id)
        if stamp is None:  # no cached brief: write it now (cached for the next reader)
            await run_in_threadpool(site.brief, story)
            stamp = site.brief_stamp(story.id)
        key = (story.id, story.title, story.first_seen, story.last_seen, tuple(story.article_ids),
               tuple(story.outlets), stamp)
        page, fresh = site.page_cache_get(key)
        if page is None:
            # one render per page at a time: readers arriving meanwhile wait for it, not redo it
            async with site.render_lock(story.id):
                page, _ = site.page_cache_get(key)
                if page is None:
                    page = await run_in_threadpool(render_story_page, site, story)
                    site.page_cache_put(key, page)
        elif not fresh and not site.render_lock(story.id).locked():
            # past its TTL: serve it once more while one background render refreshes it
            async def refresh() -> None:
                async with site.render_lock(story.id):
                    site.page_cache_put(key, await run_in_threadpool(render_story_page, site, story))
            site.background(refresh())
        return page.response(request)

    @app.api_route("/articles/{article_id:path}", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        article = site.article_or_404(article_id)
        ctx = article_context(site, article)
        return HTMLResponse(site.render("article.html", title=article.title or article.id, **ctx))

    @app.api_route("/outlets/{name:path}", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(name: str, page: Page = 1) -> HTMLResponse:
        ctx = outlet_context(site, name, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        return HTMLResponse(site.render("outlet.html", title=name, page=page, **ctx))

    @app.api_route("/outlets", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False)
    def outlets_page() -> HTMLResponse:
        return HTMLResponse(site.render("outlets.html", title="Outlets", outlets=site.store.list_outlets()))

    # -- JSON API -----------------------------------------------------------------------------------

    @app.get("/api/stories", tags=["stories"], response_model=models.StoryPage)
    def api_stories(request: Request, q: str | None = None, outlet: str | None = None,
                    since: DateStr = None, until: DateStr = None, order: Order = "newest",
                    limit: Limit = PAGE_SIZE, offset: Offset = 0) -> dict:
        """Stories, newest or most covered first, filtered by words, outlet and dates."""
        stories, more = site.stories(q, outlet, since, until, order, limit, offset)
        return page_json([story_json(s) for s in stories], limit, offset, more, request)

    @app.get("/api/stories/{story_id:path}", tags=["stories"], response_model=models.StoryDetail)
    def api_story(story_id: str) -> dict:
        """One story: its articles and its cited brief."""
        story = site.story_or_404(story_id)
        articles = site.store.story_articles(story.id)
        return {**story_json(story), "article_list": [article_summary(a) for a in articles],
                "brief": site.brief(story)}

    @app.get("/api/briefs/{story_id:path}", tags=["stories"], response_model=dict[str, Any])
    def api_brief(story_id: str) -> dict:
        """The brief of one story, exactly as `newsloom brief --format json` prints it."""
        story = site.story_or_404(story_id)
        brief = site.brief(story)
        if brief is None:
            raise HTTPException(404, f"story {story_id!r} has no brief (no articles, or no brief writer installed)")
        return brief

    @app.get("/api/articles", tags=["articles"], response_model=models.ArticlePage)
    def api_articles(request: Request, story: str | None = None, outlet: str | None = None,
                     limit: Limit = PAGE_SIZE, offset: Offset = 0) -> dict:
        """Stored articles, in the order they were first stored."""
        rows = site.store.list_articles(story=story, outlet=outlet, limit=limit + 1, offset=offset)
        return page_json([article_summary(a) for a in rows[:limit]], limit, offset, len(rows) > limit, request)

    @app.get("/api/articles/{article_id:path}", tags=["articles"], response_model=models.ArticleOut)
    def api_article(article_id: str) -> dict:
        """One article: clean text, what the cleaner removed, its reprints and the cited spans."""
        article = site.article_or_404(article_id)
        ctx = article_context(site, article)
        return {**article.to_dict(), "page": views.url("articles", article.id),
                "reprints": [article_summary(a) for a in ctx["reprints"]],
                "cited_spans": [{"start": s, "end": e, "quote": article.text[s:e], "anchor": views.anchor(s, e)}
                                for s, e in ctx["spans"]]}

    @app.get("/api/outlets", tags=["outlets"], response_model=models.OutletPage)
    def api_outlets(request: Request, limit: Limit = MAX_LIMIT, offset: Offset = 0) -> dict:
        """Outlets with stored articles, most articles first."""
        rows = site.store.list_outlets()
        items = [{**o.__dict__, "url": views.url("outlets", o.name)} for o in rows[offset:offset + limit]]
        return page_json(items, limit, offset, len(rows) > offset + limit, request)

    @app.get("/api/outlets/{name:path}", tags=["outlets"], response_model=models.OutletDetail)
    def api_outlet(request: Request, name: str, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> dict:
        """One outlet: its articles, and the statements only it reports in those articles' stories."""
        ctx = outlet_context(site, name, limit, offset)
        body = page_json([article_summary(a) for a in ctx["articles"]], limit, offset, ctx["more"], request)
        return {"outlet": ctx["outlet"], "articles": body,
                "only_here": [{"text": s["text"], "status": s.get("status"), "story": s["story"],
                               "sources": s["sources"]} for s in ctx["only_here"]]}

    @app.post("/api/ingest", tags=["write"], status_code=202, response_model=models.JobAccepted,
              responses={401: {"model": models.ErrorBody}, 403: {"model": models.ErrorBody},
                         413: {"model": models.ErrorBody}, 422: {"model": models.ErrorBody},
                         503: {"model": models.ErrorBody}})
    async def api_ingest(request: Request, outlet: PlainOutlet = None, title: PlainTitle = None,
                         published: PlainPublished = None) -> Response:
        """Queue posted articles for storing: corpus JSONL (`application/x-ndjson`, one article per
        line), a JSON article or list of them, or plain text (`text/plain`, read as `newsloom ingest`
        reads a text file: its outlet from a `Credited from:` line, an `Outlet:` header, a `URL:` line
        or a byline; `?outlet=` is needed only when the text names none). Bad input is refused at once
        (422, naming the line) and nothing is queued; good input becomes a background job: 202 with its
        id and a `Location` to poll (`GET /api/jobs/{id}`).
        Needs `Authorization: Bearer <token>`; off unless the operator started the server with a token."""
        if denied := check_token(site, request):
            return denied
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_INGEST_BYTES:  # refuse before reading it
            raise HTTPException(413, f"request body over {MAX_INGEST_BYTES} bytes")
        body = await request.body()
        if len(body) > MAX_INGEST_BYTES:
            raise HTTPException(413, f"request body over {MAX_INGEST_BYTES} bytes")
        # parsing and cleaning 20 MB is real work: off the event loop, so pages keep being served
        params = {k: v for k, v in {"outlet": outlet, "title": title, "published": published}.items() if v}
        articles = await run_in_threadpool(prepare_posted, body, request.headers.get("content-type", ""), params)
        try:
            job = site.jobs.submit(articles)
        except QueueFull as e:
            return JSONResponse({"error": {"status": 503, "message": f"{e}; retry later"}},
                                status_code=503, headers={"Retry-After": "30"})
        where = views.url("api/jobs", job.id)
        return JSONResponse({"id": job.id, "status": "queued", "url": where,
                             "articles": [views.url("api/articles", a.id) for _, a in articles]},
                            status_code=202, headers={"Location": where})

    @app.get("/api/jobs/{job_id}", tags=["write"], response_model=models.JobOut,
             responses={401: {"model": models.ErrorBody}, 403: {"model": models.ErrorBody}})
    def api_job(job_id: str, request: Request) -> Any:
        """An ingest job: queued, running (and its phase), done or failed; what it stored, the stories
        it touched, and each error with the source (line or item of the request) it concerns.
        Needs the same bearer token as `POST /api/ingest`."""
        if denied := check_token(site, request):
            return denied
        job = site.jobs.get(job_id)
        if job is None:
            raise NotFound("ingest job", job_id)
        return job

    # -- feeds ---------------------------------------------------------------------------------------
    @app.get("/feed.atom", tags=["feeds"], response_class=Response)
    def atom_feed(request: Request) -> Response:
        """An Atom feed of the most recently updated stories and their briefs' leads."""
        return Response(atom(site, str(request.base_url)), media_type="application/atom+xml; charset=utf-8")

    @app.get("/feed.json", tags=["feeds"])
    def json_feed(request: Request) -> JSONResponse:
        """A JSON Feed (1.1) of the most recently updated stories and their briefs' leads."""
        return JSONResponse(jsonfeed(site, str(request.base_url)), media_type="application/feed+json")

    for path, endpoint in (("/feed.atom", atom_feed), ("/feed.json", json_feed)):  # HEAD, kept out of the spec
        app.add_api_route(path, endpoint, methods=["HEAD"], include_in_schema=False)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg")

    return app


# -- page builders ------------------------------------------------------------------------------------
def render_story_page(site: Site, story: Story) -> CachedPage:
    articles = site.store.story_articles(story.id)
    return CachedPage(render_story(site, story, articles, site.store.get_brief(story.id)))


def render_story(site: Site, story: Story, articles: list[Article], brief: dict | None) -> str:
    view = views.prepare_brief(brief, articles) if brief else None
    by_outlet: dict[str, list[Article]] = {}
    for a in sorted(articles, key=lambda a: (a.published or "~", a.id)):
        by_outlet.setdefault(a.outlet, []).append(a)
    outlets = list(by_outlet)
    if view:  # outlets cited in the brief first, then the rest, for the claims table columns
        cited = list(dict.fromkeys(src["outlet"] for s in view["sentences"] for src in s["sources"]
                                   if src.get("outlet")))
        outlets = cited + [o for o in outlets if o not in cited]
    titles = {a.id: a.title or a.id for a in articles}
    body: list[dict] = []
    if view:
        lead = view["lead"]
        body = [s for s in view["sentences"] if not (lead and s["text"] == lead["text"])]
    # outlets that only reprint others here: not independent, and the table says so
    reprinters = {o for o, items in by_outlet.items() if all(a.copy_of for a in items)}
    return site.render(
        "story.html", title=(view and view["headline"]) or story.title, story=story, view=view,
        body=body, shown=SHOWN, by_outlet=by_outlet, outlets=outlets, titles=titles, reprinters=reprinters,
        # the table keeps to the best-backed statements: a big story has hundreds
        table=views.claims_table(view, outlets)[:TABLE_ROWS] if view else [],
        chart=views.coverage_svg(articles))


def article_context(site: Site, article: Article) -> dict:
    siblings = site.store.story_articles(article.story) if article.story else []
    reprints = [a for a in siblings if a.copy_of == article.id]
    original = site.store.get_article(article.copy_of) if article.copy_of else None
    briefs = []
    if article.story:
        story = site.store.get_story(article.story)
        brief = site.brief(story) if story else None
        if brief:
            briefs.append(brief)
    spans = views.cited_spans(article, briefs)
    versions = site.store.article_versions(article.id) if hasattr(site.store, "article_versions") else []
    return {"article": article, "reprints": reprints, "original": original, "spans": spans, "versions": versions,
            "paragraphs": views.highlight(article.text, spans)}


def outlet_context(site: Site, name: str, limit: int, offset: int) -> dict:
    outlet = next((o for o in site.store.list_outlets() if o.name == name or o.id == name), None)
    if outlet is None:
        raise NotFound("outlet", name)
    rows = site.store.list_articles(outlet=outlet.name, limit=limit + 1, offset=offset)
    articles, more = rows[:limit], len(rows) > limit
    only_here: list[dict] = []
    for story_id in dict.fromkeys(a.story for a in articles if a.story):
        story = site.store.get_story(story_id)
        # cached briefs only: writing one per story here could make one page take minutes
        brief = site.store.get_brief(story_id) if story else None
        if brief:
            texts = {a.id: a.text for a in site.store.story_articles(story_id)}
            for st in views.only_from(brief, outlet.name):
                item = views.prepare_statement(st, texts) or {}
                item["story"] = story_id
                item["story_title"] = story.display_title
                only_here.append(item)
    return {"outlet": outlet.__dict__, "articles": articles, "more": more, "only_here": only_here}


# -- ingest -------------------------------------------------------------------------------------------
def parse_posted(body: bytes, content_type: str, params: dict[str, str]) -> list[tuple[str, Article]]:
    """Articles from a POST body, each with where it is in the body ('line 3'); a bad line or field
    is a 422 naming where and what."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HTTPException(422, f"body is not UTF-8 text (byte {e.start})") from None
    if not text.strip():
        raise HTTPException(422, "body is empty: post corpus JSONL, a JSON article, or text")
    kind = content_type.split(";")[0].strip().lower()
    if kind == "text/plain":
        # read as the CLI reads a text file: header lines (Published:, URL:, Author:, Outlet:), a date
        # line, the headline (never a byline), and the outlet from a credit line, the Outlet: header,
        # the URL's host or a byline; the query's outlet stands for the Outlet: header, and its title
        # and date, when given, win
        try:
            plain = parse_plain_text(text)
        except IngestError as e:  # a broken header line ("Outlet Tallow Echo", an unreadable date)
            raise HTTPException(422, f"body: {e}") from None
        outlet = text_outlet(plain.text, (params.get("outlet") or "").strip() or plain.outlet, plain.url)
        if not outlet:
            raise HTTPException(422, "body: the text names no outlet (no 'Credited from:' line, 'Outlet:' "
                                     "header, 'URL:' line or byline naming one); add ?outlet=NAME")
        published = params.get("published")
        if published and not normalize_date(published):
            raise HTTPException(422, f"?published={published!r} is not a date (YYYY-MM-DD or ISO 8601)")
        digest = hashlib.sha256(f"{outlet}\n{text}".encode()).hexdigest()[:16]
        return [("body", _article({"id": f"posted/{digest}", "outlet": outlet, "text": plain.text,
                                   "title": params.get("title") or plain.title, "url": plain.url,
                                   "published": normalize_date(published or plain.published),
                                   "author": plain.author}, "body"))]
    if kind == "application/json":
        try:
            records = json_records(text)  # as a .json file is read
        except json.JSONDecodeError as e:
            raise HTTPException(422, f"body is not valid JSON: {e}") from None
        return [(f"item {i}", _article(r, f"item {i}")) for i, r in enumerate(records)]
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise HTTPException(422, f"line {n}: not valid JSON ({e.msg})") from None
        out.append((f"line {n}", _article(record, f"line {n}")))
    return out


_ID_OK = re.compile(r"^[^\x00-\x1f]{1,300}$")
_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON may escape half a character ("\\ud800"): not storable text


def _article(record: Any, where: str) -> Article:
    if not isinstance(record, dict):
        raise HTTPException(422, f"{where}: expected a JSON object with id, outlet and text")
    for key, value in record.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            raise HTTPException(422, f"{where}: {key!r} holds an unpaired surrogate escape, not text")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise HTTPException(422, f"{where}: 'text' must be a non-empty string")
    outlet = record.get("outlet")
    if not isinstance(outlet, str) or not outlet.strip():
        raise HTTPException(422, f"{where}: 'outlet' must be a non-empty string")
    ident = record.get("id") or "posted/" + hashlib.sha256(f"{outlet}\n{text}".encode()).hexdigest()[:16]
    if not isinstance(ident, str) or not _ID_OK.match(ident):
        raise HTTPException(422, f"{where}: 'id' must be a string of 1-300 printable characters")
    for key in ("title", "published", "url", "language", "author"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise HTTPException(422, f"{where}: '{key}' must be a string or null")
    text = text.replace("\r\n", "\n")
    return Article(id=ident, outlet=outlet.strip(), text=text, title=record.get("title"),
                   url=record.get("url"), published=record.get("published"),
                   language=record.get("language"), author=record.get("author"), source="POST /api/ingest")


def prepare_posted(body: bytes, content_type: str, params: dict[str, str]) -> list[tuple[str, Article]]:
    """The posted articles cleaned of page junk, each with where it is in the request; a bad line, or
    an article with nothing left once cleaned, is a 422 naming it (and then nothing is queued)."""
    from ..clean import clean_text

    articles = parse_posted(body, content_type, params)
    for where, a in articles:
        a.text, a.removed = clean_text(a.text, a.outlet)
        if not a.text.strip():
            raise HTTPException(422, f"{where}: article {a.id!r}: nothing is left once page junk is removed")
    return articles


def check_token(site: Site, request: Request) -> Response | None:
    """None when the request bears the operator's token, else the response refusing it."""
    if site.token is None:
        raise HTTPException(403, "ingest is disabled: start `newsloom serve` with --token or NEWSLOOM_TOKEN")
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(value.strip().encode(), site.token.encode()):
        return JSONResponse({"error": {"status": 401, "message": "missing or wrong bearer token"}},
                            status_code=401, headers={"WWW-Authenticate": "Bearer"})
    return None


# -- feeds --------------------------------------------------------------------------------------------
FEED_SIZE = 30


def _feed_entries(site: Site, base: str) -> list[dict]:
    entries = []
    for story in site.store.list_stories(limit=FEED_SIZE, order="last_seen"):
        brief = site.store.get_brief(story.id)
        lead = ""
        headline = story.display_title
        if brief:
            headline = str(brief.get("headline") or headline)
            lead_node = brief.get("lead")
            lead = str(lead_node.get("text") if isinstance(lead_node, dict) else lead_node or "")
        updated = views.parse_when(story.last_seen)
        entries.append({"id": story.id, "title": headline, "summary": lead,
                        "link": base.rstrip("/") + views.url("stories", story.id),
                        "updated": (updated or datetime(1970, 1, 1)).replace(tzinfo=timezone.utc),
                        "outlets": story.outlets})
    return entries


def atom(site: Site, base: str) -> bytes:
    """Built with ElementTree, so every title and summary is XML-escaped."""
    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    entries = _feed_entries(site, base)
    ET.SubElement(feed, f"{{{ns}}}title").text = "newsloom: updated stories"
    ET.SubElement(feed, f"{{{ns}}}id").text = base.rstrip("/") + "/feed.atom"
    ET.SubElement(feed, f"{{{ns}}}link", href=base.rstrip("/") + "/feed.atom", rel="self")
    ET.SubElement(feed, f"{{{ns}}}link", href=base, rel="alternate")
    newest = max((e["updated"] for e in entries), default=datetime(1970, 1, 1, tzinfo=timezone.utc))
    ET.SubElement(feed, f"{{{ns}}}updated").text = newest.isoformat()
    for e in entries:
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        ET.SubElement(entry, f"{{{ns}}}id").text = e["link"]
        ET.SubElement(entry, f"{{{ns}}}title").text = e["title"]
        ET.SubElement(entry, f"{{{ns}}}link", href=e["link"], rel="alternate")
        ET.SubElement(entry, f"{{{ns}}}updated").text = e["updated"].isoformat()
        author = ET.SubElement(entry, f"{{{ns}}}author")
        ET.SubElement(author, f"{{{ns}}}name").text = ", ".join(e["outlets"]) or "newsloom"
        if e["summary"]:
            ET.SubElement(entry, f"{{{ns}}}summary", type="text").text = e["summary"]
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def jsonfeed(site: Site, base: str) -> dict:
    items = [{"id": e["link"], "url": e["link"], "title": e["title"], "content_text": e["summary"] or e["title"],
              "date_modified": e["updated"].isoformat(), "authors": [{"name": o} for o in e["outlets"]]}
             for e in _feed_entries(site, base)]
    return {"version": "https://jsonfeed.org/version/1.1", "title": "newsloom: updated stories",
            "home_page_url": base, "feed_url": base.rstrip("/") + "/feed.json", "items": items}
