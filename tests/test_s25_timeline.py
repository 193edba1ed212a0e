"""Audit 24 #20 and #25 (first item): a timeline row is dated by its main event, not by the day of an
intention told beside a past act; within a day, a reaction ("criticised the referee") comes after the event.
Fictional articles written here (invented places, people and outlets)."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story


def _rows(*arts: Article) -> list[dict]:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), list(arts)))["timeline"]


def _art(id_: str, outlet: str, text: str, published: str = "2026-09-07T18:00:00Z") -> Article:
    # (Monday 7 September 2026)
    return Article(id=id_, outlet=outlet, title="Verdict", published=published, text=text)


# ------------------------------------------------------------------------- #20 the day of an intention

def test_a_past_act_is_not_dated_by_the_day_of_an_intention_beside_it():
    rows = _rows(
        _art("a", "Orlen Wire", "A jury found former club secretary Ilse Varga guilty of theft on Monday.\n\n"
             "Judge Petra Holm remanded Varga in custody and said she would pass sentence on Wednesday."),
        _art("b", "Marrow Gazette", "Former club secretary Ilse Varga was found guilty of theft on Monday by a jury "
             "at Lindqvist Crown Court.\n\nJudge Petra Holm remanded Varga in custody and said she would pass "
             "sentence on Wednesday."),
    )
    assert not any("remanded" in r["statement"] for r in rows), rows
    assert any("guilty" in r["statement"] and r["date"] == "2026-09-07" for r in rows), rows

    # the cue's own "was", a participle that describes a noun and a day's own "next" are no past act
    from newsloom.brief import _after_past_act
    from newsloom.text import dates
    for ahead in ("Judge Petra Holm was expected to pass sentence on Wednesday.",
                  "The old bail terms were set to expire on Wednesday.",
                  "Lawyers involved in the case say Varga will appeal on Wednesday.",
                  "The judge will hear the lawyers involved in the case next Wednesday."):
        assert not any(_after_past_act(ahead, d, "2026-09-07") for d in dates(ahead, "2026-09-07")), ahead


def test_a_passive_past_act_is_not_dated_by_the_day_still_to_come():
    rows = _rows(
        _art("a", "Orlen Wire", "Ilse Varga was remanded in custody and will be sentenced on Wednesday, the "
             "court heard.\n\nA jury found former club secretary Ilse Varga guilty of theft on Monday."),
        _art("b", "Marrow Gazette", "Ilse Varga was remanded in custody and will be sentenced on Wednesday.\n\n"
             "A jury found former club secretary Ilse Varga guilty of theft on Monday."),
    )
    assert not any(r["date"] == "2026-09-09" for r in rows), rows


def test_an_intention_told_alone_keeps_its_day_but_not_beside_a_past_act():
    # (one report says only what the judge intends, another what she did as well)
    rows = _rows(
        _art("a", "Orlen Wire", "A jury found former club secretary Ilse Varga guilty of theft on Monday.\n\n"
             "Judge Petra Holm said she would pass sentence on Wednesday."),
        _art("b", "Marrow Gazette", "Former club secretary Ilse Varga was found guilty of theft on Monday.\n\n"
             "The sentencing of Varga, who stole from the club's youth fund, will take place on Wednesday."),
        _art("c", "Tolland Courier", "Ilse Varga, 61, was found guilty of theft on Monday.\n\nJudge Petra Holm "
             "granted Varga bail and told her she would be sentenced on Wednesday."),
    )
    days = {r["date"] for r in rows if "sentenc" in r["statement"]}
    assert days == {"2026-09-09"}, rows
    assert not any("bail" in r["statement"] for r in rows), rows


# ------------------------------------------------------------------------ #25 events before reactions

def test_a_reaction_comes_after_the_event_of_its_day():
    match = dict(published="2026-09-06T20:00:00Z")  # (Sunday 6 September 2026)
    rows = _rows(
        _art("a", "Quayside Sport", "Striker Abel Rooke scored twice as Fennick United beat Oskarby Town 2-0 at "
             "Marl Road on Saturday to reach the Tarn Shield final.\n\nOskarby Town manager Lena Dahl criticised the "
             "pitch after her side lost 2-0 to Fennick United in the Tarn Shield semi-final on Saturday.", **match),
        _art("b", "Oskarby Echo", "Oskarby Town manager Lena Dahl criticised the pitch after her side lost 2-0 to "
             "Fennick United in the Tarn Shield semi-final on Saturday.\n\nStriker Abel Rooke scored twice as "
             "Fennick United beat Oskarby Town 2-0 at Marl Road on Saturday.", **match),
    )
    sat = [r["statement"] for r in rows if r["date"] == "2026-09-05"]
    assert len(sat) == 2 and "scored twice" in sat[0] and "criticised" in sat[1], rows
