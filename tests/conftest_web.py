"""Shared by the web tests: a real SQLite store of fictional articles, and the app served live.

Every article here is fictional and written for these tests. The brief is written by hand in the
shape of the brief contract, with offsets computed from the texts, so the pages are checked
against known citations whatever the brief writer of the day produces.
"""
from __future__ import annotations

import atexit
import functools
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from newsloom.records import Article, Removal, Story
from newsloom.store import Store
from newsloom.web import create_app

STORY = "ferry-saltmere"
OTHER = "orchard-fire"
XSS_ID = "xss/1"
XSS_TITLE = '<script>window.__pwned = "title"</script>Ferry <img src=x onerror="window.__pwned=1">'
XSS_OUTLET = 'Pier <b>Seven</b> "News"'

ARTICLES = [
    Article(
        id="harbour-gazette/1", outlet="Harbour Gazette", published="2026-05-04T07:10:00Z",
        title="Ferry strikes pier in Saltmere fog",
        url="https://harbour-gazette.example/ferry",
        text=("The ferry Morning Gull struck the north pier at Saltmere on Monday in thick fog, "
              "injuring nine passengers, the coastguard said.\n\n"
              "Harbourmaster Ilse Brandt said the ferry was travelling slowly. \"Visibility was under "
              "fifty metres,\" Brandt said.\n\n"
              "Ferry services to Kessel Island were suspended for the day."),
        removed=[Removal("Sign up for our harbour newsletter", "newsletter prompt")],
    ),
    Article(
        id="coast-radio/7", outlet="Coast Radio", published="2026-05-04T09:30:00Z",
        title="Nine hurt as Morning Gull hits pier",
        text=("Nine passengers were injured when the ferry Morning Gull struck the north pier at "
              "Saltmere in fog on Monday, the coastguard said.\n\n"
              "Services to Kessel Island were suspended until Tuesday."),
    ),
    Article(
        id="island-times/3", outlet="Island Times", published="2026-05-04T12:00:00Z",
        title="Eleven injured in Saltmere ferry crash",
        text=("Eleven people were hurt when the Morning Gull ferry hit a pier at Saltmere on Monday, "
              "according to the island hospital.\n\n"
              "The crew union said the ferry's radar had been reported faulty a week earlier."),
    ),
    Article(  # a reprint of the Gazette, counted once with it
        id="bay-daily/2", outlet="Bay Daily", published="2026-05-04T13:00:00Z",
        title="Ferry strikes pier in Saltmere fog", copy_of="harbour-gazette/1",
        text=("The ferry Morning Gull struck the north pier at Saltmere on Monday in thick fog, "
              "injuring nine passengers, the coastguard said.\n\n"
              "Ferry services to Kessel Island were suspended for the day."),
    ),
    Article(  # hostile markup in every field a page shows: it must render as text
        id=XSS_ID, outlet=XSS_OUTLET, published="2026-05-04T15:00:00Z", title=XSS_TITLE,
        url="javascript:alert(1)",
        text=("Witnesses said <script>window.__pwned = \"body\"</script> the fog lifted by noon.\n\n"
              "<img src=x onerror=\"window.__pwned = 'img'\"> Divers checked the pier on Monday afternoon."),
        removed=[Removal("<script>alert('removed')</script>", "script <b>notice</b>")],
    ),
    Article(
        id="valley-post/9", outlet="Valley Post", published="2026-04-20",
        title="Orchard fire near Brenholt contained",
        text=("Firefighters contained an orchard fire near Brenholt on Sunday, the fire service said.\n\n"
              "No one was hurt."),
    ),
]


def _src(article_id: str, quote: str) -> dict:
    a = next(a for a in ARTICLES if a.id == article_id)
    start = a.text.index(quote)
    return {"article_id": a.id, "outlet": a.outlet, "quote": quote, "start": start, "end": start + len(quote)}


