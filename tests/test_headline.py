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


def test_a_title_with_a_vague_amount_of_a_disputed_size_is_no_headline():
    a = Article(id="a", outlet="Gullwing Wire", title="Tens of thousands march in Saltmere over pier sale",
                published="2026-05-02T18:00:00Z",
                text="Police put the crowd at about 14,000 at the march against the pier sale in Saltmere on Saturday. "
                     "The harbour board plans to sell the north pier to a hotel group. "
                     "The council will vote on the sale in June.")
    b = Article(id="b", outlet="Harbour Radio", title="Saltmere pier march: 9 arrested",
                published="2026-05-02T19:00:00Z",
                text="Organisers said 60,000 people joined the march against the pier sale in Saltmere on Saturday. "
                     "Police arrested 9 people, police said.")
    brief = write_brief(Story("s", "", ["a", "b"]), [a, b])
    assert any(c["about"] for c in brief.conflicts)  # the crowd is disputed: 14,000 / 60,000
    assert brief.headline == "Saltmere pier march: 9 arrested"
