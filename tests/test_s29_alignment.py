"""Session 29 (audit 29 #4, #7): one figure two outlets tell of the same thing, in otherwise unlike words, is one
fact ("35% contained", "178 passengers and six crew"), though one count's noun alone, or a measure compared
("4% higher"), is not; and a bound of things destroyed ("at least 60 houses") that a later day's exact count
passes is one count over time, an update. All articles, outlets, people and places are made up."""

from claims_helpers import art, claim_of, claim_outlets

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import counted, find_claims
from newsloom.records import Article, Story
from newsloom.text import numbers


_art, _claim_of, _outlets = art, claim_of, claim_outlets


def test_one_percentage_of_one_measure_backs_across_outlets():
    wire = ("Firefighters had the Marrby forest fire 60% contained on Friday as the rain set in, the regional "
            "fire agency said.\n\nThe cause of the fire is still under investigation.")
    paper = ("Fire Chief Lena Holt said the blaze was 60% contained and that nobody had been hurt.\n\n"
             "Residents of Marrby will not be allowed home before Monday, she said.")
    claims = find_claims([_art("tw/1", "Tolvern Wire", wire, "2026-07-10T16:00:00Z"),
                          _art("bg/1", "Brask Gazette", paper, "2026-07-10T19:30:00Z")])
    c = _claim_of(claims, "60% contained on Friday")
    assert _outlets(c) == {"Tolvern Wire", "Brask Gazette"}
    assert c.status == "corroborated"
    # a measure compared with something unnamed is no fact in common: closing shares and a year's sales
    claims = find_claims([_art("tw/2", "Tolvern Wire", "Shares in Brell closed 4% higher on Monday after the results.",
                               "2026-07-10T16:00:00Z"),
                          _art("bg/2", "Brask Gazette", "Brell said sales in Europe were 4% higher than a year earlier.",
                               "2026-07-10T19:30:00Z")])
    assert all(len(_outlets(c)) == 1 for c in claims)


def test_passengers_and_crew_counted_alike_back_each_other():
    wire = ("A Kestrel Air jet with 221 people on board made an emergency landing at Osk on Sunday, the airline "
            "said.\n\nThe airline said 212 passengers and nine crew were on board, and that no one was hurt.")
    radio = ("The plane, carrying 212 passengers and nine crew, landed at Osk at 14:20 local time on Sunday.\n\n"
             "The aviation authority said it would examine the engine.")
    claims = find_claims([_art("pw/1", "Pellan Wire", wire, "2026-06-14T15:00:00Z"),
                          _art("vr/1", "Varde Radio", radio, "2026-06-14T18:00:00Z")])
    c = _claim_of(claims, "212 passengers and nine crew were on board")
    assert _outlets(c) == {"Pellan Wire", "Varde Radio"}
    # one count of one noun is no fact in common: the workers losing their jobs are not those at a sit-in
    claims = find_claims([
        _art("pw/2", "Pellan Wire", "The company said 300 workers would lose their jobs at the Brell plant.",
             "2026-06-14T15:00:00Z"),
        _art("vr/2", "Varde Radio", "About 2,000 people marched, and 300 workers joined a sit-in at the Brell plant "
             "on Friday.", "2026-06-14T18:00:00Z")])
    assert all(len(_outlets(c)) == 1 for c in claims)


def _storm(later_outlet: str) -> list[Article]:
    return [
        _art("ld/1", "Lund Daily", "A storm tore through the coastal town of Hesk on Monday, the county said.\n\n"
             "At least 60 houses have been destroyed, according to the county.", "2026-10-05T18:00:00Z",
             "Storm hits Hesk"),
        _art("or/1", "Orm Radio", "At least 60 houses have been destroyed in Hesk, officials said.\n\n"
             "Power was still cut to most of the town, the utility said.", "2026-10-06T12:00:00Z",
             "Hesk without power"),
        _art("x/1", later_outlet, "Crews began clearing roads in Hesk on Wednesday as the wind dropped.\n\n"
             "Officials said 64 houses had been destroyed.", "2026-10-07T17:00:00Z", "Hesk begins clear-up"),
    ]


def test_a_bound_of_houses_destroyed_and_a_later_exact_count_are_an_update():
    for later in ("Skarn Post", "Lund Daily"):  # (another outlet's later count, or the same outlet's)
        b = brief_to_dict(write_brief(Story("s-test", "", ["ld/1", "or/1", "x/1"]), _storm(later)))
        ups = [u for u in b["updates"] if "destroyed" in u["about"]]
        assert len(ups) == 1, (later, b["updates"])
        assert ups[0]["about"] == "houses destroyed"
        assert [v["value"] for v in ups[0]["values"]] == ["at least 60", "64"]
        # no value vanishes: the later count's own words are quoted
        assert any("64 houses" in q["quote"] for v in ups[0]["values"] for q in v["sources"]), ups[0]


def test_a_count_of_things_destroyed_names_the_things():
    text = "The storm destroyed 40 homes and forced 3,200 residents to leave."
    found = {n.text: counted(text, n) for n in numbers(text)}
    assert found["40"] == ("destroyed", "homes")
    assert found["3,200"] != ("destroyed", "residents")  # (residents are not what was destroyed)
    assert counted("Forty homes were destroyed.", numbers("Forty homes were destroyed.")[0]) == ("destroyed", "homes")
    text = "Forty-three homes were destroyed and two firefighters were sent to the town."
    assert [counted(text, n) for n in numbers(text)] == [("destroyed", "homes"), None]  # (no firefighters destroyed)
