"""What the claim tests share."""
from __future__ import annotations


def with_quote(claims, quote):
    """The claims that hold a statement with these words."""
    return [c for c in claims if any(quote.lower() in e.quote.lower() for e in c.evidence)]
