"""Audit 30 #11 and #6: broken input named, not accepted silently; speakers of three more quotation forms.

Every article here is fictional and written for these tests.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsloom.ingest import IngestResult, read_sources
from newsloom.text import quotations

STORY = "The harbour lights in Tallow were switched on on Friday evening, the port authority said.\n\n" \
        "Thousands of people watched from the quay.\n"


def read(*sources: str | Path) -> list[IngestResult]:
    return list(read_sources([str(s) for s in sources], allow_private=True))


def _record(**fields) -> str:
    return json.dumps({"outlet": "Tallow Echo", "title": "Library opens late",
                       "text": "The new Tallow library opened three months late on Friday, the council said.", **fields})


# -- #11 corpus JSONL: a 'published' of the wrong type is an error naming the line and the field; a date
# string that cannot be read leaves the article undated, with a warning naming the line -----------------------

def test_jsonl_published_of_the_wrong_type_or_unreadable_is_named(tmp_path, caplog):
    p = tmp_path / "tallow.jsonl"
    p.write_text("\n".join([
        _record(id="t-1", published="2026-11-20T08:00:00Z"),
        _record(id="t-2", published=12),
        _record(id="t-3", published="20th of Novembr 2026"),
        _record(id="t-4", published="2026-11-20"),
        _record(id="t-5", published=None),
        _record(id="t-6", published="Fri, 20 Nov 2026 09:30:00 +0100"),  # a feed's (RFC 2822) date is read
        _record(id="t-7", published="2026-02-30T08:00:00Z"),  # no such day
    ]) + "\n")
    with caplog.at_level("WARNING", logger="newsloom"):
        results = read(p)
    errors = {r.source: r.error for r in results if r.error}
    assert errors == {f"{p}:2": f"{p}:2: field 'published' should be a string (an ISO 8601 date), found a number"}
    warned = [r.getMessage() for r in caplog.records if r.getMessage().startswith(f"{p}:3:")]
    assert len(warned) == 1 and "'20th of Novembr 2026'" in warned[0] and "stored undated" in warned[0]
    assert any(r.getMessage().startswith(f"{p}:7:") for r in caplog.records)
    # the good records are all kept, dated as given (or undated when the field is null or unreadable)
    assert {r.article.id: r.article.published for r in results if r.article} == {
        "t-1": "2026-11-20T08:00:00Z", "t-3": None, "t-4": "2026-11-20", "t-5": None, "t-6": "2026-11-20T08:30:00Z",
        "t-7": None}


# -- #11 a text file's header block: a broken header line is an error naming the file and line ---------------

@pytest.mark.parametrize("header, line, problem", [
    ("Outlet Tallow Echo\nPublished: 2026-11-20T12:00:00Z\n", 1, "has no ':' after 'Outlet'"),
    ("Outlet: Tallow Echo\nPublished: 20th of Novembr 2026 at noonish\n", 2, "'Published:' date"),
    ("Outlet: Tallow Echo\nDate: 2026-11-3x\n", 2, "'Date:' date"),
    ("Outlet: Tallow Echo\nTitle:\n", 2, "header 'Title:' has no value"),
    ("Outlet: Tallow Echo\n: Harbour lights on\n", 2, "no name before its ':'"),
])
def test_text_file_broken_header_line_is_named(tmp_path, header, line, problem):
    p = tmp_path / "bad_header.txt"
    p.write_text(header + "\n" + STORY)
    r = read(p)
    assert len(r) == 1 and r[0].article is None
    assert r[0].error.startswith(f"{p}: line {line}: ") and problem in r[0].error


def test_text_file_headers_that_are_good_are_all_read(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text("Outlet: Tallow Echo\nPublished: 20 November 2026\nTitle: Harbour lights switched on\n\n" + STORY)
    a = read(p)[0].article
    assert (a.outlet, a.published, a.title) == ("Tallow Echo", "2026-11-20", "Harbour lights switched on")
    assert a.text.startswith("The harbour lights")
    for opening in ("Source of harbour leak found\n\n",  # a headline that opens with a header's name
                    "Date set for harbour vote\nPublished: 2026-11-20\n\n",  # ... even before a header line
                    "Date: to be confirmed by the port authority\n\n"):  # no figure: the story's words
        p.write_text(opening + STORY)
        r = read(p)
        assert len(r) == 1 and r[0].article is not None, r[0].error


def test_posted_text_with_a_broken_header_is_a_422_naming_the_line():
    from starlette.exceptions import HTTPException

    from newsloom.web.app import parse_posted

    with pytest.raises(HTTPException) as e:
        parse_posted(("Outlet Tallow Echo\nPublished: 2026-11-20\n\n" + STORY).encode(), "text/plain", {})
    assert e.value.status_code == 422 and "line 1" in e.value.detail and "Outlet" in e.value.detail


# -- #6 quotation speakers -------------------------------------------------------------------------------

def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotations(text)]


def test_speaker_named_before_an_appositive_with_a_possessive():
    assert speakers('Lia Cort, his spokeswoman, said the singer "denies any wrongdoing".') == [
        ("denies any wrongdoing", "Lia Cort")]
    assert speakers('Ivo Brand, her lawyer, said on Monday that she "will fight the charge in court".') == [
        ("will fight the charge in court", "Ivo Brand")]


def test_second_that_clause_of_one_verb_is_the_same_speakers():
    text = ('Governor Lars Ekholm said inflation was "still far too high" and that the bank '
            '"will do what it takes".')
    assert speakers(text) == [("still far too high", "Lars Ekholm"), ("will do what it takes", "Lars Ekholm")]
    # another verb of saying between them gives the second words to someone else
    other = ('Governor Lars Ekholm said inflation was "still far too high" and that unions had warned '
             '"wages will not keep up".')
    assert speakers(other)[1][1] != "Lars Ekholm"


def test_subject_who_acts_and_said_is_the_speaker():
    text = ('Mayor Hanna Drew ordered checks on all 23 road bridges in the city and said: '
            '"No one will cross a bridge in Pellston that we have not checked."')
    assert speakers(text) == [("No one will cross a bridge in Pellston that we have not checked.", "Hanna Drew")]
    assert speakers('Mayor Hanna Drew ordered checks on all bridges and said the city "will not let anyone '
                    'cross them".') == [("will not let anyone cross them", "Hanna Drew")]
    # another person named on the way may be the one who said it: no speaker guessed
    named = ('Mayor Hanna Drew met Osman Pike at the bridge and said the city "will not let anyone cross it".')
    assert speakers(named)[0][1] is None
