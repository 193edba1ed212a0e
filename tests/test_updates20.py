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


def test_another_outlets_latest_count_joins_the_articles_own_update():
    arts = [Article(id="d", outlet="Dallow Echo", title="Live: Gale hits Fenmark coast", published="2026-11-10T18:00:00Z",
                    text="09:10 — Police say three people have been injured by falling trees in Skarby.\n\n"
                         "12:40 — The number of injured in Skarby has risen to seven, police say.\n\n"
                         "16:55 — Ferries between Skarby and Holm are cancelled until Wednesday."),
            Article(id="o", outlet="Orrin Herald", title="Seven hurt as gale hits Skarby", published="2026-11-10T19:00:00Z",
                    text="Seven people were injured by falling trees in Skarby on Monday, police said.\n\n"
                         "Ferries between Skarby and Holm were cancelled until Wednesday.")]
    d = brief_to_dict(write_brief(Story(id="s", title="", article_ids=["d", "o"]), arts))
    [u] = d["updates"]
    assert [(v["value"], v["outlets"]) for v in u["values"]] == [("3", ["Dallow Echo"]), ("7", ["Dallow Echo", "Orrin Herald"])]
    assert d["sentences"][0]["status"] == "corroborated" and "Seven" in d["sentences"][0]["text"]
    # (the article's other sentences are no steps of it: the ferries stay one corroborated fact)
    [ferries] = [s for s in d["sentences"] if "Ferries" in s["text"]]
    assert ferries["status"] == "corroborated"
