"""A label line atop a column's body marks it as opinion; a text file's byline names its author (audit 22 #5, #8g).

Text exports keep a section label ("Opinion", "Comment", "Op-Ed") alone on the body's first line, often
above the byline. The cleaner removes it (listed as an "opinion label") and the piece is credited as
"an opinion piece in ..."; an "Analysis" label is removed too but is news analysis, not opinion. The
byline the cleaner removes ("By Ilsa Marrow") gives the article's author, as a page's metadata does.
All articles here are fictional, written for these tests.
"""
from __future__ import annotations

import json

import pytest

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.clean import clean_text
from newsloom.cli import main
from newsloom.crosscheck import is_opinion
from newsloom.ingest import read_sources
from newsloom.records import Story

REPORT = ("Title: Ferry Orla runs aground off Quennick\nOutlet: Tarrow Courier\nPublished: 2026-05-03\n\n"
          "By Ilsa Marrow\n\n"
          "The ferry Orla ran aground off Quennick on Saturday, and all 212 passengers were taken ashore, "
          "the coastguard said.\n\n"
          "Divers will inspect the hull on Monday, the ferry's owner Brisk Lines said.\n")
COLUMN = ("Title: The Orla grounding was a warning nobody heeded\nOutlet: Selby Ledger\nPublished: 2026-05-04\n\n"
          "{label}\n\nBy Kari Vellund\n\n"
          "The harbour board ignored complaints about the Quennick channel buoys for two years.\n\n"
          "The board must now pay for a new pilot boat before the summer crossings begin.\n")
BODY = "The harbour board ignored complaints about the Quennick channel buoys for two years."


def _read(tmp_path, **files: str):
    for name, text in files.items():
        (tmp_path / f"{name}.txt").write_text(text)
    results = list(read_sources([str(tmp_path / f"{n}.txt") for n in files], allow_private=True))
    assert all(r.article for r in results), results
    return {r.article.outlet: r.article for r in results}


@pytest.mark.parametrize("label", ["Opinion", "OPINION", "Opinion:", "Comment", "Commentary", "Editorial",
                                   "Column", "Op-Ed", "Op-ed:", "**Opinion**"])
def test_an_opinion_label_line_is_removed_and_marks_the_piece_as_opinion(tmp_path, label):
    column = _read(tmp_path, column=COLUMN.format(label=label))["Selby Ledger"]
    assert column.text.startswith(BODY)
    assert [(r.text, r.reason) for r in column.removed] == [(label, "opinion label"), ("By Kari Vellund", "byline")]
    assert is_opinion(column)


@pytest.mark.parametrize("label", ["Analysis", "News analysis", "ANALYSIS:"])
def test_an_analysis_label_is_removed_but_is_not_opinion(tmp_path, label):
    piece = _read(tmp_path, column=COLUMN.format(label=label))["Selby Ledger"]
    assert piece.text.startswith(BODY)
    assert (label, "section label") in [(r.text, r.reason) for r in piece.removed]
    assert not is_opinion(piece)


@pytest.mark.parametrize("text", [
    # a sentence that starts with the word is no label
    "Opinion polls show the harbour board losing support in Quennick.\n\n" + BODY,
    "Comment was not available from the harbour board on Sunday.\n\n" + BODY,
    # a label line below the body's first kept paragraph is no label atop the body
    BODY + "\n\nOpinion\n\nThe board must now pay for a new pilot boat.",
])
def test_a_sentence_or_a_line_further_down_is_not_a_label(text):
    kept, removed = clean_text(text)
    assert kept == text and removed == []


def test_the_labelled_column_is_credited_as_opinion_in_the_brief(tmp_path):
    arts = _read(tmp_path, report=REPORT, column=COLUMN.format(label="Opinion"))
    brief = write_brief(Story("s", "", [a.id for a in arts.values()]), list(arts.values()))
    d = brief_to_dict(brief)
    column = arts["Selby Ledger"]
    assert {c["source"]["article_id"]: c["opinion"] for c in d["single_source"]}.get(column.id) is True
    assert "an opinion piece in Selby Ledger: “The harbour board ignored" in brief_to_markdown(d)
    # the report stays news
    assert all(not c["opinion"] for c in d["single_source"] if c["source"]["article_id"] != column.id)


@pytest.mark.parametrize("byline, author", [
    ("By Ilsa Marrow", "Ilsa Marrow"),
    ("by Ilsa Marrow", "Ilsa Marrow"),
    ("By Ilsa Marrow, Transport Correspondent", "Ilsa Marrow"),
    ("By Ilsa Marrow | Tarrow Courier", "Ilsa Marrow"),
    ("By Ilsa Marrow in Quennick", "Ilsa Marrow"),
    ("By Ilsa Marrow and Bo Tennet", "Ilsa Marrow and Bo Tennet"),
])
def test_a_text_files_byline_gives_its_author(tmp_path, byline, author):
    report = _read(tmp_path, report=REPORT.replace("By Ilsa Marrow", byline))["Tarrow Courier"]
    assert ("byline" in [r.reason for r in report.removed]) and report.author == author


def test_an_author_header_wins_over_the_byline(tmp_path):
    text = REPORT.replace("Published: 2026-05-03\n", "Published: 2026-05-03\nAuthor: Pia Sund\n")
    assert _read(tmp_path, report=text)["Tarrow Courier"].author == "Pia Sund"


def test_a_byline_naming_only_the_outlet_names_no_author(tmp_path):
    assert _read(tmp_path, report=REPORT.replace("By Ilsa Marrow", "By Tarrow Courier"))["Tarrow Courier"].author is None


def test_no_byline_no_author(tmp_path):
    assert _read(tmp_path, report=REPORT.replace("By Ilsa Marrow\n\n", ""))["Tarrow Courier"].author is None


def test_article_command_shows_the_bylines_author_and_the_removed_label(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(REPORT)
    (tmp_path / "in" / "column.txt").write_text(COLUMN.format(label="Opinion"))
    db = str(tmp_path / "x.db")
    assert main(["ingest", str(tmp_path / "in"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["articles", "--db", db, "--json"]) == 0
    ids = {a["outlet"]: a["id"] for a in json.loads(capsys.readouterr().out)}
    assert main(["article", ids["Tarrow Courier"], "--db", db]) == 0
    assert "author: Ilsa Marrow" in capsys.readouterr().out
    assert main(["article", ids["Selby Ledger"], "--db", db]) == 0
    out = capsys.readouterr().out
    assert "author: Kari Vellund" in out and "[opinion label] Opinion" in out
    assert not out.split("Removed by the cleaner")[0].split("story:")[-1].lstrip().startswith("Opinion")
