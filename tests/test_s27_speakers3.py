"""Session 27, two speaker leftovers: a tag whose speaker is of a body with "of" in its name ('Professor Ana
Reyes of the University of Kalmere said'), and a subject that is a role, not a name ('The chief justice also
asked ...'), whom a later "he" stands for. All articles, outlets and people are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story
from newsloom.text import previous_subject, quotations, subject_person


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotations(text)}


# ------------------------------------------------------------------ a long body name after the person's

def test_speaker_of_a_university_named_with_of():
    text = ('"We were surprised by how large the effect was," Professor Ana Reyes of the University of Kalmere '
            "said.")
    assert _speakers(text) == {"We were surprised by how large the effect was,": "Professor Ana Reyes"}
    # (one described, not named, is still so described)
    text = ('"We were surprised by how large the effect was," a senior researcher at the Institute of Marine '
            "Science said.")
    assert list(_speakers(text).values()) == ["a senior researcher at the Institute of Marine Science"]


# ------------------------------------------------------------------ a role as the subject

HEARING = ("Chief Justice Ida Marlow opened the hearing on the Brantley Stores case on Monday.\n\n"
           "Mr. Vesk said the company kept no records of its pay decisions.\n\n")
ASKED = "The chief justice also asked Mr. Vesk a question about the stores. "


def test_role_subject_is_the_person_named_with_the_role():
    assert subject_person(ASKED, "he", HEARING) == "Ida Marlow"
    assert previous_subject(HEARING + ASKED, "he") == "Ida Marlow"
    # no one when the text named no holder of the role, or the subject is "a justice"; a name set off wins
    assert subject_person(ASKED, "he", "Mr. Vesk spoke first. ") is None
    assert previous_subject("Mr. Vesk spoke first. " + ASKED, "he") is None
    assert subject_person("The chief justice, Ida Marlow, asked Mr. Vesk a question.", "he", "") == "Ida Marlow"
    assert subject_person("A justice asked Mr. Vesk a question.", "he", HEARING) is None


def test_quotation_after_role_subject_is_the_role_holders():
    text = HEARING + ASKED + '"You are going to have some bad apples in any company," he said.'
    assert _speakers(text)["You are going to have some bad apples in any company,"] == "Ida Marlow"


def test_brief_attribution_of_he_said_after_a_role_subject():
    art = Article(id="a", outlet="Pellam Ledger", published="2026-11-20T10:00:00Z", title="Justices weigh pay case",
                  text=HEARING + ASKED + 'After all, he said, "you are going to have some bad apples" in any company.')
    d = brief_to_dict(write_brief(Story("s", "", ["a"]), [art]))
    found = [e for e in d["single_source"] if "bad apples" in e["source"]["quote"]]
    assert found and all(e["attribution"] in (None, "Ida Marlow") for e in found)
