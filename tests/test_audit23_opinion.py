"""An opinion piece never corroborates news, and a story's headline is never a column's or a live blog's label
(audit 23 #3, #6, #7).

A column argues: its "Kelmar Foundry ignored the warnings" is no second source for a report that the union
accused the company, nor is its "three workers paid with their lives" an outlet behind a disputed toll. Its
sentences stay its own, single-source, credited "an opinion piece in ...". The headline is a news title (a
live blog's title only after the others, its label taken off), else a news statement; a column's title only
when nothing else serves. All articles here are fictional, written for these tests.
"""
from __future__ import annotations

from newsloom.brief import brief_to_markdown, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story

COLUMN_URL = "https://drummore-times.example/opinion/kelmar-deserved-better"

REPORT = Article(
    id="a", outlet="Pellin Wire", title="Union blames Kelmar Foundry for casting shed blast",
    published="2026-06-02T18:00:00Z",
    text="An explosion at the Kelmar Foundry in Ashvale on Tuesday destroyed a casting shed, the county fire "
         "service said.\n\n"
         "The Ashvale Metal Workers union accused Kelmar Foundry of ignoring repeated safety warnings about the "
         "casting shed.\n\n"
         "Kelmar Foundry denied the accusation and said every inspection had been passed.\n")
COLUMN = Article(
    id="b", outlet="Drummore Times", title="Ashvale deserved better than a foundry run on luck", url=COLUMN_URL,
    published="2026-06-03T08:00:00Z",
    text="Kelmar Foundry ignored the warnings of its own workers, and the town paid the price.\n\n"
         "The explosion at the Kelmar Foundry in Ashvale on Tuesday was the result of years of cost-cutting.\n")


def _outlets_of(claims, words: str) -> list[list[str]]:
    return [c.outlets for c in claims if any(words in e.quote for e in c.evidence)]


def test_a_column_backs_no_news_statement_and_stays_single_source():
    claims = find_claims([REPORT, COLUMN])
    # the union's accusation and the fire service's account are the wire's alone
    assert _outlets_of(claims, "accused Kelmar Foundry") == [["Pellin Wire"]]
    assert _outlets_of(claims, "destroyed a casting shed") == [["Pellin Wire"]]
    # and the column's sentences are claims of their own, single-source
    for words in ("ignored the warnings of its own workers", "result of years of cost-cutting"):
        assert _outlets_of(claims, words) == [["Drummore Times"]], words
        assert all(c.status == "single-source" for c in claims if any(words in e.quote for e in c.evidence))
    md = brief_to_markdown(write_brief(Story("s", "", ["a", "b"]), [REPORT, COLUMN]))
    assert "an opinion piece in Drummore Times" in md
    assert "corroborated: Pellin Wire, Drummore Times" not in md


TOLL_A = Article(
    id="a", outlet="Pellin Wire", title="Two dead after blast at Kelmar Foundry", published="2026-06-02T12:00:00Z",
    text="Two people died in the explosion at the Kelmar Foundry in Ashvale on Tuesday, the town council said.\n\n"
         "The blast happened in a casting shed shortly before dawn.\n")
TOLL_B = Article(
    id="c", outlet="Fennick Courier", title="Three workers dead in Kelmar Foundry blast",
    published="2026-06-02T12:00:00Z",
    text="Three workers died in the explosion at the Kelmar Foundry in Ashvale on Tuesday, the county fire "
         "service said.\n\n"
         "The blast happened in a casting shed shortly before dawn, firefighters said.\n")
TOLL_COLUMN = Article(
    id="d", outlet="Drummore Times", title="Ashvale deserved better than a foundry run on luck", url=COLUMN_URL,
    published="2026-06-03T08:00:00Z",
    text="Three workers died in the explosion at the Kelmar Foundry in Ashvale, and the years of cost-cutting "
         "killed them.\n\n"
         "The regulator must close the foundry until every shed has been made safe.\n")


