"""The cited brief: contract of the JSON, citations verbatim and supporting, renderers, the seeds."""
import json
import re
from pathlib import Path

import pytest

from newsloom.brief import brief_to_dict, brief_to_html, brief_to_markdown, mid_sentence, write_brief
from newsloom.records import Article, Claim, Evidence, Story
from newsloom.text import support
from test_crosscheck import derailment_articles

SEEDS = Path("/work/shared/seeds")
STATUSES = {"corroborated", "single-source", "contested"}


@pytest.fixture(scope="module")
def derailment():
    arts = derailment_articles()
    return arts, write_brief(Story("larch", "", [a.id for a in arts]), arts)


def test_every_sentence_is_cited_verbatim_and_supported(derailment):
    arts, brief = derailment
    texts = {a.id: a.text for a in arts}
    d = brief_to_dict(brief)
    assert d["sentences"] and d["lead"] == d["sentences"][0]
    assert d["sentences"][-1]["credit"]  # the last sentence always closes a run of sentences with its credit
    for k, s in enumerate(d["sentences"]):
        # a sentence without a credit of its own is credited by the one closing its run
        closing = next(t for t in d["sentences"][k:] if t["credit"])
        assert s["status"] in STATUSES
        assert s["sources"]
        assert s["text"].startswith(s["statement"].rstrip(".")) and s["text"].endswith(s["credit"])
        for src in s["sources"] + s["also_reported_by"]:
            assert texts[src["article_id"]][src["start"]: src["end"]] == src["quote"]
        for src in s["sources"]:
            assert support(s["statement"], src["quote"]).ok()
            assert src["outlet"] in closing["credit"] or any(src["article_id"] == o["article_id"] for o in s["sources"][1:])
    json.dumps(d)  # JSON-ready


def test_body_is_ordered_by_independent_outlets(derailment):
    _, brief = derailment
    counts = [len(s.outlets) for s in brief.sentences if s.status != "contested"]
    assert counts == sorted(counts, reverse=True)


def test_contested_figure_is_shown_as_variants_and_never_as_fact(derailment):
    _, brief = derailment
    d = brief_to_dict(brief)
    assert len(d["conflicts"]) == 1
    values = {v["value"]: v["outlets"] for v in d["conflicts"][0]["variants"]}
    assert set(values) == {"12", "14"} and values["14"] == ["Channel 9 Harbourtown"]
    for s in d["sentences"]:
        if re.search(r"\b(12|14|Twelve|Fourteen)\b", s["statement"]) and "injur" in s["statement"]:
            assert s["status"] == "contested"
    assert not re.search(r"\b(14|Fourteen)\b", d["headline"])  # a disputed figure is not headline fact


def test_a_figure_and_a_date_contested_in_one_claim_are_two_conflicts():
    arts = [
        Article(id="a", outlet="Gullwing Wire", published="2026-09-10",
                text="The Vell reservoir dam cracked on Monday night, flooding 40 homes, the county said."),
        Article(id="b", outlet="Harbour Radio", published="2026-09-10",
                text="The Vell reservoir dam cracked on September 8, flooding 55 homes, the county said."),
    ]
    d = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))
    assert [c["about"] for c in d["conflicts"]][1:] == ["the date"]
    assert len({c["claim_id"] for c in d["conflicts"]}) == 1
    assert {v["value"]: v["outlets"] for v in d["conflicts"][1]["variants"]} == {
        "2026-09-07": ["Gullwing Wire"], "2026-09-08": ["Harbour Radio"]}
    assert "2026-09-07: Gullwing Wire" in brief_to_markdown(d)


def test_a_reprint_that_changed_a_figure_is_named_beside_its_figure():
    wire = "A fire at the Pellam grain mill forced 300 residents from their homes, the fire brigade said."
    arts = [Article(id="w", outlet="Gullwing Wire", text=wire, published="2026-05-12"),
            Article(id="r", outlet="Pellam Post", text=wire.replace("300", "350"), copy_of="w", published="2026-05-12")]
    d = brief_to_dict(write_brief(Story("s", "", ["w", "r"]), arts))
    assert {v["value"]: v["outlets"] for v in d["conflicts"][0]["variants"]} == {
        "300": ["Gullwing Wire"], "350": ["Pellam Post"]}


def test_attributed_single_source_claim_says_who_says_it(derailment):
    _, brief = derailment
    union = [s for s in brief.sentences if "union" in s.statement and "postponed" in s.statement]
    assert len(union) == 1
    s = union[0]
    assert s.status == "single-source"
    closing = next(t for t in brief.sentences[brief.sentences.index(s):] if t.credit)  # the credit of its run
    assert "union says" in s.text and closing.credit == " (The Lowland Herald)."
    assert s.sources[0].outlet == "The Lowland Herald"
    assert any(c["statement"] == s.statement for c in brief_to_dict(brief)["single_source"])


def test_sections(derailment):
    _, brief = derailment
    d = brief_to_dict(brief)
    assert {"Northgate Wire", "Channel 9 Harbourtown", "The Lowland Herald", "Riverside Daily Post"} <= set(d["outlets"])
    assert "The Vellmoor Courier" not in d["outlets"]  # a reprint is listed under its original
    courier = [a for g in d["coverage"] for a in g["articles"] if a["outlet"] == "The Vellmoor Courier"]
    assert courier and courier[0]["reprint_of"]
    assert [t["date"] for t in d["timeline"]] == sorted(t["date"] for t in d["timeline"])
    # the derailment's injury count is contested: its day is credited to the outlets of the quoted count only
    derail = next(t for t in d["timeline"] if "derailed" in t["statement"])
    assert "Channel 9 Harbourtown" not in derail["outlets"]
    speakers = {q["speaker"] for q in d["quotes"]}
    assert {"Tomas Lind", "Brenn"} & speakers
    assert any(w["concept"] == "a stop or closure" for w in d["word_choice"])


def test_brief_is_deterministic(derailment):
    arts, brief = derailment
    again = write_brief(Story("larch", "", [a.id for a in arts]), list(reversed(arts)))
    assert brief_to_dict(again) == brief_to_dict(brief)


def test_renderers_escape_untrusted_text():
    evil = "<script>alert(1)</script> The harbour crane <img src=x onerror=alert(2)> collapsed on Monday in Pellam."
    arts = [Article(id="e1", outlet="Gullwing <b>Wire</b>", text=evil, title="Crane <script>x</script>")]
    brief = write_brief(Story("s", "", ["e1"]), arts)
    html = brief_to_html(brief)
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    md = brief_to_markdown(brief_to_dict(brief))
    assert "<script>" not in md and "<img" not in md