def ferry_brief() -> dict:
    """A brief in the contract's shape (sentences with status and verbatim sources)."""
    collided = {
        "text": "The ferry Morning Gull struck the north pier at Saltmere in fog on Monday, according to "
                "Harbour Gazette and Coast Radio.",
        "status": "corroborated",
        "sources": [
            _src("harbour-gazette/1", "The ferry Morning Gull struck the north pier at Saltmere on Monday in thick fog"),
            _src("coast-radio/7", "the ferry Morning Gull struck the north pier at Saltmere in fog on Monday"),
        ],
    }
    injured = {
        "text": "Nine passengers were injured, the coastguard said; the island hospital put the number at eleven.",
        "status": "contested",
        "sources": [
            _src("coast-radio/7", "Nine passengers were injured"),
            _src("island-times/3", "Eleven people were hurt"),
        ],
    }
    radar = {
        "text": "The crew union said the ferry's radar had been reported faulty a week earlier, according to Island Times.",
        "status": "single-source",
        "sources": [_src("island-times/3", "The crew union said the ferry's radar had been reported faulty a week earlier")],
    }
    divers = {
        "text": "Divers checked the pier on Monday afternoon, according to Pier Seven News.",
        "status": "single-source",
        "sources": [_src(XSS_ID, "<img src=x onerror=\"window.__pwned = 'img'\"> Divers checked the pier")],
    }
    suspended = {
        "text": "Ferry services to Kessel Island were suspended.",
        "status": "corroborated",
        "sources": [
            _src("harbour-gazette/1", "Ferry services to Kessel Island were suspended for the day"),
            _src("coast-radio/7", "Services to Kessel Island were suspended until Tuesday"),
        ],
    }
    return {
        "story": STORY,
        "headline": "Ferry Morning Gull strikes Saltmere pier in fog",
        "lead": collided,
        "sentences": [collided, suspended, injured, radar, divers],
        "conflicts": [{
            "about": "number injured",
            "variants": [
                {"value": "9", "outlets": ["Harbour Gazette", "Coast Radio"],
                 "sources": [_src("harbour-gazette/1", "injuring nine passengers"),
                             _src("coast-radio/7", "Nine passengers were injured")]},
                {"value": "11", "outlets": ["Island Times"],
                 "sources": [_src("island-times/3", "Eleven people were hurt")]},
            ],
        }],
        "single_source": [radar, divers],
        "timeline": [{"date": "2026-05-04", "text": "The Morning Gull strikes the north pier at Saltmere.",
                      "sources": [_src("harbour-gazette/1", "struck the north pier at Saltmere on Monday")]}],
        "quotes": {"Ilse Brandt": [{"text": "Visibility was under fifty metres",
                                    "sources": [_src("harbour-gazette/1", "Visibility was under fifty metres")]}]},
        "coverage": {},
        "word_choice": [{"about": "the collision", "terms": [
            {"term": "struck", "outlets": ["Harbour Gazette", "Coast Radio"]},
            {"term": "hit", "outlets": ["Island Times"]}]}],
    }


def build_store(path: Path) -> None:
    """A real SQLite store holding the fictional articles, two stories and the ferry brief."""
    with Store(path) as store:
        for a in ARTICLES:
            a = Article.from_dict(a.to_dict())  # fresh copies: put_article may rewrite fields
            a.story = OTHER if a.id == "valley-post/9" else STORY
            store.put_article(a)
        ferry = [a for a in ARTICLES if a.id != "valley-post/9"]
        store.put_story(Story(id=STORY, title="Ferry strikes pier in Saltmere fog",
                              article_ids=[a.id for a in ferry], first_seen="2026-05-04T07:10:00Z",
                              last_seen="2026-05-04T15:00:00Z",
                              outlets=["Harbour Gazette", "Coast Radio", "Island Times", XSS_OUTLET]))
        store.put_story(Story(id=OTHER, title="Orchard fire near Brenholt contained",
                              article_ids=["valley-post/9"], first_seen="2026-04-20", last_seen="2026-04-20",
                              outlets=["Valley Post"]))
        store.put_brief(STORY, ferry_brief())
        store.put_brief(OTHER, {"headline": "Orchard fire near Brenholt contained",
                                "sentences": [{"text": "Firefighters contained an orchard fire near Brenholt.",
                                               "status": "single-source",
                                               "sources": [_src("valley-post/9", "Firefighters contained an orchard fire near Brenholt")]}]})


@dataclass
class LiveServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve(db_path: Path, token: str | None = None) -> LiveServer:
    """The app under uvicorn on 127.0.0.1, on a port the OS picks, in a background thread."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(str(db_path), token=token), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    return LiveServer(f"http://127.0.0.1:{port}", server, thread)


@functools.cache
def examples_store() -> tuple[Path, str]:
    """The project's fictional examples through the real pipeline, once per test run (the
    pipeline embeds every sentence, which takes seconds). Tests only read it.
    Returns the store's path and the derailment story's id."""
    from newsloom import pipeline

    tmp = Path(tempfile.mkdtemp(prefix="newsloom-web-examples-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    db = tmp / "examples.db"
    examples = Path(__file__).resolve().parents[1] / "examples"
    with Store(db) as store:
        pipeline.ingest(store, [str(examples)])
        stories = store.list_stories(limit=None, order="coverage")
        story = next(s for s in stories if "Larch" in s.title or any(
            "Larch" in a.text for a in store.story_articles(s.id)))
        pipeline.story_brief(store, story.id)
    return db, story.id
