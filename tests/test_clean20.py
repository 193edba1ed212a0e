"""Editorial notes, live-blog entry times and link lists (audit 20 #3, #13, #14).

An outlet's note on its own earlier text ("Correction: ...") is no statement about the event: the cleaner
removes the whole paragraph, listed with its reason. A live blog's "14:05 — " is cut from the statement
like a dateline. A "Read more:" block takes its list of other articles' headlines with it.
All articles here are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from newsloom.clean import clean_text
from newsloom.crosscheck import find_claims
from newsloom.ingest import read_sources
from newsloom.records import Article
from newsloom.text import strip_dateline

LEAD = "The Brantholm tram line reopened on Wednesday after three weeks of track repairs, the operator said."
TAIL = "Passengers on the first tram were given free coffee, according to the depot manager Ilse Varga."


# ------------------------------------------------------------------------------------ editorial notes

@pytest.mark.parametrize("note", [
    "Correction: an earlier version of this article misstated the length of the closure as five weeks. "
    "The correct figure is three weeks.",
    "Corrections: the depot is in Lower Brantholm, not Upper Brantholm as we said. The operator confirmed this.",
    "CORRECTION (14 March): An earlier version gave the fare as 3 crowns. It is 2 crowns.",
    "Clarification: the repairs were paid for by the regional council, not the operator.",
    "Editor's note: this report has been updated with comment from the operator.",
    "Correction \u2014 the tram line's name was misspelt in an earlier version.",
    "An earlier version of this story said the line had been closed for a month. It was closed for three weeks.",
    "A previous version of this report gave the wrong date for the reopening.",
    "This article was amended on 12 March 2026 to correct the name of the depot manager.",
])
def test_an_editorial_note_paragraph_is_removed_whole_with_its_reason(note):
    text, removed = clean_text(f"{LEAD}\n\n{TAIL}\n\n{note}")
    assert text == f"{LEAD}\n\n{TAIL}"
    assert [(r.text, r.reason) for r in removed] == [(note, "editorial note")]


@pytest.mark.parametrize("label", ["Correction:", "Correction: March 3, 2026", "Clarification: 3 March 2026"])
def test_a_bare_correction_heading_takes_the_note_under_it(label):
    note = ("Because of an editing error, the tram line was said to be 41 kilometres long. "
            "It is 14 kilometres long.")
    text, removed = clean_text(f"{LEAD}\n\n{TAIL}\n\n{label}\n\n{note}")
    assert text == f"{LEAD}\n\n{TAIL}"
    assert [(r.text, r.reason) for r in removed] == [(label, "editorial note"), (note, "editorial note")]


def test_a_heading_without_its_colon_takes_nothing_with_it():
    # "Corrections" alone may be a menu's link: the paragraph after it is the article's
    text, removed = clean_text(f"Corrections\n\n{LEAD}\n\n{TAIL}")
    assert text == f"{LEAD}\n\n{TAIL}"


@pytest.mark.parametrize("sentence", [
    "The correction in Brantholm share prices wiped 4% off the tram operator's value on Tuesday.",
    "Correction officers said the inmate was moved to the Varga wing on Monday.",
    "Corrections Minister Oda Lint said the prison would reopen in May.",
    "A clarification from the regional council is expected on Friday, officials said.",
    "The operator said an earlier version of this timetable had been withdrawn.",
])
def test_a_sentence_that_merely_mentions_a_correction_stays(sentence):
    text, removed = clean_text(f"{LEAD}\n\n{sentence}\n\n{TAIL}")
    assert text == f"{LEAD}\n\n{sentence}\n\n{TAIL}"
    assert removed == []


def _read(tmp_path, files: dict[str, str]) -> list[Article]:
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    results = list(read_sources([str(tmp_path)], allow_private=True))
    assert all(r.ok for r in results), [r.error for r in results]
    return [r.article for r in results]


def test_a_correction_note_is_neither_a_statement_nor_a_claim(tmp_path):
    articles = _read(tmp_path, {
        "a.txt": "Title: Harnvik water rates to rise\nOutlet: Pellow Star\nPublished: 2026-03-10T09:00:00Z\n\n"
                 "Harnvik council voted on Monday to raise water rates by 3% from June.\n\n"
                 "Council leader Mads Orrel said the rise would pay for new pipes.\n\n"
                 "Correction: an earlier version of this article misstated the rise as 8%. The correct figure is 3%.\n",
        "b.txt": "Title: Harnvik approves water rate rise\nOutlet: Tolle Courier\nPublished: 2026-03-10T11:00:00Z\n\n"
                 "Councillors in Harnvik approved a 3% rise in water rates on Monday.\n\n"
                 "The rise will take effect in June, the council said.\n",
    })
    pellow = next(a for a in articles if a.outlet == "Pellow Star")
    assert "Correction" not in pellow.text and "correct figure" not in pellow.text
    assert [(r.reason, r.text[:11]) for r in pellow.removed] == [("editorial note", "Correction:")]
    quotes = [e.quote for c in find_claims(articles) for e in c.evidence]
    assert quotes and not any("orrect" in q or "8%" in q for q in quotes)


# ------------------------------------------------------------------------------- live-blog entry times

@pytest.mark.parametrize("sentence,cut", [
    ("14:05 \u2014 The Harnvik board approves the ferry timetable.", "14:05 \u2014 "),
    ("09:10 - Police say two people were hurt in Tolle.", "09:10 - "),
    ("12:40: The number of injured has risen to five.", "12:40: "),
    ("9.10am \u2013 Crews reach the Tolle bridge.", "9.10am \u2013 "),
    ("4.15 p.m. \u2014 The ferry leaves Harnvik.", "4.15 p.m. \u2014 "),
    ("16:55 GMT: Ferries are cancelled until Friday.", "16:55 GMT: "),
    ("7:05\u2014Police close the coast road.", "7:05\u2014"),
])
def test_a_live_blog_entry_time_is_cut_like_a_dateline(sentence, cut):
    assert strip_dateline(sentence) == len(cut)


@pytest.mark.parametrize("sentence", [
    "14-5 was the final score in Harnvik on Saturday.",   # a score, no clock time
    "At 14:05 \u2014 officials said \u2014 the board approved it.",  # a time inside the sentence
    "14:05 was the time the alarm sounded, police said.",  # a time with no dash or colon after it
    "3.5 - the rate the bank set on Monday - stays.",     # a figure, not a time
    "25:10 \u2014 The board met.",                        # no such hour
    "2.5% - the rise in rates - was approved.",
])
def test_a_figure_or_a_time_inside_a_sentence_is_not_cut(sentence):
    assert strip_dateline(sentence) == 0


def test_a_live_blog_statement_and_its_quote_begin_after_the_time():
    text = ("14:05 \u2014 The Harnvik Ferry Board approves the new winter timetable.\n\n"
            "14:30 \u2014 The operator says the first winter ferry will sail in December.")
    articles = [
        Article(id="live", outlet="Pellow Star", title="Live: Harnvik ferry board decides", text=text,
                published="2026-03-10T16:00:00Z"),
        Article(id="b", outlet="Tolle Courier", title="Winter timetable approved",
                text="The Harnvik Ferry Board approved the new winter timetable on Tuesday.\n\n"
                     "The first winter ferry will sail in December, its operator said.",
                published="2026-03-10T17:00:00Z"),
    ]
    evidence = [e for c in find_claims(articles) for e in c.evidence if e.article_id == "live"]
    assert len(evidence) == 2
    for e in evidence:
        assert e.quote[:1].isalpha() and ":" not in e.quote[:6], e.quote
        assert text[e.start:e.end] == e.quote  # still a verbatim span of the clean text


# ----------------------------------------------------------------------------------------- link lists

def test_a_read_more_block_takes_its_list_of_headlines_with_it():
    block = ["Read more:", "- Brantholm depot to get new trams", "\u2022 Who is Ilse Varga?",
             "* Tram fares: what changes in April"]
    text, removed = clean_text("\n\n".join([LEAD, *block, TAIL]))
    assert text == f"{LEAD}\n\n{TAIL}"
    assert [(r.text, r.reason) for r in removed] == [(b, "link to another article") for b in block]


def test_the_link_block_ends_at_the_first_line_that_is_no_headline_item():
    facts = "- The line carries 30,000 passengers a day, the operator said."  # a full stop: a fact, not a link
    text, removed = clean_text("\n\n".join([LEAD, "Related:", "- Brantholm depot to get new trams", facts,
                                            "- Tram fares rise in April", TAIL]))
    assert text == "\n\n".join([LEAD, facts, "- Tram fares rise in April", TAIL])
    assert [r.text for r in removed] == ["Related:", "- Brantholm depot to get new trams"]


def test_a_bullet_list_with_no_read_more_line_stays():
    body = "\n\n".join([LEAD, "Key points", "- Line reopened Wednesday", "- Repairs took three weeks", TAIL])
    text, removed = clean_text(body)
    assert "- Line reopened Wednesday" in text and "- Repairs took three weeks" in text
    assert all(r.reason != "link to another article" for r in removed)


# ------------------------------------------------------------------------------------ bounded patterns

def test_patterns_answer_on_long_adversarial_input():
    # (a pattern with nested unbounded repetition would not return on these)
    long_time = "14:05" + " " * 200_000 + "x"
    assert strip_dateline(long_time) == 0
    long_item = "- " + "a " * 100_000
    text, removed = clean_text(f"Read more:\n\n{long_item}\n\n{LEAD}")
    assert LEAD in text
    note = "Correction (" + "(" * 200_000
    text, removed = clean_text(f"{LEAD}\n\n{note}")
    assert LEAD in text