def test_a_story_without_its_articles_is_an_error():
    with pytest.raises(ValueError, match="story 'nope'"):
        write_brief(Story("nope", "", ["missing"]), [])


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not on this machine")
def test_seeds_one_story_citing_all_three():
    from newsloom.ingest import read_sources

    arts = [r.article for r in read_sources([str(SEEDS)]) if r.article is not None]
    assert len(arts) == 3
    brief = write_brief(Story("seeds", "", [a.id for a in arts]), arts)
    d = brief_to_dict(brief)
    cited = {src["article_id"] for s in d["sentences"] for src in s["sources"]}
    assert cited == {a.id for a in arts}

    def find(*words, status=None):
        hits = [s for s in d["sentences"] if all(w.lower() in s["statement"].lower() for w in words)
                and (status is None or s["status"] == status)]
        return hits

    assert find("delegation", "Caracas", "assess", status="corroborated")  # the US team assessing the embassy
    assert find("send", "delegation", status="corroborated")  # Venezuela's own delegation
    toll = find("100", "dead")
    assert toll and toll[0]["status"] == "single-source" and toll[0]["attribution"] == "Caracas"
    assert toll[0]["text"].startswith("Caracas says")
    named = find("McNamara")
    assert named and named[0]["status"] == "single-source"
    prose = " ".join(s["text"] for s in d["sentences"])
    for junk in ("JavaScript", "cross-referenced", "Editorial Context", "Methodology", "Primary Source"):
        assert junk not in prose
    # the reports have no titles: the headline is a whole statement that several outlets make
    assert not d["headline"].endswith("…")
    assert any(s["statement"].rstrip(".") == d["headline"] and s["status"] == "corroborated" for s in d["sentences"])


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not on this machine")
def test_seeds_claims_hold_without_embeddings():
    from newsloom.crosscheck import find_claims
    from newsloom.ingest import read_sources

    arts = [r.article for r in read_sources([str(SEEDS)]) if r.article is not None]
    claims = find_claims(arts, use_embeddings=False)

    def status_of(*words):
        return [c.status for c in claims if all(w.lower() in c.text.lower() for w in words)]

    assert "corroborated" in status_of("delegation", "Caracas", "assess")
    assert "corroborated" in status_of("send", "delegation")
    assert status_of("100", "dead") == ["single-source"]
    assert status_of("McNamara") == ["single-source"]


def test_a_leading_connective_is_dropped_and_the_rest_kept_word_for_word():
    from newsloom.brief import tidy

    assert tidy("However, the ferry left Kestrel Bay on time.") == "The ferry left Kestrel Bay on time."
    assert tidy("But the crew said the engine had failed twice.") == "The crew said the engine had failed twice."
    assert tidy("Butter prices rose in Pellam last week.") == "Butter prices rose in Pellam last week."
    # a newsletter's section label leans on its layout
    assert tidy("Why it matters: the pier has been shut to ferries since the storm.") == \
        "The pier has been shut to ferries since the storm."
    assert tidy("Notably, the plan spends most on the north pier.") == "The plan spends most on the north pier."
    # a name that looks like a connective stays
    assert tidy("So Yun-mi said the pier would reopen in the spring.") == "So Yun-mi said the pier would reopen in the spring."
    # a quotation running over two sentences: each half gets back the mark the other one holds
    assert tidy("Well, it means the pier was never safe,” Ida Moss said.") == \
        "“Well, it means the pier was never safe,” Ida Moss said."
    assert tidy("“We will not reopen the pier this year.") == "“We will not reopen the pier this year.”"
    assert tidy('"Pellam must stop the “caravans” of lorries.') == '"Pellam must stop the “caravans” of lorries."'
    # an opening mark left unclosed is a slip: the next closing mark ends the quotation
    assert tidy("“We have a broad membership, Ida Moss said. “Some will not be happy.”") == \
        "“We have a broad membership, Ida Moss said. “Some will not be happy.”"
    assert tidy('Not a choice I wanted to make," the mayor said.') == '"Not a choice I wanted to make," the mayor said.'
    for whole in ("“The pier is shut,” she said.", 'The storm dropped 6" of rain on Pellam.', 'He said "no" twice.',
                  # outlets mix straight and curly marks: a curly one closes a straight one
                  'She said the aim was to "bring the trawler crew home.”',
                  # a curly quotation inside a straight one does not close it
                  '"Pellam must stop the “caravans” of lorries," the mayor wrote.',
                  '“Open the pier,” Ida Moss said at the launch of a lifeboat in Saltmere.'):
        assert tidy(whole) == whole
    mixed = ('The harbour reopened on Monday. Later, Ida Moss said talks were the best way to "bring the trawler '
             'crew home.” "We will meet face to face in Saltmere ... to settle the quota,” Moss said at a lifeboat launch.')
    brief = write_brief(Story("s", "", ["m"]), [Article(id="m", outlet="Gullwing Wire", text=mixed)])
    assert {s.statement for s in brief.sentences} >= {
        'Later, Ida Moss said talks were the best way to "bring the trawler crew home.”',
        '"We will meet face to face in Saltmere ... to settle the quota,” Moss said at a lifeboat launch.'}
    text = "The harbour reopened on Monday. However, the ferry to Kestrel Bay stayed in port all week."
    brief = write_brief(Story("s", "", ["h"]), [Article(id="h", outlet="Gullwing Wire", text=text)])
    s = next(x for x in brief.sentences if "ferry" in x.statement)
    assert s.statement == "The ferry to Kestrel Bay stayed in port all week."
    assert s.sources[0].quote == text[s.sources[0].start: s.sources[0].end]
    assert support(s.statement, s.sources[0].quote).ok()


def test_reprinters_are_named_with_the_outlet_they_copied(derailment):
    _, brief = derailment
    d = brief_to_dict(brief)
    # JSON: `outlets` are the independent ones; the reprinter is listed under its original's coverage
    assert "The Vellmoor Courier" not in d["outlets"] and "Northgate Wire" in d["outlets"]
    wire = next(g for g in d["coverage"] if g["outlet"] == "Northgate Wire")
    assert wire["reprinted_by"] == ["The Vellmoor Courier"]
    assert all(g["reprinted_by"] == [] for g in d["coverage"] if g["outlet"] != "Northgate Wire")
    line = next(x for x in brief_to_markdown(d).splitlines() if x.startswith("*Reported by"))
    assert "Northgate Wire (also run by The Vellmoor Courier)" in line
    assert "Reported by Northgate Wire (also run by The Vellmoor Courier)" in brief_to_html(d)
    # a brief stored before `reprinted_by` existed still shows the reprinter, from its articles
    for g in d["coverage"]:
        del g["reprinted_by"]
    assert "Northgate Wire (also run by The Vellmoor Courier)" in brief_to_markdown(d)


UNTITLED = [
    "The harbour board of Saltmere agreed on Thursday to rebuild the north pier that the ferry Morning Gull "
    "struck in fog, with work to start in spring.",
    "Saltmere's harbour board voted on Thursday to rebuild the north pier damaged when the ferry Morning Gull "
    "hit it in fog last month.",
]


