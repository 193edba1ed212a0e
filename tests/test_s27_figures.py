"""Session 27 (audit 27 #2, #8, #11): reading figures. "a 30% lower risk" is "30% less likely"; a rate "10 in
1,000" is one figure, not two counts; "9 more people" is an addition and "bringing the total to 23" the count.
All articles, outlets, people and places are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import counted, update_wording
from newsloom.records import Article, Story
from newsloom.text import numbers


def _art(id_: str, outlet: str, text: str, published: str) -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


def _brief(arts: list[Article]) -> dict:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


def _read(text: str) -> list[tuple[str, float, str, bool]]:
    return [(n.text, round(n.value, 6), n.unit, n.delta) for n in numbers(text)]


# ------------------------------------------------------------------ #2: "lower risk" is a lower likelihood


def test_a_lower_risk_is_a_likelihood_below_one():
    assert _read("was linked to a 30% lower risk of stroke") == [("30% lower risk", 0.7, "ratio", False)]
    assert _read("a 25 percent reduced risk of falls") == [("25 percent reduced risk", 0.75, "ratio", False)]
    # (a higher risk and "less likely" as before)
    assert _read("a 30% higher risk of stroke") == [("30% higher risk", 1.3, "ratio", False)]
    assert _read("were 30% less likely to have a stroke") == [("30% less likely", 0.7, "ratio", False)]


def test_thirty_percent_less_likely_and_a_thirty_percent_lower_risk_corroborate():
    d = _brief([
        _art("a", "Tessmoor Herald", "People over 60 who walked for 30 minutes a day were 30% less likely to have a "
                                     "stroke over eight years, a study in the Nordvale Medical Journal found.",
             "2026-11-19T07:30:00Z"),
        _art("b", "Norrby News Service", "A daily walk of 30 minutes was linked to a 30% lower risk of stroke over "
                                         "eight years in people over 60, a study in the Nordvale Medical Journal found.",
             "2026-11-19T14:20:00Z"),
    ])
    assert d["conflicts"] == []
    assert [s["status"] for s in d["sentences"]] == ["corroborated"], d["sentences"]


# ------------------------------------------------------------------ #8: "N in M" is one rate


def test_n_in_m_is_one_rate():
    assert _read("10 in 1,000 had a stroke each year") == [("10 in 1,000", 1.0, "%", False)]
    assert _read("About one in five adults walks daily") == [("one in five", 20.0, "%", False)]
    assert _read("three out of four voters") == [("three out of four", 75.0, "%", False)]
    assert _read("one in every 20 homes") == [("one in every 20", 5.0, "%", False)]
    assert _read("7 per 1,000 births") == [("7 per 1,000", 0.7, "%", False)]
    # "one in five" is the share "20%", and is labelled as written
    one_in_five, twenty = numbers("one in five adults")[0], numbers("20% of adults")[0]
    assert one_in_five.agrees(twenty) and one_in_five.measure == "rate"
    # no rate: a measure after, a year, more than the whole, "per" a period
    assert [t for t, *_ in _read("scored 2 in 10 minutes")] == ["2", "10 minutes"]
    assert [t for t, *_ in _read("Police arrested 3 in 2019")] == ["3"]
    assert [t for t, *_ in _read("killed 12 in 3 villages")] == ["12", "3"]
    assert [t for t, *_ in _read("earned 120 per day")] == ["120"]
    assert [t for t, *_ in _read("has scored 12 in 15 matches")] == ["12", "15"]


def test_from_a_rate_to_a_rate_gives_both_values():
    # the two groups of a study, not an earlier value and a change ...
    assert _read("In absolute terms, the risk fell from 10 in 1,000 people a year to 7 in 1,000, the researchers "
                 "said.") == [("10 in 1,000", 1.0, "%", False), ("7 in 1,000", 0.7, "%", False)]
    # ... while a count's earlier value stays one (the later updates it)
    assert [n.delta for n in numbers("The death toll rose from 9 to 15.")] == [True, False]


def test_two_reports_of_the_same_two_rates_back_each_other():
    d = _brief([
        _art("a", "Tessmoor Herald", "Among those who walked little, 10 in 1,000 had a stroke each year; among the "
                                     "others it was 7 in 1,000.", "2026-11-19T07:30:00Z"),
        _art("b", "Norrby News Service", "In absolute terms the numbers went from 10 in 1,000 a year to 7 in 1,000, "
                                         "Halvard said.", "2026-11-19T09:30:00Z"),
    ])
    # one fact, told by both, and the before and after of one change are no contest
    assert d["conflicts"] == []
    assert [(s["status"], s["outlets"]) for s in d["sentences"]] == [
        ("corroborated", ["Tessmoor Herald", "Norrby News Service"])], d["sentences"]


# ------------------------------------------------------------------ #11: "9 more", "bringing the total to 23"


def test_an_addition_is_a_change_and_the_total_it_brings_is_the_count():
    text = ("Police in Sorvik arrested 9 more people on Sunday after a night of clashes, bringing the total number "
            "of arrests to 23.")
    nine, total = numbers(text)
    assert nine.delta and not total.delta
    assert counted(text, nine) is None and counted(text, total) == ("arrested", "")
    assert update_wording(text, total)
    # (the total's kind is the clause's before it when the total is not named)
    text = "Police arrested nine more people on Sunday, bringing the total to 23."
    assert counted(text, numbers(text)[-1]) == ("arrested", "")
    for text in ("Another 12 people were injured, taking the toll to 40.", "A further 30 bodies were found, "
                 "bringing the total to 70.", "Police arrested an additional 40 people, 90 in all."):
        assert numbers(text)[0].delta and counted(text, numbers(text)[0]) is None, text
    # without a total, what was added is the figure told (though no total itself)
    text = "The leaders pledged more than 1 billion additional vaccine doses."
    assert not numbers(text)[0].delta
    assert counted("Police arrested 9 more people on Sunday.", numbers("Police arrested 9 more people on Sunday.")[0]) is None
    # (not "30% more likely", nor "five or more", nor the size of the next sum or span: "another $1.8 billion package")
    assert not numbers("were 30% more likely to fall")[0].delta
    assert not numbers("five or more people")[0].delta
    assert not numbers("unveiled another $1.8 billion package, for a total of $4 billion")[0].delta
    assert not numbers("would wait another 30 days, 90 in all")[0].delta


def test_arrests_update_from_saturday_to_sunday():
    d = _brief([
        _art("a", "Pellam Wire", "Teachers marched through the centre of Sorvik on Saturday to protest against a "
                                 "two-year pay freeze.\n\nPolice said they arrested 14 people after a group of "
                                 "masked protesters threw bottles at officers near the finance ministry.",
             "2026-11-21T16:30:00Z"),
        _art("b", "Norrland Courier", "Police in Sorvik arrested 9 more people on Sunday after a night of clashes that "
                                      "followed Saturday's teachers' march against the pay freeze, bringing the total "
                                      "number of arrests to 23.", "2026-11-22T12:15:00Z"),
    ])
    ups = [u for u in d["updates"] if u["about"] == "arrested"]
    assert len(ups) == 1, d["updates"]
    assert [v["value"] for v in ups[0]["values"]] == ["14", "23"], ups[0]
    assert d["conflicts"] == []
