"""Session 28 (T1): a claim whose reports differ on several figures shows each conflict, not the first only
(audit 27 #1: the dead 9 / 12 and the injured 64 / 80 of one derailment). All articles, outlets, people and places
are made up."""

from functools import partial

from claims_helpers import brief_of, variant_values as _values
from newsloom.brief import brief_to_markdown

GULL = ("A ferry capsized off the island of Tarnholm on Sunday, killing 7 people and injuring 41, the coastguard said.\n\n"
        "The ferry had left the port of Vessby an hour earlier.")
MERE = ("Eleven people were killed and 58 injured when a ferry capsized off Tarnholm on Sunday evening.\n\n"
        "The ferry had sailed from Vessby an hour before it overturned.")
LATER = ("The death toll from Sunday's ferry disaster off Tarnholm rose to 19 on Monday, the coastguard said.\n\n"
         "Divers were still searching the hull on Monday.")

_brief = partial(brief_of, title="Ferry capsizes off Tarnholm")


def _conflict_with(d: dict, *values: str) -> dict:
    found = [c for c in d["conflicts"] if set(values) <= set(_values(c))]
    assert len(found) == 1, (values, [(c["about"], _values(c)) for c in d["conflicts"]])
    return found[0]


def test_a_claim_differing_on_the_dead_and_the_injured_gives_both_conflicts():
    d = _brief(("Gull Wire", GULL, "2026-11-22T20:00:00Z"), ("Mere Courier", MERE, "2026-11-22T22:30:00Z"))
    dead, hurt = _conflict_with(d, "7", "11"), _conflict_with(d, "41", "58")
    # (one claim, two entries, each value with who gives it)
    assert dead["claim_id"] == hurt["claim_id"]
    assert _values(dead) == {"7": ["Gull Wire"], "11": ["Mere Courier"]}
    assert _values(hurt) == {"41": ["Gull Wire"], "58": ["Mere Courier"]}
    assert dead["about"] != hurt["about"]
    # (and no figure of another count is set against one: the ferry's hour is no side)
    assert len(d["conflicts"]) == 2, [(c["about"], _values(c)) for c in d["conflicts"]]
    md = brief_to_markdown(d)
    section = md.split("## Where outlets differ", 1)[1].split("\n## ", 1)[0]
    assert "41: Gull Wire" in section and "58: Mere Courier" in section, section
    assert "7: Gull Wire" in section and "11: Mere Courier" in section, section


def test_both_conflicts_stay_when_the_toll_is_updated_the_next_day():
    d = _brief(("Gull Wire", GULL, "2026-11-22T20:00:00Z"), ("Mere Courier", MERE, "2026-11-22T22:30:00Z"),
               ("Gull Wire", LATER, "2026-11-23T10:00:00Z"))
    hurt = _conflict_with(d, "41", "58")
    assert _values(hurt) == {"41": ["Gull Wire"], "58": ["Mere Courier"]}
    # (the next day's toll is an update, no side of either conflict)
    assert not any("19" in _values(c) for c in d["conflicts"]), d["conflicts"]
    dead = _conflict_with(d, "7", "11")
    assert set(_values(dead)) == {"7", "11"}
    # (and the update starts from the day's two values, as the conflict has them)
    toll = [u for u in d["updates"] if u["about"].startswith("death toll")]
    assert toll and [v["value"] for v in toll[0]["values"]] == ["7 or 11", "19"], d["updates"]


def test_the_days_conflict_of_a_hedged_toll_joins_the_claim_contested_on_the_injured():
    # ("at least 7" allows 11, so the reports' figures do not contest it; the day's two tolls, which the
    # update sets in one step, are still that day's conflict, as they are of a claim agreed otherwise)
    hedged = GULL.replace("killing 7 people", "killing at least 7 people")
    d = _brief(("Gull Wire", hedged, "2026-11-22T20:00:00Z"), ("Mere Courier", MERE, "2026-11-22T22:30:00Z"),
               ("Gull Wire", LATER, "2026-11-23T10:00:00Z"))
    hurt = _conflict_with(d, "41", "58")
    dead = _conflict_with(d, "at least 7", "11")
    assert dead["claim_id"] == hurt["claim_id"]
    assert _values(dead) == {"at least 7": ["Gull Wire"], "11": ["Mere Courier"]}


def test_a_later_toll_is_no_value_of_the_injured():
    # (the dead agree on the day, the injured differ; the next day's toll, in the same report as its count of the
    # injured, is the death toll's update, not a third count of the injured)
    agreed = MERE.replace("Eleven people", "Seven people")
    later = ("The ferry capsized off Tarnholm on Sunday, and the death toll rose to 10 on Monday, with 41 people "
             "injured, the coastguard said.")
    d = _brief(("Gull Wire", GULL, "2026-11-22T20:00:00Z"), ("Mere Courier", agreed, "2026-11-22T22:30:00Z"),
               ("Gull Wire", later, "2026-11-23T10:00:00Z"))
    hurt = _conflict_with(d, "41", "58")
    assert set(_values(hurt)) == {"41", "58"}, _values(hurt)
    assert not any("10" in _values(c) for c in d["conflicts"]), d["conflicts"]
