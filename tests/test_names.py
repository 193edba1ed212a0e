"""Outlets that say one thing in the same words but for one name (a town, a person) disagree on that
name: the brief sets the names side by side. All articles fictional."""
from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import _name_slot
from newsloom.records import Article, Story


def _art(id_, outlet, town, extra=""):
    return Article(id=id_, outlet=outlet, published="2026-03-02T12:00:00Z",
                   text=("Health officials have confirmed 14 cases of mumps in the Ostry Valley, the health "
                         f"ministry said on Monday.\n\nThe first case was found in the town of {town}, the "
                         f"ministry said.{extra}"))


def _brief(arts):
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


def test_one_fact_told_with_two_towns_is_contested_on_the_place():
    d = _brief([_art("a", "Varro Courier", "Pellin"),
                _art("b", "Harl Gazette", "Tavvik", "\n\nSchools in the valley stay open.")])
    conflict = next(c for c in d["conflicts"] if c["about"] == "the place")
    assert {v["value"]: v["outlets"] for v in conflict["variants"]} == {"Pellin": ["Varro Courier"],
                                                                         "Tavvik": ["Harl Gazette"]}
    assert all(s["status"] == "contested" for s in d["sentences"] if "first case" in s["statement"])
    # the rest of what both say is still corroborated
    assert any(s["status"] == "corroborated" and "14 cases" in s["statement"] for s in d["sentences"])


def test_two_towns_an_article_names_both_of_are_no_contest():
    d = _brief([_art("a", "Varro Courier", "Pellin", "\n\nA second case was confirmed in Tavvik."),
                _art("b", "Harl Gazette", "Tavvik")])
    assert not d["conflicts"]


def test_a_name_slot_is_only_a_name_in_the_same_words():
    assert _name_slot("The ferry was named after Captain Ilse Brandt by the harbour board.",
                      "The ferry was named after Captain Ilse Marten by the harbour board.") == ("Brandt", "Marten")
    # another day is a date, handled as one; another word is no name; other words differ as well
    assert _name_slot("The ferry was named after Captain Brandt by the board on Monday.",
                      "The ferry was named after Captain Brandt by the board on Tuesday.") is None
    assert _name_slot("The ferry was named after the captain by the harbour board.",
                      "The ferry was named after the skipper by the harbour board.") is None
    assert _name_slot("The ferry was named after Captain Ilse Brandt by the harbour board.",
                      "The boat was named for Captain Ilse Marten by the harbour board.") is None
