"""Audit 23 #4 and #2: two reports of one act on other days ("found on Sunday" / "on Saturday night") contest
the day; "is considering an investigation" is not "is opening" one. Fictional articles written here
(invented places, people and outlets)."""

from newsloom.crosscheck import find_claims, states_told
from newsloom.records import Article

from claims_helpers import with_quote


def art(id_, outlet, text, published="2026-03-16T08:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


# ------------------------------------------------------------------------------------- the day of one act

def _rescue(first_day: str, second_day: str, second_published="2026-03-16T11:00:00Z"):
    # (Monday's papers)
    return [
        art("a", "Brackwater Gazette", f"Missing climber Tobin Ardley was found alive on Hesketh Pike {first_day}, "
            "the mountain rescue team said.\n\nHe was taken to Orrinford Infirmary with frostbite."),
        art("b", "Lowdale Examiner", f"Missing climber Tobin Ardley was found alive on Hesketh Pike {second_day}, "
            "the mountain rescue team said.\n\nArdley was taken to Orrinford Infirmary with frostbite.",
            second_published),
    ]


def test_two_weekdays_for_one_act_contest_the_date():
    for other in ("on Saturday night", "on Friday"):
        claims = find_claims(_rescue("on Sunday", other))
        found = with_quote(claims, "on Sunday")
        assert found and found[0].status == "contested" and found[0].about == "the date", other
        assert with_quote(found, other)
        assert [v.value for v in found[0].variants] == sorted(v.value for v in found[0].variants)
        assert {v.value for v in found[0].variants} == {"2026-03-15", "2026-03-14" if "Sat" in other else "2026-03-13"}
        assert not any(c.status == "corroborated" and with_quote([c], "on Sunday") and with_quote([c], other)
                       for c in claims)


def test_one_weekday_for_one_act_is_corroborated():
    claims = find_claims(_rescue("on Sunday", "on Sunday"))
    found = with_quote(claims, "found alive")
    assert found and found[0].status == "corroborated"


def test_weekdays_of_papers_a_week_apart_are_no_contest():
    # (a week on, "Saturday" is another Saturday: the weekdays resolve far apart and decide nothing)
    claims = find_claims(_rescue("on Sunday", "on Saturday night", "2026-03-22T11:00:00Z"))
    assert not any(c.about == "the date" for c in claims)


def test_two_acts_on_two_days_stand_apart():
    # arrived on Saturday, found on Sunday: other acts, no contest of their day
    arts = [
        art("a", "Brackwater Gazette", "Rescue teams from Orrinford arrived at Hesketh Pike on Saturday, the "
            "mountain rescue service said.\n\nThe weather on the pike was poor."),
        art("b", "Lowdale Examiner", "Missing climber Tobin Ardley was found alive on Hesketh Pike on Sunday, the "
            "mountain rescue service said.\n\nHe had frostbite."),
    ]
    claims = find_claims(arts)
    assert not any(c.status == "contested" for c in claims)
    assert with_quote(claims, "arrived") and with_quote(claims, "found alive")
    assert with_quote(claims, "arrived")[0] is not with_quote(claims, "found alive")[0]


# ------------------------------------------------------------------------------------- whether an inquiry is opened

def _inquiry(first: str, second: str, second_published="2026-03-17T07:00:00Z"):
    return [
        art("a", "Brackwater Gazette", f"The Harbour Safety Board {first} into Monday's Kessling ferry fire, a "
            "spokesperson for the board said.\n\nThe fire kept the Kessling ferry in port for six hours.",
            "2026-03-16T18:00:00Z"),
        art("b", "Lowdale Examiner", f"The Harbour Safety Board {second} into Monday's Kessling ferry fire.\n\n"
            "The Kessling ferry was kept in port for six hours on Monday.", second_published),
    ]


def test_considering_an_inquiry_does_not_back_opening_one():
    for hedge in ("is considering an investigation", "is weighing an investigation", "may open an investigation",
                  "has ruled out an investigation"):
        claims = find_claims(_inquiry("is opening an investigation", hedge))
        opening = with_quote(claims, "is opening")
        assert opening, hedge
        assert not any(c.status == "corroborated" and with_quote([c], hedge) for c in opening), hedge
        hedged = with_quote(claims, hedge)
        assert hedged and all(c.status != "corroborated" for c in hedged), hedge
        if opening[0] is hedged[0]:  # (one claim: a contest that shows both states)
            assert opening[0].status == "contested" and opening[0].about == "whether the inquiry is opened"
            assert len(opening[0].variants) == 2


def test_opening_and_launching_an_inquiry_still_corroborate():
    claims = find_claims(_inquiry("has opened an investigation", "has launched an inquiry"))
    opened = with_quote(claims, "has opened")
    assert opened and opened[0].status == "corroborated" and with_quote(opened, "has launched")


def test_the_inquirys_state_is_read_only_from_its_own_verb():
    assert "whether the inquiry is opened" in states_told("Regulator opens inquiry into ferry fire")
    assert "whether the inquiry is opened" in states_told("The board is considering opening a formal probe.")
    for text in ("Captain Rell was considered a witness in the investigation.",
                 "He refused to comment on the inquiry.",
                 "Lawmakers called for an inquiry into the fire."):
        assert not states_told(text), text
