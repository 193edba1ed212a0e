"""Session 27: backing. A sentence that gives a source's words is backed only by one that tells what the source is
said to say, not by one that shares the source's name and takes the topic as its own subject to assert another
thing (audit 26 #9). A report that tells a party's own act in its own words ("Halvorsen Systems has agreed to buy
...") tells what the party's release announces: the two are one claim (audit 26 #7, #14). All articles, outlets,
people and places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article

WIRE = ("Ostmark's transport minister, Elena Varga, resigned on Tuesday after an auditor's report found her ministry "
        "had awarded a rail contract without a proper tender.\n\n"
        'Prime Minister Tomas Lindell said he had accepted her resignation "with regret".')
TIMES = ("The resignation of transport minister Elena Varga on Tuesday has left Prime Minister Tomas Lindell facing a "
         "vote of no confidence next week.\n\n"
         "Varga quit after the auditor found the rail contract was awarded without a tender.")

RELEASE = ("LINDHAVEN, November 16, 2026 - Halvorsen Systems Inc. today announced that it has agreed to acquire "
           "Brightmere Analytics, a maker of hospital scheduling software, for $1.2 billion in cash.\n\n"
           "The price of $31.50 per share represents a premium of 34% to Brightmere's closing share price on Friday.\n\n"
           "The transaction is expected to close in the second quarter of 2027, subject to regulatory approval.")
REPORT = ("Healthcare software group Halvorsen Systems has agreed to buy Brightmere Analytics for $1.2 billion in cash, "
          "the biggest deal in the sector this year.\n\n"
          "Halvorsen is paying $31.50 a share, a 34 percent premium.\n\n"
          "Brightmere, which had revenue of $210 million last year, has about 1,900 employees.")


def _claim_of(claims, words: str):
    return next(c for c in claims if any(words in e.quote for e in c.evidence))


def test_a_report_on_the_speakers_topic_does_not_back_what_he_said():
    claims = find_claims([
        Article(id="cw/1", outlet="Corran Wire", title="Minister resigns", text=WIRE, published="2026-11-17T11:00:00Z"),
        Article(id="lt/1", outlet="Lindhaven Times", title="Vote ahead", text=TIMES, published="2026-11-18T07:30:00Z"),
    ])
    regret = _claim_of(claims, "with regret")
    assert not any("no confidence" in e.quote for e in regret.evidence), regret.evidence
    assert regret.status == "single-source", regret
    # (the fact both tell in other words still backs)
    quit_ = _claim_of(claims, "resigned on Tuesday after an auditor")
    assert quit_.status == "corroborated", quit_


def test_what_a_manager_said_is_neither_backed_nor_dropped_by_a_report_of_his_troubles():
    post = ("Carrow striker Ivo Sandor apologised on Sunday for a gesture at home fans during the 2-1 defeat.\n\n"
            'Carrow manager Arne Solberg said he had accepted the apology "without hesitation".')
    echo = ("The apology of striker Ivo Sandor on Sunday has left Carrow manager Arne Solberg facing questions from "
            "the club's board.\n\nSandor said sorry after the gesture at home fans in the 2-1 defeat.")
    claims = find_claims([
        Article(id="vp/1", outlet="Vell Post", title="Sandor sorry", text=post, published="2026-11-16T07:00:00Z"),
        Article(id="ke/1", outlet="Kirkby Echo", title="Solberg questioned", text=echo, published="2026-11-16T09:00:00Z"),
    ])
    accepted = _claim_of(claims, "without hesitation")
    assert accepted.status == "single-source" and {e.outlet for e in accepted.evidence} == {"Vell Post"}, accepted


def _deal_claims():
    return find_claims([
        Article(id="hs/1", outlet="Halvorsen Systems", title="Halvorsen Systems to acquire Brightmere Analytics",
                text=RELEASE, published="2026-11-16T07:00:00Z"),
        Article(id="td/1", outlet="The Techdesk", title="Halvorsen buys Brightmere in $1.2bn deal",
                text=REPORT, published="2026-11-16T09:30:00Z"),
    ])


def test_a_report_of_the_partys_own_deal_and_its_release_are_one_claim():
    claims = _deal_claims()
    deal = _claim_of(claims, "agreed to buy Brightmere")
    assert any("today announced" in e.quote for e in deal.evidence), deal.evidence
    assert {e.outlet for e in deal.evidence} == {"The Techdesk", "Halvorsen Systems"}
    assert not any(c is not deal and any("today announced" in e.quote for e in c.evidence) for c in claims)
    # (what the report tells of the other company is not the party's word)
    staff = _claim_of(claims, "1,900 employees")
    assert {e.outlet for e in staff.evidence} == {"The Techdesk"}


def test_the_price_told_by_the_report_and_the_release_is_one_claim():
    claims = _deal_claims()
    price = _claim_of(claims, "paying $31.50 a share")
    assert any("premium of 34%" in e.quote for e in price.evidence), price.evidence

