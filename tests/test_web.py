"""The web app through FastAPI's TestClient over a real SQLite store: pages, API, feeds, safety."""
from __future__ import annotations

import html
import json
import re
import threading
import time
import urllib.error
import urllib.request
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from conftest_web import OTHER, STORY, XSS_ID, XSS_OUTLET, XSS_TITLE, build_store, ferry_brief, serve
from newsloom.records import Article, Story
from newsloom.store import Store
from newsloom.web import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "news.db"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(str(db)))


# -- pages ----------------------------------------------------------------------------------------
def test_story_list_shows_stories_with_independent_outlets(client):
    r = client.get("/")
    assert r.status_code == 200
    # the brief's headline, not the clustering stage's title ("Ferry strikes pier in Saltmere fog")
    assert ferry_brief()["headline"] in r.text and "Ferry strikes pier" not in r.text
    assert "4 independent outlets" in r.text
    assert "Orchard fire near Brenholt contained" in r.text


def test_story_list_search_outlet_and_date_filters(client):
    assert "Orchard fire" not in client.get("/", params={"q": "ferry pier"}).text
    assert "Morning Gull strikes" not in client.get("/", params={"q": "orchard"}).text
    page = client.get("/", params={"outlet": "Valley Post"}).text
    assert "Orchard fire" in page and "Morning Gull strikes" not in page
    page = client.get("/", params={"since": "2026-05-01"}).text
    assert "Morning Gull strikes" in page and "Orchard fire" not in page
    page = client.get("/", params={"until": "2026-04-30"}).text
    assert "Orchard fire" in page and "Morning Gull strikes" not in page
    assert "No stories match" in client.get("/", params={"q": "zeppelin"}).text


def test_story_list_orders_most_covered_first(client):
    page = client.get("/", params={"order": "covered", "since": "2026-01-01"}).text
    assert page.index("Morning Gull strikes") < page.index("Orchard fire")


def test_story_page_renders_brief_with_statuses_and_citations(client):
    page = client.get(f"/stories/{STORY}").text
    brief = ferry_brief()
    assert brief["headline"] in page
    for status in ("corroborated", "single-source", "contested"):
        assert f'class="stmt {status}"' in page
    # each marker reveals the verbatim quote and links to the highlighted span of the article
    src = brief["sentences"][0]["sources"][1]
    assert f'<q>{src["quote"]}</q>' in page
    assert f'href="/articles/coast-radio/7#q-{src["start"]}-{src["end"]}"' in page
    assert page.count("<details class=\"cite\">") >= sum(len(s["sources"]) for s in brief["sentences"])


def test_story_page_sections(client):
    page = client.get(f"/stories/{STORY}").text
    conflicts = page[page.index("Where outlets differ"):]
    assert conflicts.index(">9<") < conflicts.index(">11<")  # the variants, side by side
    assert "Reported by one outlet only" in page and "radar had been reported faulty" in page
    assert "Timeline" in page and "2026-05-04" in page
    assert "Ilse Brandt" in page and "Visibility was under fifty metres" in page
    assert "“struck”" in page and "“hit”" in page
    # the coverage chart is inline SVG with one labelled row per outlet; the reprint is hollow
    svg = re.search(r"<svg class=\"coverage\".*?</svg>", page, re.S).group(0)
    for outlet in ("Harbour Gazette", "Coast Radio", "Island Times", "Bay Daily"):
        assert f">{outlet}</text>" in svg
    assert svg.count('class="dot reprint"') == 1
    # claims x outlets: one row per sentence, a column per outlet
    table = page[page.index("Claims × outlets"):]
    assert table.count("<tr class=") == len(ferry_brief()["sentences"])
    assert "reprint of" in page
    assert '>Bay Daily<span class="reprint-col">reprint</span>' in page


