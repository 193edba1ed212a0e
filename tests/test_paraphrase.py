"""One actor's act told in other words by several outlets (a denial, an appeal, an allegation, a quotation
and its paraphrase) is one claim; the same actor's other acts are not. Fictional articles written here."""
import pytest

from newsloom.crosscheck import find_claims
from newsloom.records import Article

from claims_helpers import with_quote


pytestmark = pytest.mark.usefixtures("_embeddings")  # every test here needs the sentence encoder


def art(id_, outlet, text, published="2026-06-02"):
    return Article(id=id_, outlet=outlet, text=text, title="", published=published)


def claim_with(claims, *words):
    found = [c for c in claims if all(w.lower() in c.text.lower() for w in words)]
    assert found, f"no claim with {words}: {[c.text for c in claims]}"
    return found[0]



def test_three_outlets_denial_in_other_words_is_one_corroborated_denial():
    arts = [
        art("a", "Gullwing Wire", "Harbour pilot Ovid Prane accused the Pellam port authority of hiding crane faults at the "
            "grain terminal. The port authority rejected the allegations, saying its inspectors had checked every "
            "crane in March. The terminal reopened on Monday."),
        art("b", "Harbour Radio", "Ovid Prane, a harbour pilot, says the Pellam port authority hid crane faults at the grain "
            "terminal. The port authority dismissed Prane's claims as baseless. Ships queued outside the breakwater."),
        art("c", "Tollbridge Gazette", "A pilot has accused the Pellam port authority of covering up crane faults. "
            "Port authority director Runa Vell said there was no evidence of any crane faults. Dockers were sent home."),
    ]
    claims = find_claims(arts)
    denial = with_quote(claims, "rejected the allegations")
    assert len(denial) == 1
    assert sorted(denial[0].outlets) == ["Gullwing Wire", "Harbour Radio", "Tollbridge Gazette"]
    assert denial[0].status == "corroborated"
    # each outlet's wording is in that one claim, not a single-source claim of its own
    assert with_quote(claims, "dismissed Prane's claims") == denial
    assert with_quote(claims, "no evidence of any crane faults") == denial


def test_one_actors_denials_of_different_things_stay_apart():
    arts = [
        art("a", "Gullwing Wire", "The Pellam port authority denied that it had cut the number of crane inspectors. "
            "The terminal reopened on Monday."),
        art("b", "Harbour Radio", "The Pellam port authority rejected claims that it had raised berth fees for fishing "
            "boats. Ships queued outside the breakwater."),
    ]
    claims = find_claims(arts)
    assert all(c.status == "single-source" for c in with_quote(claims, "Pellam port authority"))
    assert len(with_quote(claims, "Pellam port authority")) == 2


def test_defence_appeal_in_other_words_is_one_statement_and_the_prosecution_appeal_another():
    arts = [
        art("a", "Gullwing Wire", "Former harbour clerk Aldo Marrick was jailed for six years for stealing from the "
            "pilots' fund. Marrick's lawyers said they would appeal. The money has not been found."),
        art("b", "Harbour Radio", "Aldo Marrick, the former harbour clerk, was jailed for six years for theft from the "
            "pilots' fund. His defence team said it would appeal. Pilots cheered outside the court."),
        art("c", "Tollbridge Gazette", "A former harbour clerk, Aldo Marrick, has been sent to prison for six years. "
            "Prosecutors said they would appeal against the sentence as too lenient."),
    ]
    claims = find_claims(arts)
    defence = with_quote(claims, "lawyers said they would appeal")
    assert len(defence) == 1 and sorted(defence[0].outlets) == ["Gullwing Wire", "Harbour Radio"]
    assert with_quote(claims, "defence team said it would appeal") == defence
    prosecution = with_quote(claims, "Prosecutors said")
    assert prosecution and all("Gullwing Wire" not in c.outlets for c in prosecution)