def _untitled_story(texts):
    arts = [Article(id=f"u{i}", outlet=o, text=t) for i, (o, t) in enumerate(zip(["Pier Seven News", "Island Times"], texts))]
    # a story of untitled articles is named by its first characters, cut mid-word
    return Story("pier", texts[0][:78], [a.id for a in arts]), arts


def test_headline_is_never_a_sentence_cut_mid_word():
    story, arts = _untitled_story(UNTITLED)
    assert not story.title.endswith(" ")  # the fixture's title really is cut inside a word
    headline = write_brief(story, arts).headline
    assert headline != story.title
    # the lead statement, whole, stands in for the cut title
    assert any(a.text.startswith(headline) for a in arts) and len(headline) > len(story.title)


def test_long_lead_headline_is_cut_at_a_word_boundary():
    long = ("The harbour board of Saltmere agreed on Thursday to rebuild the north pier that the ferry Morning Gull "
            "struck in fog, with work to start in spring once the divers, the insurers and the island council have "
            "all signed the plans for the new concrete piles.")
    story, arts = _untitled_story([long, UNTITLED[1]])
    headline = write_brief(story, arts).headline
    from newsloom.brief import HEADLINE_CHARS

    assert len(long) > HEADLINE_CHARS
    assert headline.endswith("…") and len(headline) <= HEADLINE_CHARS + 1
    stem = headline[:-1]
    assert any(a.text.startswith(stem) and a.text[len(stem)] in " ,;:" for a in arts)


def test_a_real_title_is_kept():
    arts = [Article(id="t0", outlet="Pier Seven News", text=UNTITLED[0], title="Saltmere to rebuild its north pier"),
            Article(id="t1", outlet="Island Times", text=UNTITLED[1])]
    story = Story("pier", "Saltmere to rebuild its north pier", ["t0", "t1"])
    assert write_brief(story, arts).headline == "Saltmere to rebuild its north pier"


def test_a_speaker_named_only_by_a_pronoun_is_named_in_the_credit():
    text = ("Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday morning. "
            "\"The pier is not safe for passengers,\" Varga told reporters at the quay. "
            "She said the repairs would take at least two weeks.")
    brief = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Harbour Radio", text=text)])
    by_start = {s.statement.split()[0]: s for s in brief.sentences}
    # her name as the article gives it, in full: "Varga told reporters" is the nearer sentence, but the one
    # before it, also within reach, writes "Ilse Varga" (a surname-only credit was audit 15's item 21)
    assert by_start["She"].text == "She said the repairs would take at least two weeks (Ilse Varga, via Harbour Radio)."
    assert by_start["She"].attribution == "Ilse Varga"
    # the quote reaches back to the sentences that name her: the name the credit gives, as the article
    # writes it, is in the cited words
    src = by_start["She"].sources[0]
    assert src.quote == text[src.start: src.end] and src.quote.startswith("Harbour master Ilse Varga")
    assert src.quote.endswith("at least two weeks.") and support(by_start["She"].statement + " Ilse Varga", src.quote).ok()
    # a statement that names its speaker itself keeps the plain credit
    assert by_start["\"The"].credit == " (Harbour Radio)." and by_start["\"The"].attribution == "Ilse Varga"


def test_a_speaker_the_quote_cannot_reach_is_not_named_in_the_credit_and_a_last_name_within_reach_is():
    from newsloom.brief import SPEAKER_REACH, credited_speaker

    # the quotation's speaker is named four sentences after its first: further than a quote reaches
    far = ("The Kestrel Bay ferry pier closed to all passengers on Tuesday.\n\n"
           "“The concrete piles under the deck are cracked in four places. The deck itself is sagging by ten "
           "centimetres. The safety rails along the edge are loose. The lights on the quay have been out since "
           "Sunday. It will take at least two weeks to repair,” Varga said.")
    brief = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Harbour Radio", text=far)])
    said = {s.statement.split()[1]: s for s in brief.sentences}
    assert SPEAKER_REACH < 4
    assert said["concrete"].attribution == "Varga"  # who said it is still known, in the record
    closing = {k: next(s.credit for s in brief.sentences[brief.sentences.index(said[k]):] if s.credit) for k in said}
    assert closing["concrete"] == " (Harbour Radio)." and credited_speaker(closing["concrete"]) is None
    # two sentences before the name: within reach (the parts of the quotation are written in its order, and
    # the credit that closes a run of them names her)
    assert credited_speaker(closing["safety"]) == "Varga"
    assert said["safety"].sources[0].quote.endswith("Varga said.")

    near = ("Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday morning. "
            "Divers found cracks in two of the concrete piles. "
            "Ferries were sent to the north quay for the week. "
            "Varga told reporters that fishing boats may still use the outer moorings. "
            "She said the repairs would take at least two weeks.")
    brief = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Harbour Radio", text=near)])
    she = next(s for s in brief.sentences if s.statement.startswith("She said"))
    assert she.attribution == "Ilse Varga"
    assert credited_speaker(she.credit) == "Varga"  # her last name is within reach, her full name is not
    assert she.sources[0].quote.startswith("Varga told reporters")


def test_a_quote_does_not_reach_past_another_speakers_words_for_its_speaker():
    from newsloom.brief import SPEAKER_REACH, _naming, credited_speaker
    from newsloom.text import sentences

    text = ("Mayor Tomas Lind said the pier would reopen in May. "
            "\"The repairs are on schedule,\" harbour master Ida Moss said. "
            "He said the ferries would return to the north quay.")
    said = "He said the ferries would return to the north quay."
    lead = Evidence("a", "Harbour Radio", said, text.index(said), len(text), "Tomas Lind")
    assert SPEAKER_REACH >= 2  # Lind is named two sentences back, but Moss's words lie between
    assert _naming(lead, "Tomas Lind", text, sentences(text)) is None
    # nor past a sentence led by another titled person
    led = text.replace("\"The repairs are on schedule,\" harbour master Ida Moss said.", "Dr. Ida Moss toured the quay.")
    moved = Evidence("a", "Harbour Radio", said, led.index(said), len(led), "Tomas Lind")
    assert _naming(moved, "Tomas Lind", led, sentences(led)) is None
    assert _naming(moved, "Tomas Lind", led.replace("Dr. Ida Moss", "A diver"), sentences(led.replace("Dr. Ida Moss", "A diver")))
    claim = Claim("c1", said, [lead], ["Harbour Radio"], "single-source")
    he = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Harbour Radio", text=text)], [claim]).sentences[0]
    assert credited_speaker(he.credit) is None and he.sources[0].quote == said and he.attribution == "Tomas Lind"


def test_he_said_after_a_titled_person_of_a_place_is_that_person_not_the_source_before():
    text = ('"The levy is a burden," Mr. Lind said.\n\nRepresentative Tomas E. Varn of Kessaly, the senior '
            'Unionist on the committee, also rebuked the port board. "I think the accounts were badly kept," he said.')
    brief = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Harbour Radio", text=text)])
    he = next(s for s in brief.sentences if "badly kept" in s.statement)
    assert he.attribution == "Tomas E. Varn"


