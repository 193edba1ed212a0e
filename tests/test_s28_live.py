"""Session 28 (W3): a match's live text (its minutes and labels), and the messages for broken inputs. All articles,
outlets, people and places are made up."""
from __future__ import annotations

from pathlib import Path

from newsloom.clean import clean_text
from newsloom.ingest import read_sources
from newsloom.ingest.files import parse_jsonl_line
from newsloom.pipeline import run
from newsloom.text import numbers, strip_dateline

# ------------------------------------------------------------------ a live text's minute and labels


def test_a_live_entry_keeps_its_minute_and_loses_its_shouted_label():
    text, removed = clean_text("51' GOAL! Roth heads in the equaliser.\n\n70' RED CARD: Karsk is sent off for a late tackle.")
    assert text == "51' Roth heads in the equaliser.\n\n70' Karsk is sent off for a late tackle."
    assert [(r.text, r.reason) for r in removed] == [("GOAL!", "live-text label"), ("RED CARD:", "live-text label")]
    # capitals without a live text's minute before them stay
    for p in ("NATO: Allies met in Brussels on Monday.", "51 people were hurt. POLICE: None of them badly."):
        assert clean_text(p) == (p, [])


def test_a_live_entry_minute_is_that_minute_of_the_match():
    live = numbers("51' Roth heads in the equaliser.")
    report = numbers("Anselm Roth equalised in the 51st minute.")
    assert [(x.value, x.unit) for x in live] == [(report[0].value, report[0].unit)]
    assert [(x.value, x.unit) for x in numbers("90+3' Karsk is booked.")] == [(93.0, report[0].unit)]
    # feet, or a plain count at a sentence's start, is no minute
    assert all(x.unit != report[0].unit for x in numbers("6' 2\" tall, Roth is the tallest."))


def test_a_match_moment_label_is_no_part_of_the_statement():
    for text, rest in (("Kick-off: Referee Ola Brant gets the match started.", "Referee Ola Brant gets the match started."),
                       ("Half-time - Pettow lead 1-0 at the break.", "Pettow lead 1-0 at the break."),
                       ("FT: Corrin Vale 2-1 Pettow Athletic.", "Corrin Vale 2-1 Pettow Athletic.")):
        assert text[strip_dateline(text):] == rest
    assert strip_dateline("Full-time work is scarce in the valley.") == 0
    # a moment's sign-off goes whole, as a clock time's does
    assert clean_text("Full-time: That's all from us today.\n\n17:00 — Police say 14 fans were arrested.")[0] \
        == "17:00 — Police say 14 fans were arrested."


_LIVE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Live: Corrin Vale v Pettow Athletic | Vale Echo</title>
<meta property="og:site_name" content="Vale Echo">
<meta property="article:published_time" content="2026-10-04T17:00:00Z"></head>
<body><article><h1>Live: Corrin Vale v Pettow Athletic</h1>
<p>82' GOAL! Trent turns in Roth's cross. Corrin Vale 2-1 Pettow.</p>
<p>51' GOAL! Roth heads in the equaliser.</p>
<p>23' GOAL! Ivo Karsk fires Pettow ahead.</p>
<p>Kick-off: Referee Ola Brant gets us under way at Millbank Park.</p>
</article></body></html>
"""


def _match(tmp_path: Path) -> Path:
    (tmp_path / "a_dunmere_sport.txt").write_text(
        "Outlet: Dunmere Sport\nPublished: 2026-10-04T18:30:00Z\nTitle: Corrin Vale beat Pettow Athletic 2-1\n\n"
        "Corrin Vale beat Pettow Athletic 2-1 at Millbank Park on Sunday, with Milo Trent scoring the winner in the "
        "82nd minute.\n\nIvo Karsk had given Pettow the lead in the 23rd minute before Anselm Roth equalised for "
        "Corrin Vale in the 51st minute.\n\nThe home side pressed hard after the break.\n", encoding="utf-8")
    (tmp_path / "b_pettow_courier.txt").write_text(
        "Outlet: Pettow Courier\nPublished: 2026-10-04T19:10:00Z\nTitle: Pettow Athletic lose at Corrin Vale\n\n"
        "Pettow Athletic lost 2-1 to Corrin Vale on Sunday.\n\nThe Corrin Vale equaliser came in the 53rd minute "
        "from Anselm Roth.\n\nMilo Trent's 82nd-minute goal won it for the hosts.\n", encoding="utf-8")
    (tmp_path / "c_vale_echo_live.html").write_text(_LIVE, encoding="utf-8")
    return tmp_path


def test_a_live_entry_tells_its_minute_in_the_brief(tmp_path):
    summary, briefs = run(_match(tmp_path))
    assert not summary.failed and len(briefs) == 1, summary.failed
    brief = briefs[0]
    said = [s["statement"] for s in brief["sentences"]]
    # the equaliser's entry keeps its minute, and is no "corroboration" of the 53rd-minute report
    entry = [s for s in brief["sentences"] if "heads in the equaliser" in s["statement"]]
    for s in entry:
        assert s["statement"].startswith("51'"), said
        assert not any("53rd" in x["quote"] for x in s["sources"] + s.get("also_reported_by", [])), s
    # the minute a live text gives sides with the report that gives it
    sides = [(v["value"], [x["outlet"] for x in v["sources"]]) for c in brief["conflicts"] for v in c["variants"]]
    assert any("51" in value and "Vale Echo" in outlets for value, outlets in sides), brief["conflicts"]
    # a "Kick-off:" label is the entry's moment, not its words
    assert not any(x.startswith(("Kick-off", "GOAL")) for x in said), said


# ------------------------------------------------------------------ broken inputs


def test_a_jsonl_line_cut_by_a_line_break_says_so_once():
    problem = str(parse_jsonl_line('{"id": "x1", "outlet": "Pell Radio", "text": "Storm hits.\n'))
    assert "at at" not in problem and "string cut by a line break" in problem and "column" in problem
    problem = str(parse_jsonl_line('{"id": "x1", "text": "Storm hits.'))
    assert "at at" not in problem and problem.startswith("invalid JSON (Unterminated string starting at column")


def test_a_json_document_error_names_its_place_once(tmp_path):
    (tmp_path / "records.json").write_text('[\n  {"id": "x1", "text": "Storm hits.}\n]\n')
    (failure,) = list(read_sources([str(tmp_path / "records.json")]))
    assert failure.error and "at at" not in failure.error and "line 2" in failure.error, failure.error


def test_a_file_of_a_type_newsloom_does_not_read_says_so(tmp_path):
    (tmp_path / "story.txt").write_text("Title: Storm hits Pellow\n\nStorm Ivra hit the coast near Pellow on Saturday, "
                                        "cutting power to 20,000 homes, the grid operator said.\n")
    (tmp_path / "story.txt.out").write_text("<!-- read 1 articles, 1 stories, 0 failed -->\n\n# Storm hits Pellow\n")
    (tmp_path / "story.txt.err").write_text("")
    results = {Path(r.source).name: r for r in read_sources([str(tmp_path)])}
    assert results["story.txt"].ok
    assert "unsupported file type (.out)" in results["story.txt.out"].error, results["story.txt.out"].error
    assert "HTML" not in results["story.txt.out"].error
    assert "file is empty" in results["story.txt.err"].error
