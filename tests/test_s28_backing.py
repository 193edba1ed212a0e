"""Status and backing (session 28): a cause asserted backs no report of figures it does not give; a plan and
its later deed are two claims; a party's release that gives a fact is named in its credit. Fictional articles."""

import numpy as np

from newsloom.brief import write_brief
from newsloom.crosscheck import _sure_and_hedged, find_claims, split_statements
from newsloom.records import Article, Story


def _pair(a: str, b: str):
    stmts = split_statements([Article(id="a", outlet="Tarn Post", text=a), Article(id="b", outlet="Ebbe Radio", text=b)])
    assert len(stmts) == 2, [s.text for s in stmts]
    return _sure_and_hedged(stmts, np.ones((2, 2), dtype=bool))


def test_a_cure_asserted_is_no_source_of_figures_it_does_not_give():
    apart = _pair("Scientists have proved that a 20-minute swim every day cures back pain in office workers.",
                  "Among those who swam little, 40 in 1,000 reported back pain each month; among those who swam 20 "
                  "minutes a day, the figure was 25 in 1,000.")
    assert apart[0, 1] and apart[1, 0]
    # (but not by figures it gives too, nor when no study is told of: a court's proof)
    apart = _pair("Scientists have proved that a daily swim cures back pain, cutting cases to 25 in 1,000.",
                  "Back pain fell to 25 in 1,000 among those who swam daily, the researchers found.")
    assert not apart.any()
    apart = _pair("Prosecutors proved that the blaze at the Marrow depot was caused by a faulty heater.",
                  "The blaze at the Marrow depot destroyed 45 lorries and cost the firm 2 million crowns.")
    assert not apart.any()


def _claims(*texts: tuple[str, str, str]):
    arts = [Article(id=f"a{k}", outlet=outlet, published=when, title=" ".join(text.split()[:3]), text=text)
            for k, (outlet, when, text) in enumerate(texts)]
    return find_claims(arts)


def _claim_of(claims, words: str):
    return next(c for c in claims if words in c.text or any(words in e.quote for e in c.evidence))


def test_a_sentencing_planned_is_not_backed_by_the_jailing_done():
    claims = _claims(
        ("Tarn Post", "2026-03-02T08:00:00Z",
         "Former treasurer Lida Orvik will be sentenced on Tuesday for stealing 900,000 crowns from the Brenna Harbour "
         "Fund. The jury took two days to reach its verdict."),
        ("Ebbe Radio", "2026-03-03T16:00:00Z",
         "Former treasurer Lida Orvik was jailed on Tuesday for stealing 900,000 crowns from the Brenna Harbour Fund. "
         "Judge Tove Rask called the theft a betrayal."))
    plan, deed = _claim_of(claims, "will be sentenced"), _claim_of(claims, "was jailed")
    assert plan is not deed
    assert [e.outlet for e in plan.evidence] == ["Tarn Post"] and [e.outlet for e in deed.evidence] == ["Ebbe Radio"]


def test_an_announcement_expected_is_not_backed_by_the_announcement_made():
    claims = _claims(
        ("Kell Courier", "2026-03-01T08:00:00Z",
         "Marrow Foods is expected to announce the closure of its Dunfirth bakery on Thursday, union officials said. "
         "The bakery employs 240 people."),
        ("Vale Times", "2026-03-05T18:00:00Z",
         "Marrow Foods announced the closure of its Dunfirth bakery on Thursday, union officials said. "
         "The bakery opened in 1962."))
    assert _claim_of(claims, "is expected to announce") is not _claim_of(claims, "announced the closure")
    # (two reports of one plan still back each other)
    claims = _claims(
        ("Kell Courier", "2026-03-01T08:00:00Z",
         "Marrow Foods plans to close its Dunfirth bakery in June, union officials said. The bakery employs 240 people."),
        ("Vale Times", "2026-03-01T18:00:00Z",
         "Marrow Foods will close its Dunfirth bakery in June, union officials said. The bakery opened in 1962."))
    c = _claim_of(claims, "plans to close")
    assert {e.outlet for e in c.evidence} == {"Kell Courier", "Vale Times"}


RELEASE = ("Brisa Mobile today announced that it has agreed to acquire Tolvern Networks, a maker of rural radio masts, "
           "for $640 million in cash.\n\n"
           "\"Tolvern gives us the reach we have been missing,\" said Brisa chief executive Oda Lindqvist.\n\n"
           "About Brisa Mobile: Brisa Mobile is a mobile network operator based in Harlow Bay.")
REPORT = ("Brisa Mobile has agreed to buy Tolvern Networks for $640 million in cash, the biggest telecoms deal in the "
          "region this year.\n\nTolvern's founder Piet Ansel said he would stay on to run the business.")


def test_a_release_that_gives_the_fact_is_named_in_the_credit():
    arts = [Article(id="rel", outlet="Brisa Mobile", published="2026-05-04T07:00:00Z",
                    title="Brisa Mobile to acquire Tolvern Networks for $640 million", text=RELEASE),
            Article(id="rep", outlet="Harlow Ledger", published="2026-05-04T10:00:00Z",
                    title="Brisa buys Tolvern for $640m", text=REPORT)]
    brief = write_brief(Story(id="s", title="Brisa buys Tolvern", article_ids=[a.id for a in arts]), arts)
    deal = next(s for s in brief.sentences if any(x.article_id == "rep" for x in s.sources)
                and any(x.article_id == "rel" for x in s.sources + s.also_reported_by))
    assert deal.status == "single-source"  # (the release adds no outlet beside the report)
    assert deal.credit == " (Harlow Ledger and a statement by Brisa Mobile)."


def test_a_quoted_tonight_is_of_the_day_the_words_were_spoken():
    from newsloom.text import dates
    told = {d.text: d.iso for d in dates("\"We will march again tonight,\" union leader Maren Voll said on Friday.",
                                        "2026-11-21T09:00:00Z")}
    assert told["tonight"] == "2026-11-20"
    told = {d.text: d.iso for d in dates("\"We were at the ministry yesterday,\" Voll told reporters on Friday.",
                                        "2026-11-21T09:00:00Z")}
    assert told["yesterday"] == "2026-11-19"
    # (a day outside the quotation, or words no day is given for, stay the paper's)
    told = {d.text: d.iso for d in dates("Teachers will march again tonight, Voll said on Friday.", "2026-11-21T09:00:00Z")}
    assert told["tonight"] == "2026-11-21"
