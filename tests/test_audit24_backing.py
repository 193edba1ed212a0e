"""Audit 24 #1, #7, #10, #13, #14: wrong backers and opposite statements. A negated intention or deed against the
same actor's positive one is a contest, and a non-answer ("declined to comment") backs nothing; two sources, bodies
as well as people, are two sources; one person's other remark, or a sentence that never names them, does not back
their words; names in common are no fact in common; a statement that tells little but its figure is not backed
by a sentence without it. All articles, outlets, people and places are made up."""

import pytest

from newsloom.crosscheck import find_claims
from newsloom.records import Article

from claims_helpers import with_quote


def _art(id_: str, outlet: str, text: str, published: str = "2026-05-12", title: str = "Report") -> Article:
    return Article(id=id_, outlet=outlet, title=title, text=text, published=published)


def _backed_by(claims, head: str, quote: str) -> bool:
    """Some claim holding `head` also holds `quote` (one backs the other), or none holds `head` (it was taken
    for a repeat of another statement and written nowhere)."""
    held = with_quote(claims, head)
    return not held or any(quote.lower() in e.quote.lower() for c in held for e in c.evidence)


# ------------------------------------------------------------------ #1: will / will not, and no answer

APPEAL = [
    _art("a/1", "Harlow Post", "A former school bursar who stole 900,000 crowns from the Fennick Academy was jailed on "
         "Tuesday for five years.\n\nThe bursar's barrister, Ida Marsh, said he would not appeal."),
    _art("b/1", "Tamsin Wire", "Oren Vale, the former bursar of the Fennick Academy, was jailed for five years on Tuesday.\n\n"
         "Vale's lawyer, Ida Marsh, said outside court that her client would appeal against his conviction."),
    _art("c/1", "Corby Radio", "The bursar who stole from Fennick Academy has been jailed for five years.\n\n"
         "His defence team said it would lodge an appeal."),
    _art("d/1", "Westerly Gazette", "Oren Vale, the former bursar of the Fennick Academy, was found guilty of fraud on "
         "Monday.\n\nVale's barrister, Ida Marsh, declined to comment after the verdict.", published="2026-05-11"),
]


@pytest.mark.usefixtures("_embeddings")
def test_would_not_appeal_is_contested_by_would_appeal():
    claims = find_claims(APPEAL)
    (c,) = with_quote(claims, "he would not appeal")
    assert c.status == "contested" and c.about == "whether they will appeal"
    sides = {" not " in f" {v.value} ": set(v.outlets) for v in c.variants}  # (each side as one outlet wrote it)
    assert sides == {True: {"Harlow Post"}, False: {"Tamsin Wire", "Corby Radio"}}, c.variants


@pytest.mark.usefixtures("_embeddings")
def test_declined_to_comment_backs_no_assertion():
    claims = find_claims(APPEAL)
    (c,) = with_quote(claims, "declined to comment")
    assert [e.outlet for e in c.evidence] == ["Westerly Gazette"] and c.status == "single-source"


def test_a_deed_done_and_not_done_by_one_actor_is_a_contest():
    arts = [_art("a/1", "Harlow Post", "Brackley Foods has recalled its Sunny Oats cereal bars after metal was found in "
                 "a batch, the company said."),
            _art("b/1", "Tamsin Wire", "Brackley Foods has not recalled its Sunny Oats cereal bars after metal was "
                 "found in a batch, the company said.")]
    (c,) = with_quote(find_claims(arts, use_embeddings=False), "has not recalled")
    assert c.status == "contested", c
    assert {v.value for v in c.variants} == {"has recalled", "has not recalled"}
    # (the same actor's act on two other things is no contest: "would not release the names" / "would release
    # the footage")
    arts = [_art("a/1", "Harlow Post", "Tarnwick police said they would not release the names of the two men "
                 "arrested after the fire at the Brindle warehouse."),
            _art("b/1", "Tamsin Wire", "Tarnwick police said they would release the footage of the two men "
                 "arrested after the fire at the Brindle warehouse.")]
    assert not [c for c in find_claims(arts, use_embeddings=False) if c.status == "contested"]


# ------------------------------------------------------------------ #7: two bodies are two sources

@pytest.mark.usefixtures("_embeddings")
def test_a_regulators_warning_does_not_back_a_companys_word():
    arts = [_art("a/1", "Harlow Post", "A study found that melatonin gummies held far more of the hormone than their "
                 "labels stated.\n\nOrwen Health, which makes SleepWell Kids gummies, said its products were safe."),
            _art("b/1", "Tamsin Wire", "The Kessland Medicines Agency warned on Tuesday that SleepWell Kids gummies, "
                 "made by Orwen Health, should not be given to children.\n\nThe study tested 31 products.")]
    claims = find_claims(arts)
    assert not _backed_by(claims, "said its products were safe", "Medicines Agency warned")