def test_an_outlet_that_does_not_name_the_speaker_is_not_cited_for_the_speakers_words():
    from newsloom.brief import credited_speaker

    radio = ("Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday morning. "
             "She said the repairs would take at least two weeks.")
    wire = ("The Kestrel Bay ferry pier closed on Tuesday. Divers found cracks in the piles. "
            "She said the repairs would take at least two weeks.")
    arts = [Article(id="a", outlet="Harbour Radio", text=radio), Article(id="b", outlet="Northgate Wire", text=wire)]
    said = "She said the repairs would take at least two weeks."
    claim = Claim("c1", said, [Evidence("a", "Harbour Radio", said, radio.index(said), len(radio), "Ilse Varga"),
                               Evidence("b", "Northgate Wire", said, wire.index(said), len(wire))],
                  ["Harbour Radio", "Northgate Wire"], "corroborated")
    brief = write_brief(Story("s", "", ["a", "b"]), arts, [claim])
    she = brief.sentences[0]
    assert credited_speaker(she.credit) == "Ilse Varga"
    assert [src.article_id for src in she.sources] == ["a"]  # the wire never says who "she" is
    assert [src.article_id for src in she.also_reported_by] == ["b"]
    # a wire naming her by her last name only is not cited for "Ilse Varga"'s words either
    short = wire.replace("Divers found cracks in the piles.", "Harbour master Varga found cracks in the piles.")
    arts[1] = Article(id="b", outlet="Northgate Wire", text=short)
    claim.evidence[1] = Evidence("b", "Northgate Wire", said, short.index(said), len(short))
    she = write_brief(Story("s", "", ["a", "b"]), arts, [claim]).sentences[0]
    assert [src.article_id for src in she.sources] == ["a"] and credited_speaker(she.credit) == "Ilse Varga"


def test_a_statement_ending_in_an_abbreviation_keeps_its_full_stop_before_the_credit():
    arts = [Article(id="a", outlet="Harbour Radio", text="The ferry company moved its head office to Pellam, N.Y."),
            Article(id="b", outlet="Channel 9", text="Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday morning.")]
    brief = write_brief(Story("s", "", ["a", "b"]), arts)
    texts = {s.text for s in brief.sentences}
    assert "The ferry company moved its head office to Pellam, N.Y. (Harbour Radio)" in texts
    assert "Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday morning (Channel 9)." in texts


def test_one_credit_closes_a_run_of_sentences_from_the_same_outlet():
    radio = Article(id="r", outlet="Harbour Radio", text=(
        "Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday morning. "
        "Divers found deep cracks in two of the wooden piles under the pier. "
        "Ferries to Pellam will use the northern quay until the repairs are finished."))
    brief = write_brief(Story("s", "", ["r"]), [radio])
    assert len(brief.sentences) == 3
    # the lead keeps its credit (it is read alone too: the feeds); after it the outlet is named once,
    # after the last sentence of the run; each sentence keeps its own full stop
    assert [s.credit for s in brief.sentences] == [" (Harbour Radio).", "", " (Harbour Radio)."]
    assert brief.lead.credit == " (Harbour Radio)."
    assert brief.sentences[1].text == brief.sentences[1].statement and brief.sentences[1].text.endswith(".")
    assert all(s.sources[0].outlet == "Harbour Radio" for s in brief.sentences)  # the JSON still cites each one
    # a sentence from another outlet closes the run before it: every sentence's outlet is named by the
    # first credit at or after it, and no credit is left out where the outlet changes
    wire = Article(id="w", outlet="Northgate Wire", text="Kestrel Bay's mayor promised new steel piles for the pier by the spring.")
    brief = write_brief(Story("s", "", ["r", "w"]), [radio, wire])
    assert brief.sentences[-1].credit
    for k, s in enumerate(brief.sentences):
        closing = next(t for t in brief.sentences[k:] if t.credit)
        assert closing.sources[0].outlet == s.sources[0].outlet and s.sources[0].outlet in closing.credit
    assert sum(bool(s.credit) for s in brief.sentences[1:]) == 1 + sum(
        a.sources[0].outlet != b.sources[0].outlet for a, b in zip(brief.sentences[1:], brief.sentences[2:]))


def test_a_contested_variant_keeps_its_own_credit_and_no_credit_runs_past_it():
    arts = [Article(id="a", outlet="Harbour Radio", published="2026-03-03", text=(
                "Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday. "
                "The storm damaged 40 boats in the Kestrel Bay marina, the harbour office said. "
                "Divers found deep cracks in two of the wooden piles under the pier.")),
            Article(id="b", outlet="Northgate Wire", published="2026-03-03", text=(
                "Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday. "
                "The storm damaged 25 boats in the Kestrel Bay marina, the harbour office said."))]
    brief = write_brief(Story("s", "", ["a", "b"]), arts)
    # Harbour Radio's variant comes just before its own single-source sentence: it still names its outlet
    contested = [s for s in brief.sentences if s.status == "contested"]
    assert len(contested) == 2  # the two figures, side by side
    for s in contested:
        assert s.credit and s.sources[0].outlet in s.credit  # each figure is read with who gives it


def test_two_people_of_one_surname_keep_their_own_quotes():
    arts = [Article(id="a", outlet="Harbour Radio", text=(
                "Harbour master Ilse Varga closed the pier. \"We will not reopen it this year,\" Ilse Varga said.")),
            Article(id="b", outlet="Northgate Wire", text=(
                "The mayor, Tomas Varga, disagreed. \"The pier must reopen by the summer,\" Tomas Varga said. "
                "\"The ferries cannot wait,\" Varga said."))]
    quotes = {q["speaker"]: len(q["quotes"]) for q in brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))["quotes"]}
    assert quotes["Ilse Varga"] == 1
    assert quotes["Tomas Varga"] >= 1  # the article's 'Varga' is his or no one's, never hers


def test_a_sentence_inside_a_longer_quotation_is_shown_as_the_speakers_words():
    text = ("Mayor Ada Brenn opened the new ferry pier in Pellam on Tuesday.\n\n"
            "“The pier took three years to build. Our children will use it for fifty years. "
            "I am proud of every worker,” Brenn said.\n\nThe pier cost 4 million crowns.")
    brief = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Harbour Radio", text=text)])
    by_words = {s.statement: s for s in brief.sentences}
    middle = by_words["“Our children will use it for fifty years.”"]
    # named next ("Brenn said") and in full two sentences back: the credit gives the full name, and the
    # quote takes in both, the words that say she spoke and those that name her so
    assert middle.attribution == "Ada Brenn" and middle.credit == " (Ada Brenn, via Harbour Radio)."
    assert middle.sources[0].quote.startswith("Mayor Ada Brenn") and middle.sources[0].quote.endswith("Brenn said.")
    assert "“The pier took three years to build.”" in by_words
    assert "“I am proud of every worker,” Brenn said." in by_words
    assert by_words["The pier cost 4 million crowns."].attribution is None
    for s in brief.sentences:  # the marks are added to the statement; the quote stays verbatim
        assert text[s.sources[0].start: s.sources[0].end] == s.sources[0].quote


