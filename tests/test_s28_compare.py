"""Session 28 (W1): a sentence that sets its own figure against another source's ("a lower figure than the 14
given earlier by the ministry", "more than the 1,500 it announced", "rejecting the government's figure of 14")
contests that figure, it does not back it (audit 28 #1). All articles, outlets, people and places are made up."""

from claims_helpers import brief_of as _brief, variant_values as _values
from newsloom.records import Article


def _sentences(d: dict) -> list[dict]:
    return [d["lead"]] + d["sentences"]


MINISTRY = ("Security forces ended a siege at the Orlan Hotel in the port of Tessaly on Monday.\n\n"
            "The defence ministry said troops killed 14 gunmen during the operation to free the guests on Monday.")
ARMY = ("The siege at the Orlan Hotel in Tessaly ended on Monday morning.\n\n"
        "The army said 12 gunmen were killed, a lower figure than the 14 given earlier by the defence ministry.")


def test_a_lower_figure_than_another_sources_contests_it():
    d = _brief(("Brand Wire", MINISTRY, "2026-11-23T09:00:00Z"), ("Osk Radio", ARMY, "2026-11-23T15:00:00Z"))
    found = [c for c in d["conflicts"] if {"12", "14"} <= set(_values(c))]
    assert found, [(c["about"], _values(c)) for c in d["conflicts"]]
    assert "Osk Radio" in _values(found[0])["12"]
    assert "Brand Wire" in _values(found[0])["14"]
    # (the army's sentence backs no claim of the ministry's 14 as corroborated)
    for s in _sentences(d):
        if "14 gunmen" in s["text"] or "12 gunmen" in s["text"]:
            assert s["status"] != "corroborated", s
    # (the 14 is the defence ministry's, as the army's sentence credits it; the 12 the army's)
    labels = " ".join(c["about"] for c in found)
    assert "given" not in labels and "lower" not in labels, labels


CALLOW = ("Ferrant Systems plans to cut about 2,000 jobs, more than the 1,500 it announced, people familiar with "
          "the matter said.")
BRISK = ("Ferrant Systems reported lower quarterly revenue on Tuesday.\n\n"
         "The software maker will cut about 1,500 jobs over the next year, it said.")


def test_more_than_the_figure_it_announced_contests_it_and_leads_uncorroborated():
    d = _brief(("Brisk Wire", BRISK, "2026-11-18T08:00:00Z"), ("Callow Post", CALLOW, "2026-11-18T12:00:00Z"),
               title="Ferrant Systems to cut jobs")
    found = [c for c in d["conflicts"] if {"1,500", "2,000"} <= set(_values(c))]
    assert found, [(c["about"], _values(c)) for c in d["conflicts"]]
    assert _values(found[0])["2,000"] == ["Callow Post"]
    assert "Brisk Wire" in _values(found[0])["1,500"]
    assert not any("2,000" in s["text"] and s["status"] == "corroborated" for s in _sentences(d)), d["lead"]


REBELS = ("The Sarn Front said on Monday that only two of its fighters died in the siege at the Orlan Hotel, "
          "rejecting the government's figure of 14.")


def test_rejecting_the_governments_figure_contests_it():
    d = _brief(("Brand Wire", MINISTRY, "2026-11-23T09:00:00Z"), ("Vey Times", REBELS, "2026-11-23T13:00:00Z"))
    found = [c for c in d["conflicts"] if {"2", "14"} <= set(_values(c))]
    assert found, [(c["about"], _values(c)) for c in d["conflicts"]]
    assert _values(found[0])["2"] == ["Vey Times"]
    # (who gives the 14 in the rebels' sentence is the government, without its possessive)
    fourteen = next(v for v in found[0]["variants"] if v["value"] == "14")
    assert "the government" in fourteen["attributions"], fourteen


def _compared_of(text: str):
    from newsloom.crosscheck import _compared, split_statements
    st = split_statements([Article(id="a0", outlet="Brisk Wire", title="t", text=text, published="2026-11-18T08:00:00Z")])[0]
    c = _compared(st)
    return c and (st.numbers[c[0]].text, st.numbers[c[1]].text, c[2])


def test_which_comparisons_name_another_sources_figure():
    assert _compared_of(ARMY.split("\n\n")[1]) == ("12", "14", "the defence ministry")
    assert _compared_of(CALLOW) == ("2,000", "1,500", "Ferrant Systems")
    assert _compared_of(REBELS) == ("two", "14", "the government")
    # the same source's earlier figure ("it" is the ministry that says the sentence): its update, no two sides
    assert not _compared_of("The defence ministry said 16 gunmen had been killed, more than the 14 it announced earlier.")
    # an expectation is no source's count ("analysts had expected"), nor a year-earlier figure
    assert not _compared_of("Ferrant Systems said its revenue fell 8% to $1.2bn, below the $1.3bn analysts had expected.")
    assert not _compared_of("Revenue was 1.2 billion dollars, compared with 1.3 billion dollars a year earlier, it said.")
    assert not _compared_of("Police said 40 people were arrested, more than the 25 held last year.")


# A toll given as none is the value 0 of that count: a later report of deaths updates it (audit 28 #4)
STORM_AM = ("Storm Wenna brought floods to the town of Garrow on Saturday.\n\n"
            "Rivers burst their banks across the valley overnight.\n\n"
            "No deaths have been reported, officials said.")
STORM_PM = ("Two people died in Garrow on Saturday when their car was swept away by floodwater, police said.\n\n"
            "Storm Wenna flooded hundreds of homes in the valley.")


def test_none_reported_then_deaths_is_an_update():
    d = _brief(("Teal Wire", STORM_AM, "2026-11-21T10:30:00Z"), ("Garrow Daily", STORM_PM, "2026-11-21T16:45:00Z"),
               title="Storm Wenna floods Garrow")
    toll = [u for u in d["updates"] if u["about"].startswith("death toll")]
    assert toll, d["updates"]
    assert [v["value"] for v in toll[0]["values"]] == ["none", "2"], toll[0]
    assert toll[0]["values"][0]["outlets"] == ["Teal Wire"]
    # (the same bar as other figures: a denial, "no soldiers had been killed", is not told as none so far, and a
    # claim of eight the same day is no update of it)
    a = "The defence minister said on Monday that no soldiers had been killed in the raid on Tessaly."
    b = "The Sarn Front said on Monday that eight soldiers had been killed in the raid on Tessaly."
    d = _brief(("Brand Wire", a, "2026-11-23T09:00:00Z"), ("Vey Times", b, "2026-11-23T13:00:00Z"))
    assert not [u for u in d["updates"] if u["about"].startswith("death toll")], d["updates"]


def test_zero_counts_read_harm_only():
    from newsloom.text import zero_counts
    got = {t: [(k, noun, soon) for _, k, noun, soon in zero_counts(t)] for t in (
        "No deaths have been reported, officials said.", "The minister said no soldiers had been killed.",
        "None of the passengers were hurt.", "There were no immediate reports of injuries.",
        "The company has no plans to cut jobs.", "Police said there was no evidence of foul play.",
        "The court ruled out the death penalty, saying there would be no death penalty.")}
    assert got == {
        "No deaths have been reported, officials said.": [("death toll", "", True)],
        "The minister said no soldiers had been killed.": [("death toll", "soldiers", False)],
        "None of the passengers were hurt.": [("injured", "passengers", False)],
        "There were no immediate reports of injuries.": [("injured", "", True)],
        "The company has no plans to cut jobs.": [],
        "Police said there was no evidence of foul play.": [],
        "The court ruled out the death penalty, saying there would be no death penalty.": []}

