"""The same fact in other words listed again (audit 17 #11, audit 18 "known items"): one board's backing of a
bid in other words, one club's claim to have bid more in other words, a span of model years in other words,
and a company's denial given under its name by one outlet and as "the company" by another, are each one
claim backed by every outlet that gives it; different bids, boards, spans and denials stay apart.
Fictional articles written here."""

import pytest

from newsloom.crosscheck import find_claims
from newsloom.records import Article

from claims_helpers import with_quote



def art(id_, outlet, text, published="2026-06-08T10:00:00Z", title=""):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)



# ----------------------------------------------------------------------------- a rival's higher bid

_SIGNING = ("Westvale Rangers signed striker Oren Pellow from Dunmore Athletic on Monday for a fee of "
            "£40m, the clubs said.")


def test_rivals_higher_bid_in_other_words_is_one_attributed_claim(_embeddings):
    arts = [
        art("a", "Brisk Evening Post", _SIGNING + "\n\nPellow, 23, agreed a four-year contract.\n\n"
            "Corlan City said on Monday that it had bid more than Westvale for the striker but that Pellow "
            "chose Westvale."),
        art("b", "Harrow Sports Wire", _SIGNING + "\n\nThe 23-year-old signed a four-year deal.\n\n"
            "Corlan City said it had offered a higher fee for the player."),
    ]
    bids = with_quote(find_claims(arts), "Corlan City said")
    assert len(bids) == 1
    assert bids[0].status == "corroborated" and bids[0].attribution == "Corlan City"
    assert sorted(bids[0].outlets) == ["Brisk Evening Post", "Harrow Sports Wire"]


def test_two_clubs_bids_or_bids_for_two_players_stay_apart(_embeddings):
    arts = [
        art("a", "Brisk Evening Post", _SIGNING + "\n\n"
            "Corlan City said on Monday that it had bid more than Westvale for the striker Pellow."),
        art("b", "Harrow Sports Wire", _SIGNING + "\n\n"
            "Corlan City said it had offered a higher fee for the goalkeeper Ansel Varrow."),
        art("c", "Tolland Gazette", _SIGNING + "\n\n"
            "Marrick Town said it had offered a higher fee for the player."),
    ]
    claims = find_claims(arts)
    for quote in ("for the striker Pellow", "goalkeeper Ansel Varrow", "Marrick Town said"):
        found = with_quote(claims, quote)
        assert len(found) == 1 and found[0].status == "single-source", quote


# ----------------------------------------------------------------------------- a board's backing

_OFFER = ("Harlan Group has offered $300 million for Tessaly Mills, or 12 crowns a share. "
          "The Tessaly Shareholders' Association said the bid undervalued the company.")


def test_board_backing_in_other_words_is_one_claim(_embeddings):
    arts = [
        art("a", "Fennick Finance", _OFFER + "\n\nThe board of Tessaly backed the bid. Tessaly's board chair said "
            "the company had been approached before.\n\nSome shareholders were unhappy with the bid, said people "
            "familiar with the matter."),
        art("b", "Kestrel Wire", _OFFER + "\n\nTessaly's board said it was unanimously recommending the offer to "
            "shareholders. Harlan said the bid would create the largest miller in the region."),
        art("c", "Orlan Business Daily", _OFFER + "\n\nTessaly's board has recommended that shareholders accept "
            "the offer. A group of Tessaly shareholders said it would vote against the bid."),
    ]
    backing = with_quote(find_claims(arts), "board of Tessaly backed")
    assert len(backing) == 1 and backing[0].status == "corroborated"
    assert sorted(backing[0].outlets) == ["Fennick Finance", "Kestrel Wire", "Orlan Business Daily"]


def test_other_boards_and_other_offers_stay_apart(_embeddings):
    arts = [
        art("a", "Fennick Finance", _OFFER + "\n\nThe board of Tessaly backed the Harlan bid."),
        art("b", "Kestrel Wire", _OFFER + "\n\nTessaly's board said it was unanimously recommending the Dunmore "
            "offer to shareholders."),
        art("c", "Orlan Business Daily", _OFFER + "\n\nMarrow Foods' board has recommended that shareholders "
            "accept the offer."),
    ]
    claims = find_claims(arts)
    for quote in ("backed the Harlan bid", "the Dunmore offer", "Marrow Foods' board"):
        found = with_quote(claims, quote)
        assert len(found) == 1 and found[0].status == "single-source", quote


def test_one_deal_needs_one_actor_and_one_object():
    from newsloom.crosscheck import _act, split_statements

    def act_of(text):
        st = split_statements([art("x", "Fennick Finance", text)])[0]
        return st, _act(st)

    (a, x), (b, y), (c, z), (d, w) = (act_of(t) for t in (
        "The board of Tessaly backed the Harlan bid.", "Tessaly's board said it was recommending the Dunmore offer.",
        "The board of Marrow backed the bid.", "Tessaly's board has recommended that shareholders accept the offer."))
    assert x[0] == y[0] == z[0] == w[0] == "endorse"
    from newsloom.crosscheck import _one_deal

    assert _one_deal(a, d, x[1], w[1])            # one board, one offer
    assert not _one_deal(a, b, x[1], y[1])        # one board, two offers
    assert not _one_deal(a, c, x[1], z[1])        # two boards


