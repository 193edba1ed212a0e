"""Audit 24 #18 and #17's leftovers: '"...," the judge said' is the words of the one judge the text named
before; and a party's own press release is shown as the party's statement, not as a news outlet, in the
"Reported by" line, the timeline, the contests and the coverage. All articles, outlets and people are made up."""

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.clean import clean_text
from newsloom.records import Article, Story
from newsloom.text import quotations


def _art(id_: str, outlet: str, text: str, published: str = "2026-03-10T09:00:00Z", title: str = "Report") -> Article:
    # (cleaned as ingest cleans it: a release's header and footer are removed and recorded)
    clean, removed = clean_text(text, outlet)
    return Article(id=id_, outlet=outlet, title=title, text=clean, published=published, removed=removed)


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotations(text)}


# ------------------------------------------------------------------ #18: "the judge said"

COURT = ("Dorian Vasquel, the former treasurer of a housing charity, was jailed on Tuesday for six years.\n\n"
         "Judge Miriam Oakes told Calderbrook Crown Court that Vasquel had abused a position of trust for four years.\n\n"
         "\"You treated a charity for homeless families as your private bank,\" the judge said.\n\n")


def test_the_judge_said_is_the_judge_named_before():
    assert _speakers(COURT)["You treated a charity for homeless families as your private bank,"] == "Miriam Oakes"


def test_a_role_stands_for_the_one_person_named_with_it_before_or_after_the_name():
    text = ("Ana Pell, the health minister, opened a clinic in Brel on Monday. Tomas Lind, the town's mayor, was absent.\n\n"
            "The minister said: \"We will open three more clinics this year.\"\n\n"
            "\"We have no money to staff them,\" the mayor said.\n\n"
            "Pellam Rovers coach Ida Moss watched from the stands. \"It was a good day for the town,\" the coach said.")
    said = _speakers(text)
    assert said["We will open three more clinics this year."] == "Ana Pell"
    assert said["We have no money to staff them,"] == "Tomas Lind"
    assert said["It was a good day for the town,"] == "Ida Moss"
    # (a friend of the mayor is no mayor)
    friend = ("Tom Hale, a friend of the mayor, spoke first. Mayor Ida Moss of Brel spoke later.\n\n"
              "\"We have no money for the bridge,\" the mayor said.")
    assert _speakers(friend)["We have no money for the bridge,"] == "Ida Moss"
    # a role two people hold, or no one, or a body's, names no speaker
    two = ("Mayor Tomas Lind of Brel and Mayor Ida Moss of Pellam met on Monday.\n\n"
           "\"We have no money for the bridge,\" the mayor said.")
    assert _speakers(two)["We have no money for the bridge,"] is None
    none = ("Tomas Lind spoke first.\n\n\"We have no money for the bridge,\" the minister said.")
    assert _speakers(none)["We have no money for the bridge,"] is None
    body = ("Pellam Rovers, the club, lost on Saturday.\n\n\"We will appeal against the red card,\" the club said.")
    assert _speakers(body)["We will appeal against the red card,"] is None


def test_the_judges_words_are_under_her_name_in_quotes_by_speaker():
    d = brief_to_dict(write_brief(Story(id="s1", title="", article_ids=["t/1"]), [_art("t/1", "Tessel Wire", COURT)]))
    quotes = {q["speaker"]: [x["quote"] for x in q["quotes"]] for q in d["quotes"]}
    assert "You treated a charity for homeless families as your private bank," in quotes.get("Miriam Oakes", []), quotes


# ------------------------------------------------------------------ #17: a party's release outside the body

RELEASE = ("FOR IMMEDIATE RELEASE\n\n"
           "Quillnet today announced that the router fault that cut internet access for about 20,000 customers on "
           "Monday, March 9, has been fixed.\n\n"
           "Quillnet will credit every affected customer with one month of free service on Friday, March 13.\n\n"
           "About Quillnet: Quillnet Ltd provides broadband to 400,000 homes in the Tarn valley.\n\n"
           "Media contact: press@quillnet.example\n\n###")
BRISK = ("The router fault that cut internet access for about 35,000 Quillnet customers on Monday, March 9, has been "
         "fixed, engineers said.\n\nThe outage hit homes across the Tarn valley for nine hours, and several schools "
         "sent pupils home.")
TARN = ("A router fault cut internet access for about 35,000 Quillnet customers on Monday, March 9, engineers said.\n\n"
        "The outage hit homes across the Tarn valley for nine hours, the engineers said.")


def _release_story():
    arts = [_art("n/1", "Brisk Weekly", BRISK), _art("n/2", "Tarn Courier", TARN, published="2026-03-10T11:00:00Z"),
            _art("p/1", "Quillnet Newsroom", RELEASE, published="2026-03-10T08:00:00Z")]
    return write_brief(Story(id="s1", title="", article_ids=[a.id for a in arts]), arts)


def test_a_release_is_the_partys_statement_in_contests_and_timeline():
    d = brief_to_dict(_release_story())
    sides = [o for c in d["conflicts"] for v in c["variants"] for o in v["outlets"]]
    assert "a statement by Quillnet" in sides and "Quillnet Newsroom" not in sides, d["conflicts"]
    rows = [o for x in d["timeline"] for o in x["outlets"]]
    assert "a statement by Quillnet" in rows and "Quillnet Newsroom" not in rows, d["timeline"]


def test_a_release_is_marked_in_coverage_and_named_as_a_statement_in_reported_by():
    b = _release_story()
    d = brief_to_dict(b)
    row = next(g for g in d["coverage"] if g["outlet"] == "Quillnet Newsroom")
    assert row["press_release"] == "Quillnet", row
    assert all(g.get("press_release") is None for g in d["coverage"] if g is not row)
    md = brief_to_markdown(b)
    assert "*Reported by Brisk Weekly, Tarn Courier and a statement by Quillnet.*" in md, md
    assert "| a statement by Quillnet (Quillnet Newsroom) |" in md, md
