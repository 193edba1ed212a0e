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
