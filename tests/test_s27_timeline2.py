"""Session 27, T2b (audit 27): "called a strike for Wednesday" points forward, and a future day in what a clause
of a past act reports does not date the act (#10); the day of another event of the story's kind that a sentence
compares with ("the second fire this week, after ... on Monday") dates no row (#12); a party's own release does
not lead over a news report (#15). Fictional articles written here (invented places, people, outlets)."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story
from newsloom.text import dates


def _brief(*arts: Article) -> dict:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), list(arts)))


def _art(id_: str, outlet: str, text: str, published: str, title: str = "Report") -> Article:
    return Article(id=id_, outlet=outlet, title=title, published=published, text=text)


SATURDAY = "2026-11-21T19:30:00Z"  # (Wednesday before: the 18th; after: the 25th)
FRIDAY = "2026-11-20T09:00:00Z"  # (Monday the 16th, Thursday the 19th)


# --------------------------------------------------------------------- an appointment made for a weekday

def test_a_strike_called_for_a_weekday_is_the_coming_one():
    for ahead, iso in (("The union has called a one-day national strike for Wednesday.", "2026-11-25"),
                       ("Organisers announced a second rally for Sunday.", "2026-11-22"),
                       ("A walkout has been called for Wednesday.", "2026-11-25"),
                       ("The board has scheduled an emergency meeting for Monday.", "2026-11-23")):
        assert [d.iso for d in dates(ahead, SATURDAY)] == [iso], ahead
    for past, iso in (("The union had called a strike for Wednesday, but called it off.", "2026-11-18"),
                      ("The hearing was scheduled for Monday.", "2026-11-16"),
                      ("Nurses called for Wednesday's talks to be reopened.", "2026-11-18")):
        assert [d.iso for d in dates(past, SATURDAY)] == [iso], past


def test_a_future_day_in_what_a_clause_reports_does_not_date_the_main_act():
    rows = _brief(_art("a", "Quarry FM", "Thousands of nurses marched through Vennick on Saturday against the hospital "
                       "cuts.\n\nThe march ended in Mill Square, where union leader Odile Strand said nurses were ready "
                       "to strike on Wednesday.\n\nThe union has called a one-day national strike for Wednesday.",
                       SATURDAY, "Nurses march in Vennick"))["timeline"]
    assert [(r["date"], r["statement"][:20]) for r in rows] == [
        ("2026-11-21", "Thousands of nurses "), ("2026-11-25", "The union has called")], rows


# --------------------------------------------------------------------- another event of the story's kind

def test_an_earlier_event_the_sentence_compares_with_is_no_row():
    rows = _brief(
        _art("a", "Pike Radio", "Four people died and 15 were injured in a fire at the Orrin Mills paper factory in "
             "Dallow on Thursday.\n\nThe fire started in a drying hall, fire officers said.\n\nPolice said they had "
             "opened an investigation into the cause of the fire.", "2026-11-19T16:00:00Z", "Dallow factory fire kills four"),
        _art("b", "Keswold Daily", "Workers at the Orrin Mills factory in Dallow said on Friday that a fire door had "
             "been blocked.\n\nOwner Lars Orrin said the fire officers had inspected the factory in June.\n\nIt was the "
             "second deadly factory fire in the country this week, after two workers died at a glass works in Tamsley "
             "on Monday.", FRIDAY, "Dallow fire: workers say door was blocked"),
    )["timeline"]
    assert not [r for r in rows if r["date"] == "2026-11-16"], rows
    assert rows and rows[0]["date"] == "2026-11-19", rows


def test_which_days_date_another_event_of_the_kind():
    from newsloom.brief import _dates_an_earlier_one
    for drop in ("It was the second deadly factory fire this week, after two workers died at a plant in Tamsley on Monday.",
                 "The derailment is the third on the line this year, following a crash near Orm on Monday.",
                 "A similar fire at a mill in Tamsley on Monday killed two."):
        assert [d.text for d in dates(drop, FRIDAY) if _dates_an_earlier_one(drop, d)] == ["Monday"], drop
    for keep in ("Police arrested a second man on Tuesday, after the first suspect was charged on Monday.",
                 "The fire broke out on Monday after a similar blaze was put out in the same hall.",
                 "Two workers died at the plant on Monday, the second time this year.",
                 "The fire was the worst in the town for decades, officials said on Monday."):
        assert not [d for d in dates(keep, FRIDAY) if _dates_an_earlier_one(keep, d)], keep


def test_a_day_in_a_clause_that_describes_a_noun_does_not_date_the_act():
    rows = _brief(
        _art("a", "Pike Radio", "Four people died and 15 were injured in a fire at the Orrin Mills paper factory in "
             "Dallow on Thursday.\n\nThe fire started in a drying hall, fire officers said.",
             "2026-11-19T16:00:00Z", "Dallow factory fire kills four"),
        _art("b", "Keswold Daily", "Workers at the Orrin Mills factory in Dallow, where four people died in a fire on "
             "Thursday, said on Friday that a fire door had been blocked.\n\nOwner Lars Orrin denied that any door had "
             "been blocked.", FRIDAY, "Dallow fire: workers say door was blocked"),
    )["timeline"]
    assert [(r["date"], r["statement"][:12]) for r in rows] == [("2026-11-19", "Four people "),
                                                                 ("2026-11-20", "Workers at t")], rows


# --------------------------------------------------------------------- a party's release does not lead

def test_a_release_does_not_lead_over_a_news_report_of_it():
    b = _brief(
        _art("r", "Brannock University Press Office", "Adults who swam at least twice a week had 20% fewer knee "
             "injuries over five years than those who did not swim, according to a study by researchers at Brannock "
             "University published in the Holm Journal of Sport.\n\nThe researchers followed 9,000 adults aged 40 to "
             "70 in the Brannock region between 2018 and 2025.\n\n\"Swimming is gentle on the joints,\" said lead "
             "author Dr Petra Lind.", "2026-11-19T08:00:00Z", "Swimming linked to fewer knee injuries, Brannock study finds"),
        _art("n", "Tolvern Gazette", "Adults who swam at least twice a week had fewer knee injuries, a Brannock "
             "University study found.\n\n\"Swimming is gentle on the joints,\" said Dr Petra Lind.",
             "2026-11-19T11:00:00Z", "Swimmers have fewer knee injuries, study finds"),
    )
    assert "Tolvern Gazette" in b["lead"]["outlets"], b["lead"]
