"""The web app in a real browser: Debian's chromium driven by Playwright against uvicorn on 127.0.0.1.

Skips (with the reason) when chromium or Playwright is missing; never downloads a browser.
Screenshots go to /tmp/screens (or $NEWSLOOM_SCREENS), outside the repository.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest_web import STORY, XSS_ID, XSS_TITLE, build_store, ferry_brief, serve

CHROMIUM = os.environ.get("NEWSLOOM_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"chromium not installed at {CHROMIUM} (run scripts/install-browser.sh)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed")
expect = sync_api.expect

SCREENS = Path(os.environ.get("NEWSLOOM_SCREENS", "/tmp/screens"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "news.db"
    build_store(db)
    live = serve(db)
    yield live
    live.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(params=list(SIZES))
def page(request, browser):
    context = browser.new_context(viewport=SIZES[request.param])
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    pg.size_name = request.param  # type: ignore[attr-defined]
    # anything the page tries to run or load that it should not, recorded for the assertions
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def shot(page, name: str, full: bool = False) -> None:
    """What the reader sees (the viewport), or the whole page with full=True."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}-{page.size_name}.png"), full_page=full)


def test_read_a_story_and_follow_a_citation(server, page):
    page.goto(server.url + "/")
    assert page.title() == "Stories · newsloom"
    shot(page, "1-stories")

    page.get_by_role("link", name=ferry_brief()["headline"]).click()
    page.wait_for_url(f"**/stories/{STORY}")
    brief = ferry_brief()
    assert page.locator("h1").inner_text() == brief["headline"]
    assert page.locator(".brief .stmt.contested").count() == 1
    shot(page, "2-story", full=True)

    # a marker reveals the quoted words ...
    src = brief["lead"]["sources"][1]
    marker = page.locator(".brief .lead details.cite").nth(1)
    quote = marker.locator("q")
    expect(quote).to_be_hidden()
    marker.locator("summary").click()
    expect(quote).to_be_visible()
    assert quote.inner_text() == src["quote"]
    shot(page, "3-citation-open")

    # ... and opening another closes the first (the small script), while <details> did the reveal
    page.locator(".brief .lead details.cite").nth(0).locator("summary").click()
    expect(quote).to_be_hidden()
    marker.locator("summary").click()

    # follow it to the highlighted span in the article
    marker.get_by_role("link", name="read in context").click()
    key = f"q-{src['start']}-{src['end']}"
    page.wait_for_url(f"**/articles/{src['article_id']}#{key}")
    target = page.locator("mark.target")
    expect(target.first).to_be_visible()
    assert "".join(target.all_inner_texts()) == src["quote"]
    assert target.first.is_visible()
    assert page.evaluate("(k) => document.getElementById(k) !== null", key)
    shot(page, "4-article-highlight")
    assert page.errors == []


def test_hostile_article_renders_as_text(server, page):
    page.goto(f"{server.url}/articles/{XSS_ID}")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert "<script>window.__pwned" in page.locator(".body").inner_text()
    assert "onerror=" in page.locator(".body").inner_text()
    assert page.locator(".body img, .body script, h1 script, h1 img").count() == 0
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.dialogs == []
    shot(page, "5-hostile-article")
    # the story page quotes the same markup in a citation: still text
    page.goto(f"{server.url}/stories/{STORY}")
    hostile = page.locator(".brief details.cite", has_text="onerror")
    assert hostile.count() == 1
    hostile.locator("summary").click()  # open: the quoted markup shows, as text
    expect(hostile.locator("q")).to_be_visible()
    assert "<img src=x onerror=" in hostile.locator("q").inner_text()
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator("main img").count() == 0
    assert page.dialogs == [] and page.errors == []


def test_story_list_search_and_filter(server, page):
    page.goto(server.url + "/")
    page.get_by_placeholder("Search words").fill("orchard")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/?q=orchard*")
    titles = page.locator("ol.stories .title").all_inner_texts()
    assert titles == ["Orchard fire near Brenholt contained"]
    page.goto(server.url + "/")
    page.get_by_label("Outlet").select_option("Island Times")
    page.get_by_role("button", name="Show").click()
    assert page.locator("ol.stories .title").all_inner_texts() == [ferry_brief()["headline"]]


def test_pages_fit_the_screen(server, page):
    """Nothing wider than the viewport but the two scrollable boxes (chart and table)."""
    for path in ("/", f"/stories/{STORY}", f"/articles/{XSS_ID}", "/outlets/Island Times"):
        page.goto(server.url + path)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
    page.goto(f"{server.url}/outlets/Island Times")
    shot(page, "6-outlet")


def test_examples_story_in_the_browser(browser):
    """The bundled examples through the real pipeline: read the cited story, follow a citation."""
    pytest.importorskip("newsloom.brief", reason="the brief writer is not in this checkout yet")
    from conftest_web import examples_store

    db, _ = examples_store()
    live = serve(db)
    try:
        for size, viewport in SIZES.items():
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            page.set_default_timeout(10_000)
            page.size_name = size  # type: ignore[attr-defined]
            page.goto(live.url + "/")
            page.locator("ol.stories .title", has_text="Larch").first.click()
            page.wait_for_url("**/stories/**")
            assert page.locator(".brief .stmt").count() >= 3
            shot(page, "7-examples-story")
            marker = page.locator(".brief details.cite").first
            marker.locator("summary").click()
            quote = marker.locator("q").inner_text()
            assert quote
            shot(page, "8-examples-citation")
            marker.get_by_role("link").click()
            page.wait_for_url("**/articles/**#q-*")
            expect(page.locator("mark.target").first).to_be_visible()
            assert "".join(page.locator("mark.target").all_inner_texts()) == quote
            shot(page, "9-examples-article")
            context.close()
    finally:
        live.stop()