def test_a_column_is_no_outlet_behind_a_disputed_figure():
    claims = find_claims([TOLL_A, TOLL_B, TOLL_COLUMN])
    contested = [c for c in claims if c.status == "contested"]
    assert contested, [(c.status, c.text) for c in claims]
    for c in contested:
        assert all("Drummore Times" not in v.outlets for v in c.variants), c.variants
        assert "Drummore Times" not in c.outlets
    # the column's sentence is still written, as its own
    assert _outlets_of(claims, "years of cost-cutting") == [["Drummore Times"]]


def test_the_headline_is_no_column_title_while_news_can_serve():
    brief = write_brief(Story("s", "", ["a", "c", "d"]), [TOLL_A, TOLL_B, TOLL_COLUMN])
    assert brief.headline != TOLL_COLUMN.title
    # nor a news title with its disputed count cut from the start, leaving no subject ("dead after blast ...")
    assert brief.headline[:1].isupper(), brief.headline
    assert not brief.headline.startswith(("dead", "workers dead")), brief.headline


def test_a_count_cut_from_a_titles_start_leaves_no_broken_headline():
    brief = write_brief(Story("s", "", ["a", "c"]), [TOLL_A, TOLL_B])
    assert brief.headline[:1].isupper(), brief.headline
    assert brief.headline not in ("dead after blast at Kelmar Foundry", "workers dead in Kelmar Foundry blast")


def test_a_column_title_heads_a_story_of_columns_only():
    other = Article(id="e", outlet="Selby Ledger", title="Kelmar Foundry must answer for Ashvale",
                    url="https://selby-ledger.example/comment/kelmar", published="2026-06-03T09:00:00Z",
                    text="The owners of Kelmar Foundry have a great deal to answer for in Ashvale.\n")
    column = Article(id="b", outlet="Drummore Times", title=COLUMN.title, url=COLUMN_URL,
                     published="2026-06-03T08:00:00Z", text=COLUMN.text)
    assert write_brief(Story("s", "", ["b"]), [column]).headline == COLUMN.title
    assert write_brief(Story("s", "", ["b", "e"]), [column, other]).headline in (COLUMN.title, other.title)


LIVE = Article(
    id="b", outlet="Harbour Live", title="Live: Brisklink outage - all the latest", published="2026-07-07T15:00:00Z",
    text="Brisklink said the outage affected its routers in Tarrow and Quennick.\n\n"
         "Brisklink said an overnight software update caused the fault.\n")
NEWS = Article(
    id="a", outlet="Vellby Herald", title="Brisklink blames overnight update for router outage",
    published="2026-07-07T16:00:00Z",
    text="Brisklink said an overnight software update caused the fault.\n\n"
         "The company said all routers would be fixed by Thursday.\n")


def test_a_live_blog_label_is_no_headline():
    # another title serves: it heads the story
    brief = write_brief(Story("s", "", ["b", "a"]), [LIVE, NEWS])
    assert brief.headline == NEWS.title
    # the live blog's title alone: its label taken off
    for title in ("Live: Brisklink outage - all the latest", "LIVE: Brisklink outage", "Brisklink outage - live updates",
                  "Brisklink outage as it happened", "Brisklink outage - live"):
        alone = Article(id="b", outlet="Harbour Live", title=title, published=LIVE.published, text=LIVE.text)
        assert write_brief(Story("s", "", ["b"]), [alone]).headline == "Brisklink outage", title


def test_a_blog_filed_under_news_is_news():
    from newsloom.crosscheck import is_opinion
    news_blog = Article(id="a", outlet="Tarrow Hill", text="x",
                        url="https://tarrow-hill.example/blogs/briefing-room/news/5512-poll-shows-concern")
    assert not is_opinion(news_blog)
    assert is_opinion(Article(id="b", outlet="Tarrow Hill", text="x", url="https://tarrow-hill.example/blogs/ideas/5513-why"))
