"""An article that tells a count's change itself ("three people had been injured" ... "By the afternoon the
number of injured had risen to seven") keeps both values: an update, the latest in the lead (audit 20 #4).
A sentence opening "By the afternoon ..." or "By Tuesday, ..." is news, not a byline. Fictional articles."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story
from newsloom.text import is_boilerplate


def _brief(text: str) -> dict:
    a = Article(id="a", outlet="Dallow Echo", title="Gale hits Fenmark coast", text=text,
                published="2026-11-10T18:00:00Z")
    return brief_to_dict(write_brief(Story(id="s", title="", article_ids=["a"]), [a]))


def test_an_articles_own_update_is_kept_and_leads():
    d = _brief("Police said on Monday morning that three people had been injured by falling trees in Skarby.\n\n"
               "Later on Monday the number of injured in Skarby had risen to seven, police said.\n\n"
               "Ferries between Skarby and Holm are cancelled until Wednesday.")
    assert "risen to seven" in d["sentences"][0]["text"]
    [u] = d["updates"]
    assert [v["value"] for v in u["values"]] == ["3", "7"]


def test_an_article_giving_a_count_once_has_no_update():
    d = _brief("Police said on Monday morning that three people had been injured by falling trees in Skarby.\n\n"
               "Ferries between Skarby and Holm are cancelled until Wednesday.")
    assert d["updates"] == []


def test_a_sentence_opening_with_by_is_news_and_a_byline_is_not():
    assert not is_boilerplate("By the afternoon the number of injured in Skarby had risen to seven, police said.")
    assert not is_boilerplate("By Tuesday, 37% of adults in Pellam had been vaccinated.")
    assert is_boilerplate("By Ona Pell, Dallow Echo")
    assert is_boilerplate("By ONA PELL and TOM HALE")
    assert is_boilerplate("By Reuters")
