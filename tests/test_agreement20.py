"""Whether talks agreed, told both ways by two outlets, is a contest (audit 20 #1); a headline leaves out a
disputed count rather than fall to a one-outlet remark (audit 20 #6). Fictional articles written here."""

from newsloom.brief import brief_to_markdown, write_brief
from newsloom.crosscheck import _states, find_claims
from newsloom.records import Article, Story


def art(id_, outlet, text, title="Report", published="2026-11-10T19:00:00Z"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


def _talks(second: str) -> list[Article]:
    return [
        art("a", "Dallow Echo", "Ministers from Orrinland and Fenmark met in Dallow on Monday for border talks.\n\n"
            "On fishing rights, the two countries agreed in principle to a new quota system, the statement said."),
        art("b", "Orrin Herald", "Ministers from Orrinland and Fenmark met in Dallow on Monday for border talks.\n\n"
            + second, published="2026-11-10T20:00:00Z"),
    ]


def test_agreed_and_ended_without_agreement_on_one_matter_contest():
    claims = find_claims(_talks("Talks on fishing rights ended without agreement, officials said."))
    [c] = [c for c in claims if c.status == "contested"]
    assert c.about == "whether they agreed"
    values = {v.value: {e.outlet for e in v.evidence} for v in c.variants}
    assert values == {"without agreement": {"Orrin Herald"}, "agreed in principle": {"Dallow Echo"}}


def test_no_contest_on_another_matter_or_an_opinion():
    # (what failed is another matter: water, not fishing)
    claims = find_claims(_talks("Talks on sharing the river's water ended without agreement, officials said."))
    assert not [c for c in claims if c.status == "contested"]
    # "did not agree with" is a view, "couldn't agree more" the opposite: neither is talks that failed
    assert "agreement" not in _states("Minister Ivo Marsk did not agree with the fishing quota plan.")
    assert "agreement" not in _states("I couldn't agree more with the new fishing quota system.")
    # a statement that gives both ("agreed on X but failed to agree on Y") gives neither
    assert "agreement" not in _states("They agreed on fishing rights but failed to agree on water sharing.")


def test_the_headline_leaves_out_a_disputed_count():
    arts = [
        art("a", "Dallow Echo", "Pellmore Bank said on Monday that 40,000 customer accounts had been exposed in a "
            "cyber attack.\n\nSecurity analyst Ravi Solberg said the bank's response was \"painfully slow\".",
            title="Pellmore Bank hack exposes 40,000 accounts"),
        art("b", "Orrin Herald", "Pellmore Bank said on Monday that 4,000 customer accounts had been exposed in a "
            "cyber attack.\n\nThe bank said it had reset the passwords of all affected customers.",
            title="Pellmore Bank says 4,000 accounts hit by hackers"),
    ]
    md = brief_to_markdown(write_brief(Story(id="s", title="", article_ids=["a", "b"]), arts))
    assert md.splitlines()[0] == "# Pellmore Bank hack exposes accounts"


def test_the_headline_takes_no_side_of_whether_they_agreed():
    arts = _talks("Talks on fishing rights ended without agreement, officials said.")
    arts[0].title, arts[1].title = "Border talks end with fishing deal", "Border talks fail on fishing"
    md = brief_to_markdown(write_brief(Story(id="s", title="", article_ids=["a", "b"]), arts))
    headline = md.splitlines()[0]
    assert "deal" not in headline and "fail" not in headline
