"""Defects found by the nineteenth end-to-end audit (fictional central banks, hostages, bridges, heat)."""
from __future__ import annotations

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
