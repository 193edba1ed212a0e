"""Session 27 (T3b): contests — a denial with words between "denied" and "that", figures of other counts set
against each other, who stands on each side of a contest. All articles, outlets, people and places are made up."""

from newsloom.crosscheck import _conflicts, _denial, find_claims, split_statements
from newsloom.records import Article


def _art(id_: str, outlet: str, text: str, published: str = "2026-11-20T09:00:00Z") -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


# ------------------------------------------------------------------ "denied on Friday that"


def test_denial_with_a_when_or_how_before_that():
    for t in ("Owner Lisa Brandt denied on Friday that any fire doors had been locked at the mill.",
              "The company denied in a statement that it had cut safety checks.",
              "The ministry denied to reporters on Monday that troops had crossed the river."):
        assert _denial(t), t
    # (not any words: a denial of something else before a "that")
    for t in ("He was denied bail after reports that he had fled.", "The court denied him the appeal that he sought."):
        assert not _denial(t), t


def test_allegation_is_contested_not_corroborated_by_its_denial():
    arts = [
        _art("f1", "Quarry Post", "Workers at the Brandt Weaving mill in Halby, where four people died in a blaze on "
             "Thursday, said on Friday that two fire doors had been locked."),
        _art("f2", "Linden Radio", "Owner Lisa Brandt denied on Friday that any fire doors had been locked at the "
             "Brandt Weaving mill in Halby, where four people died in a blaze on Thursday.",
             "2026-11-20T12:00:00Z"),
    ]
    claims = find_claims(arts)
    found = [c for c in claims if any("two fire doors" in e.quote for e in c.evidence)]
    assert found and found[0].status == "contested", [(c.text, c.status, c.outlets) for c in claims]
    sides = {v.value: v.outlets for v in found[0].variants}
    assert sides.get("asserts") == ["Quarry Post"] and sides.get("denies") == ["Linden Radio"], sides


# ------------------------------------------------------------------ figures of other counts


def _crash() -> list[Article]:
    return [
        _art("c1", "Pike Wire", "A night bus carrying 48 passengers and 2 drivers overturned near the village of "
             "Marl on Sunday, killing 6 people and injuring 21, the ambulance service said.",
             "2026-11-15T08:00:00Z"),
        _art("c2", "Orrin Gazette", "Nine people were killed and 30 injured when a night bus overturned near Marl "
             "on Sunday morning.", "2026-11-15T13:00:00Z"),
    ]


def test_conflicts_pair_figures_of_one_kind_whatever_the_order():
    st = split_statements(_crash())
    a = next(s for s in st if "night bus carrying" in s.text)
    b = next(s for s in st if "Nine people" in s.text)
    ab = sorted((x.value, y.value) for x, y, _ in _conflicts(a, b))
    ba = sorted((y.value, x.value) for x, y, _ in _conflicts(b, a))
    assert ab == ba == [(6.0, 9.0), (21.0, 30.0)], (ab, ba)


def test_passengers_are_not_set_against_the_injured():
    claims = find_claims(_crash())
    contested = [c for c in claims if c.status == "contested"]
    assert contested, [(c.text, c.status) for c in claims]
    for c in contested:
        values = {v.value for v in c.variants}
        assert "48" not in values and "passengers" not in (c.about or ""), (c.about, values)
        assert values in ({"6", "9"}, {"21", "30"}, {"6", "Nine"}), (c.about, values)


def test_a_figure_of_its_own_noun_is_no_side_of_a_casualty_count():
    arts = [
        _art("k1", "Linden Radio", "Four people died and 15 were injured in a blaze at the Brandt Weaving mill in "
             "Halby on Thursday.", "2026-11-19T16:00:00Z"),
        _art("k2", "Quarry Post", "Workers at the Brandt Weaving mill in Halby, where four people died in a blaze on "
             "Thursday, said on Friday that two fire doors had been locked."),
    ]
    st = split_statements(arts)
    a, b = st[0], st[1]
    assert not _conflicts(a, b) and not _conflicts(b, a)


# ------------------------------------------------------------------ who stands on each side


