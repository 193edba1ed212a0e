"""Session 29 (T1): a name's number is no count (a flight, a section, a gate), one conflict on board told once,
and an outlet's own later article replacing its earlier figure. All articles, outlets, people and places are made up."""

import json

from newsloom.brief import brief_to_dict, write_brief
from dataclasses import replace

from newsloom.crosscheck import find_claims
from newsloom.records import Article, Claim, Evidence, Removal, Story, Variant
from newsloom.text import numbers


def _art(id_: str, outlet: str, text: str, published: str = "2026-10-06T09:00:00Z") -> Article:
    return Article(id=id_, outlet=outlet, title="Corvane jet lands at Brenmoor after engine fire", text=text,
                   published=published)


def _brief(arts: list[Article]) -> dict:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


# ------------------------------------------------------------------ a name's number


def test_a_names_number_is_no_figure():
    for t, name in (("Flight KA 305 landed at 07:15 local time.", "305"),
                    ("Passengers on Flight 305 waited for an hour.", "305"),
                    ("Flight 305 landed safely.", "305"),
                    ("The claim was brought under Section 1557 of the act.", "1557"),
                    ("Relatives gathered at Gate 14 of the terminal.", "14"),
                    ("The airline grounded its Lerman 321 jets.", "321")):
        assert name not in [n.text for n in numbers(t)], (t, numbers(t))
    # (but a count after a capitalised word that names nothing stays a count)
    for t, count in (("Some 400 people fled the town.", "400"),
                     ("The plane landed. The 155 passengers left by bus.", "155"),
                     ("Police said on Tuesday 12 people had been hurt.", "12"),
                     ("FT: Harrowgate 2 Lindell 1.", "1"),
                     ("A Category 4 storm hit the coast.", "4"),
                     ("Across 33 districts, schools closed.", "33"),
                     ("About 76% of Ostmarkers 65 and older voted.", "65"),
                     ("Fire Kills 12 In Brenmoor Mill", "12"),
                     ("It landed in Brenmoor 25 minutes after take-off.", "25 minutes"),
                     ("Liverpool beat Everton 3-1.", "3-1"),
                     ("Aged 58, he was the oldest of the crew.", "58")):
        assert count in [n.text for n in numbers(t)], (t, numbers(t))
    # "aged" is a word of its own: "damaged 120 homes" counts homes, not anyone's age
    assert [(n.text, n.unit) for n in numbers("The fire damaged 120 homes; a man aged 58 died.")] == [
        ("120", ""), ("58", "aged")]


def test_a_flight_number_does_not_contest_the_crew():
    arts = [
        _art("a", "Tessel Daily", "A Corvane jet made an emergency landing in Brenmoor on Tuesday after an engine fire."
             "\n\nFlight KA 305 landed at 07:15 local time."),
        _art("b", "Marrow Radio", "A Corvane jet made an emergency landing at Brenmoor airport on Tuesday after one of "
             "its engines caught fire.\n\nThe plane, carrying 150 passengers and five crew, landed at Brenmoor at "
             "07:15 local time on Tuesday.", "2026-10-06T14:00:00Z"),
    ]
    claims = find_claims(arts)
    assert not [c for c in claims if c.status == "contested"], [(c.text, c.about, c.variants) for c in claims]


# ------------------------------------------------------------------ one conflict on board, told once


def _on_board_arts() -> list[Article]:
    return [
        _art("w", "Pellam Wire", "A Corvane airliner with 155 people on board made an emergency landing at Brenmoor "
             "airport on Tuesday after one of its engines caught fire, the airline said.\n\nThe airline said 150 "
             "passengers and five crew were on board, and that no one was seriously hurt.",
             "2026-10-06T10:30:00Z"),
        _art("d", "Tessel Daily", "A Corvane jet bound for Tessel made an emergency landing in Brenmoor on Tuesday "
             "morning with 190 people on board after an engine fire, the airline said.\n\nFire crews met the "
             "aircraft on the runway.", "2026-10-06T09:40:00Z"),
    ]


def test_one_conflict_on_board_is_listed_once():
    claims = find_claims(_on_board_arts())
    told = [(c.about, [v.value for v in c.variants]) for c in claims if c.status == "contested"]
    told += [(about, [v.value for v in vs]) for c in claims for about, vs in c.more_conflicts]
    assert [about for about, _ in told].count("people on board") == 1, told
    conflicts = _brief(_on_board_arts())["conflicts"]
    assert len([c for c in conflicts if c["about"] == "people on board"]) == 1, json.dumps(conflicts)[:1500]


# ------------------------------------------------------------------ an outlet's own correction


