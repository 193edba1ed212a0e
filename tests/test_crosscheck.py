"""Claims across outlets: on the project's fictional examples and on fictional articles written here."""
from pathlib import Path

import pytest

from newsloom.crosscheck import find_claims, independent_groups
from newsloom.ingest import read_sources
from newsloom.records import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def derailment_articles() -> list[Article]:
    """The examples' derailment reports through the real reader; the Courier reprints the wire story
    (marking reprints is the dedupe stage's job, so it is marked here by hand)."""
    arts = [r.article for r in read_sources([str(EXAMPLES)]) if r.article is not None]
    arts = [a for a in arts if "Larch" in a.text]
    wire = next(a for a in arts if a.outlet == "Northgate Wire")
    for a in arts:
        if a.outlet == "The Vellmoor Courier":
            a.copy_of = wire.id
    return arts


def claim_with(claims, *words):
    found = [c for c in claims if all(w.lower() in c.text.lower() for w in words)]
    assert found, f"no claim with {words}: {[c.text for c in claims]}"
    return found[0]


@pytest.fixture(scope="module")
def example_claims():
    return find_claims(derailment_articles())


def test_differing_injury_counts_are_contested_with_who_says_each(example_claims):
    contested = [c for c in example_claims if c.status == "contested"]
    assert len(contested) == 1
    c = contested[0]
    by_value = {v.value: set(v.outlets) for v in c.variants}
    assert by_value["12"] >= {"Northgate Wire", "Riverside Daily Post"}
    assert by_value["14"] == {"Channel 9 Harbourtown"}
    assert "The Vellmoor Courier" not in c.outlets  # a reprint is not another outlet
    for v in c.variants:
        for e in v.evidence:
            assert e.quote  # each variant keeps the words that give it


def test_union_claim_is_single_source_and_keeps_its_attribution(example_claims):
    c = claim_with(example_claims, "union says")
    assert c.status == "single-source"
    assert c.outlets == ["The Lowland Herald"]
    assert c.attribution and "union" in c.attribution


def test_suspended_services_are_corroborated(example_claims):
    # the claim may be named by any outlet's words ("suspended", "halted"); some outlet says "suspended"
    found = [c for c in example_claims if any("suspended" in e.quote for e in c.evidence)]
    assert found
    assert found[0].status == "corroborated" and len(found[0].outlets) >= 2


def test_quotes_are_verbatim_spans_of_clean_text(example_claims):
    texts = {a.id: a.text for a in derailment_articles()}
    for c in example_claims:
        for e in c.evidence:
            assert texts[e.article_id][e.start: e.end] == e.quote


def test_no_page_junk_becomes_a_claim(example_claims):
    for c in example_claims:
        for junk in ("JavaScript", "newsletter", "cross-referenced", "Read more", "Photo:", "Editorial Context"):
            assert junk not in c.text


def art(id_, outlet, text, copy_of=None, published="2026-05-12"):
    return Article(id=id_, outlet=outlet, text=text, published=published, copy_of=copy_of)


def test_reprints_and_one_outlets_several_articles_count_once():
    fire = "A fire destroyed the old grain mill in Pellam on Monday night, the fire brigade said."
    arts = [
        art("w1", "Gullwing Wire", fire),
        art("r1", "Pellam Post", fire, copy_of="w1"),
        art("r2", "Pellam Post Online", fire + " Readers sent us photos.", copy_of="w1"),
        art("g1", "Tollbridge Gazette", "A fire destroyed the old grain mill in Pellam on Monday night."),
        art("g2", "Tollbridge Gazette", "The old grain mill in Pellam was destroyed by a fire on Monday night."),
    ]
    assert len(set(independent_groups(arts))) == 2
    c = claim_with(find_claims(arts, use_embeddings=False), "grain mill")
    assert c.status == "corroborated"
    assert sorted(c.outlets) == ["Gullwing Wire", "Tollbridge Gazette"]
    only_copies = [art("w1", "Gullwing Wire", fire), art("r1", "Pellam Post", fire, copy_of="w1")]
    assert find_claims(only_copies, use_embeddings=False)[0].status == "single-source"


def test_number_words_contest_digits_for_the_same_count():
    arts = [
        art("a", "Gullwing Wire", "Twelve people were injured when the ferry Morning Star caught fire off Kestrel Bay."),
        art("b", "Harbour Radio", "The ferry Morning Star caught fire off Kestrel Bay, and 9 people were injured."),
    ]
    claims = find_claims(arts, use_embeddings=False)
    assert len(claims) == 1 and claims[0].status == "contested"
    assert sorted(v.value for v in claims[0].variants) == ["12", "9"]


def test_same_figure_in_words_and_digits_is_agreement():
    arts = [
        art("a", "Gullwing Wire", "Twelve people were injured when the ferry Morning Star caught fire off Kestrel Bay."),
        art("b", "Harbour Radio", "The ferry Morning Star caught fire off Kestrel Bay, and 12 people were injured."),
    ]
    claims = find_claims(arts, use_embeddings=False)
    assert [c.status for c in claims] == ["corroborated"]


def test_a_headlines_scale_letter_is_the_same_figure_written_short():
    deal = "Senate leaders in Varnholm agreed on a {} budget plan for the coastal rail line on Tuesday."
    same = [art("a", "Gullwing Wire", deal.format("$3.5T")), art("b", "Harbour Radio", deal.format("$3.5 trillion"))]
    assert [c.status for c in find_claims(same, use_embeddings=False)] == ["corroborated"]
    other = [art("a", "Gullwing Wire", deal.format("$3.5T")), art("b", "Harbour Radio", deal.format("$4.1 trillion"))]
    assert [c.status for c in find_claims(other, use_embeddings=False)] == ["contested"]


def test_different_counts_of_different_things_do_not_contest():
    arts = [
        art("a", "Gullwing Wire", "Four boats sank in the storm off Kestrel Bay and two of them were fishing trawlers."),
        art("b", "Harbour Radio", "Two trawlers sank in the storm off Kestrel Bay on Monday."),
    ]
    assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=False))


