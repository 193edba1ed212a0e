"""Contests that were missed or mislabelled (audit 17 #7, #6): the people on board given as parts and as a
total, and an act told done by witnesses and denied in other words. Fictional articles written here."""

from newsloom import crosscheck
from newsloom.crosscheck import find_claims, split_statements
from newsloom.records import Article

from claims_helpers import with_quote


def art(id_, outlet, text, published="2026-05-14T10:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)



# ------------------------------------------------------------------------------------- people on board

def _landing(total: str, other="the airport said"):
    return [
        art("a", "Corvid Wire", "A Halden Air jet carrying 212 passengers and nine crew made an emergency landing "
            "at Sarnow airport on Thursday after a bird strike, the airline said.\n\n"
            "The regional aviation office has opened an inquiry."),
        art("b", "Pellow Gazette", f"A Halden Air jet with {total} people on board made an emergency landing at "
            f"Sarnow airport on Thursday after a bird strike, {other}.\n\n"
            "The regional aviation office has opened an inquiry into the bird strike.", "2026-05-14T16:00:00Z"),
    ]


def test_parts_on_board_are_summed_against_the_total():
    claims = find_claims(_landing("230"))
    jet = with_quote(claims, "carrying 212 passengers and nine crew")
    assert jet and jet[0].status == "contested"
    assert jet[0].about == "people on board"
    assert sorted(v.value for v in jet[0].variants) == ["221", "230"]


def test_parts_that_add_up_are_no_contest():
    claims = find_claims(_landing("221"))
    assert not any(c.status == "contested" for c in claims)


def test_passengers_alone_are_a_part_of_the_total_not_a_contest():
    arts = _landing("230")
    arts[0] = art("a", "Corvid Wire", "A Halden Air jet carrying 212 passengers made an emergency landing at Sarnow "
                  "airport on Thursday after a bird strike, the airline said.")
    assert not any(c.status == "contested" for c in find_claims(arts))


def test_count_on_board_contests_however_unlike_the_words():
    arts = [
        art("a", "Corvid Wire", "A Halden Air jet carrying 212 passengers and nine crew made an emergency landing "
            "at Sarnow airport on Thursday after a bird strike, the airline said."),
        art("b", "Pellow Gazette", "A Halden Air jet with 221 people on board landed at Sarnow airport on Thursday "
            "morning with smoke in the cabin.", "2026-05-14T16:00:00Z"),
        art("c", "Tessel Daily", "A Halden Air flight bound for Mirren made an emergency landing in Sarnow on "
            "Thursday after a bird strike, the airline said.\n\nThe aircraft was carrying 230 people, according "
            "to the airport.\n\nPassenger Oda Brandt said the cabin filled with smoke.", "2026-05-15T07:00:00Z"),
    ]
    claims = find_claims(arts)
    aboard = [c for c in claims if c.about == "people on board"]
    assert len(aboard) == 1 and aboard[0].status == "contested"
    by = {v.value: sorted(v.outlets) for v in aboard[0].variants}
    assert by == {"221": ["Corvid Wire", "Pellow Gazette"], "230": ["Tessel Daily"]}


def test_aboard_needs_one_count_and_parts_of_passengers_and_crew():
    st = split_statements([art("a", "Corvid Wire",
                               "The ferry, with 310 people on board, hit a trawler carrying 14 people on Sunday.\n\n"
                               "The plane was carrying 212 passengers and nine crew.\n\n"
                               "The airline carried 212 passengers and 40 tonnes of cargo on the route last week.\n\n"
                               "The plane was carrying nine crew members and 212 passengers.")])
    _aboard = crosscheck._aboard
    assert _aboard(st[0]) is None  # two craft
    assert _aboard(st[1]).value == 221
    assert _aboard(st[2]) is None  # no crew: no count on board
    assert _aboard(st[3]).value == 221


# ------------------------------------------------------------------------- an act done, denied in other words

def _rally(milner_denial="In a statement, Dunwick police denied using rubber bullets and said officers had used "
                         "only batons against a small group.",
           osk_denial="A police spokeswoman, Sergeant Ima Rell, said no rubber bullets had been used."):
    return [
        art("h", "Harl Courier", "Police fired rubber bullets on Quay Lane in Dunwick on Sunday afternoon, witnesses "
            "told Harl Courier, as a rally against the new bridge toll turned angry.\n\n"
            "Shopkeeper Bram Oller said his window was broken.", "2026-05-18T08:00:00Z"),
        art("m", "Milner Post", "Thousands of people marched through Dunwick on Sunday against the new bridge toll.\n\n"
            f"Witnesses said police fired rubber bullets at marchers on Quay Lane. {milner_denial}\n\n"
            "The toll is due to start in June.", "2026-05-17T19:00:00Z"),
        art("o", "Osk Agency", "Police arrested 17 people on Sunday as thousands protested in Dunwick against the "
            "new bridge toll.\n\nSeveral witnesses told Osk Agency that police used rubber bullets near the toll "
            f"gate. {osk_denial}", "2026-05-17T17:30:00Z"),
    ]


def test_act_denied_in_other_words_is_contested():
    claims = find_claims(_rally())
    gas = with_quote(claims, "fired rubber bullets on Quay Lane")
    assert gas and gas[0].status == "contested" and gas[0].about == "whether it happened"
    by = {v.value: sorted(v.outlets) for v in gas[0].variants}
    assert by == {"asserts": ["Harl Courier", "Milner Post", "Osk Agency"], "denies": ["Milner Post", "Osk Agency"]}
    # the denials are written with the contest, not as two single-source items
    assert not [c for c in claims if c.status == "single-source" and "rubber bullets" in c.text]


def test_denial_of_something_else_is_no_contest():
    claims = find_claims(_rally("In a statement, Dunwick police denied closing the bridge to marchers.",
                                "A police spokeswoman, Sergeant Ima Rell, said no arrests had been made at the gate."))
    assert not any([v.value for v in c.variants] == ["asserts", "denies"] for c in claims)
    gas = with_quote(claims, "fired rubber bullets on Quay Lane")
    assert gas and gas[0].status != "contested"


def test_none_done_pattern_is_bounded():
    _NONE_DONE = crosscheck._NONE_DONE
    _NONE_DONE.search("said no " + "a " * 100_000 + "x")
    _NONE_DONE.search("said no " + "ab" * 100_000)


# ------------------------------------------------------------------------ where an outbreak began, other words

def _outbreak(extra="", quill_origin="The outbreak began in the village of Helmsby, where the first case was "
                                     "identified last week."):
    return [
        art("a", "Norrel Times", "Health officials have confirmed 14 cases of measles in the Brannock Valley.\n\n"
            "The first case was found in the town of Torvik, the ministry said.", "2026-03-03T10:00:00Z"),
        art("b", "Vessa Radio", "Measles cases in the Brannock Valley have reached 14, the ministry said.\n\n"
            "The first case was detected in Torvik, according to the ministry.", "2026-03-03T12:00:00Z"),
        art("c", "Quill Chronicle", "Fourteen people in the Brannock Valley have caught measles, health officials "
            f"said.\n\n{quill_origin}{extra}", "2026-03-03T14:00:00Z"),
        art("d", "Ostra News", "The Brannock Valley has 14 confirmed measles cases, officials said.\n\n"
            "The outbreak started in Helmsby, local officials said.", "2026-03-03T16:00:00Z"),
    ]


def test_two_places_an_outbreak_began_in_are_contested():
    claims = find_claims(_outbreak())
    where = [c for c in claims if c.about == "the place"]
    assert len(where) == 1 and where[0].status == "contested"
    by = {v.value: sorted(v.outlets) for v in where[0].variants}
    assert by == {"Torvik": ["Norrel Times", "Vessa Radio"], "Helmsby": ["Ostra News", "Quill Chronicle"]}


def test_an_article_that_names_the_other_place_makes_no_place_contest():
    claims = find_claims(_outbreak("\n\nSchools in Torvik are closed until Friday."))
    assert not any(c.status == "contested" for c in claims)


def test_a_place_named_as_destination_is_no_origin():
    arts = _outbreak(quill_origin="The first patient was flown to the city of Helmsby for treatment.")[:3]
    claims = find_claims(arts)
    assert not any(c.about == "the place" for c in claims)