def _derail() -> list[Article]:
    return [
        _art("d1", "Ebbing Times", "A regional train derailed near Tolmar on Monday.\n\nKorrin Railways denied that "
             "the train had been going too fast.", "2026-11-16T10:00:00Z"),
        # (s28: a speed figure alone no longer asserts "too fast"; the report says it was going too fast)
        _art("d2", "Sallow Radio", "The train was going too fast when it entered the bend, according to data "
             "seen by Sallow Radio.", "2026-11-16T12:00:00Z"),
    ]


def test_denial_contest_names_who_denies_in_md_and_json():
    from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
    from newsloom.records import Story
    arts = _derail()
    brief = write_brief(Story("s", "", [a.id for a in arts]), arts)
    d = brief_to_dict(brief)
    denial = [c for c in d["conflicts"] if [v["value"] for v in c["variants"]] == ["asserts", "denies"]]
    assert denial, d["conflicts"]
    denies = next(v for v in denial[0]["variants"] if v["value"] == "denies")
    assert denies["attributions"] == ["Korrin Railways"] and denies["outlets"] == ["Ebbing Times"]
    md = brief_to_markdown(d)
    assert "denies: Korrin Railways (Ebbing Times)" in md, md


def _march() -> list[Article]:
    return [
        _art("p1", "Wexley Wire", "Nurses marched through Calder on Saturday against the pay freeze.\n\nAbout 30,000 "
             "people took part, according to the organisers, the Calder Nurses' Union. Police put the number at 8,000.",
             "2026-11-21T16:00:00Z"),
        _art("p2", "Tamsin Radio", "30,000 nurses and supporters marched through Calder on Saturday against the "
             "pay freeze.", "2026-11-21T18:00:00Z"),
        _art("p3", "Hobb Courier", "Saturday's march through Calder against the pay freeze drew 8,000 people, police "
             "said, while the Calder Nurses' Union said 30,000 had taken part.", "2026-11-22T10:00:00Z"),
        _art("p4", "Fenn Today", "The march starts at noon on Saturday. Organisers expect more than 25,000 people.",
             "2026-11-20T08:00:00Z"),
    ]


def test_crowd_variants_credit_each_figure_to_its_own_source():
    claims = find_claims(_march())
    crowd = [c for c in claims if c.status == "contested" and {"30,000", "8,000"} <= {v.value for v in c.variants}]
    assert crowd, [(c.text, c.status, [v.value for v in c.variants]) for c in claims]
    by_value = {v.value: v for v in crowd[0].variants}
    big = {(e.outlet, e.attribution) for e in by_value["30,000"].evidence}
    small = {(e.outlet, e.attribution) for e in by_value["8,000"].evidence}
    # (the union's figure in the courier's two-sided sentence is the union's, not the police's)
    assert ("Hobb Courier", "the Calder Nurses' Union") in big and ("Hobb Courier", "police") in small, (big, small)
    # ("Police put the number at 8,000": a verb of estimating names its source)
    assert ("Wexley Wire", "Police") in small, small
    # (a forecast is no side of the count made)
    assert all(e.outlet != "Fenn Today" for v in crowd[0].variants for e in v.evidence), big


def test_crowd_contest_md_says_who_gives_each_figure():
    from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
    from newsloom.records import Story
    arts = _march()
    md = brief_to_markdown(brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts)))
    section = md.split("## Where outlets differ")[1].split("\n## ")[0]
    assert "police (Hobb Courier, Wexley Wire)" in section, section
    assert "the Calder Nurses' Union (Hobb Courier)" in section and "unattributed: Tamsin Radio" in section, section


def test_a_report_of_the_heads_relative_clause_does_not_back_its_main_clause():
    arts = [
        _art("k1", "Linden Radio", "Four people died and 15 were injured in a blaze at the Brandt Weaving mill in "
             "Halby on Thursday.", "2026-11-19T16:00:00Z"),
        _art("k2", "Quarry Post", "Workers at the Brandt Weaving mill in Halby, where four people died in a blaze on "
             "Thursday, said on Friday that two fire doors had been locked."),
    ]
    claims = find_claims(arts)
    doors = [c for c in claims if "fire doors" in c.evidence[0].quote]
    assert doors and all(c.status == "single-source" for c in doors), [(c.text, c.status, c.outlets) for c in claims]
    # (the deaths are told by both: the mill workers' sentence backs them by its relative clause)
    deaths = [c for c in claims if any(e.quote.startswith("Four people died") for e in c.evidence)]
    assert deaths and deaths[0].status != "contested", [(c.text, c.status) for c in claims]
