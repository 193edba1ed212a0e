"""Speakers of quotations, Quotes by speaker, how sources read inside a line, and how a credit after a
quotation is punctuated. All articles are made up (invented places, people and outlets)."""

from newsloom.brief import _given_names, brief_to_dict, brief_to_html, brief_to_markdown, mid_sentence, write_brief
from newsloom.records import Article, Story
from newsloom.text import _person, quotations
from newsloom.web import views


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotations(text)]


def test_a_speaker_set_off_by_a_relative_clause_or_a_description_before_the_quote_is_named():
    assert _speakers('Petra Vosk, who organised the march, said: "We will march again every Sunday until the sale stops."') == ["Petra Vosk"]
    assert _speakers('Oren Tallis, 52, said: "The river has never been this low in my life."') == ["Oren Tallis"]
    assert _speakers('Mira Holm, a nurse at the Varrow clinic, said: "We treated eleven people for smoke."') == ["Mira Holm"]


def test_a_set_off_speaker_keeps_the_person_not_a_party_tag_a_place_or_a_body_the_description_names():
    assert _speakers('Sen. Ivo Marsk, K-Tarn., who heads the harbour committee, said: "The port must stay public."') == ["Ivo Marsk"]
    assert _speakers('Lene Hart of Varrow, who sits on the harbour board, said: "The port must stay public."') == ["Lene Hart"]
    # the name a description ends on is not the speaker: the person before it is
    assert _speakers('Oren Tallis, the mayor of Mesk, who is a fisherman, said: "The port must stay public."') == ["Oren Tallis"]
    assert _speakers('Mira Holm, a spokeswoman for Clear Tide, a harbour charity, said: "The port must stay public."') == ["Mira Holm"]
    assert _speakers('Dov Ark, the founder of Free to Fish, a campaign group, said that now "the port must stay public."') == ["Dov Ark"]
    # the name of a show is no quotation ('told "Fox & Friends."'-like): it gets no speaker, as it is not speech
    assert quotations('Rep. Ivo Marsk, K-Tarn., told "Harbour & Hills Tonight."') == []


def test_a_speaker_after_a_role_and_before_the_body_they_are_of_is_named():
    text = '"The people of Marrowby will not let their river be sold," said march organiser Petra Vosk of the River Trust.'
    assert _speakers(text) == ["Petra Vosk"]
    assert _speakers('"We will sit at the gates until they listen," said organiser Petra Vosk of Marrowby.') == ["Petra Vosk"]


def test_a_role_word_before_a_name_is_no_part_of_the_name():
    assert _speakers('Organiser Petra Vosk said: "The people of Marrowby will not let their river be sold."') == ["Petra Vosk"]
    assert _person("Organiser Petra Vosk") == "Petra Vosk" and _person("Campaigner Oren Tallis") == "Oren Tallis"
    assert _person("Mayor Ida Brenn") == "Ida Brenn"  # (as before)
    # nor a given name: "Organiser Petra Vosk" and "Petra Vosk" are one person, as "Mayor Ida Brenn" and "Ida Brenn" are
    assert _given_names("Organiser Petra Vosk") == _given_names("Petra Vosk") == frozenset({"petra"})
    assert _given_names("Petra Vosk", 'Campaigner Petra Vosk spoke to the crowd.') == frozenset({"petra"})


def test_no_speaker_is_made_up_for_a_relative_clause_or_a_quote_nobody_says():
    # a relative clause about a thing, not a person, and words no one is said to speak
    assert _speakers('The Harl bridge, which opened in 1990, said to be unsafe by engineers, was closed. '
                     '"It is a danger to all of us every day," the notice read.') == [None]
    assert _speakers('The Harl council, which met on Friday, said: "We will review the contract in full."') == [None]
    assert _speakers('On Monday, the mayor, who was absent, said: "We will review the contract in full."') == [None]
    assert _speakers('In Varrow, a town of 3,000, residents said: "We will review the contract in full."') == [None]
    assert _speakers('The sign on the gate read: "No entry beyond this point for anyone."') == [None]


