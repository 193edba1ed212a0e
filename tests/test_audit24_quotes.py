"""Audit 23 #5, #9, #12c: a short denial told with someone's words is not credited to them; Quotes by speaker marks
words cut inside a sentence with "…"; a short quotation after "called" is its speaker's, letters after a name ("MP")
are no part of it, and a quotation too short to be more than a label stays out. All articles, places, people and
outlets are made up."""

from newsloom.brief import brief_to_dict, brief_to_html, brief_to_markdown, credited_speaker, write_brief
from newsloom.crosscheck import split_statements
from newsloom.records import Article, Story
from newsloom.text import quotations, speaker_key


def _art(id_: str, outlet: str, text: str, published: str = "2026-09-15", title: str = "Report") -> Article:
    return Article(id=id_, outlet=outlet, title=title, text=text, published=published)


def _brief(*arts: Article):
    return write_brief(Story(id="s1", title="", article_ids=[a.id for a in arts]), list(arts))


FIRE = "A fire at the Korvel Chemicals plant in Ostrow killed two workers on Monday, the fire service said.\n\n"
FIRE_B = _art("b/1", "Pensk Courier", "Two workers died in a fire at the Korvel Chemicals plant in Ostrow on Monday, "
                                      "the fire service said.")


# ------------------------------------------------------------------ #5: whose the denial is

def test_a_named_denial_told_with_a_quotation_is_not_credited_to_the_speaker():
    a = _art("a/1", "Drummel Gazette", FIRE + '"Managers ignored every warning," said union leader Ana Blom. '
                                              "Korvel Chemicals denies this.")
    joined = next(st for st in split_statements([a]) if "denies this" in st.text)
    assert joined.text.startswith('"Managers ignored') and joined.attribution.source == "Ana Blom"  # (the words are hers)
    d = brief_to_dict(_brief(a, FIRE_B))
    entry = next(c for c in d["single_source"] if "denies this" in c["statement"])
    assert entry["attribution"] == "Ana Blom" and entry["denied_by"] == "Korvel Chemicals"
    md = brief_to_markdown(d)
    assert "(attributed to Ana Blom; denied by Korvel Chemicals): " in md
    assert "(attributed to Ana Blom; denied by Korvel Chemicals)" in brief_to_html(d)
    # (an entry with no denial keeps its plain credit, and has no such field)
    assert all("denied_by" not in c for c in d["single_source"] if "denies" not in c["statement"])


def test_a_denial_after_words_a_pronoun_gives_names_the_denier_in_the_credit():
    a = _art("a/1", "Drummel Gazette", FIRE + "Union leader Ana Blom spoke to reporters outside the gates on Monday evening. "
                                              '"Managers ignored every warning," she said. Korvel Chemicals denies this.')
    d = brief_to_dict(_brief(a, FIRE_B))
    s = next(x for x in d["sentences"] if "denies this" in x["statement"])
    # the credit names whom "she" stands for, and does not make the denial hers
    assert s["credit"] == " (Ana Blom; denied by Korvel Chemicals, via Drummel Gazette).", s["credit"]
    assert credited_speaker(s["credit"]) == "Ana Blom"


def test_a_pronoun_denial_names_the_person_it_stands_for():
    text = ("Harbour minister Ana Rusk said on Monday that councillor Tomas Brell took bribes from the ferry company.\n\n"
            "He denies this.")
    md = brief_to_markdown(_brief(_art("a/1", "Drummel Gazette", text)))
    assert "; denied by Tomas Brell)" in md


def test_the_speaker_of_the_words_denied_is_not_the_he_who_denies_them():
    # (no one denies what they say themselves: "he" here stands for no one the sentence names)
    text = FIRE + "Union leader Ana Blom said managers at the plant had ignored every warning for months. He denies this."
    said = [st.text for st in split_statements([_art("a/1", "Drummel Gazette", text)])]
    assert not any("He denies this" in s for s in said), said


# ------------------------------------------------------------------ #9: "…" where the shown words are cut

BUDGET_A = _art("a/1", "Drummel Gazette",
                "Finance minister Ola Tarn unveiled a budget of 40 billion crowns on Tuesday, cutting fuel duty, the "
                "ministry said.\n\nOpposition leader Helen Marrick attacked the budget in parliament. "
                'Marrick said the minister had "failed every family in the north. We will vote against it," she told '
                "reporters.\n\n"
                '"We will rebuild every school," Tarn said, "and every hospital in the north."')
