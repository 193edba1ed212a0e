"""A figure given in a quotation, or as "closer to N" after another source's "put the number at", is a side of
the dispute: fictional articles."""

from newsloom.crosscheck import find_claims, split_statements
from newsloom.records import Article


def art(id_, outlet, text, published="2026-07-14T12:00:00Z"):
    return Article(id=id_, outlet=outlet, text=text, published=published)


BRIGADE = art("a", "Brindle Gazette", "The Kelm Valley wildfire has destroyed 80 homes near Ostwick, the Harrowmere "
              "Fire Brigade said on Monday.\n\nCrews worked through the night to protect the hamlet of Tessel.")


def county(quote_figure="about 110", answer="Varda said the true figure was closer to 110."):
    return art("b", "Ostry Post", f'"We believe {quote_figure} homes have been lost," Harrowmere district administrator '
               "Ines Varda said on Monday of the Kelm Valley wildfire near Ostwick.\n\n"
               f"The brigade put the number of homes destroyed at 80. {answer}\n\n"
               "Crews worked through the night to protect the hamlet of Tessel.")


def homes_claims(claims):
    return [c for c in claims if "80" in c.text or "110" in c.text]


def test_a_quoted_figure_and_closer_to_after_put_at_are_the_other_side():
    claims = find_claims([BRIGADE, county()])
    lead = claims[0]
    assert "80 homes" in lead.text and lead.status == "contested", [(c.status, c.text) for c in claims]
    by_value = {v.value: v for v in lead.variants}
    assert set(by_value) == {"80", "110"}, by_value
    assert set(by_value["80"].outlets) == {"Brindle Gazette", "Ostry Post"}
    quotes = [e.quote for e in by_value["110"].evidence]
    assert any("We believe about 110 homes" in q for q in quotes), quotes
    assert any("closer to 110" in q for q in quotes), quotes
    assert "homes" in lead.about
    # the 110 statements are no single-source claims of their own
    assert not [c for c in claims if "110" in c.text and c.status == "single-source"]


def test_a_quotation_giving_the_same_figure_is_no_contest():
    claims = find_claims([BRIGADE, county("about 80", "Varda said the true figure was closer to 80.")])
    assert not [c for c in claims if c.status == "contested"], [(c.status, c.text) for c in claims]


def test_a_quoted_figure_of_another_thing_is_no_side():
    other = county("300 firefighters are here and", "Crews were closer to 200 metres from the village by dusk.")
    claims = find_claims([BRIGADE, other])
    assert not [c for c in claims if c.status == "contested"], [(c.status, c.text, c.variants) for c in claims]


def test_closer_to_needs_a_figure_in_the_sentence_before_and_a_source():
    from newsloom.crosscheck import _answered

    stmts = split_statements([art("c", "Ostry Post", "The brigade counted the damage on Monday. "
                                  "Varda said the true figure was closer to 110. Fire crews had counted 40 trucks. "
                                  "The total was closer to 60 than to 90.")])
    assert [_answered(stmts, k) for k in range(len(stmts))] == [None] * len(stmts)


def test_answer_pattern_is_bounded_on_a_long_sentence():
    from newsloom.crosscheck import _answered

    text = "The brigade put the number of homes destroyed at 80. Varda said " + "the figure was " * 13000 + "closer to 110."
    stmts = split_statements([art("d", "Ostry Post", text)])
    [_answered(stmts, k) for k in range(len(stmts))]


def transfer(globe="Corvin United signed Aldo Fenner from Marsh Athletic on Friday for a fee of about $51 million, "
                   "the clubs said."):
    return [
        art("g", "Globe Sports Wire", f"{globe}\n\nFenner, 24, agreed a five-year contract.",
            published="2026-07-17T09:00:00Z"),
        art("p", "Pellam Sport", "Corvin United have signed striker Aldo Fenner from Marsh Athletic for £40m, the clubs "
            "said on Friday.\n\nFenner, 24, agreed a five-year contract.", published="2026-07-17T10:00:00Z"),
        art("w", "Wexley Evening News", "Corvin United completed the signing of Aldo Fenner from Marsh Athletic on "
            "Friday for a fee of 40 million pounds.\n\nThe striker scored 19 goals last season.",
            published="2026-07-17T11:00:00Z"),
    ]


def signing(claims):
    found = [c for c in claims if "Marsh Athletic" in c.text]
    assert len(found) == 1, [(c.status, c.text) for c in claims]
    return found[0]


def test_a_claim_is_named_by_the_sum_in_the_currency_most_outlets_give():
    c = signing(find_claims(transfer()))
    assert c.status == "corroborated" and len(c.outlets) == 3, (c.status, c.outlets)
    assert "£40m" in c.evidence[0].quote or "40 million pounds" in c.evidence[0].quote, c.evidence[0].quote
    assert "$51 million" not in c.text
    assert any("$51 million" in e.quote for e in c.evidence)  # (still evidence of the claim)


def test_a_head_whose_sum_no_other_outlet_converts_keeps_its_place():
    # (the same currency everywhere: nothing to prefer; whichever head is chosen gives £40m)
    c = signing(find_claims(transfer("Corvin United signed Aldo Fenner from Marsh Athletic on Friday for a fee "
                                     "of £40m, the clubs said.")))
    assert "40" in c.text and "$" not in c.text


def test_a_sum_of_another_thing_in_another_currency_does_not_name_the_claim():
    from newsloom.crosscheck import _in_own_currency, split_statements
    import numpy as np

    stmts = split_statements([
        art("g", "Globe Sports Wire", "Corvin United signed Aldo Fenner on Friday for a fee of about $51 million."),
        art("p", "Pellam Sport", "Corvin United signed Aldo Fenner on Friday and will pay him £90,000 a week."),
        art("w", "Wexley Evening News", "Corvin United signed Aldo Fenner on Friday on wages of £90,000 a week."),
    ])
    members = list(range(len(stmts)))
    grp = np.array([st.group for st in stmts])
    assert _in_own_currency(members, stmts, grp, np.ones(len(stmts)), np.zeros(len(stmts), dtype=bool)) == 0
