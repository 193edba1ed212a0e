"""Session 26 (audit 26 #1, #2, #3, #5): a count's values on one day against a later day's, "at least" figures,
and figures of different things. Two outlets' tolls of one day that differ are that day's contest, and a later
day's higher toll still updates them; no toll is backed by a report giving another. All articles, outlets,
people and places are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story


def _art(id_: str, outlet: str, text: str, published: str) -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


def _flood(first: str, second: str) -> list[Article]:
    # two outlets give Monday's toll, a third gives Tuesday's, worded as a rise
    return [
        _art("f1", "Orrin Daily",
             f"Flash floods swept through the river town of Pellby in Saskern county on Monday, {first}, the "
             "county police said.\n\nThe river rose by four metres in two hours after a night of heavy rain, "
             "the weather office said.", "2026-03-02T08:10:00Z"),
        _art("f2", "Kestwick Herald",
             f"{second} when flash floods swept through Pellby in Saskern county early on Monday.\n\nThe "
             "river rose four metres in two hours after heavy overnight rain, according to the weather office.",
             "2026-03-02T15:40:00Z"),
        _art("f3", "Marrow Bay Radio",
             "The death toll from Monday's floods in Saskern county rose to 38 on Tuesday, the county police "
             "said.\n\nRescue boats were still searching the lower town for people stranded on roofs.",
             "2026-03-03T17:00:00Z"),
    ]


def _brief(arts: list[Article]) -> dict:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


def _values(u: dict) -> list[str]:
    return [v["value"] for v in u["values"]]


def _checks(d: dict, day_one: set[str]) -> None:
    # Monday's two tolls are a contest of their own, Tuesday's 38 in none
    contests = [c for c in d["conflicts"] if {v["value"] for v in c["variants"]} & day_one]
    assert len(contests) == 1, d["conflicts"]
    assert {v["value"] for v in contests[0]["variants"]} == day_one
    assert not any("38" in v["value"] for c in d["conflicts"] for v in c["variants"]), d["conflicts"]
    # ... and the rise to 38 on Tuesday is an update of Monday's step
    ups = [u for u in d["updates"] if u["about"] == "death toll"]
    assert len(ups) == 1, d["updates"]
    assert _values(ups[0])[-1] == "38" and len(ups[0]["values"]) == 2, ups[0]
    assert ups[0]["values"][0]["outlets"] == ["Orrin Daily", "Kestwick Herald"]
    # no body sentence is backed by a report of another value of the toll
    quotes = {"Orrin Daily": "Flash floods swept", "Kestwick Herald": "were killed when", "Marrow Bay Radio": "rose to 38"}
    for s in d["sentences"]:
        told = {o for o, q in quotes.items() if any(q in x["quote"] and x["outlet"] == o for x in s["sources"])}
        assert len(told) <= 1, s


def test_lower_bounds_of_one_day_contest_and_a_later_toll_updates_them():
    # (audit 26 #1: "at least 17" / "at least 26" on Monday, "rose to 38" on Tuesday)
    d = _brief(_flood("killing at least 17 people", "At least 26 people were killed"))
    _checks(d, {"at least 17", "at least 26"})
    # the later toll is not "corroborated" by Monday's lower bound
    later = next(s for s in d["sentences"] if "rose to 38" in s["text"])
    assert [x["outlet"] for x in later["sources"]] == ["Marrow Bay Radio"], later


def test_exact_tolls_of_one_day_contest_and_a_later_toll_is_no_third_value():
    # (audit 26 #2: 17 / 26 on Monday; Tuesday's "rose to 38" is the update, not a third value of the contest)
    d = _brief(_flood("killing 17 people", "Twenty-six people were killed"))
    _checks(d, {"17", "26"})
    assert d["conflicts"][0]["about"] == "death toll"
    # (no later day: Monday's two values make no update)
    assert _brief(_flood("killing 17 people", "Twenty-six people were killed")[:2])["updates"] == []


# ------------------------------------------------------------------ #3: "a day of" is one day, not three


def test_three_days_of_mourning_do_not_back_a_day_of_mourning():
    arts = [
        _art("m1", "Orrin Daily", "The death toll from Monday's floods in Saskern county rose to 38 on Tuesday, the "
             "county police said.\n\nThe county council has declared three days of official mourning.",
             "2026-03-03T09:00:00Z"),
        _art("m2", "Marrow Bay Radio", "Thirty-eight people are now known to have died in the floods, officials said "
             "on Tuesday.\n\nThe county council will hold a day of official mourning on Friday.",
             "2026-03-03T17:00:00Z"),
    ]
    d = _brief(arts)
    for s in d["sentences"]:
        if "mourning" in s["text"]:
            assert len({x["outlet"] for x in s["sources"]}) == 1, s
            assert s["status"] != "corroborated", s


# ------------------------------------------------------------------ #5: an offer's price is not the market's


def _deal(close: str) -> list[Article]:
    return [
        _art("d1", "Fennick Ledger", "Norhaven Foods has agreed to buy the flour miller Tilbury Mills for 640 million "
             "dollars.\n\nNorhaven will pay $18.20 a share, 22 percent more than Tilbury's closing price on Thursday.",
             "2026-06-05T09:00:00Z"),
        _art("d2", "Garrow Wire", "Norhaven Foods agreed on Friday to acquire Tilbury Mills for $640 million in cash."
             f"\n\nTilbury shares {close}.", "2026-06-05T15:00:00Z"),
    ]


def test_an_offer_price_and_a_closing_price_do_not_contest():
    d = _brief(_deal("closed up 19% at $17.65"))
    assert not any("18.2" in v["value"] or "17.65" in v["value"] for c in d["conflicts"] for v in c["variants"]), \
        d["conflicts"]
    assert not any(c["about"] in ("share", "shares") for c in d["conflicts"]), d["conflicts"]
    # (nor a price in the day's trading and the close: "rose 21 percent to $17.90 in morning trading")
    arts = _deal("closed up 19% at $17.65")
    arts[0] = _art("d1", "Fennick Ledger", "Norhaven Foods has agreed to buy the flour miller Tilbury Mills for 640 "
                   "million dollars.\n\nTilbury shares rose 21 percent to $17.90 in morning trading.",
                   "2026-06-05T09:00:00Z")
    assert _brief(arts)["conflicts"] == []
    # (two offer prices still differ: "$18.20 a share" / "will pay $18.60 a share")
    arts = _deal("closed up 19% at $17.65")
    arts[1] = _art("d2", "Garrow Wire", "Norhaven Foods agreed on Friday to acquire Tilbury Mills for $640 million "
                   "in cash.\n\nNorhaven will pay $18.60 a share, 24 percent more than Tilbury's closing price on "
                   "Thursday.", "2026-06-05T15:00:00Z")
    d = _brief(arts)
    assert any({v["value"] for v in c["variants"]} >= {"$18.20", "$18.60"} for c in d["conflicts"]), d["conflicts"]


def test_a_sentence_of_one_days_step_is_marked_with_its_own_figure():
    # (a step of two values of one day is "at least 17 or at least 26"; each sentence says its own)
    d = _brief(_flood("killing at least 17 people", "At least 26 people were killed"))
    figures = {s["sources"][0]["outlet"]: [u["figure"] for u in s["updated"]] for s in d["sentences"] if s["updated"]}
    assert figures.get("Orrin Daily") == ["at least 17"] and figures.get("Kestwick Herald") == ["at least 26"], figures
