"""The same fact in other words (audit 17 #11): a short sentence that gives a figure is a statement; one time
or figure told with verbs of one group ("landed" / "touched down") corroborates; one actor's denial of
another proposition is no contest with what it says itself (audit 15 #10). Fictional articles written here."""

import pytest

from newsloom.crosscheck import find_claims, split_statements
from newsloom.records import Article

from claims_helpers import with_quote



def art(id_, outlet, text, published="2026-05-12T10:00:00Z", title=""):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)



# ----------------------------------------------------------------------------- short sentences

def test_short_sentence_with_a_figure_is_a_statement_and_corroborates():
    arts = [
        art("a", "Quillon Daily", "Police broke up a sit-in at the Varrow ferry terminal on Sunday, witnesses said.\n\n"
            "Police arrested 17 people."),
        art("b", "Harth Courier", "Police cleared protesters from the Varrow ferry terminal on Sunday.\n\n"
            "Seventeen people were arrested, police said."),
    ]
    assert any(s.text == "Police arrested 17 people." for s in split_statements(arts))
    arrests = with_quote(find_claims(arts), "Seventeen people were arrested")
    assert len(arrests) == 1 and arrests[0].status == "corroborated"
    assert sorted(arrests[0].outlets) == ["Harth Courier", "Quillon Daily"]


@pytest.mark.parametrize("text", [
    "Updated 3 hours ago.",         # page furniture: no verb after a first word
    "Read 12 comments",             # no full stop
    "By Mira Tolk, 2026.",          # a byline
    "Photo: Varrow, 2019.",         # a caption
    "Page 2 of 5.",                 # no verb
    "Crews reopened it.",           # short, no figure, and "it" leans on the sentence before (audit 27 #5:
                                    # "The terminal reopened." is now a claim)
    "He was 94.",                   # one lower-case word: leans on the sentence before
])
def test_short_junk_is_no_statement(text):
    arts = [art("a", "Quillon Daily", "Police broke up a sit-in at the Varrow ferry terminal on Sunday.\n\n" + text)]
    assert all(s.text.strip() != text for s in split_statements(arts))


def test_short_fact_regex_is_bounded():
    from newsloom.crosscheck import _short_fact, _times

    _short_fact("Police arrested " + "1" * 200_000 + " people.")
    _times("12:" * 70_000 + " second quarter of " * 5_000)


# ----------------------------------------------------------------------------- one time, other verbs

def test_times_read_as_minutes_of_the_day():
    from newsloom.crosscheck import _times

    assert _times("landed at 9:42 a.m. local time (0742 GMT)") == {"clock:582", "clock:462"}
    assert _times("touched down at 07:42 UTC, 09:42 local time") == {"clock:462", "clock:582"}
    assert _times("at 9.42pm") == {"clock:1302"}
    assert _times("close in the second quarter of next year") == {"quarter:2:next"}
    assert _times("won 3:1 in 2024, up 12.5 percent, 1045 people") == set()


def test_landed_and_touched_down_at_one_time_corroborate(_embeddings):
    arts = [
        art("a", "Pellin Wire", "A Corvel Air jet made an emergency landing at Ossary airport on Thursday after a bird "
            "strike, the airline said.\n\nFlight CV208 landed safely at 11:17 a.m. local time (0917 GMT), the airline "
            "said in a statement.\n\nNo one was hurt."),
        art("b", "Ossary Times", "A Corvel Air jet returned to Ossary airport on Thursday after birds were sucked into "
            "an engine.\n\nThe aircraft touched down at 09:17 UTC, 11:17 local time.\n\nFire crews met the plane."),
    ]
    claims = find_claims(arts)
    landing = with_quote(claims, "touched down at 09:17")
    assert len(landing) == 1 and landing[0].status == "corroborated"
    assert with_quote(claims, "landed safely at 11:17") == landing


def test_different_acts_at_one_time_do_not_corroborate(_embeddings):
    # the same minute, but a take-off and a landing: two facts
    arts = [
        art("a", "Pellin Wire", "A Corvel Air jet made an emergency landing at Ossary airport on Thursday.\n\n"
            "Flight CV208 took off from Brannock at 09:17 local time, the airline said."),
        art("b", "Ossary Times", "A Corvel Air jet returned to Ossary airport on Thursday after a bird strike.\n\n"
            "The aircraft touched down at 09:17 local time, airport officials said."),
    ]
    claims = find_claims(arts)
    assert with_quote(claims, "took off from Brannock") != with_quote(claims, "touched down at 09:17")
    # and the same verbs at other times are no one fact either
    arts[0] = art("a", "Pellin Wire", "A Corvel Air jet made an emergency landing at Ossary airport on Thursday.\n\n"
                  "Flight CV208 landed safely at 14:05 local time, the airline said.")
    claims = find_claims(arts)
    assert with_quote(claims, "landed safely at 14:05") != with_quote(claims, "touched down at 09:17")


def test_completion_and_close_in_one_quarter_corroborate(_embeddings):
    arts = [
        art("a", "Brannock Wire", "Tessel Mills has agreed to buy the bakery chain Ambry Loaves for 12 crowns a share.\n\n"
            "The deal needs the approval of the competition office, which said it would review it. "
            "Completion is expected in the third quarter of next year."),
        art("b", "Harrow Finance", "Tessel Mills is buying Ambry Loaves, the bakery chain, for 12 crowns a share.\n\n"
            "Tessel and Ambry said they expect the deal to close in the third quarter of next year, subject to approval "
            "by the competition office."),
    ]
    claims = find_claims(arts)
    done = with_quote(claims, "Completion is expected")
    assert len(done) == 1 and done[0].status == "corroborated"
    assert sorted(done[0].outlets) == ["Brannock Wire", "Harrow Finance"]


