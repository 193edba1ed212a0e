"""Session 29 (T4): a page's <noscript> or button text that glues the headline to the article's first paragraph;
quotations whose speaker stands apart from the verb of saying. All pages, outlets, people and places are made up."""
from __future__ import annotations

import json

from newsloom.cli import main
from newsloom.ingest import read_sources
from newsloom.text import quotations

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | The Marrow Gazette</title>
<meta property="og:site_name" content="The Marrow Gazette">
<meta property="article:published_time" content="2026-05-06T09:00:00Z">
<script>document.write("SCRIPT-TEXT-MARKER");</script>
</head><body><main><article>
<h1>{title}</h1>
<p>{lead}</p>
<p>Harbour master Ilse Voren said the crossing would stay open through the summer.</p>
{extra}
</article></main></body></html>
"""
FERRY_LEAD = "The Quelling ferry crossing reopened on Wednesday after a month of dredging, the harbour office said."


def _article(tmp_path, name, **page):
    path = tmp_path / name
    path.write_text(PAGE.format(**page))
    (result,) = read_sources([str(path)], allow_private=True)
    return result.article


def test_a_noscript_note_neither_glues_the_headline_to_the_lead_nor_shows(tmp_path, capsys):
    page = dict(title="Quelling ferry crossing reopens", lead=FERRY_LEAD,
                extra="<noscript>NOSCRIPT-TEXT-MARKER: enable scripts to see the comments.</noscript>")
    article = _article(tmp_path, "ferry.html", **page)
    assert article.text.split("\n\n")[0] == FERRY_LEAD  # the first paragraph, on its own, without the headline
    assert "NOSCRIPT-TEXT-MARKER" not in article.text and "SCRIPT-TEXT-MARKER" not in article.text
    # the brief: its headline is the page's, its lead and timeline row the first paragraph's sentence
    assert main(["run", str(tmp_path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "SCRIPT-TEXT-MARKER" not in out  # (nor the <noscript>'s, whose marker holds this one)
    brief = json.loads(out)["briefs"][0]
    assert brief["headline"] == "Quelling ferry crossing reopens"
    assert brief["lead"]["statement"] == FERRY_LEAD
    assert [row["statement"] for row in brief["timeline"]] == [FERRY_LEAD]


def test_a_headline_glued_to_the_first_paragraph_is_taken_off_only_when_it_is_not_the_paragraph_s_own_words(tmp_path):
    # a button's text also makes trafilatura run a short page into one line, the headline first
    glued = _article(tmp_path, "glued.html", title="Quelling ferry crossing reopens", lead=FERRY_LEAD,
                     extra="<button>Share this story</button>")
    assert glued.text.startswith(FERRY_LEAD)
    # a paragraph that opens with the headline's words keeps them
    own = "Storm hits coast Tuesday, cutting power to four thousand homes along the Marrow shore, the utility said."
    kept = _article(tmp_path, "storm.html", title="Storm hits coast", lead=own, extra="<button>Share this story</button>")
    assert kept.text.startswith(own)


# ------------------------------------------------------------------ words between the speaker and the verb


def _speakers(sentence: str) -> list[str | None]:
    return [q.speaker for q in quotations(sentence)]


def test_a_speaker_set_off_from_the_verb_by_what_they_were_doing():
    assert _speakers('Justice Maren Oddby, writing for the minority, said the act was "a seizure wearing a green '
                     'coat".') == ["Justice Maren Oddby"]
    assert _speakers('Kai Lund, in a statement, said the decision was "deeply disappointing for the valley".') == ["Kai Lund"]


def test_a_role_then_the_name_set_off_by_commas_before_the_verb():
    assert _speakers('The growers\' lawyer, Dagny Sollen, said the ruling was "a dark day for the hill farms" and '
                     'that her clients would appeal.') == ["Dagny Sollen"]
    assert _speakers('A lawyer for the growers, Dagny Sollen, said "we will take this to the tribunal".') == ["Dagny Sollen"]
    # the role's own clause may name someone else: the set-off name is still the speaker
    assert _speakers('The lawyer who represented Ola Brek, Kai Lund, said "the family will not give up the '
                     'fight".') == ["Kai Lund"]


def test_the_words_of_a_that_clause_further_from_the_verb():
    assert _speakers('Crown lawyer Ivo Tarrant told reporters outside the court in Brekmoor that the judgment '
                     '"closes the matter for good".') == ["Ivo Tarrant"]
    # a second verb of calling on the way: the words are someone else's
    assert _speakers('Kai Lund said the court had ignored the growers, whose lawyer called it "a dark day for '
                     'all of us".') == [None]


def test_a_name_inside_a_relative_clause_is_not_the_speaker():
    # neither the name the clause holds nor the last speaker before
    text = ('"We will appeal at once," Kai Lund said. The lawyer who represented Ola Brek said "the family will '
            'not give up the fight".')
    assert _speakers(text) == ["Kai Lund", None]
    # a clause of no words before the name opens with it: 'To which Lund replied' is Lund's reply
    assert _speakers('To which Lund replied: "The valley was never theirs to sell."') == ["Lund"]
    # a clause that gives the subject's own name names the speaker
    assert _speakers('A woman who gave her name only as Ada Brek said "we have lost everything in the '
                     'fire".') == ["Ada Brek"]


# ------------------------------------------------------------------ one person, one label in the single-source list

FIRE = {
    "a.txt": ("Brisk Valley Wire", "10:00", "Wildfire forces evacuations near Tolby",
              "A wildfire in the hills above Tolby forced hundreds of residents from their homes on Monday, the county "
              "fire service said.\n\nFire Chief Marta Lien said crews were working through the night to protect the "
              "town's water plant.\n\n\"The wind is our worst enemy tonight,\" Lien said."),
    "b.txt": ("Tolby Courant", "14:00", "Tolby wildfire spreads east",
              "The wildfire in the hills above Tolby forced hundreds of residents from their homes on Monday, officials "
              "said.\n\nCounty fire chief Lien said two helicopters had dropped water on the eastern flank of the blaze."),
    "c.txt": ("Harrow Radio", "18:00", "Tolby fire crews hold the line",
              "The wildfire above Tolby forced hundreds of residents to leave their homes on Monday.\n\nThe fire was 15% "
              "contained on Monday evening, according to Chief Lien."),
}


def test_one_person_has_one_label_in_the_single_source_list(tmp_path, capsys):
    for name, (outlet, time, title, body) in FIRE.items():
        (tmp_path / name).write_text(f"Outlet: {outlet}\nPublished: 2026-09-01T{time}:00Z\n\n{title}\n\n{body}\n")
    assert main(["run", str(tmp_path), "--format", "json"]) == 0
    (brief,) = json.loads(capsys.readouterr().out)["briefs"]
    lien = [s["attribution"] for s in brief["single_source"] if "Lien" in s["text"]]
    assert len(lien) == 4 and set(lien) == {"Fire Chief Marta Lien"}
    # two people of one surname stay two, and a surname alone joins neither
    from newsloom.brief import _fullest_forms
    assert _fullest_forms(["Fire Chief Marta Lien", "Chief Lien", "Mayor Jon Lien", "Jon Lien"]) == {}
    # a bare name takes no form with a role (it would lose it), an honorific's yes; two people are not one
    assert _fullest_forms(["Marta Lien", "Mayor Lien", "Ms. Lien", "Ms. Lien and Mr. Orr"]) == {"Ms. Lien": "Marta Lien"}
    # a surname alone may be another of the family: it keeps its form
    assert _fullest_forms(["Jon Lien", "Lien"]) == {}
