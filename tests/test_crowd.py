"""Opposing estimates set side by side in one sentence, and what a contest's label names: fictional articles."""

from newsloom.crosscheck import Statement, find_claims
from newsloom.records import Article
from newsloom.text import numbers


def art(id_, outlet, text, published="2026-05-17"):
    return Article(id=id_, outlet=outlet, text=text, published=published)


def contested(claims):
    return [c for c in claims if c.status == "contested"]


def march(pair_sentence="Police estimated the crowd at about 9,000, while organisers from the Save Velmora Hospital "
                        "campaign said 40,000 had marched."):
    return [
        art("a", "Tarn Gazette", "Thousands of people marched through Velmora on Sunday against the closure of the city's "
            f"hospital. {pair_sentence} Police arrested 11 people near the station."),
        art("b", "Orrin Herald", "Crowds filled the centre of Velmora on Sunday to protest against the planned closure "
            "of the city's hospital. Organisers said 40,000 people took part. Police put the crowd at about 9,000. "
            "Eleven people were arrested, police said."),
        art("c", "Quill Radio", "A march against the closure of Velmora's hospital filled the city centre on Sunday. "
            "The Save Velmora Hospital campaign said 40,000 people had joined the march. "
            "Police said about 9,000 took part. Police arrested 11 people."),
    ]


def test_a_sentence_giving_both_sides_figures_is_evidence_of_the_contest_not_corroboration():
    claims = find_claims(march(), use_embeddings=False)
    crowd = [c for c in claims if "9,000" in c.text or "40,000" in c.text]
    assert len(crowd) == 1 and crowd[0].status == "contested", [(c.status, c.text) for c in crowd]
    c = crowd[0]
    assert c.about == "crowd size"
    by_value = {v.value: v for v in c.variants}
    assert set(by_value) == {"9,000", "40,000"}
    # each outlet's one-sided sentence joins its side; the two-sided sentence is evidence of both
    for v in by_value.values():
        assert v.outlets == ["Orrin Herald", "Quill Radio", "Tarn Gazette"]
    assert any("while organisers" in e.quote for e in by_value["40,000"].evidence)
    assert any("Police put the crowd" in e.quote for e in by_value["9,000"].evidence)
    assert any("joined the march" in e.quote for e in by_value["40,000"].evidence)


def test_each_outlet_giving_one_side_is_a_crowd_size_contest():
    claims = find_claims([
        art("a", "Fenlow Daily", "Organisers said 30,000 people took part in the march through Abersk.\n\n"
            "Police arrested 14 people."),
        art("b", "Abersk Standard", "Police said about 8,000 people took part in the march through Abersk.\n\n"
            "Fourteen people were arrested, police said."),
    ], use_embeddings=False)
    c = contested(claims)
    assert len(c) == 1 and c[0].about == "crowd size", [(x.about, x.text) for x in c]


def test_two_outlets_agreeing_on_both_sides_corroborate():
    claims = find_claims([
        art("a", "Tarn Gazette", "Police estimated the crowd at about 4,000, while organisers from the Velmora Water "
            "Forum said 9,000 had marched."),
        art("b", "Orrin Herald", "The Velmora Water Forum said 9,000 people took part; police said about 4,000."),
    ], use_embeddings=False)
    assert not contested(claims), [(c.about, c.text) for c in contested(claims)]
    claims = find_claims([
        art("a", "Tarn Gazette", "Police said about 9,000 people took part in the Velmora march."),
        art("b", "Orrin Herald", "Police put the crowd at the Velmora march at about 9,000."),
    ], use_embeddings=False)
    assert not contested(claims)


def test_two_different_quantities_credited_to_two_sources_are_no_contest():
    claims = find_claims([
        art("a", "Tarn Gazette", "Police said 12 people were arrested in Velmora, while organisers said 50,000 had "
            "marched through the city."),
        art("b", "Orrin Herald", "Twelve people were arrested in Velmora, police said. Organisers said 50,000 people "
            "marched through the city."),
    ], use_embeddings=False)
    assert not contested(claims), [(c.about, [v.value for v in c.variants]) for c in contested(claims)]


def _statement(text):
    return Statement(0, 0, len(text), text, [], numbers(text), None, 0)


def test_two_sided_sentences():
    from newsloom.crosscheck import _two_sided  # (new with this test)

    assert _two_sided(_statement("Police estimated the crowd at about 9,000, while organisers said 40,000 had marched."))
    assert _two_sided(_statement("Organisers said 30,000 people took part; police said about 8,000."))
    assert _two_sided(_statement("According to organisers, 30,000 people marched, but police said 8,000."))
    # one source, or two counts of different things, or no source: no pair
    assert not _two_sided(_statement("Police said 9,000 marched on Sunday, while police said 4,000 marched."))
    assert not _two_sided(_statement("Police said 12 people were arrested, while organisers said 50,000 had marched."))
    assert not _two_sided(_statement("Police said 300 officers were deployed, while organisers said 2,000 people marched."))
    assert not _two_sided(_statement("About 9,000 people marched on Sunday, while 4,000 marched on Monday."))
    # a long adversarial sentence: a pattern that backtracks without bound would not return here
    for unit in ("Police said 9,000, while organisers said 40,000 people", "police said 9 were killed; organisers said 40 were hurt; "):
        st = _statement(unit * (200_000 // len(unit)) + ".")
        _two_sided(st)


def test_a_percentage_above_a_price_is_labelled_the_premium_not_the_price():
    claims = find_claims([
        art("a", "Corvel Wire", "Harrowgate Mills agreed to buy Brannock Foods for 44 crowns a share.\n\n"
            "The offer is a premium of 31 percent to Brannock's closing price on Friday."),
        art("b", "Sandhaven Finance", "Harrowgate Mills agreed to buy Brannock Foods for 44 crowns a share.\n\n"
            "The price is 28 percent above Brannock's last closing price, Sandhaven Finance calculated."),
    ], use_embeddings=False)
    c = contested(claims)
    assert len(c) == 1 and c[0].about == "premium", [(x.about, x.text) for x in c]
    claims = find_claims([
        art("a", "Corvel Wire", "The offer of 20 crowns a share is 12 percent below Brannock's last closing price."),
        art("b", "Sandhaven Finance", "The offer of 20 crowns is 15 percent below Brannock's last closing price."),
    ], use_embeddings=False)
    c = contested(claims)
    assert len(c) == 1 and c[0].about == "discount", [(x.about, x.text) for x in c]
