"""Audit 24 #5, #12, #16, #24: days still to come read as past, "added a goal" read as speech, page junk
written as statements, a trade's noun phrase kept in a body's name. Fictional articles written here
(invented places, people and outlets)."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.clean import clean_text
from newsloom.records import Article, Story
from newsloom.text import attribution, dates, is_statement, pronoun_attribution


def _day(sentence: str, published: str) -> str | None:
    found = [d for d in dates(sentence, published) if d.kind == "weekday"]
    assert len(found) == 1, found
    return found[0].iso


# ------------------------------------------------------------------------------- #5 days still to come

def test_an_appointment_is_ahead_even_with_the_speech_tag_after_it():
    # (Monday 1 June 2026)
    assert _day("About 900 postal ballots are still to be counted, and the final result is expected on Tuesday, "
                "the county office said.", "2026-06-01") == "2026-06-02"
    assert _day("The hearing is scheduled for Thursday.", "2026-06-01") == "2026-06-04"
    assert _day("A vigil planned for Friday will go ahead.", "2026-06-01") == "2026-06-05"
    assert _day("Ostrava is due in court on Friday.", "2026-06-01") == "2026-06-05"
    # ... but not one that was, nor "as expected"
    assert _day("The hearing was scheduled for Thursday but was moved.", "2026-06-01") == "2026-05-28"
    assert _day("As expected on Friday, the bank raised its rate.", "2026-06-01") == "2026-05-29"


def test_an_infinitive_after_an_order_or_a_decision_is_ahead():
    # (Tuesday 2 June 2026)
    assert _day("The board turned down a full recount but ordered ballots from two stations in the Wendel "
                "district to be counted again on Thursday.", "2026-06-02") == "2026-06-04"
    assert _day("The county board has agreed to recount the votes from two Wendel stations on Thursday, but "
                "turned down a full recount.", "2026-06-02") == "2026-06-04"
    assert _day("The drivers' union threatened to strike on Friday.", "2026-06-02") == "2026-06-05"
    # the decision's own day, a preposition's "to", a past act: the day is behind
    assert _day("The board agreed on Monday to recount the votes.", "2026-06-02") == "2026-06-01"
    assert _day("The board agreed to the recount on Monday.", "2026-06-02") == "2026-06-01"
    assert _day("The judge ordered the cash returned to victims on Monday.", "2026-06-02") == "2026-06-01"


def test_the_timeline_puts_the_count_and_the_recount_after_the_vote():
    arts = [
        Article(id="a", outlet="Wendel Courier", title="Count", published="2026-06-01T08:00:00Z",
                text="Ada Brenn leads the Wendel mayoral race by 300 votes after Sunday's election, the county "
                     "office said.\n\nAbout 900 postal ballots are still to be counted, and the final result is "
                     "expected on Tuesday, the county office said."),
        Article(id="b", outlet="Lisk Wire", title="Recount", published="2026-06-02T08:00:00Z",
                text="Ada Brenn won the Wendel mayoral race by 210 votes, the county office said on Tuesday.\n\n"
                     "The board turned down a full recount but ordered ballots from two stations in the Wendel "
                     "district to be counted again on Thursday."),
    ]
    rows = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))["timeline"]
    assert any("final result is expected" in r["statement"] and r["date"] == "2026-06-02" for r in rows), rows
    assert any("counted again on Thursday" in r["statement"] and r["date"] == "2026-06-04" for r in rows), rows


# ---------------------------------------------------------------------------------- #12 "added a goal"

def test_added_with_a_noun_object_is_an_act_not_speech():
    assert attribution("Pell Eskin scored in the 12th and 88th minutes, and Jonah Okafor added a goal in "
                       "the 55th minute.") is None
    assert attribution("Jonah Okafor added a second goal.") is None
    assert attribution("The Lisk economy added 20,000 jobs in May.") is None
    assert pronoun_attribution("He added a goal in the 55th minute.") is None
    # speech: a tag, "that", a clause, a colon, words as object
    assert attribution("The club will appeal the ban, manager Bram Tollan added.").source == "manager Bram Tollan"
    assert attribution("The club will appeal, Bram Tollan added on Saturday.").source == "Bram Tollan"
    assert attribution("Bram Tollan added that the club would appeal.").source == "Bram Tollan"
    assert attribution("Bram Tollan added the club would appeal the ban.").source == "Bram Tollan"
    assert attribution("The Lisk drugs agency added a warning to the label on Monday.").source == "The Lisk drugs agency"
    assert pronoun_attribution("The club would appeal, he added.").source == "he"


# -------------------------------------------------------------------------------------- #16 page junk

def test_an_app_prompt_naming_the_outlet_is_junk():
    kept, removed = clean_text("Ada Brenn leads by 300 votes.\n\nDownload the Wendel Courier app for live "
                               "election alerts.\n\nVoters used the Wendel Courier app to follow the count.")
    assert kept == "Ada Brenn leads by 300 votes.\n\nVoters used the Wendel Courier app to follow the count."
    assert [r.reason for r in removed] == ["promotional prompt"]


def test_a_release_footer_about_the_party_is_junk():
    kept, removed = clean_text("The party will seek a recount.\n\nAbout the Wendel Civic League: The Wendel Civic "
                               "League is a centrist party founded in 1988 with 9 seats on the council.\n\n"
                               "About the size of a football pitch, the site was cleared on Monday.")
    assert kept == ("The party will seek a recount.\n\n"
                    "About the size of a football pitch, the site was cleared on Monday.")
    assert [r.reason for r in removed] == ["press release boilerplate"]


def test_a_label_and_list_line_is_no_statement():
    assert not is_statement("Player ratings: Eskin 9, Okafor 8, Tollan's defence 7.")
    assert not is_statement("Medal table: Norland 16, Vesta 12, Oskaria 11.")
    assert is_statement("Key points: the plant will close, 300 jobs will go, and talks failed.")
    assert is_statement("The toll rose to 12 dead, 40 injured and 3 missing, officials said.")


# ---------------------------------------------------------------------- #24 a trade's words before a name

def test_a_trade_noun_phrase_is_no_part_of_a_body_name():
    assert attribution("Pharmacy chain Medley said it had removed the gummies from its 140 shops.").source == "Medley"
    assert attribution("The gummies were removed, retail giant Vendel said.").source == "Vendel"
    assert attribution("Budget carrier Skylark said flights would resume.").source == "Skylark"
    assert attribution("The tech firm Quillnet said the outage was over.").source == "Quillnet"
    # the words of a name stay: a capital after the first word, a plural after a trade's word, no name after it
    assert attribution("Medley Pharmacy Group said it was safe.").source == "Medley Pharmacy Group"
    assert attribution("Carrier Norvale Air said flights would resume.").source == "Norvale Air"
    assert attribution("Airline Pilots Association said the strike would go ahead.").source == "Airline Pilots Association"