def test_article_page_highlights_cited_spans_with_anchors(client):
    brief = ferry_brief()
    page = client.get("/articles/harbour-gazette/1").text
    cited = [s for st in brief["sentences"] for s in st["sources"] if s["article_id"] == "harbour-gazette/1"]
    for s in cited:
        key = f"q-{s['start']}-{s['end']}"
        assert f'id="{key}"' in page
        # the marked pieces of that span put back together give the quote
        pieces = re.findall(rf'<mark data-spans="[^"]*\b{key}\b[^"]*">(.*?)</mark>', page, re.S)
        assert "".join(pieces) == s["quote"]
    assert "Harbour Gazette" in page
    assert "Sign up for our harbour newsletter" in page and "newsletter prompt" in page  # what was removed
    assert "Bay Daily" in page  # its reprint


def test_reprint_page_names_its_original(client):
    page = client.get("/articles/bay-daily/2").text
    assert "Reprint of" in page and 'href="/articles/harbour-gazette/1"' in page


def test_outlet_page_lists_articles_and_claims_only_it_reports(client):
    page = client.get("/outlets/Island Times").text
    assert "Eleven injured in Saltmere ferry crash" in page
    only = page[page.index("Only Island Times reports"):]
    assert "radar had been reported faulty" in only
    assert "Morning Gull struck the north pier" not in only  # corroborated: not theirs alone


# -- safety ---------------------------------------------------------------------------------------
def test_hostile_article_renders_as_text(client):
    for path in (f"/articles/{XSS_ID}", f"/stories/{STORY}", "/", f"/outlets/{XSS_OUTLET}"):
        page = client.get(path).text
        assert "<script>window" not in page and "<img src=x" not in page, path
        assert "<b>Seven</b>" not in page, path
    page = client.get(f"/articles/{XSS_ID}").text
    assert "&lt;script&gt;window.__pwned" in page
    assert "&lt;img src=x onerror=" in page
    assert 'href="javascript:' not in page  # an article URL that is not http(s) is not linked
    assert page.count("<script") == 1  # only the app's own external script


def test_security_headers_on_pages_api_and_errors(client):
    for path in ("/", f"/stories/{STORY}", "/api/stories", "/nope", "/api/articles/nope", "/static/style.css"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_pages_load_nothing_from_other_sites(client):
    for path in ("/", f"/stories/{STORY}", f"/articles/{XSS_ID}"):
        page = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', page.replace('href="https://harbour-gazette', "")), path
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", page), path  # no inline script
        assert " style=" not in page and "<style" not in page, path  # CSP forbids inline styles


# -- JSON API -------------------------------------------------------------------------------------
def test_api_stories_paginates(client):
    first = client.get("/api/stories", params={"limit": 1}).json()
    assert len(first["items"]) == 1 and first["next"]
    second = client.get(first["next"]).json()
    assert len(second["items"]) == 1 and second["next"] is None
    ids = {first["items"][0]["id"], second["items"][0]["id"]}
    assert ids == {STORY, OTHER}
    ferry = next(i for i in first["items"] + second["items"] if i["id"] == STORY)
    assert ferry["independent_outlets"] == 4 and ferry["articles"] == 5


def test_api_story_and_brief_match_the_contract(client):
    story = client.get(f"/api/stories/{STORY}").json()
    assert story["brief"]["headline"] == ferry_brief()["headline"]
    assert {a["id"] for a in story["article_list"]} >= {"harbour-gazette/1", XSS_ID}
    brief = client.get(f"/api/briefs/{STORY}").json()
    texts = {a["id"]: client.get(f"/api/articles/{a['id']}").json()["text"] for a in story["article_list"]}
    for sentence in brief["sentences"]:
        assert sentence["status"] in ("corroborated", "single-source", "contested")
        for src in sentence["sources"]:
            assert texts[src["article_id"]][src["start"]:src["end"]] == src["quote"]


def test_api_article_gives_reprints_spans_and_removed(client):
    art = client.get("/api/articles/harbour-gazette/1").json()
    assert [r["id"] for r in art["reprints"]] == ["bay-daily/2"]
    assert art["removed"] == [{"text": "Sign up for our harbour newsletter", "reason": "newsletter prompt"}]
    for span in art["cited_spans"]:
        assert art["text"][span["start"]:span["end"]] == span["quote"]
    listing = client.get("/api/articles", params={"outlet": "Coast Radio"}).json()
    assert [a["id"] for a in listing["items"]] == ["coast-radio/7"]


def test_api_outlets(client):
    names = [o["name"] for o in client.get("/api/outlets").json()["items"]]
    assert {"Harbour Gazette", "Island Times", XSS_OUTLET} <= set(names)
    body = client.get("/api/outlets/Island Times").json()
    assert [a["id"] for a in body["articles"]["items"]] == ["island-times/3"]
    assert any("radar" in s["text"] for s in body["only_here"])


@pytest.mark.parametrize("path", ["/api/stories/nope", "/api/articles/nope", "/api/outlets/nope", "/api/briefs/nope"])
def test_api_unknown_ids_are_json_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "nope" in r.json()["error"]["message"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1000}, {"offset": -1}, {"since": "May 4"},
                                    {"order": "random"}])
