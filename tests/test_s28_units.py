"""Rain and snow in centimetres, millimetres and inches are one measure (session 28), and the single-source list
names the outlet whose words it quotes. Fictional articles."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Claim, Evidence, Story
from newsloom.text import numbers


def test_centimetres_millimetres_and_inches_are_lengths():
    cm, mm, inches = (numbers(t)[0] for t in ("18.2 cm of rain", "182 millimetres of rain", "7.2 inches of rain"))
    assert cm.unit == mm.unit == inches.unit == "length"
    assert abs(cm.value - mm.value) < 1e-9
    assert abs(inches.value - 0.18288) < 1e-9
    # (a figure with no unit after it stays a count: "12 in the morning" is no length)
    assert numbers("12 in the morning")[0].unit == ""


def test_one_rainfall_in_two_units_is_no_contest():
    arts = [
        Article(id="a", outlet="Harl Wire", published="2026-03-07T10:00:00Z",
                text="The weather office said 18.2 cm of rain fell in Ostby in 24 hours, flooding the harbour road."),
        Article(id="b", outlet="Sennet Radio", published="2026-03-07T12:00:00Z",
                text="The weather office said 182 mm of rain had fallen in Ostby in 24 hours, flooding the harbour road."),
    ]
    claims = find_claims(arts, use_embeddings=False)
    assert not [c for c in claims if c.status == "contested"], [(c.about, c.text) for c in claims]
    assert any(c.status == "corroborated" for c in claims), [(c.status, c.text) for c in claims]


def test_the_single_source_entry_names_the_outlet_it_quotes():
    # a claim whose outlets list the party of a release first, told in the words of the outlet's report
    text = "The Orla Weather Agency said the storm could bring winds of up to 140 km/h to the coast."
    arts = [Article(id="r", outlet="Orla Weather Agency", text="Winds of up to 140 km/h are possible on the coast.",
                    published="2026-03-06T08:00:00Z"),
            Article(id="g", outlet="Brisk Gazette", text=text, published="2026-03-06T09:00:00Z")]
    claim = Claim("c1", text, [Evidence("g", "Brisk Gazette", text, 0, len(text), "the Orla Weather Agency")],
                  ["Orla Weather Agency", "Brisk Gazette"], "single-source", "the Orla Weather Agency")
    brief = brief_to_dict(write_brief(Story("s1", "", ["r", "g"]), arts, claims=[claim]))
    entry = brief["single_source"][0]
    assert entry["outlet"] == entry["source"]["outlet"] == "Brisk Gazette"
