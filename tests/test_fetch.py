"""Fetching over real HTTP from a server on 127.0.0.1 serving fictional fixture pages and feeds.

Nothing here reaches the internet: every URL points at the in-process server, and the refusal of
private addresses is checked against that same loopback server.
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsloom.ingest import Fetcher, FetchError, read_sources
from newsloom.ingest.web import _address_problem

SITE = Path(__file__).resolve().parent / "fixtures" / "ingest" / "site"


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64))


@dataclass
class Seen:
    """What the server saw: paths requested, headers, and how many requests were in flight at once."""

    paths: list[str] = field(default_factory=list)
    agents: set[str] = field(default_factory=set)
    if_none_match: list[str | None] = field(default_factory=list)
    starts: dict[str, list[float]] = field(default_factory=dict)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Handler(BaseHTTPRequestHandler):
    seen: Seen
    base: str

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        seen = self.seen
        with seen.lock:
            seen.paths.append(self.path)
            seen.agents.add(self.headers.get("User-Agent", ""))
            seen.starts.setdefault(self.path, []).append(time.monotonic())
            seen.in_flight += 1
            seen.max_in_flight = max(seen.max_in_flight, seen.in_flight)
        self.counted = True
        try:
            self.route()
        finally:
            self.done()

    def done(self) -> None:
        # (a request is over once its response is about to go out: the client, served, may send its next request
        # before this thread runs on, which would read as two at once on a busy machine)
        if getattr(self, "counted", False):
            self.counted = False
            with self.seen.lock:
                self.seen.in_flight -= 1

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.done()
        self.wfile.write(body)

    def route(self) -> None:
        path = self.path.split("?")[0]
        if path == "/slow":
            time.sleep(2.0)
            self.send(200, b"<html><body><p>too late</p></body></html>")
        elif path == "/hold":  # a page that takes a moment, to see concurrency
            time.sleep(0.15)
            self.send(200, (SITE / "ferry.html").read_bytes())
        elif path == "/loop":
            self.send(302, Location="/loop")
        elif path == "/to-ferry":
            self.send(301, Location="/ferry.html")
        elif path == "/to-ftp":
            self.send(302, Location="ftp://127.0.0.1/file")
        elif path == "/big":
            self.send(200, b"<html><body>" + b"<p>Heron news filler paragraph.</p>" * 20000 + b"</body></html>")
        elif path == "/big-stream":  # no Content-Length: the cap must cut the stream itself
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>")
            self.close_connection = True
        elif path == "/laughs.rss":
            body = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;&l;&l;&l;">]>'
                    '<rss version="2.0"><channel><title>&l2;</title><item><title>&l2;</title></item></channel></rss>')
            self.send(200, body.encode(), "application/rss+xml")
        elif path == "/trickle":  # each byte in time for the read timeout, the whole far too slow
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>" + b"x" * 2000 + b"</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass  # the client gave up, as it should
            self.close_connection = True
        elif path == "/error":
            self.send(500, b"oops")
        elif path in ("/pic.png", "/pic-as-html.html"):  # a PNG, honestly labelled or served as a page
            self.send(200, PNG, "image/png" if path.endswith(".png") else "text/html; charset=utf-8")
        elif path == "/png-feed.rss":
            items = "".join(f"<item><title>Tarn pier photo</title><link>{self.base}{p}</link></item>"
                            for p in ("/pic.png", "/pic-as-html.html"))
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Tarn Pictures</title>{items}</channel></rss>'
            self.send(200, body.encode(), "application/rss+xml")
        elif path == "/titled.html":  # names its outlet only in the <title>
            self.send(200, b"<html><head><title>Quay repairs start - Tarn Sentinel</title></head><body><article>"
                           b"<h1>Quay repairs start</h1><p>Repairs to the Tarn quay began on Monday after a winter "
                           b"of storms, the harbour office said, and will take six weeks.</p></article></body></html>")
        elif path == "/etag-feed.rss":
            self.seen.if_none_match.append(self.headers.get("If-None-Match"))
            if self.headers.get("If-None-Match") == '"v1"':
                self.send(304, ETag='"v1"')
            else:
                body = (SITE / "feed.rss").read_text().replace("{{BASE}}", self.base).encode()
                self.send(200, body, "application/rss+xml", ETag='"v1"', Last_Modified="Tue, 12 May 2026 09:30:00 GMT")
        else:
            file = (SITE / path.lstrip("/")).resolve()
            if SITE not in file.parents or not file.is_file():
                self.send(404, b"not found")
                return
            body = file.read_bytes()
            ctype = "text/html; charset=utf-8"
            if file.suffix in (".rss", ".atom", ".opml"):
                body = body.replace(b"{{BASE}}", self.base.encode())
                ctype = "application/xml"
            elif file.suffix == ".txt":
                ctype = "text/plain"
            self.send(200, body, ctype)


@dataclass
class Server:
    base: str
    seen: Seen


@pytest.fixture
def server() -> Iterator[Server]:
    seen = Seen()
    handler = type("H", (Handler,), {"seen": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    handler.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield Server(handler.base, seen)
    finally:
        httpd.shutdown()
        httpd.server_close()


def fetcher(**kw) -> Fetcher:
    options = dict(allow_private=True, delay=0.0, read_timeout=0.5, connect_timeout=2.0)
    options.update(kw)
    return Fetcher(**options)


def read(sources: list[str], f: Fetcher, **kw):
    return list(read_sources(sources, allow_private=True, fetcher=f, **kw))


# -- pages --------------------------------------------------------------------------------------


def test_url_page_is_extracted_and_cleaned(server):
    with fetcher() as f:
        [r] = read([server.base + "/ferry.html"], f)
    a = r.article
    assert a is not None, r.error
    assert a.outlet == "Brackenfield Gazette" and a.title == "Ferry runs aground in the Tarn estuary"
    assert a.url == "https://brackenfield-gazette.example/news/tarn-ferry-aground"  # the page's canonical URL
    assert a.source == server.base + "/ferry.html"
    assert "enable JavaScript" not in a.text and "newsletter" not in a.text
    assert any("newsloom" in ua for ua in server.seen.agents)
    assert "/robots.txt" in server.seen.paths


def test_redirect_is_followed(server):
    with fetcher() as f:
        [r] = read([server.base + "/to-ferry"], f)
    assert r.article is not None and "ran aground" in r.article.text


@pytest.mark.parametrize("path,expected", [
    ("/loop", "too many redirects"),
    ("/slow", "timed out"),
    ("/trickle", "took longer than 1 s"),
    ("/big", "over the 0.25 MB cap"),
    ("/big-stream", "over the 0.25 MB cap"),
    ("/error", "HTTP 500"),
    ("/gone.html", "HTTP 404"),
    ("/private/memo.html", "blocked by robots.txt"),
    ("/to-ftp", "only http and https"),
])
def test_bad_urls_give_one_clear_line_and_the_run_goes_on(server, path, expected):
    with fetcher(max_bytes=256 * 1024, total_timeout=1.0) as f:
        results = read([server.base + path, server.base + "/island.html"], f)
    assert len(results) == 2
    bad, good = results
    assert bad.article is None and bad.error.startswith(server.base + path + ": ")
    assert expected in bad.error and "\n" not in bad.error
    assert good.article is not None and good.article.outlet == "Hesk Island Radio"
    if path == "/private/memo.html":
        assert "/private/memo.html" not in server.seen.paths  # robots.txt is obeyed before the request


def test_unreachable_host(server):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens on this port now
    with fetcher() as f:
        [r] = read([f"http://127.0.0.1:{port}/page.html"], f)
    assert r.article is None and "cannot connect" in r.error


def test_private_addresses_refused_by_default(server):
    port = server.base.rsplit(":", 1)[1]
    results = list(read_sources([server.base + "/ferry.html", f"http://localhost:{port}/ferry.html"]))
    assert [r.article for r in results] == [None, None]
    assert "loopback" in results[0].error and "refused" in results[0].error
    assert "localhost resolves to" in results[1].error  # checked after DNS resolution
    assert server.seen.paths == []  # not even robots.txt was requested


@pytest.mark.parametrize("address,problem", [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.10", "private"), ("169.254.169.254", "link-local"),
    ("::1", "loopback"), ("fe80::1", "link-local"), ("::ffff:127.0.0.1", "loopback"), ("100.64.0.1", "non-public"),
    ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"), ("93.184.215.14", None), ("2606:4700::1111", None),
])
def test_address_classes(address, problem):
    import ipaddress

    assert _address_problem(ipaddress.ip_address(address)) == problem


def test_politeness_delay_and_per_host_concurrency(server):
    urls = [server.base + f"/hold?n={i}" for i in range(4)]
    with fetcher(per_host=1, delay=0.0) as f:
        results = list(f.get_many(urls, workers=4))
    assert all(not isinstance(r, FetchError) for _, r in results)
    assert server.seen.max_in_flight == 1  # four workers, one host, one request at a time
    waits: list[float] = []
    with fetcher(per_host=4, delay=30.0) as f:
        f._sleep = waits.append  # record the waits instead of sleeping through them
        f.get(server.base + "/island.html")  # robots.txt first, then the page: one wait
        f.get(server.base + "/island.html")  # and one more
        f.get("http://localhost:" + server.base.rsplit(":", 1)[1] + "/island.html")  # another host
    assert len(waits) == 3
    # Bounds loose enough for a loaded machine: what matters is who waits and that waits stack.
    assert 0.0 < waits[0] <= 30.0  # the page waits out the delay after robots.txt
    assert 30.0 < waits[1] <= 60.0  # reservations stack: one more delay for the next request
    assert 0.0 < waits[2] <= 30.0  # another host keeps its own clock (robots.txt, then its page)


def test_outlet_from_the_title_over_the_host(server):
    with fetcher() as f:
        [r] = read([server.base + "/titled.html"], f)
    assert r.article is not None, r.error
    assert r.article.outlet == "Tarn Sentinel"  # not the host "127.0.0.1:PORT" trafilatura makes up


# -- feeds --------------------------------------------------------------------------------------


def test_feed_item_linking_to_an_image_says_so(server):
    with fetcher() as f:
        results = read([server.base + "/png-feed.rss"], f)
    assert [r.error for r in results] == [
        f"{server.base}/pic.png: a PNG image, not a page or feed; skipped",
        f"{server.base}/pic-as-html.html: a PNG image, not a page or feed; skipped",
    ]
    with fetcher() as f:  # the same words as fetching the image directly
        [direct] = read([server.base + "/pic.png"], f)
    assert direct.error == f"{server.base}/pic.png: a PNG image, not a page or feed; skipped"



def test_rss_items_fetch_their_pages_and_fall_back_to_feed_text(server):
    with fetcher() as f:
        results = read([server.base + "/feed.rss"], f)
    assert len(results) == 3 and all(r.article for r in results), [r.error for r in results]
    ferry, lifeboat, island = (r.article for r in results)
    # Item page fetched: the page's full text, not the feed's one-line summary.
    assert "ran aground on a sandbank" in ferry.text and "Short feed summary" not in ferry.text
    assert ferry.outlet == "Brackenfield Gazette" and ferry.published.startswith("2026-05-12")
    # Item page missing (404): the feed's own text stands in, as plain text without tags.
    assert "six new volunteer crew members" in lifeboat.text and "<p>" not in lifeboat.text
    assert lifeboat.outlet == "Brackenfield Gazette"  # from the feed's title
    assert lifeboat.published == "2026-05-12T12:00:00Z"
    # Item without a guid: keyed on its link; the page's own site name names the outlet.
    assert island.outlet == "Hesk Island Radio" and "Advertisement" not in island.text
    again = read([server.base + "/feed.rss"], fetcher())
    assert [r.article.id for r in again] == [a.id for a in (ferry, lifeboat, island)]


def test_atom_and_opml(server):
    with fetcher() as f:
        atom = read([server.base + "/feed.atom"], f)
        opml = read([server.base + "/feeds.opml"], f)
    assert [r.article.title for r in atom] == ["Hesk islanders cut off after ferry grounding"]
    assert len(opml) == 4 and all(r.article for r in opml)
    assert {r.article.outlet for r in opml} == {"Brackenfield Gazette", "Hesk Island Radio"}


def test_local_opml_and_feed_files_fetch_over_http(server, tmp_path):
    feed = tmp_path / "saved.rss"
    feed.write_text((SITE / "feed.rss").read_text().replace("{{BASE}}", server.base))
    with fetcher() as f:
        results = read([str(feed)], f)
    assert len(results) == 3 and "ran aground" in results[0].article.text


def test_feed_etag_revalidation(server):
    cache: dict[str, dict[str, str]] = {}
    url = server.base + "/etag-feed.rss"
    with fetcher(cache=cache) as f:
        first = read([url], f)
    assert len(first) == 3 and cache[url]["etag"] == '"v1"'
    with fetcher(cache=cache) as f:
        second = read([url], f)
    assert second == []  # 304 Not Modified: nothing new to read
    assert server.seen.if_none_match == [None, '"v1"']


def test_feed_validators_are_kept_in_the_store_between_ingests(server, tmp_path):
    from newsloom import Store
    from newsloom.pipeline import ingest

    url = server.base + "/etag-feed.rss"
    with Store(tmp_path / "s.db") as store:
        first = ingest(store, [url], allow_private=True)
        assert first.new == 3 and not first.failed
    with Store(tmp_path / "s.db") as store:  # a later run, a new process
        second = ingest(store, [url], allow_private=True)
        assert (second.read, second.failed) == (0, [])
        assert store.count_articles() == 3
    assert server.seen.if_none_match == [None, '"v1"']


def test_feed_with_entities_is_refused_over_http(server):
    with fetcher() as f:
        [r] = read([server.base + "/laughs.rss"], f)
    assert r.article is None and "entities" in r.error and "lol" not in r.error
