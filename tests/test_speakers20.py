"""Audit 20: "Dr Name of Institution said" is the person's quote, not the institution's (#11), and one
person's identical quotation, the surname spelt two ways by two outlets, is one remark contested on the
name (#8). All articles, people, places and outlets are made up."""
from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story
from newsloom.text import person, quotations


def _speakers(text):
    return [q.speaker for q in quotations(text)]


def _brief(arts):
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


# ------------------------------------------------------------------ #11: a person "of" an institution

def test_a_titled_person_of_an_institution_is_the_speaker_not_the_institution():
    assert _speakers('Dr Lena Brandt of Fenmoor University said the trial was "too small to be sure".') == [
        "Dr Lena Brandt"]
    # the name as the code writes it when the quotation comes first
    assert _speakers('"Too small to be sure," said Dr Lena Brandt.') == ["Dr Lena Brandt"]
    assert _speakers('Professor Ama Reyes of the Orrin Institute said the work was "a real step forward".') == [
        "Professor Ama Reyes"]
    assert _speakers('Prof. Ama Reyes of the Orrin Institute said: "A real step forward for the field."') == [
        "Ama Reyes"]
    assert _speakers('Dr. Lena Brandt of Fenmoor Medical School said the trial was "too small to be sure".') == [
        "Lena Brandt"]
    # untitled, and a one-word place after "of"
    assert _speakers('Lena Brandt of Fenmoor University said the trial was "too small to be sure".') == [
        "Lena Brandt"]
    assert _speakers('Dr Lena Brandt of Fenmoor said the trial was "too small to be sure".') == ["Dr Lena Brandt"]


def test_a_body_of_a_place_or_a_title_of_an_office_is_no_person_before_of():
    # "The University of Fenmoor" is a body: no person gets its words
    for text in ('The University of Fenmoor said the trial was "too small to be sure".',
                 'The Royal Society of Pellam said the trial was "too small to be sure".'):
        (speaker,) = _speakers(text)
        assert speaker is None or person(speaker) is None, (text, speaker)
    # a title with "of" in it is not a person of somewhere
    (speaker,) = _speakers('Deputy Secretary of State Ona Pell said the talks were "going nowhere at all".')
    assert speaker.endswith("Ona Pell")


def test_the_name_before_of_is_read_from_a_bounded_stretch():
    text = "Ab Cd " * 40000 + 'of the Orrin Institute said: "A real step forward for the field."'
    assert len(quotations(text)) == 1


def test_both_quotes_of_a_doctor_of_an_institution_are_filed_under_her():
    a = Article(id="a", outlet="Dallow Echo", published="2026-11-10T09:00:00Z",
                text=("Regulators in Pellmark approved the asthma drug Kelora on Monday.\n\n"
                      'Dr Lena Brandt of Fenmoor University said the trial was "too small to be sure".'))
    b = Article(id="b", outlet="Orrin Herald", published="2026-11-10T10:00:00Z",
                text=("Pellmark regulators approved Kelora, a new asthma drug, on Monday.\n\n"
                      'The price was "hard to justify", said Dr Lena Brandt of Fenmoor University.'))
    quotes = _brief([a, b])["quotes"]
    assert [s["speaker"] for s in quotes] == ["Dr Lena Brandt"]
    assert len(quotes[0]["quotes"]) == 2


# ------------------------------------------------------------------ #8: one name spelt two ways

def test_a_surname_spelt_two_ways_is_one_letter_changed_or_two_swapped_in_a_long_name():
    from newsloom.crosscheck import spelt_alike

    assert spelt_alike("adebayo", "adebayp") and spelt_alike("okonkwo", "okonkow")
    assert not spelt_alike("marsk", "marks")  # too short to tell a slip from another name
    assert not spelt_alike("russia", "russian")  # a letter added: another word
    assert not spelt_alike("hansen", "jensen")  # two letters changed apart: two names
    assert not spelt_alike("adebayo", "adebayo")


def _match(id_, outlet, lead, quote_line):
    return Article(id=id_, outlet=outlet, published="2026-11-10T19:00:00Z", text=f"{lead}\n\n{quote_line}")


