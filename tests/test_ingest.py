"""Ingest from local sources: text, HTML, corpus JSONL, directories, the outlets file, and bad input.

Every article here is fictional (tests/fixtures/ingest, or written inline). The seeds test reads
/work/shared at run time and asserts only on outlet names and on junk markers written here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsloom.ingest import IngestResult, OutletBook, OutletBookError, read_sources

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared beside the clone

# Page junk the cleaner must take out (our own wording of the kinds of junk the examples carry).
JUNK_MARKERS = [
    "enable JavaScript", "Editorial Context", "Original analysis & verification", "Methodology",
    "Primary Source", "Credited from", "Sign up for our", "newsletter", "Read more:", "Related:",
    "Advertisement", "Follow us on", "Share this article", "Photo:", "Watch our live coverage",
]

HERON_STORY = (
    "Heron Point lighthouse reopens after repairs\n\n"
    "The Heron Point lighthouse reopened to visitors on Saturday after a two-year restoration of its lantern room.\n\n"
    "Volunteers from the Saltmere heritage society guided the first groups up the 112 steps."
)


def read(*sources: str | Path, **kw) -> list[IngestResult]:
    return list(read_sources([str(s) for s in sources], allow_private=True, **kw))


def only(results: list[IngestResult]) -> IngestResult:
    assert len(results) == 1, results
    return results[0]


def assert_clean(text: str) -> None:
    for marker in JUNK_MARKERS:
        assert marker.lower() not in text.lower(), marker


# -- the bundled examples and the seeds ---------------------------------------------------------


def test_examples_five_outlets_clean_and_stable_ids():
    results = read(ROOT / "examples")
    assert all(r.error is None for r in results), [r.error for r in results]
    articles = [r.article for r in results]
    assert {a.outlet for a in articles} == {
        "Channel 9 Harbourtown", "The Lowland Herald", "Northgate Wire", "Riverside Daily Post", "The Vellmoor Courier",
    }
    for a in articles:
        assert_clean(a.text)
        assert a.text and "\n\n\n" not in a.text
        if a.outlet != "The Lowland Herald":
            assert a.removed, a.outlet
    by_outlet = {a.outlet: a for a in articles}
    # The corpus JSONL keeps its ids; the title line of a text file becomes the title.
    assert {"examples/lowland-herald-1", "examples/lowland-herald-2"} <= {a.id for a in articles}
    assert by_outlet["Northgate Wire"].title.startswith("Freight train derails")
    assert not by_outlet["Northgate Wire"].text.startswith("Freight train derails")
    courier = by_outlet["The Vellmoor Courier"]
    assert courier.author == "Courier staff" and courier.published.startswith("2026-03-03")
    assert courier.url == "https://vellmoor-courier.example/news/larch-bridge-derailment"
    assert courier.outlet_domain == "vellmoor-courier.example"
    riverside = by_outlet["Riverside Daily Post"]
    assert riverside.published == "2026-03-04T08:05:00Z" and riverside.language == "en"  # the page's own timestamp
    reasons = {r.reason for r in courier.removed}
    assert {"video or JavaScript notice", "newsletter prompt", "photo credit"} <= reasons
    # Re-reading the same files gives the same ids, so the store can report them unchanged.
    assert [a.id for a in articles] == [r.article.id for r in read(ROOT / "examples")]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not on this machine")
def test_seeds_credit_lines_name_the_outlets_and_junk_is_gone():
    results = read(SEEDS)
    assert len(results) == 3 and all(r.article for r in results), [r.error for r in results]
    outlets = {Path(r.source).name[:3]: r.article.outlet for r in results}
    assert outlets["000"] == "Reuters"
    assert outlets["002"] == "Deutsche Welle"
    assert len({r.article.outlet for r in results}) == 3  # an unknown outlet is not merged with the others
    for r in results:
        assert_clean(r.article.text)
    removed = {x.reason for r in results for x in r.article.removed}
    assert {"boilerplate footer", "video or JavaScript notice", "credit line"} <= removed


# -- plain text, HTML, JSONL, directories -------------------------------------------------------


def test_text_file_credit_line_title_and_junk():
    a = only(read(FIXTURES / "files" / "gazette-quay.txt")).article
    assert a.outlet == "Brackenfield Gazette"
    assert a.title == "Quay repairs to start after ferry grounding"
    assert a.text.startswith("Repairs to the north quay")
    assert a.paragraphs[-1].startswith("The board said the work")
    assert {r.reason for r in a.removed} == {"credit line", "photo credit", "share or follow prompt"}
    assert a.id.startswith("brackenfield-gazette-")


def test_text_file_hard_wrapped_with_footer_block_credit():
    a = only(read(FIXTURES / "files" / "tarn-notes.txt")).article
    assert a.outlet == "Tarn Coast Weekly"  # from the 'Primary Source' line and the name under it
    assert a.title is None  # the first line is prose, not a headline
    assert len(a.paragraphs) == 2
    assert a.paragraphs[0].endswith("according to the board's published records.")
    assert_clean(a.text)
    footer = [r for r in a.removed if r.reason == "boilerplate footer"]
    assert footer and "Methodology" in footer[0].text


def test_text_file_header_lines_give_date_url_and_author(tmp_path):
    p = tmp_path / "quay.txt"
    p.write_text("Credited from: Brackenfield Gazette\nPublished: 2026-04-02T09:15:00Z\n"
                 "URL: https://gazette.example/quay\nAuthor: Ida Moss\n\n"
                 "Quay repairs to start after ferry grounding\n\n"
                 "Repairs to the north quay begin on Monday, the harbour board said.\n")
    a = only(read(p)).article
    assert (a.published, a.url, a.author) == ("2026-04-02T09:15:00Z", "https://gazette.example/quay", "Ida Moss")
    assert a.title == "Quay repairs to start after ferry grounding"
    assert "Published" not in a.text and "gazette.example" not in a.text


def test_text_file_header_may_give_title_and_outlet(tmp_path):
    p = tmp_path / "quay.txt"
    p.write_text("Title: Quay repairs to start after ferry grounding\nOutlet: The Brackenfield Gazette\n"
                 "Published: 2026-04-02\n\nRepairs to the north quay begin on Monday, the harbour board said.\n\n"
                 "Ferries will use the south quay meanwhile.\n")
    a = only(read(p)).article
    assert (a.title, a.outlet) == ("Quay repairs to start after ferry grounding", "The Brackenfield Gazette")
    assert a.published.startswith("2026-04-02")
    assert a.text.startswith("Repairs to the north quay") and "Title:" not in a.text and "Outlet:" not in a.text


@pytest.mark.parametrize("top", [
    "Published: 2026-04-03T07:00:00Z\nBy Ida Moss, The Brackenfield Gazette\n",
    "By Ida Moss, The Brackenfield Gazette\n\n",
    "By Ida Moss | for The Brackenfield Gazette\nPublished: 2026-04-03T07:00:00Z\n\n",
])
def test_text_file_byline_above_the_headline_names_the_outlet_not_the_story(tmp_path, top):
    p = tmp_path / "quay.txt"
    p.write_text(top + "Ferry grounded at Saltmere quay\n\n"
                 "The morning ferry ran aground beside the north quay on Thursday, the harbour board said.\n\n"
                 "No one was hurt, and the ferry was towed off at high tide.\n")
    a = only(read(p)).article
    assert a.title == "Ferry grounded at Saltmere quay"
    assert a.outlet == "The Brackenfield Gazette"
    assert a.text.startswith("The morning ferry ran aground") and "Ida Moss" not in a.text


def test_a_headline_starting_with_by_is_still_a_headline(tmp_path):
    p = tmp_path / "vote.txt"
    p.write_text("By-election called in Vellmoor after councillor resigns\n\n"
                 "A by-election for the Vellmoor harbour ward will be held on June 4, the council said.\n")
    assert only(read(p)).article.title == "By-election called in Vellmoor after councillor resigns"


def test_text_file_line_that_only_looks_like_a_header_stays_text(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("Date: to be confirmed by the harbour board\n\nThe quay reopens when repairs end.\n")
    a = only(read(p)).article
    assert a.published is None and "to be confirmed" in f"{a.title} {a.text}"


def test_outlet_unknown_without_credit_is_named_after_the_file(tmp_path):
    p = tmp_path / "heron.txt"
    p.write_text(HERON_STORY)
    a = only(read(p)).article
    assert a.outlet == "Unknown (heron.txt)"
    assert a.title == "Heron Point lighthouse reopens after repairs"


QUAY = "Repairs to the north quay of Kessel harbour begin on Monday, the harbour board said."
QUAY_HTML = ("<!DOCTYPE html><html><head><title>Quay repairs</title>{head}</head><body><article>"
             "<h1>Quay repairs start</h1>{byline}<p>" + QUAY + " A ferry grounding damaged it last week.</p>"
             "<p>The work will take three weeks, and ferries will use the south quay meanwhile.</p>"
             "</article></body></html>")


@pytest.mark.parametrize("name, content, outlet", [
    # no credit line and no site name: the URL's host, shown as the domain it is (www. dropped)
    ("host.txt", f"URL: https://www.lowland-herald.example/news/quay\n\nQuay repairs start\n\n{QUAY}\n",
     "lowland-herald.example"),
    ("canonical.html", QUAY_HTML.format(head='<link rel="canonical" href="https://www.kessel-echo.example/quay">',
                                        byline="<p>By Ana Lind, The Lowland Herald</p>"), "kessel-echo.example"),
    # the page's <title> names the site when no metadata does (and its last part reads as an outlet)
    ("title.html", QUAY_HTML.replace("<title>Quay repairs</title>", "<title>Quay repairs | The Kessel Echo</title>")
     .format(head="", byline=""), "The Kessel Echo"),
    # a canonical URL gives trafilatura a host-made site name: the <title>'s outlet name still wins
    ("title-host.html", QUAY_HTML.replace("<title>Quay repairs</title>", "<title>Quay repairs - Tarn Sentinel</title>")
     .format(head='<link rel="canonical" href="https://tarn-sentinel.example/quay">', byline=""), "Tarn Sentinel"),
    ("title-place.html", QUAY_HTML.replace("<title>Quay repairs</title>", "<title>Quay repairs - Kessel harbour</title>")
     .format(head="", byline=""), "Unknown (title-place.html)"),
    # no host either: a wire dateline or a byline naming the outlet
    ("dateline.txt", f"Quay repairs start\n\nKESSEL, June 2 (Northgate Wire) - {QUAY}\n\nMore soon.\n",
     "Northgate Wire"),
    ("bare-dateline.txt", f"Quay repairs start\n\n(Tarn Wire) - {QUAY}\n", "Tarn Wire"),
    ("british-dateline.txt", f"Quay repairs start\n\nKESSEL, 2 June (Northgate Wire) - {QUAY}\n", "Northgate Wire"),
    ("byline.txt", f"Quay repairs start\n\nBy Jane Doe, The Lowland Herald\n\n{QUAY}\n", "The Lowland Herald"),
    ("byline.html", QUAY_HTML.format(head="", byline="<p>By Ana Lind, Kessel Echo</p>"), "Kessel Echo"),
    # common newspaper words name an outlet too, without a leading "The"
    ("ledger.txt", f"Quay repairs start\n\nBy Ora Quist, Western Tarn Ledger\n\n{QUAY}\n", "Western Tarn Ledger"),
    ("register.txt", f"Quay repairs start\n\nBy Ora Quist, Kessel Register\n\n{QUAY}\n", "Kessel Register"),
    ("enquirer.txt", f"Quay repairs start\n\nBy Ora Quist, Hesk Enquirer\n\n{QUAY}\n", "Hesk Enquirer"),
    ("mercury.txt", f"Quay repairs start\n\nBy Ora Quist, Tarn Mercury\n\n{QUAY}\n", "Tarn Mercury"),
    ("sun.txt", f"Quay repairs start\n\nBy Ora Quist, Kessel Sun\n\n{QUAY}\n", "Kessel Sun"),
    # a job title or a co-credit is not an outlet: still unknown, named after the file
    ("role.txt", f"Quay repairs start\n\nBy Jane Doe, Harbour Correspondent\n\n{QUAY}\n", "Unknown (role.txt)"),
    ("with.txt", f"Quay repairs start\n\nBy Courier staff, with Northgate Wire\n\n{QUAY}\n", "Unknown (with.txt)"),
])
def test_outlet_without_a_credit_line(tmp_path, name, content, outlet):
    p = tmp_path / name
    p.write_text(content)
    a = only(read(p)).article
    assert a.outlet == outlet
    assert a.id.startswith("unknown-" if outlet.startswith("Unknown") else outlet.lower().replace(" ", "-")[:8])


def test_outlet_evidence_order(tmp_path):
    """The outlets file first, then the page's own name, then the host, then a dateline or byline."""
    site = tmp_path / "site.html"
    site.write_text(QUAY_HTML.format(
        head='<meta property="og:site_name" content="Kessel Echo">'
             '<link rel="canonical" href="https://www.tarn-weekly.example/quay">',
        byline="<p>By Ana Lind, The Lowland Herald</p>"))
    assert only(read(site)).article.outlet == "Kessel Echo"  # the page's name over its host and byline
    book = OutletBook.load(FIXTURES / "outlets.toml")
    a = only(read(site, outlets=book)).article
    assert (a.outlet, a.outlet_domain) == ("Tarn Coast Weekly", "tarn-weekly.example")  # mapped by domain
    wire = tmp_path / "wire.txt"  # a dateline naming a known alias resolves through the outlets file
    wire.write_text(f"Quay repairs start\n\nKESSEL (Brackenfield Gazette) - {QUAY}\n")
    assert only(read(wire, outlets=book)).article.outlet == "The Brackenfield Gazette"
    hosted = tmp_path / "hosted.txt"  # the host outranks a dateline: the wire story ran on that site
    hosted.write_text(f"URL: https://lowland-herald.example/quay\n\nQuay repairs start\n\n(Tarn Wire) - {QUAY}\n")
    assert only(read(hosted)).article.outlet == "lowland-herald.example"


