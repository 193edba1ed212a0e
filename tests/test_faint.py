"""Backings by words between statements only faintly close in meaning need a run of words, a distinctive
figure or a day of the month in common (crosscheck._faint). All articles are made up."""

import numpy as np

from newsloom.crosscheck import EMBED_FAINT, _faint, split_statements
from newsloom.records import Article


def _stmts(a: str, b: str):
    arts = [Article(id="a/1", outlet="Pellam Post", title="", text=a, published="2026-05-04"),
            Article(id="b/1", outlet="Kessaly Times", title="", text=b, published="2026-05-04")]
    stmts = split_statements(arts)
    assert len(stmts) == 2
    return stmts


def _faint_pair(a: str, b: str, cosine: float) -> bool:
    stmts = _stmts(a, b)
    backs = np.array([[False, True], [True, False]])
    emb = np.full((2, 2), cosine, dtype=np.float32)
    return bool(_faint(stmts, backs, emb)[0, 1])


REPAY = "Councillor Ivo Marsk pledged to repay the money the council spent settling the harbour claims."
RETIRE = "Councillor Ivo Marsk said he would not stand again after reports that council money settled harbour claims."


def test_the_same_people_told_of_another_fact_faintly_close_back_nothing():
    assert _faint_pair(REPAY, RETIRE, EMBED_FAINT - 0.02)


def test_closer_statements_are_left_to_the_other_checks():
    assert not _faint_pair(REPAY, RETIRE, EMBED_FAINT + 0.02)


def test_a_quotation_a_figure_or_a_day_in_common_keeps_a_faint_backing():
    quote = ('Marsk said: "We will pay back every crown we owe the harbour."',
             'Councillor Ivo Marsk, facing calls to quit, told reporters "We will pay back every crown we owe."')
    assert not _faint_pair(*quote, EMBED_FAINT - 0.02)
    figure = ("Councillor Ivo Marsk pledged to repay the 48,300 crowns spent on the harbour claims.",
              "Councillor Ivo Marsk, who used 48,300 crowns of council money, said he would not stand again.")
    assert not _faint_pair(*figure, EMBED_FAINT - 0.02)
    day = ("The council will vote on Councillor Ivo Marsk's future on June 18.",
           "Councillor Ivo Marsk faces the harbour committee's questions on June 18.")
    assert not _faint_pair(*day, EMBED_FAINT - 0.02)
