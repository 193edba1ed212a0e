"""Session 28 (X1): one fact told two or three times in the body (a goal in a report and a live text, a
release's figure and a report's), and a goal's minute contested though a third report joins.
All articles, outlets, people and places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article


def _art(id_: str, outlet: str, text: str, published: str = "2026-03-08T21:00:00Z", title: str = "Report") -> Article:
    return Article(id=id_, outlet=outlet, title=title, text=text, published=published)


def _with(claims, words: str):
    found = [c for c in claims if any(words in e.quote for e in c.evidence)]
    assert found, [c.text for c in claims]
    return found


# ------------------------------------------------------------------ a match: two goals, three reports


def _match(radio: bool = True, live: bool = False) -> list[Article]:
    arts = [
        _art("a1", "Tamsby Sport",
             "Corran beat Veldon 2-1 at Millbrook Park on Saturday, with Stefan Jürgens scoring the winner in the "
             "81st minute.\n\nPavel Kovač had given Veldon the lead in the 17th minute before Aldo Ferri equalised "
             "for Corran in the 46th minute.\n\nVeldon midfielder Ivo Lenz was booked in the 60th minute.",
             title="Corran beat Veldon 2-1"),
        _art("a2", "Veldon Courier",
             "Veldon lost 2–1 to Corran on Saturday after a poor second half.\n\nPavel Kovac scored for Veldon in "
             "the 17th minute. Stefan Juergens's 81st-minute goal won it for Corran.\n\nThe Corran equaliser came "
             "in the 48th minute from Aldo Ferri.", published="2026-03-08T22:00:00Z", title="Veldon beaten 2–1"),
    ]
    if radio:
        arts.append(_art("a3", "Corran FM",
                         "Stefan Juergens scored in the 81st minute as Corran came from behind to beat Veldon by two "
                         "goals to one.\n\nPavel Kovac opened the scoring for Veldon after 17 minutes.",
                         published="2026-03-08T21:30:00Z", title="Juergens wins it for Corran"))
    if live:
        arts.append(_art("a4", "Millbrook Echo",
                         "Live: Corran v Veldon\n\n17' Kovač fires Veldon ahead.\n\n46' Ferri heads in the "
                         "equaliser.\n\n81' Jürgens turns in Ferri's cross.",
                         published="2026-03-08T19:00:00Z", title="Live: Corran v Veldon"))
    return arts


def _minute_contest(claims):
    return [c for c in claims if c.status == "contested"
            and {v.value for v in c.variants} >= {"46th minute", "48th minute"}]


def test_goal_minute_contest_kept_when_a_third_report_joins():
    # the report telling both goals backs the first; its second goal's minute still meets the other report's
    claims = find_claims(_match())
    found = _minute_contest(claims)
    assert len(found) == 1, [(c.text, c.status, [v.value for v in c.variants]) for c in claims]
    by_value = {v.value: v.outlets for v in found[0].variants}
    assert by_value["46th minute"] == ["Tamsby Sport"] and by_value["48th minute"] == ["Veldon Courier"]
    # (and the first goal's minute, agreed by all, is set against no other goal's)
    assert len([c for c in claims if c.status == "contested"]) == 1


def test_goal_minute_contest_kept_beside_a_live_text():
    claims = find_claims(_match(live=True))
    found = _minute_contest(claims)
    assert len(found) == 1, [(c.text, c.status, [v.value for v in c.variants]) for c in claims]
    by_value = {v.value: sorted(v.outlets) for v in found[0].variants}
    assert by_value["46th minute"] == ["Millbrook Echo", "Tamsby Sport"], by_value
    assert by_value["48th minute"] == ["Veldon Courier"], by_value


def test_one_goal_is_one_claim_in_a_report_a_paper_and_a_live_text():
    # "81' Jürgens turns in Ferri's cross" and "Stefan Juergens's 81st-minute goal won it" tell the winner the
    # lead tells: one claim, not three
    claims = find_claims(_match(live=True))
    told = [c for c in claims if "81" in c.text]
    assert len(told) == 1, [(c.text, c.status) for c in told]
    outlets = set(told[0].outlets)
    assert {"Tamsby Sport", "Veldon Courier", "Corran FM", "Millbrook Echo"} <= outlets, outlets


def test_a_goal_minute_and_a_name_spelt_two_ways_back_each_other():
    claims = find_claims(_match(radio=False, live=True))
    live = _with(claims, "81' Jürgens turns in")
    assert len(live) == 1 and live[0].status == "corroborated", [(c.text, c.status) for c in claims]


def test_the_same_papers_second_sentence_of_the_leads_figure_is_no_claim_of_its_own():
    # the Courier backs the lead with "lost 2–1"; its "81st-minute goal" sentence tells the lead's minute again
    claims = find_claims(_match())
    winner = [c for c in claims if any("81st-minute goal" in e.quote for e in c.evidence)]
    assert len(winner) == 1 and "Jürgens scoring the winner" in winner[0].text, [c.text for c in winner]


# ------------------------------------------------------------------ a release's figure and a report's


def _results() -> list[Article]:
    return [
        _art("r1", "Pellworth Industries",
             "Pellworth Industries today reported first-quarter sales of $640 million, up 4% from a year earlier.\n\n"
             "Operating profit fell to $52 million from $61 million a year earlier.\n\nAbout Pellworth Industries: "
             "Pellworth makes pumps and valves.", published="2026-04-21T06:00:00Z", title="Pellworth reports results"),
        _art("r2", "Dunmere Markets",
             "Pellworth Industries posted sales of $640m for the first quarter.\n\nOperating profit dropped to $52m."
             "\n\nThe shares rose 2% in early trading.", published="2026-04-21T09:00:00Z", title="Pellworth sales rise"),
    ]


def test_a_reports_figure_from_the_release_is_one_fact_with_it():
    claims = find_claims(_results())
    profit = [c for c in claims if any("profit" in e.quote for e in c.evidence)]
    assert len(profit) == 1, [(c.text, c.status, c.outlets) for c in profit]
    assert {e.outlet for e in profit[0].evidence} == {"Pellworth Industries", "Dunmere Markets"}
    # (a release adds no outlet beside a report: one source still)
    assert profit[0].status == "single-source"


def test_a_reports_cut_of_a_release_quotation_is_one_remark_with_it():
    # 'said the quarter had been "tough"' quotes one word of the chief executive's remark in the release
    arts = _results()
    arts[0].text = arts[0].text.replace(
        "\n\nAbout", "\n\n\"This was a tough quarter, and we are taking firm steps to cut our costs,\" said chief "
        "executive Lena Marsk.\n\nAbout")
    arts[1].text += "\n\nChief executive Lena Marsk said the quarter had been \"tough\"."
    claims = find_claims(arts)
    told = [c for c in claims if any("tough" in e.quote for e in c.evidence)]
    assert len(told) == 1, [(c.text, c.outlets) for c in told]
    assert {e.outlet for e in told[0].evidence} == {"Pellworth Industries", "Dunmere Markets"}
