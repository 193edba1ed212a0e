"""Session 30 (F1): conflicting counts kept as contests. A count that backs a lede with no figure still contests a
later claim's count; a sentence giving two counts of different things is a side of the one contested; "handed over
16" is no hedge; "at 7 p.m." is a time, not a count; "still missing" says the count goes on, not that it changed,
so two values of one day are that day's conflict, not an update. All articles, outlets, people and places are
made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import counted, find_claims
from newsloom.records import Article, Story
from newsloom.text import as_written, numbers


def _art(id_: str, outlet: str, text: str, published: str, title: str = "Prisoner swap at Tessel") -> Article:
    return Article(id=id_, outlet=outlet, title=title, text=text, published=published)


def _brief(arts: list[Article]) -> dict:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


def _contests(claims) -> dict[tuple[str, ...], list[str]]:
    """Each contested claim's values -> the outlets that give each."""
    return {tuple(sorted(v.value for v in c.variants)): {v.value: sorted(v.outlets) for v in c.variants}
            for c in claims if c.status == "contested"}


_LEDE = ("Velmar and Droskia exchanged prisoners on Friday at the Kalvian border town of Tessel, in a deal brokered "
         "by Kalvia.")
_TWO_COUNTS = "Velmar released 14 Droskian prisoners and Droskia freed 9 Velmaran citizens, officials on both sides said."
_SIXTEEN = ("Velmar handed over 16 Droskian prisoners on Friday in exchange for nine of its citizens, in a swap at "
            "Tessel arranged by Kalvia.")
_FOURTEEN = "Velmar freed 14 Droskian prisoners in return, the government said."


# ------------------------------------------------------------------ a count that backs a lede still contests


def test_a_count_written_under_a_lede_with_no_figure_still_contests():
    # (the 16 backs the wire's lede, which gives no figure: its count was set against none, and contests the 14)
    arts = [
        _art("o", "Orvane Wire", f"{_LEDE}\n\n{_TWO_COUNTS}\n\nThe Droskian foreign ministry denied that any ransom "
             "was paid.", "2026-11-20T09:15:00Z"),
        _art("m", "Marrow Times", f"{_SIXTEEN}\n\nTomas Reval, a 52-year-old engineer, said he had been held in a cell "
             "with no window for seven months.", "2026-11-20T13:05:00Z"),
        _art("h", "Hollin Radio", "Nine Velmaran citizens landed in the capital, Orst, on Friday evening after a "
             f"prisoner exchange with Droskia.\n\n{_FOURTEEN}", "2026-11-20T16:30:00Z"),
    ]
    claims = find_claims(arts)
    assert _contests(claims).get(("14", "16")) == {"14": ["Hollin Radio", "Orvane Wire"], "16": ["Marrow Times"]}, [
        (c.status, c.text, [(v.value, v.outlets) for v in c.variants]) for c in claims]
    # (the count is corroborated nowhere: the contest tells it)
    assert not [c for c in claims if c.status == "corroborated" and "14" in c.text], [(c.status, c.text) for c in claims]


def test_a_sentence_with_two_counts_is_a_side_of_the_one_contested():
    # (the wire's lede backs the 16 too: its article is still on the 14's side, by its sentence of two counts)
    arts = [
        _art("o", "Orvane Wire", f"{_LEDE}\n\n{_TWO_COUNTS}", "2026-11-20T09:15:00Z"),
        _art("m", "Marrow Times", _SIXTEEN, "2026-11-20T13:05:00Z"),
        _art("h", "Hollin Radio", "Nine Velmaran citizens landed in the capital, Orst, on Friday evening after a "
             f"prisoner exchange with Droskia.\n\n{_FOURTEEN}", "2026-11-20T16:30:00Z"),
    ]
    d = _brief(arts)
    sides = [{v["value"]: sorted(v["outlets"]) for v in c["variants"]} for c in d["conflicts"]]
    assert {"14": ["Hollin Radio", "Orvane Wire"], "16": ["Marrow Times"]} in sides, sides
    quoted = [s["quote"] for c in d["conflicts"] for v in c["variants"] for s in v["sources"]]
    assert _TWO_COUNTS in quoted, quoted


