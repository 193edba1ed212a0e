"""Audit 23 #12b and #12f: a contest's label is a phrase of its sentence, never two words glued across those
between them ("aside flood" of "set aside ... for flood defences"); and the timeline holds the story's events,
not a dated sentence about something else ("On Sunday she had baked a cake ..." in a missing hiker's story).
All articles, places, people and outlets are made up."""

import re

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story


def _art(id_: str, outlet: str, text: str, published: str = "2026-03-10") -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


def _brief(*arts: Article):
    return write_brief(Story(id="s1", title="", article_ids=[a.id for a in arts]), list(arts))


def _labels(first: str, second: str) -> list[str]:
    arts = [_art("a/1", "Tollen Post", first), _art("b/1", "Brisk Herald", second)]
    return [c.about for c in find_claims(arts, use_embeddings=False) if c.status == "contested"]


# ---------------------------------------------------------------- #12b: labels that read as phrases

FLOOD = ("The Varn county council has set aside {} million crowns for flood defences along the Ister river, {}.\n\n"
         "Work on the embankments starts in May.")


def test_a_sum_set_aside_is_labelled_by_what_it_is_for():
    d = brief_to_dict(_brief(_art("a/1", "Tollen Post", FLOOD.format(12, "the mayor said")),
                             _art("b/1", "Brisk Herald", FLOOD.format(15, "officials said"))))
    assert [c["about"] for c in d["conflicts"]] == ["the sum set aside for flood defences"]
    assert "aside flood" not in brief_to_markdown(_brief(_art("a/1", "Tollen Post", FLOOD.format(12, "the mayor said")),
                                                         _art("b/1", "Brisk Herald", FLOOD.format(15, "officials said"))))


def test_a_count_that_is_the_subject_is_labelled_by_what_it_did():
    assert _labels("Four died in the explosion at the Merrow chemical plant on Tuesday, the company said.",
                   "Six people died in the explosion at the Merrow chemical plant on Tuesday, firefighters said.") \
        == ["the number who died in the explosion"]
    assert _labels("Four were injured in the blast at the Merrow plant, the company said.",
                   "Six were injured in the blast at the Merrow plant, firefighters said.") \
        == ["the number injured in the blast"]


def test_words_kept_apart_by_others_are_not_glued():
    assert _labels("The Orsk government will spend 40 million crowns on new school buildings in the north, the minister said.",
                   "The Orsk government will spend 55 million crowns on new school buildings in the north, the ministry said.") \
        == ["the sum to spend on new school buildings"]  # (not "spend new")
    assert _labels("The council allocated 2 million crowns to repair the Ostry bridge, the mayor said.",
                   "The council allocated 3 million crowns to repair the Ostry bridge, officials said.") \
        == ["the sum allocated to repair"]  # (not "allocated repair")
    assert _labels("The fire burned across 40 hectares of dry forest near Brenn on Sunday.",
                   "The fire burned across 60 hectares of dry forest near Brenn on Sunday, officials said.") \
        == ["the area of dry forest"]  # (not "across dry")
    # the figure's own phrase between two words leaves a phrase: these labels stay as they were
    for first, second, label in [
        ("Police arrested 12 people after clashes outside the Vell stadium on Saturday, a spokesman said.",
         "Police arrested 15 people after clashes outside the Vell stadium on Saturday, the club said.", "arrested people"),
        ("The fire destroyed 40 hectares of forest near Brenn on Sunday, the fire service said.",
         "The fire destroyed 60 hectares of forest near Brenn on Sunday, officials said.", "destroyed forest"),
        ("Four workers died in the explosion at the Merrow chemical plant on Tuesday, the company said.",
         "Six workers died in the explosion at the Merrow chemical plant on Tuesday, firefighters said.", "workers died"),
    ]:
        assert _labels(first, second) == [label]


# ---------------------------------------------------------------- #12f: the timeline holds the story's events

HIKER_A = ("Rescuers searched the Korrin hills on Monday for Lida Farrow, a 34-year-old hiker who went missing on "
           "Saturday, police said.\n\n"
           "Her car was found at the Eskel trailhead on Sunday.\n\n"
           "On Sunday she had baked a cake for her sister's birthday.\n\n"
           "\"She knows these hills well,\" her brother Tam Farrow said.")
HIKER_B = ("Police and volunteers searched the Korrin hills on Monday for missing hiker Lida Farrow, 34, who was last "
           "seen on Saturday.\n\n"
           "Her car was found at the Eskel trailhead on Sunday, police said.\n\n"
           "A helicopter joined the search on Monday afternoon.")


def test_a_dated_sentence_about_something_else_is_no_row_of_the_timeline():
    rows = brief_to_dict(_brief(_art("a/1", "Tollen Post", HIKER_A), _art("b/1", "Brisk Herald", HIKER_B)))["timeline"]
    texts = [r["statement"] for r in rows]
    assert not any("cake" in t for t in texts), texts
    # the events stay, one outlet's own among them
    assert any(t.startswith("Her car was found") for t in texts), texts
    assert any(t.startswith("A helicopter joined the search") for t in texts), texts
    assert "cake" not in "\n".join(line for line in brief_to_markdown(
        _brief(_art("a/1", "Tollen Post", HIKER_A), _art("b/1", "Brisk Herald", HIKER_B))).splitlines()
        if re.match(r"- \*\*\d{4}-", line))
    # one outlet's dated event, tied to the story by a name alone, stays
    a = _art("a/1", "Tollen Post", "The Pellam harbour board approved the new ferry timetable on Tuesday, harbour "
                                   "master Ida Moss said.\n\nMoss stepped down on Friday after nine years in the post.")
    b = _art("b/1", "Brisk Herald", "The Pellam harbour board approved a new ferry timetable on Tuesday.",
             published="2026-03-11")
    texts = [r["statement"] for r in brief_to_dict(_brief(a, b))["timeline"]]
    assert "Moss stepped down on Friday after nine years in the post." in texts, texts
