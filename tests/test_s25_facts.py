"""Session 25, T1: a sentence of two main clauses whose one clause backs another outlet's claim keeps the fact
its other clause tells (audit 24 #22); a speaker named after an opening phrase set off by a comma ("Outside
court, X, the chair, said ...") is the statement's source. All articles, outlets, people and places are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story
from newsloom.text import attribution


def _art(id_: str, outlet: str, text: str, published: str = "2026-09-16") -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


def _brief(*arts: Article) -> dict:
    return brief_to_dict(write_brief(Story(id="s1", title="", article_ids=[a.id for a in arts]), list(arts)))


# ------------------------------------------------- #22: "X was confirmed as the winner, but her lead narrowed"

MARGIN = ("Tova Lind's winning margin in the Orsby mayoral race has fallen to 163 votes after postal ballots were "
          "added to the count, the election board said on Wednesday.")


def _election(second: str) -> list[Article]:
    return [
        _art("gp/1", "Gannet Post", MARGIN + "\n\nTurnout was 58 per cent, the board said."),
        _art("fr/1", "Fennick Radio", second + "\n\nThe board will publish the ward results on Friday."),
    ]


def test_a_winner_confirmed_in_one_clause_is_not_lost_in_the_margin_its_other_clause_backs():
    second = ("Tova Lind of the Harbour Party was confirmed on Wednesday as the winner of Orsby's mayoral election, "
              "but her lead over incumbent Gus Farrow narrowed to 163 votes once postal ballots were counted.")
    claims = find_claims(_election(second))
    margin = next(c for c in claims if "163" in c.text and "Gannet Post" in c.outlets)
    assert margin.status == "corroborated"  # the radio's second clause still backs the margin
    assert any(e.quote == second for e in margin.evidence)
    # ... and its first clause, told by no one else, is written as the radio's own claim
    own = [c for c in claims if "confirmed" in c.text]
    assert len(own) == 1 and own[0].status == "single-source" and own[0].evidence[0].article_id == "fr/1"
    body = [s["statement"] for s in _brief(*_election(second))["sentences"]]
    assert any("confirmed on Wednesday as the winner" in s for s in body), body
    # (a backer whose other clause the claim already tells is not written twice)
    second = ("Tova Lind won the Orsby mayoral race, but her winning margin has fallen to 163 votes after postal "
              "ballots were added to the count.")
    claims = find_claims(_election(second))
    assert sum("163" in c.text for c in claims) == 1, [c.text for c in claims]


# ------------------------------------------- a speaker after an opening phrase set off by a comma

TAIL = (" the ruling would let the night shelter in Brellin reopen its doors to rough sleepers before the first "
        "frost of the winter.")


def test_a_speaker_after_an_opening_phrase_is_the_source():
    for opening, speaker in (("Outside court, Hana Voss, the charity's chair, said", "Hana Voss"),
                             ("Outside the courthouse, Piet Lorn said", "Piet Lorn"),
                             ("Outside City Hall, Piet Lorn said", "Piet Lorn"),
                             ("Speaking to reporters, Piet Lorn said", "Piet Lorn"),
                             ("Asked about the appeal, Hana Voss, the charity's chair, said", "Hana Voss"),
                             ("In a statement, Hana Voss, the charity's chair, said", "Hana Voss"),
                             ("Later, Hana Voss, the charity's chair, told reporters", "Hana Voss"),
                             ("After the verdict, the charity's chair, Hana Voss, said", "the charity's chair, Hana Voss")):
        tag = attribution(opening + TAIL)
        assert tag is not None and tag.source == speaker, (opening, tag)
    tag = attribution("Outside court, Hana Voss, the charity's chair, said: \"We are relieved, and we will now "
                      "rebuild the shelter before the winter sets in.\"")
    assert tag is not None and tag.source == "Hana Voss"
    # (an opening phrase is no speaker, and a name before a comma is no opening phrase)
    assert attribution("Outside court, the crowd cheered as the verdict was read and the shelter's staff hugged "
                       "each other on the steps.") is None
    # (a name before a comma is the speaker, not an opening: "Sterling", "Fielding Marsh", "Ada Brenn")
    tag = attribution("Sterling, the club's owner, said" + TAIL)
    assert tag is None or tag.source == "Sterling", tag
    assert attribution("Fielding Marsh, the club's owner, said" + TAIL).source == "Fielding Marsh"
    assert attribution("Ada Brenn, the regional transport minister, said" + TAIL).source == "Ada Brenn"
    assert attribution("The regional transport minister, Ada Brenn, said" + TAIL).source == \
        "The regional transport minister, Ada Brenn"


def test_a_statement_after_an_opening_phrase_is_credited_to_its_speaker():
    text = ("Outside court, Hana Voss, the charity's chair, said the ruling would let the Brellin night shelter "
            "reopen its doors to rough sleepers before the first frost of the winter.")
    d = _brief(_art("bw/1", "Brellin Weekly", "A court in Brellin on Tuesday overturned the closure of the town's "
                    "night shelter, ending a two-year dispute with the council.\n\n" + text))
    sent = next(s for s in d["sentences"] if "rough sleepers" in s["statement"])
    assert sent["attribution"] == "Hana Voss", sent  # (not "Outside court", nor no one)