def _corrected_arts() -> list[Article]:
    return [
        _art("w", "Pellam Wire", "A Corvane airliner with 155 people on board made an emergency landing at Brenmoor "
             "airport on Tuesday after one of its engines caught fire, the airline said.", "2026-10-06T10:30:00Z"),
        _art("d1", "Tessel Daily", "A Corvane jet bound for Tessel made an emergency landing in Brenmoor on Tuesday "
             "morning with 190 people on board after an engine fire, the airline said.\n\nFire crews met the "
             "aircraft on the runway and sprayed the left engine with foam.", "2026-10-06T09:40:00Z"),
        _art("d2", "Tessel Daily", "A Corvane jet bound for Tessel made an emergency landing in Brenmoor on Tuesday "
             "morning with 155 people on board after an engine fire, the airline said.\n\nFire crews met the "
             "aircraft on the runway and sprayed the left engine with foam.", "2026-10-06T13:10:00Z"),
        # (its "Correction: An earlier version of this article said 190 ..." note is removed by the cleaner)
    ]


def test_an_outlets_later_article_replaces_its_own_earlier_figure():
    d = _brief(_corrected_arts())
    # (Tessel Daily is not on both sides: its latest article gives 155, as Pellam Wire does)
    for c in d["conflicts"]:
        sides = [set(v["outlets"]) for v in c["variants"]]
        assert not any("Tessel Daily" in a and "Tessel Daily" in b for k, a in enumerate(sides) for b in sides[k + 1:]), c
    assert not [c for c in d["conflicts"] if c["about"] == "people on board"], json.dumps(d["conflicts"])[:1500]
    # (the retracted 190 is stated nowhere as fact: not in the body, the lead or the timeline)
    told = [s["text"] for s in d["sentences"]] + [e.get("text", "") or e.get("statement", "") for e in d["timeline"]]
    assert not any("190" in t for t in told), told
    assert any("155 people on board" in t for t in told), told


def _ev(aid: str, outlet: str, quote: str, published: str) -> Evidence:
    return Evidence(aid, outlet, quote, 0, len(quote), published=published)


def test_own_corrections_keeps_an_outlet_on_its_latest_side_only():
    from newsloom.crosscheck import own_corrections  # (new in session 29)

    early = _ev("d1", "Tessel Daily", "with 190 people on board", "2026-10-06T09:40:00Z")
    late = _ev("d2", "Tessel Daily", "with 155 people on board", "2026-10-06T13:10:00Z")
    wire = _ev("w", "Pellam Wire", "155 people on board", "2026-10-06T10:30:00Z")
    other = _ev("k", "Kessby Post", "190 people on board", "2026-10-06T11:00:00Z")
    c = Claim("c", early.quote, [early, wire, late, other], ["Tessel Daily", "Pellam Wire", "Kessby Post"], "contested",
              variants=[Variant("190", ["Kessby Post", "Tessel Daily"], [early, other]),
                        Variant("155", ["Pellam Wire", "Tessel Daily"], [wire, late])], about="people on board")
    [got] = own_corrections([c])
    # (still a contest, Kessby Post's 190 against 155; Tessel Daily on its latest side only; named by a report left)
    assert got.status == "contested" and got.text == wire.quote, got
    assert [(v.value, v.outlets) for v in got.variants] == [("190", ["Kessby Post"]), ("155", ["Pellam Wire", "Tessel Daily"])]
    assert early not in got.evidence
    # (alone on its side, the earlier figure leaves the contest: no contest is left)
    c2 = replace(c, evidence=[early, wire, late], variants=[Variant("190", ["Tessel Daily"], [early]),
                                                            Variant("155", ["Pellam Wire", "Tessel Daily"], [wire, late])])
    [got] = own_corrections([c2])
    assert got.status == "corroborated" and not got.variants and got.about is None, got
    # (a later article on both sides, or times that cannot be told apart, change nothing)
    same = replace(late, published=early.published)
    c3 = replace(c2, evidence=[early, wire, same], variants=[Variant("190", ["Tessel Daily"], [early]),
                                                             Variant("155", ["Pellam Wire", "Tessel Daily"], [wire, same])])
    assert own_corrections([c3]) == [c3]
    # (nor do two sources' figures that one outlet tells in turn: the police's, then the organisers')
    police = replace(early, quote="Police said 190 people were on board", attribution="police")
    crew = replace(late, quote="The crew union said 155 people were on board", attribution="the crew union")
    c4 = replace(c2, evidence=[police, wire, crew], variants=[Variant("190", ["Tessel Daily"], [police]),
                                                              Variant("155", ["Pellam Wire", "Tessel Daily"], [wire, crew])])
    assert own_corrections([c4]) == [c4]


def test_a_figure_its_own_articles_correction_note_retracts_is_no_side():
    # (the cleaner removes the note as an "editorial note"; its words are read for the wrong figure only)
    note = ("Correction: An earlier version of this article said 190 people were on board. The airline says 155 "
            "people were on board.")
    arts = [_corrected_arts()[0],
            replace(_corrected_arts()[1], removed=[Removal(note, "editorial note")])]
    d = _brief(arts)
    assert not [c for c in d["conflicts"] if c["about"] == "people on board"], json.dumps(d["conflicts"])[:1500]
    told = [s["text"] for s in d["sentences"]] + [e.get("text", "") for e in d["timeline"]]
    assert not any("190" in t or "155 people were on board" in t for t in told), told
    assert any("155 people on board" in t for t in told), told
