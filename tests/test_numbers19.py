"""Figures read wrong (audit 19 #3, #1 in part, #8): temperatures in °C and °F, basis points and percentage
points, and a vote's tally in words. Every name, place and outlet here is invented."""

from newsloom.crosscheck import figure_label, find_claims
from newsloom.records import Article
from newsloom.text import numbers


def art(id_, outlet, text, published="2026-07-14T10:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


def one(text):
    (n,) = numbers(text)
    return n


# ------------------------------------------------------------------------------------------ temperatures

def test_a_temperature_is_read_with_its_decimals_and_scale_however_written():
    for written in ("41.2C", "41.2°C", "41.2 °C", "41.2 degrees Celsius", "41.2 degrees centigrade"):
        n = one(f"Tarrow recorded a temperature of {written} on Tuesday.")
        assert (n.unit, n.measure, n.text) == ("temperature", "°C", written)
        assert abs(n.value - 41.2) < 1e-9
    for written in ("106.2F", "106.2°F", "106.2 degrees Fahrenheit"):
        n = one(f"The thermometer in Tarrow hit {written} on Tuesday.")
        assert (n.unit, n.measure, n.text) == ("temperature", "°F", written)
        assert abs(n.value - 41.222) < 1e-3  # in °C
    assert one("Tarrow hits 41.2C").text == "41.2C"  # a headline's start


def test_a_reading_in_celsius_and_in_fahrenheit_agree_within_rounding_and_other_readings_differ():
    c, f = one("a high of 41.2C"), one("a high of 106.2F")
    assert c.agrees(f) and f.agrees(c)
    assert one("a high of 41C").agrees(one("a high of 106 degrees Fahrenheit"))
    assert not one("a high of 41.7C").agrees(f)
    assert not one("a high of 41.2C").agrees(one("a high of 41.7C"))
    assert one("a high of 41.2C").converted_to(f) == "about 106.2°F"
    assert figure_label(c) == "41.2C" and figure_label(f) == "106.2F"


def test_a_change_in_fahrenheit_has_no_offset():
    n = one("Temperatures rose by 9F overnight.")
    assert n.delta and abs(n.value - 5) < 1e-9


def test_letters_after_a_label_are_no_temperature():
    text = ("Pupils with a Grade C met in Section 4F, beside the Apollo 11C model; flight 11C to Vessa and "
            "seat 12F were delayed.")
    assert numbers(text) == []
    assert not any(n.unit == "temperature" for n in numbers("Only 4 Cats and 5 Fish were sold at the Brell fair."))


def test_temperature_pattern_is_bounded_on_long_input():
    # (a catastrophic pattern would not return)
    assert {n.unit for n in numbers("of 4 " * 40000 + "C")} == {""}
    assert [n.unit for n in numbers("hit 4" + " " * 200000 + "°C")] == [""]  # (one space at most)
    assert all(n.unit != "tally" for n in numbers("voted 7 " + "to " * 60000 + "2"))
    assert all(n.unit != "tally" for n in numbers("7 voting for " + "x " * 100000 + "and 2 against"))
    assert len(numbers("a quarter " * 20000 + "of a percentage point")) == 1


def _heat(first: str, second: str):
    return [
        art("a", "Brennick Herald", f"Tarrow recorded a temperature of {first} on Tuesday, the weather service said."
            "\n\nThe heat warning for the Maddow valley stays in force, the weather service said."),
        art("b", "Ostler Gazette", f"Tarrow recorded a temperature of {second} on Tuesday, the weather service said."
            "\n\nThe heat warning for the Maddow valley stays in force, the weather service said.",
            "2026-07-14T12:00:00Z"),
    ]


def test_the_same_reading_in_two_scales_is_no_contest():
    claims = find_claims(_heat("41.2C", "106.2F"))
    assert not any(c.status == "contested" for c in claims)
    claims = find_claims(_heat("41.2 degrees Celsius", "106.2 degrees Fahrenheit"))
    assert not any(c.status == "contested" for c in claims)


def test_two_readings_of_one_day_contest_with_their_units_and_a_label_of_what_is_measured():
    claims = find_claims(_heat("41.2C", "41.7C"))
    (c,) = [c for c in claims if c.status == "contested"]
    assert sorted(v.value for v in c.variants) == ["41.2C", "41.7C"]
    assert c.about == "temperature"


# ----------------------------------------------------------------------------- basis and percentage points

def test_basis_points_and_percentage_points_are_one_measure():
    quarter = one("The Varden Reserve Bank raised its rate by a quarter of a percentage point.")
    assert (quarter.unit, quarter.value, quarter.delta) == ("percentage points", 0.25, True)
    for written in ("25 basis points", "0.25 percentage point", "25bp", "25 bps", "twenty-five basis points"):
        n = one(f"It raised its rate by {written} on Monday.")
        assert n.unit == "percentage points" and abs(n.value - 0.25) < 1e-9, written
        assert n.agrees(quarter) and quarter.agrees(n)
    half = one("It cut by half a percentage point.")
    assert half.value == 0.5 and not half.agrees(quarter)
    assert one("a half-percentage-point cut").value == 0.5
    assert one("three quarters of a percentage point").value == 0.75
    assert one("It rose two and a half percentage points.").value == 2.5  # (not also a "half" of its own)
    assert figure_label(one("by 50 basis points")) == "50 basis points"


def test_other_points_and_letters_are_not_rate_points():
    assert one("The Dellin index fell 25 points.").unit == ""
    assert one("Shares in Borwick BP fell 3%.").unit == "%"


# ------------------------------------------------------------------------------------- tallies in words

def test_a_vote_tally_in_words_is_read_as_one_tally():
    for text in ("The Harlen council voted seven to two for the plan.",
                 "The plan passed by a vote of seven to two.",
                 "The court ruled by seven votes to two.",
                 "The board was split, with seven members voting for the increase and two against.",
                 "Seven were in favour and two against, the clerk said.",
                 "The board voted 7 to 2 on Monday."):
        tallies = [n for n in numbers(text) if n.unit == "tally"]
        assert [figure_label(n) for n in tallies] == ["7-2"], text
        assert len(numbers(text)) == 1, text  # the counts inside are not figures of their own


def test_ranges_and_counts_are_not_tallies():
    for text in ("Repairs take seven to ten days.", "The group grew from six to eight members.",
                 "The storm left 2 to 3 inches of rain.", "Seven people were for the plan, officials said.",
                 "The council voted to cut 2 to 3 percent of its budget."):
        assert not any(n.unit == "tally" for n in numbers(text)), text


def test_a_tally_in_words_joins_the_variant_of_the_same_tally_in_digits():
    arts = [
        art("a", "Calloway Post", "The Varden Reserve Bank raised its main rate to 3.5% on Thursday.\n\n"
            "Its policy board voted 7-2 for the increase, the bank said."),
        art("b", "Tessaly Courier", "Borrowing costs in Varden went up again on Thursday as the central bank lifted "
            "its key rate to 3.5%.\n\nThe bank's policy board voted seven to two for the increase, a statement "
            "showed.", "2026-07-14T11:00:00Z"),
        art("c", "Ranfold Ledger", "Varden's central bank put its rate up to 3.5% on Thursday in a split decision."
            "\n\nThe policy board voted 6-3 for the increase, minutes released by the bank showed.",
            "2026-07-14T12:00:00Z"),
    ]
    claims = find_claims(arts)
    votes = [c for c in claims if c.status == "contested" and any(v.value == "6-3" for v in c.variants)]
    assert votes, [(c.status, c.text) for c in claims]
    seven = next(v for v in votes[0].variants if v.value == "7-2")
    assert {e.outlet for e in seven.evidence} == {"Calloway Post", "Tessaly Courier"}
