"""Session 27 (T3): claims that lose an assertion, list an outlet twice, or contest one minute told two ways.
All articles, outlets, people and places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article


def _art(id_: str, outlet: str, text: str, published: str = "2026-05-09T20:00:00Z") -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


def _with(claims, words: str):
    found = [c for c in claims if any(words in e.quote for e in c.evidence)]
    assert found, [c.text for c in claims]
    return found


# ------------------------------------------------------------------ a minute told from half-time


def _draw() -> list[Article]:
    return [
        _art("m1", "Astermoor Gazette",
             "Kestrel Town drew 1-1 with Varne United at Oakfield Road on Saturday.\n\nVarne took the lead through "
             "Piet Lorne in the 20th minute. Aldo Brisk equalised for Kestrel five minutes before half-time.\n\n"
             "Both sides hit the woodwork after the break."),
        _art("m2", "Fallow Sports Wire",
             "Kestrel Town and Varne United shared the points in a 1-1 draw on Saturday.\n\nPiet Lorne put Varne "
             "ahead after 20 minutes. Aldo Brisk equalised for Kestrel on 40 minutes with a low shot.\n\n"
             "The draw leaves Kestrel third."),
    ]


def test_minutes_before_half_time_are_that_minute_of_the_match():
    claims = find_claims(_draw())
    assert not [c for c in claims if c.status == "contested"], [(c.text, c.about) for c in claims]
    found = _with(claims, "five minutes before half-time")
    assert len(found) == 1 and found[0].status == "corroborated"
    assert sorted(found[0].outlets) == ["Astermoor Gazette", "Fallow Sports Wire"]


def test_minutes_from_half_time_are_not_set_against_another_minute():
    # 45 - 5 is not 38: the reports may not tell one goal, and 5 is no minute of the match to set against 38
    arts = _draw()
    arts[1].text = arts[1].text.replace("on 40 minutes", "on 38 minutes")
    claims = find_claims(arts)
    assert not [c for c in claims if c.status == "contested" and any("five minutes" in v.value for v in c.variants)], \
        [(c.text, c.about, [v.value for v in c.variants]) for c in claims]


# ------------------------------------------------------------------ an assertion kept, not taken for a repeat


def _takeover() -> list[Article]:
    return [
        _art("r1", "Quillon Business Daily",
             "The Varos Trade Commission will investigate whether the takeover of Pellam Foods by Ostrander Group "
             "reduces competition, the regulator said on Tuesday.\n\nOstrander agreed last month to buy Pellam for "
             "900 million crowns.\n\nPellam shares rose 4 percent."),
        _art("r2", "Dunhallow Wire",
             "Ostrander Group's 900 million crown takeover of Pellam Foods was approved by Pellam shareholders on "
             "Tuesday.\n\nThe Varos Trade Commission said the takeover could reduce competition in the market for "
             "frozen bakery goods and that it would open an investigation.\n\nOstrander said the deal would not harm "
             "competition because the two companies sell to different shops."),
    ]


def test_a_backer_that_asserts_what_the_claim_only_asks_is_written():
    claims = find_claims(_takeover())
    # the regulator's "could reduce competition" is written, as a claim's own sentence, not only cited
    assert any("could reduce competition" in c.text for c in claims), [c.text for c in claims]
    asked = [c for c in claims if "investigate whether" in c.text]
    assert not asked, [c.text for c in asked]


# ------------------------------------------------------------------ each article once per side of a contest


def _semi_final() -> list[Article]:
    return [
        _art("g1", "Corvel Press Agency",
             "Anton Hale scored twice as Brenmoor City beat Ostwick Rangers 3-1 at Fenn Lane on Saturday to reach the "
             "Coastal Shield final.\n\nHale put City ahead in the 9th minute. Ostwick levelled through Pim Dorr soon "
             "after.\n\nRafe Lund restored City's lead in the 61st minute, and Ostwick lost goalkeeper Ned Voss to "
             "injury in the 70th minute.\n\nHale sealed the win with a penalty in the 86th minute.",
             "2026-05-09T17:10:00Z"),
        _art("g2", "Brenmoor Echo",
             "Anton Hale was the hero at Fenn Lane as Brenmoor City beat Ostwick Rangers three goals to one to reach "
             "the Coastal Shield final.\n\nThe striker opened the scoring on nine minutes with a header.\n\nPim Dorr "
             "levelled for Ostwick before Rafe Lund fired home the second for City in the 63rd minute.",
             "2026-05-09T18:00:00Z"),
        _art("g3", "Wendle Sport Daily",
             "Brenmoor City will meet the winners of Sunday's other semi-final after beating Ostwick Rangers 3-1 on "
             "Saturday.\n\nAnton Hale scored in the 9th and 86th minutes, the second from the penalty spot, and Rafe "
             "Lund added a goal in the 61st minute. Pim Dorr scored Ostwick's goal.", "2026-05-10T07:30:00Z"),
    ]


def test_an_article_is_evidence_once_per_side_of_a_contest():
    claims = find_claims(_semi_final())
    c = next(c for c in claims if c.status == "contested" and c.about == "the minute")
    assert {v.value: sorted(v.outlets) for v in c.variants} == {
        "61st minute": ["Corvel Press Agency", "Wendle Sport Daily"], "63rd minute": ["Brenmoor Echo"]}
    # the agency's 86th-minute penalty backs the claim, and its 61st-minute goal is its side: one article, one
    # side, one piece of evidence (its side's)
    ids = [e.article_id for e in c.evidence]
    assert len(ids) == len(set(ids)), [(e.outlet, e.quote) for e in c.evidence]
    assert any("61st minute" in e.quote for e in c.evidence if e.article_id == "g1")
    for v in c.variants:
        outlets = [e.outlet for e in v.evidence]
        assert len(outlets) == len(set(outlets))