def test_html_file_metadata_and_junk():
    a = only(read(FIXTURES / "site" / "ferry.html")).article
    assert a.outlet == "Brackenfield Gazette" and a.outlet_domain == "brackenfield-gazette.example"
    assert a.title == "Ferry runs aground in the Tarn estuary"
    assert a.author == "Jonah Pelt"
    assert a.published.startswith("2026-05-12")
    assert a.url == "https://brackenfield-gazette.example/news/tarn-ferry-aground"
    assert "Marit Sólvang" in a.text
    assert_clean(a.text)
    assert len(a.paragraphs) == 4


def test_outlets_file_names_outlets_by_domain_and_alias():
    book = OutletBook.load(FIXTURES / "outlets.toml")
    html = only(read(FIXTURES / "site" / "ferry.html", outlets=book)).article
    assert html.outlet == "The Brackenfield Gazette"  # by domain
    text = only(read(FIXTURES / "files" / "gazette-quay.txt", outlets=book)).article
    assert text.outlet == "The Brackenfield Gazette"  # by alias of the credit line
    notes = only(read(FIXTURES / "files" / "tarn-notes.txt", outlets=book)).article
    assert notes.outlet == "Tarn Coast Weekly" and notes.outlet_domain == "tarn-weekly.example"
    gazette = book.resolve(None, "news.brackenfield-gazette.example")
    assert gazette is not None and gazette.lean == "centre" and gazette.owner == "Gazette Media Trust"
    assert book.resolve("Nobody Daily", "nobody.example") is None


