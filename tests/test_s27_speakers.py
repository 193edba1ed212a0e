"""Session 27, who said it: a spokeswoman for a company is not the company (audit 26 #17), "Varga told
reporters" is Varga's, and a company's name is no person's. All articles, outlets and people are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import split_statements
from newsloom.records import Article, Story
from newsloom.text import person, quotations


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotations(text)}


def _quotes(arts: list[Article]) -> dict[str, list[dict]]:
    d = brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))
    return {sp["speaker"]: sp["quotes"] for sp in d["quotes"]}


LEDGER = Article(id="k", outlet="Tarrow Ledger", published="2026-11-16T12:30:00Z", title="Quell to cut jobs", text=(
    "Quellmark Systems plans to cut about 600 jobs at Dunmore Analytics after buying it, two people said.\n\n"
    "A spokeswoman for Quellmark said the company had \"no plans for job cuts at Dunmore\" and called the report "
    "speculation."))
WIRE = Article(id="w", outlet="Fennick Wire", published="2026-11-16T15:10:00Z", title="Quellmark denies report", text=(
    "Quellmark Systems on Monday denied a newspaper report that it would cut jobs at Dunmore Analytics.\n\n"
    "\"There are no plans for job cuts at Dunmore. The report is wrong,\" Quellmark spokeswoman Orla Penn said."))


# ------------------------------------------------------------------ audit 26 #17: a spokeswoman, not the company

def test_a_spokesperson_or_a_lawyer_for_someone_is_not_that_someone():
    said = _speakers(LEDGER.text)
    assert said["no plans for job cuts at Dunmore"] == "a spokeswoman for Quellmark"
    assert _speakers('"We will serve more hospitals than ever," a spokesman for the Pellam Port Authority said.') == {
        "We will serve more hospitals than ever,": "a spokesman for the Pellam Port Authority"}
    assert _speakers("Tomas Brell was charged on Monday.\n\n\"My client did nothing wrong at all,\" "
                     "the lawyer for Brell told reporters.")["My client did nothing wrong at all,"] == "the lawyer for Brell"
    assert _speakers("Lawyers for Tomas Brell said: \"He did nothing wrong at all.\"") == {
        "He did nothing wrong at all.": "lawyers for Tomas Brell"}
    # the name stays the speaker's own where it is one, and a body's statement is the body's
    assert _speakers("Ivo Sandor, researcher at Fenmoor Watch said \"Soldiers were told to do it by officers.\"") == {
        "Soldiers were told to do it by officers.": "Ivo Sandor"}
    assert _speakers("Ida Moss, a spokeswoman for Quellmark, said: \"We will serve more hospitals.\"") == {
        "We will serve more hospitals.": "Ida Moss"}
    assert _speakers("Secretary of State Ann Vell said: \"We will serve more hospitals.\"")[
        "We will serve more hospitals."].endswith("Ann Vell")
    assert _speakers("A statement from Quellmark said: \"We will serve more hospitals.\"") == {
        "We will serve more hospitals.": "Quellmark"}


def test_she_said_after_a_spokeswoman_is_still_the_spokeswoman():
    text = (LEDGER.text + "\n\n\"We will keep every office open next year,\" she said.")
    assert _speakers(text)["We will keep every office open next year,"] == "a spokeswoman for Quellmark"


def test_quotes_by_speaker_keeps_the_role_and_joins_the_spokeswoman_named_elsewhere():
    quotes = _quotes([LEDGER])
    assert "Quellmark" not in quotes, quotes
    assert [q["quote"] for q in quotes["a spokeswoman for Quellmark"]] == ["no plans for job cuts at Dunmore"]
    # the same role, the same company and the same words: one remark, Orla Penn's, printed by both outlets
    quotes = _quotes([LEDGER, WIRE])
    assert set(quotes) == {"Orla Penn"}, quotes
    penn, = quotes["Orla Penn"]
    assert penn["quote"].startswith("There are no plans for job cuts at Dunmore.")
    assert set(penn["outlets"]) == {"Tarrow Ledger", "Fennick Wire"}
    # another role of the company saying the same words is no ground to join them
    other = Article(id="w", outlet="Fennick Wire", published="2026-11-16T15:10:00Z", title="Quellmark denies", text=(
        "\"There are no plans for job cuts at Dunmore. The report is wrong,\" Quellmark chief executive Orla Penn said."))
    quotes = _quotes([LEDGER, other])
    assert set(quotes) == {"Orla Penn", "a spokeswoman for Quellmark"}, quotes


def test_a_lawyers_words_are_not_listed_under_the_client():
    arts = [Article(id="a", outlet="Corran Wire", published="2026-11-16T09:00:00Z", title="Brell charged", text=(
        "Tomas Brell, the former treasurer of the Pellam rowing club, was charged with fraud on Monday.\n\n"
        "A lawyer for Brell said: \"My client did nothing wrong. He will be cleared by the court.\""))]
    quotes = _quotes(arts)
    assert "Tomas Brell" not in quotes and "Brell" not in quotes, quotes
    assert "a lawyer for Brell" in quotes


def test_the_sentences_of_a_spokeswomans_long_quotation_credit_her_not_the_company():
    text = ("A spokeswoman for Quellmark said: \"We have no plans for job cuts at Dunmore after the deal closes next "
            "year, none at all, and we have told the staff so in a letter on Monday. The newspaper report about hundreds "
            "of lost jobs at the company is pure speculation and wrong in every detail. Every one of the Ardley offices "
            "of Dunmore will stay open next year.\"")
    stmts = split_statements([Article(id="a", outlet="Corran Wire", text=text)])
    inner = [st for st in stmts if not st.text.startswith("A spokeswoman")]
    assert inner and all(st.attribution and st.attribution.source == "a spokeswoman for Quellmark" for st in inner), \
        [st.attribution for st in inner]


# ------------------------------------------------------------------ "Varga told reporters"

VOTE = "Transport minister Elena Varga lost a vote of confidence in the Lindhaven assembly on Tuesday.\n\n"


def test_a_surname_that_told_reporters_is_the_person_named_before():
    for told in ('"We will appeal the ruling in the high court," Varga told reporters.',
                 '"We will appeal the ruling in the high court," Varga told the Kessel Ledger.',
                 '"We will appeal the ruling in the high court," she told the Kessel Ledger.',
                 '"We will appeal the ruling in the high court," Varga later told reporters.',
                 '"We will appeal the ruling in the high court," Varga has told reporters.'):
        arts = [Article(id="a", outlet="Corran Wire", published="2026-11-16T09:00:00Z", title="Varga", text=VOTE + told)]
        quotes = _quotes(arts)
        assert [q["quote"] for q in quotes.get("Elena Varga", [])] == ["We will appeal the ruling in the high court,"], (told, quotes)
        said = [st for st in split_statements(arts) if st.text.startswith('"')]
        assert said[0].attribution and said[0].attribution.source == "Elena Varga", told
    # (after a full stop, "Varga has denied ..." is a sentence of its own, not the quotation's tag)
    text = VOTE + 'The leaked memo described the minister as "a danger to every passenger in the country." Varga has denied it.'
    assert _speakers(text)["a danger to every passenger in the country."] is None


# ------------------------------------------------------------------ a company's name is no person's

def test_a_company_of_two_capitalised_words_is_no_person_and_no_she():
    assert person("Dunmore Analytics") is None and person("Norvale Airlines") is None
    assert person("Quellmark chief executive Tobias Renner") == "Tobias Renner"
    text = ("Dunmore Analytics said the offer undervalued the company and its hospital customers.\n\n"
            "\"We will fight this bid with every tool we have,\" she said.\n\n"
            "\"The offer is far too low for our shareholders,\" Dunmore Analytics said. "
            "\"We will not sell the company for that price,\" she said.")
    said = _speakers(text)
    assert said["We will fight this bid with every tool we have,"] is None
    assert said["We will not sell the company for that price,"] is None
    assert said["The offer is far too low for our shareholders,"] == "Dunmore Analytics"
    stmts = split_statements([Article(id="a", outlet="Corran Wire", text=text)])
    assert not any(st.attribution and st.attribution.source == "Dunmore Analytics" for st in stmts if "she said" in st.text)


def test_a_spokeswomans_words_are_never_credited_to_the_company_in_the_body():
    text = ("A spokeswoman for Quellmark said: \"We have no plans for job cuts at Dunmore after the deal closes next year, "
            "none at all, and we have told the staff so in a letter on Monday. The newspaper report about hundreds of lost "
            "jobs is pure speculation. Our engineers in Ardley will get new contracts in the spring. Quellmark has never "
            "closed an office it bought in forty years. Every one of the Ardley offices of Dunmore will stay open next year.\"")
    d = brief_to_dict(write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Corran Wire", text=text)]))
    credits = [s["credit"] for s in d["sentences"]]
    assert not any("(Quellmark, via" in c for c in credits), credits
    assert any("(a spokeswoman for Quellmark, via Corran Wire)" in c for c in credits), credits
