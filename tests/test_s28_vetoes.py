"""Session 28: backing between different acts (audit 28 #2, #7, #9). A forecast ("could bring up to 30 cm of rain")
is no report of what was measured ("21.4 cm of rain fell"); one party's word of its own act ("the club would
appeal") is no report of another party's act ("the league said it would review"); and one actor's act on one day
("Gunmen stormed the hotel on Sunday night") is no report of another's on another day ("security forces ended the
siege on Monday morning"). Each is its own claim. All articles, outlets, people and places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article


def _claim_of(claims, words: str):
    return next(c for c in claims if any(words in e.quote for e in c.evidence))


def _quotes(claim) -> list[str]:
    return [e.quote for e in claim.evidence]


def test_a_forecast_does_not_back_what_was_measured():
    claims = find_claims([
        Article(id="tw/1", outlet="Tarsk Weather Service", title="Storm Idris warning", published="2026-11-20T06:00:00Z",
                text="Storm Idris is expected to reach the southern coast on Friday evening.\n\n"
                     "The storm could bring up to 30 cm of rain to coastal districts in 24 hours."),
        Article(id="aw/1", outlet="Arden Wire", title="Storm Idris floods Carrow", published="2026-11-21T10:30:00Z",
                text="More than 200,000 homes were without power on Saturday morning.\n\n"
                     "The weather service said 21.4 cm of rain fell in Carrow in 24 hours."),
        Article(id="vr/1", outlet="Vell Radio", title="Carrow under water", published="2026-11-21T18:00:00Z",
                text="In Carrow, 21.4 cm of rain fell in 24 hours, the weather service said.\n\n"
                     "The weather service lowered its warning to orange on Saturday afternoon."),
    ])
    measured = _claim_of(claims, "21.4 cm of rain fell in Carrow")
    assert not any("could bring" in q for q in _quotes(measured)), measured.evidence
    # (the outlets that give the measurement still back each other)
    assert {e.outlet for e in measured.evidence} == {"Arden Wire", "Vell Radio"}, measured.evidence
    assert measured.status == "corroborated", measured
    # (the forecast stays, as its own claim)
    forecast = _claim_of(claims, "could bring up to 30 cm")
    assert {e.outlet for e in forecast.evidence} == {"Tarsk Weather Service"}, forecast.evidence


def test_a_forecast_named_beside_the_measurement_does_not_back_it():
    claims = find_claims([
        Article(id="tw/1", outlet="Tarsk Weather Service", title="Storm Idris warning", published="2026-11-20T06:00:00Z",
                text="The storm could bring up to 30 cm of rain to coastal districts in 24 hours."),
        Article(id="aw/1", outlet="Arden Wire", title="Storm Idris floods Carrow", published="2026-11-21T10:30:00Z",
                text="The weather service said 21.4 cm of rain fell in Carrow in 24 hours, short of the 30 cm it had "
                     "forecast."),
    ])
    measured = _claim_of(claims, "21.4 cm of rain fell")
    assert measured.status == "single-source" and {e.outlet for e in measured.evidence} == {"Arden Wire"}, measured


def test_one_partys_own_act_does_not_back_another_partys():
    claims = find_claims([
        Article(id="lp/1", outlet="Lindell Post", title="Lindell beaten at Ostfield", published="2026-11-22T22:10:00Z",
                text="Lindell lost 2-1 to Harrowgate on Sunday after playing the last 20 minutes with ten men.\n\n"
                     "Lindell said in a statement that Emil Sauer's red card was \"a clear mistake\" by the referee "
                     "and that the club would appeal."),
        Article(id="hr/1", outlet="Harrow Radio", title="Harrowgate come from behind", published="2026-11-22T21:45:00Z",
                text="Harrowgate came from behind to beat Lindell by two goals to one.\n\n"
                     "The league said it would review the red card shown to Emil Sauer."),
        Article(id="ks/1", outlet="Kessel Sport", title="Sauer card under review", published="2026-11-23T08:00:00Z",
                text="The league said on Monday it would review the red card shown to Lindell defender Emil Sauer."),
    ])
    review = _claim_of(claims, "The league said it would review")
    assert not any("would appeal" in q for q in _quotes(review)), review.evidence
    # (another outlet's report of the league's review still backs it)
    assert {e.outlet for e in review.evidence} == {"Harrow Radio", "Kessel Sport"}, review.evidence
    # (the club's challenge is told, as its own claim)
    appeal = _claim_of(claims, "the club would appeal")
    assert {e.outlet for e in appeal.evidence} == {"Lindell Post"}, appeal.evidence
    assert not any("review" in q for q in _quotes(appeal)), appeal.evidence


def test_one_actors_act_on_one_day_does_not_back_anothers_on_another_day():
    claims = find_claims([
        Article(id="cw/1", outlet="Caldor Wire", title="Gunmen seize hotel guests", published="2026-11-23T09:10:00Z",
                text="Gunmen stormed the Lantern Hotel in the Varennan port city of Merava on Sunday night and took at least "
                     "30 guests hostage, officials said.\n\n"
                     "The interior ministry said security forces killed 14 attackers during an operation to free "
                     "the hostages early on Monday."),
        Article(id="pr/1", outlet="Pellam Radio", title="Hotel siege over", published="2026-11-23T15:00:00Z",
                text="Varennan security forces ended a hostage siege at the Lantern Hotel in Merava on Monday morning."),
    ])
    ending = _claim_of(claims, "ended a hostage siege")
    assert not any("Gunmen stormed" in q for q in _quotes(ending)), ending.evidence
    storming = _claim_of(claims, "Gunmen stormed")
    assert not any("ended a hostage siege" in q for q in _quotes(storming)), storming.evidence