# ----------------------------------------------------------------------------- a span of model years

_RECALLS = [
    "Pelham Motors is recalling 120,000 Ondra vans from the 2017-2020 model years because a seat belt can "
    "fail, the company said on Monday.",
    "Pelham Motors said on Monday it would recall about 120,000 Ondra vans built for the 2017 to 2020 model "
    "years over a seat belt that can fail.",
]


def test_model_years_in_other_words_corroborate_one_way():
    arts = [
        art("a", "Lowmere Wire", _RECALLS[0]),
        art("b", "Corby Times", _RECALLS[1]),
        art("c", "Tansy Radio", "Pelham Motors on Tuesday began calling owners of its Ondra vans.\n\n"
            "The affected Ondra vans were built from 2017 through 2020."),
    ]
    claims = find_claims(arts)
    years = with_quote(claims, "were built from 2017 through 2020")
    assert len(years) == 1 and years[0].status == "corroborated"
    assert sorted(years[0].outlets) == ["Corby Times", "Lowmere Wire", "Tansy Radio"]
    # (the short statement does not back the recall: it says nothing of a seat belt or of 120,000 vans)
    recall = [c for c in claims if "because a seat belt can fail" in c.text]
    assert len(recall) == 1 and "Tansy Radio" not in recall[0].outlets


def test_other_model_years_do_not_corroborate():
    arts = [
        art("a", "Lowmere Wire", _RECALLS[0]),
        art("c", "Tansy Radio", "Pelham Motors on Tuesday began calling owners of its Ondra vans.\n\n"
            "The affected Ondra vans were built from 2015 to 2018."),
    ]
    years = with_quote(find_claims(arts), "were built from 2015 to 2018")
    assert len(years) == 1 and years[0].status == "single-source"


@pytest.mark.parametrize("text, spans", [
    ("built from 2019 to 2022", {"2019-2022"}),
    ("model years 2019 through 2022", {"2019-2022"}),
    ("the 2019-2022 model years", {"2019-2022"}),
    ("the 2019–22 model years", {"2019-2022"}),
    ("built between 2019 and 2022", {"2019-2022"}),
    ("built in 2019 and 2022", set()),     # two years, not a span
    ("from 2022 to 2019", set()),          # no span backwards
    ("between 9 and 5 o'clock", set()),
])
def test_year_spans(text, spans):
    from newsloom.crosscheck import _year_spans

    assert _year_spans(text) == spans


# ----------------------------------------------------------------------------- "the company" denies

_LEDE = ("Pelham Motors said on Monday it would recall about 120,000 Ondra vans over a seat belt that can fail. "
         "The Road Safety Office said it had received reports of crashes linked to the fault.")
_NAMED_DENIAL = "Pelham Motors denied that the fault had caused any crash."


def _denials(other):
    return [
        art("a", "Lowmere Wire", _LEDE + "\n\nThe company said owners could check on its website whether their "
            "van was affected.\n\n" + _NAMED_DENIAL),
        art("b", "Corby Times", _LEDE + "\n\nThe company said dealers would replace the belts free of charge.\n\n"
            + other),
    ]


def test_company_denial_by_description_is_the_named_companys(_embeddings):
    # ("the carmaker" in an article whose first named source is Pelham Motors is Pelham Motors)
    arts = _denials("The carmaker on Tuesday denied that its seat belts had caused any crash.")
    denials = with_quote(find_claims(arts), "denied")
    assert len(denials) == 1 and denials[0].status == "corroborated"
    assert sorted(denials[0].outlets) == ["Corby Times", "Lowmere Wire"]


def test_two_denials_of_one_company_stay_two(_embeddings):
    arts = _denials("The carmaker on Tuesday denied that it had delayed the recall for a year.")
    claims = find_claims(arts)
    for quote in ("caused any crash", "delayed the recall"):
        found = with_quote(claims, quote)
        assert len(found) == 1 and found[0].status == "single-source", quote


# ----------------------------------------------------------------------------- bounded on untrusted text

def test_new_patterns_are_bounded():
    from newsloom.crosscheck import _ENDORSE, _OUTBID, _SUBJECT_TAIL, _YEAR_SPAN

    for text in ("backed the " + "very " * 60000 + "x", "2019 " * 40000, "bid " * 60000 + "more",
                 "The company " + "said " * 40000):
        for rx in (_ENDORSE, _OUTBID, _YEAR_SPAN, _SUBJECT_TAIL):
            rx.search(text)
