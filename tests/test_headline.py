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


def test_the_headline_is_the_title_behind_what_outlets_agree_on_not_a_follow_ups():
    # a follow-up whose details no other outlet gives has the most claims; its title is not the story's
    crash = ("A cargo plane of Brisa Freight came down in a field outside Vellmar on Friday, killing both "
             "pilots, the aviation board said.")
    arts = [
        Article(id="a", outlet="Vellmar Post", title="Cargo plane crashes outside Vellmar, killing both pilots",
                text=crash + "\n\nThe cause is not yet known, the board said.", published="2026-04-03"),
        Article(id="b", outlet="Orrin Courier", title="Brisa Freight plane down near Vellmar",
                text="Both pilots died when a Brisa Freight cargo plane came down in a field outside Vellmar on "
                     "Friday, the aviation board said.", published="2026-04-03"),
        Article(id="c", outlet="Tallow Times", title="Flight recorder recovered at Vellmar crash site",
                text="Investigators recovered the flight recorder on Saturday, the aviation board said.\n\n"
                     "The second recorder has not been found yet.\n\n"
                     "The company said the plane had been serviced in January.\n\n"
                     "A first report is due within 30 days, the board said.", published="2026-04-04"),
    ]
    brief = write_brief(Story("s", "", ["a", "b", "c"]), arts)
    assert brief.sentences[0].status == "corroborated"
    assert brief.headline == "Cargo plane crashes outside Vellmar, killing both pilots"