@pytest.mark.parametrize("name,content", [
    ("outlets.json", json.dumps({"outlets": {"heron.example": {"name": "Heron Post", "country": "XX"}}})),
    ("outlets.csv", "domain,name,lean,aliases\nheron.example,Heron Post,left,The Heron|Heron\n"),
])
def test_outlets_file_json_and_csv(tmp_path, name, content):
    p = tmp_path / name
    p.write_text(content)
    book = OutletBook.load(p)
    assert book.resolve(None, "www.heron.example").name == "Heron Post"
    if name.endswith(".csv"):
        assert book.resolve("the heron", None).lean == "left"


@pytest.mark.parametrize("name,content,expected", [
    ("bad.toml", "[broken", "not valid TOML"),
    ("bad.json", '{"x.example": {"country": "XX"}}', "needs a 'name'"),
    ("bad2.json", '{"x.example": {"name": "X", "colour": "red"}}', "unknown field"),
    ("bad.csv", "site,title\nx,y\n", "header row"),
    ("outlets.yaml", "x: y", "must end in"),
])
def test_outlets_file_errors_name_file_and_problem(tmp_path, name, content, expected):
    p = tmp_path / name
    p.write_text(content)
    with pytest.raises(OutletBookError) as e:
        OutletBook.load(p)
    assert name in str(e.value) and expected in str(e.value)


