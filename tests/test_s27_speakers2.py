"""Session 27, more speaker forms: a role then the name set off by commas ('the company's spokesman, Per
Lindqvist, said', audit 27 #6), a live blog's 'Union leader Maren Voll: "..."' (audit 27 #16), 'a Halvorsen
spokeswoman', titles and bodies with "of" ('Secretary of State Ann Vell', 'the Mayor of Mesa', 'Friends of the
Earth'). All articles, outlets and people are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story
from newsloom.text import quotations


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotations(text)}


def _quotes(arts: list[Article]) -> dict[str, list[dict]]:
    d = brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))
    return {sp["speaker"]: sp["quotes"] for sp in d["quotes"]}


DENIED = "Varenland Rail denied that the train had been going too fast. "
NO_EVIDENCE = '"There is no evidence that our driver exceeded the speed limit,"'
TOO_EARLY = '"It is too early to say what caused the derailment,"'
RAIL = Article(id="b", outlet="Brackwater Times", published="2026-11-17T13:30:00Z", title="Express leaves track", text=(
    "An express train derailed near Drossel on Tuesday morning, killing 12 people.\n\n"
    + DENIED + NO_EVIDENCE + " the company's spokesman, Per Lindqvist, said.\n\n"
    + TOO_EARLY + " the board's chief investigator, Hedda Solvang, told reporters."))


# ------------------------------------------------------------------ audit 27 #6: the role, then the name

def test_a_role_then_the_name_set_off_by_commas_is_the_speaker():
    said = _speakers(RAIL.text)
    assert said["There is no evidence that our driver exceeded the speed limit,"] == "Per Lindqvist"
    assert said["It is too early to say what caused the derailment,"] == "Hedda Solvang"
    assert _speakers(NO_EVIDENCE + " the spokesman, Per Lindqvist, said.") == {
        "There is no evidence that our driver exceeded the speed limit,": "Per Lindqvist"}
    assert _speakers(NO_EVIDENCE + " the mayor of Mesa, Tomas Lind, said.") == {
        "There is no evidence that our driver exceeded the speed limit,": "Tomas Lind"}


def test_quotes_by_speaker_give_the_investigators_words_to_her_not_to_the_rail_operator():
    quotes = _quotes([RAIL])
    assert "Varenland Rail" not in quotes, quotes
    assert [q["quote"] for q in quotes["Hedda Solvang"]] == ["It is too early to say what caused the derailment,"]
    assert [q["quote"] for q in quotes["Per Lindqvist"]] == [
        "There is no evidence that our driver exceeded the speed limit,"]


def test_a_tag_that_names_a_role_is_never_the_body_the_sentence_before_names():
    # a tag no pattern reads still says the words are the role's holder's, not Varenland Rail's
    for tag in (" the board's chief investigator, who led the inquiry, told reporters.",
                " said the company's spokesman."):
        assert _speakers(DENIED + NO_EVIDENCE + tag) == {
            "There is no evidence that our driver exceeded the speed limit,": None}, tag
        # ... nor the speaker of the quotation before
        text = '"We will wait for the report of the board," Lind said. ' + NO_EVIDENCE + tag
        assert _speakers(text)["There is no evidence that our driver exceeded the speed limit,"] is None, tag
    # a clause of the sentence after the quotation is no tag ("claims" is no verb of saying there)
    text = ('Tomas Lind warned on Monday that rumours were "a serious threat to public safety," as officials grow '
            "concerned about misleading claims.")
    assert _speakers(text) == {"a serious threat to public safety,": "Tomas Lind"}


# ------------------------------------------------------------------ audit 27 #16: 'Name: "..."'

def test_a_name_set_before_a_colon_is_the_speaker():
    words = "\"This is the biggest teachers' march Sorvik has ever seen.\""
    for label in ("13:20 — Union leader Maren Voll: ", "Union leader Maren Voll: ", "Maren Voll: "):
        assert _speakers(label + words) == {"This is the biggest teachers' march Sorvik has ever seen.": "Maren Voll"}
    # a label or a heading is no speaker, nor is a person the label puts after a preposition
    for label in ("Reference: ", "Notes to editors: ", "About the University of Kalmere: ",
                  "Interview with Maren Voll: ", "Media contact: "):
        assert _speakers(label + words) == {"This is the biggest teachers' march Sorvik has ever seen.": None}, label


def test_a_live_blogs_quotation_is_listed_under_its_speaker():
    blog = Article(id="j", outlet="Sorvik Today", published="2026-11-21T14:00:00Z", title="Teachers march: live",
                   text=("Thousands of teachers gathered in Sorvik on Saturday to protest against a pay freeze.\n\n"
                         "Union leader Maren Voll: \"This is the biggest teachers' march Sorvik has ever seen.\""))
    quotes = _quotes([blog])
    assert [q["quote"] for q in quotes.get("Maren Voll", [])] == [
        "This is the biggest teachers' march Sorvik has ever seen."], quotes


# ------------------------------------------------------------------ 'a Halvorsen spokeswoman'

def test_an_organisations_role_before_the_verb_is_the_speaker_described():
    words = '"We will not comment on the talks at this stage."'
    assert _speakers("A Halvorsen spokeswoman said: " + words) == {
        "We will not comment on the talks at this stage.": "a Halvorsen spokeswoman"}
    assert _speakers('"We will not comment on the talks at this stage," a Halvorsen spokeswoman said.') == {
        "We will not comment on the talks at this stage,": "a Halvorsen spokeswoman"}
    from newsloom.text import speaks_for  # (new this session)
    assert speaks_for("a Halvorsen spokeswoman") == ("spokeswoman", "Halvorsen")
    # "the" points back to the one person named with that role before
    text = ("Pellam coach Tam Brisk was sent to the stands in the second half.\n\n"
            '"The referee lost control of the game," the Pellam coach said.')
    assert _speakers(text)["The referee lost control of the game,"] == "Tam Brisk"


def test_a_spokeswoman_described_by_her_company_joins_the_one_named_with_the_same_words():
    ledger = Article(id="k", outlet="Tarrow Ledger", published="2026-11-16T12:30:00Z", title="Halvorsen talks", text=(
        "Halvorsen Systems is in talks to buy Dunmore Analytics, two people said.\n\n"
        "A Halvorsen spokeswoman said: \"We do not comment on market rumours.\""))
    wire = Article(id="w", outlet="Fennick Wire", published="2026-11-16T15:10:00Z", title="Halvorsen silent", text=(
        "Halvorsen Systems declined to confirm talks with Dunmore Analytics.\n\n"
        "\"We do not comment on market rumours,\" Halvorsen spokeswoman Ingrid Tal said."))
    assert [q["quote"] for q in _quotes([ledger])["a Halvorsen spokeswoman"]] == ["We do not comment on market rumours."]
    quotes = _quotes([ledger, wire])
    assert set(quotes) == {"Ingrid Tal"}, quotes


# ------------------------------------------------------------------ titles and bodies with "of"

def test_a_title_or_a_body_with_of_is_not_cut_to_the_words_after_of():
    words = '"We will not comment on the talks at this stage."'
    tagged = '"We will not comment on the talks at this stage,"'
    for before, after, who in (("Secretary of State Ann Vell said: ", " Secretary of State Ann Vell said.", "Ann Vell"),
                               ("The Mayor of Mesa said: ", " the Mayor of Mesa said.", "the Mayor of Mesa"),
                               ("Friends of the Earth said: ", " Friends of the Earth said.", "Friends of the Earth")):
        assert list(_speakers(before + words).values()) == [who], before
        assert list(_speakers(tagged + after).values()) == [who], after
    # a person "of" a place or a body stays the person
    assert list(_speakers("Dr Lena Brandt of Fenmoor University said: " + words).values()) == ["Dr Lena Brandt"]
    assert list(_speakers("Professor Ana Reyes of the University of Kalmere said: " + words).values()) == [
        "Professor Ana Reyes"]
    assert list(_speakers(tagged + " Minister of Foreign Affairs Ann Vell told reporters.").values()) == ["Ann Vell"]


# ------------------------------------------------------------------ "he said" after "X also did ..."

def test_he_said_after_a_sentence_whose_subject_is_named_before_an_adverb_is_that_persons():
    text = ("Tomas Brell, the mayor of Dunmore, faces a vote on the harbour plan on Thursday.\n\n"
            '"This plan will cost the town its fishing fleet and its jobs," Ivo Sandor said.\n\n'
            "Brell also appeared on Kessel Radio on Sunday, urging voters to back the plan.\n\n"
            '"The harbour will bring more jobs than it costs," he said on the show.')
    assert _speakers(text)["The harbour will bring more jobs than it costs,"] == "Tomas Brell"
