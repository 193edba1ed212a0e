"""Audit 22 leftovers (#8a, #8c, #8d and pronoun denials): a describing noun before a speaker's name is no part
of it; within one day the event comes before what people said of it; a pronoun's short denial is told with the
accusation it answers; an update's later figure is not stated twice, and an earlier figure worded "left their
homes" is a step of it. All articles, places, people and outlets are made up."""

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.crosscheck import split_statements
from newsloom.records import Article, Story
from newsloom.text import attribution


def _art(id_: str, outlet: str, text: str, published: str = "2026-09-15", title: str = "Report") -> Article:
    return Article(id=id_, outlet=outlet, title=title, text=text, published=published)


def _statements(text: str) -> list[str]:
    return [st.text for st in split_statements([_art("x/1", "Drummel Gazette", text)])]


def _brief(*arts: Article):
    return write_brief(Story(id="s1", title="", article_ids=[a.id for a in arts]), list(arts))


# ---------------------------------------------------------------- #8a: "Carrier Brisk Air" is "Brisk Air"

def test_a_describing_noun_before_a_name_is_no_part_of_it():
    assert attribution("Carrier Brisk Air said it had cancelled 96 flights.").source == "Brisk Air"
    assert attribution("Regulator Pellcom said it would look into the outage.").source == "Pellcom"
    # (the noun that is a name's own first word stays: the next word is a plural, or no name follows)
    assert attribution("Airline Pilots Association said its members would strike.").source == "Airline Pilots Association"
    assert attribution("Utility Workers Union said the talks had failed.").source == "Utility Workers Union"


def test_the_brief_credits_the_body_by_its_name():
    arts = [_art("a/1", "Fellmark News", "Tarn Bay airport was closed on Monday because of fog, the airport operator said.\n\n"
                                         "Carrier Brisk Air said it had cancelled 96 flights."),
            _art("b/1", "Ostry Echo", "Tarn Bay airport was shut on Monday because of fog, the airport operator said.")]
    md = brief_to_markdown(_brief(*arts))
    assert "(attributed to Brisk Air)" in md and "attributed to Carrier" not in md


# ---------------------------------------------------------------- #8c: the event before what was said of it

def test_within_one_day_the_event_comes_before_a_quotation_about_it():
    a = _art("a/1", "Kessel Voice",
             "Merrovia and Calvane exchanged six detainees each on Tuesday at the Lusk ferry landing, officials said.\n\n"
             '"Today families are together again, and that is what counts," Pensk envoy Ilka Varro told reporters '
             "at the landing on Tuesday.", published="2026-06-02")
    b = _art("b/1", "Drummel Gazette",
             "Merrovia and Calvane exchanged six detainees each on Tuesday at the Lusk ferry landing in a deal "
             "brokered by Pensk, officials said.", published="2026-06-02")
    rows = brief_to_dict(_brief(a, b))["timeline"]
    assert len(rows) == 2 and rows[0]["date"] == rows[1]["date"], rows
    assert rows[0]["statement"].startswith("Merrovia and Calvane exchanged"), rows
    assert rows[1]["statement"].startswith('"Today families'), rows


# ---------------------------------------------------------------- a pronoun's short denial

IT_A = ("The Lusk ferry company cancelled all sailings to Pensk on Monday after a storm, the harbour board said.\n\n"
        "Harbour minister Ana Rusk accused the Lusk ferry company of overcharging passengers on Monday.\n\nIt denies this.")
IT_B = ("All sailings from Lusk to Pensk were cancelled on Monday after a storm, the harbour board said.\n\n"
        "On Monday harbour minister Ana Rusk accused the Lusk ferry company of overcharging passengers. It rejects that claim.")


def test_an_it_denial_is_told_with_the_accusation_it_answers():
    assert ("Harbour minister Ana Rusk accused the Lusk ferry company of overcharging passengers on Monday.\n\n"
            "It denies this.") in _statements(IT_A)
    md = brief_to_markdown(_brief(_art("a/1", "Drummel Gazette", IT_A), _art("b/1", "Pensk Courier", IT_B)))
    # the accusation is never shown without the denial
    body = md.split("## ")[0]
    for line in body.splitlines():
        if "overcharging" in line:
            assert "It denies this" in line or "It rejects that claim" in line, line
    assert "It denies this" in md
    # (a timeline row is one line, though its statement crosses a paragraph break)
    assert not any(row["statement"].count("\n") for row in brief_to_dict(_brief(_art("a/1", "Drummel Gazette", IT_A)))["timeline"])