def test_a_quotation_printed_by_several_outlets_is_listed_once_with_all_of_them():
    arts = [Article(id="a", outlet="Gullwing Wire", published="2026-05-15",
                    text='Judge Ada Vell told him: "You robbed every pensioner in Pellam."'),
            Article(id="b", outlet="Harbour Radio", published="2026-05-15",
                    text='"You robbed every pensioner in Pellam," Judge Ada Vell said as she passed sentence.')]
    d = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))
    vell, = [sp for sp in d["quotes"] if sp["speaker"].endswith("Vell")]
    assert [q["outlets"] for q in vell["quotes"]] == [["Gullwing Wire", "Harbour Radio"]]
    assert "in Pellam.” — Gullwing Wire and Harbour Radio" in brief_to_markdown(d)


def test_opinion_pieces_are_named_as_such_and_do_not_lead():
    report = Article(id="r", outlet="Harbour Radio", url="https://harbour-radio.example/news/pier-closed",
                     text="The Kestrel Bay ferry pier was closed on Tuesday after divers found cracks in two of its piles. "
                          "Ferries will use the northern quay until the repairs are done.")
    column = Article(id="c", outlet="The Lowland Herald", url="https://lowland-herald.example/opinion/pier",
                     text="The closure of the Kestrel Bay ferry pier on Tuesday shows how long the council ignored the cracks in its piles. "
                          "Years of warnings about the Kestrel Bay pier were filed away and forgotten by the council.")
    brief = write_brief(Story("s", "", ["r", "c"]), [report, column])
    assert brief.sentences[0].sources[0].article_id == "r"
    by_article = {s.sources[0].article_id: s for s in brief.sentences}
    assert by_article["c"].credit.startswith(" (an opinion piece in The Lowland Herald")
    assert "opinion" not in by_article["r"].credit
    # and in the list of what one outlet alone says
    d = brief_to_dict(brief)
    assert {c["source"]["article_id"]: c["opinion"] for c in d["single_source"]}.get("c") is True
    assert "- an opinion piece in The Lowland Herald: " in brief_to_markdown(d)



def test_untitled_story_is_headed_by_a_whole_statement_rather_than_a_cut_lead():
    from newsloom.brief import _headline
    from newsloom.records import Claim, Evidence

    long_lead = ("In a long and often heated evening session that ran well past midnight, the island council of "
                 "Saltmere argued over harbour fees, the ferry timetable, the state of the north pier and the "
                 "cost of dredging the channel before the summer season.")
    short = "The island council of Saltmere voted to close the north pier to ferries until it is rebuilt."
    pronoun = "He said the council would meet again on Monday."
    text = f"{long_lead} {pronoun} {short}"
    art = Article(id="u0", outlet="Pier Seven News", text=text)

    def claim(sentence, status):
        start = text.index(sentence)
        ev = Evidence("u0", "Pier Seven News", sentence, start, start + len(sentence))
        return Claim(sentence[:8], sentence, [ev], ["Pier Seven News", "Island Times"][: 1 + (status == "corroborated")], status)

    claims = [claim(long_lead, "single-source"), claim(pronoun, "corroborated"), claim(short, "corroborated")]
    assert _headline(Story("pier", "", ["u0"]), [art], claims) == short.rstrip(".")
    # with no statement that stands on its own, the lead is cut at a word boundary
    assert _headline(Story("pier", "", ["u0"]), [art], claims[:2]).endswith("…")


def test_outlet_names_in_prose():
    from newsloom.brief import display_name

    assert display_name("Gullwing Wire (Online News)") == "Gullwing Wire"
    assert display_name("Unknown (quay.txt)") == "Unknown (quay.txt)"  # the file is all that names it
    brief = write_brief(Story("s", "", ["u"]), [Article(id="u", outlet="Unknown (quay.txt)",
                                                       text="The Saltmere quay reopened to ferries on Monday morning.")])
    assert brief.sentences[0].text == "The Saltmere quay reopened to ferries on Monday morning (Unknown (quay.txt))."
    # the lists name it the same way, as the JSON and the README do
    for rendered in (brief_to_markdown(brief), brief_to_html(brief)):
        assert "unnamed outlet" not in rendered and "Unknown (quay.txt)" in rendered
    assert brief_to_dict(brief)["outlets"] == ["Unknown (quay.txt)"]


def test_quotes_are_grouped_under_the_speakers_full_name(derailment):
    _, brief = derailment
    speakers = {s["speaker"] for s in brief_to_dict(brief)["quotes"]}
    assert "Ada Brenn" in speakers and "Brenn" not in speakers



def test_a_speaker_is_named_by_the_fullest_name_any_report_gives_and_it_is_no_speaker():
    arts = [Article(id="a", outlet="Gullwing Wire", text="\"The pier will not reopen this year,\" Mrs. Varga said on Monday."),
            Article(id="b", outlet="Harbour Radio", text="\"We have no money for the repairs,\" harbour master Ida Varga said."),
            Article(id="c", outlet="Tollbridge Gazette", text="The Gazette asked the ferry company about the delays. "
                    "It said the boats were \"three hours late on every crossing this week.\"")]
    quotes = brief_to_dict(write_brief(Story("s", "", ["a", "b", "c"]), arts))["quotes"]
    assert [(q["speaker"], len(q["quotes"])) for q in quotes] == [("Ida Varga", 2)]


def test_timeline_days_read_as_written_when_no_year_is_known():
    from newsloom.brief import day_label

    assert day_label({"date": "2026-03-01", "when": "Sunday"}) == "2026-03-01 (Sunday)"
    assert day_label({"date": "--01-03", "when": "January 3"}) == "January 3"
    md = brief_to_markdown(write_brief(Story("s", "", ["u"]), [Article(
        id="u", outlet="Harbour Radio", text="On January 3, the Saltmere ferry ran aground in fog off the north pier.")]))
    assert "- January 3: On January 3" in md and "--01-03" not in md


def test_a_corroborated_sentence_says_which_outlets_give_each_figure():
    def brief(second):
        arts = [Article(id="a", outlet="Gullwing Wire", published="2026-05-12",
                        text="The Pellam harbour board approved a $26 million plan to rebuild the north quay on Monday."),
                Article(id="b", outlet="Harbour Radio", published="2026-05-12", text=second)]
        return write_brief(Story("s", "", ["a", "b"]), arts)

    # the fact is corroborated, the figure comes from one outlet: the brief says so
    b = brief("The Pellam harbour board approved a plan to rebuild the north quay on Monday.")
    s = brief_to_dict(b)["sentences"][0]
    assert s["status"] == "corroborated"
    assert s["figures"] == [{"figure": "$26 million", "outlets": ["Gullwing Wire"]}]
    assert "the figure $26 million from Gullwing Wire alone" in brief_to_markdown(b)
    assert "the figure $26 million from Gullwing Wire alone" in brief_to_html(b)
    # both give it (in other words): no note
    b = brief("On Monday the Pellam harbour board approved a plan worth $26 million to rebuild the north quay.")
    s = brief_to_dict(b)["sentences"][0]
    assert s["status"] == "corroborated" and s["figures"] == [
        {"figure": "$26 million", "outlets": ["Gullwing Wire", "Harbour Radio"]}]
    assert "alone" not in brief_to_markdown(b)


