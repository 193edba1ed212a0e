"""Session 26: what two sentences close in meaning hold in common must be more than the names they give and one
word (audit 26 #9, audit 24 #14): "Prime Minister Tomas Lindell said he had accepted her resignation" neither
backs nor repeats "The resignation ... has left Prime Minister Tomas Lindell facing a vote of no confidence next
week", and is written as a fact of its own. Reports of one fact in other words still back each other. All articles, outlets,
people and places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article

WIRE = ("Ostmark's transport minister, Elena Varga, resigned on Tuesday after an auditor's report found her ministry "
        "had awarded a rail contract without a proper tender.\n\n"
        'Prime Minister Tomas Lindell said he had accepted her resignation "with regret".')
TIMES = ("The resignation of transport minister Elena Varga on Tuesday has left Prime Minister Tomas Lindell facing a "
         "vote of no confidence next week.\n\n"
         "Varga quit after the auditor found the rail contract was awarded without a tender.")


def _claims():
    return find_claims([
        Article(id="cw/1", outlet="Corran Wire", title="Minister resigns", text=WIRE, published="2026-11-17T11:00:00Z"),
        Article(id="lt/1", outlet="Lindhaven Times", title="Vote ahead", text=TIMES, published="2026-11-18T07:30:00Z"),
    ])


def _claim_of(claims, words: str):
    return next(c for c in claims if any(words in e.quote for e in c.evidence))


def test_names_in_common_are_no_backing():
    claims = _claims()
    vote = _claim_of(claims, "no confidence")
    assert not any("with regret" in e.quote for e in vote.evidence), vote.evidence
    assert vote.status == "single-source"


def test_a_sentence_that_shares_only_names_with_a_claim_is_no_repeat_of_it():
    claims = _claims()
    regret = _claim_of(claims, "with regret")
    # (written as its own claim, and not backed by the vote sentence, which holds only the speaker's name and, in
    # its subject, the topic of what he said: session 27)
    assert "with regret" in regret.text, regret.text
    assert regret.status == "single-source" and not any("no confidence" in e.quote for e in regret.evidence), regret


def test_one_fact_in_other_words_still_backs():
    claims = _claims()
    quit_ = _claim_of(claims, "resigned on Tuesday after an auditor")
    assert quit_.status == "corroborated" and set(quit_.outlets) == {"Corran Wire", "Lindhaven Times"}, quit_
