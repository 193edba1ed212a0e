"""Defects found by the nineteenth end-to-end audit (fictional central banks, hostages, bridges, heat)."""
from __future__ import annotations

import dataclasses

from newsloom.brief import write_brief
from newsloom.records import Article, Story


def _brief(arts: list[Article]):
    return write_brief(Story("s-test", "", [a.id for a in arts]), arts)


def test_an_opinion_pieces_title_never_heads_a_story_that_has_a_news_title():
    news = Article(
        id="news", outlet="Harl Courier", published="2026-09-12T18:00:00Z",
        title="Ferrin hostages freed after five months",
        text=("Eight hostages held in the Ferrin hills for five months were freed on Saturday, the interior "
              "ministry said.\n\nThe hostages were flown to the capital, Ustra."))
    column = Article(
        id="column", outlet="Mossby Review", published="2026-09-13T10:00:00Z",
        title="Opinion: The Ferrin deal is a disgrace",
        text=("Eight people are free after five months in the Ferrin hills, and that is good news.\n\n"
              "But the government owes the country an honest account of the deal that freed the eight hostages.\n\n"
              "The Ferrin hostages, now safe in Ustra, deserve the truth too.\n\n"
              "Parliament should demand answers about the Ferrin deal this week."))
    assert _brief([news, column]).headline == "Ferrin hostages freed after five months"
    # with no news title, the column's still names the story
    assert _brief([column]).headline == "Opinion: The Ferrin deal is a disgrace"


def test_a_speaker_named_after_a_relation_of_someone_is_the_speaker():
    from newsloom.text import quotations
    text = ('"I did not think I would see my daughter again," said Varn\'s father, Emil Varn. '
            '"She looks thin but she is smiling," said the hostage\'s mother, Lise Varn.')
    assert [q.speaker for q in quotations(text)] == ["Emil Varn", "Lise Varn"]
    # a relation described but not named is nobody's name ("Varn's" is no speaker)
    assert [q.speaker for q in quotations('"It was cold and wet," said the team\'s coach, who declined to be named.')] == [None]
    assert [q.speaker for q in quotations('"We won the final cup," said Dara Quint, the club\'s captain.')] == ["Dara Quint"]


def test_a_toll_revised_down_is_an_update_not_a_contest():
    first = Article(
        id="first", outlet="Carrow Wire", published="2026-10-05T19:00:00Z",
        title="Nine killed as Tolland Bridge collapses in Ebbsworth",
        text=("Nine people were killed when the Tolland Bridge collapsed into the River Wenn in Ebbsworth on "
              "Monday, city officials said.\n\nAt least 14 people were injured, fire chief Mara Quist said."))
    revised = Article(
        id="revised", outlet="Ebbsworth Echo", published="2026-10-06T12:00:00Z",
        title="Ebbsworth bridge toll revised to seven",
        text=("The death toll from the collapse of the Tolland Bridge has been revised down to seven after two "
              "people first listed as dead were found alive in hospital, city officials said on Tuesday."))
    brief = _brief([first, revised])
    assert [(u["about"], [v["value"] for v in u["values"]]) for u in brief.updates] == [("death toll", ["9", "7"])]
    assert not brief.conflicts
    # without the words that say the total changed, a lower figure a day on is no update
    other = Article(
        id="other", outlet="Ebbsworth Echo", published="2026-10-06T12:00:00Z", title="Bridge collapse",
        text=("Seven people were killed when the Tolland Bridge collapsed, and two people first listed as dead "
              "were found alive in hospital, city officials said on Tuesday."))
    assert not _brief([first, other]).updates


def test_a_quote_giving_another_day_backs_no_statement_of_a_day():
    from newsloom.text import support
    assert not support("The next rate decision is due on June 18.", "The next rate decision is due on June 11.").ok()
    assert support("The next rate decision is due on June 18.", "The next rate decision is due on 18 June.").ok()
    day1 = Article(
        id="day1", outlet="Quill Post", published="2026-05-07T12:00:00Z", title="Bank of Essen holds rate at 3%",
        text=("The Bank of Essen kept its main interest rate at 3% on Thursday, Governor Lo Varn said.\n\n"
              "The next rate decision is due on June 18."))
    day2 = Article(
        id="day2", outlet="Quill Post", published="2026-05-08T12:00:00Z", title="Essen bank brings meeting forward",
        text=("The Bank of Essen moved its next meeting forward by a week, Governor Lo Varn said on Friday.\n\n"
              "The next rate decision is due on June 11."))
    brief = _brief([day1, day2])
    for s in [brief.lead, *brief.sentences]:
        for src in s.sources:
            assert support(s.statement, src.quote).ok(), (s.statement, src.quote)
    june18 = [s for s in brief.sentences if "June 18" in s.statement]
    assert june18 and all("June 11" not in src.quote for s in june18 for src in s.sources)


def test_readings_of_a_measure_on_other_days_are_no_contest():
    from newsloom.crosscheck import find_claims
    mon = Article(
        id="mon", outlet="Harl Courier", published="2026-07-13T17:00:00Z", title="Essby swelters",
        text="Temperatures in Essby reached 39.8°C on Monday, the weather service said.")
    tue = Article(
        id="tue", outlet="Mossby Review", published="2026-07-14T19:00:00Z", title="Essby hits 41.2°C",
        text="Temperatures in Essby reached 41.2°C on Tuesday, the weather service said.")
    assert not any(c.status == "contested" for c in find_claims([mon, tue]))
    # the same day's two readings still disagree
    tue_says_mon = dataclasses.replace(tue, text="Temperatures in Essby reached 41.2°C on Monday, the weather service said.")
    assert any(c.status == "contested" for c in find_claims([mon, tue_says_mon]))


def test_a_tally_before_its_vote_word_is_read():
    from newsloom.text import numbers
    assert [(n.text, n.unit) for n in numbers("By 228 to 191, the House voted to pass the bill.")] == [("228 to 191", "tally")]
    # no vote word after it, or a unit after the second count: no tally
    assert all(n.unit != "tally" for n in numbers("Output grew by 5 to 10, said voters."))
    assert all(n.unit != "tally" for n in numbers("Prices rose by 2 to 3 percent before the House voted."))