def test_a_hedged_figure_is_listed_with_the_outlets_that_give_its_value():
    arts = [Article(id="a", outlet="Gullwing Wire", published="2026-05-12",
                    text="The Pellam harbour board wants the shipping firms to commit at least $26 million to rebuild "
                         "the north quay, its chair said on Monday."),
            Article(id="b", outlet="Harbour Radio", published="2026-05-12",
                    text="The Pellam harbour board wants the shipping firms to commit about $26 million to rebuild "
                         "the north quay, its chair said on Monday."),
            Article(id="c", outlet="Tollbridge Gazette", published="2026-05-12",
                    text="The Pellam harbour board wants the shipping firms to help rebuild the north quay, its chair "
                         "said on Monday.")]
    s = brief_to_dict(write_brief(Story("s", "", ["a", "b", "c"]), arts))["sentences"][0]
    assert s["status"] == "corroborated"
    assert s["figures"] == [{"figure": "$26 million", "outlets": ["Gullwing Wire", "Harbour Radio"]}]


def test_one_word_spelt_two_ways_is_no_choice_of_words():
    arts = [Article(id="a", outlet="Gullwing Wire", text="Ferries to Kestrel Bay were cancelled after the storm hit the coast on Monday."),
            Article(id="b", outlet="Harbour Radio", text="Ferries to Kestrel Bay were canceled after the storm hit the coast on Monday."),
            Article(id="c", outlet="Tollbridge Gazette", text="Ferries to Kestrel Bay were halted after the storm hit the coast on Monday.")]
    choice = brief_to_dict(write_brief(Story("s", "", ["a", "b", "c"]), arts))["word_choice"]
    assert [sorted(t["outlets"] for t in w["terms"]) for w in choice] == [[["Gullwing Wire", "Harbour Radio"], ["Tollbridge Gazette"]]]


def test_words_of_two_facts_or_of_one_outlet_are_no_choice_of_words():
    arts = [Article(id="a", outlet="Gullwing Wire", text=(
                "The Pellam government closed the north port to all ferries on Monday after the storm. "
                "Divers from Saltmere found deep cracks in two of the wooden piles under the pier.")),
            Article(id="b", outlet="Harbour Radio", text=(
                "The Pellam government closed the north port to all ferries on Monday after the storm. "
                "The Saltmere administration sent divers, who found deep cracks in two wooden piles under the pier, "
                "and asked the Pellam government for help.")),
            Article(id="c", outlet="Tollbridge Gazette", text=(
                "The Pellam authorities closed the north port to all ferries on Monday after the storm."))]
    choice = brief_to_dict(write_brief(Story("s", "", ["a", "b", "c"]), arts))["word_choice"]
    # one fact: "authorities" against "government" is a choice; Harbour Radio's "administration" is
    # another body in another fact, beside its own "government"
    assert [(w["concept"], sorted((t["term"], t["outlets"]) for t in w["terms"])) for w in choice] == [
        ("those in power", [("authorities", ["Tollbridge Gazette"]), ("government", ["Gullwing Wire", "Harbour Radio"])])]


def test_an_untitled_story_is_not_headlined_by_a_sentence_that_leans_on_another():
    arts = [Article(id="a", outlet="Gullwing Wire", text="Councillors discussed it for six hours before the vote on Monday. "
                    "The Saltmere storm barriers will cost 40 million crowns, the council said."),
            Article(id="b", outlet="Harbour Radio", text="Councillors discussed it for six hours before the vote on Monday.")]
    brief = write_brief(Story("s", "", ["a", "b"]), arts)
    assert brief.headline == "The Saltmere storm barriers will cost 40 million crowns, the council said"


def test_a_day_without_its_year_takes_the_year_its_article_gives_that_day():
    text = ("The harbour inspector's memo is dated March 3, 2025, and was released on Tuesday. "
            "On March 3, the inspector found cracks in the north pier of Saltmere.")
    arts = [Article(id="a", outlet="Gullwing Wire", published="2026-04-21", text=text)]
    timeline = brief_to_dict(write_brief(Story("s", "", ["a"]), arts))["timeline"]
    cracks = next(t for t in timeline if "cracks" in t["statement"])
    assert cracks["date"] == "2025-03-03"


def test_a_day_without_its_year_takes_the_year_another_report_of_the_story_gives_that_day():
    arts = [Article(id="a", outlet="Gullwing Wire", published="2026-04-21", text=(
                "In a Feb. 8 meeting with the mayor, the inspector asked for 2 million crowns to rebuild the ferry ramps. "
                "The ferry company's first pier closed on March 30, 2024.")),
            Article(id="b", outlet="Harbour Radio", published="2026-04-20", text=(
                "The inspector's memo of Feb. 8, 2025 runs to twelve pages and names four engineers. "
                "A storm flooded the quay on March 30, 2025.")),
            Article(id="c", outlet="Tollbridge Gazette", published="2026-04-21", text=(
                "On March 30 the divers found cracks in two of the wooden piles under the Saltmere pier."))]
    timeline = brief_to_dict(write_brief(Story("s", "", ["a", "b", "c"]), arts))["timeline"]
    assert next(t for t in timeline if "Feb. 8 meeting" in t["statement"])["date"] == "2025-02-08"
    # two years written with one day by two reports: the report's own publication year stands
    assert next(t for t in timeline if "found cracks" in t["statement"])["date"] == "2026-03-30"


def test_an_undated_reports_day_takes_the_year_the_dated_reports_give_it():
    arts = [Article(id="a", outlet="Gullwing Wire", published="2026-03-25",
                    text="The Saltmere ferry ran aground on March 23, 2026, off the north pier."),
            Article(id="b", outlet="Harbour Radio",
                    text="Divers inspected the hull of the Saltmere ferry on March 23 after it ran aground.")]
    timeline = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))["timeline"]
    assert timeline and all(t["date"] == "2026-03-23" for t in timeline)


_VOTED_DUES = ("They also voted to raise harbour dues for cargo ships, trawlers and private yachts by a fifth from "
               "next spring to pay for the repairs. Buses replaced the ferry to Kestrel Bay.")


