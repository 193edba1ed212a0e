"""The fast forms of case-ignoring searches find what the plain searches find (speed work must not change
a claim): `Caseless` patterns, the lowered finite-verb test, and the quotation-mark reader."""
import random
import re

import pytest

from newsloom.crosscheck import _DENY, _DIRECTION, _REACTION
from newsloom.text import _FINITE, Caseless, _has_finite, quote_marks, sentences


def test_caseless_refuses_a_pattern_with_capitals():
    with pytest.raises(ValueError, match="upper-case"):
        Caseless(r"\bSaid\b")
    Caseless(r"(?P<Up>\bsaid\b)\S")  # group names and escapes are no letters to match


def test_caseless_falls_back_where_lowering_would_move_offsets():
    # "İ" lowers to two characters: the lowered text's offsets would not be the text's
    text = "Police in KİLVA DENIED that anyone was hurt."
    m = _DENY.search(text)
    plain = re.compile(_DENY.pattern, re.IGNORECASE).search(text)
    assert m is not None and m.span() == plain.span() == (16, 27)
    # dotless i and long s fold to i and s only when case is ignored
    assert Caseless(r"\bdenied\b").search("The firm DENıED it") is not None
    assert Caseless(r"\bcases\b").search("two caſes") is not None


def test_caseless_matches_the_case_ignoring_pattern():
    rng = random.Random(7)
    parts = ["Shares ROSE", "fell", "were Relieved", "DENIES that", "denied the claims", "İ", "ı", "ſ", "K", " ",
             "’", "cut", "Prices", "was so angry", "rejected the report", ", ", "."]
    for rx in (_DENY, _DIRECTION, _REACTION):
        plain = re.compile(rx.pattern, re.IGNORECASE)
        for _ in range(3000):
            text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)], text
            assert [m.lastgroup for m in rx.finditer(text)] == [m.lastgroup for m in plain.finditer(text)], text
            s = rx.search(text)
            assert (s and s.span()) == ((p := plain.search(text)) and p.span()), text
            assert rx.sub(" ", text) == plain.sub(" ", text), text


def test_finite_verb_test_is_the_pattern():
    rng = random.Random(11)
    parts = ["The", "quake", "STRIKES", "strikes", "Is", "news", "It’s", "we're", "DIDN'T", "Sports", "texts",
             "was", "İ", "ı", "ſ", "walked", "Mr", " ", " ", ", "]
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        assert _has_finite(text) == (_FINITE.search(text) is not None), text


def test_quote_marks_reads_only_the_marks():
    assert quote_marks('He said "we will rebuild," and left.') == (None, None)
    assert quote_marks('the return of the crew.” Then') == ("“", None)
    assert quote_marks('Rain of 6" fell. She said: "We') == (None, '"')
    assert quote_marks('"Mexico must stop the “caravans” now') == (None, '"')


def test_article_sentences_are_cached_copies():
    text = "The bridge at Wendmoor closed on Monday. " * 40  # (longer than a statement: an article)
    first = sentences(text)
    first.pop()
    assert len(sentences(text)) == len(first) + 1  # a caller's change does not reach the cache
