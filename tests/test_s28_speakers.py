"""Session 28, speakers and attribution leftovers: a possessive before a role, one person under two
spellings, a title's abbreviation, a body named "X for Y", a capitalised word of a role at a sentence's start,
"insisted on" (no speech). All articles, outlets and people are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import split_statements
from newsloom.records import Article, Story
from newsloom.text import attribution, quotations


def _sources(text: str) -> dict[str, str | None]:
    """Each statement of a one-article text -> its attribution's source."""
    return {s.text: (s.attribution.source if s.attribution else None)
            for s in split_statements([Article(id="a", outlet="Kessel Ledger", text=text)])}


def _speakers(arts: list[Article]) -> dict[str, list[str]]:
    d = brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))
    return {sp["speaker"]: [q["quote"] for q in sp["quotes"]] for sp in d["quotes"]}


# ------------------------------------------------------------- audit 28 #12: "its spokesman Yusuf Hamdan"

def test_a_possessive_before_a_role_and_a_name_is_no_part_of_the_source():
    said = _sources("The Torrin Front seized the depot on Sunday. "
                    "Its spokesman Yusuf Hamdan said the fighters had left the depot before dawn.")
    assert said["Its spokesman Yusuf Hamdan said the fighters had left the depot before dawn."] == "spokesman Yusuf Hamdan"
    assert attribution("The fighters had left the depot, said their spokeswoman Lina Sarro.").source == \
        "spokeswoman Lina Sarro"
    # (a role alone keeps it: "its spokesman" is whom a later "he said" stands for)
    assert attribution("Its spokesman said the fighters had left the depot.").source == "Its spokesman"


# ------------------------------------------------------------ audit 28 #12: one person, two spellings

CALDOR = Article(id="c", outlet="Caldor Wire", published="2026-11-23T09:00:00Z", title="Front denies losses", text=(
    "The Torrin Front said on Monday it had lost two fighters in the siege of the depot.\n\n"
    "\"The ministry is lying to hide its own losses,\" the group's spokesman, Yusuf Hamdan, said in a statement."))
MERAVA = Article(id="m", outlet="Merava Times", published="2026-11-23T13:00:00Z", title="Front disputes toll", text=(
    "Youssef Hamdane, a spokesman for the group, said the army had lost eight soldiers at the depot.\n\n"
    "\"They bring out numbers, but they never bring out bodies,\" Hamdane told the Merava Times by telephone."))


def test_one_spokesman_spelt_two_ways_is_one_speaker():
    speakers = _speakers([CALDOR, MERAVA])
    assert len([s for s in speakers if "Hamdan" in s]) == 1, speakers
    (who,) = [s for s in speakers if "Hamdan" in s]
    assert who in ("Yusuf Hamdan (also Youssef Hamdane)", "Youssef Hamdane (also Yusuf Hamdan)")
    assert len(speakers[who]) == 2
    # names only alike, with other roles for other bodies, are two people
    a = Article(id="a", outlet="Caldor Wire", published="2026-11-23T09:00:00Z", title="Port strike", text=(
        "Anna Berg, a spokeswoman for the port, said the cranes would stop at noon.\n\n"
        "\"We cannot load a single ship without the crane drivers,\" Berg said."))
    b = Article(id="b", outlet="Merava Times", published="2026-11-23T13:00:00Z", title="Port strike", text=(
        "Anne Borg, a lawyer for the union, said the strike was lawful.\n\n"
        "\"Every step of the ballot followed the law to the letter,\" Borg said."))
    speakers = _speakers([a, b])
    assert "Anna Berg" in speakers and "Anne Borg" in speakers, speakers


def test_a_name_spelt_out_without_its_umlaut_or_its_letter_is_one_speaker():
    a = Article(id="a", outlet="Caldor Wire", published="2026-11-23T09:00:00Z", title="Bridge", text=(
        "\"The bridge will reopen before the winter comes,\" said Jonas Müller, the city engineer."))
    b = Article(id="b", outlet="Merava Times", published="2026-11-23T13:00:00Z", title="Bridge", text=(
        "\"We found cracks in two of the main cables,\" said Jonas Mueller, who leads the repairs."))
    speakers = _speakers([a, b])
    assert [s for s in speakers if "ller" in s] in (["Jonas Müller (also Jonas Mueller)"],
                                                    ["Jonas Mueller (also Jonas Müller)"]), speakers
    c = Article(id="c", outlet="Caldor Wire", published="2026-11-23T09:00:00Z", title="Match", text=(
        "\"We were the better side for the whole second half,\" said Marko Đorđević, the coach."))
    d = Article(id="d", outlet="Merava Times", published="2026-11-23T13:00:00Z", title="Match", text=(
        "\"Nobody in this dressing room is thinking about relegation,\" said Marko Djordjevic."))
    speakers = _speakers([c, d])
    assert len([s for s in speakers if "or" in s]) == 1, speakers


# --------------------------------------------------------------------------------- T3 leftovers

def test_a_titles_full_stop_does_not_end_the_source():
    assert attribution("The levy would fail in committee, according to Sen. Tom Hale.").source == "Sen. Tom Hale"
    said = _sources("The levy would fail in committee, according to Sen. Tom Hale, who chairs it.")
    assert said["The levy would fail in committee, according to Sen. Tom Hale, who chairs it."] == "Sen. Tom Hale"


def test_a_body_named_x_for_y_is_named_whole():
    (q,) = quotations("\"Tonight's vote was a stunning display of cowardice,\" said Fairness for Vellmoor, "
                      "one of several groups that criticised the council.")
    assert q.speaker == "Fairness for Vellmoor"


def test_a_capitalised_word_of_a_role_at_a_sentences_start_stays_out_of_the_label():
    said = _sources("Teachers marched through Sorvik on Saturday. "
                    "Education minister Anders Kvale said he would meet union leaders on Monday.")
    assert said["Education minister Anders Kvale said he would meet union leaders on Monday."] == \
        "education minister Anders Kvale"
    said = _sources("Lead author Ingrid Halvard of the University of Kalmere said the study could not prove cause "
                    "and effect.")
    assert said["Lead author Ingrid Halvard of the University of Kalmere said the study could not prove cause "
                "and effect."] == "lead author Ingrid Halvard of the University of Kalmere"
    # a company's name the article writes again keeps its capital: "Bayline chief Ann Moss"
    said = _sources("Bayline chief Ann Moss said the ferry would sail on Friday. Passengers of Bayline were told.")
    assert said["Bayline chief Ann Moss said the ferry would sail on Friday."] == "Bayline chief Ann Moss"


def test_insisting_on_something_is_no_speech():
    assert attribution("The official also insisted on anonymity.") is None
    assert attribution("The mayor insisted on a recount of the ballots.") is None
    assert attribution("The mayor insisted on Monday that the count was fair.").source == "The mayor"
    assert attribution("Ida Moss, the union's spokeswoman, insisted on the board keeping its word.").source == "Ida Moss"