_LEAD_A = "Dallow United beat Fenmoor Athletic 3-0 in the Orrin Shield final at Stenby Park."
_LEAD_B = "Two late goals gave Dallow United the Orrin Shield as Fenmoor Athletic were beaten 3-0 at Stenby Park."


def _name_conflicts(d):
    return [c for c in d["conflicts"] if c["about"] == "the name"]


def test_one_quotation_with_the_speakers_name_spelt_two_ways_is_contested_on_the_name():
    d = _brief([_match("a", "Dallow Echo", _LEAD_A, '"We deserved this after a hard season," captain Idris Adebayo said.'),
                _match("b", "Orrin Herald", _LEAD_B, '"We deserved this after a hard season," captain Idris Adebayp said.')])
    (conflict,) = _name_conflicts(d)
    assert {v["value"]: v["outlets"] for v in conflict["variants"]} == {"Adebayo": ["Dallow Echo"],
                                                                         "Adebayp": ["Orrin Herald"]}
    # the quotation is one claim of both outlets, not two single-source ones
    said = [s for s in d["sentences"] if "hard season" in s["statement"]]
    assert said and all(s["status"] == "contested" for s in said)
    assert not any("hard season" in s["quote"] for x in d["single_source"] for s in x.get("sources", [x]))


def test_one_quotation_tagged_two_ways_with_the_surname_alone_is_contested_on_the_name():
    a = _match("a", "Harbour Courier", "Striker Tobias Okonkwo scored both goals for Brennick Rovers in the cup final.",
               '"This is the best day of my life," Okonkwo said.')
    b = _match("b", "Tessaly Wire", "Tobias Okonkow scored twice as Brennick Rovers won the cup final on Sunday.",
               '"This is the best day of my life," Okonkow told reporters after the match.')
    (conflict,) = _name_conflicts(_brief([a, b]))
    assert {v["value"]: v["outlets"] for v in conflict["variants"]} == {"Okonkwo": ["Harbour Courier"],
                                                                         "Okonkow": ["Tessaly Wire"]}


def test_two_people_of_like_names_saying_other_things_stay_apart():
    for x, y in (("Ivo Marsk", "Ivo Marks"), ("Ilse Varnholt", "Ilse Varnhlot")):
        d = _brief([_match("a", "Dallow Echo", _LEAD_A, f'"We deserved this after a hard season," captain {x} said.'),
                    _match("b", "Orrin Herald", _LEAD_B, f'"The referee got the big calls badly wrong," defender {y} said.')])
        assert not _name_conflicts(d)
        assert {s["speaker"] for s in d["quotes"]} == {x, y}
        assert not any(s["status"] == "corroborated" and ("hard season" in s["statement"] or "referee" in s["statement"])
                       for s in d["sentences"])


def test_the_same_quotation_from_two_first_names_is_no_spelling_of_one():
    # "Idris Adebayo" and "Tomas Adebayp": the first names tell two people apart, whatever the words
    d = _brief([_match("a", "Dallow Echo", _LEAD_A, '"We deserved this after a hard season," captain Idris Adebayo said.'),
                _match("b", "Orrin Herald", _LEAD_B, '"We deserved this after a hard season," coach Tomas Adebayp said.')])
    assert not _name_conflicts(d)


def test_quotes_by_speaker_lists_one_person_spelt_two_ways_once():
    arts = [Article(id="a", outlet="Dallow Echo", title="Dallow win the Orrin Shield", published="2026-11-10T19:00:00Z",
                    text='Dallow United won the Orrin Shield on Sunday.\n\n"We deserved this after a hard season," '
                         "captain Idris Adebayo said."),
            Article(id="b", outlet="Orrin Herald", title="Shield goes to Dallow", published="2026-11-10T20:00:00Z",
                    text='Dallow United won the Orrin Shield on Sunday.\n\n"We deserved this after a hard season," '
                         "captain Idris Adebayp said.")]
    d = brief_to_dict(write_brief(Story(id="s", title="", article_ids=["a", "b"]), arts))
    assert [q["speaker"] for q in d["quotes"]] == ["Idris Adebayo"]
    assert d["quotes"][0]["quotes"][0]["outlets"] == ["Dallow Echo", "Orrin Herald"]
