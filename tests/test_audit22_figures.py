"""Audit 22 #1 and #2: a count per side ("five prisoners each") set against a total ("ten in all"), and two
end days of one closure ("until Thursday" / "until Friday" / "until further notice"). Fictional articles
written here (invented places, people and outlets)."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article
from newsloom.text import numbers

from claims_helpers import with_quote


def art(id_, outlet, text, published="2026-07-07T10:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


# ------------------------------------------------------------------------------------- counts per side

def _swap(first: str, second: str):
    return [
        art("a", "Quillmoor Courier", f"{first}\n\nThe exchange was brokered by Sentavia, the officials said."),
        art("b", "Branholt Journal", f"{second}\n\nSentavia brokered the exchange, diplomats said.",
            "2026-07-07T15:00:00Z"),
    ]


def test_five_each_agrees_with_ten_in_all():
    claims = find_claims(_swap(
        "Velmora and Drusk exchanged five prisoners each on Monday at the Karrow ford, officials said.",
        "Ten prisoners in all were freed on Monday in an exchange between Velmora and Drusk at the Karrow ford."))
    swap = with_quote(claims, "five prisoners each")
    assert swap and swap[0].status == "corroborated"
    assert with_quote(swap, "Ten prisoners in all")
    assert not any(c.status == "contested" for c in claims)


def test_from_each_side_agrees_with_the_total():
    claims = find_claims(_swap(
        "Velmora and Drusk freed 24 prisoners from each side on Monday at the Karrow ford, officials said.",
        "Velmora and Drusk freed 48 prisoners on Monday at the Karrow ford in an exchange, officials said."))
    swap = with_quote(claims, "24 prisoners from each side")
    assert swap and swap[0].status == "corroborated" and with_quote(swap, "48 prisoners")


def test_each_side_count_against_another_total_still_contests():
    claims = find_claims(_swap(
        "Velmora and Drusk exchanged five prisoners each on Monday at the Karrow ford, officials said.",
        "Fourteen prisoners in all were freed on Monday in an exchange between Velmora and Drusk at the Karrow ford."))
    swap = with_quote(claims, "five prisoners each")
    assert swap and swap[0].status == "contested"


def test_per_player_count_is_not_set_against_a_total():
    # two players named are no two sides: their goals each need not make the team's total
    arts = [
        art("a", "Quillmoor Courier", "Halvik Rovers beat Tesmere 5-1 on Saturday, with Oren Stahl and Ivo Markel "
            "scoring two goals each at the Pellgate ground."),
        art("b", "Branholt Journal", "Halvik Rovers scored five goals on Saturday against Tesmere at the Pellgate "
            "ground, with Oren Stahl and Ivo Markel on target.", "2026-07-07T15:00:00Z"),
    ]
    claims = find_claims(arts)
    assert not any(c.status == "contested" and any(v.value in ("2", "two") for v in c.variants) for c in claims)


def test_price_each_is_not_doubled():
    from newsloom.text import per_side
    text = "Tickets for the Velmora and Drusk exchange ceremony cost $5 each, organisers said."
    (n,) = numbers(text)
    assert not per_side(text, n)


def test_each_of_the_whole_is_no_count_per_side():
    from newsloom.text import per_side, two_sides
    text = "Relatives of each of the 12 prisoners exchanged at the Karrow ford waited at the gate."
    assert not any(per_side(text, n) for n in numbers(text))
    assert two_sides("Each side freed five prisoners.")
    assert per_side("Each side freed five prisoners.", numbers("Each side freed five prisoners.")[0])
    assert not two_sides("Oren Stahl and Ivo Markel scored two goals each.")


# ------------------------------------------------------------------------------------- end days

def _closure(first_end: str, second_end: str, second_published="2026-04-14T15:00:00Z"):
    return [
        art("a", "Ostwick Tribune", f"Pellmar Regional Airport will remain closed {first_end} because of "
            "flooding on the runway, the airport operator said.\n\nAbout 70 flights were cancelled, the operator "
            "said.", "2026-04-14T09:00:00Z"),
        art("b", "Dunharrow Post", f"Pellmar Regional Airport will remain closed {second_end} because of "
            "flooding on the runway, the transport ministry said.\n\nTravellers were told to check with their "
            "airlines.", second_published),
    ]


def test_two_end_days_contest():
    claims = find_claims(_closure("until Thursday", "until Friday"))
    shut = with_quote(claims, "until Thursday")
    assert shut and shut[0].status == "contested" and shut[0].about == "the date"
    assert with_quote(shut, "until Friday")
    assert sorted(v.value for v in shut[0].variants) == ["2026-04-16", "2026-04-17"]


def test_one_end_day_is_corroborated():
    claims = find_claims(_closure("until Thursday", "until Thursday"))
    shut = with_quote(claims, "until Thursday")
    assert shut[0].status == "corroborated" and len(shut[0].evidence) == 2


def test_one_end_day_in_papers_of_two_days_is_corroborated():
    # (Tuesday's and Wednesday's "until Thursday" are one Thursday)
    claims = find_claims(_closure("until Thursday", "until Thursday", "2026-04-15T08:00:00Z"))
    shut = with_quote(claims, "until Thursday")
    assert shut[0].status == "corroborated" and len(shut[0].evidence) == 2


def test_further_notice_does_not_back_an_end_day():
    claims = find_claims(_closure("until Thursday", "until further notice"))
    thursday = with_quote(claims, "until Thursday")
    notice = with_quote(claims, "until further notice")
    assert thursday and notice and thursday[0] is not notice[0]
    assert thursday[0].status == notice[0].status == "single-source"


def test_further_notice_in_both_is_corroborated():
    claims = find_claims(_closure("until further notice", "until further notice"))
    shut = with_quote(claims, "until further notice")
    assert shut[0].status == "corroborated" and len(shut[0].evidence) == 2


def test_price_each_against_another_price_still_contests():
    # a price "each" is no count per side: $5 each is not $10 in all
    claims = find_claims(_swap(
        "Tickets to the Velmora and Drusk exchange ceremony at the Karrow ford cost $5 each, organisers said.",
        "Tickets to the Velmora and Drusk exchange ceremony at the Karrow ford cost $10, organisers said."))
    tickets = with_quote(claims, "cost $5 each")
    assert tickets and tickets[0].status == "contested"
