"""Different sizes of one change and opposite outcomes are contested, not corroborated (audit 19 #1, #2):
"raised by 50 basis points" / "by 25 basis points", "raised" / "cut", a warning at "amber" / "red". Fictional
articles written here (invented banks, towns and outlets)."""

from newsloom import crosscheck
from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story

from claims_helpers import with_quote
from newsloom.text import numbers


def art(id_, outlet, text, published="2026-03-12T10:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)



def by_outlet(claim):
    return {o: v.value for v in claim.variants for o in v.outlets}


def two(first: str, second: str, day2="2026-03-12T15:00:00Z", tail=("The decision surprised traders in Quillan.",
                                                                    "Mortgage lenders in Quillan said they would respond.")):
    return [art("a", "Harrowgate Post", f"{first}\n\n{tail[0]}"),
            art("b", "Selby Courier", f"{second}\n\n{tail[1]}", day2)]


# ------------------------------------------------------------------------------------- size of a change

RATE = "The Bank of Quillan raised its main interest rate by {} on Thursday."


def test_two_sizes_of_one_rise_are_contested():
    claims = find_claims(two(RATE.format("50 basis points"), RATE.format("25 basis points")))
    rate = with_quote(claims, "main interest rate")
    assert rate and rate[0].status == "contested"
    assert rate[0].about == "size of the increase"
    got = by_outlet(rate[0])
    assert got["Harrowgate Post"].startswith("50") and got["Selby Courier"].startswith("25")


def test_two_sizes_of_one_fall_are_contested():
    shares = "Shares in Tarrow Mining fell by {} on Thursday after the miner cut its output forecast."
    claims = find_claims(two(shares.format("12%"), shares.format("8%")))
    c = with_quote(claims, "Tarrow Mining fell")[0]
    assert c.status == "contested" and c.about == "size of the fall"
    assert by_outlet(c) == {"Harrowgate Post": "12%", "Selby Courier": "8%"}


def test_one_size_of_one_change_is_corroborated():
    claims = find_claims(two(RATE.format("25 basis points"), RATE.format("25 basis points")))
    rate = with_quote(claims, "main interest rate")[0]
    assert rate.status == "corroborated" and not rate.variants


def test_a_change_and_a_level_do_not_contest():
    claims = find_claims(two("The Bank of Quillan raised its main interest rate by 0.25 points on Thursday.",
                             "The Bank of Quillan raised its main interest rate to 4.5% on Thursday."))
    assert not any(c.about and c.about.startswith("size of") for c in claims)


def test_an_earlier_value_is_no_size_of_a_change():
    claims = find_claims(two("Inflation in Quillan rose to 5% in February, up from 4% in January.",
                             "Inflation in Quillan rose to 5% in February, up from 3.8% in January."))
    assert not any(c.about and c.about.startswith("size of") for c in claims)
    assert crosscheck._change_size("up from 4% in January", numbers("up from 4% in January")[0]) is None


def test_sizes_of_change_on_other_days_are_two_changes():
    shares = "Shares in Tarrow Mining fell by {} on {} after the miner cut its output forecast."
    claims = find_claims(two(shares.format("12%", "Monday"), shares.format("8%", "Tuesday"),
                             day2="2026-03-17T15:00:00Z"))  # (Monday's paper of the 16th, Tuesday's of the 17th)
    c = with_quote(claims, "fell by 12%")[0]
    assert c.status != "contested" and not any("8%" in e.quote for e in c.evidence)


def test_a_figure_after_by_that_is_no_change_is_not_one():
    text = "The convoy was attacked by 12 gunmen near Ostby."
    assert crosscheck._change_size(text, numbers(text)[0]) is None


# ------------------------------------------------------------------------------------- opposite directions

def test_raised_and_cut_on_one_day_are_contested():
    claims = find_claims(two("The Bank of Quillan raised its main interest rate to 3% on Thursday.",
                             "The Bank of Quillan cut its main interest rate to 3% on Thursday."))
    c = with_quote(claims, "main interest rate")[0]
    assert c.status == "contested" and c.about == "direction"
    assert by_outlet(c) == {"Harrowgate Post": "raised", "Selby Courier": "cut"}


def test_a_rise_and_a_later_fall_are_two_facts():
    claims = find_claims(two("Shares in Tarrow Mining rose sharply on Monday, traders in Quillan said.",
                             "Shares in Tarrow Mining fell sharply on Tuesday, traders in Quillan said.",
                             day2="2026-03-17T15:00:00Z"))
    rose = with_quote(claims, "rose sharply")[0]
    assert rose.status != "contested" and not any("fell" in e.quote for e in rose.evidence)


def test_changes_of_two_things_do_not_contest():
    claims = find_claims(two("The government of Quillan cut taxes and raised spending in its budget on Thursday.",
                             "The government of Quillan raised taxes in its budget on Thursday."))
    assert not any(c.about == "direction" for c in claims)
    assert crosscheck._opposed(crosscheck._states("Taxes in Quillan rose on Thursday."),
                               crosscheck._states("Spending in Quillan fell on Thursday.")) is None


# ------------------------------------------------------------------------------------- warning levels

WARN = "The weather office raised its heat warning for Brackley to {} on Tuesday."


def test_two_levels_of_one_warning_on_one_day_are_contested():
    arts = [art("a", "Harrowgate Post", WARN.format("amber") + "\n\nTemperatures were expected to pass 38C.",
                "2026-07-14T09:00:00Z"),
            art("b", "Selby Courier", WARN.format("red") + "\n\nSchools in Brackley will close early.",
                "2026-07-14T15:00:00Z")]
    c = with_quote(find_claims(arts), "heat warning")[0]
    assert c.status == "contested" and c.about == "warning level"
    assert by_outlet(c) == {"Harrowgate Post": "amber", "Selby Courier": "red"}
    # the timeline credits no outlet with a level it did not give
    timeline = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))["timeline"]
    for row in timeline:
        if "amber" in row["statement"]:
            assert "Selby Courier" not in row["outlets"]
        if "to red" in row["statement"]:
            assert "Harrowgate Post" not in row["outlets"]