def test_outlets_file_missing(tmp_path):
    with pytest.raises(OutletBookError, match="cannot read"):
        OutletBook.load(tmp_path / "none.toml")


def test_jsonl_keeps_ids_and_story_and_names_bad_lines(tmp_path):
    p = tmp_path / "corpus.jsonl"
    good = {"id": "t/1", "story": "s9", "outlet": "Heron Post", "title": "Lighthouse reopens", "published": "2026-06-01",
            "url": "https://heron.example/lighthouse", "language": "en", "text": "The lighthouse reopened.\n\nVisitors queued."}
    p.write_text("\n".join([
        json.dumps(good),
        '{"id": "t/2", "text": "unterminated',
        "[1, 2]",
        json.dumps({"id": "t/4", "outlet": "Heron Post"}),
        "",
        json.dumps({**good, "id": "t/6", "story": "s10", "url": None}),
    ]) + "\n")
    results = read(p)
    assert [r.source for r in results] == [f"{p}:{n}" for n in (1, 2, 3, 4, 6)]
    ok = [r.article for r in results if r.article]
    assert [a.id for a in ok] == ["t/1", "t/6"]
    assert ok[0].gold_story == "s9" and ok[0].outlet_domain == "heron.example"
    errors = {r.source: r.error for r in results if r.error}
    assert errors[f"{p}:2"].startswith(f"{p}:2: invalid JSON")
    assert "expected a JSON object" in errors[f"{p}:3"]
    assert "no 'text'" in errors[f"{p}:4"]


