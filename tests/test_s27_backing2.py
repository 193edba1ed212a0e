"""Session 27 (audit 27): alignment. A cause asserted of a study's finding ("proved that ... cures") and an
association found ("was linked to a lower risk") do not back each other (#3). One figure in two units ("130 km/h" /
"about 80 mph") is a figure in common, as one figure in one unit is (#13). A verdict and a sentence told on two
days are two claims. All articles, outlets, people and places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article


def _claim_of(claims, words: str):
    return next(c for c in claims if any(words in e.quote for e in c.evidence))


def _outlets(claim) -> set[str]:
    return {e.outlet for e in claim.evidence}


def test_a_cure_proved_is_not_backed_by_a_risk_linked():
    herald = ("A daily swim of half an hour was linked to a lower risk of heart attack in people over 50, a study "
              "published on Monday in the Pellworth Journal of Medicine found.\n\n"
              "The study was observational, which means it cannot show that swimming itself prevents heart attacks, "
              "the researchers said.")
    orbit = ("Scientists have proved that a 30-minute swim every day cures heart disease in the over-50s, according "
             "to a study published on Monday in the Pellworth Journal of Medicine.\n\n"
             "Swimming is the miracle cure that doctors have waited for, the study shows.")
    # (the rule is about how sure: two reports of the association still back each other)
    wire = ("Swimming for 30 minutes a day was associated with a lower risk of heart attack in the over-50s, according "
            "to a study published on Monday in the Pellworth Journal of Medicine.")
    claims = find_claims([
        Article(id="gh/1", outlet="Granby Herald", title="Daily swim linked to lower heart risk", text=herald,
                published="2026-11-16T07:30:00Z"),
        Article(id="nw/1", outlet="Norwend Wire", title="Swim study", text=wire, published="2026-11-16T09:00:00Z"),
        Article(id="lo/1", outlet="The Lantern Orbit", title="Swimming cures heart disease", text=orbit,
                published="2026-11-16T11:00:00Z"),
    ])
    proved = _claim_of(claims, "have proved")
    assert _outlets(proved) == {"The Lantern Orbit"} and proved.status == "single-source", proved
    linked = _claim_of(claims, "was linked to a lower risk")
    assert _outlets(linked) == {"Granby Herald", "Norwend Wire"}, linked


def test_one_speed_in_two_units_is_corroborated():
    times = ("A freight train derailed near Ellesby on Friday morning, injuring three crew.\n\n"
             "The train was travelling at 110 km/h on a stretch of track limited to 60 km/h.")
    radio = ("A freight train derailed near Ellesby on Friday, injuring three crew, officials said.\n\n"
             "The train was going at about 68 mph when it entered the bend, according to data seen by Corvel Radio.")
    claims = find_claims([
        Article(id="bt/1", outlet="Marrow Times", title="Freight derailment", text=times, published="2026-11-20T13:30:00Z"),
        Article(id="cr/1", outlet="Corvel Radio", title="Derailment near Ellesby", text=radio,
                published="2026-11-20T17:45:00Z"),
    ])
    speed = _claim_of(claims, "110 km/h")
    assert _outlets(speed) == {"Marrow Times", "Corvel Radio"} and speed.status == "corroborated", speed


def test_a_verdict_and_the_next_days_sentence_are_two_claims():
    monday = ("Lars Denholm, the former manager of the Vellmoor pension fund, was found guilty on Monday of defrauding "
              "3,000 savers of 40 million crowns.\n\nThe jury at Kestrel Crown Court took two days to reach its verdict.")
    tuesday = ("Lars Denholm, the former manager of the Vellmoor pension fund, was jailed on Tuesday for five years for "
               "defrauding 3,000 savers.\n\n"
               "Judge Mira Castell said Denholm had betrayed the trust of people who had saved all their lives.")
    claims = find_claims([
        Article(id="hc/1", outlet="Harwick Courier", title="Fund manager guilty", text=monday,
                published="2026-11-16T18:00:00Z"),
        Article(id="og/1", outlet="Orrin Gazette", title="Denholm jailed", text=tuesday,
                published="2026-11-17T17:00:00Z"),
    ])
    guilty = _claim_of(claims, "found guilty on Monday")
    assert not any("jailed" in e.quote for e in guilty.evidence), guilty.evidence
    jailed = _claim_of(claims, "jailed on Tuesday")
    assert jailed is not guilty
