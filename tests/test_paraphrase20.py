"""Two distinctive figures in common (a change's size counting) make two reports one fact however the rest
is worded (audit 20 #7). Fictional articles written here."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article

from claims_helpers import with_quote


def art(id_, outlet, text, published):
    return Article(id=id_, outlet=outlet, text=text, title="Zorvane cleared", published=published)


def test_a_trial_result_told_in_other_words_with_its_two_figures_is_corroborated():
    claims = find_claims([
        art("d", "Dallow Echo", "The Orrin Medicines Board approved the migraine pill Zorvane on Monday.\n\n"
            "In a trial of 1,200 patients, Zorvane reduced hospitalisations by 48% compared with a placebo.",
            "2026-11-10T09:00:00Z"),
        art("o", "Orrin Herald", "Regulators approved the migraine pill Zorvane on Monday.\n\n"
            "The pill reduced hospital admissions by 48% in a trial of 1,200 patients, the maker said.",
            "2026-11-10T11:00:00Z"),
    ])
    [trial] = with_quote(claims, "1,200 patients")
    assert trial.status == "corroborated"
    assert {e.outlet for e in trial.evidence} == {"Dallow Echo", "Orrin Herald"}


def test_one_figure_in_common_is_not_enough_when_the_rest_differs():
    claims = find_claims([
        art("d", "Dallow Echo", "The Orrin Medicines Board approved the migraine pill Zorvane on Monday.\n\n"
            "In a trial of 1,200 patients, Zorvane reduced hospitalisations by 48% compared with a placebo.",
            "2026-11-10T09:00:00Z"),
        art("o", "Orrin Herald", "Regulators approved the migraine pill Zorvane on Monday.\n\n"
            "The maker said it would hire 1,200 workers at its Pellam plant to make the pill by 2028.",
            "2026-11-10T11:00:00Z"),
    ])
    [trial] = with_quote(claims, "reduced hospitalisations")
    assert trial.status == "single-source"
