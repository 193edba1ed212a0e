"""Session 30 (audit 30 #5, #7): one fact two outlets tell in few words alike is one claim when they share a
particular (a day of the month, an age, a count of one kind, a figure), a name (or a country and its adjective) and
a word of what happened; sentences of other events on that day stay apart. And a speaker's word on "they" is
written right after the sentence that named them. All articles, outlets, people and places are made up."""

from claims_helpers import art, claim_of, claim_outlets

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Story


_art, _claim_of, _outlets = art, claim_of, claim_outlets


def test_one_court_date_for_one_person_and_place_is_one_fact():
    wire = ("Pop singer Lina Varro was arrested in Tessby early on Sunday and charged with drink-driving, police said.\n\n"
            "Varro, 31, spent the night in a cell, was released on bail on Sunday afternoon and is due in Tessby "
            "Magistrates' Court on January 14.")
    paper = ("Singer Lina Varro has been charged with driving under the influence of alcohol after police stopped her car "
             "in Tessby in the early hours of Sunday.\n\n"
             "Varro will appear in court in Tessby on January 14, her lawyer, Pia Wendt, confirmed.\n\n"
             "Voters in Tessby will elect a new mayor on January 14.")
    claims = find_claims([_art("lw/1", "Lodden Wire", wire, "2026-11-15T10:00:00Z"),
                          _art("ge/1", "Grainger Echo", paper, "2026-11-15T15:00:00Z")])
    court = _claim_of(claims, "appear in court")
    assert _outlets(court) == {"Lodden Wire", "Grainger Echo"} and court.status == "corroborated", court
    assert any("Magistrates' Court" in e.quote for e in court.evidence)
    # (another event of that day, in that place, is no report of the hearing)
    vote = _claim_of(claims, "elect a new mayor")
    assert vote is not court and _outlets(vote) == {"Grainger Echo"}


def test_one_age_and_one_injury_without_names_are_one_fact():
    herald = ("Rapper Kez Orrin was arrested after a fight at a nightclub in Vantry on Sunday.\n\n"
              "The bouncer, 27, was treated in hospital for a broken jaw and later released.")
    courier = ("Police in Vantry arrested the rapper Kez Orrin following a brawl at the Lantern Club.\n\n"
               "A 27-year-old security guard suffered a broken jaw, according to police.")
    claims = find_claims([_art("th/1", "Tollin Herald", herald, "2026-11-16T09:00:00Z"),
                          _art("bc/1", "Bessel Courier", courier, "2026-11-16T11:00:00Z")])
    jaw = _claim_of(claims, "broken jaw")
    assert _outlets(jaw) == {"Tollin Herald", "Bessel Courier"} and jaw.status == "corroborated", jaw


def test_a_country_and_its_government_by_its_adjective_tell_one_claim():
    wire = ("Ostrel and Kavonia exchanged prisoners on Friday at the border crossing of Mell.\n\n"
            "Ostrel says the six men were aid workers detained while delivering medicine.\n\n"
            "Kavonia says they were spies.")
    times = ("Ostrel handed over prisoners to Kavonia at Mell on Friday in a swap brokered by Lunden.\n\n"
             "The Ostrelan government said the six were aid workers who had done nothing wrong.")
    claims = find_claims([_art("pw/1", "Pallow Wire", wire, "2026-11-20T09:00:00Z"),
                          _art("mt/1", "Mossby Times", times, "2026-11-20T13:00:00Z")])
    aid = _claim_of(claims, "aid workers")
    assert _outlets(aid) == {"Pallow Wire", "Mossby Times"} and aid.status == "corroborated", aid
    assert aid.attribution  # (still the government's word, not a fact)


def test_one_death_toll_on_one_source_backs_a_long_lead():
    wire = ("A footbridge over the River Tell in Ambry collapsed during a festival on Saturday, killing at least 4 "
            "people and injuring 26, the ambulance service said.\n\n"
            "The 80-metre bridge, built in 1958, gave way at about 3 p.m.")
    live = ("The footbridge at the Ambry festival has come down.\n\n"
            "Four people are confirmed dead, according to the ambulance service.\n\n"
            "Stewards are clearing the riverbank.")
    # (a count given in passing is no report of the sentence whose fact it is)
    post = ("Mayor Runa Elst, who visited the riverbank where the collapse killed 4 people, promised a full inquiry "
            "into how the festival's safety checks were carried out this summer.")
    claims = find_claims([_art("kw/1", "Kestle Wire", wire, "2026-06-13T17:00:00Z"),
                          _art("al/1", "Ambry Live", live, "2026-06-13T18:00:00Z"),
                          _art("tp/1", "Tellford Post", post, "2026-06-13T19:00:00Z")])
    lead = _claim_of(claims, "killing at least 4")
    assert _outlets(lead) == {"Kestle Wire", "Ambry Live"} and lead.status == "corroborated", lead
    assert _outlets(_claim_of(claims, "promised a full inquiry")) == {"Tellford Post"}
    assert not any(c.status == "single-source" and any("confirmed dead" in e.quote for e in c.evidence)
                   for c in claims)


def test_a_speakers_word_on_they_follows_the_sentence_that_named_them():
    wire = ("Ostrel and Kavonia exchanged prisoners on Friday at the border crossing of Mell, in a deal brokered by "
            "Lunden.\n\n"
            "Ostrel says the six men were aid workers detained while delivering medicine.\n\n"
            "Kavonia says they were spies.\n\n"
            "The Lunden foreign ministry said the exchange followed months of quiet talks and thanked both sides.\n\n"
            "A freed man, Ivo Brask, said he had been held in a cell without light for five months.\n\n"
            "Crowds gathered at the airport in the Ostrel capital to greet the returning men.")
    times = ("Ostrel and Kavonia exchanged prisoners on Friday at the border town of Mell, in a deal brokered by "
             "Lunden.\n\n"
             "The Lunden foreign ministry said the exchange followed months of quiet talks.\n\n"
             "Crowds gathered at the airport in the Ostrel capital to greet the returning men.")
    arts = [_art("pw/1", "Pallow Wire", wire, "2026-11-20T09:00:00Z", "Ostrel and Kavonia swap prisoners"),
            _art("mt/1", "Mossby Times", times, "2026-11-20T13:00:00Z", "Prisoner swap at Mell")]
    body = [s["statement"] for s in brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))["sentences"]]
    named = next(k for k, t in enumerate(body) if "aid workers" in t)
    they = next(k for k, t in enumerate(body) if t.startswith("Kavonia says they"))
    assert they == named + 1, body
