"""Audit 24 #7: a denial of a negative ("denied that its gummies were unsafe") asserts the positive: it backs the
same speaker's word that they are safe, and neither backs nor is backed by a report of the negative it denies.
All articles, outlets, people and places are made up."""

import pytest

from newsloom.crosscheck import find_claims
from newsloom.records import Article

from claims_helpers import with_quote


def _art(id_: str, outlet: str, text: str, published: str = "2026-05-12") -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


GUMMIES = [
    _art("a/1", "Harlow Post", "A study found that SleepWell Kids gummies held three times the labelled dose of "
         "melatonin.\n\nOrwen Health says its gummies are safe when used as directed."),
    _art("b/1", "Tamsin Wire", "SleepWell Kids gummies held far more melatonin than their labels stated, a study "
         "found.\n\nOrwen Health denied that its gummies were unsafe."),
    _art("c/1", "Corby Radio", "Melatonin gummies sold as SleepWell Kids held three times the dose on the label, "
         "researchers found.\n\nThe Kessland Medicines Agency said the gummies were unsafe for young children."),
]


@pytest.mark.usefixtures("_embeddings")
def test_a_denial_of_a_negative_backs_the_same_companys_word():
    claims = find_claims(GUMMIES)
    (c,) = with_quote(claims, "denied that its gummies were unsafe")
    # the maker's word and its denial are one side (safe), the regulator's report the other (session 26:
    # one thing called safe and unsafe is contested)
    assert c.status == "contested", c
    sides = {v.value: set(v.outlets) for v in c.variants}
    assert {"Harlow Post", "Tamsin Wire"} in sides.values() and {"Corby Radio"} in sides.values(), sides
    # (the regulator's report of the negative is the other side, never a backer of the maker's word)
    assert not [c for c in with_quote(claims, "were unsafe for young children") if c.status == "corroborated"]


FERRY = [
    _art("a/1", "Harlow Post", "The Brisk Line ferry Marta Kell ran aground off Tollen Point on Sunday with 212 "
         "passengers aboard.\n\nBrisk Line said its crew had been fully trained for night crossings."),
    _art("b/1", "Tamsin Wire", "A ferry carrying 212 passengers ran aground off Tollen Point on Sunday night.\n\n"
         "Brisk Line denied that its crew had not been trained for night crossings."),
]


@pytest.mark.parametrize("use_embeddings", [False, True])
def test_denying_that_something_was_not_done_says_it_was(use_embeddings):
    if use_embeddings:
        pytest.importorskip("onnxruntime")
    claims = find_claims(FERRY, use_embeddings=use_embeddings)
    (c,) = with_quote(claims, "had not been trained")
    assert c.status == "corroborated" and set(c.outlets) == {"Harlow Post", "Tamsin Wire"}, c
    # (a denial of the positive stays a denial: it does not back the company's word)
    denied = [FERRY[0], _art("b/1", "Tamsin Wire", FERRY[1].text.replace("had not been", "had been"))]
    claims = find_claims(denied, use_embeddings=use_embeddings)
    assert not [c for c in with_quote(claims, "denied that its crew") if c.status == "corroborated"]


def test_denying_that_it_was_unaware_backs_its_word_that_it_knew():
    arts = [_art("a/1", "Harlow Post", "Dunmere council said it had been aware of the leak at the Fell Road reservoir "
                 "since March."),
            _art("b/1", "Tamsin Wire", "Dunmere council denied that it was unaware of the leak at the Fell Road "
                 "reservoir since March.")]
    (c,) = with_quote(find_claims(arts, use_embeddings=False), "denied that it was unaware")
    assert c.status == "corroborated" and set(c.outlets) == {"Harlow Post", "Tamsin Wire"}, c