def test_api_bad_input_is_json_422_naming_the_field(client, params):
    r = client.get("/api/stories", params=params)
    assert r.status_code == 422
    assert next(iter(params)) in r.json()["error"]["message"]


def test_unknown_page_is_html_404(client):
    r = client.get("/stories/no-such-story")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "no story with id" in r.text


def test_openapi_spec_is_served(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/articles", "/api/ingest", "/feed.json"} <= set(spec["paths"])
    assert {"StoryPage", "StoryDetail", "ArticleOut", "ErrorBody"} <= set(spec["components"]["schemas"])
    ok = spec["paths"]["/api/stories"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok["$ref"].endswith("/StoryPage")


# -- feeds ----------------------------------------------------------------------------------------
def test_atom_feed_lists_briefs_escaped(client):
    r = client.get("/feed.atom")
    assert r.headers["content-type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(r.content)
    titles = [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert titles[0] == ferry_brief()["headline"]  # newest first, the brief's headline
    authors = root.find("a:entry/a:author/a:name", ns).text
    assert XSS_OUTLET in authors  # markup survives as text, not as XML


def test_json_feed(client):
    feed = client.get("/feed.json").json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["items"][0]["url"].endswith(f"/stories/{STORY}")
    assert feed["items"][0]["content_text"].startswith("The ferry Morning Gull")


# -- ingest ---------------------------------------------------------------------------------------
JSONL = "\n".join(json.dumps(r) for r in [
    {"id": "posted/1", "outlet": "Moorland Echo", "title": "Lighthouse keeper retires",
     "published": "2026-06-01", "text": "The last keeper of the Moorland lighthouse retired on Friday after 31 years."},
])


def test_ingest_is_off_without_a_token(client, db):
    r = client.post("/api/ingest", content=JSONL, headers={"content-type": "application/x-ndjson",
                                                          "authorization": "Bearer anything"})
    assert r.status_code == 403 and "disabled" in r.json()["error"]["message"]
    with Store(db) as s:
        assert s.get_article("posted/1") is None


def wait_for(client, location: str, headers: dict) -> dict:
    """Poll an ingest job until it ends."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job = client.get(location, headers=headers).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {location} did not end: {job}")


def test_ingest_needs_the_right_token_and_stores(tmp_path):
    db = tmp_path / "w.db"
    build_store(db)
    client = TestClient(create_app(str(db), token="s3cret"))
    for auth in (None, "Bearer wrong", "Basic s3cret"):
        headers = {"content-type": "application/x-ndjson", **({"authorization": auth} if auth else {})}
        r = client.post("/api/ingest", content=JSONL, headers=headers)
        assert r.status_code == 401, auth
    with Store(db) as s:
        assert s.get_article("posted/1") is None
    ok = {"content-type": "application/x-ndjson", "authorization": "Bearer s3cret"}
    r = client.post("/api/ingest", content=JSONL, headers=ok)
    assert r.status_code == 202, r.text
    location = r.headers["location"]
    assert location == r.json()["url"] == f"/api/jobs/{r.json()['id']}"
    assert client.get(location).status_code == 401  # a job is for the token's holder
    job = wait_for(client, location, ok)
    assert job["status"] == "done" and job["stored"]["new"] == 1 and job["errors"] == []
    assert client.get("/api/articles/posted/1").json()["outlet"] == "Moorland Echo"
    again = client.post("/api/ingest", content=JSONL, headers=ok)
    assert wait_for(client, again.headers["location"], ok)["stored"]["unchanged"] == 1
    # the new article joined a story, which the list now shows
    assert job["stories"] and "Lighthouse keeper retires" in client.get("/", params={"q": "lighthouse"}).text
    r = client.get("/api/jobs/no-such-job", headers=ok)
    assert r.status_code == 404 and "no-such-job" in r.json()["error"]["message"]


def test_ingest_plain_text_needs_an_outlet(tmp_path):
    db = tmp_path / "w.db"
    client = TestClient(create_app(str(db), token="t"))
    headers = {"content-type": "text/plain", "authorization": "Bearer t"}
    text = "The Brenholt library reopened on Saturday after a roof repair."
    r = client.post("/api/ingest", content=text, headers=headers)
    assert r.status_code == 422
    assert r.json()["error"]["message"] == ("body: the text names no outlet (no 'Credited from:' line, 'Outlet:' "
                                            "header, 'URL:' line or byline naming one); add ?outlet=NAME")
    r = client.post("/api/ingest", params={"outlet": "Brenholt Bulletin", "title": "Library reopens"},
                    content=text, headers=headers)
    assert r.status_code == 202 and wait_for(client, r.headers["location"], headers)["stored"]["new"] == 1
    r = client.post("/api/ingest", params={"outlet": "Brenholt Bulletin", "published": "last week"},
                    content=text, headers=headers)
    assert r.status_code == 422 and "?published='last week' is not a date" in r.json()["error"]["message"]


@pytest.mark.parametrize("top,outlet", [
    ("Credited from: Orrin Valley Wire\n\n", "Orrin Valley Wire"),
    ("Outlet: Brenholt Bulletin\nPublished: 2026-04-11\n\n", "Brenholt Bulletin"),
    ("Library reopens after roof repair\n\nBy Oda Fenn, The Brenholt Bulletin\n\n", "The Brenholt Bulletin"),
])
def test_ingest_plain_text_that_names_its_outlet_needs_no_query(tmp_path, top, outlet):
    client = TestClient(create_app(str(tmp_path / "w.db"), token="t"))
    headers = {"content-type": "text/plain", "authorization": "Bearer t"}
    text = top + ("The Brenholt library reopened on Saturday after a roof repair that took five months.\n\n"
                  "Readers queued at the door before it opened, librarian Tove Marr said.\n")
    r = client.post("/api/ingest", content=text, headers=headers)
    assert r.status_code == 202, r.text
    assert wait_for(client, r.headers["location"], headers)["stored"]["new"] == 1
    article = client.get(r.json()["articles"][0]).json()
    assert article["outlet"] == outlet
    assert article["text"].startswith("The Brenholt library reopened")  # credit line and byline filed away


def test_openapi_declares_the_plain_text_ingest_query(client):
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/ingest"]["post"]["parameters"]}
    assert set(params) == {"outlet", "title", "published"}
    assert all(p["in"] == "query" and not p["required"] and p["description"] for p in params.values())


def test_ingest_plain_text_is_read_as_the_cli_reads_a_text_file(tmp_path):
    db = tmp_path / "w.db"
    client = TestClient(create_app(str(db), token="t"))
    headers = {"content-type": "text/plain", "authorization": "Bearer t"}
    text = ("Published: 2026-04-11T08:30:00Z\nURL: https://brenholt-bulletin.example/library\n"
            "By Oda Fenn, Brenholt Bulletin\nBrenholt library reopens after roof repair\n\n"
            "The Brenholt library reopened on Saturday after a roof repair that took five months.\n\n"
            "Readers queued at the door before it opened, librarian Tove Marr said.\n")
    r = client.post("/api/ingest", params={"outlet": "Brenholt Bulletin"}, content=text, headers=headers)
    assert r.status_code == 202 and wait_for(client, r.headers["location"], headers)["stored"]["new"] == 1
    article = client.get(r.json()["articles"][0]).json()
    assert article["title"] == "Brenholt library reopens after roof repair"
    assert article["published"] == "2026-04-11T08:30:00Z"
    assert article["url"] == "https://brenholt-bulletin.example/library"
    assert article["text"].startswith("The Brenholt library reopened")
    assert "Published" not in article["text"] and "Oda Fenn" not in article["text"]
    # the query's title and date, when given, win over the text's own
    r = client.post("/api/ingest", params={"outlet": "Brenholt Bulletin", "title": "Library open again",
                                           "published": "2026-04-12"},
                    content=text.replace("/library\n", "/library-2\n") + "\nMore later.\n", headers=headers)
    assert wait_for(client, r.headers["location"], headers)["stored"]["new"] == 1
    article = client.get(r.json()["articles"][0]).json()
    assert (article["title"], article["published"]) == ("Library open again", "2026-04-12")


def http(method: str, url: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_pages_are_served_while_an_ingest_job_runs(tmp_path):
    """A real server: the job is held in its 'stories' phase (after its articles are stored) through
    the queue's phase hook, and meanwhile the pages and the API answer from the same store file."""
    db = tmp_path / "w.db"
    build_store(db)
    live = serve(db, token="t")
    jobs = live.server.config.app.state.site.jobs
    reached, release = threading.Event(), threading.Event()

    def hold(job) -> None:
        if job.phase == "stories":
            reached.set()
            release.wait(60)

    jobs.on_phase = hold
    auth = {"authorization": "Bearer t"}
    try:
        body = "\n".join(json.dumps({"id": f"posted/{i}", "outlet": "Moorland Echo", "published": "2026-06-01",
                                     "title": f"Lighthouse keeper {i} retires",
                                     "text": f"Keeper {i} of the Moorland lighthouse retired on Friday after 31 years."})
                         for i in range(3)).encode()
        status, headers, raw = http("POST", live.url + "/api/ingest", body,
                                    {**auth, "content-type": "application/x-ndjson"})
        assert status == 202, raw
        location = live.url + headers["location"]
        assert reached.wait(60)
        job = json.loads(http("GET", location, headers=auth)[2])
        assert (job["status"], job["phase"], job["stored"]["new"]) == ("running", "stories", 3)
        for path in ("/", f"/stories/{STORY}", "/api/stories", "/api/articles/posted/1", "/feed.json"):
            status, _, page = http("GET", live.url + path)
            assert status == 200, path
        assert ferry_brief()["headline"] in http("GET", live.url + "/")[2].decode()
        assert json.loads(http("GET", location, headers=auth)[2])["status"] == "running"
        release.set()
        deadline = time.monotonic() + 120
        while job["status"] not in ("done", "failed") and time.monotonic() < deadline:
            time.sleep(0.05)
            job = json.loads(http("GET", location, headers=auth)[2])
        assert job["status"] == "done" and job["stories"] and job["finished"]
        assert "Lighthouse keeper" in http("GET", live.url + "/?q=lighthouse")[2].decode()
    finally:
        release.set()
        live.stop()


def test_a_failed_job_names_what_failed_and_keeps_whole_articles(tmp_path):
    db = tmp_path / "w.db"
    client = TestClient(create_app(str(db), token="t"))
    jobs = client.app.state.site.jobs

    def crash(job) -> None:
        if job.phase == "stories":
            raise RuntimeError("clustering model missing")

    jobs.on_phase = crash
    auth = {"authorization": "Bearer t", "content-type": "application/x-ndjson"}
    job = wait_for(client, client.post("/api/ingest", content=JSONL, headers=auth).headers["location"], auth)
    assert job["status"] == "failed"
    assert job["errors"] == [{"source": f"job {job['id']} (stories)",
                              "error": "RuntimeError: clustering model missing"}]
    with Store(db) as s:  # stored before the failure, and whole
        assert s.get_article("posted/1").text == json.loads(JSONL)["text"]
    jobs.on_phase = None  # the next job runs as usual
    job = wait_for(client, client.post("/api/ingest", content=JSONL, headers=auth).headers["location"], auth)
    assert job["status"] == "done" and job["stored"]["unchanged"] == 1
    assert job["stories"]  # posting it again gave the stored article the story it missed
    with Store(db) as s:
        assert s.get_article("posted/1").story == job["stories"][0]


def test_an_article_the_store_refuses_is_named_and_the_others_are_stored(tmp_path):
    db = tmp_path / "w.db"
    client = TestClient(create_app(str(db), token="t"))
    with Store(db) as s:  # the store file itself refuses one article (as a full disk or a bad row would)
        s._db.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.id = 'posted/2' "
                      "BEGIN SELECT RAISE(ABORT, 'refused by the store'); END")
    body = "\n".join(json.dumps({"id": f"posted/{i}", "outlet": "Moorland Echo",
                                 "text": f"Keeper {i} of the Moorland lighthouse retired on Friday."}) for i in (1, 2, 3))
    auth = {"authorization": "Bearer t", "content-type": "application/x-ndjson"}
    job = wait_for(client, client.post("/api/ingest", content=body, headers=auth).headers["location"], auth)
    assert job["status"] == "done" and job["stored"]["new"] == 2
    assert job["errors"] == [{"source": "line 2 (id 'posted/2')", "error": "could not store: refused by the store"}]
    with Store(db) as s:
        assert s.get_article("posted/2") is None
        assert s.get_article("posted/3").story is not None  # the others are stored and in stories


@pytest.mark.parametrize("body, problem", [
    ('{"id": "x", "outlet": "A"}\n', "line 1: 'text'"),
    ('{"id": "x", "outlet": "A", "text": "fine"}\nnot json\n', "line 2: not valid JSON"),
    ('{"id": "x", "text": "no outlet"}\n', "'outlet'"),
    ('{"outlet": "A", "text": "half a character: \\ud800"}\n', "line 1: 'text' holds an unpaired surrogate"),
    ("", "empty"),
])
def test_ingest_bad_input_is_422_and_stores_nothing(tmp_path, body, problem):
    db = tmp_path / "w.db"
    client = TestClient(create_app(str(db), token="t"))
    r = client.post("/api/ingest", content=body,
                    headers={"content-type": "application/x-ndjson", "authorization": "Bearer t"})
    assert r.status_code == 422
    assert problem in r.json()["error"]["message"]
    with Store(db) as s:
        assert s.count_articles() == 0


def test_missing_brief_is_written_and_cached(tmp_path):
    pytest.importorskip("newsloom.brief", reason="the brief writer (newsloom.brief) is not in this checkout yet")
    db = tmp_path / "w.db"
    build_store(db)
    with Store(db) as s:
        story = s.get_story(OTHER)
        s.put_story(story)  # drops the cached brief
        assert s.get_brief(OTHER) is None
    client = TestClient(create_app(str(db)))
    assert client.get(f"/stories/{OTHER}").status_code == 200
    with Store(db) as s:
        assert s.get_brief(OTHER) is not None


# -- caching ----------------------------------------------------------------------------------------
def test_story_page_is_gzipped_with_etag_and_304(client):
    r = client.get(f"/stories/{STORY}", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip" and ferry_brief()["headline"] in r.text
    etag = r.headers["etag"]
    again = client.get(f"/stories/{STORY}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert "content-security-policy" in again.headers


def test_story_page_follows_a_new_brief(tmp_path):
    db = tmp_path / "w.db"
    build_store(db)
    client = TestClient(create_app(str(db)))
    assert "Ferry Morning Gull strikes" in client.get(f"/stories/{STORY}").text
    with Store(db) as s:
        s.put_brief(STORY, {**ferry_brief(), "headline": "Saltmere ferry: the corrected brief"})
    assert "Saltmere ferry: the corrected brief" in client.get(f"/stories/{STORY}").text
    with Store(db) as s:  # a story that gains an article changes too
        story = s.get_story(STORY)
        story.title = "Ferry strikes pier, and more"
        story.last_seen = "2026-05-05"
        s.put_story(story)  # drops the cached brief
        s.put_brief(STORY, {**ferry_brief(), "headline": "Third version"})
    assert "Third version" in client.get(f"/stories/{STORY}").text


def test_story_page_shows_how_a_count_changed_oldest_first(tmp_path):
    db = tmp_path / "w.db"
    build_store(db)
    brief = ferry_brief()
    old, new = brief["sentences"][0]["sources"][:2]
    update = {"about": "passengers hurt <b>", "values": [
        {"value": "9", "day": "Mon 4 May", "outlets": [old["outlet"]], "sources": [old]},
        {"value": "11", "day": "Tue 5 May", "outlets": [new["outlet"]], "sources": [new]}]}
    with Store(db) as s:
        s.put_brief(STORY, {**brief, "updates": [update]})
    page = TestClient(create_app(str(db))).get(f"/stories/{STORY}").text
    assert 'href="#updates"' in page
    section = page[page.index('id="updates"'):]
    section = section[: section.index("</section>")]
    assert "passengers hurt &lt;b&gt;" in section  # labels are text, never markup
    assert section.index(">9<") < section.index("Mon 4 May") < section.index(">11<") < section.index("Tue 5 May")
    assert f'href="/articles/{new["article_id"]}#q-{new["start"]}-{new["end"]}"' in section


# -- pagination -------------------------------------------------------------------------------------
def test_story_list_pages(tmp_path):
    db = tmp_path / "many.db"
    with Store(db) as s:
        for i in range(25):
            s.put_article(Article(id=f"m/{i}", outlet="Marsh Weekly", text=f"Council meeting number {i} was held.",
                                  story=f"s{i:02d}", published=f"2026-01-{i + 1:02d}"))
            s.put_story(Story(id=f"s{i:02d}", title=f"Council meeting {i}", article_ids=[f"m/{i}"],
                              first_seen=f"2026-01-{i + 1:02d}", last_seen=f"2026-01-{i + 1:02d}",
                              outlets=["Marsh Weekly"]))
    client = TestClient(create_app(str(db)))
    first = client.get("/").text
    assert first.count('<a class="title"') == 20 and "Council meeting 24" in first
    assert 'rel="next" href="/?order=newest&amp;page=2"' in first
    second = client.get("/", params={"page": 2}).text
    assert second.count('<a class="title"') == 5 and "Council meeting 0<" in second
    assert 'rel="next"' not in second and 'rel="prev"' in second
    api = client.get("/api/stories", params={"limit": 10, "offset": 20}).json()
    assert [i["title"] for i in api["items"]] == [f"Council meeting {i}" for i in range(4, -1, -1)]
    assert api["next"] is None
    outlet = client.get("/api/outlets/Marsh Weekly", params={"limit": 10}).json()
    assert len(outlet["articles"]["items"]) == 10 and "offset=10" in outlet["articles"]["next"]


# -- the examples through the real pipeline -------------------------------------------------------------
def test_examples_through_the_pipeline():
    pytest.importorskip("newsloom.brief", reason="the brief writer is not in this checkout yet")
    from conftest_web import examples_store

    db, story_id = examples_store()
    client = TestClient(create_app(str(db)))
    page = client.get(f"/stories/{story_id}").text
    assert "Larch" in page
    brief = client.get(f"/api/briefs/{story_id}").json()
    cited = [src for s in brief["sentences"] for src in s["sources"]]
    assert cited
    for src in cited[:10]:
        art = client.get(f"/api/articles/{src['article_id']}").json()
        assert art["text"][src["start"]:src["end"]] == src["quote"]
        assert {"start": src["start"], "end": src["end"]} in [
            {"start": c["start"], "end": c["end"]} for c in art["cited_spans"]]
    assert "please enable JavaScript" not in page  # page junk the cleaner removed


def test_examples_story_list_feeds_and_api_show_the_briefs_headline():
    """The derailment's clustering title is a report's headline (the earliest one's); once its brief
    exists, every list shows the brief's headline instead, which states no disputed figure (12 or 14)."""
    pytest.importorskip("newsloom.brief", reason="the brief writer is not in this checkout yet")
    from conftest_web import examples_store

    db, story_id = examples_store()
    client = TestClient(create_app(str(db)))
    headline = client.get(f"/api/briefs/{story_id}").json()["headline"]
    assert "Larch" in headline and not re.search(r"(?i)fourteen|twelve|\b1[24]\b", headline)
    with Store(db) as s:
        assert s.get_story(story_id).title.startswith("Freight train derails")  # the clustering title
    listed = client.get("/").text
    assert html.escape(headline, quote=False) in listed and "Fourteen injured" not in listed
    api = {i["id"]: i["title"] for i in client.get("/api/stories").json()["items"]}
    assert api[story_id] == headline
    assert client.get(f"/api/stories/{story_id}").json()["title"] == headline
    feed = client.get("/feed.json").json()
    assert [i["title"] for i in feed["items"] if i["id"].endswith(story_id)] == [headline]
    assert "Fourteen injured" not in client.get("/feed.atom").text


def test_api_stories_give_the_briefs_headline_as_stories_json_does(tmp_path):
    db = tmp_path / "w.db"
    build_store(db)
    client = TestClient(create_app(str(db)))
    before = client.get("/api/stories").json()["items"]
    assert before and all("headline" in i for i in before)
    story_id = before[0]["id"]
    headline = client.get(f"/api/briefs/{story_id}").json()["headline"]
    assert headline
    after = {i["id"]: i for i in client.get("/api/stories").json()["items"]}
    assert after[story_id]["headline"] == after[story_id]["title"] == headline
    assert client.get(f"/api/stories/{story_id}").json()["headline"] == headline


def test_ingest_refuses_an_oversized_body(tmp_path, monkeypatch):
    from newsloom.web import app as web_app

    monkeypatch.setattr(web_app, "MAX_INGEST_BYTES", 1000)
    db = tmp_path / "w.db"
    client = TestClient(create_app(str(db), token="t"))
    big = json.dumps({"id": "big", "outlet": "A", "text": "word " * 400})
    r = client.post("/api/ingest", content=big,
                    headers={"content-type": "application/x-ndjson", "authorization": "Bearer t"})
    assert r.status_code == 413 and "over 1000 bytes" in r.json()["error"]["message"]
    with Store(db) as s:
        assert s.count_articles() == 0


def test_head_requests_answer_like_get(client):
    for path in ("/", f"/stories/{STORY}", "/feed.atom"):
        r = client.head(path)
        assert r.status_code == 200 and r.content == b"", path
        assert "content-security-policy" in r.headers


def test_article_page_shows_earlier_versions(tmp_path):
    db = tmp_path / "w.db"
    build_store(db)
    with Store(db) as s:
        a = s.get_article("coast-radio/7")
        a.text = a.text.replace("until Tuesday", "until Wednesday <b>noon</b>")
        assert s.put_article(a) == "updated"
    page = TestClient(create_app(str(db))).get("/articles/coast-radio/7").text
    assert "Earlier versions" in page
    assert "suspended until Tuesday." in page  # the old text, kept
    assert "until Wednesday &lt;b&gt;noon&lt;/b&gt;" in page


def test_a_posted_fragment_too_short_to_be_an_article_is_named_and_not_stored(tmp_path):
    db = tmp_path / "w.db"
    client = TestClient(create_app(str(db), token="t"))
    body = "\n".join(json.dumps({"id": f"posted/{i}", "outlet": "Moorland Echo", "text": text}) for i, text in
                     ((1, "Keeper Ivo Marr of the Moorland lighthouse retired on Friday."), (2, "A fire")))
    auth = {"authorization": "Bearer t", "content-type": "application/x-ndjson"}
    job = wait_for(client, client.post("/api/ingest", content=body, headers=auth).headers["location"], auth)
    assert job["status"] == "done" and job["stored"]["new"] == 1
    [error] = job["errors"]
    assert error["source"] == "line 2 (id 'posted/2')" and "too short to be an article" in error["error"]
    with Store(db) as s:
        assert s.get_article("posted/2") is None