def test_the_speaker_patterns_return_on_long_adversarial_text():
    from newsloom.text import _SPEAKER_AFTER, _SPEAKER_BEFORE_SET_OFF
    for unit in ('Petra Vosk, who ' + 'a ' * 50 + ', ', 'Ab Cd of Ef, 12, K-Tarn, who x, ', 'Ab Cd, ' * 5 + 'said ',
                 'said organiser Petra Vosk of the ' + 'River ' * 40):
        text = (unit * (200_000 // len(unit) + 1))[:200_000]
        for pattern in (_SPEAKER_BEFORE_SET_OFF.search, _SPEAKER_AFTER.match):
            pattern(text)
        quotations(text.replace(", said", ', said: "We will march again on Sunday."'))


def _march() -> list[Article]:
    return [
        Article(id="tg", outlet="Tarn Gazette", published="2026-05-02T18:00:00Z", text=(
            "Thousands marched through Marrowby on Saturday against the sale of the river company.\n\n"
            '"The people of Marrowby will not let their river be sold," said march organiser Petra Vosk of the River Trust.')),
        Article(id="hv", outlet="Harlow Voice", published="2026-05-03T08:00:00Z", text=(
            "Thousands of people marched through Marrowby on Saturday against the sale of the river company.\n\n"
            'Organiser Petra Vosk said: "The people of Marrowby will not let their river be sold."')),
        Article(id="ow", outlet="Osric Wire", published="2026-05-02T17:00:00Z", text=(
            "Thousands protested in Marrowby on Saturday against the planned sale of the river company.\n\n"
            'Petra Vosk, who organised the march, said: "We will march again every Sunday until the sale stops."')),
    ]


def test_quotes_by_speaker_gathers_every_form_under_the_name_and_credits_every_outlet():
    arts = _march()
    d = brief_to_dict(write_brief(Story("m", "", [a.id for a in arts]), arts))
    assert [sp["speaker"] for sp in d["quotes"]] == ["Petra Vosk"]
    quotes = {q["quote"]: q["outlets"] for q in d["quotes"][0]["quotes"]}
    # the words as a whole sentence, from the outlet that writes them so, then the other that carries them
    assert quotes == {"The people of Marrowby will not let their river be sold.": ["Harlow Voice", "Tarn Gazette"],
                      "We will march again every Sunday until the sale stops.": ["Osric Wire"]}
    for q in d["quotes"][0]["quotes"]:  # the shown words are the cited article's, at its offsets
        text = next(a.text for a in arts if a.id == q["article_id"])
        assert text[q["start"]:q["end"]] == q["quote"]
    md = brief_to_markdown(d)
    assert "**Petra Vosk**" in md and "Organiser Petra Vosk**" not in md


def test_a_credit_after_a_closing_quotation_ends_the_sentence_with_a_full_stop_everywhere():
    arts = _march()
    brief = write_brief(Story("m", "", [a.id for a in arts]), arts)
    d = brief_to_dict(brief)
    quoted = [s for s in d["sentences"] if s["statement"].endswith('."')]
    assert quoted
    for s in quoted:
        assert s["text"].startswith(s["statement"])  # the quotation's own marks stay as cited
        assert s["text"].endswith(").") and s["text"][len(s["statement"]):].startswith(" (")
        assert s["text"] in brief_to_markdown(d).replace("\\", "")
        assert s["text"].replace('"', "&quot;") in brief_to_html(d)
    view = views.prepare_brief(d, arts)
    assert {s["text"] for s in view["sentences"]} == {s["text"] for s in d["sentences"]}
    # every credit closes its sentence with a full stop
    assert all(s["text"].endswith(").") for s in d["sentences"] if s["credit"])
    for a in arts:  # each cited quote is still verbatim
        for s in d["sentences"]:
            for src in s["sources"]:
                if src["article_id"] == a.id:
                    assert a.text[src["start"]:src["end"]] == src["quote"]


def test_a_source_reads_in_lower_case_and_names_the_person_first_inside_a_line():
    assert mid_sentence("Several witnesses") == "several witnesses"
    assert mid_sentence("Two dockworkers") == "two dockworkers"
    assert mid_sentence("A harbour spokesman, Inspector Ivo Dern") == "Inspector Ivo Dern, a harbour spokesman"
    assert mid_sentence("its chair, Lene Marsk") == "Lene Marsk, its chair"
    assert mid_sentence("Its chair, Lene Marsk") == "Lene Marsk, its chair"
    assert mid_sentence("The regional transport minister, Ada Brenn") == "Ada Brenn, the regional transport minister"
    assert mid_sentence("Organiser Petra Vosk") == "organiser Petra Vosk"
    # names, titles and bodies keep their capitals
    for kept in ("Inspector Ivo Dern", "Mayor Ida Brenn", "Petra Vosk", "Varrow police", "The Tarn Gazette",
                 "Ada Brenn, the regional transport minister", "Greyline chief Piet Harrow"):
        assert mid_sentence(kept) == kept
    # (a description after a comma that is not a person's name stays as written)
    assert mid_sentence("A harbour spokesman, in a statement") == "a harbour spokesman, in a statement"


def test_the_one_outlet_section_writes_the_attribution_as_it_reads_inside_a_line():
    arts = [Article(id="ow", outlet="Osric Wire", published="2026-05-02T17:00:00Z", text=(
        "Thousands protested in Marrowby on Saturday against the planned sale of the river company.\n\n"
        "A harbour spokesman, Inspector Ivo Dern, said no water cannon had been used at the gates.\n\n"
        "Several witnesses told Osric Wire that police used water cannon near the old mill."))]
    d = brief_to_dict(write_brief(Story("m", "", ["ow"]), arts))
    md, page = brief_to_markdown(d), brief_to_html(d)
    assert "(attributed to Inspector Ivo Dern, a harbour spokesman)" in md
    assert "(attributed to Inspector Ivo Dern, a harbour spokesman)" in page
    assert "(attributed to several witnesses)" in md and "attributed to Several" not in md
