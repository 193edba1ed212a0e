"""Contest labels name what is disputed (audit 27 #17) and a body cited by its noun alone is named as its article
first named it (audit 27 #19). Fictional articles written here."""

from newsloom.crosscheck import _figure_phrase, find_claims
from newsloom.records import Article
from newsloom.text import numbers

from claims_helpers import with_quote


def art(id_, outlet, text, published="2026-11-03T10:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


# ----------------------------------------------------------------------------- a denial contest's label

def _bribe(denial):
    return find_claims([
        art("a", "Dorrin Post", "A bribe of $50,000 was paid to the harbour inspector in Vellan, a customs official "
            f"who asked not to be named told the Dorrin Post.\n\n{denial} "
            "The harbour inspector resigned on Friday."),
        art("b", "Kessby Herald", "The harbour inspector resigned on Friday, the port authority said."),
    ])


def _contest(claims):
    found = with_quote(claims, "asked not to be named")
    assert found and found[0].status == "contested"
    assert [v.value for v in found[0].variants] == ["asserts", "denies"]
    return found[0]


def test_a_denial_contest_is_labelled_by_the_clause_denied():
    claims = _bribe("The port authority denied that any bribe had been paid.")
    assert _contest(claims).about == "whether any bribe had been paid"
    # (a clause of more than ten words says less as a label than the plain one)
    claims = _bribe("The port authority denied that any bribe had been paid to any of the harbour staff in Vellan "
                    "this year.")
    assert _contest(claims).about == "whether it happened"


def test_the_number_of_takes_a_compound_noun_whole():
    text = "Workers said two emergency exits had been locked."
    assert _figure_phrase(text, numbers(text)[0], 0, len(text)) == "the number of emergency exits locked"
    text = "Officials said 30 fire engines were sent to the site."
    assert _figure_phrase(text, numbers(text)[0], 0, len(text)) == "the number of fire engines sent to the site"
    text = "Police said 40 homes were destroyed."  # (a plural noun ends the phrase)
    assert _figure_phrase(text, numbers(text)[0], 0, len(text)) == "the number of homes destroyed"


# ----------------------------------------------------------------------------- a body by its noun alone

def _source(text, quote):
    claims = find_claims([art("a", "Hollin Wire", text)], use_embeddings=False)
    found = with_quote(claims, quote)
    assert found, [c.text for c in claims]
    return found[0].attribution


def test_the_service_is_the_articles_regional_emergency_service():
    text = ("A goods train derailed near Tarnby on Monday, injuring four workers, the regional emergency service "
            "said.\n\nTwo of the injured workers died overnight, the service said.")
    assert _source(text, "died overnight") == "the regional emergency service"
    # (two bodies with the noun: the source stays as written)
    text = ("A goods train derailed near Tarnby on Monday, the regional emergency service said. The national "
            "weather service had warned of ice on the line.\n\nTwo workers died overnight, the service said.")
    assert _source(text, "died overnight") == "the service"


def test_a_shorter_form_of_the_same_body_is_no_second_body():
    text = ("The national rail safety board opened an inquiry into the Tarnby derailment on Monday.\n\n"
            "The rail safety board said the track had been inspected in May.\n\n"
            "The board said it had found the train's data recorder near the bridge.")
    assert _source(text, "data recorder") == "the national rail safety board"

