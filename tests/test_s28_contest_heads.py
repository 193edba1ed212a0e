"""Session 28 (T2): which sentence heads a contested claim, contest labels, and the sides of a denial contest.
A bare figure does not head a contest whose figures other reports credit to their sources; a label says what the
sides count in their own words; a speed figure is no assertion that a vehicle "had been going too fast", and a
bare "The driver was speeding." is. All articles, outlets, people and places are made up."""

from newsloom.crosscheck import _denied_act, _asserts_act, _figure_phrase, find_claims, split_statements
from newsloom.records import Article, Story
from newsloom.text import numbers


def _art(id_: str, outlet: str, text: str, published: str) -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


# ------------------------------------------------------------------ the head of a crowd contest

BARE = "20,000 farmers and their families marched through Brennick on Friday against the new water charges."
TWO_SIDED = ("Friday's march through Brennick against the water charges drew 6,000 people, police said, while the "
             "Brennick Growers' Union said 20,000 had taken part.")


def _rally() -> list[Article]:
    return [
        _art("r1", "Calloway Post", "Farmers marched through the centre of Brennick on Friday to protest against new "
             "water charges.\n\nAbout 20,000 people took part, according to the organisers, the Brennick Growers' "
             "Union. Police put the number at 6,000.", "2026-11-20T16:00:00Z"),
        _art("r2", "Dunmere Radio", BARE, "2026-11-20T19:00:00Z"),
        _art("r3", "Ivel Gazette", TWO_SIDED, "2026-11-21T10:00:00Z"),
    ]


def _crowd(claims):
    found = [c for c in claims if c.status == "contested" and {"20,000", "6,000"} <= {v.value for v in c.variants}]
    assert found, [(c.text, c.status, [v.value for v in c.variants]) for c in claims]
    return found[0]


def test_a_sentence_giving_both_sides_heads_the_contest_not_a_bare_figure():
    c = _crowd(find_claims(_rally()))
    assert c.text == TWO_SIDED and c.evidence[0].quote == TWO_SIDED, c.text
    # (each side is told first by the sentence that credits it; the bare figure stays a source of its side)
    for v in c.variants:
        assert v.evidence[0].quote == TWO_SIDED, (v.value, [e.quote for e in v.evidence])
    big = next(v for v in c.variants if v.value == "20,000")
    assert any(e.quote == BARE and e.attribution is None for e in big.evidence[1:]), big.evidence


def test_the_brief_states_no_side_of_the_count_as_fact():
    from newsloom.brief import brief_to_dict, write_brief
    arts = _rally()
    d = brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))
    contested = [s["statement"] for s in d["sentences"] if s["status"] == "contested"]
    assert contested == [TWO_SIDED], contested


def test_crowd_contest_label_is_in_the_sides_own_words():
    c = _crowd(find_claims(_rally()))
    # (both sides count the people who took part: not "the number of farmers", the bare report's noun)
    assert c.about == "the number who had taken part", c.about


def test_figure_phrase_reads_past_more_after_the_figure():
    for text, want in (("Officials said 12 more people died in the flood on Monday.",
                        "the number of people who died in the flood"),
                       ("The storm killed 3 people and 40 more were hurt.", "the number hurt")):
        n = numbers(text)[-1]
        assert _figure_phrase(text, n, 0, len(text) - 1) == want, (text, _figure_phrase(text, n, 0, len(text) - 1))


# ------------------------------------------------------------------ the sides of a denial contest

SPEEDING = "The driver was speeding."
FIGURE = "The tram was going at about 50 km/h when it entered the bend, according to data seen by Pellby Radio."


def _tram() -> list[Article]:
    return [
        _art("t1", "Harwick Times", "A tram left the rails in Osgrove on Monday morning, injuring seven people.\n\n"
             + SPEEDING + "\n\nOsgrove Transit denied that the tram had been going too fast.", "2026-11-16T12:00:00Z"),
        _art("t2", "Pellby Radio", FIGURE, "2026-11-16T15:00:00Z"),
        _art("t3", "Marrow Wire", "A tram derailed in Osgrove on Monday.\n\nOsgrove Transit again denied reports "
             "that the tram had been speeding.", "2026-11-17T09:00:00Z"),
    ]


def test_a_speed_figure_does_not_assert_going_too_fast():
    st = {s.text: s for s in split_statements(_tram())}
    act = _denied_act(st["Osgrove Transit denied that the tram had been going too fast."])
    assert act is not None
    assert not _asserts_act(st[FIGURE], act)


def test_the_bare_claim_is_the_asserting_side_of_the_denial():
    claims = find_claims(_tram())
    denial = [c for c in claims if [v.value for v in c.variants] == ["asserts", "denies"]]
    assert denial, [(c.text, c.status, [v.value for v in c.variants]) for c in claims]
    sides = {v.value: [e.quote for e in v.evidence] for v in denial[0].variants}
    assert sides["asserts"] == [SPEEDING], sides
    assert FIGURE not in sides["denies"], sides
    assert sorted(v.outlets for v in denial[0].variants if v.value == "denies")[0] == ["Harwick Times", "Marrow Wire"]