def test_levels_on_other_days_are_no_corroboration():
    arts = [art("a", "Harrowgate Post", "The heat warning for Brackley was raised to amber on Monday.",
                "2026-07-13T17:00:00Z"),
            art("b", "Selby Courier", "The heat warning for Brackley was raised to red on Tuesday.",
                "2026-07-14T17:00:00Z")]
    claims = find_claims(arts)
    red = with_quote(claims, "to red")[0]
    assert red.status != "corroborated" and not any("amber" in e.quote for e in red.evidence)


def test_levels_of_two_warnings_do_not_contest():
    x = crosscheck._states("Forecasters issued a red flood warning for the Brackley coast on Tuesday.")
    y = crosscheck._states("Forecasters issued an amber heat warning for Brackley on Tuesday.")
    assert x["warning level"][0] == "red" and y["warning level"][0] == "amber"
    assert crosscheck._opposed(x, y) is None
    assert crosscheck._states("A Red Cross warning came on Tuesday.") == {}


def test_the_patterns_are_bounded_on_long_input():
    # a catastrophic pattern would never return on these
    for text in ("warning " * 25000 + "to", "rose " + "x " * 100000 + "by 5%", "red " * 50000 + "warnings",
                 "rose by 5% " * 20000, "cut " * 50000):
        crosscheck._states(text)
        for n in numbers(text)[:3]:
            crosscheck._change_size(text, n)
    long_text = "raised " + "a " * 100000 + "by 5%"
    n = numbers(long_text)[0]
    assert crosscheck._change_size(long_text, n) is None  # (the verb is too far from its figure)


def test_opposite_moves_without_a_day_they_both_give_are_no_contest():
    # a morning paper's "rose" and an evening paper's "fell" may be one day's two moves: two facts
    claims = find_claims(two("Shares in Tarrow Mining rose sharply, traders in Quillan said.",
                             "Shares in Tarrow Mining fell sharply, traders in Quillan said."))
    assert not any(c.status == "contested" for c in claims)
    rose = with_quote(claims, "rose sharply")[0]
    assert not any("fell" in e.quote for e in rose.evidence)


def test_sizes_in_basis_points_and_percentage_points_are_compared():
    # (with the units read as one measure, text.numbers: 25 basis points = a quarter of a percentage point)
    claims = find_claims(two(RATE.format("half a percentage point"), RATE.format("25 basis points")))
    rate = with_quote(claims, "main interest rate")[0]
    assert rate.status == "contested" and rate.about == "size of the increase"
    claims = find_claims(two(RATE.format("a quarter of a percentage point"), RATE.format("25 basis points")))
    rate = with_quote(claims, "main interest rate")[0]
    assert rate.status == "corroborated" and not rate.variants
