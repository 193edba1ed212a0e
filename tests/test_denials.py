"""A denial contests only a report that says what it denies (audit 18 #2); the name of the source two reports
credit is no fact they share (audit 18 #8). Fictional articles written here."""

from newsloom.crosscheck import _denies, find_claims, split_statements
from newsloom.records import Article

from claims_helpers import with_quote


def art(id_, outlet, text, published="2026-09-14T10:00:00Z", title="Report"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)



# ----------------------------------------------------------------------------- a denial of a side claim

def _recall():
    return [
        art("a", "Pellam Wire", "Osterby Cars is recalling 48,000 Tarrow vans because a steering bolt can loosen, "
            "the carmaker said on Monday.\n\nOsterby denied that the bolt had caused any accident.\n\n"
            "Owners will get a letter in October.", "2026-09-14T10:00:00Z"),
        art("b", "Quarry Radio", "Osterby Cars on Tuesday denied that any accident had been caused by the steering "
            "bolt behind its recall of 48,000 Tarrow vans.\n\nDealers will fit a new bolt free of charge.",
            "2026-09-15T10:00:00Z"),
    ]


def test_denial_of_a_side_claim_does_not_contest_the_event():
    claims = find_claims(_recall())
    recall = with_quote(claims, "is recalling 48,000 Tarrow vans")
    assert recall and all(c.status != "contested" for c in recall)
    assert not any([v.value for v in c.variants] == ["asserts", "denies"] for c in claims)
    # the denial both outlets report is one corroborated denial
    denial = with_quote(claims, "denied that the bolt had caused any accident")
    assert len(denial) == 1 and denial[0].status == "corroborated"
    assert sorted(denial[0].outlets) == ["Pellam Wire", "Quarry Radio"]


def test_denies_needs_what_is_denied_not_its_setting():
    st = {s.text: s for s in split_statements(_recall())}
    denial = st["Osterby Cars on Tuesday denied that any accident had been caused by the steering bolt behind its "
                "recall of 48,000 Tarrow vans."]
    recall = st["Osterby Cars is recalling 48,000 Tarrow vans because a steering bolt can loosen, the carmaker "
                "said on Monday."]
    assert not _denies(denial, recall)


def test_real_denial_stays_contested():
    arts = [
        art("a", "Pellam Wire", "Police fired tear gas at marchers in Harrowgate Square on Friday, witnesses said.\n\n"
            "About 300 people had gathered outside the town hall."),
        art("b", "Quarry Radio", "Police denied firing tear gas at the marchers in Harrowgate Square.\n\n"
            "The march ended peacefully by evening, organisers said."),
    ]
    claims = find_claims(arts)
    gas = with_quote(claims, "fired tear gas at marchers")
    assert gas and gas[0].status == "contested" and gas[0].about == "whether it happened"
    sides = {v.value: v.outlets for v in gas[0].variants}
    assert sides == {"asserts": ["Pellam Wire"], "denies": ["Quarry Radio"]}


def test_denial_regex_head_is_bounded():
    from newsloom.crosscheck import _DENY, _denied_head
    text = "Osterby denied that " + "bolt, " * 30000 + "caused it."
    m = _DENY.search(text)
    _denied_head(text, m)


# ----------------------------------------------------------------------------- a source's name is no fact

def _fire(extra=""):
    return [
        art("a", "Pellam Wire", "A wildfire in the Tessel Hills of Brannock County has burned about 900 hectares "
            "since it broke out on Friday, the Brannock Fire Service said on Saturday.\n\n"
            "About 600 residents of Lorby were told to leave.", "2026-08-08T18:00:00Z"),
        art("b", "Quarry Radio", "The Tessel Hills wildfire has destroyed 45 homes in Brannock County, the Brannock "
            "Fire Service said on Sunday.\n\nRoads into Lorby stay closed." + extra, "2026-08-09T18:00:00Z"),
    ]


def test_shared_source_and_names_do_not_back_another_fact():
    claims = find_claims(_fire())
    homes = with_quote(claims, "destroyed 45 homes")
    assert homes and all(c.outlets == ["Quarry Radio"] for c in homes)
    assert all("900 hectares" not in e.quote for c in homes for e in c.evidence)


def test_two_outlets_quoting_one_official_on_one_fact_corroborate():
    arts = [
        art("a", "Pellam Wire", "The Tessel Hills wildfire has destroyed 45 homes in Brannock County, the Brannock "
            "Fire Service said on Sunday.", "2026-08-09T18:00:00Z"),
        art("b", "Quarry Radio", "The Brannock Fire Service said on Sunday that 45 homes in Brannock County had been "
            "destroyed by the Tessel Hills wildfire.", "2026-08-09T19:00:00Z"),
    ]
    homes = with_quote(find_claims(arts), "45 homes")
    assert len(homes) == 1 and homes[0].status == "corroborated"
    assert sorted(homes[0].outlets) == ["Pellam Wire", "Quarry Radio"]
