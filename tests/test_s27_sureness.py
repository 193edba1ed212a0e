"""A cause asserted and an association found are two findings only when both reports tell of a study: a
court's trial is no study. Fictional articles."""

import numpy as np

from newsloom.crosscheck import _sure_and_hedged, split_statements
from newsloom.records import Article


def _pair(a: str, b: str):
    stmts = split_statements([Article(id="a", outlet="Tarn Post", text=a), Article(id="b", outlet="Ebbe Radio", text=b)])
    assert len(stmts) == 2, [s.text for s in stmts]
    return _sure_and_hedged(stmts, np.ones((2, 2), dtype=bool))


def test_a_cure_proved_and_a_risk_linked_in_two_study_reports_are_apart():
    apart = _pair("Scientists have proved that a daily swim cures back pain, according to a study published on Monday.",
                  "A daily swim was linked to less back pain in a study published on Monday.")
    assert apart[0, 1] and apart[1, 0]


def test_a_court_trial_is_no_study():
    apart = _pair("Prosecutors proved at the trial that the fire was caused by a faulty heater in the Marrow depot.",
                  "The fire at the Marrow depot may have been started by a faulty heater, the trial heard.")
    assert not apart.any()
