"""Session 26: two reports that give one person two different first names ("Elena Varga" / "Marta Varga")
contest the name instead of corroborating each other (audit 26 #8); a nickname, a short form, a spelling or
a title before the surname is no other name. All articles, outlets, people and places are made up."""

from newsloom.crosscheck import find_claims as _find, name_contests
from newsloom.records import Article


def _art(id_: str, outlet: str, text: str, published: str = "2026-11-17T10:00:00Z") -> Article:
    return Article(id=id_, outlet=outlet, title="Minister resigns", text=text, published=published)


def _pair(first_a: str, first_b: str, *, title_b: str = "Transport Minister") -> list[Article]:
    return [
        _art("cw/1", "Corran Wire",
             f"Ostmark's transport minister, {first_a} Varga, resigned on Tuesday after an auditor's report found her "
             "ministry had awarded a 900 million crown rail contract without a proper tender.\n\n"
             '"It is right that I step aside so that the ministry can get on with its work," Varga told reporters.'),
        _art("or/1", "Ostby Radio",
             f"{title_b} {first_b} Varga resigned on Tuesday after the national auditor found that a rail contract "
             "worth 900 million crowns had been awarded without a tender.\n\n"
             '"It is right that I step aside," Varga said in a short statement.'),
    ]


def find_claims(arts):
    return name_contests(_find(arts), arts)  # (as the brief calls them)


def _resignation(claims):
    return [c for c in claims if "resigned" in c.text]


def test_two_first_names_for_one_surname_contest_the_name():
    claims = _resignation(find_claims(_pair("Elena", "Marta")))
    assert len(claims) == 1, [c.text for c in claims]
    c = claims[0]
    assert c.status == "contested" and c.about == "the name"
    sides = {v.value: v.outlets for v in c.variants}
    assert sides == {"Elena Varga": ["Corran Wire"], "Marta Varga": ["Ostby Radio"]}


def test_a_nickname_a_short_form_or_a_spelling_is_one_name():
    for a, b in (("William", "Bill"), ("Daniel", "Dan"), ("Muammar", "Moammar"), ("Elena", "Elena")):
        claims = _resignation(find_claims(_pair(a, b)))
        assert claims and all(c.status == "corroborated" for c in claims), (a, b, [(c.text, c.status) for c in claims])


def test_a_title_before_the_surname_is_no_first_name():
    # "Minister Varga" writes a title where the other report writes a first name
    claims = _resignation(find_claims(_pair("Elena", "", title_b="Transport Minister")))
    assert claims and all(c.status == "corroborated" for c in claims), [(c.text, c.status) for c in claims]
    claims = _resignation(find_claims(_pair("Elena", "", title_b="Deputy Premier")))
    assert claims and all(c.status == "corroborated" for c in claims), [(c.text, c.status) for c in claims]


def test_an_article_that_names_both_people_contests_nothing():
    arts = _pair("Elena", "Marta")
    # the wire names Marta Varga too (another person of the surname): its Elena is a choice, not a mistake
    arts[0] = _art("cw/1", "Corran Wire", arts[0].text + "\n\nHer deputy, Marta Varga, will stand in until Friday.")
    claims = _resignation(find_claims(arts))
    assert claims and all(c.status != "contested" for c in claims), [(c.text, c.status) for c in claims]
