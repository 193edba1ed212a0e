"""Session 28: statements that report the same fact but were not aligned. One speaker's remark reported by one
outlet backs another's quotation of it, though that quotation runs on into the speaker's next remark; two exact
rates in common are one fact however far apart the rest is worded, and of an article's two reports of a fact the
one that gives its figures backs it. All articles, outlets, people and places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article


def _claim_of(claims, words: str):
    return next(c for c in claims if any(words in e.quote for e in c.evidence))


def _outlets(claim) -> set[str]:
    return {e.outlet for e in claim.evidence}


def test_one_remark_of_a_speaker_backs_a_quotation_that_runs_on():
    radio = ("A ferry ran aground off the island of Kelmar on Thursday night, injuring six passengers.\n\n"
             "Ines Marvik, chief investigator of the marine accident office, said it was too early to say what "
             "had caused the ferry to run aground.")
    wire = ("A ferry carrying 200 passengers ran aground off Kelmar late on Thursday, the coastguard said.\n\n"
            "\"It is too early to say what caused the grounding,\" the office's chief investigator, Ines Marvik, told "
            "reporters. \"We will look at the hull, the charts, the radar and the crew.\"")
    claims = find_claims([
        Article(id="tr/1", outlet="Tessel Radio", title="Ferry aground off Kelmar", text=radio,
                published="2026-11-19T07:00:00Z"),
        Article(id="pw/1", outlet="Pallas Wire", title="Ferry runs aground", text=wire, published="2026-11-19T08:30:00Z"),
    ])
    early = _claim_of(claims, "too early to say")
    assert _outlets(early) == {"Tessel Radio", "Pallas Wire"} and early.status == "corroborated", early
    # (the speaker's other remark is still no report of the first: nothing backs it alone)
    assert all("radar" not in e.quote for c in claims if c is not early for e in c.evidence if e.outlet == "Tessel Radio")


def test_two_rates_in_common_are_one_fact_however_worded():
    herald = ("Swimming twice a week was linked to a lower risk of hip fracture in people over 70, a study published "
              "on Monday found.\n\n"
              "Among those who never swam, 12 in 1,000 broke a hip each year; among those who swam twice a week, the "
              "figure was 8 in 1,000.")
    news = ("Older people who swim regularly break fewer hips, according to a study from the University of Orsund.\n\n"
            "In absolute terms, the risk dropped from 12 in 1,000 people a year to 8 in 1,000, the authors said.")
    claims = find_claims([
        Article(id="vh/1", outlet="Vessby Herald", title="Swimming and hip fractures", text=herald,
                published="2026-11-16T07:30:00Z"),
        Article(id="kn/1", outlet="Korsa News", title="Swimmers break fewer hips", text=news,
                published="2026-11-16T09:00:00Z"),
    ])
    absolute = _claim_of(claims, "In absolute terms")
    assert _outlets(absolute) == {"Vessby Herald", "Korsa News"} and absolute.status == "corroborated", absolute
    # (the Herald's sentence that backs it is the one with the rates)
    assert any("12 in 1,000" in e.quote for e in absolute.evidence if e.outlet == "Vessby Herald"), absolute


def test_an_articles_sentence_with_the_figures_backs_before_one_without():
    herald = ("Among people over 70 who never swam, 12 in 1,000 broke a hip each year; among those who swam twice a "
              "week, the figure was 8 in 1,000, a study published on Monday found.")
    news = ("Older people who swam twice a week broke a hip less often each year than those who never swam, "
            "according to a study from the University of Orsund.\n\n"
            "In absolute terms, the risk dropped from 12 in 1,000 people a year to 8 in 1,000, the authors said.")
    claims = find_claims([
        Article(id="vh/1", outlet="Vessby Herald", title="Swimming twice a week and broken hips", text=herald,
                published="2026-11-16T07:30:00Z"),
        Article(id="kn/1", outlet="Korsa News", title="Swimmers break fewer hips", text=news,
                published="2026-11-16T09:00:00Z"),
    ])
    # (Korsa News's sentence that backs the Herald's rates is its sentence with them, not the one without)
    rates = next(c for c in claims if c.evidence[0].outlet == "Vessby Herald" and "12 in 1,000" in c.evidence[0].quote)
    assert rates.status == "corroborated", rates
    assert [e.quote[:17] for e in rates.evidence if e.outlet == "Korsa News"] == ["In absolute terms"], rates
