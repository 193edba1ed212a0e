"""A denial told without a verb of denial ("The company said no bank details were taken", '"No card data
was taken," the chief executive said') stands with the denial, against the claim it denies; a report of
something else by the same actor ("claimed responsibility for the attack") is on neither side (audit 20 #5).
Fictional articles written here."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article

from claims_helpers import with_quote


def art(id_, outlet, text, published="2026-11-10T10:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


def _breach(extra: str = "") -> list[Article]:
    return [
        art("a", "Dallow Echo", "The energy supplier Tarnby Energy said on Monday it had been hit by a ransomware attack.\n\n"
            "The Ashfall ransomware group has claimed responsibility for the attack.\n\n"
            "The company said no bank details were taken." + extra, "2026-11-10T09:00:00Z"),
        art("b", "Orrin Herald", "Tarnby Energy said on Monday it had been hit by a ransomware attack.\n\n"
            "The Ashfall gang said it had stolen customers' bank details.\n\n"
            "Tarnby Energy denied that any bank details were taken.", "2026-11-10T11:00:00Z"),
    ]


def _sides(claim) -> dict[str, set[str]]:
    return {v.value: {e.quote for e in v.evidence} for v in claim.variants}


def test_a_denial_in_other_words_stands_with_the_denial_against_the_claim():
    claims = find_claims(_breach())
    [c] = [c for c in claims if c.status == "contested"]
    sides = _sides(c)
    assert sides["asserts"] == {"The Ashfall gang said it had stolen customers' bank details."}
    assert sides["denies"] == {"The company said no bank details were taken.",
                               "Tarnby Energy denied that any bank details were taken."}


def test_claiming_the_attack_is_no_claim_of_the_theft():
    claims = find_claims(_breach())
    [responsibility] = with_quote(claims, "claimed responsibility")
    assert responsibility.status == "single-source"
    assert all("responsibility" not in q for v in _sides(next(c for c in claims if c.variants)).values() for q in v)


def test_the_speakers_own_no_and_a_report_of_it_back_each_other():
    claims = find_claims([
        art("a", "Harbour Courier", '"No card data was taken, and customers do not need to replace their cards," '
            "Quillmart chief executive Odile Farrant said in a statement.\n\nQuillmart said the attack began on Sunday."),
        art("b", "Kestrel Post", 'Chief executive Odile Farrant said: "No card data was taken, and customers do not '
            'need to replace their cards."\n\nThe retailer said the attack began on Sunday.'),
    ])
    [quote] = with_quote(claims, "No card data was taken")
    assert quote.status == "corroborated"


def test_two_reports_of_the_denial_alone_agree():
    claims = find_claims([
        art("a", "Dallow Echo", "Tarnby Energy said on Monday it had been hit by a ransomware attack.\n\n"
            "The company said no bank details were taken."),
        art("b", "Orrin Herald", "Tarnby Energy said on Monday it had been hit by a ransomware attack.\n\n"
            "Tarnby Energy denied that any bank details were taken."),
    ])
    assert not [c for c in claims if c.status == "contested"]
    [denial] = with_quote(claims, "denied that any bank details")
    assert denial.status == "corroborated"
