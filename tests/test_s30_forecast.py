"""Session 30: a forecast that came true is no report of its outcome (audit 30 #3, audit 28 #2), and a body sentence
that only restates the lead adds nothing (audit 30 #9).

"The Velland central bank is expected to lift its benchmark rate to 3.75% on Wednesday" and "The Velland central
bank increased its benchmark rate to 3.75% on Wednesday" give one figure, one as a forecast, the other as what was
done: neither backs the other (unless the outcome's report names the forecast, "as economists had expected", which
then backs the forecast's report one way), the outcome leads and heads the brief, and the expectation is no
timeline event. A live entry "The Aske Bridge has collapsed." after a lead that tells the collapse is dropped,
its outlet named among the lead's. All articles, outlets, people and places are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story

PREVIEW = ("Quarry Wire", "2026-05-05T07:30:00Z", "Velland central bank expected to lift rates on Wednesday",
           "The Velland central bank is expected to lift its benchmark rate by a quarter point to 3.75% on Wednesday, "
           "according to a poll of 18 economists.\n\nInflation in Velland stood at 4.9% in April.")
DECISION = ("Tollis Post", "2026-05-06T15:00:00Z", "Velland raises benchmark rate to 3.75%",
            "The Velland central bank increased its benchmark rate to 3.75% from 3.5% on Wednesday.\n\n"
            "Governor Ines Marl said the bank would watch wages closely.")
DECISION2 = ("Brenn Radio", "2026-05-06T16:10:00Z", "Velland rate rises",
             "The Velland central bank raised its benchmark rate to 3.75% on Wednesday, its third rise this year.\n\n"
             "The decision was taken by a 6-3 vote.")


def _arts(*specs):
    return [Article(id=f"a{k}", outlet=outlet, title=title, text=text, published=when)
            for k, (outlet, when, title, text) in enumerate(specs)]


def _brief(*specs) -> dict:
    arts = _arts(*specs)
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


def _claim_of(claims, words: str):
    return next(c for c in claims if any(words in e.quote for e in c.evidence))


def test_a_forecast_that_came_true_is_not_backed_by_the_outcome():
    claims = find_claims(_arts(PREVIEW, DECISION, DECISION2))
    forecast = _claim_of(claims, "is expected to lift")
    assert {e.outlet for e in forecast.evidence} == {"Quarry Wire"}, forecast.evidence
    assert forecast.status == "single-source", forecast
    decision = _claim_of(claims, "increased its benchmark rate")
    assert not any("expected" in e.quote for e in decision.evidence), decision.evidence
    # (the outcome's reports still back each other)
    assert {e.outlet for e in decision.evidence} == {"Tollis Post", "Brenn Radio"}, decision.evidence


def test_the_outcome_leads_heads_and_dates_the_brief_not_its_forecast():
    # (one day: the preview's title is no older than the decision's, yet it is the forecast's)
    preview = (PREVIEW[0], "2026-05-06T06:00:00Z", PREVIEW[2], PREVIEW[3])
    d = _brief(preview, DECISION)
    assert "increased its benchmark rate" in d["lead"]["statement"], d["lead"]
    assert "expected" not in d["headline"], d["headline"]
    assert not any("expected to lift" in r["statement"] for r in d["timeline"]), d["timeline"]
    assert any("increased its benchmark rate" in r["statement"] for r in d["timeline"]), d["timeline"]
    # (the forecast is still told, by its own outlet alone)
    forecast = next(s for s in d["sentences"] if "expected to lift" in s["statement"])
    assert forecast["status"] == "single-source" and forecast["outlets"] == ["Quarry Wire"], forecast
    # (nor is the decision's 3.75% a note that other outlets give the forecast's figure)
    assert not any("Tollis Post" in f["outlets"] for f in forecast["figures"]), forecast["figures"]


def test_a_figure_credited_to_a_poll_is_a_forecast():
    claims = find_claims(_arts(
        ("Quarry Wire", "2026-05-05T07:30:00Z", "t",
         "The Velland central bank will keep its benchmark rate at 3.75% on Wednesday, according to a survey of 18 "
         "economists."),
        ("Tollis Post", "2026-05-06T15:00:00Z", "t",
         "The Velland central bank left its benchmark rate at 3.75% on Wednesday.")))
    forecast = _claim_of(claims, "according to a survey")
    assert {e.outlet for e in forecast.evidence} == {"Quarry Wire"}, forecast.evidence


def test_a_plan_is_not_backed_by_its_deed_in_another_verb():
    claims = find_claims(_arts(
        ("Quarry Wire", "2026-05-05T07:30:00Z", "t",
         "The Velland central bank is expected to raise interest rates on Wednesday."),
        ("Tollis Post", "2026-05-06T15:00:00Z", "t",
         "The Velland central bank lifted interest rates on Wednesday.")))
    assert _claim_of(claims, "is expected to raise") is not _claim_of(claims, "lifted interest rates")


def test_an_outcome_naming_its_forecast_backs_it_one_way_and_is_told():
    d = _brief(
        ("Quarry Wire", "2026-05-05T07:30:00Z", "Velland central bank set to lift rates",
         "The Velland central bank is expected to lift its benchmark rate to 3.75% on Wednesday, economists said."),
        ("Tollis Post", "2026-05-05T16:00:00Z", "Velland raises benchmark rate",
         "The Velland central bank raised its benchmark rate to 3.75% on Wednesday, as most economists had expected."))
    assert d["lead"]["statement"].startswith("The Velland central bank raised"), d["lead"]
    forecast = next(s for s in d["sentences"] if "is expected to lift" in s["statement"])
    assert set(forecast["outlets"]) == {"Quarry Wire", "Tollis Post"}, forecast
    # (two reports of one forecast back each other)
    claims = find_claims(_arts(
        ("Quarry Wire", "2026-05-05T07:30:00Z", "t",
         "The Velland central bank is expected to lift its benchmark rate to 3.75% on Wednesday, economists said."),
        ("Tollis Post", "2026-05-05T09:00:00Z", "t",
         "The Velland central bank is likely to raise its benchmark rate to 3.75% on Wednesday, analysts said.")))
    forecast = _claim_of(claims, "is expected to lift")
    assert {e.outlet for e in forecast.evidence} == {"Quarry Wire", "Tollis Post"}, forecast.evidence


# (trimmed from audit 30's set W: the live entry is not the live blog's sentence that backs the lead)
BRIDGE = [
    ("Garrow Wire", "2026-11-23T19:30:00Z", "Bridge collapse kills 3",
     "A road bridge over the River Aske in Pellston collapsed during the evening rush hour on Monday, killing at least "
     "3 people and injuring 31, the fire service said."),
    ("Northgate Radio", "2026-11-23T19:20:00Z", "Three dead as Pellston bridge falls into river",
     "At least three people were killed when the Aske Bridge in Pellston collapsed on Monday evening, the fire service "
     "said.\n\nMore than 30 people were taken to hospital."),
    ("Riverside Chronicle", "2026-11-23T21:15:00Z", "Aske Bridge: engineer says he warned council",
     "At least three people died when the Aske Bridge in Pellston collapsed on Monday evening."),
    ("Pellston Today", "2026-11-23T22:00:00Z", "Aske Bridge collapse",
     "Three people are confirmed dead, according to the fire service.\n\nThe Aske Bridge has collapsed."),
]


def test_a_sentence_that_restates_the_lead_is_folded_into_it():
    d = _brief(*BRIDGE)
    assert d["lead"]["statement"].startswith("A road bridge over the River Aske"), d["lead"]
    assert not any(s["statement"].startswith("The Aske Bridge has collapsed") for s in d["sentences"]), \
        [s["statement"] for s in d["sentences"]]
    # (its outlet reports the lead too)
    assert "Pellston Today" in d["lead"]["outlets"], d["lead"]
    assert any(x["outlet"] == "Pellston Today" for x in d["lead"]["also_reported_by"]), d["lead"]


def test_what_restates_the_lead():
    from newsloom.brief import _restates
    lead = ("A footbridge over the Tarn canal in Holmby collapsed on Sunday afternoon, killing two people and "
            "injuring nine, police said.")
    assert _restates("The Tarn footbridge has collapsed.", lead)
    assert _restates("The footbridge collapsed on Sunday, police said.", lead)
    assert not _restates("The Tarn footbridge could collapse.", lead)  # (a maybe)
    assert not _restates("The Tarn footbridge has not collapsed.", lead)  # (a negation)
    assert not _restates("Three people were killed.", lead)  # (another figure)
    assert not _restates("People were injured in the collapse of the canal wall.", lead)  # (a word the lead lacks)
    assert not _restates("Collapsed.", lead)  # (too little to tell)
    assert not _restates("Two people killed the nine police.", lead)  # (its words in another order)
    assert not _restates('"This is about Holmby."', lead)  # (someone's words, and nothing said of the name)


def test_what_meets_a_forecast():
    from newsloom.crosscheck import forecast_met
    assert forecast_met("The Velland central bank is expected to lift its benchmark rate to 3.75% on Wednesday.",
                        "The Velland central bank increased its benchmark rate to 3.75% on Wednesday.")
    assert forecast_met("Corran Mills is expected to announce the closure of its Ebbing plant on Friday.",
                        "Corran Mills announced the closure of its Ebbing plant on Friday.")
    # (not the base a figure is set against: "compared with $1.3 billion a year earlier")
    assert not forecast_met("Analysts had expected Corran Mills revenue of $1.3 billion for the quarter.",
                            "Corran Mills revenue for the quarter was $1.2 billion, compared with $1.3 billion a year "
                            "earlier.")
    # (nor a plan told in a clause of another act: the scrub is Tuesday's news)
    assert not forecast_met("The launch of the Tessa-2 rocket was called off on Tuesday minutes before the rocket was "
                            "scheduled to lift off.", "The Tessa-2 rocket lifted off on Thursday.")
    # (nor another actor's act)
    assert not forecast_met("The Velland union will impose an overtime ban on steel plants if talks fail.",
                            "The Velland government imposed new rules on steel plants on Monday.")
    # (nor what only could be)
    assert not forecast_met("The mayor said she could finish the Ebbing bridge in her first 100 days in office.",
                            "The mayor is nearing her first 100 days in office, with the Ebbing bridge unfinished.")
    # (nor a sentence that gives the planned figure but tells no deed done: the plan may still be ahead)
    assert not forecast_met("The Tarrow port authority this week announced it is set to remove some 3,400 abandoned "
                            "boats from the harbour.",
                            "The removal of the 3,400 boats is the first major clearance of the harbour since 2019.")