def test_a_he_or_she_denial_joins_the_sentence_that_names_the_person():
    he = ("Harbour minister Ana Rusk said on Monday that councillor Tomas Brell took bribes from the ferry company.\n\n"
          "He denies this.")
    assert he in _statements(he)
    she = "Prosecutors in Pensk said on Monday that the harbour master, Ilse Varn, had forged the safety logs. She denied it."
    assert she in _statements(she)
    md = brief_to_markdown(_brief(_art("a/1", "Drummel Gazette", she)))
    assert "She denied it" in md


def test_the_denier_is_no_speaker_of_the_accusation():
    text = ("Mayor Ola Fenn opened the new bridge in Varn on Monday, the council said. Prosecutors in Pensk accused "
            "councillor Tomas Brell of bribery on Monday. He denies this.")
    joined = next(st for st in split_statements([_art("x/1", "Drummel Gazette", text)]) if "He denies this." in st.text)
    assert joined.text.startswith("Prosecutors in Pensk accused")
    assert joined.attribution is None or "Fenn" not in joined.attribution.source, joined.attribution


def test_a_pronoun_denial_with_no_one_named_before_it_stays_out():
    said = _statements("The harbour board fined the Lusk ferry company on Monday for late sailings.\n\n"
                       "Officials in Pensk reopened the ferry landing on Tuesday.\n\nHe denies this.")
    assert not any("denies" in s for s in said)


# ---------------------------------------------------------------- #8d: an update stated once, both first reports linked

EVAC_A = _art("a/1", "Calder Post", "Lake Orrin burst its banks on Tuesday, flooding the town of Varn, the river agency said.\n\n"
                                    "More than 3,000 people have been evacuated from villages along the lake, officials said.\n\n"
                                    "The regional rail line to Varn was closed, the rail operator said.", published="2026-04-14")
EVAC_B = _art("b/1", "Ostry Herald", "Lake Orrin burst its banks on Tuesday and flooded the town of Varn, the river agency said.\n\n"
                                     "More than 3,000 residents have left their homes, according to provincial officials.",
              published="2026-04-14")
EVAC_C = _art("c/1", "Liddow Gazette", "The number of people evacuated from around Lake Orrin has risen to 4,200, the provincial "
                                       "emergency office said on Wednesday.", published="2026-04-15")


def test_an_updates_later_figure_is_not_stated_again_beside_the_line_that_reports_it():
    d = brief_to_dict(_brief(EVAC_A, EVAC_B, EVAC_C))
    body = [s["statement"] for s in d["sentences"]]
    marked = [k for k, s in enumerate(d["sentences"]) if s.get("updated")]
    assert marked, body
    for k in marked:
        for j in (k - 1, k + 1):
            if 0 <= j < len(body):
                assert "4,200" not in body[j], body
    # its words are still quoted where the figures' change is told
    assert any("4,200" in v["quote"] for u in d["updates"] for v in u["values"])


def test_both_outlets_earlier_figure_is_a_step_of_the_update():
    d = brief_to_dict(_brief(EVAC_A, EVAC_B, EVAC_C))
    evacuated = next(u for u in d["updates"] if u["about"] == "evacuated")
    assert evacuated["values"][0]["outlets"] == ["Calder Post", "Ostry Herald"], evacuated
    left = next(s for s in d["sentences"] if "left their homes" in s["statement"])
    assert left.get("updated"), left


# ------------------------------------- a statement joined across a paragraph break reads as one paragraph

def test_a_denial_in_its_own_paragraph_is_written_on_the_line_of_the_accusation():
    text = ("A fire at the Kelvarn Mills plant in Ostrow destroyed a warehouse on Monday, the fire service said.\n\n"
            '"We warned the managers about that warehouse twice and nothing was done," said union official '
            "Ada Pell.\n\nKelvarn Mills denied the accusation.")
    b = _brief(_art("k/1", "Ostrow Post", text))
    joined = [s for s in b.sentences if "denied the accusation" in s.statement]
    assert joined and all("\n" not in s.text and "\n" not in s.statement for s in joined)
    src = joined[0].sources[0]
    assert src.quote == text[src.start: src.end] and "\n\n" in src.quote  # (the quote stays verbatim)
    md = brief_to_markdown(b)
    line = next(x for x in md.splitlines() if "denied the accusation" in x and "[" in x)
    assert line.startswith('"We warned') and "Ada Pell. Kelvarn Mills denied" in line