# ------------------------------------------------------------------ #13: one person's other remarks

@pytest.mark.usefixtures("_embeddings")
def test_one_persons_other_remark_on_another_day_does_not_back_it():
    arts = [_art("a/1", "Harlow Post", "Outside court, the academy's head teacher, Runa Bell, said the school had been "
                 "\"robbed of the trust of its parents\".", published="2026-05-11"),
            _art("b/1", "Corby Radio", "The academy's head teacher, Runa Bell, said the sentence \"cannot give back "
                 "what was taken\".")]
    claims = find_claims(arts)
    assert not _backed_by(claims, "robbed of the trust", "cannot give back")


@pytest.mark.usefixtures("_embeddings")
def test_what_a_manager_did_is_not_backed_by_another_thing_he_said():
    arts = [_art("a/1", "Harlow Post", "Ostry Town manager Pavel Dunn blamed the referee."),
            _art("b/1", "Tamsin Wire", "Ostry Town manager Pavel Dunn said the red card had changed the game."),
            _art("c/1", "Corby Radio", "Ostry Town manager Pavel Dunn criticised referee Mika Stroud after his side "
                 "lost 2-0 to Carlow United.")]
    claims = find_claims(arts)
    assert not _backed_by(claims, "blamed the referee", "red card had changed the game")
    assert _backed_by(claims, "blamed the referee", "criticised referee Mika Stroud")


@pytest.mark.usefixtures("_embeddings")
def test_a_few_quoted_words_are_backed_only_by_a_report_of_their_speaker():
    arts = [_art("a/1", "Harlow Post", "Dr Lena Ashby, who led the study, said parents should treat melatonin "
                 "\"as a medicine, not a sweet\"."),
            _art("b/1", "Tamsin Wire", "Parents should treat melatonin with care after a study found the gummies held "
                 "far more of the hormone than their labels stated.")]
    claims = find_claims(arts)
    assert not _backed_by(claims, "as a medicine, not a sweet", "treat melatonin with care")


# ------------------------------------------------------------------ #14: only reports of the same act back

@pytest.mark.usefixtures("_embeddings")
def test_a_quoted_demand_does_not_back_the_decision_on_it():
    arts = [_art("a/1", "Harlow Post", "\"There were serious irregularities at two polling stations in Eastmere, and every "
                 "voter deserves to know their ballot was counted correctly,\" Brandon Keel told Harlow Post on Monday. "
                 "\"We will demand a full recount.\"", published="2026-06-08"),
            _art("b/1", "Tamsin Wire", "The board rejected Keel's demand for a full recount but ordered ballots from two "
                 "polling stations in the Eastmere district to be counted again on Thursday.", published="2026-06-09")]
    claims = find_claims(arts)
    assert not _backed_by(claims, "rejected Keel's demand", "serious irregularities")


@pytest.mark.usefixtures("_embeddings")
def test_names_in_common_are_no_fact_in_common():
    arts = [_art("a/1", "Harlow Post", "Oren Vale, 58, was the bursar of the Fennick Academy until 2023."),
            _art("b/1", "Tamsin Wire", "The court heard that Vale moved money from the Fennick Academy into accounts "
                 "he controlled over four years.")]
    claims = find_claims(arts)
    assert not _backed_by(claims, "was the bursar", "moved money")


@pytest.mark.usefixtures("_embeddings")
def test_a_judges_remark_is_not_backed_by_her_other_acts():
    arts = [_art("a/1", "Harlow Post", "Judge Nora Quist said Vale had shown no remorse."),
            _art("b/1", "Tamsin Wire", "Judge Nora Quist remanded Vale in custody and said she would pass sentence on "
                 "Tuesday.", published="2026-05-11")]
    claims = find_claims(arts)
    assert not _backed_by(claims, "shown no remorse", "remanded Vale")


# ------------------------------------------------------------------ #10: the figure is the fact

@pytest.mark.usefixtures("_embeddings")
def test_a_sentence_without_the_figure_does_not_back_a_statement_of_it():
    arts = [_art("a/1", "Harlow Post", "Carlow United beat Ostry Town 3-1 in the Wessel Cup semi-final on Saturday.\n\n"
                 "About 24,500 spectators were at Brindle Park for the semi-final.", published="2026-04-19"),
            _art("b/1", "Tamsin Wire", "Carlow United fans will be heading back to Brindle Park next month after their "
                 "side won the Wessel Cup semi-final on Saturday.", published="2026-04-19")]
    (c,) = with_quote(find_claims(arts), "24,500 spectators")
    assert c.status == "single-source" and len(c.evidence) == 1
