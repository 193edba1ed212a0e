"""Figures read wrong (audit 20 #2, #9, #14 first item): numeric ordinals ("the 78th minute"), sums paid per
period ("$1,000 a month") and a match score's contest label. Every name, place and outlet here is invented."""

from newsloom.crosscheck import figure_label, find_claims
from newsloom.records import Article
from newsloom.text import numbers


def art(id_, outlet, text, published="2026-09-06T18:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


def contested(claims):
    return [c for c in claims if c.status == "contested"]


def two_reports(first, second, title="Brannock win the Quell Cup"):
    return find_claims([
        art("a1", "Ostrel Courier", f"Brannock Town beat Vessby Rovers in the Quell Cup final on Saturday. {first}",
            title=title),
        art("b1", "Harrowgate Ledger", f"Brannock Town beat Vessby Rovers in the Quell Cup final on Saturday. {second}",
            published="2026-09-06T19:00:00Z", title=title),
    ])


# ------------------------------------------------------------------------------------------ ordinals

def test_a_numeric_ordinal_is_a_figure_of_its_noun():
    (n,) = numbers("Pella Marsh scored the winner in the 64th minute.")
    assert (n.value, n.text, n.unit) == (64, "64th minute", "ordinal minut")
    assert figure_label(n) == "64th minute"
    (n,) = numbers("Fire crews reached the 12th floor before noon.")
    assert (n.value, n.text) == (12, "12th floor")
    (n,) = numbers("Pella Marsh's 90th-minute header settled it.")
    assert (n.value, n.text) == (90, "90th-minute")


def test_two_ordinals_of_one_noun_contest_as_the_minute():
    claims = two_reports("Pella Marsh scored the winner in the 64th minute.",
                         "Pella Marsh scored the winner in the 46th minute.")
    (c,) = [c for c in contested(claims) if c.about == "the minute"]
    assert {v.value for v in c.variants} == {"64th minute", "46th minute"}
    assert {o for v in c.variants for o in v.outlets} == {"Ostrel Courier", "Harrowgate Ledger"}


def test_the_same_ordinal_and_minutes_in_agree():
    claims = two_reports("Pella Marsh scored the winner in the 64th minute.",
                         "Pella Marsh scored the winner 64 minutes in, after a long throw.")
    assert not [c for c in contested(claims) if c.about == "the minute"]
    claims = two_reports("Pella Marsh scored the winner in the 64th minute.",
                         "Pella Marsh scored the winner 46 minutes in, after a long throw.")
    assert [c for c in contested(claims) if c.about == "the minute"]


def test_minutes_in_a_place_stay_a_duration():
    (n,) = numbers("The balloon spent 64 minutes in the air over Quell.")
    assert n.unit == "time"


def test_dates_names_and_ordinals_in_words_are_no_ordinal_figures():
    assert numbers("The Quell fair opens on June 18th and closes on the 21st of June.") == []
    assert numbers("The fair opens on the 18th June.") == []
    assert numbers("The 2nd Battalion and the 22nd Regiment marched through Quell.") == []
    assert numbers("It was the first match and the second final at Quell.") == []
    assert numbers("On the 3rd and final day, crowds left.") == []
    assert numbers("He said that on February the 15th they would come back.") == []


def test_an_ordinal_of_a_running_period_is_no_figure():
    # (the 12th day of a strike is its 14th two days later: reports of other days do not disagree)
    assert numbers("The Quell dock strike entered its 12th day on Friday.") == []
    assert numbers("Prices in Quell rose for the 9th consecutive month.") == []


def test_ordinals_of_different_nouns_do_not_contest():
    claims = two_reports("Pella Marsh scored the winner in the 64th minute.",
                         "Pella Marsh scored the winner, her 46th goal.")
    assert not [c for c in contested(claims) if c.about in ("the minute", "the goal")]


def test_ordinal_pattern_is_bounded_on_long_input():
    # (a catastrophic pattern would not return)
    assert numbers("12th " * 40000) == []
    assert len(numbers("the 12th " + "a" * 200000)) == 0
    assert all(n.unit != "ordinal minut" for n in numbers("64 minutes in" + " " * 200000 + "x"))


# ------------------------------------------------------------------------------------------ rates

def test_a_sum_keeps_its_period():
    (n,) = numbers("Tervia will cost $1,000 a month per patient.")
    assert (n.value, n.unit, n.measure, n.text) == (1000, "$", "per month", "$1,000 a month")
    assert figure_label(n) == "$1,000 a month"
    assert numbers("€12,000 annually")[0].measure == "per year"
    assert numbers("£30 per day")[0].measure == "per day"
    # a time after a sum is no rate
    assert numbers("Profit was $5 million a year ago.")[0].measure == ""
    assert numbers("a $12,000 fine")[0].measure == ""
    assert numbers("Families get $300 a month from Quell council.")[0].measure == "per month"
    assert numbers("$5" + " " * 200000 + "a month")[0].measure == ""  # (bounded: one space at most)


def test_equal_annualised_sums_agree_and_other_periods_do_not_contest():
    month, year = numbers("$1,000 a month")[0], numbers("$12,000 a year")[0]
    assert month.agrees(year) and year.agrees(month)
    assert not numbers("$1,000 a month")[0].agrees(numbers("$1,000 a year")[0])

    def drug(first, second):
        return find_claims([
            art("a1", "Ostrel Courier", f"The Quell Medicines Board approved the drug Tervia on Monday. {first}"),
            art("b1", "Harrowgate Ledger", f"The Quell Medicines Board approved the drug Tervia on Monday. {second}",
                published="2026-09-06T19:00:00Z"),
        ])

    claims = drug("Tervia will cost $1,000 a month per patient, its maker Dunlow Pharma said.",
                  "Tervia will cost $12,000 a year per patient, Dunlow Pharma said.")
    assert not contested(claims)
    # a sum with no period beside a monthly sum: two quantities
    claims = drug("Tervia will cost $1,000 a month per patient, its maker Dunlow Pharma said.",
                  "Tervia will cost $9,000 per patient, Dunlow Pharma said.")
    assert not contested(claims)
    # two monthly sums that differ still contest
    claims = drug("Tervia will cost $1,000 a month per patient, its maker Dunlow Pharma said.",
                  "Tervia will cost $1,400 a month per patient, Dunlow Pharma said.")
    (c,) = contested(claims)
    assert {v.value for v in c.variants} == {"$1,000 a month", "$1,400 a month"}


# ------------------------------------------------------------------------------------------ score label

def test_a_match_score_contest_is_labelled_the_score():
    claims = find_claims([
        art("a1", "Ostrel Courier", "Brannock Town beat Vessby Rovers 2-1 in the Quell Cup final on Saturday."),
        art("b1", "Harrowgate Ledger", "Brannock Town won the Quell Cup on Saturday, defeating Vessby Rovers 3-1.",
            published="2026-09-06T19:00:00Z"),
    ])
    (c,) = contested(claims)
    assert c.about == "the score"
    assert {v.value for v in c.variants} == {"2-1", "3-1"}


def test_a_vote_tally_is_not_labelled_as_a_score():
    claims = find_claims([
        art("a1", "Ostrel Courier", "The Quell town council voted 7-2 on Monday to close the Brannock library."),
        art("b1", "Harrowgate Ledger", "The Quell town council voted 6-3 on Monday to close the Brannock library.",
            published="2026-09-06T19:00:00Z"),
    ])
    (c,) = contested(claims)
    assert c.about == "council voted"  # (as before: a vote is no match)
    assert {v.value for v in c.variants} == {"7-2", "6-3"}