def test_json_file_of_records_is_read_as_records_never_as_raw_json(tmp_path):
    ferry = {"id": "q/1", "outlet": "Quay Post", "title": "Ferry late at Saltmere", "published": "2026-06-01",
             "text": "The Saltmere ferry ran three hours late on Monday, the harbour board said."}
    (tmp_path / "array.json").write_text(json.dumps([ferry, {**ferry, "id": "q/2", "title": None}], indent=2))
    (tmp_path / "one.json").write_text(json.dumps({**ferry, "id": "q/3"}, indent=2))
    (tmp_path / "lines.json").write_text(json.dumps({**ferry, "id": "q/4"}) + "\n" + json.dumps({**ferry, "id": "q/5"}))
    results = read(tmp_path)
    assert all(r.ok for r in results), [r.error for r in results]
    assert sorted(r.article.id for r in results) == ["q/1", "q/2", "q/3", "q/4", "q/5"]
    assert {r.article.outlet for r in results} == {"Quay Post"}
    assert all(r.article.text.startswith("The Saltmere ferry") for r in results)
    assert {r.source for r in results if r.article.id in ("q/1", "q/2")} == {f"{tmp_path / 'array.json'}[0]",
                                                                              f"{tmp_path / 'array.json'}[1]"}


@pytest.mark.parametrize("content,expected", [
    ('{"harbour": {"berths": 4}}', "not corpus records: item 0: record has no 'text'"),
    ("[1, 2]", "not corpus records: item 0: expected a JSON object"),
    ('[{"id": "q/1", "text": "The ferry', "invalid JSON"),
    ("[]", "no articles found"),
])
def test_json_file_that_is_not_records_is_one_clear_error(tmp_path, content, expected):
    p = tmp_path / "harbour.json"
    p.write_text(content)
    r = only(read(p))
    assert r.article is None and r.error.startswith(f"{p}: {expected}"), r.error


