"""Session 27, T2: a day that only dates a value the sentence measures against ("34 per cent more than the
closing price on Friday", "up 5% from Friday's close") dates no timeline row (audit 26 #16); "this morning",
"tonight" in a dated report are its publication day, as "today" is (audit 26 #18). Fictional articles written
here (invented places, people, outlets)."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story
from newsloom.text import dates


def _brief(*arts: Article) -> dict:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), list(arts)))


def _art(id_: str, outlet: str, text: str, published: str, title: str = "Report") -> Article:
    return Article(id=id_, outlet=outlet, title=title, published=published, text=text)


MONDAY = "2026-11-16T07:00:00Z"  # (Friday is the 13th)


# --------------------------------------------------------------------- the day of a yardstick value

def test_the_day_of_a_value_measured_against_dates_no_row():
    rows = _brief(
        _art("a", "Corvel Foods", "Corvel Foods Ltd. agreed on Monday to acquire Tamsin Dairy for $640 million in "
             "cash.\n\nThe price of $18.20 per share represents a premium of 41% to Tamsin Dairy's closing share "
             "price on Friday.", MONDAY, "Corvel Foods to acquire Tamsin Dairy"),
        _art("b", "Ostry Ledger", "Corvel Foods has agreed to buy Tamsin Dairy for $640 million.\n\nCorvel will pay "
             "$18.20 a share, 41 per cent more than Tamsin Dairy's closing price on Friday.\n\nTamsin shares rose "
             "12% from Friday's close in early trading.", "2026-11-16T12:00:00Z", "Corvel buys Tamsin Dairy"),
    )["timeline"]
    assert not [r for r in rows if r["date"] == "2026-11-13"], rows
    assert any(r["date"] == "2026-11-16" and "agreed on Monday" in r["statement"] for r in rows), rows


def test_a_day_of_a_value_an_act_reaches_or_sets_is_still_its_act():
    from newsloom.brief import _dates_a_yardstick
    for drop in ("The offer is 20 percent above the dairy's level as of Friday.",
                 "Shares were up 12% on Friday's closing price.",
                 "Compared with Friday's close, the index is 3% lower.",
                 "The toll rose to 31 from Friday's figure of 24.",
                 "The offer is a 41 percent premium over Tamsin Dairy's share price on Friday."):
        assert [d.text for d in dates(drop, MONDAY) if _dates_a_yardstick(drop, d)] == ["Friday"], drop
    for keep in ("The Ostry index rose 2% to a record high on Friday.",
                 "Tamsin shares closed at $12.90 on Friday.",
                 "Farmers protested against milk prices on Friday.",
                 "Shares closed below their listing price on Friday.",
                 "The central bank raised its rate on Friday."):
        assert not [d for d in dates(keep, MONDAY) if _dates_a_yardstick(keep, d)], keep
    # (the act's own day stays beside the yardstick's)
    both = "Corvel agreed on Monday to pay 41% more than last Friday's close."
    assert [d.text for d in dates(both, MONDAY) if not _dates_a_yardstick(both, d)] == ["Monday"]


# ---------------------------------------------------------------------------- a part of today

def test_this_morning_and_tonight_are_the_publication_day():
    for text, when in (("The board approved the sale this morning.", "this morning"),
                       ("The minister will address parliament tonight.", "tonight"),
                       ("Police closed the bridge this afternoon.", "this afternoon")):
        assert [(d.text, d.iso) for d in dates(text, MONDAY)] == [(when, "2026-11-16")], text
    # (the name of a show is no day)
    assert dates("Mayor Brenn told the Today programme that the bridge was safe.", MONDAY) == []
    assert dates("She was a guest on The Tonight Show in Ardley.", MONDAY) == []
    assert [d.text for d in dates("Brenn spoke on the “Tonight Show With Ola Venn” on Friday.", MONDAY)] == ["Friday"]
    assert [d.text for d in dates('"Today we reopen the bridge," Brenn said.', MONDAY)] == ["Today"]


def test_a_release_of_this_morning_is_dated_on_its_day():
    b = _brief(
        _art("a", "Corvel Foods", "ARDLEY, November 16, 2026 - Corvel Foods Ltd. this morning announced that it has "
             "agreed to acquire Tamsin Dairy for $640 million in cash.\n\nThe deal is expected to close in 2027.",
             MONDAY, "Corvel Foods to acquire Tamsin Dairy"),
        _art("b", "Ostry Ledger", "Corvel Foods has agreed to buy Tamsin Dairy for $640 million.\n\nTamsin shares "
             "rose 12% in early trading.", "2026-11-16T12:00:00Z", "Corvel buys Tamsin Dairy"),
    )
    rows = [r for r in b["timeline"] if "this morning announced" in r["statement"]]
    assert [r["date"] for r in rows] == ["2026-11-16"], b["timeline"]


# ------------------------------------------------------------------- a headline older than the lead

def _trial() -> list[Article]:
    return [
        _art("d1a", "Brackwater Wire", "A jury at Osterhaven Crown Court on Monday found Ludo Wrenfield, the former "
             "manager of the Saltmarsh Relief Fund, guilty of three counts of theft.\n\nProsecutors said Wrenfield "
             "took 1.8 million crowns from the fund between 2020 and 2024.", "2026-03-09T16:00:00Z",
             "Former relief fund manager Ludo Wrenfield convicted of theft"),
        _art("d1b", "Fennmoor Courier", "A jury at Osterhaven Crown Court found the 61-year-old Ludo Wrenfield guilty "
             "on Monday of three counts of theft.\n\nProsecutors said Wrenfield took 1.8 million crowns from the fund "
             "between 2020 and 2024.", "2026-03-09T18:00:00Z", "Wrenfield guilty: jury convicts fund manager"),
        _art("d2a", "Brackwater Wire", "Ludo Wrenfield, who stole 1.8 million crowns from a flood relief fund, was "
             "jailed on Tuesday for five years.\n\nJudge Hanna Pell said Wrenfield had abused the trust of flood "
             "victims.", "2026-03-10T13:00:00Z", "Relief fund manager Wrenfield jailed for five years"),
        _art("d2b", "Lissel Post", "Ludo Wrenfield was jailed on Tuesday for five years for stealing 1.8 million "
             "crowns.\n\nJudge Hanna Pell said Wrenfield had abused the trust of flood victims.",
             "2026-03-10T17:00:00Z", "Jail for manager who robbed flood relief fund"),
    ]


def _lead_from(arts: list[Article], *ids: str):
    from newsloom.records import BriefSentence, Source
    srcs = []
    for a in arts:
        if a.id in ids:
            q = a.text.split("\n\n")[0]
            srcs.append(Source(a.id, a.outlet, q, 0, len(q)))
    return BriefSentence(srcs[0].quote, srcs[0].quote, "", "corroborated", srcs[:1], "lead", also_reported_by=srcs[1:])


def test_a_title_written_before_the_leads_news_does_not_head_it():
    from newsloom.brief import _headline
    from newsloom.crosscheck import find_claims
    arts = _trial()
    claims = find_claims(arts)
    story = Story("s", "", [a.id for a in arts])
    # (the lead is the second day's sentencing: a title of a report of it)
    assert _headline(story, arts, claims, [], _lead_from(arts, "d2a", "d2b")) == \
        "Relief fund manager Wrenfield jailed for five years"
    assert _headline(story, arts, claims, [], _lead_from(arts, "d2b")) == "Jail for manager who robbed flood relief fund"
    # (a lead of the first day, or one the first day's reports tell too, keeps the title of the first day)
    first = _headline(story, arts, claims, [])
    assert first in ("Former relief fund manager Ludo Wrenfield convicted of theft",
                     "Wrenfield guilty: jury convicts fund manager")
    assert _headline(story, arts, claims, [], _lead_from(arts, "d1a")) == first
    assert _headline(story, arts, claims, [], _lead_from(arts, "d2a", "d1b")) == first
