"""Session 29 (A): a third side in a contest ("12 killed, a lower figure than the 14 given by the ministry" beside
"only two died, rejecting the government's figure of 14"), and a forecast told by two outlets ("below the $1.3bn
analysts had expected" backs "Analysts had expected revenue of $1.3 billion", one way). All articles, outlets,
people and places are made up."""

import pytest

from claims_helpers import brief_of as _brief, variant_values as _values
from newsloom.brief import brief_to_markdown, write_brief
from newsloom.records import Article, Story


def _sentences(d: dict) -> list[dict]:
    return [d["lead"]] + d["sentences"]


MINISTRY = ("Security forces ended a siege at the Orlan Hotel in the port of Tessaly on Monday.\n\n"
            "The defence ministry said troops killed 14 gunmen during the operation to free the guests on Monday.")
REBELS = ("The Sarn Front said on Monday that only two of its fighters died in the siege at the Orlan Hotel, "
          "rejecting the government's figure of 14.")
ARMY = ("The siege at the Orlan Hotel in Tessaly ended on Monday morning.\n\n"
        "The army said 12 gunmen were killed, a lower figure than the 14 given earlier by the defence ministry.\n\n"
        "A police spokesman said 30 guests were freed, more than the 14 given earlier by the defence ministry.")


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 1, 0)])
def test_a_third_figure_set_against_one_side_is_a_third_side(order):
    items = [("Brand Wire", MINISTRY, "2026-11-23T09:00:00Z"), ("Vey Times", REBELS, "2026-11-23T13:00:00Z"),
             ("Osk Radio", ARMY, "2026-11-23T15:00:00Z")]
    d = _brief(*[items[k] for k in order])
    found = [c for c in d["conflicts"] if {"2", "14"} <= set(_values(c)) or {"12", "14"} <= set(_values(c))]
    assert len(found) == 1, [(c["about"], _values(c)) for c in d["conflicts"]]
    # (the freed guests count another thing: no side, though their sentence sets 30 against the same 14)
    assert set(_values(found[0])) == {"2", "12", "14"}, _values(found[0])
    twelve = next(v for v in found[0]["variants"] if v["value"] == "12")
    assert twelve["outlets"] == ["Osk Radio"] and twelve["attributions"] == ["The army"], twelve
    assert _values(found[0])["2"] == ["Vey Times"]
    assert "Brand Wire" in _values(found[0])["14"]
    # (the army's sentence is that side's words, no bare single-source line)
    army = [s for s in _sentences(d) if s["text"].startswith("The army said 12")]
    assert all(s["status"] == "contested" for s in army), army
    assert not any(e["statement"].startswith("The army said 12") for e in d["single_source"]), d["single_source"]


def test_three_sides_in_markdown():
    arts = [Article(id=f"a{k}", outlet=outlet, title="Siege ends at Tessaly hotel", text=text, published=when)
            for k, (outlet, text, when) in enumerate([("Brand Wire", MINISTRY, "2026-11-23T09:00:00Z"),
                                                       ("Vey Times", REBELS, "2026-11-23T13:00:00Z"),
                                                       ("Osk Radio", ARMY, "2026-11-23T15:00:00Z")])]
    md = brief_to_markdown(write_brief(Story("s", "", [a.id for a in arts]), arts))
    section = md.split("## Where outlets differ")[1].split("\n## ")[0]
    sides = [line for line in section.splitlines() if line.startswith("  - ")]
    assert sorted(line.split(":")[0].strip("- ") for line in sides) == ["12", "14", "2"], section
    assert "the army (Osk Radio)" in section, section


BRISK = ("NEW CALLOW, Nov 18 (Brisk Wire) - Ferrant Systems said on Tuesday its third-quarter revenue fell 8% to $1.2bn, "
         "below the $1.3bn analysts had expected.\n\n"
         "The software maker will cut about 1,500 jobs over the next year, it said.")
MARKET = ("Ferrant Systems posted revenue of $1,200 million for the third quarter, down 8 per cent on the year.\n\n"
          "Analysts had expected revenue of $1.3 billion.\n\n"
          "Net profit dropped to $95m.")


def test_a_forecast_named_beside_the_outcome_backs_the_forecasts_report_one_way():
    d = _brief(("Brisk Wire", BRISK, "2026-11-18T08:15:00Z"), ("Market Post", MARKET, "2026-11-18T17:30:00Z"),
               title="Ferrant revenue falls")
    expected = [s for s in _sentences(d) if s["text"].startswith("Analysts had expected")]
    assert expected and expected[0]["status"] == "corroborated", expected
    assert set(expected[0]["outlets"]) == {"Market Post", "Brisk Wire"}, expected[0]
    assert not any(e["statement"].startswith("Analysts had expected") for e in d["single_source"])
    # (the forecast's own report backs no outcome: the revenue claim is not backed by it)
    revenue = [s for s in _sentences(d) if "revenue fell 8%" in s["text"] or "revenue of $1,200 million" in s["text"]]
    assert revenue
    for s in revenue:
        quotes = [x["quote"] for x in s["sources"] + s["also_reported_by"]]
        assert not any(q.startswith("Analysts had expected") for q in quotes), s
