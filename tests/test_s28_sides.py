"""Each side of a contest is quoted in its own report's words (session 28): a sentence that sets its own figure
against another source's ("rejecting the government's figure of 11") is its own side's report, not the other's.
Fictional articles."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article


def test_the_other_side_is_quoted_from_its_own_report():
    arts = [
        Article(id="a", outlet="Dunmore Post", published="2026-05-04T09:00:00Z",
                text="The defence ministry said troops killed 11 fighters during a raid on the Kessin depot on Sunday."),
        Article(id="b", outlet="Ravel Wire", published="2026-05-04T15:00:00Z",
                text="The Korr Front said on Monday that only three of its fighters died in the raid on the Kessin depot, "
                     "rejecting the government's figure of 11."),
    ]
    contested = [c for c in find_claims(arts, use_embeddings=False) if c.status == "contested"]
    assert len(contested) == 1, [(c.status, c.text) for c in find_claims(arts, use_embeddings=False)]
    sides = {v.value: v for v in contested[0].variants}
    assert set(sides) == {"11", "3"}, list(sides)
    assert sides["11"].evidence[0].article_id == "a"
    assert sides["3"].evidence[0].article_id == "b"