def test_hedged_figures_and_changes_are_not_contests():
    arts = [
        art("a", "Gullwing Wire", "The petition to close the Pellam harbour collected 1,626,042 valid signatures on Monday."),
        art("b", "Harbour Radio", "The petition to close the Pellam harbour collected more than 1.6 million valid signatures on Monday."),
    ]
    assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=False))
    arts = [
        art("a", "Gullwing Wire", "Jobless claims in Pellam fell by 900 to 4,100 in the week ended May 1, the labour office said."),
        art("b", "Harbour Radio", "Jobless claims in Pellam fell to 4,100 in the week ended May 1, the labour office said."),
    ]
    assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=False))
    arts = [
        art("a", "Gullwing Wire", "The petition to close the Pellam harbour collected more than 1.6 million valid signatures."),
        art("b", "Harbour Radio", "The petition to close the Pellam harbour collected 1.2 million valid signatures."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["contested"]


def test_measures_compare_in_their_units():
    """"Five years" and "60 months" are one sentence, converted distances agree within rounding, and
    the same number of different units is a real difference."""
    jail = "A court in Pellam sentenced the former harbour master to {} in prison for fraud on Monday."
    same = [art("a", "Gullwing Wire", jail.format("five years")), art("b", "Harbour Radio", jail.format("60 months"))]
    assert [c.status for c in find_claims(same, use_embeddings=False)] == ["corroborated"]
    differ = [art("a", "Gullwing Wire", jail.format("five years")), art("b", "Harbour Radio", jail.format("five months"))]
    claims = find_claims(differ, use_embeddings=False)
    assert [c.status for c in claims] == ["contested"]
    assert sorted(v.value for v in claims[0].variants) == ["five months", "five years"]
    road = "Floods closed a {} stretch of the coast road north of Kestrel Bay on Tuesday."
    converted = [art("a", "Gullwing Wire", road.format("10 km")), art("b", "Harbour Radio", road.format("6.2-mile"))]
    assert all(c.status != "contested" for c in find_claims(converted, use_embeddings=False))


def test_a_denial_contests_what_another_outlet_asserts():
    arts = [
        art("a", "Gullwing Wire", "The mayor of Pellam ordered the closure of the harbour on Monday."),
        art("b", "Harbour Radio", "The mayor of Pellam denied that she ordered the closure of the harbour on Monday."),
    ]
    claims = find_claims(arts, use_embeddings=False)
    c = claim_with(claims, "closure")
    assert c.status == "contested"
    assert {v.value: v.outlets for v in c.variants} == {"asserts": ["Gullwing Wire"], "denies": ["Harbour Radio"]}


def test_a_denial_without_the_word_deny_contests_too():
    arts = [
        art("a", "Gullwing Wire", "The Kestrel Bay council closed the harbour road to lorries on Monday."),
        art("b", "Harbour Radio", "The Kestrel Bay council says it played no part in closing the harbour road to lorries on Monday."),
    ]
    c = claim_with(find_claims(arts, use_embeddings=False), "harbour road")
    assert c.status == "contested"
    assert {v.value: v.outlets for v in c.variants} == {"asserts": ["Gullwing Wire"], "denies": ["Harbour Radio"]}


def test_a_denial_of_something_else_in_the_sentence_is_no_contest():
    arts = [
        art("a", "Gullwing Wire", "Nine of the twelve trawler crews fined in Pellam on Monday were from Kestrel Bay."),
        art("b", "Harbour Radio", "Nine of the twelve trawler crews fined in Pellam on Monday were from Kestrel Bay, "
                                  "but the Kestrel Bay council denies any part in the illegal catches."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_two_denials_in_other_words_do_not_contest_each_other():
    arts = [
        art("a", "Gullwing Wire", "The mayor of Pellam disputed that she ordered the closure of the harbour on Monday."),
        art("b", "Harbour Radio", "The mayor of Pellam denied that she ordered the closure of the harbour on Monday."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_empty_input_gives_no_claims():
    assert find_claims([]) == []
    assert find_claims([art("x", "Gullwing Wire", "Breaking news")]) == []


def test_salience_cues_length_and_title():
    from collections import Counter

    import numpy as np

    from newsloom.crosscheck import split_statements, statement_salience, title_words
    arts = [Article(id="t1", outlet="Pine Gazette", title="Ferry strikes pier at Saltmere",
                    text="The ferry Morning Gull struck the north pier at Saltmere in thick fog early on Monday morning. "
                         "Gulls circled above the quiet grey harbour all through the long afternoon hours today. "
                         "Nobody was on the deck then.")]
    stmts = split_statements(arts)
    flat = np.ones(len(stmts))
    plain = statement_salience(stmts, flat)
    # a short aside weighs less than a full statement further down
    assert plain[2] < plain[1]
    titled = statement_salience(stmts, flat, title_words(arts))
    # the statement that shares the headline's words gains; the one that shares none does not
    assert titled[0] > plain[0] and titled[1] == plain[1]
    assert title_words([Article(id="x", outlet="o", text="t", title=None)]) == Counter()
    # a statement opening with a pronoun needs the one before it: it weighs less than the same words
    # with the name written out
    leaning = [Article(id="p1", outlet="Pine Gazette", text=(
        "The harbour master spoke at the Saltmere quay early on Monday morning. "
        "He said the ferry Morning Gull struck the north pier in thick fog early on Monday morning. "
        "Varga said the ferry Morning Gull struck the north pier in thick fog early on Monday morning."))]
    s = statement_salience(split_statements(leaning), np.ones(3))
    assert s[1] < s[2]


def test_sources_named_by_a_pronoun_or_as_a_speaker_are_kept():
    from newsloom.crosscheck import split_statements

    text = ("Harbour master Ilse Varga closed the Kestrel Bay ferry pier on Tuesday morning. "
            "\"The pier is not safe for passengers,\" Varga told reporters at the quay. "
            "She said the repairs would take at least two weeks. "
            "Gulls gathered on the empty pier as the tide came in over the afternoon. "
            "Fishing boats kept to the northern quay for the rest of the day. "
            "Tourists watched the divers from the promenade until the evening. "
            "She said the ferry would run from the northern quay in the meantime.")
    stmts = split_statements([art("a", "Harbour Radio", text)])
    quote = next(s for s in stmts if s.text.startswith("\"The pier"))
    assert quote.attribution.source == "Ilse Varga"  # the quotation's speaker, as the article first named her
    shes = [s.attribution.source if s.attribution else None for s in stmts if s.text.startswith("She")]
    # the first "She" follows the named speaker; the last is too far from any name to be resolved
    assert shes == ["Ilse Varga", None]


def test_opinion_is_read_from_the_outlet_section_url_or_title():
    from newsloom.crosscheck import is_opinion

    assert is_opinion(Article(id="a", outlet="Gullwing Wire (Opinion)", text="x"))
    assert is_opinion(Article(id="a", outlet="Gullwing Wire", text="x", url="https://gullwing.example/commentary/2026/05/pier"))
    assert is_opinion(Article(id="a", outlet="Gullwing Wire", text="x", title="Opinion: the pier was a warning"))
    assert not is_opinion(Article(id="a", outlet="Gullwing Wire", text="x", url="https://gullwing.example/news/opinion-poll-shows-support"))
    assert not is_opinion(Article(id="a", outlet="Gullwing Wire", text="x", title="Poll: most residents back the pier repairs"))
    assert is_opinion(Article(id="a", outlet="Gullwing Wire", text="x", url="http://[::1/opinion/pier"))  # malformed, still read
    assert not is_opinion(Article(id="a", outlet="Gullwing Wire", text="x", url="https://gullwing.example/news/pier?from=/opinion/"))


def test_one_distinctive_figure_in_close_sentences_is_one_fact():
    pytest.importorskip("onnxruntime")
    from newsloom import embed

    if not embed.available():
        pytest.skip("embedding packages missing")
    arts = [
        art("a", "Gullwing Wire", "Pellam's harbour handled 48,300 containers in May, a record for the port."),
        art("b", "Harbour Radio", "A record 48,300 boxes crossed the Pellam quays last month, port figures show."),
        art("c", "Tollbridge Gazette", "The town council spent 48,300 crowns on new benches for the seafront promenade."),
    ]
    def by_outlets(claims):
        return sorted((sorted(c.outlets), c.status) for c in claims)

    assert by_outlets(find_claims(arts)) == [(["Gullwing Wire", "Harbour Radio"], "corroborated"),
                                            (["Tollbridge Gazette"], "single-source")]
    # without embeddings the words alone do not carry it
    assert all(c.status == "single-source" for c in find_claims(arts, use_embeddings=False))


def test_two_sentences_that_each_hold_much_of_the_other_tell_one_fact():
    # Neither holds the 45 % of the other's content that backing needs on words alone, but each holds
    # over a third of the other's and they sit close in embedding: the same visit told twice.
    pytest.importorskip("onnxruntime")
    from newsloom import embed

    if not embed.available():
        pytest.skip("embedding packages missing")
    arts = [
        art("a", "Gullwing Wire", "Inspectors from the capital were in Pellam on Monday to make a first assessment of "
            "reopening the old ferry terminal, shut for a decade, the transport ministry said. "
            "Fishermen unloaded cod at the quay."),
        art("b", "Harbour Radio", "The transport ministry said the purpose of the two-day visit by engineers was a "
            "technical assessment for a phased reopening of the Pellam ferry terminal to cargo, closed since the "
            "storms. The mayor thanked the volunteers."),
    ]
    visit = claim_with(find_claims(arts), "assessment")
    assert visit.status == "corroborated" and sorted(visit.outlets) == ["Gullwing Wire", "Harbour Radio"]
    assert all(c.status == "single-source" for c in find_claims(arts, use_embeddings=False))


def test_shared_words_do_not_back_a_short_statement_that_tells_another_fact(monkeypatch):
    # "Ida Moss is not welcome in Pellam" sits, word for word, inside a long sentence about a festival
    # that welcomed her: the words back it, the meaning does not.
    pytest.importorskip("onnxruntime")
    from newsloom import embed

    if not embed.available():
        pytest.skip("embedding packages missing")
    arts = [
        Article(id="a", outlet="Gullwing Wire", title="Saltmere ferry runs aground",
                text="The Saltmere ferry ran aground off Pellam on Monday with 40 passengers aboard. "
                     "Ida Moss is not welcome in Pellam, the mayor said."),
        Article(id="b", outlet="Kestrel Post", title="Ferry aground off Pellam",
                text="The Saltmere ferry ran aground off Pellam on Monday, and all 40 passengers were taken ashore. "
                     "Pellam's harbour festival drew record crowds, and Ida Moss, who is welcome at every regatta, "
                     "judged the junior sailing race before the fireworks."),
    ]
    claims = find_claims(arts)
    assert claim_with(claims, "aground").status == "corroborated"
    moss = claim_with(claims, "not welcome")
    assert moss.status == "single-source" and moss.outlets == ["Gullwing Wire"]
    assert claim_with(claims, "festival").status == "single-source"
    # a story too large to embed whole embeds the statements some backing involves, for this check
    from newsloom import crosscheck

    monkeypatch.setattr(crosscheck, "EMBED_BUDGET", 2)
    assert claim_with(find_claims(arts), "not welcome").status == "single-source"


def test_the_headline_repeated_atop_the_text_is_not_a_statement():
    title = "Pellam harbour board votes to rebuild the old ferry pier by next spring"
    a = Article(id="a", outlet="Gullwing Wire", title=title, published="2026-05-12",
                text=title + ".\n\nThe Pellam harbour board voted on Monday to rebuild the old ferry pier, "
                     "which storms wrecked in March, at a cost of 2.1 million crowns.")
    assert [c.text for c in find_claims([a], use_embeddings=False)] == [
        "The Pellam harbour board voted on Monday to rebuild the old ferry pier, which storms wrecked in March, "
        "at a cost of 2.1 million crowns."]


def test_a_sentence_inside_a_longer_quotation_is_attributed_to_its_speaker():
    said = ("“The harbour levy is fair. Every ferry company in Pellam will pay the same rate from June. "
            "Nobody gets a discount,” Mayor Ada Brenn said.")
    claims = find_claims([art("a", "Gullwing Wire", said)], use_embeddings=False)
    assert claim_with(claims, "Every ferry company").attribution == "Ada Brenn"
    assert claim_with(claims, "harbour levy is fair").attribution == "Ada Brenn"


def test_an_untitled_texts_short_first_line_is_its_headline_not_a_statement():
    a = Article(id="a", outlet="Gullwing Wire", published="2026-05-12",
                text="Storm-hit port town finally picks its builder.\n\nThe Pellam harbour board voted on "
                     "Monday to rebuild the old ferry pier, which storms wrecked in March, at a cost of 2.1 million crowns.")
    assert [c.text[:22] for c in find_claims([a], use_embeddings=False)] == ["The Pellam harbour boa"]


def test_an_untitled_texts_short_one_sentence_lede_is_a_statement_not_a_headline():
    a = Article(id="a", outlet="Gullwing Wire", published="2026-05-12",
                text="Crews evacuated 1,200 people from the Marlow valley on Tuesday.\n\nThe river crested at 6.2 "
                     "metres overnight, the highest level recorded since 1987, the water agency said.")
    assert [c.text[:22] for c in find_claims([a], use_embeddings=False)] == ["Crews evacuated 1,200 ", "The river crested at 6"]


def test_a_sub_headline_under_an_untitled_texts_headline_is_not_a_statement():
    text = ("Pellam harbour board picks a builder to rebuild the old ferry pier.\n\n"
            "Board hires Kestrel firm for pier rebuild.\n\n"
            "The Pellam harbour board voted on Monday to rebuild the old ferry pier at a cost of 2.1 million crowns.")
    a = Article(id="a", outlet="Gullwing Wire", published="2026-05-12", text=text)
    assert [c.text[:22] for c in find_claims([a], use_embeddings=False)] == ["The Pellam harbour boa"]
    # a second paragraph that reads as the report's first sentence (it has its articles) stays
    lead = text.replace("Board hires Kestrel firm for pier rebuild.", "The board hired a Kestrel firm on Friday.")
    b = Article(id="b", outlet="Gullwing Wire", published="2026-05-12", text=lead)
    assert sorted(c.text[:22] for c in find_claims([b], use_embeddings=False)) == ["The Pellam harbour boa",
                                                                                   "The board hired a Kest"]


def test_a_parenthesis_closed_after_a_sentence_is_no_part_of_it():
    text = ("The mayor wrote: \"He asked for a promise. (I could not give one, and I said so plainly. "
            "I decided it would not help to press the harbour board any further.)\"\n\n"
            "The harbour board met on Monday. (Mayor Ada Brenn was not at the meeting. She sent her deputy "
            "Orlan Pike to the quay instead.) The board voted to close the pier.")
    claims = find_claims([art("a", "Gullwing Wire", text)], use_embeddings=False)
    assert claim_with(claims, "press the harbour board").text.endswith("any further.")
    assert claim_with(claims, "sent her deputy").text.endswith("the quay instead.")


def test_a_pronoun_stands_for_the_titled_person_its_own_sentence_names():
    text = ("Mayor Ida Varga closed the ferry pier on Monday. "
            "A week earlier, when Mr. Pike inspected the piles, he said the pier was safe for another year. "
            "Mrs. Brenn met Mr. Pike on Tuesday, and she said the repairs would start in June.")
    claims = find_claims([art("a", "Gullwing Wire", text)], use_embeddings=False)
    assert claim_with(claims, "inspected the piles").attribution == "Pike"
    assert claim_with(claims, "repairs would start").attribution == "Brenn"


def test_a_pronoun_opening_a_report_stands_for_the_subject_of_the_sentence_before():
    from newsloom.brief import write_brief
    from newsloom.records import Story

    text = ("Ferry services to Kestrel Bay stopped on Tuesday after divers found cracks in the pier. "
            "On Wednesday, Governor Tomas Lind met the owners of three ferry companies in Pellam to discuss a "
            "40 million crown repair plan. He stated that the province will pay for the new piles.\n\n"
            "Harbour master Ilse Varga said the pier would open in June. "
            "Ferry owner Ada Brenn asked her if the date would hold. She stated that it depended on the weather.\n\n"
            "\"The owners must come back to the table. The pier will not wait,\" Mayor Oskar Pell said. "
            "Residents of Pellam met in the town hall on Thursday evening. "
            "He stated that the town would lend its own tugboats.")
    source = {s.text.split()[-1]: s.attribution.source if s.attribution else None for s in split_statements_of(text)}
    assert source["piles."] == "Tomas Lind"  # the governor's word, not the outlet's
    assert source["weather."] == "Ilse Varga"  # the one asked answers, not the asker
    assert source["tugboats."] is None  # residents are no "he"
    brief = write_brief(Story("s", "", ["a"]), [art("a", "Harbour Radio", text)])
    credited = next(s for s in brief.sentences if s.statement.startswith("He stated that the province"))
    assert credited.credit == " (Tomas Lind, via Harbour Radio)."


def test_a_pronoun_after_a_sentence_that_names_its_own_speaker_last_is_not_the_subjects():
    text = ("Governor Tomas Lind, Mayor Oskar Pell and the harbour board all wanted the pier rebuilt in stone, "
            "said Ada Brenn, a ferry owner who has sailed from Pellam for thirty years.\n\n"
            "He stated that the town would lend its own tugboats.")
    source = {s.text.split()[-1]: s.attribution.source if s.attribution else None for s in split_statements_of(text)}
    assert source["tugboats."] is None  # neither the governor nor Ada Brenn is that "he"


def split_statements_of(text):
    from newsloom.crosscheck import split_statements

    return split_statements([art("a", "Harbour Radio", text)])


def statuses(*texts):
    """The claims' statuses when each text is one article of another outlet (words only, no embeddings)."""
    outlets = ["Gullwing Wire", "Harbour Radio", "Tollbridge Gazette"]
    return [c.status for c in find_claims([art(f"a{n}", outlets[n], t) for n, t in enumerate(texts)],
                                          use_embeddings=False)]


def test_figures_that_are_not_the_same_kind_of_thing_do_not_contest():
    # a court's tally is one figure, not a 6 and a 3
    assert "contested" not in statuses(
        "The Pellam high court ruled 6-3 on Thursday that two harbour fees were lawful.",
        "The Pellam high court on Thursday ruled that two harbour fees were lawful.")
    # the same figure written to two precisions
    assert "contested" not in statuses(
        "Pellam's harbour handled 9.2 million tonnes of cargo last year, the port authority said.",
        "Pellam's harbour handled 9.21 million tonnes of cargo last year, the port authority said.")
    # a change over a month and a change over a year are different figures
    assert "contested" not in statuses(
        "Harbour fees in Pellam rose 0.9% from May, the port authority said on Tuesday.",
        "Harbour fees in Pellam rose 5.4% from a year earlier, the port authority said on Tuesday.")
    # a compound word counts its own thing: storeys are not flats
    assert "contested" not in statuses(
        "The 12-story harbour tower in Pellam was evacuated on Monday after cracks appeared.",
        "The harbour tower in Pellam, with 136 flats, was evacuated on Monday after cracks appeared.")
    # a year's forecast and a quarter's result
    assert "contested" not in statuses(
        "The Pellam harbour board expects fees to bring in $26 million this year, it said on Tuesday.",
        "Fees brought the Pellam harbour board $3.5 million in the first three months, it said on Tuesday.")
    # a meeting's length and a shutdown's are both time, but not one figure
    assert "contested" not in statuses(
        "The Pellam harbour strike talks at the town hall ended after 90 minutes without a deal.",
        "The Pellam harbour strike, now 22 days old, went on after talks at the town hall ended without a deal.")
    # while a real difference is still shown
    assert statuses(
        "Harbour fees in Pellam rose 0.9% from May, the port authority said on Tuesday.",
        "Harbour fees in Pellam rose 1.4% from May, the port authority said on Tuesday.") == ["contested"]


def test_money_in_millions_is_labelled_as_written():
    arts = [art("a", "Gullwing Wire", "The Pellam harbour board approved a $26 billion plan for new quays on Monday."),
            art("b", "Harbour Radio", "The Pellam harbour board approved a $21 billion plan for new quays on Monday.")]
    c = find_claims(arts, use_embeddings=False)[0]
    assert c.status == "contested" and sorted(v.value for v in c.variants) == ["$21 billion", "$26 billion"]


def test_figures_of_other_measures_periods_or_forecasts_do_not_contest():
    # a figure for part of a measure ("excluding fuel") is another measure than the whole
    assert "contested" not in statuses(
        "Harbour fees in Pellam rose 0.8% from March, the port authority said on Tuesday.",
        "Harbour fees in Pellam rose 0.9% from March excluding fuel charges, the port authority said on Tuesday.")
    # an increment is part of the total ("in new spending" against the whole budget), but "New" in a name is not
    assert "contested" not in statuses(
        "The Pellam harbour board will propose a 60 million crown budget for the port on Friday.",
        "The Pellam harbour board will propose 45 million crowns in new spending for the port on Friday.")
    assert statuses(
        "The New Pellam harbour board will propose a 60 million crown budget for the port on Friday.",
        "The New Pellam harbour board will propose a 45 million crown budget for the port on Friday.") == ["contested"]
    # a forecast is not the outcome
    assert "contested" not in statuses(
        "The port of Pellam added 2,600 jobs in June, the port authority said on Friday.",
        "Economists had expected the port of Pellam to add 5,000 jobs in June, the port authority said on Friday.")
    # a period the sentence names further off from its figure ("Last year, ...") still counts
    assert "contested" not in statuses(
        "Last year, the Pellam harbour board paid an effective levy rate on its income of 35.7 percent.",
        "From 2019 through 2025 the Pellam harbour board paid an effective levy rate on its income of 31.5 percent.")
    # a figure another report gives too has that report's period, and so has its sentence's other figure
    assert "contested" not in statuses(
        "Harbour fees in Pellam climbed 1.2% from February and 4.8% from a year earlier, the port authority said.",
        "Harbour fees in Pellam climbed 1.2% in March, outpacing the 0.7% rise in February, the port authority said.")
    # when one report gives both figures, they are two quantities, not two versions of one
    assert "contested" not in statuses(
        "Harbour fees in Pellam climbed 1.2% in March, the port authority said on Tuesday.",
        "Harbour fees in Pellam climbed 4.8% in March compared with one year ago, the port authority said on Tuesday.",
        "Harbour fees in Pellam climbed 1.2% in March and 4.8% over the past year, the port authority said on Tuesday.")
    # while two forecasts, or two whole measures, that differ still contest
    assert statuses(
        "Economists had expected the port of Pellam to add 5,000 jobs in June, the port authority said on Friday.",
        "Economists had expected the port of Pellam to add 7,000 jobs in June, the port authority said on Friday.",
    ) == ["contested"]
    assert statuses(
        "Harbour fees in Pellam rose 0.9% in June, the port authority said on Tuesday.",
        "Harbour fees in Pellam rose 1.4% in June, the port authority said on Tuesday.") == ["contested"]


def test_a_hedged_figure_does_not_take_the_place_of_an_equal_one():
    # "at least nine" could pair with 28 and leave nine to contest 16; the equal nines pair first,
    # and the tolls, 28 and 26, are what differs
    arts = [art("a", "Gullwing Wire", "At least 28 people, including nine children, were killed in the Pellam flood."),
            art("b", "Harbour Radio", "Of the 26 people killed in the Pellam flood, 16 were adults and at least nine were children.")]
    c = find_claims(arts, use_embeddings=False)[0]
    assert c.status == "contested" and sorted(v.value for v in c.variants) == ["26", "at least 28"]


def test_a_quotation_is_backed_only_by_a_report_of_the_same_words():
    quote = "\"Our first duty is to the families at the harbour,\" the mayor said."
    same = ("The Pellam mayor, Ines Varga, spoke at the quay on Monday. \"Our first duty is to the families "
            "at the harbour,\" she said.")
    near = "The families at the harbour were the first to be moved on Monday, Pellam officials told Harbour Radio."
    def status(other):
        arts = [art("a", "Gullwing Wire", quote), art("b", "Harbour Radio", other)]
        return next(c.status for c in find_claims(arts) if "first duty" in c.text)
    # (a report sharing "first", "families" and "harbour" with the quotation backed it before)
    assert status(same) == "corroborated"
    assert status(near) == "single-source"
    # a report of the same speaker saying it, in other words, backs it too
    assert status("The Pellam mayor told reporters on Monday that her first duty was to the families at the harbour.") \
        == "corroborated"


def test_two_outcomes_of_one_kind_are_two_facts_not_one():
    def claims(a, b):
        return [(c.status, c.text) for c in find_claims([art("a", "Gullwing Wire", a), art("b", "Harbour Radio", b)])]

    # nearly every word in common, but the dead and the injured are different facts: neither backs the
    # other, and neither is dropped as a repeat of the other
    got = claims("The storm killed 24 people in Pellam on Monday, the coast guard said.",
                 "The storm injured 24 people in Pellam on Monday, the coast guard said.")
    assert sorted(s for s, _ in got) == ["single-source", "single-source"] and len(got) == 2
    assert [s for s, _ in claims("Harbour fees in Pellam rose 2% in May, the port authority said on Tuesday.",
                                 "Harbour fees in Pellam fell 2% in May, the port authority said on Tuesday.")] \
        == ["single-source", "single-source"]
    # the same outcome in other words still backs
    assert [s for s, _ in claims("The storm killed 24 people in Pellam on Monday, the coast guard said.",
                                 "Twenty-four people died in the storm in Pellam on Monday, the coast guard said.")] \
        == ["corroborated"]
    # a source that would not give the figure does not back the one that gives it, nor repeat it
    got = claims("Police in Pellam said 12 people were arrested after the harbour protest on Monday.",
                 "Police in Pellam did not say how many people were arrested after the harbour protest on Monday.")
    assert sorted(s for s, _ in got) == ["single-source", "single-source"]
    # and a report of both backs the one that names one
    assert [s for s, _ in claims("The storm killed 24 people in Pellam on Monday, the coast guard said.",
                                 "The storm killed 24 people and injured 30 in Pellam on Monday, the coast guard said.")][0] \
        == "corroborated"


def test_among_equally_backed_statements_the_outlets_take_turns(monkeypatch):
    import newsloom.crosscheck as crosscheck

    # four unrelated statements of equal weight: three from one outlet's articles, published first
    texts = [("a1", "Gullwing Wire", "08", "The harbour board closed the old landing stage early yesterday after "
                                           "surveyors reported rotten timbers beneath its deck."),
             ("a2", "Gullwing Wire", "09", "Fishermen complained loudly that their weekly market stalls would lose "
                                           "most customers once moved toward distant parking lots."),
             ("a3", "Gullwing Wire", "10", "Ferry passengers queued patiently beside a temporary gangway while crews "
                                           "welded steel railings along its narrow western edge."),
             ("b", "Harbour Radio", "11", "Divers searching murky water near broken pilings recovered two anchors, "
                                          "several crates and an old bicycle frame.")]
    arts = [Article(id=i, outlet=o, text=t, published=f"2026-05-12T{h}:00:00Z") for i, o, h, t in texts]
    order = [c.evidence[0].article_id for c in find_claims(arts, use_embeddings=False)]
    assert order == ["a1", "b", "a2", "a3"]
    monkeypatch.setattr(crosscheck, "OUTLET_REPEAT", 1.0)  # without the turn-taking: time order
    assert [c.evidence[0].article_id for c in find_claims(arts, use_embeddings=False)] == ["a1", "a2", "a3", "b"]


def test_a_day_written_without_its_year_does_not_contest_the_same_day_with_one():
    arts = [Article(id="a", outlet="Gullwing Wire", published="2026-07-14",
                    text="The Pellam fisheries summit opened on 13 July with twelve ministers at the town hall."),
            Article(id="b", outlet="Harbour Radio",
                    text="The Pellam fisheries summit opened on July 13 with twelve ministers at the town hall.")]
    summit = claim_with(find_claims(arts), "summit")
    assert summit.status == "corroborated" and summit.about is None


def test_two_very_close_sentences_that_share_a_fifth_of_their_words_tell_one_fact():
    pytest.importorskip("onnxruntime")
    from newsloom import embed

    if not embed.available():
        pytest.skip("embedding packages missing")
    arts = [art("a", "Gullwing Wire", "The number of ferry passengers in Saltmere fell 4% in 2025 to the lowest level in "
                "decades, extending a long decline."),
            art("b", "Harbour Radio", "Ferry travel to and from Saltmere dropped by 4% last year to its lowest, according "
                "to a harbour report released Wednesday.")]
    claims = find_claims(arts)
    assert len(claims) == 1 and claims[0].status == "corroborated"
    assert all(c.status == "single-source" for c in find_claims(arts, use_embeddings=False))


def test_sentences_giving_other_figures_of_one_unit_do_not_back_each_other():
    # Alike in words, but each gives its money in figures the other does not: the quarter's takings
    # and the year's forecast are two facts, and neither outlet backs the other's.
    arts = [
        art("a", "Gullwing Wire", "The Kestrel Bay ferry line took $3 million in ticket sales in the first three "
                                  "months of this year, the ferry company reported."),
        art("b", "Harbour Radio", "The Kestrel Bay ferry line expects $20 million in ticket sales this year, "
                                  "the ferry company reported."),
    ]
    claims = find_claims(arts, use_embeddings=False)
    assert sorted(c.status for c in claims) == ["single-source", "single-source"]
    # the same figure told in other words still backs
    arts[1] = art("b", "Harbour Radio", "The Kestrel Bay ferry line took $3 million in ticket sales in the "
                                        "first quarter of this year, the ferry company reported.")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]
    # and differing figures for one thing are still a contest, not two facts
    arts[1] = art("b", "Harbour Radio", "The Kestrel Bay ferry line took $4 million in ticket sales in the "
                                        "first three months of this year, the ferry company reported.")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["contested"]


def test_days_of_other_things_neither_contest_nor_back_each_other():
    arts = [
        art("a", "Gullwing Wire", "Mayor Tomas Lind set a May 1 deadline for the harbour inquiry's report on the ferry."),
        art("b", "Harbour Radio", "Mayor Tomas Lind repeated a March 16 request that the ferry company hand over its harbour accounts."),
    ]
    claims = find_claims(arts, use_embeddings=False)
    assert all(c.status == "single-source" for c in claims) and len(claims) == 2
    # the same thing on other days is a contest
    arts = [
        art("a", "Gullwing Wire", "The ferry Morning Star sank off Kestrel Bay on March 3, the coastguard said."),
        art("b", "Harbour Radio", "The ferry Morning Star sank off Kestrel Bay on March 4, the coastguard said."),
    ]
    c, = find_claims(arts, use_embeddings=False)
    assert c.status == "contested" and c.about == "the date"


def test_a_count_within_a_time_window_or_a_conversion_does_not_contest_the_total():
    arts = [
        art("a", "Gullwing Wire", "An online petition against the Kestrel Bay wind farm has gathered more than 90,000 signatures."),
        art("b", "Harbour Radio", "Within an hour of the vote, an online petition against the Kestrel Bay wind farm had gathered 12,000 signatures."),
    ]
    assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=False))
    arts = [
        art("a", "Gullwing Wire", "Varnholm will put tariffs on 4.1 billion euros ($4.9 billion) of imported steel from Ostrava."),
        art("b", "Harbour Radio", "Varnholm will put tariffs on $4.6 billion of imported steel from Ostrava, officials said."),
    ]
    assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=False))


def test_a_figure_of_what_could_be_or_is_needed_does_not_contest_a_count():
    for could in ("just three councillors could block the Kestrel Bay ferry budget, the council said.",
                  "the Kestrel Bay ferry budget needs 21 councillors to pass, the council said."):
        arts = [
            art("a", "Gullwing Wire", "The ruling party has 24 councillors on the Kestrel Bay council, which votes on the ferry budget today."),
            art("b", "Harbour Radio", "With the ruling party's councillors split, " + could),
        ]
        # nor back it: they are two quantities, however alike their words
        assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["single-source"] * 2, could
    # however small the count it stands beside
    arts = [
        art("a", "Gullwing Wire", "Just two opposition councillors could block the Kestrel Bay ferry budget, the clerk said."),
        art("b", "Harbour Radio", "The opposition holds 14 seats on the Kestrel Bay council, which votes on the ferry budget, the clerk said."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["single-source"] * 2
    # a toll that might reach a figure is a forecast, not the toll
    arts = [
        art("a", "Gullwing Wire", "The death toll in the Selmarsh landslide might reach 60 people, the governor said."),
        art("b", "Harbour Radio", "The death toll in the Selmarsh landslide stands at 41 people, the governor said."),
    ]
    assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=False))
    # two counts of one thing still contest, with a modal near them or not
    for a, b in [("The ruling party has 24 councillors on the Kestrel Bay council, which votes on the ferry budget today.",
                  "The ruling party has 26 councillors on the Kestrel Bay council, which votes on the ferry budget today."),
                 ("Thirty people were killed in the Selmarsh landslide and more could die, the governor said.",
                  "Twenty-five people were killed in the Selmarsh landslide, the governor said."),
                 ("Kessair said 1,200 maintenance jobs would go at its Brevik base.",
                  "Kessair said 1,500 maintenance jobs will go at its Brevik base."),
                 ("Goalkeeper Ivo Brandt needed 12 stitches after the Carrow derby clash, his club said.",
                  "Goalkeeper Ivo Brandt got 8 stitches after the Carrow derby clash, his club said.")]:
        arts = [art("a", "Gullwing Wire", a), art("b", "Harbour Radio", b)]
        assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["contested"], a


def test_a_reversal_reported_by_one_outlet_is_not_backed_by_the_act_it_reverses():
    arts = [
        art("a", "Gullwing Wire", "The Pellam Post was the first to report that the harbour master had resigned over the ferry accounts."),
        art("b", "Harbour Radio", "On Saturday the Pellam Post retracted its story, which said the harbour master had resigned over the accounts."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["single-source", "single-source"]
    # both telling of the retraction agree
    arts[0] = art("a", "Gullwing Wire", "The Pellam Post has retracted a report that the harbour master had resigned over the ferry accounts.")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_a_remark_about_a_fact_is_not_the_fact():
    for remark in ("It was unclear whether the harbour master of Pellam would resign over the ferry accounts.",
                   "The harbour master of Pellam is not the only official to face questions over the ferry accounts."):
        arts = [
            art("a", "Gullwing Wire", remark),
            art("b", "Harbour Radio", "The harbour master of Pellam resigned over the ferry accounts on Monday."),
        ]
        assert all(c.status == "single-source" for c in find_claims(arts, use_embeddings=False)), remark
    # two outlets making the same remark agree
    arts = [
        art("a", "Gullwing Wire", "It was unclear whether the harbour master of Pellam would resign over the accounts."),
        art("b", "Harbour Radio", "It remained unclear whether the harbour master of Pellam would resign over the accounts."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_a_hedged_figure_far_below_a_variant_is_not_listed_under_it():
    arts = [
        art("a", "Gullwing Wire", "At least 28 passengers were hurt when the ferry Morning Star ran aground off Kestrel Bay."),
        art("b", "Harbour Radio", "The ferry Morning Star ran aground off Kestrel Bay and 26 passengers were hurt."),
        art("c", "Tollbridge Gazette", "The ferry Morning Star ran aground off Kestrel Bay, and at least two crew were hurt too."),
    ]
    c, = [c for c in find_claims(arts, use_embeddings=False) if c.status == "contested"]
    # "at least two" allows 28 but says nothing of it: the Gazette is under no variant
    assert [(v.value, v.outlets) for v in c.variants] == [("at least 28", ["Gullwing Wire"]), ("26", ["Harbour Radio"])]


def test_a_statement_about_an_unnamed_they_is_not_backed_by_what_another_says_of_someone_else():
    # "They" are whoever the sentence before named; the court's ruling shares words with their suit,
    # not the fact (embeddings decide how close the two sit)
    arts = [
        art("a", "Gullwing Wire", "They sued the Pellam harbour authority, claiming its fares for islanders broke competition law."),
        art("b", "Harbour Radio", "The high court of Varnholm sided unanimously with the island passengers on Monday, ruling "
                                  "that the harbour authority's fare rules violate competition law."),
    ]
    assert [c.status for c in find_claims(arts)] == ["single-source", "single-source"]
    # a close paraphrase that opens with a pronoun is still backed
    arts = [
        art("a", "Gullwing Wire", "It also plans to close the old harbour terminal in the north of Pellam next year."),
        art("b", "Harbour Radio", "The ferry company plans to close the old harbour terminal in the north of Pellam next year."),
    ]
    assert [c.status for c in find_claims(arts)] == ["corroborated"]


@pytest.mark.parametrize("a, b, status", [
    # a day in a clause of its own, or after its weekday or a time, still contests the day of one thing
    ("On March 3, police arrested the suspect in the Orrin harbour killing, officials said.",
     "Police arrested the suspect in the Orrin harbour killing on March 4, officials said.", "contested"),
    ("The ferry Morning Star sank off Orrin on Monday, March 3.", "The ferry Morning Star sank off Orrin on March 4.", "contested"),
    ("The ferry Morning Star sank off Orrin at 10:30 p.m. on March 3.", "The ferry Morning Star sank off Orrin late on March 4.",
     "contested"),
    # a remark beside the fact does not make the sentence a remark
    ("The fire at the Halvek plant killed 12 workers; it was unclear what caused it.",
     "The fire at the Halvek plant killed 12 workers, officials said.", "corroborated"),
    # "withdrew" an ambassador reverses no report
    ("Valdoria withdrew its ambassador from Merovia on Tuesday, two days after the border clash near Selm.",
     "Valdoria recalled its ambassador from Merovia after the border clash near Selm, officials said.", "corroborated"),
    # a time window in another clause, and "each of the" (the whole), leave a contest standing
    ("Police arrived within a few minutes, but the gunman had already killed 4 people at the Orrin mall.",
     "The gunman killed 6 people at the Orrin mall before police arrived.", "contested"),
    ("Each of the 14 victims of the Halvek blast has now been identified by the coroner.",
     "All 16 victims of the Halvek blast have now been identified by the coroner.", "contested"),
    # a company's or a product's letters are no figure: the price and the job count still contest
    ("The new Lumen TV shows 4K video and sells for 900 dollars in Pellam shops.",
     "The new Lumen TV shows 4K video and sells for 1,200 dollars in Pellam shops.", "contested"),
    ("3M will cut 2,500 jobs at its Orrin plant by the end of the year, the company said.",
     "3M will cut 2,900 jobs at its Orrin plant by the end of the year, the company said.", "contested"),
])
def test_the_narrowing_rules_leave_ordinary_wording_alone(a, b, status):
    claims = find_claims([art("a", "Gullwing Wire", a), art("b", "Harbour Radio", b)], use_embeddings=False)
    assert [c.status for c in claims] == [status]


def test_a_sentence_about_nobody_is_not_backed_by_one_that_names_who_did_it():
    arts = [
        art("a", "Gullwing Wire", "Not a one of the councillors defended the harbour master of Pellam at the meeting."),
        art("b", "Harbour Radio", "Councillor Ida Moss defended the harbour master of Pellam at the meeting."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["single-source", "single-source"]
    # said the other way round, with a negation of its own, it agrees
    arts[1] = art("b", "Harbour Radio", "The councillors did not defend the harbour master of Pellam at the meeting.")
    assert "corroborated" in [c.status for c in find_claims(arts, use_embeddings=False)]


def test_a_denial_and_the_accusation_it_denies_are_both_written():
    # the accusation and the denial share the company's name and little else: both are in the brief
    arts = [
        art("a", "Gullwing Wire", "Eleven people died when a mudslide buried houses in Orrel Vale on Tuesday. "
                                  "Selvik says the quarry operator, Harnock Stone, will face a criminal inquiry. "
                                  "Harnock Stone denied that its quarry played any part in the mudslide."),
        art("b", "Harbour Radio", "A mudslide buried houses in Orrel Vale on Tuesday, killing eleven people."),
    ]
    for emb in (False, True):
        texts = [c.text for c in find_claims(arts, use_embeddings=emb)]
        assert any(t.startswith("Selvik says") for t in texts) and any(t.startswith("Harnock Stone denied") for t in texts)


def test_figures_contest_each_other_behind_a_hedged_one():
    # "at least nine" allows nine and eleven; the reports that say nine and eleven still contest the toll
    arts = [
        art("a", "Gullwing Wire", "At least nine people were killed when a mudslide buried a row of houses in the "
                                  "hill village of Orrel Vale on Tuesday, police said."),
        art("b", "Harbour Radio", "The death toll from a mudslide that buried houses in the hill village of Orrel Vale "
                                  "on Tuesday rose to nine, police said."),
        art("c", "Tollbridge Gazette", "Eleven people died when a mudslide buried houses in Orrel Vale on Tuesday, "
                                       "according to the regional governor."),
    ]
    for emb in (False, True):
        contested = [c for c in find_claims(arts, use_embeddings=emb) if c.status == "contested"]
        assert len(contested) == 1
        by_value = {v.value: set(v.outlets) for v in contested[0].variants}
        assert by_value == {"9": {"Gullwing Wire", "Harbour Radio"}, "11": {"Tollbridge Gazette"}}
        assert "Orrel" not in contested[0].about


def test_a_count_in_other_words_joins_the_contest_rather_than_vanish_as_a_repeat():
    # the evacuation count alike enough to be taken for a repeat of the lede is a third variant, not dropped
    arts = [
        art("a", "Gullwing Wire", "Floodwaters from the swollen Orren River forced about 900 residents of Marlow "
                                  "Basin to leave their homes on Tuesday, regional officials said.\n\nThe river "
                                  "crested at 6.2 metres overnight, the highest level recorded since 1987. Emergency "
                                  "crews used boats to reach homes in the low-lying Ferris Quarter."),
        art("b", "Harbour Radio", "Authorities evacuated 1,200 people from Marlow Basin on Tuesday as the Orren "
                                  "River burst its banks.\n\nThe river reached 6.2 metres, according to the regional "
                                  "water agency. Boats carried residents out of the Ferris Quarter, where water stood "
                                  "waist-deep in the streets."),
        art("c", "Tollbridge Gazette", "Some 1,500 people fled Marlow Basin as the Orren River flooded the town on "
                                       "Tuesday, the mayor's office said.\n\nThe river peaked at 6.2 metres early on "
                                       "Wednesday. Crews in boats took residents from the Ferris Quarter."),
    ]
    contested = [c for c in find_claims(arts) if c.status == "contested"]
    assert len(contested) == 1
    assert {v.value: v.outlets for v in contested[0].variants} == {
        "900": ["Gullwing Wire"], "1,200": ["Harbour Radio"], "1,500": ["Tollbridge Gazette"]}


def test_what_one_person_said_is_not_corroborated_by_another_person_saying_it():
    castell = art("a", "Gullwing Wire", "The regional governor, Mira Castell, said the slide hit Orrel Vale before "
                                        "dawn after two days of torrential rain.")
    quill = art("b", "Harbour Radio", "The slide hit Orrel Vale before dawn after two days of torrential rain, "
                                      "police spokesman Anders Quill said.")
    for emb in (False, True):
        claims = find_claims([castell, quill], use_embeddings=emb)
        assert sorted(c.status for c in claims) == ["single-source", "single-source"]  # two sources, both written
    # the same person quoted by both outlets corroborates
    same = art("b", "Harbour Radio", "The slide hit Orrel Vale before dawn after two days of torrential rain, "
                                     "governor Mira Castell said.")
    assert [c.status for c in find_claims([castell, same], use_embeddings=False)] == ["corroborated"]



def test_it_added_is_the_body_named_just_before():
    ministry = art("a", "Gullwing Wire", "The harbour ministry said the Pellam pier was inspected in March. It added "
                                         "that engineers found no cracks in its piles at the time.")
    assert claim_with(find_claims([ministry], use_embeddings=False), "It added").attribution == "The harbour ministry"
    # a person is no "it" or "they"
    moss = art("b", "Harbour Radio", "Harbour master Ida Moss said the Tarn ferry was late on Monday. They added "
                                     "that the timetable would change in June.")
    assert claim_with(find_claims([moss], use_embeddings=False), "They added").attribution is None


def test_a_contest_leaves_out_a_figure_the_head_gives_for_something_else():
    # "24 homes" is the wire's "two dozen homes", not a third count of residents; the label is the
    # words nearest the figure, not all the words two near-identical sentences share
    wire = ("The Vell reservoir dam breached late on Monday, flooding two dozen homes and forcing 300 residents "
            "from the lower town, the county emergency office said.")
    arts = [
        art("w", "Gullwing Wire", wire),
        art("r", "Pellam Post", wire.replace("300", "350")),
        art("h", "Harbour Radio", "The Vell dam gave way late on Monday, sending water through 24 homes in the "
                                  "lower town, the emergency office said."),
    ]
    c = next(c for c in find_claims(arts, use_embeddings=False) if c.status == "contested")
    assert {v.value: v.outlets for v in c.variants} == {"300": ["Gullwing Wire"], "350": ["Pellam Post"]}
    assert c.about == "forcing residents"


def test_a_reprint_that_changed_a_figure_gives_its_own_variant():
    wire = "A fire at the Pellam grain mill forced 300 residents from their homes, the fire brigade said."
    arts = [art("w", "Gullwing Wire", wire),
            art("r", "Pellam Post", wire.replace("300", "350"), copy_of="w")]
    c, = find_claims(arts, use_embeddings=False)
    assert c.status == "contested"
    assert {v.value: v.outlets for v in c.variants} == {"300": ["Gullwing Wire"], "350": ["Pellam Post"]}


def test_a_speakers_quote_is_no_repeat_of_her_other_words():
    # two outlets carry the judge's words word for word; a third reports another remark of hers: the
    # quotation stays a corroborated claim of its own, not a repeat of the remark
    arts = [
        art("r", "Radio Tarn", "Former Pellam council treasurer Ivo Orr has been jailed for eight years for stealing "
            "around 2.7 million crowns from the council's pension fund.\n\nJudge Ada Vell said Orr had acted out of "
            "\"pure greed\" and had shown no remorse.\n\nOrr's lawyers said they would appeal.", published="2026-05-14"),
        art("w", "Gullwing Wire", "A former council treasurer who stole 2.3 million crowns from Pellam's pension fund was "
            "jailed for eight years on Thursday, Pellam Crown Court heard.\n\nJudge Ada Vell told him: \"You betrayed "
            "the trust of every pensioner in this town.\"\n\nThe council said it had recovered about half of the money.",
            published="2026-05-15"),
        art("s", "Harbour Standard", "Ivo Orr, the former treasurer of Pellam council, was sentenced to eight years in "
            "prison for stealing 2.3 million crowns from the council's pension fund.\n\n\"You betrayed the trust of "
            "every pensioner in this town,\" Judge Ada Vell said as she passed sentence.\n\nThe judge said Orr had shown "
            "no remorse.\n\nHis defence team said it would appeal.", published="2026-05-15"),
    ]
    claims = find_claims(arts, use_embeddings=True)
    assert claim_with(claims, "betrayed the trust").status == "corroborated"


def test_a_feeling_reported_is_not_the_fact_it_is_about():
    arts = [
        art("a", "Gullwing Wire", "Pensioners who lost savings in the Pellam fraud said they were relieved that Ivo Orr "
                                  "had been sent to prison."),
        art("b", "Harbour Radio", "Ivo Orr, who stole from the Pellam pension fund, was sent to prison for six years in "
                                  "the Pellam fraud case."),
    ]
    assert sorted(c.status for c in find_claims(arts, use_embeddings=False)) == ["single-source", "single-source"]


def test_one_persons_two_different_reports_do_not_back_each_other():
    arts = [
        art("a", "Gullwing Wire", "Captain Mara Quist of the Kittiwake said the Tern had not sounded its horn."),
        art("b", "Harbour Radio", "Captain Mara Quist, who commands the Kittiwake, said the other ferry had been "
                                  "travelling too fast."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["single-source", "single-source"]
    # the same report of her in other words still does
    arts[1] = art("b", "Harbour Radio", "Captain Mara Quist, who commands the Kittiwake, said the Tern never sounded "
                                        "its horn.")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_no_such_warning_is_a_denial():
    arts = [
        art("a", "Gullwing Wire", "The dockers' union said the Pellam port authority was warned about the crane."),
        art("b", "Harbour Radio", "The Pellam port authority said it received no such warning about the crane."),
    ]
    c, = find_claims(arts, use_embeddings=False)
    assert c.status == "contested"
    assert [(v.value, v.outlets) for v in c.variants] == [("asserts", ["Gullwing Wire"]), ("denies", ["Harbour Radio"])]


def test_it_said_at_the_end_is_the_body_named_just_before():
    line = art("a", "Gullwing Wire", "Crews lifted the last wagon off the Pellam line by Sunday noon, the rail "
                                     "company said. Trains will run again by Thursday, it said.")
    assert claim_with(find_claims([line], use_embeddings=False), "Trains will run").attribution == "the rail company"


_SOUND = ("Greyline's Piet Harrow said the Tern was sailing at its normal speed of ten knots.\n\n"
          "\"It was like a wall of grey,\" said passenger Orla Venn. He said people were thrown across the deck.\n\n"
          "The Tern struck the Kittiwake shortly after dawn, according to the coastguard. Captain Mara Quist of "
          "the Kittiwake said the Tern had not sounded its horn. \"We never heard a thing,\" she said.\n\n"
          "Police said the Tern's radar logs had been taken for examination.\n\n"
          "Owner Tam Brisk said the harbour cafe stayed open all night for the rescuers.")


def test_he_said_after_said_passenger_name_is_that_passenger_and_she_said_the_captain():
    claims = find_claims([art("a", "Saltmere Courier", _SOUND)], use_embeddings=False)
    assert claim_with(claims, "wall of grey").attribution == "Orla Venn"
    assert claim_with(claims, "thrown across the deck").attribution == "Orla Venn"  # not Piet Harrow
    assert claim_with(claims, "never heard a thing").attribution == "Mara Quist"  # not Orla Venn, a "he"


def test_a_role_opening_the_sentence_is_written_in_lower_case_in_the_attribution():
    claims = find_claims([art("a", "Saltmere Courier", _SOUND)], use_embeddings=False)
    assert claim_with(claims, "radar logs").attribution == "police"
    assert claim_with(claims, "harbour cafe").attribution == "owner Tam Brisk"
    assert claim_with(claims, "normal speed").attribution == "Greyline's Piet Harrow"  # a name stays as written


def test_a_weekday_and_a_date_that_disagree_contest_the_day():
    # Thursday's paper: "on Monday" is September 7, against the other's September 8
    arts = [
        art("a", "Gullwing Wire", "The Vell reservoir dam cracked when a sluice gate failed on Monday night, the county said.",
            published="2026-09-10"),
        art("b", "Harbour Radio", "The Vell reservoir dam cracked when a sluice gate failed on September 8, the county said.",
            published="2026-09-10"),
    ]
    c, = find_claims(arts, use_embeddings=False)
    assert c.status == "contested" and c.about == "the date"
    assert [(v.value, v.outlets) for v in c.variants] == [("2026-09-07", ["Gullwing Wire"]), ("2026-09-08", ["Harbour Radio"])]
    # the same day in other words agrees; a weekday that its date spells out is that date
    arts[0] = art("a", "Gullwing Wire", "The Vell reservoir dam cracked when a sluice gate failed on Tuesday, the county said.",
                  published="2026-09-10")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]
    arts[0] = art("a", "Gullwing Wire", "The Vell reservoir dam cracked when a sluice gate failed on Monday, September 8, "
                                        "the county said.", published="2026-09-20")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_a_claim_contested_on_a_figure_keeps_its_date_contest_too():
    # the counts differ and so do the days: both are shown, neither hides the other
    arts = [
        art("a", "Gullwing Wire", "The Vell reservoir dam cracked on Monday night, flooding 40 homes, the county said.",
            published="2026-09-10"),
        art("b", "Harbour Radio", "The Vell reservoir dam cracked on September 8, flooding 55 homes, the county said.",
            published="2026-09-10"),
    ]
    c, = find_claims(arts, use_embeddings=False)
    assert c.status == "contested" and c.about != "the date"
    assert sorted(v.value for v in c.variants) == ["40", "55"]
    assert [(v.value, v.outlets) for v in c.date_variants] == [("2026-09-07", ["Gullwing Wire"]),
                                                               ("2026-09-08", ["Harbour Radio"])]
    # one count, other days: the date is the contest
    arts[1] = art("b", "Harbour Radio", "The Vell reservoir dam cracked on September 8, flooding 40 homes, the county "
                                        "said.", published="2026-09-10")
    c, = find_claims(arts, use_embeddings=False)
    assert c.about == "the date" and c.date_variants == []


def test_a_weekday_and_a_date_contest_in_paraphrased_reports_of_one_fact():
    # "derailed near Pellam on Friday evening" / "came off the rails outside Pellam on November 5"
    arts = [
        art("a", "Gullwing Wire", "A night train carrying 300 passengers derailed near Pellam on Friday evening, the "
                                  "rail company said.", published="2026-11-07"),
        art("b", "Harbour Radio", "A night train with 300 passengers came off the rails outside Pellam on November 5, "
                                  "the rail company said.", published="2026-11-07"),
    ]
    c, = find_claims(arts, use_embeddings=False)
    assert c.about == "the date"
    assert [(v.value, v.outlets) for v in c.variants] == [("2026-11-05", ["Harbour Radio"]), ("2026-11-06", ["Gullwing Wire"])]
    # a bound is no day of the fact: "repaired by Friday" / "came off the rails on November 5"
    arts[0] = art("a", "Gullwing Wire", "A night train carrying 300 passengers derailed near Pellam and was cleared by "
                                        "Friday evening, the rail company said.", published="2026-11-07")
    assert all(c.about != "the date" for c in find_claims(arts, use_embeddings=False))


def test_the_day_a_statement_was_reported_on_is_no_contest():
    # one outlet reports the county's words the day after the other: the day of saying differs, not the fact
    arts = [
        art("a", "Gullwing Wire", "The Vell reservoir dam was safe after the storm, the county said on Monday.",
            published="2026-09-08"),
        art("b", "Harbour Radio", "The Vell reservoir dam was safe after the storm, the county said on Tuesday.",
            published="2026-09-09"),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_a_weekday_contests_only_a_date_close_to_it():
    # a weekday is resolved against its article's date, which may be a day or a week off: two weekdays of
    # reports of other days, or a weekday and a date far from it, are no contest
    arts = [
        art("a", "Gullwing Wire", "The Vell reservoir dam cracked when a sluice gate failed on Monday night, the county said.",
            published="2026-09-10"),
        art("b", "Harbour Radio", "The Vell reservoir dam cracked when a sluice gate failed on Saturday night, the county said.",
            published="2026-09-16"),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]
    arts[1] = art("b", "Harbour Radio", "The Vell reservoir dam cracked when a sluice gate failed on August 28, the county said.",
                  published="2026-09-10")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_an_accusation_does_not_corroborate_the_denial_of_something_else():
    arts = [
        art("a", "Gullwing Wire", "The dockers' union said Harrow Freight had ignored repeated warnings about the "
                                  "cracked crane at Pellam quay. Harrow Freight denied that it had ignored any warnings."),
        art("b", "Harbour Radio", "The dockers' union claims Harrow Freight was warned three times last year that the "
                                  "crane at Pellam quay was cracked."),
    ]
    for emb in (False, True):
        denial = claim_with(find_claims(arts, use_embeddings=emb), "denied")
        assert denial.status != "corroborated"
        assert all("union claims" not in e.quote for e in denial.evidence)


def test_one_speaker_asserting_and_denying_one_thing_is_no_contest():
    arts = [
        art("a", "Gullwing Wire", "Ferry operator Tomas Kell said the Heron was sailing at its normal speed of 12 knots "
                                  "when it struck the Pellam breakwater."),
        art("b", "Harbour Radio", "Ferry operator Tomas Kell denied that the Heron was speeding when it struck the "
                                  "Pellam breakwater."),
    ]
    for emb in (False, True):
        assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=emb))


def test_a_figure_in_a_contrasting_clause_counts_something_else():
    # "while 80 voted against it" does not count those who voted in support
    arts = [
        art("a", "Gullwing Wire", "Thirty-one Liberals voted with 140 Greens in support of the Pellam harbour levy."),
        art("b", "Harbour Radio", "A minority of 31 Liberals joined with all Greens in support of the Pellam harbour "
                                  "levy, while 80 voted against it."),
    ]
    for emb in (False, True):
        assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=emb))


def test_a_speakers_other_words_do_not_corroborate_what_they_said():
    arts = [
        art("a", "Gullwing Wire", 'Union leader Agnes Morrow said her members at Pellam docks were "angry and united".'),
        art("b", "Harbour Radio", '"We will stay out until the offer is serious," union leader Agnes Morrow told '
                                  'reporters.'),
    ]
    for emb in (False, True):
        assert all(c.status == "single-source" for c in find_claims(arts, use_embeddings=emb))
    # the same words reported by two outlets still corroborate
    same = art("b", "Harbour Radio", '"We are angry and united," union leader Agnes Morrow told reporters at the Pellam docks.')
    assert [c.status for c in find_claims([arts[0], same], use_embeddings=False)] == ["corroborated"]


def test_rejecting_a_claim_is_a_denial_and_backs_the_denial_not_the_accusation():
    arts = [
        art("a", "Gullwing Wire", "The dockers' union accused Harrow Freight of cutting crane inspections at Pellam quay. "
                                  "Harrow Freight denied that it had cut crane inspections at Pellam quay."),
        art("b", "Harbour Radio", "Harrow Freight has rejected the union's claim about crane inspections at Pellam quay."),
    ]
    for emb in (False, True):
        claims = find_claims(arts, use_embeddings=emb)
        accusation = claim_with(claims, "accused")  # the rejection contests it, never corroborates it
        assert accusation.status == "contested"
        assert {v.value: v.outlets for v in accusation.variants} == {"asserts": ["Gullwing Wire"], "denies": ["Harbour Radio"]}
        denial = claim_with(claims, "denied")
        assert denial.status == "corroborated"
        assert any("rejected" in e.quote for e in denial.evidence)
        assert all("accused" not in e.quote for e in denial.evidence)


def test_two_denials_of_different_things_do_not_back_each_other():
    arts = [
        art("a", "Gullwing Wire", "Northline Rail denied that the derailment at Casterwick was caused by a faulty signal."),
        art("b", "Harbour Radio", "Northline Rail denied that it had cut track inspections before the Casterwick derailment."),
    ]
    for emb in (False, True):
        assert [c.status for c in find_claims(arts, use_embeddings=emb)] == ["single-source", "single-source"]


def test_x_not_y_contradicts_y():
    arts = [
        art("a", "Gullwing Wire", "Mayor Ilka Harrow said the town of Kelvarra would need months to recover from the flood."),
        art("b", "Harbour Radio", "Mayor Ilka Harrow said the town of Kelvarra would need years, not months, to recover "
                                  "from the flood."),
    ]
    for emb in (False, True):
        assert all(c.status != "corroborated" for c in find_claims(arts, use_embeddings=emb))


def test_some_1300_neither_agrees_with_1200_nor_corroborates_it():
    from newsloom.text import numbers
    some, other = numbers("some 1,300")[0], numbers("1,200")[0]
    assert not some.agrees(other) and some.agrees(numbers("1,250")[0])
    assert numbers("about two dozen")[0].agrees(numbers("23")[0])
    arts = [
        art("a", "Gullwing Wire", "A night train carrying twelve hundred passengers derailed near Casterwick on Friday "
                                  "evening, injuring 24 people, Northline Rail said.\n\nThe train was carrying 1,200 "
                                  "passengers, the company said."),
        art("b", "Harbour Radio", "A night train derailed near Casterwick on Friday evening, injuring 24 people.\n\n"
                                  "The train was carrying 1,200 passengers, police said."),
        art("c", "Tollbridge Gazette", "A night train derailed near Casterwick on Friday evening, injuring 24 people, "
                                       "Northline Rail said.\n\nThe train was carrying some 1,300 passengers, "
                                       "according to the union."),
    ]
    for emb in (False, True):
        for c in find_claims(arts, use_embeddings=emb):
            if c.status == "corroborated":
                figures = {n.text for e in c.evidence for n in numbers(e.quote)}
                assert not ({"1,200", "twelve hundred"} & figures and "1,300" in figures), c


def test_eight_years_and_six_months_contests_eight_years():
    arts = [
        art("a", "Gullwing Wire", "Former Pellam harbour clerk Oskar Venn was jailed for eight years on Thursday for "
                                  "stealing from the harbour fund, Pellam Crown Court heard."),
        art("b", "Harbour Radio", "Oskar Venn, a former Pellam harbour clerk, was jailed for eight years and six months "
                                  "on Thursday for stealing from the harbour fund."),
    ]
    for emb in (False, True):
        claims = [c for c in find_claims(arts, use_embeddings=emb) if "Venn" in c.text]
        assert claims and all(c.status == "contested" for c in claims), claims
        assert {v.value for c in claims for v in c.variants} == {"eight years", "eight years and six months"}


def test_sums_in_two_currencies_are_two_quantities_and_keep_their_currency():
    from newsloom.crosscheck import figure_label
    from newsloom.text import numbers
    assert [figure_label(n) for n in numbers("stole £2.3m, or 2.7 million euros, or ten million crowns")] == [
        "£2.3m", "2.7 million euros", "10 million crowns"]
    arts = [
        art("a", "Gullwing Wire", "Oskar Venn, a former Pellam harbour clerk, stole £2.3m from the harbour fund, "
                                  "the court heard."),
        art("b", "Harbour Radio", "Oskar Venn, a former Pellam harbour clerk, stole around 2.7 million euros from the "
                                  "harbour fund, the court heard."),
        art("c", "Tollbridge Gazette", "Oskar Venn, the former clerk of Pellam harbour, took 2.3 million pounds from "
                                       "the harbour fund, prosecutors said."),
    ]
    for emb in (False, True):
        for c in find_claims(arts, use_embeddings=emb):
            assert c.status != "contested", c


def test_a_sites_headcount_does_not_contest_the_companys_worldwide():
    arts = [
        art("a", "Gullwing Wire", "Most of the cuts at Velloran Rail will fall at the Tarnby depot, which employs "
                                  "2,300 people, the company said."),
        art("b", "Harbour Radio", "Velloran Rail employs about 9,000 people worldwide, the company said."),
    ]
    for emb in (False, True):
        assert all(c.status != "contested" for c in find_claims(arts, use_embeddings=emb))


def test_a_figure_the_subject_came_to_is_labelled_by_the_subject():
    arts = [
        art("a", "Gullwing Wire", "Turnout in the Pellam harbour board election was 58 percent, according to "
                                  "district results."),
        art("b", "Harbour Radio", "Turnout in the Pellam harbour board election was 61.3%, the returning officer said."),
    ]
    claims = [c for c in find_claims(arts, use_embeddings=False) if c.status == "contested"]
    assert [c.about for c in claims] == ["turnout"]


def test_a_hedged_variant_keeps_its_bound_and_the_label_its_own_words():
    arts = [
        art("a", "Gullwing Wire", "A mudslide in Orrel Vale on Tuesday killed at least 30 people, the regional "
                                  "governor's office said."),
        art("b", "Harbour Radio", "A mudslide in Orrel Vale on Tuesday killed 25 people, the regional governor's "
                                  "office said."),
    ]
    c, = find_claims(arts, use_embeddings=False)
    assert c.status == "contested"
    assert sorted(v.value for v in c.variants) == ["25", "at least 30"]
    assert c.about == "killed people"  # the figure's own words, not the "regional governor's office" after it


def test_a_lower_bound_is_not_corroborated_by_a_figure_far_above_it():
    # Tuesday's "at least 12" and Wednesday's "risen to 31": a later count, not the same one
    arts = [
        art("a", "Gullwing Wire", "An earthquake struck the Orrel valley town of Tarnby early on Tuesday, killing at "
                                  "least 12 people, the provincial health office said.", published="2026-11-17"),
        art("b", "Harbour Radio", "The death toll from Tuesday's earthquake in Tarnby in the Orrel valley has risen to "
                                  "31, the provincial health office said on Wednesday.", published="2026-11-18"),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["single-source", "single-source"]
    # a figure within reach of the bound still backs it
    arts[1] = art("b", "Harbour Radio", "The death toll from Tuesday's earthquake in Tarnby in the Orrel valley stood "
                                        "at 14, the provincial health office said on Wednesday.", published="2026-11-18")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_two_claims_citing_people_familiar_with_the_matter_do_not_back_each_other():
    arts = [Article(id="a", outlet="Brisk Wire", title="Marlow to buy Tenby Mills", published="2026-08-03",
                    text="Marlow Holdings has agreed to buy the flour maker Tenby Mills for 22 crowns a share, the "
                         "companies said on Monday.\n\nMarlow had approached Tenby twice before, people familiar "
                         "with the matter said."),
            Article(id="b", outlet="Osk Business", title="Marlow agrees Tenby deal", published="2026-08-03",
                    text="Marlow Holdings will buy Tenby Mills for 22 crowns a share, the two companies said on "
                         "Monday.\n\nMarlow plans to close Tenby's bakery unit after the deal, according to people "
                         "familiar with the matter.")]
    claims = find_claims(arts, use_embeddings=False)
    assert claim_with(claims, "approached").status == "single-source"
    assert claim_with(claims, "bakery").status == "single-source"
    assert claim_with(claims, "22 crowns").status == "corroborated"


def test_a_supply_restored_is_not_backed_by_its_cut():
    arts = [Article(id="a", outlet="Grell Wire", title="Storm hits Osby", published="2026-10-05",
                    text="Power was cut to about 30,000 homes in Osby, the grid operator said."),
            Article(id="b", outlet="Harl News", title="Osby cleans up", published="2026-10-07",
                    text="Power has been restored to most homes in Osby, the grid operator said.")]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["single-source", "single-source"]


def test_denied_doing_it_contests_that_it_was_done():
    arts = [Article(id="a", outlet="Fenn Daily", title="Tear gas in Lorrow", published="2026-05-02",
                    text="Police fired tear gas at protesters on Mill Street in Lorrow on Saturday, witnesses said."),
            Article(id="b", outlet="Lorrow Standard", title="Police deny tear gas", published="2026-05-02",
                    text="Police in Lorrow denied firing tear gas at protesters on Mill Street on Saturday.")]
    [claim] = find_claims(arts, use_embeddings=False)
    assert claim.status == "contested" and claim.about == "whether it happened"


def test_a_sentence_close_in_meaning_with_a_new_figure_is_no_repeat():
    # (a fictional storm over three days, four outlets: tests/fixtures/storm_irla)
    from newsloom.brief import write_brief
    from newsloom.records import Story

    arts = [r.article for r in read_sources([str(Path(__file__).parent / "fixtures" / "storm_irla")]) if r.article]
    brief = write_brief(Story("s", "Storm Irla", [a.id for a in arts]), arts)
    quoted = {src.quote for s in brief.sentences for src in s.sources + s.also_reported_by}
    # Tidewater's "has risen to 9,500" is close in meaning to the wire's "forcing about 2,000 people from their
    # homes", which a claim writes first: it was swallowed as a repeat of it
    assert any("has risen to 9,500" in q for q in quoted), [s.text for s in brief.sentences]