def test_one_quarter_different_facts_do_not_corroborate(_embeddings):
    arts = [
        art("a", "Brannock Wire", "Tessel Mills has agreed to buy the bakery chain Ambry Loaves for 12 crowns a share.\n\n"
            "Completion is expected in the third quarter of next year."),
        art("b", "Harrow Finance", "Tessel Mills is buying Ambry Loaves, the bakery chain, for 12 crowns a share.\n\n"
            "Ambry Loaves plans to open 40 new shops in the third quarter of next year."),
    ]
    claims = find_claims(arts)
    assert with_quote(claims, "Completion is expected") != with_quote(claims, "40 new shops")
    # "close" that takes an object is another act than a deal's closing
    arts[1] = art("b", "Harrow Finance", "Tessel Mills is buying Ambry Loaves, the bakery chain, for 12 crowns a share.\n\n"
                  "Tessel and Ambry said they expect to close two bakeries in the third quarter of next year.")
    claims = find_claims(arts)
    assert with_quote(claims, "Completion is expected") != with_quote(claims, "close two bakeries")


# ----------------------------------------------------------------------------- one actor's denial

def test_one_actors_denial_of_another_proposition_is_no_contest(_embeddings):
    arts = [
        art("a", "Pellin Wire", "A Corvel Air jet made an emergency landing at Ossary airport on Thursday.\n\n"
            "Corvel Air said in a statement that the pilots had followed all procedures. The airline denied reports "
            "that the engine had failed a safety check in March."),
        art("b", "Ossary Times", "A Corvel Air jet returned to Ossary airport on Thursday after a bird strike.\n\n"
            "Corvel Air said the engine had been checked in March."),
    ]
    claims = find_claims(arts)
    assert not [c for c in claims if [v.value for v in c.variants] == ["asserts", "denies"]]
    assert with_quote(claims, "denied reports") and with_quote(claims, "had been checked in March")


def test_a_denial_of_what_another_says_is_still_contested(_embeddings):
    # the denier's own earlier sentence does not make the witnesses' account its own
    arts = [
        art("a", "Pellin Wire", "A Corvel Air jet made an emergency landing at Ossary airport on Thursday.\n\n"
            "Corvel Air said in a statement that the pilots had followed all procedures. The airline denied reports "
            "that the engine had caught fire before take-off."),
        art("b", "Ossary Times", "A Corvel Air jet returned to Ossary airport on Thursday after a bird strike.\n\n"
            "The engine had caught fire before take-off, passengers said."),
    ]
    claims = find_claims(arts)
    contest = [c for c in claims if c.about == "whether it happened"]
    assert len(contest) == 1
    assert sorted(contest[0].outlets) == ["Ossary Times", "Pellin Wire"]


# ----------------------------------------------------------------------------- no report lost (audit 17 #4)

def test_an_outlets_second_sentence_with_its_own_figure_is_not_swallowed(_embeddings):
    arts = [
        art("a", "Tollan Press", "Thousands marched through Marrick on Saturday against the closure of the city's "
            "hospital.\n\nPolice estimated the crowd at about 9,000, while organisers from the Save Marrick Hospital "
            "group said 40,000 had marched."),
        art("b", "Marrick Post", "Thousands of people marched through Marrick on Saturday to protest against the "
            "planned closure of the hospital.\n\nOrganisers said 40,000 people took part. "
            "Police put the crowd at about 9,000."),
        art("c", "Ferrin Voice", "A large crowd marched through Marrick on Saturday against the hospital closure.\n\n"
            "The Save Marrick Hospital group said 40,000 people had joined the march. Police said about 9,000 took part."),
    ]
    claims = find_claims(arts)
    police = with_quote(claims, "Police put the crowd at about 9,000")
    assert police, [c.text for c in claims]
    assert "Marrick Post" in police[0].outlets


def test_a_plain_repeat_in_the_same_outlet_is_still_swallowed(_embeddings):
    # the same figure again adds nothing: no second claim for it
    arts = [
        art("a", "Tollan Press", "Police arrested 31 people at the Marrick hospital march on Saturday."),
        art("b", "Marrick Post", "Police arrested 31 people at the Marrick hospital march on Saturday.\n\n"
            "Thirty-one people were arrested at the march, police said."),
    ]
    claims = find_claims(arts)
    assert len(claims) == 1


def test_an_outlets_verbatim_repeat_of_the_head_is_its_evidence_not_lost(_embeddings):
    arts = [
        art("a", "Tollan Press", "\u201cI think it is deeply wrong that a harbour court judge takes sides in an election, "
            "frankly,\u201d Mayor Ilsa Dorne said on Tuesday. \u201cI think it is an insult to the bench and I think she "
            "should say sorry to the bench.\u201d\n\nThe judge did not comment.",
            title="Dorne calls judge's election remarks a disgrace"),
        art("b", "Marrick Post", "Mayor Ilsa Dorne quickly responded on Tuesday, telling the Post it was \u201cdeeply "
            "wrong that a harbour court judge takes sides in an election.\u201d\n\n\u201cI think it is an insult to the "
            "bench and I think she should say sorry to the bench.\u201d\n\nThe harbour court declined to comment.",
            title="Mayor hits back at harbour judge"),
    ]
    claims = find_claims(arts)
    # the Post's own printing of the quotation is in a claim (the one that states it), not swallowed
    assert any(e.outlet == "Marrick Post" and e.quote.startswith("\u201cI think it is an insult")
               for c in claims for e in c.evidence)