def test_jsonl_without_text_field_is_one_error(tmp_path):
    p = tmp_path / "sets.summaries.jsonl"
    p.write_text("\n".join(json.dumps({"story": i, "summaries": ["x"]}) for i in range(5)))
    r = only(read(p))
    assert r.article is None and "not corpus JSONL" in r.error


@pytest.mark.parametrize("text,expected", [
    (17, "field 'text' should be a string, found a number"),
    (None, "field 'text' should be a string, found null"),
    (["The pier", "reopened."], "field 'text' should be a string, found an array"),
    ("   ", "field 'text' is empty"),
])
def test_jsonl_says_what_is_wrong_with_text(tmp_path, text, expected):
    # a record whose 'text' is there but wrong is not told it "has no 'text'"
    good = {"id": "t/1", "outlet": "Heron Post", "text": "The pier at Saltmere reopened on Monday."}
    p = tmp_path / "corpus.jsonl"
    p.write_text(json.dumps(good) + "\n" + json.dumps({"id": "t/2", "outlet": "Heron Post", "text": text}) + "\n")
    errors = {r.source: r.error for r in read(p) if r.error}
    assert list(errors) == [f"{p}:2"] and errors[f"{p}:2"] == f"{p}:2: {expected}"
    # on the first line it makes the file not corpus JSONL, with the same reason
    p.write_text(json.dumps({"id": "t/2", "outlet": "Heron Post", "text": text}) + "\n" + json.dumps(good) + "\n")
    r = only(read(p))
    assert r.article is None and r.error == f"{p}: not corpus JSONL: line 1: {expected}", r.error


def test_directory_recursive_skips_hidden(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(HERON_STORY)
    (tmp_path / "top.txt").write_text(HERON_STORY.replace("Saturday", "Sunday"))
    (tmp_path / ".hidden.txt").write_text(HERON_STORY)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "note.txt").write_text(HERON_STORY)
    results = read(tmp_path)
    assert sorted(Path(r.source).name for r in results) == ["deep.txt", "top.txt"]
    assert all(r.article for r in results)


def test_ids_from_path_and_canonical_url(tmp_path):
    p = tmp_path / "heron.txt"
    p.write_text(HERON_STORY)
    first = only(read(p)).article.id
    p.write_text(HERON_STORY + "\n\nThe society plans evening tours in July.")
    assert only(read(p)).article.id == first  # same file, new text: same id (the store reports 'updated')
    html = (FIXTURES / "site" / "ferry.html").read_text()
    (tmp_path / "copy.html").write_text(html)
    assert only(read(tmp_path / "copy.html")).article.id == only(read(FIXTURES / "site" / "ferry.html")).article.id


# -- bad input: one clear line each, and the run goes on -----------------------------------------


def bad_sources(tmp_path: Path) -> dict[str, tuple[Path | str, str]]:
    png = tmp_path / "picture.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    blob = tmp_path / "blob.dat"
    blob.write_bytes(bytes([0, 1, 2, 3, 250, 251, 0, 0, 7]) * 200)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \t\n")
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)  # sparse: the size check must refuse it before reading
    malformed_feed = tmp_path / "broken.rss"
    malformed_feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Heron</title><item><title>a & b</titl')
    laughs = tmp_path / "laughs.xml"
    laughs.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<rss version="2.0"><channel><title>&c;</title>'
        "<item><title>&c;</title><description>&c;</description></item></channel></rss>"
    )
    xxe = tmp_path / "xxe.rss"
    xxe.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n'
        '<rss version="2.0"><channel><title>x</title><item><title>&secret;</title>'
        "<description>&secret;</description></item></channel></rss>"
    )
    nothing = tmp_path / "nothing"  # only a hidden file, which is skipped
    nothing.mkdir()
    (nothing / ".draft.txt").write_text(HERON_STORY)
    no_items = tmp_path / "quiet.rss"
    no_items.write_text('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Heron Post</title>'
                        "<link>https://heron-post.example/</link></channel></rss>")
    truncated_empty = tmp_path / "cut.html"
    truncated_empty.write_text('<!DOCTYPE html><html><head><title>Heron Post</title><meta charset="utf-8"></he')
    return {
        "png": (png, "PNG image"),
        "blob": (blob, "binary data"),
        "empty": (empty, "file is empty"),
        "blank": (blank, "file is empty"),
        "big": (big, "over the 50 MB limit"),
        "feed": (malformed_feed, "malformed feed"),
        "laughs": (laughs, "entities"),
        "xxe": (xxe, "entities"),
        "cut": (truncated_empty, "no article text"),
        "missing": (tmp_path / "nope.txt", "no such file"),
        "empty folder": (nothing, "no articles found"),
        "feed with no items": (no_items, "no articles found"),
        "ftp": ("ftp://heron.example/feed.rss", "only http and https"),
    }