def test_a_paraphrase_of_a_quotation_counts_among_its_reporters():
    # (hardly a word of the quotation in the paraphrase, yet one sentence close in meaning)
    quote = '"Every street in Pellam won tonight, not one party," Soren told supporters.'
    arts = [
        art("a", "Gullwing Wire", "Ilka Soren won the Pellam mayoral race on Sunday. " + quote + " Turnout was low."),
        art("b", "Harbour Radio", "Ilka Soren was elected mayor of Pellam on Sunday. " + quote.replace(" told supporters", " said")
            + " Her rival conceded."),
        art("c", "Tollbridge Gazette", "Pellam has a new mayor, Ilka Soren. Soren told supporters that her win belonged to "
            "the whole city and not to any one party. Fireworks followed."),
    ]
    claims = find_claims(arts)
    said = with_quote(claims, "Every street in Pellam")
    assert len(said) == 1
    assert sorted(said[0].outlets) == ["Gullwing Wire", "Harbour Radio", "Tollbridge Gazette"]
    assert with_quote(claims, "belonged to the whole city") == said


def test_a_paraphrase_holding_the_quotations_words_backs_it_whatever_the_embedding():
    # (the encoder puts the two under 0.5, where words alone otherwise back no statement)
    quote = '"These are painful decisions, but they will make Kessmark stronger," company spokeswoman Ona Vyle said.'
    arts = [
        art("a", "Gullwing Wire", "Kessmark will close its Pellam weaving shed. " + quote + " The shed opened in 1961."),
        art("b", "Harbour Radio", "Kessmark is shutting the Pellam weaving shed. " + quote + " Weavers met at noon."),
        art("c", "Tollbridge Gazette", "The Pellam weaving shed of Kessmark will close. Spokeswoman Ona Vyle said the "
            "cuts were painful but would make the company stronger. The union called a meeting."),
    ]
    claims = find_claims(arts)
    said = with_quote(claims, "painful decisions")
    assert len(said) == 1
    assert sorted(said[0].outlets) == ["Gullwing Wire", "Harbour Radio", "Tollbridge Gazette"]
    assert with_quote(claims, "cuts were painful") == said


def test_a_speakers_other_words_are_not_a_paraphrase_of_the_quotation():
    arts = [
        art("a", "Gullwing Wire", "Ilka Soren won the Pellam mayoral race on Sunday. "
            '"The harbour belongs to every family in Pellam, not to one shipping line," Soren told the crowd.'),
        art("b", "Harbour Radio", "Ilka Soren was elected mayor of Pellam on Sunday. "
            "Soren said she would raise the mooring fees for shipping lines next year."),
    ]
    claims = find_claims(arts)
    assert with_quote(claims, "belongs to every family")[0].status == "single-source"
    assert with_quote(claims, "mooring fees")[0].status == "single-source"


def test_one_persons_allegation_in_other_words_is_one_allegation():
    arts = [
        art("a", "Gullwing Wire", "Ilka Soren won the Pellam mayoral race on Sunday. Outgoing mayor Brannan Wode alleged that "
            "hundreds of postal votes had been forged and said he would not concede. Turnout was low."),
        art("b", "Harbour Radio", "Ilka Soren was elected mayor of Pellam on Sunday. Outgoing mayor Brannan Wode said the "
            "ballot boxes had been tampered with and called for a recount. Her supporters danced in the square."),
        art("c", "Tollbridge Gazette", "Pellam has a new mayor, Ilka Soren. Her rival Brannan Wode has filed a complaint "
            "alleging fraud in the postal vote. Fireworks followed."),
        # the same man's other accusation is another fact
        art("d", "Pellam Courier", "Ilka Soren is Pellam's new mayor. Outgoing mayor Brannan Wode accused Soren of spending "
            "council money on her campaign leaflets. She denies it."),
    ]
    claims = find_claims(arts)
    alleged = with_quote(claims, "alleged that hundreds")
    assert len(alleged) == 1
    assert sorted(alleged[0].outlets) == ["Gullwing Wire", "Harbour Radio", "Tollbridge Gazette"]
    assert with_quote(claims, "filed a complaint") == alleged
    assert with_quote(claims, "tampered with") == alleged
    assert [c.status for c in with_quote(claims, "campaign leaflets")] == ["single-source"]
