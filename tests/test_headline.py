"""The headline of a story whose articles carry no title."""
from newsloom.brief import write_brief
from newsloom.records import Article, Story


def test_an_untitled_story_is_not_headlined_by_a_photo_caption_or_an_aside():
    caption = "Mayor Ida Moss addresses the crowd as she opened the rebuilt north pier of Saltmere on Monday. "
    aside = "At one point, the mayor said the rebuilt north pier of Saltmere had cost 40 million crowns. "
    fact = "Ferries to Kestrel Bay will sail from Saltmere again from Tuesday, the harbour board announced."
    arts = [Article(id="a", outlet="Gullwing Wire", text=caption + aside + fact),
            Article(id="b", outlet="Harbour Radio", text=caption + aside + fact)]
    brief = write_brief(Story("s", "", ["a", "b"]), arts)
    assert brief.headline == "Ferries to Kestrel Bay will sail from Saltmere again from Tuesday, the harbour board announced"
    arts = [Article(id="a", outlet="Gullwing Wire", text=aside + fact), Article(id="b", outlet="Harbour Radio", text=aside + fact)]
    brief = write_brief(Story("s", "", ["a", "b"]), arts)
    assert brief.headline == "Ferries to Kestrel Bay will sail from Saltmere again from Tuesday, the harbour board announced"


def test_a_headline_statement_ends_with_its_source_not_the_circumstance_after_it():
    text = ("The number of people moved from the Brisk valley has risen to 4,200, the flood office said on "
            "Thursday, as the river Orm kept rising.")
    arts = [Article(id="a", outlet="Gullwing Wire", text=text, title="Brisk valley: 4,200 moved as the Orm rises")]
    brief = write_brief(Story("s", "", ["a"]), arts)
    # the title states as fact a figure only the flood office gives, so a statement heads the story
    assert brief.headline == ("The number of people moved from the Brisk valley has risen to 4,200, "
                              "the flood office said on Thursday")
    # a clause that is not after a source stays
    text = "Ferries to Kestrel Bay stopped on Monday as the storm reached the coast, the harbour board said."
    arts = [Article(id="a", outlet="Gullwing Wire", text=text), Article(id="b", outlet="Harbour Radio", text=text)]
    assert write_brief(Story("s", "", ["a", "b"]), arts).headline == text[:-1]
