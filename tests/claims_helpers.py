"""What the claim tests share."""
from __future__ import annotations


def with_quote(claims, quote):
    """The claims that hold a statement with these words."""
    return [c for c in claims if any(quote.lower() in e.quote.lower() for e in c.evidence)]


def brief_of(*texts: tuple[str, str, str], title: str = "Siege ends at Tessaly hotel") -> dict:
    """The brief's JSON dict of one story of these (outlet, text, published) articles, under one headline."""
    from newsloom.brief import brief_to_dict, write_brief
    from newsloom.records import Article, Story

    arts = [Article(id=f"a{k}", outlet=outlet, title=title, text=text, published=when)
            for k, (outlet, text, when) in enumerate(texts)]
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


def variant_values(conflict: dict) -> dict[str, list[str]]:
    """A conflict's values -> the outlets that give each."""
    return {v["value"]: v["outlets"] for v in conflict["variants"]}


def art(id_: str, outlet: str, text: str, published: str, title: str = "Report"):
    """One fictional article."""
    from newsloom.records import Article

    return Article(id=id_, outlet=outlet, title=title, text=text, published=published)


def claim_of(claims, words: str):
    """The first claim with a statement that holds these words."""
    return next(c for c in claims if any(words in e.quote for e in c.evidence))


def claim_outlets(claim) -> set[str]:
    """The outlets of a claim's statements."""
    return {e.outlet for e in claim.evidence}