# ------------------------------------------------------------------ a qualifier comes from the side's own words


def test_handed_over_is_no_hedge():
    assert [(n.text, n.approx) for n in numbers(_SIXTEEN)] == [("16", ""), ("nine", "")]
    for t in ("Police turned over three suspects to the court.", "The firm signed over 40 hectares to the town."):
        assert all(not n.approx for n in numbers(t)), (t, numbers(t))
    # (a hedge stays one)
    t = "The blast killed over 100 people."
    assert [(n.text, n.approx, as_written(t, n)) for n in numbers(t)] == [("100", "more", "over 100")]
    arts = [_art("m", "Marrow Times", _SIXTEEN, "2026-11-20T13:05:00Z"),
            _art("h", "Hollin Radio", _FOURTEEN, "2026-11-20T16:30:00Z")]
    values = [v.value for c in find_claims(arts) for v in c.variants]
    assert sorted(values) == ["14", "16"], values


# ------------------------------------------------------------------ two values of one moment are a conflict


def test_a_clock_time_is_no_count():
    t = "The fire service said 10 people were missing as of 7 p.m."
    assert [n.text for n in numbers(t)] == ["10"]
    assert [n.text for n in numbers("By 5.20 p.m. the river had risen, and at 9 am 12 boats were out.")] == ["12"]
    assert [n.text for n in numbers("Divers searched until 11 o'clock.")] == []
    assert [counted(t, n) for n in numbers(t)] == [("missing", "")]


_W_TITLE = "Bridge collapses in Pellston"


def _bridge(with_radio: bool) -> list[Article]:
    arts = [
        _art("g", "Garrow Wire", "A road bridge over the River Aske in Pellston collapsed on Monday, killing at least "
             "3 people, the fire service said.\n\nTwelve people were still missing, the fire service said at 7 p.m.",
             "2026-11-23T19:30:00Z", _W_TITLE),
        _art("p", "Pellston Today", "The Aske Bridge in Pellston collapsed on Monday evening, killing three people, the "
             "fire service said.\n\nThe fire service says 10 people are still missing.", "2026-11-23T22:00:00Z", _W_TITLE),
        _art("a", "Aske Valley News", "The death toll from the collapse of the Aske Bridge in Pellston rose to 5 on "
             "Tuesday after divers recovered two more bodies from the river, the fire service said.\n\nSeven people are "
             "still missing.", "2026-11-24T16:00:00Z", _W_TITLE),
    ]
    if with_radio:
        arts.append(_art("n", "Northgate Radio", "At least three people were killed when the Aske Bridge in Pellston "
                         "collapsed on Monday evening, the fire service said.\n\nThe fire service said 10 people were "
                         "missing as of 7 p.m.", "2026-11-23T19:20:00Z", _W_TITLE))
    return arts


def test_still_missing_on_one_day_is_that_days_conflict_not_a_fall():
    for with_radio in (False, True):
        d = _brief(_bridge(with_radio))
        sides = [sorted(v["value"] for v in c["variants"]) for c in d["conflicts"]]
        assert ["10", "12"] in sides, (with_radio, sides)
        # (labelled in the reports' words, as the contest was before the day's step took it: not the key "missing")
        about = next(c["about"] for c in d["conflicts"] if sorted(v["value"] for v in c["variants"]) == ["10", "12"])
        assert "number of people" in about, about
        missing = [u for u in d["updates"] if u["about"] == "missing"]
        assert len(missing) == 1, d["updates"]
        steps = [(v["day"], sorted(x.strip() for x in v["value"].split(" or "))) for v in missing[0]["values"]]
        # (Monday's step holds both values, then Tuesday's 7: no fall from 12 to 10 that nobody reported)
        assert steps == [("Mon 23 Nov", ["10", "12"]), ("Tue 24 Nov", ["7"])], steps