@pytest.mark.parametrize("opening, order", [
    # "They" is the harbour board: read after "Buses replaced ...", it would be the buses
    ("The harbour board of Saltmere closed the north pier to all ferries on Monday after a storm.",
     ["The", "They", "Buses"]),
    # "Gales closed it." is too short to be a statement: what "they" are is not in the brief, so it waits
    ("The harbour board of Saltmere met on Monday to discuss the north pier. Gales closed it.",
     ["The", "Buses", "They"]),
])
def test_a_sentence_that_leans_on_the_one_before_reads_right_after_it_or_waits(opening, order):
    t = f"{opening} {_VOTED_DUES}"
    arts = [Article(id="a", outlet="Gullwing Wire", text=t), Article(id="b", outlet="Harbour Radio", text=t)]
    assert [s.statement.split()[0] for s in write_brief(Story("s", "", ["a", "b"]), arts).sentences] == order


def test_a_corroborated_statement_of_some_length_heads_an_untitled_story():
    fact = ("The harbour board of Saltmere was in Pellam on Monday to make a first assessment of the possible reopening "
            "of the old ferry terminal on the north quay, the transport ministry said.")
    assert 160 < len(fact) < 200
    arts = [Article(id="a", outlet="Gullwing Wire", text=fact + " Gulls nested on the roof of the terminal."),
            Article(id="b", outlet="Harbour Radio", text=fact)]
    assert write_brief(Story("s", "", ["a", "b"]), arts).headline == fact[:-1]


def test_a_body_named_at_a_sentences_start_reads_in_lower_case_inside_one():
    t = ("The harbour ministry said the Pellam pier was inspected in March by two engineers from the capital. "
         "It added that engineers found no cracks in its piles at the time.")
    b = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Gullwing Wire", text=t)])
    added = next(s for s in b.sentences if s.statement.startswith("It added"))
    assert added.credit == " (the harbour ministry, via Gullwing Wire)."
    assert "(attributed to the harbour ministry)" in brief_to_markdown(b)
    assert mid_sentence("The Washington Post") == "The Washington Post"


def test_a_credit_names_the_person_not_the_role_the_sentence_opens_with():
    from newsloom.brief import credited_speaker

    text = ("Passenger Orla Venn, 71, said she was thrown across the deck of the Tern. "
            "\"I thought we were sinking,\" she said.")
    b = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Saltmere Courier", text=text)])
    she = next(s for s in b.sentences if "sinking" in s.statement)
    assert credited_speaker(she.credit) == "Orla Venn"
    assert [q["speaker"] for q in brief_to_dict(b)["quotes"]] == ["Orla Venn"]
    assert mid_sentence("Police") == "police" and mid_sentence("Owner Tam Brisk") == "owner Tam Brisk"
    assert mid_sentence("Greyline chief Piet Harrow") == "Greyline chief Piet Harrow"


def test_each_timeline_row_credits_only_the_outlets_that_give_its_day():
    # "on Monday" in Thursday's paper is September 7; the other report says September 8: two rows
    arts = [Article(id="a", outlet="Gullwing Wire", published="2026-09-10",
                    text="The Vell reservoir dam cracked when a sluice gate failed on Monday night, the county said."),
            Article(id="b", outlet="Harbour Radio", published="2026-09-10",
                    text="The Vell reservoir dam cracked when a sluice gate failed on September 8, the county said.")]
    timeline = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))["timeline"]
    assert [(t["date"], t["outlets"]) for t in timeline] == [("2026-09-07", ["Gullwing Wire"]),
                                                             ("2026-09-08", ["Harbour Radio"])]
    # a report that backs the statement but gives no day is no credit for the day
    arts[1] = Article(id="b", outlet="Harbour Radio", published="2026-09-10",
                      text="The Vell reservoir dam cracked when a sluice gate failed, the county said.")
    timeline = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))["timeline"]
    assert [(t["date"], t["outlets"]) for t in timeline] == [("2026-09-07", ["Gullwing Wire"])]


def test_a_reprinters_own_lede_is_credited_to_the_reprinter_everywhere():
    wire = ("Floodwater burst into the Varrow colliery on Tuesday, trapping 14 miners, the mines ministry said.\n\n"
            "Rescuers reached the lower gallery on Wednesday morning, the regional rescue service said.")
    lede = "Families waited in the rain outside the Varrow pit gates through the night for news of their relatives."
    arts = [Article(id="w", outlet="Tarn Wire", text=wire, published="2026-03-05", title="Miners trapped at Varrow"),
            Article(id="r", outlet="Orrin Courier", text=lede + "\n\n" + wire, published="2026-03-05",
                    title="Varrow pit flood: 14 trapped", copy_of="w")]
    d = brief_to_dict(write_brief(Story("s", "Varrow", ["w", "r"]), arts))
    families = next(x for x in d["sentences"] if x["statement"].startswith("Families waited"))
    assert families["outlets"] == ["Orrin Courier"] and families["sources"][0]["outlet"] == "Orrin Courier"
    floodwater = next(x for x in d["sentences"] if x["statement"].startswith("Floodwater burst"))
    assert floodwater["outlets"] == ["Tarn Wire"]  # the wire's words, reprinted: the wire's


def test_a_quote_over_two_paragraphs_stays_one_markdown_list_item():
    # "She said ..." is cited with the sentence before it that names her, a paragraph earlier
    text = ("The Pellam quay flooded on Monday night after the river burst its banks.\n\n"
            '"We have not given up on the lower town," Ida Moss said.\n\n'
            "She said the pumps brought from Kessel had lowered the water by two metres overnight.")
    a = Article(id="a", outlet="Tarn Wire", text=text, published="2026-03-05")
    md = brief_to_markdown(write_brief(Story("s", "Pellam", ["a"]), [a]))
    sources = md.split("## Sources", 1)[1].strip().splitlines()
    assert all(line.startswith(tuple(f"{k}. " for k in range(1, 10))) for line in sources)


def test_a_figure_in_words_is_shown_in_digits_beside_the_other_outlets():
    arts = [Article(id="a", outlet="Tarn Wire", published="2026-03-05",
                    text="Twelve hundred residents were evacuated from Lusk after a chemical leak at the Hamber plant, "
                         "the county said."),
            Article(id="b", outlet="Orrin Courier", published="2026-03-05",
                    text="About 1,500 residents were evacuated from Lusk after a chemical leak at the Hamber plant, "
                         "the county said.")]
    d = brief_to_dict(write_brief(Story("s", "Lusk", ["a", "b"]), arts))
    assert sorted(v["value"] for c in d["conflicts"] for v in c["variants"]) == ["1,200", "1,500"]


def test_the_headline_states_no_figure_the_texts_do_not_give_and_ignores_the_clustering_title():
    strike = ("Twelve hundred dockworkers at Port Vellan stopped work on Monday, the port authority said.\n\n"
              "More than forty ships were at anchor outside the harbour, the coastguard said.")
    arts = [Article(id="a", outlet="Tarn Wire", text=strike, published="2026-05-05", title="Vellan strike: 1,500 walk out"),
            Article(id="b", outlet="Orrin Courier", text=strike.replace("Twelve hundred", "About 1,200"),
                    published="2026-05-05", title="Dockworkers strike shuts Port Vellan")]
    # whatever title the clustering gave the story, the same articles get the same headline
    for title in ("Vellan strike: 1,500 walk out", "Dockworkers strike shuts Port Vellan", ""):
        assert write_brief(Story("s", title, ["a", "b"]), arts).headline == "Dockworkers strike shuts Port Vellan"


