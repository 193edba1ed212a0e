"""A contested figure's variants name each outlet's own words when they only allow the value.

Fictional reports written here.
"""
from newsloom.brief import brief_to_dict, brief_to_html, brief_to_markdown, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story
from newsloom.text import as_written, numbers


def _breach(second: str) -> list[Article]:
    return [
        Article(id="a", outlet="Harbour Courier", published="2026-11-17T09:00:00Z",
                text="The online grocer Pellmart said on Tuesday that the personal details of 2.3 million customers "
                     "had been exposed in a cyber attack.\n\nThe grocer has reset every customer's password."),
        Article(id="b", outlet="Tessaly Wire", published="2026-11-17T10:00:00Z",
                text=f"The online grocer Pellmart said on Tuesday that the personal details of {second} customers "
                     "had been exposed in a cyber attack.\n\nThe grocer has reset every customer's password."),
        Article(id="c", outlet="Kestrel Post", published="2026-11-17T11:00:00Z",
                text="The personal details of 230,000 Pellmart customers were exposed in a cyber attack, the online "
                     "grocer said on Tuesday.\n\nThe grocer has reset every customer's password."),
    ]


def test_a_figure_as_written_keeps_its_hedge():
    text = "It said more than two million customers, and 230,000 staff, were told."
    first, second = numbers(text)
    assert as_written(text, first) == "more than two million"
    assert as_written(text, second) == "230,000"


def test_a_bound_under_a_variant_is_shown_in_its_own_words():
    claims = find_claims(_breach("more than two million"), use_embeddings=False)
    (c,) = [c for c in claims if c.status == "contested"]
    first, other = c.variants
    assert first.value == "2.3 million" and sorted(first.outlets) == ["Harbour Courier", "Tessaly Wire"]
    written = dict(zip((e.outlet for e in first.evidence), first.as_written))
    assert written == {"Harbour Courier": "", "Tessaly Wire": "more than two million"}
    assert other.value == "230,000" and other.as_written == [""]


def test_the_brief_says_which_outlet_gave_only_a_bound():
    brief = write_brief(Story("s", "", ["a", "b", "c"]), _breach("more than two million"))
    (conflict,) = brief_to_dict(brief)["conflicts"]
    first, other = conflict["variants"]
    assert first["as_written"] == {"Tessaly Wire": "more than two million"}
    assert other["as_written"] == {}
    assert "2.3 million: Harbour Courier and Tessaly Wire (“more than two million”) — " in brief_to_markdown(brief)
    assert "<td>Harbour Courier and Tessaly Wire (“more than two million”)</td>" in brief_to_html(brief)


def test_an_outlet_giving_the_value_itself_has_no_words_of_its_own():
    brief = write_brief(Story("s", "", ["a", "b", "c"]), _breach("2.3 million"))
    (conflict,) = brief_to_dict(brief)["conflicts"]
    assert [v["as_written"] for v in conflict["variants"]] == [{}, {}]
    assert "2.3 million: Harbour Courier and Tessaly Wire — " in brief_to_markdown(brief)


def test_the_story_page_shows_an_outlets_own_bound(tmp_path):
    from fastapi.testclient import TestClient

    from newsloom.pipeline import assign_stories
    from newsloom.store import Store
    from newsloom.web import create_app

    arts = _breach("more than two million")
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            for a in arts:
                store.put_article(a)
        (story,) = assign_stories(store, arts)
    page = TestClient(create_app(str(tmp_path / "s.db"))).get(f"/stories/{story}").text
    differ = page[page.index("Where outlets differ"):]
    assert "Harbour Courier, Tessaly Wire (“more than two million”)</div>" in differ
