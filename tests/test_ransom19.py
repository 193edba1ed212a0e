"""A condition or a relay of reports backs no claim, and an anonymous claim contests a denial of a
proposition with a subject of its own (audit 19 #6); a group told in two parts adds up to another report's
whole (audit 19 #10). Fictional articles written here."""

import numpy as np

from newsloom.crosscheck import _asserts_act, _denied_act, find_claims, split_statements
from newsloom.records import Article

from claims_helpers import with_quote


def art(id_, outlet, text, published="2026-10-03T10:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)



# ----------------------------------------------------------------------------- a condition backs nothing

def _payment(third):
    return [
        art("a", "Ostwick Courier", "A ransom of $2 million was paid to free the six engineers held in Varrow, "
            "a security official who asked not to be named told the Ostwick Courier.\n\n"
            "The six engineers landed in Bellhaven on Friday.", "2026-10-03T09:00:00Z"),
        art("b", "Marrin Gazette", "The interior ministry denied that any ransom had been paid for the six "
            "engineers freed in Varrow.\n\nThe six engineers landed in Bellhaven on Friday, the ministry said.",
            "2026-10-03T12:00:00Z"),
        art("c", "Quellport Review", third + "\n\nThe six engineers landed in Bellhaven on Friday.",
            "2026-10-04T08:00:00Z"),
    ]


def test_conditional_does_not_back_and_denial_contests_the_claim():
    claims = find_claims(_payment("If a ransom of $2 million was paid for the Varrow engineers, as has been "
                                  "reported, every gang in the hills now knows the price of a hostage."))
    ransom = with_quote(claims, "asked not to be named")
    assert len(ransom) == 1
    c = ransom[0]
    assert "Quellport Review" not in c.outlets and "Quellport Review" not in {e.outlet for e in c.evidence}
    assert c.status == "contested" and c.about == "whether it happened"
    assert {v.value: v.outlets for v in c.variants} == {"asserts": ["Ostwick Courier"], "denies": ["Marrin Gazette"]}
    # the condition is its own, single-source statement, not swallowed as a repeat
    cond = with_quote(claims, "If a ransom of $2 million")
    assert len(cond) == 1 and cond[0].status == "single-source" and cond[0].outlets == ["Quellport Review"]


def test_relay_backs_nothing():
    third = "A ransom of $2 million was paid to free the six engineers held in Varrow, as has been reported."
    claims = find_claims(_payment(third))
    ransom = with_quote(claims, "asked not to be named")
    assert ransom and all("Quellport Review" not in c.outlets for c in ransom)


def test_a_report_with_its_own_source_still_backs():
    claims = find_claims(_payment("A ransom of $2 million was paid to free the six engineers held in Varrow, a "
                                  "police source told the Quellport Review."))
    ransom = with_quote(claims, "a security official who asked not to be named")
    assert ransom and "Quellport Review" in ransom[0].outlets


def test_if_the_storm_reaches_is_no_report():
    arts = [
        art("a", "Ostwick Courier", "Storm Ilsa reached the Carrow coast on Thursday with winds of 140 km/h, "
            "forecasters said.\n\nSchools in Carrow were closed."),
        art("b", "Marrin Gazette", "If Storm Ilsa reaches the Carrow coast on Thursday with winds of 140 km/h, "
            "the harbour wall may not hold.\n\nSchools in Carrow were closed."),
    ]
    claims = find_claims(arts)
    storm = with_quote(claims, "Storm Ilsa reached the Carrow coast")
    assert storm and storm[0].outlets == ["Ostwick Courier"] and storm[0].status == "single-source"


def test_one_outlet_gives_both_sides_with_their_sources():
    def claims(claim):
        return find_claims([
            art("a", "Ostwick Courier", f"{claim}\n\nThe interior ministry denied that any ransom had been paid. "
                "The six engineers landed in Bellhaven on Friday."),
            art("b", "Marrin Gazette", "The six engineers landed in Bellhaven on Friday, the ministry said."),
        ])
    got = claims("A ransom of $2 million was paid to free the six engineers held in Varrow, a security official "
                 "who asked not to be named told the Ostwick Courier.")
    ransom = with_quote(got, "asked not to be named")
    assert ransom and ransom[0].status == "contested" and ransom[0].about == "whether any ransom had been paid"
    assert {v.value: v.outlets for v in ransom[0].variants} == {"asserts": ["Ostwick Courier"],
                                                                 "denies": ["Ostwick Courier"]}
    # (the outlet's own unattributed words against a denial it reports are no two sources)
    got = claims("A ransom of $2 million was paid to free the six engineers held in Varrow.")
    assert not any([v.value for v in c.variants] == ["asserts", "denies"] for c in got)


def test_a_rule_told_as_a_condition_still_backs():
    # (what the two share lies in the main clause: "you can get the booster at any pharmacy")
    arts = [
        art("a", "Ostwick Courier", "If you are over 70, you can get the Tressa booster at any pharmacy in Carrow "
            "from Monday, the health board said."),
        art("b", "Marrin Gazette", "People over 70 can get the Tressa booster at any pharmacy in Carrow from Monday, "
            "the health board said."),
    ]
    claims = find_claims(arts)
    assert len(claims) == 1 and claims[0].status == "corroborated"


def test_unrelated_denial_does_not_contest():
    arts = [
        art("a", "Ostwick Courier", "A ransom of $2 million was paid to free the six engineers held in Varrow, "
            "a security official who asked not to be named told the Ostwick Courier.\n\n"
            "The six engineers landed in Bellhaven on Friday."),
        art("b", "Marrin Gazette", "The interior ministry denied that soldiers had been sent into the Varrow hills "
            "before the release.\n\nThe six engineers landed in Bellhaven on Friday, the ministry said."),
    ]
    claims = find_claims(arts)
    assert not any(c.about == "whether it happened" for c in claims)
    ransom = with_quote(claims, "asked not to be named")
    assert ransom and ransom[0].status == "single-source"


def test_denier_as_agent_still_needs_the_denier_named():
    # "denied paying a ransom": the ministry's own act; an assertion that names no ministry is not of it
    st = split_statements([art("b", "Marrin Gazette", "The interior ministry denied paying any ransom for the "
                               "six engineers.\n\nA ransom was paid to a broker in Varrow, residents said.")])
    act = _denied_act(st[0])
    assert act is not None and act[2] == ()
    assert not _asserts_act(st[1], act)


# ----------------------------------------------------------------------------- parts of a whole

def _rescue(rest):
    return [
        art("a", "Ostwick Courier", "Kessmark's mines minister said on Sunday that rescuers had freed all 11 miners "
            "trapped for six days in the flooded Helmer pit near Dunsby.\n\nThe shaft had flooded on Wednesday.",
            "2026-10-03T09:00:00Z"),
        art("b", "Marrin Gazette", f"Nine miners were freed on Sunday and {rest}, a spokeswoman for the families "
            "said.\n\nThe shaft had flooded on Wednesday.", "2026-10-04T09:00:00Z"),
    ]


def test_two_parts_add_up_to_the_whole():
    claims = find_claims(_rescue("two remain in hospital in Calder"))
    whole = with_quote(claims, "had freed all 11 miners")
    assert len(whole) == 1 and whole[0].status == "corroborated"
    assert sorted(whole[0].outlets) == ["Marrin Gazette", "Ostwick Courier"]
    assert any("Nine miners were freed" in e.quote for e in whole[0].evidence)
    assert not any(c.status == "contested" for c in claims)


def test_parts_with_another_fate_do_not_add_up():
    from newsloom.crosscheck import _parts_of_whole
    whole = "Rescuers brought all 11 trapped miners to the surface at the Helmer pit, the operator said."
    for rest, adds in (("two remain in hospital", True), ("two died in hospital", False),
                       ("two have not been reached", False), ("two guards were hurt", False)):
        st = split_statements([art("a", "Ostwick Courier", whole),
                               art("b", "Marrin Gazette", f"Nine trapped miners were brought up on Sunday and {rest}.")])
        w = _parts_of_whole(st, np.ones((2, 2), dtype=np.float32))
        assert bool(w[1, 0]) is adds and not w[0, 1], rest


def test_regexes_are_bounded():
    from newsloom.crosscheck import _OPEN_CLAUSE, _OTHER_SUBJECT, _REST_OF
    # (each runs on 200,000 characters and answers)
    assert _REST_OF.match("7 hostages " + "x " * 100000, 0) is None
    assert _OPEN_CLAUSE.match("If " + "a " * 100000) is not None
    assert _OTHER_SUBJECT.match("that " + "the " * 100000) is None