BUDGET_B = _art("b/1", "Pensk Courier",
                "Finance minister Ola Tarn presented a 40 billion crown budget on Tuesday that cuts fuel duty, the "
                "ministry said.\n\nOpposition leader Helen Marrick spoke in parliament on Tuesday. "
                '"This budget is a reckless gamble with our children\'s money," said Helen Marrick.')


def _shown(d):
    return {q["quote"]: q for sp in d["quotes"] for q in sp["quotes"]}


def test_words_that_open_or_close_inside_a_sentence_are_shown_with_an_ellipsis():
    d = brief_to_dict(_brief(BUDGET_A, BUDGET_B))
    shown = _shown(d)
    assert shown["failed every family in the north. We will vote against it,"]["text"] == (
        "… failed every family in the north. We will vote against it,")
    assert shown["We will rebuild every school,"]["text"] == "We will rebuild every school …"
    assert shown["and every hospital in the north."]["text"] == "… and every hospital in the north."
    # a whole sentence is shown as it is
    whole = "This budget is a reckless gamble with our children's money,"
    assert shown[whole]["text"] == whole
    md = brief_to_markdown(d)
    assert "“… failed every family in the north." in md and "“We will rebuild every school …”" in md
    assert "<q>… and every hospital in the north.</q>" in brief_to_html(d)
    # the quote and its offsets stay the article's own words
    for q in shown.values():
        text = {"a/1": BUDGET_A.text, "b/1": BUDGET_B.text}[q["article_id"]]
        assert text[q["start"]:q["end"]] == q["quote"]
    # (and the cited sources of the body too)
    for s in d["sentences"]:
        for src in s["sources"]:
            text = {"a/1": BUDGET_A.text, "b/1": BUDGET_B.text}[src["article_id"]]
            assert text[src["start"]:src["end"]] == src["quote"] and "…" not in src["quote"]


def test_a_short_first_part_does_not_put_the_quotation_marks_out_of_step():
    text = ('Mayor Ida Moss won a second term in Varn on Sunday. "We won," Mayor Ida Moss told reporters after the count, '
            '"and we will govern for everyone in Varn."')
    qs = [(q.text, q.speaker) for q in quotations(text)]
    assert qs == [("and we will govern for everyone in Varn.", "Ida Moss")], qs  # not the narrative between
    d = brief_to_dict(_brief(_art("a/1", "Drummel Gazette", text)))
    assert [q["text"] for sp in d["quotes"] for q in sp["quotes"]] == ["… and we will govern for everyone in Varn."]


# ------------------------------------------------------------------ #12c: "called the plan "…"", "Helen Marrick MP"

CALLED_A = _art("a/1", "Drummel Gazette",
                "Finance minister Ola Tarn unveiled a budget of 40 billion crowns on Tuesday, cutting fuel duty, the "
                "ministry said.\n\n"
                'Opposition leader Helen Marrick MP called the plan "a reckless gamble". Shadow chancellor Tom Berrow '
                'called the budget "a con", and a backbencher called it "fake news".')


def test_a_short_quotation_after_called_is_the_speakers_and_letters_after_a_name_are_no_part_of_it():
    assert speaker_key("Helen Marrick MP") == speaker_key("Helen Marrick") == "marrick"
    assert speaker_key("Ada Brenn OBE") == "brenn" and speaker_key("Tom Hale, PhD") == "hale"
    assert speaker_key("Jesse Jackson Jr.") != speaker_key("Jesse Jackson")  # (a son is not his father)
    d = brief_to_dict(_brief(CALLED_A, BUDGET_B))
    marrick = [sp for sp in d["quotes"] if "Marrick" in sp["speaker"]]
    assert len(marrick) == 1 and marrick[0]["speaker"] == "Helen Marrick", d["quotes"]
    # (her "a reckless gamble" sits whole inside her longer quotation another outlet printed: one remark, both outlets)
    assert [q["text"] for q in marrick[0]["quotes"]] == ["This budget is a reckless gamble with our children's money,"]
    assert len(marrick[0]["quotes"][0]["outlets"]) == 2, marrick
    md = brief_to_markdown(d)
    assert "**Helen Marrick**" in md and "Marrick MP**" not in md
    # a label of one or two words is no quotation a reader wants listed ('called the budget "a con"')
    quoted = [q["quote"] for sp in d["quotes"] for q in sp["quotes"]]
    assert not any(q in ("a con", "fake news") for q in quoted), quoted
    assert all(sp["speaker"] != "Tom Berrow" for sp in d["quotes"])