# ------------------------------------------------- a live blog's "UPDATE: 15:20 - ..." entry is its newest news

def test_a_live_blogs_update_entry_is_kept_without_its_label():
    text = ("09:12 - Thousands of Kelby Net customers say their routers have stopped working.\n\n"
            "UPDATE: 15:20 - Kelby Net says the fault is fixed and service is back for all customers.\n\n"
            "Update: This article has been changed to correct the name of the company's spokesperson.")
    stmts = _statements(text)
    assert "Kelby Net says the fault is fixed and service is back for all customers." in stmts
    assert not any("UPDATE" in s or "Update:" in s or "correct the name" in s for s in stmts)


# ------------------------------------------------- "Tuesday's Quillnet outage" names no "Tuesday's Quillnet"

def test_a_possessive_or_a_day_before_a_name_is_no_given_name():
    from newsloom.text import full_name
    assert full_name("Kestnet", "Tuesday's Kestnet outage left users offline.") == "Kestnet"
    assert full_name("Kestnet", "The Monday Kestnet outage was the longest.") == "Kestnet"
    assert full_name("Lindqvist", "Mayor Ora Lindqvist's office said.") == "Ora Lindqvist"
    arts = [_art("t/1", "Brisk Weekly", "Tuesday's Kestnet outage left more than four million users without internet.\n\n"
                                       "Kestnet said the fault came from a software update pushed overnight.")]
    assert "(attributed to Tuesday" not in brief_to_markdown(_brief(*arts))


# --------------------------------------------------- a sum with "bn" or "mn" is labelled as the outlet wrote it

def test_a_sum_in_bn_is_labelled_as_written():
    from newsloom.crosscheck import figure_label
    from newsloom.text import numbers
    assert [figure_label(n) for n in numbers("The plan sets aside nearly £1bn for the Kest sea wall.")] == ["£1bn"]
    assert [figure_label(n) for n in numbers("Ministers announced £12.4bn of new spending.")] == ["£12.4bn"]
    assert [figure_label(n) for n in numbers("The fine was £2.3m.")] == ["£2.3m"]


# -------------------------------------------------------- a press release's header and footer are page junk

def test_a_press_releases_header_and_footer_are_removed():
    from newsloom.clean import clean_text
    text = ("FOR IMMEDIATE RELEASE\n\nBrisklink Ltd today apologised to customers after a fault in its software left "
            "users without service for nine hours.\n\nAbout Brisklink: Brisklink Ltd makes home routers sold in 14 "
            "countries.\n\nMedia contact: press@brisklink.example\n\n###")
    clean, removed = clean_text(text)
    assert clean == ("Brisklink Ltd today apologised to customers after a fault in its software left users without "
                     "service for nine hours.")
    assert [r.reason for r in removed] == ["press release boilerplate"] * 4
    kept, gone = clean_text("About 200 people gathered outside the Brisklink office: many were angry about the outage.")
    assert not gone and kept.startswith("About 200 people")


# --------------------------------------------------------------- a reprint's title heads no story its original does

def test_the_originals_title_heads_the_story_not_its_reprints():
    body = ("A hiker missing for five days on Mount Kesk was found alive on Sunday, the Kesk mountain rescue team said.\n\n"
            "The 34-year-old had sheltered under a rock overhang and rationed his water, the team said.")
    reprint = Article(id="r/1", outlet="Tarnvale Echo", title='"Very lucky" hiker rescued', published="2026-05-11T13:00:00Z",
                      text="Rescuers called a Tarnvale man very lucky after five nights in the open.\n\n" + body,
                      copy_of="o/1")
    original = Article(id="o/1", outlet="Kesk Chronicle", title="Missing hiker found alive on Mount Kesk",
                       published="2026-05-11T09:00:00Z", text=body)
    other = _art("n/1", "Northvale Post", "A hiker who was missing for five days on Mount Kesk was found alive on Sunday, "
                 "the Kesk mountain rescue team said.", "2026-05-11T10:00:00Z", title="Hiker found on Mount Kesk")
    assert _brief(reprint, original, other).headline == "Missing hiker found alive on Mount Kesk"