def test_two_values_as_of_one_moment_are_a_conflict_even_worded_as_a_change():
    # ("as of 7 p.m." / "had risen to 12 by 7 p.m.": one moment's two counts, whatever the words; not 10 -> 12)
    arts = [
        _art("n", "Northgate Radio", "At least three people were killed when the Aske Bridge in Pellston collapsed on "
             "Monday evening, the fire service said.\n\nThe fire service said 10 people were missing as of 7 p.m.",
             "2026-11-23T19:20:00Z", _W_TITLE),
        _art("g", "Garrow Wire", "A road bridge over the River Aske in Pellston collapsed on Monday, killing at least 3 "
             "people, the fire service said.\n\nThe number of people missing had risen to 12 by 7 p.m., the fire "
             "service said.", "2026-11-23T19:30:00Z", _W_TITLE),
        _bridge(False)[2],
    ]
    d = _brief(arts)
    missing = [u for u in d["updates"] if u["about"] == "missing"]
    assert len(missing) == 1, d["updates"]
    steps = [(v["day"], sorted(x.strip() for x in v["value"].split(" or "))) for v in missing[0]["values"]]
    assert steps == [("Mon 23 Nov", ["10", "12"]), ("Tue 24 Nov", ["7"])], steps


# ------------------------------------------------------------------ moves measured at other moments


def test_moves_given_at_other_moments_are_not_a_contest():
    title = "Bank of Ostria raises rates"
    arts = [
        _art("v", "Varden Radio", "The Bank of Ostria raised its main interest rate to 4.5% on Thursday.\n\nThe ostra "
             "gained 0.8% against the dollar in the hour after the decision.", "2026-11-19T13:00:00Z", title),
        _art("h", "Halden Ledger", "The Bank of Ostria raised its key rate by a quarter point to 4.5% on Thursday.\n\n"
             "The ostra rose 0.8% against the dollar after the announcement.", "2026-11-19T14:00:00Z", title),
        _art("p", "Pellin News", "The Bank of Ostria increased its key rate to 4.5% from 4.25% on Thursday.\n\nBy 5 "
             "p.m., the ostra was up 0.6% against the dollar.", "2026-11-19T18:00:00Z", title),
    ]
    claims = find_claims(arts)
    assert not [c for c in claims if c.status == "contested"], [
        (c.text, [(v.value, v.outlets) for v in c.variants]) for c in claims if c.status == "contested"]
    moved = [c for c in claims if "0.8%" in c.text]
    assert moved and set(moved[0].outlets) == {"Varden Radio", "Halden Ledger"}, [(c.text, c.outlets) for c in claims]
    # (one moment, two values: still a contest)
    arts[2] = _art("p", "Pellin News", "The Bank of Ostria increased its key rate to 4.5% from 4.25% on Thursday.\n\n"
                   "The ostra rose 0.6% against the dollar in the hour after the decision.", "2026-11-19T18:00:00Z", title)
    assert [sorted(v.value for v in c.variants) for c in find_claims(arts) if c.status == "contested"] == [["0.6%", "0.8%"]]


def test_a_multiple_is_no_count_but_contests_another_multiple():
    # ("up to 3.4 times the labelled dose" is no value of the 31 products tested; "up to four times" is another
    # maximum: audit 24 #25)
    from newsloom.crosscheck import _conflicts, split_statements

    def pairs(a: str, b: str) -> list[tuple[str, str]]:
        x, y = split_statements([_art("a", "Fenmark Herald", a, "2026-03-24T09:00:00Z"),
                                 _art("b", "Wellmoor News", b, "2026-03-24T12:00:00Z")])
        return [(m.text, n.text) for m, n, _ in _conflicts(x, y)]

    tested = ("Researchers at Holm University tested 31 melatonin gummy products sold in Ostria and found that 22 of "
              "them contained more melatonin than their labels said.")
    warned = ("Parents who have Snoozy gummies at home should stop using them, the Ostrian Medicines Agency said on "
              "Tuesday, after Holm University researchers found the gummies contained up to 3.4 times the labelled "
              "dose of melatonin.")
    assert pairs(tested, warned) == []
    assert pairs(warned, "Children's sleep gummies sold in Ostria contain up to four times the dose of melatonin "
                 "printed on the packet.") == [("3.4", "four")]
    # (a count of times something was done is a count: "12 times a day")
    assert pairs("The pump ran 12 times a day, engineers said.", "The pump ran 15 times a day, the firm said.") == [
        ("12", "15")]