def test_a_figure_note_gives_a_figure_written_in_words_in_digits():
    arts = [Article(id="a", outlet="Tarn Wire", published="2026-03-05",
                    text="Rail investigators opened an inquiry into the Casterwick derailment, which injured two dozen "
                         "people, on Saturday."),
            Article(id="b", outlet="Orrin Courier", published="2026-03-05",
                    text="Rail investigators opened an inquiry on Saturday into the Casterwick derailment.")]
    d = brief_to_dict(write_brief(Story("s", "Casterwick", ["a", "b"]), arts))
    notes = [f["figure"] for x in d["sentences"] for f in x.get("figures") or []]
    assert "24" in notes and "two dozen" not in notes


def test_the_headline_does_not_state_as_fact_a_figure_only_a_source_is_said_to_claim():
    strike = ("About 1,200 dockworkers at Port Vellan stopped work on Monday, the port authority said.\n\n"
              "The dockers' union claims the real number is about 1,500, including crane drivers.")
    arts = [Article(id="a", outlet="Tarn Wire", published="2026-05-05", title="Vellan strike: 1,500 walk out",
                    text=strike + "\n\nMore than forty ships were at anchor outside the harbour, the coastguard said."),
            Article(id="b", outlet="Orrin Courier", published="2026-05-05", title="Dockworkers strike shuts Port Vellan",
                    text="Twelve hundred dockworkers at Port Vellan walked out on Monday, the port authority said.")]
    assert write_brief(Story("s", "", ["a", "b"]), arts).headline == "Dockworkers strike shuts Port Vellan"


def test_a_reprinters_own_lede_counts_in_coverage_for_the_reprinter_not_the_wire():
    wire = ("Floodwater burst into the Varrow colliery on Tuesday, trapping 14 miners, the mines ministry said.\n\n"
            "Rescuers reached the lower gallery on Wednesday morning, the regional rescue service said.")
    lede = "Families waited in the rain outside the Varrow pit gates through the night for news of their relatives."
    arts = [Article(id="w", outlet="Tarn Wire", text=wire, published="2026-03-05T08:00", title="Miners trapped at Varrow"),
            Article(id="r", outlet="Orrin Courier", text=lede + "\n\n" + wire, published="2026-03-05T10:00",
                    title="Varrow pit flood: 14 trapped", copy_of="w")]
    d = brief_to_dict(write_brief(Story("s", "Varrow", ["w", "r"]), arts))
    families = next(x for x in d["sentences"] if x["statement"].startswith("Families waited"))
    rows = {g["outlet"]: g for g in d["coverage"]}
    # the lede is counted where its sentence credits it, never for the wire it did not come from
    assert families["claim_id"] not in rows["Tarn Wire"]["claims"]
    courier = rows["Orrin Courier"]
    assert courier["claims"] == [families["claim_id"]] and courier["single_source"] == 1
    assert courier["reprints"] == "Tarn Wire" and rows["Tarn Wire"]["reprints"] is None
    assert [a["article_id"] for a in courier["articles"]] == ["r"]
    assert [a["article_id"] for a in rows["Tarn Wire"]["articles"]] == ["w"]
    # the wire's own words, reprinted, are the wire's; and the courier still ran the wire's story
    assert all(x["claim_id"] in rows["Tarn Wire"]["claims"] for x in d["sentences"] if x["outlets"] == ["Tarn Wire"])
    assert rows["Tarn Wire"]["reprinted_by"] == ["Orrin Courier"] and d["outlets"] == ["Tarn Wire"]
    assert "Tarn Wire (also run by Orrin Courier)" in brief_to_markdown(d)


def test_a_credit_gives_the_fullest_form_of_the_name_within_reach():
    text = ("Water rose in the Tolm gallery overnight, the mines ministry said.\n\n"
            "Rescue chief Oda Kell said divers were still searching two flooded galleries. "
            "\"We have not given up on anyone,\" Kell said.\n\n"
            "She said the pumps brought from Varrow had lowered the water by two metres overnight.")
    b = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Tarn Wire", text=text)])
    she = next(s for s in b.sentences if s.statement.startswith("She said"))
    assert she.text.endswith("(Oda Kell, via Tarn Wire).")  # not "(Kell, via Tarn Wire)"
    src = she.sources[0]
    assert src.quote == text[src.start: src.end] and src.quote.startswith("Rescue chief Oda Kell said divers")
    assert support(she.statement + " Oda Kell", src.quote).ok()
    assert "(Oda Kell, via Tarn Wire)" in brief_to_markdown(b)


def test_a_body_named_with_the_reads_the_inside_a_sentence_and_a_paper_keeps_its_the():
    text = ("About 900 dockworkers walked off the job at Port Vellan on Monday, the port authority said.\n\n"
            "The Crane Drivers' Union claims the real number is about 1,100, including contract crews.")
    b = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Tarn Wire", text=text)])
    md = brief_to_markdown(b)
    assert "(attributed to the Crane Drivers' Union)" in md and "attributed to The Crane" not in md
    assert "attributed to the Crane Drivers&#x27;" in brief_to_html(b) or "attributed to the Crane Drivers'" in brief_to_html(b)
    assert mid_sentence("The Ministry of Harbours") == "the Ministry of Harbours"
    assert mid_sentence("The Tarn Herald") == "The Tarn Herald" and mid_sentence("The Hague") == "The Hague"


def test_a_day_a_state_lasts_until_is_no_timeline_event():
    text = ("A landslide cut the coast road north of Saltmere on Monday, the roads office said. "
            "The road will stay closed until Thursday, the office said.")
    arts = [Article(id="a", outlet="Gullwing Wire", published="2026-04-20T09:00:00Z", text=text)]
    timeline = brief_to_dict(write_brief(Story("s", "", ["a"]), arts))["timeline"]
    assert [t["date"] for t in timeline] == ["2026-04-20"]
    assert "landslide" in timeline[0]["statement"]


def test_a_statement_that_names_its_outlet_as_it_reports_is_not_credited_to_it_again():
    text = ("The harbour board of Saltmere raised its ferry fees by 12 percent on Monday, the Gullwing Wire "
            "calculated. The board said fuel costs had doubled.")
    brief = write_brief(Story("s", "", ["a"]), [Article(id="a", outlet="Gullwing Wire", text=text)])
    by = {s.statement.split()[1]: s for s in brief.sentences}
    assert by["harbour"].text.endswith("the Gullwing Wire calculated.") and "(Gullwing Wire)" not in by["harbour"].text
    assert by["board"].text.endswith("(Gullwing Wire).")