def test_each_bad_source_gives_one_clear_line_and_the_run_goes_on(tmp_path):
    cases = bad_sources(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(HERON_STORY)
    sources = [c[0] for c in cases.values()]
    sources.insert(5, good)
    results = read(*sources)
    assert len(results) == len(sources)
    assert sum(1 for r in results if r.article) == 1
    for (path, expected), r in zip(cases.values(), [r for r in results if r.article is None]):
        assert r.error.startswith(f"{path}: "), r.error
        assert expected in r.error, (expected, r.error)
        assert "\n" not in r.error
    assert "haha" not in " ".join(r.error for r in results if r.error)


def test_latin1_text_and_html_are_decoded(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Café owners in Zürich reopen\n\nThe café on the Limmat quay reopened on Friday, its owner Mr Müller said.".encode("latin-1"))
    a = only(read(p)).article
    assert a.title == "Café owners in Zürich reopen" and "Müller" in a.text
    h = tmp_path / "latin.html"
    h.write_bytes(
        ('<html><head><meta charset="iso-8859-1"><title>Zürich café</title></head><body><article>'
         "<p>The café on the Limmat quay reopened on Friday after a month of repairs, its owner Jürg Müller said to the reporters waiting outside.</p>"
         "<p>Regulars queued before the doors opened at seven, and the first coffee was on the house for everyone.</p>"
         "</article></body></html>").encode("latin-1")
    )
    assert "Jürg Müller" in only(read(h)).article.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_text_is_decoded(tmp_path, encoding):
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes(HERON_STORY.replace("Saltmere", "Saltmère").encode(encoding))
    a = only(read(p)).article
    assert a.title == "Heron Point lighthouse reopens after repairs"
    assert "Saltmère heritage society" in a.text and "\ufeff" not in a.text


def test_truncated_html_keeps_what_arrived(tmp_path):
    html = (FIXTURES / "site" / "ferry.html").read_text()
    cut = html[: html.index("The harbour master") - 40]
    p = tmp_path / "cut.html"
    p.write_text(cut)
    a = only(read(p)).article
    assert "ran aground on a sandbank" in a.text and "harbour master" not in a.text



def test_text_file_date_line_above_the_story_is_its_date(tmp_path):
    p = tmp_path / "quay.txt"
    p.write_text("Saturday, January 8, 2005\n\nQuay repairs to start after ferry grounding\n\n"
                 "Repairs to the north quay begin on Monday, the harbour board said.\n")
    a = only(read(p)).article
    assert a.published == "2005-01-08" and a.title == "Quay repairs to start after ferry grounding"
    assert "2005" not in a.text
    q = tmp_path / "pier.txt"
    q.write_text("8 March 2026\n\nThe pier reopened on Monday, the harbour board said.\n")
    assert only(read(q)).article.published == "2026-03-08"
    # a date inside a sentence, or an impossible one, is the story's text
    for text in ("January 8, 2005 was the day the quay reopened, the board said.\n",
                 "February 30, 2005\n\nThe quay reopened on Monday, the board said.\n"):
        r = tmp_path / "x.txt"
        r.write_text(text)
        a = only(read(r)).article
        assert a.published is None and "2005" in f"{a.title or ''} {a.text}"


def test_an_accented_outlet_name_gives_its_letters_to_the_article_id():
    from newsloom.ingest.build import slugify
    assert slugify("Diário do Vale") == "diario-do-vale"
    assert slugify("Gazeta Nortenha") == "gazeta-nortenha"
