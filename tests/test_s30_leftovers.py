"""Session 30 (audit leftovers): a note of a later value is about a count the shown sentence states itself; a
"today" inside quoted words dates no timeline row; a live page's sign-off is the page's own words, not news; a
contest is labelled in the words of the side most outlets give. All articles, outlets, people and places are
made up."""

from newsloom.brief import _mark_updated
from newsloom.clean import clean_text
from newsloom.crosscheck import find_claims, find_updates
from newsloom.records import Article, BriefSentence, Source


def _art(id_: str, outlet: str, text: str, published: str, title: str = "Report") -> Article:
    return Article(id=id_, outlet=outlet, title=title, text=text, published=published)


def _source(a: Article, words: str) -> Source:
    i = a.text.index(words)
    return Source(a.id, a.outlet, words, i, i + len(words))


def test_a_note_of_a_later_value_is_of_a_count_the_shown_sentence_states():
    wire = _art("tw/1", "Tarn Wire", "A wildfire in the hills above Ostra had burned 12,000 acres by Monday evening and "
                "was 10% contained, the county fire service said.", "2026-08-03T18:00:00Z")
    herald = _art("bh/1", "Brenna Herald", "A wildfire near Ostra in Kell County has burned about 4,860 hectares, "
                  "officials said on Monday.", "2026-08-03T21:15:00Z")
    later = _art("tw/2", "Tarn Wire", "Firefighters had the Ostra wildfire 35% contained on Wednesday as winds eased, the "
                 "county fire service said.\n\nThe fire had burned 14,500 acres by Wednesday, the service said.",
                 "2026-08-05T17:30:00Z")
    arts = [wire, herald, later]
    updates = find_updates(find_claims(arts), arts)
    assert {u.about for u in updates} == {"area burned", "containment"}
    groups = {a.id: a.outlet for a in arts}

    def notes(shown: Source, also: Source) -> set[str]:
        s = BriefSentence(shown.quote, shown.quote, "", "corroborated", [shown], "c", also_reported_by=[also])
        [marked] = _mark_updated([s], updates, groups)
        return {u["about"] for u in marked.updated}

    # the area the herald's sentence gives was updated; its containment, which only the wire's backing report
    # gives, is no figure of it
    assert notes(_source(herald, herald.text), _source(wire, wire.text)) == {"area burned"}
    # the wire's sentence gives both
    assert notes(_source(wire, wire.text), _source(herald, herald.text)) == {"area burned", "containment"}
    # a shown sentence that states the area in other words than the update's reports still gets its note
    other = _art("bh/2", "Brenna Herald", "The blaze near Ostra has burned about 4,860 hectares.", "2026-08-03T22:00:00Z")
    assert notes(_source(other, other.text), _source(wire, wire.text)) == {"area burned"}


def test_a_live_pages_sign_off_is_no_news():
    for page, news, off in [
        ("FT: Harrowby 2 Lennet 1. That's it from Marlow Park.", "FT: Harrowby 2 Lennet 1.", "That's it from Marlow Park."),
        ("FT: Harrowby 2 Lennet 1. That's all from me tonight.", "FT: Harrowby 2 Lennet 1.", "That's all from me tonight."),
        ("22:10 - We'll be back with reaction from the ground. Harrowby go top of the league.",
         "22:10 - Harrowby go top of the league.", "We'll be back with reaction from the ground."),
        # (a clock's "a.m." ends no sentence)
        ("23:00 - We'll be back at 7 a.m. with the latest from the quay. Two ferries are still moored.",
         "23:00 - Two ferries are still moored.", "We'll be back at 7 a.m. with the latest from the quay."),
        ("Two ferries are still moored. We'll be back at 6 a.m.", "Two ferries are still moored.", "We'll be back at 6 a.m."),
    ]:
        text, removed = clean_text(page)
        assert text == news
        assert [r.text for r in removed] == [off]
    # quoted words and reported speech stay
    for kept in ["The coach said: \"That's it from Marlow Park.\"",
                 "\"That's all from Marlow Park,\" the groundsman said.",
                 "\"We'll be back with a stronger side,\" the coach said.",
                 "Ferry crews will be back at 6 a.m., the harbour master said."]:
        assert clean_text(kept) == (kept, [])


def test_a_contest_is_labelled_in_the_words_of_the_side_most_outlets_give():
    arts = [
        _art("cw/1", "Corva Wire", "Gunmen stormed the Amber Hotel in the port city of Tessa on Sunday night and took at "
             "least 30 guests hostage, officials said.\n\nThe interior ministry said security forces killed 14 attackers "
             "during an operation to free the hostages early on Monday.\n\nThe Northern Front, a rebel group, denied that "
             "any of its fighters had been killed.", "2026-11-23T09:10:00Z"),
        _art("oh/1", "Ostby Herald", "The government declared victory on Monday after a night-long siege at a hotel in "
             "Tessa, saying 14 attackers were dead and every hostage was safe.\n\nState television reported that all the "
             "hostages had been freed unharmed.", "2026-11-23T10:00:00Z"),
        _art("mt/1", "Mirren Times", "The Northern Front said on Monday that only two of its fighters died in the siege of "
             "the Amber Hotel, rejecting the government's figure of 14.\n\nThe government has not said whether any "
             "soldiers were killed.", "2026-11-23T13:30:00Z"),
        _art("pr/1", "Pello Radio", "Security forces ended a hostage siege at the Amber Hotel in Tessa on Monday morning."
             "\n\nThe army said 12 attackers were killed, a lower figure than the 14 given earlier by the interior "
             "ministry.\n\nThe rebel Northern Front said it lost two fighters.", "2026-11-23T15:00:00Z"),
        _art("kn/1", "Kessa News", "Interior minister Pavel Doru said security forces had killed 14 attackers and that no "
             "soldiers had been killed.", "2026-11-24T08:00:00Z"),
    ]
    c = next(c for c in find_claims(arts) if c.status == "contested")
    assert [v.value for v in c.variants][:2] == ["14", "2"]
    # the 14 most outlets give is of attackers killed: not the rebels' own "two of its fighters died"
    assert "attackers" in c.about
    assert "died" not in c.about and "fighters" not in c.about
