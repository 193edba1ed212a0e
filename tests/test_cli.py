"""The `newsloom` command end to end, in a subprocess, over the bundled fictional examples."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def newsloom(*args, env=None, check=True):
    proc = subprocess.run([sys.executable, "-m", "newsloom.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout:{proc.stdout}\nstderr:{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "news.db"
    out = newsloom("ingest", EXAMPLES, "--db", path, "--json")
    summary = json.loads(out.stdout)
    assert summary["new"] == 6 and summary["failed"] == []
    return path


def test_ingest_examples_then_again_is_unchanged(db):
    again = json.loads(newsloom("ingest", EXAMPLES, "--db", db, "--json").stdout)
    assert again["new"] == 0 and again["unchanged"] == 6


def test_articles_and_article(db):
    rows = json.loads(newsloom("articles", "--db", db, "--json").stdout)
    outlets = {r["outlet"] for r in rows}
    assert {"Northgate Wire", "The Vellmoor Courier", "Riverside Daily Post", "Channel 9 Harbourtown",
            "The Lowland Herald"} <= outlets
    courier = next(r for r in rows if r["outlet"] == "The Vellmoor Courier")
    shown = newsloom("article", courier["id"], "--db", db).stdout
    assert "Larch River" in shown
    assert "Removed by the cleaner" in shown and "enable JavaScript" in shown.split("Removed by the cleaner")[1]
    body = json.loads(newsloom("article", courier["id"], "--db", db, "--json").stdout)["text"]
    assert "enable JavaScript" not in body and "newsletter" not in body


def test_stories_group_the_derailment(db):
    stories = json.loads(newsloom("stories", "--db", db, "--json").stdout)
    biggest = max(stories, key=lambda s: len(s["article_ids"]))
    assert len(biggest["article_ids"]) == 5
    # the Courier reprints the Northgate Wire story: four independent outlets, not five
    assert biggest["independent_outlets"] == 4
    shown = newsloom("story", biggest["id"], "--db", db).stdout
    assert "reprinted by The Vellmoor Courier" in shown


def test_story_list_shows_the_briefs_headline_not_a_disputed_figure(tmp_path):
    db = tmp_path / "news.db"
    summary = json.loads(newsloom("ingest", EXAMPLES, "--db", db, "--briefs", "none", "--json").stdout)
    assert summary["briefs_written"] == 0
    larch = next(s for s in json.loads(newsloom("stories", "--db", db, "--json").stdout)
                 if len(s["article_ids"]) == 5)
    # no brief yet: the clustering stage's title, from the earliest report (Northgate Wire, 07:05)
    assert larch["headline"] is None and larch["title"].startswith("Freight train derails")
    newsloom("brief", larch["id"], "--db", db)  # as any reader of the story would
    larch = next(s for s in json.loads(newsloom("stories", "--db", db, "--json").stdout) if s["id"] == larch["id"])
    assert larch["title"] == larch["headline"] and "Larch" in larch["title"]
    assert not any(n in larch["title"].lower() for n in ("fourteen", "14", "twelve", "12"))
    assert larch["title"] in newsloom("stories", "--db", db).stdout
    assert newsloom("story", larch["id"], "--db", db).stdout.startswith(f"# {larch['title']}\n")


def test_a_small_ingest_writes_the_touched_stories_briefs(tmp_path):
    db = tmp_path / "news.db"
    out = newsloom("ingest", EXAMPLES, "--db", db).stdout  # --briefs auto: 2 stories touched
    assert "2 stories touched, 2 briefs written" in out
    listed = newsloom("stories", "--db", db).stdout
    assert "Larch" in listed and "Fourteen injured" not in listed
    again = json.loads(newsloom("ingest", EXAMPLES, "--db", db, "--briefs", "all", "--json").stdout)
    assert again["stories"] == [] and again["briefs_written"] == 0  # nothing changed


def test_unknown_ids_and_bad_store_are_clear_errors(db, tmp_path):
    proc = newsloom("article", "no-such-id", "--db", db, check=False)
    assert proc.returncode == 2 and "no-such-id" in proc.stderr
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite " * 100)
    proc = newsloom("articles", "--db", bad, check=False)
    assert proc.returncode == 2 and "bad.db" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [("stories",), ("articles",), ("article", "x-1"), ("story", "s-1"), ("brief", "s-1")])
def test_reading_a_store_that_is_not_there_creates_nothing(tmp_path, args):
    missing = tmp_path / "mistyped.db"
    proc = newsloom(*args, "--db", missing, check=False)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"newsloom: error: no store at {missing}")
    assert list(tmp_path.iterdir()) == []  # no empty store (nor its -wal/-shm files) left behind


@pytest.mark.parametrize("command", ["stories", "articles"])
@pytest.mark.parametrize("option,value,problem", [
    ("--limit", "0", "0 is too small: the least allowed is 1"),
    ("--limit", "-1", "-1 is too small: the least allowed is 1"),
    ("--offset", "-1", "-1 is too small: the least allowed is 0"),
    ("--limit", "ten", "'ten' is not a whole number"),
])
def test_list_limit_and_offset_are_checked(db, command, option, value, problem):
    proc = newsloom(command, "--db", db, option, value, check=False)
    assert proc.returncode == 2 and proc.stdout == ""
    assert f"argument {option}: {problem}" in proc.stderr


def test_list_limit_and_offset_page_through(db):
    everything = newsloom("stories", "--db", db).stdout.splitlines()
    assert newsloom("stories", "--db", db, "--limit", "1").stdout.splitlines() == everything[:1]
    assert newsloom("stories", "--db", db, "--offset", "1").stdout.splitlines() == everything[1:]


def test_article_shows_a_programme_promo_as_removed(tmp_path):
    db = tmp_path / "news.db"
    text = tmp_path / "kessel-radio.txt"
    text.write_text("Kessel quay to reopen\n\nBy Ora Quist, Kessel Radio\n\n"
                    "The Kessel quay will reopen on Monday after six weeks of repairs, the harbour office said.\n\n"
                    "Residents were told to listen for the harbour siren at 7pm on Sunday, when the last crane leaves.\n\n"
                    "Listen to Kessel Radio's harbour programme at 7pm.\n")
    newsloom("ingest", text, "--db", db)
    [row] = json.loads(newsloom("articles", "--db", db, "--json").stdout)
    shown = newsloom("article", row["id"], "--db", db).stdout
    body, removed = shown.split("Removed by the cleaner")
    assert "listen for the harbour siren at 7pm" in body and "harbour programme" not in body
    assert "[promotional prompt] Listen to Kessel Radio's harbour programme at 7pm." in removed


def test_db_under_a_regular_file_is_a_clear_error(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes on the Saltmere ferry\n")
    proc = newsloom("ingest", EXAMPLES / "northgate-wire.txt", "--db", notes / "news.db", check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"newsloom: error: {notes / 'news.db'}: {notes} is a file, not a folder")
    assert notes.read_text() == "my notes on the Saltmere ferry\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_full_device_is_a_clear_error(db):
    for args in (("articles", "--db", db), ("stories", "--db", db, "--json")):
        with open("/dev/full", "w") as full:
            proc = subprocess.run([sys.executable, "-m", "newsloom.cli", *map(str, args)], stdout=full,
                                  stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=300)
        assert proc.returncode == 2, args
        assert proc.stderr == "newsloom: error: <stdout>: No space left on device\n", args


def test_failed_source_is_named_and_others_stored(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = newsloom("ingest", empty, EXAMPLES / "northgate-wire.txt", "--db", tmp_path / "x.db", "--json",
                    check=False)
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr
    assert json.loads(proc.stdout)["new"] == 1


def test_a_source_with_no_articles_is_reported_like_a_missing_one(tmp_path):
    empty = tmp_path / "emptydir"
    empty.mkdir()
    for args in (("run", empty, "--format", "md"), ("ingest", empty, "--db", tmp_path / "x.db"),
                 ("run", tmp_path / "missing", "--format", "json")):
        proc = newsloom(*args, check=False)
        assert proc.returncode == 1, args
        assert proc.stderr in (f"newsloom: {empty}: no articles found\n",
                               f"newsloom: {tmp_path / 'missing'}: no such file or directory\n"), args


def test_an_unnamed_outlet_has_one_name_in_every_format(tmp_path):
    (tmp_path / "quay.txt").write_text("The Saltmere quay reopened to ferries on Monday morning after a week of repairs.\n\n"
                                       "Harbour master Ines Rook said the first ferry left at 7:10.\n")
    brief = json.loads(newsloom("run", tmp_path, "--format", "json").stdout)["briefs"][0]
    assert brief["outlets"] == ["Unknown (quay.txt)"]
    for fmt in ("md", "html"):
        shown = newsloom("run", tmp_path, "--format", fmt).stdout
        assert "Unknown (quay.txt)" in shown and "unnamed outlet" not in shown, fmt


def test_eval_on_bad_input_is_one_clear_line(tmp_path):
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"id": "x1", "text": "The ferry ran late."}\n{"id": 2\n')
    for args in (("cluster", bad), ("reprints", bad), ("brief", bad, bad)):
        proc = newsloom("eval", *args, check=False)
        assert proc.returncode == 2, args
        assert "broken.jsonl:" in proc.stderr and "Traceback" not in proc.stderr  # file and line named
    proc = newsloom("eval", "cluster", tmp_path / "missing.jsonl", check=False)
    assert proc.returncode == 2 and "missing.jsonl: no such file" in proc.stderr


def test_eval_cluster_prints_one_json_object(tmp_path):
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "k1", "story": "ferry", "outlet": "Kessel Gazette", "title": "Ferry runs aground off Kessel Island",
         "published": "2026-02-02", "url": None, "language": "en",
         "text": "The Kessel Island ferry ran aground on a sandbank on Monday; all 80 passengers were taken off safely."},
        {"id": "k2", "story": "ferry", "outlet": "Island Radio", "title": "Kessel ferry aground, passengers safe",
         "published": "2026-02-02", "url": None, "language": "en",
         "text": "All 80 passengers were rescued after the Kessel Island ferry struck a sandbank on Monday, the coastguard said."},
        {"id": "k3", "story": "library", "outlet": "Kessel Gazette", "title": "Library to open on Sundays",
         "published": "2026-02-03", "url": None, "language": "en",
         "text": "The Kessel town library will open on Sundays from April, its director announced on Tuesday."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = json.loads(newsloom("eval", "cluster", corpus).stdout)
    assert out["articles"] == 3 and out["gold_stories"] == 2
    for key in ("pairwise_precision", "pairwise_recall", "pairwise_f1", "bcubed_precision", "bcubed_recall",
                "bcubed_f1", "predicted_stories", "articles_per_second"):
        assert key in out


def test_run_html_is_one_standalone_escaped_page(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("Credited from: Kessel Gazette\n\nHarbour <script>alert(1)</script> reopens\n\n"
                       "The harbour reopened on Monday <img src=x onerror=alert(1)> after the storm, the port said.\n")
    page = newsloom("run", hostile, "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count("<html") == 1
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
