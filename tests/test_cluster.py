"""Streaming story clustering on fictional articles (see fictional_quakes.py)."""
from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
import itertools

import pytest
from fictional_quakes import (ARREST, ARRESTS_NAMED_ONCE, ARRESTS_ONE_DAY, BRIDGE, BUDGET, BUDGET_VOTE, CRUSH, QUAKE_A,
                              QUAKE_B, QUAKE_TWO_PLACES, TWO_ARRESTS, TWO_GAMES, TWO_CRASHES, TWO_FIRES, TWO_RULINGS, TWO_SHOOTINGS, TWO_STORMS,
                              VERDICT, WEDDING)

from newsloom.cluster import Clusterer, figures, protagonist, names, restore, terms, time_order
from newsloom.records import Article


def _run(articles: list[Article], clusterer: Clusterer | None = None) -> dict[str, str]:
    cl = clusterer or Clusterer()
    out = {}
    for a in time_order(articles):
        got = cl.add(a)
        out[a.id] = got.story
        for moved in got.moved:  # split off into the new story with this article
            out[moved] = got.story
        out = {k: got.story if v in got.merged else v for k, v in out.items()}
    return out


def _one_story_in_every_order(articles: list[Article], before: Sequence[Article] = ()) -> None:
    """Whatever order its reports arrive in (after `before`), one event is one story."""
    for order in itertools.permutations(articles):
        got = _run([*before, *order])
        assert len({got[a.id] for a in articles}) == 1, [a.id for a in order]


def _two_stories_in_every_order(first: list[str], second: list[str], articles: list[Article],
                                before: Sequence[Article] = ()) -> None:
    """Whatever order the reports arrive in, those of `first` (ids) make one story and those of `second` another."""
    for order in itertools.permutations(articles):
        got = _run([*before, *order])
        ids = [a.id for a in order]
        assert len({got[i] for i in first}) == 1 and len({got[i] for i in second}) == 1, ids
        assert got[first[0]] != got[second[0]], ids


def test_same_event_reports_join_one_story():
    got = _run(QUAKE_A)
    assert got["a1"] == got["a2"] == got["a3"]


def test_two_earthquakes_of_the_same_kind_stay_apart():
    got = _run(QUAKE_A + QUAKE_B)
    assert got["b1"] == got["b2"]
    assert got["b1"] != got["a1"]


def test_two_earthquakes_on_the_same_day_stay_apart():
    same_day = [dataclasses.replace(a, published="2025-03-04") for a in QUAKE_B]
    got = _run(QUAKE_A[:2] + same_day)
    assert got["a1"] == got["a2"]
    assert got["b1"] == got["b2"] != got["a1"]


def test_another_event_in_the_same_city_on_the_same_day_is_another_story():
    # the arrest is reported first; the quake's reports share its city, its day and its weekday, no more
    got = _run(ARREST + QUAKE_A)
    assert got["d1"] == got["d2"]
    assert got["a1"] == got["a2"] == got["a3"] != got["d1"]


def test_other_news_from_the_same_country_is_another_story():
    got = _run(QUAKE_A + BUDGET)
    assert got["c1"] != got["a1"]


def test_same_words_far_apart_in_time_start_a_new_story():
    later = dataclasses.replace(QUAKE_A[1], id="a2-later", published="2025-06-20")
    got = _run(QUAKE_A[:1] + [later])
    assert got["a2-later"] != got["a1"]


def test_story_title_is_one_of_its_headlines():
    cl = Clusterer()
    got = _run(QUAKE_A, cl)
    title = cl.title(got["a1"])
    assert title in {a.title for a in QUAKE_A}


def test_restore_from_stored_articles_continues_the_same_stories():
    # First run: the first reports of both quakes; the articles are "stored" with their story ids.
    first = QUAKE_A[:2] + QUAKE_B[:1]
    cl = Clusterer()
    ids = _run(first, cl)
    stored = [dataclasses.replace(a, story=ids[a.id]) for a in first]
    # A new process restores from the store and sees the follow-up reports.
    _, restored = restore(stored)
    later = _run([QUAKE_A[2], QUAKE_B[1]], restored)
    assert later["a3"] == ids["a1"]
    assert later["b2"] == ids["b1"]


def test_story_never_becomes_a_catch_all():
    cl = Clusterer(dataclasses.replace(Clusterer().params, max_story_size=2))
    got = _run(QUAKE_A, cl)
    assert got["a1"] == got["a2"]
    assert got["a3"] != got["a1"]  # the full story takes no more; a new one starts


def test_terms_and_names():
    assert "earthquake" in terms("The earthquakes and an earthquake")
    assert "the" not in terms("the harbour")
    found = names("Rescuers reached Port Emberly on Tuesday. The Valdorian Seismic Institute said so.")
    assert "port emberly" in found
    assert "valdorian seismic institute" in found
    assert "rescuer" not in found and "rescuers" not in found
    # a sentence's first word is grammar unless it is an acronym
    assert names("CDC: masks are off. After that, NATO met.") == ["cdc", "nato"]
    assert names("BREAKING: Gunman kills four. KORVA — A gunman fled. AP contributed.") == []
    # a word after a capitalised grammar word does not open its sentence
    assert names("Former Kessaly mayor Pavel Rusk was jailed. In Carrow, police met.")[:2] == ["kessaly", "pavel rusk"]
    assert "carrow" in names("Former Kessaly mayor Pavel Rusk was jailed. In Carrow, police met.")
    # ... but the phrase's own first word is ("Earlier Monday"), and so is an institution's after "The"
    assert names("Earlier Monday, the mayor spoke.") == [] and names("The Senate voted. The Court ruled.") == []
    # a full stop after a whole word ends the name with the sentence; after an initial or a title it does not
    assert names("The mill stood in Ferran Vale. Ferran Vale's mayor wept.").count("ferran vale") == 2
    assert names("Mayor Ida W. Moss met Mr. Lind in St. Orrin. Carrow Police said no.") == [
        "mayor ida w moss", "mayor", "ida", "moss", "lind", "st orrin", "st", "orrin", "carrow police", "carrow",
        "police"]


def test_figures_multiply_in_their_scale_and_leave_out_years():
    assert figures("30K cases, then 30,000 cases and 30 thousand more") == ["30000"] * 3
    assert figures("a $3.5T plan, the $3.5 trillion plan, $3.5 trln") == ["3500000000000"] * 3
    assert figures("In 2021 a 7.0 quake killed 24 on a 5G network") == ["7.0", "24"]


def _jsonl(path, articles):
    import json

    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
                                 "language": "en", "text": a.text}) + "\n")


def test_ingest_assigns_stories_marks_reprints_and_continues_in_a_later_run(tmp_path):
    from newsloom.pipeline import ingest
    from newsloom.store import Store

    wire_copy = dataclasses.replace(
        QUAKE_A[0], id="a1-copy", outlet="Plainview Post",
        text="PLAINVIEW POST — Wire report\n\n" + QUAKE_A[0].text.rsplit("\n\n", 1)[0])
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    _jsonl(first, QUAKE_A[:2] + [wire_copy] + QUAKE_B[:1])
    _jsonl(second, [QUAKE_A[2], QUAKE_B[1]])
    db = tmp_path / "news.db"
    with Store(db) as store:
        ingest(store, [str(first)])
        a1, copy = store.get_article("a1"), store.get_article("a1-copy")
        assert copy.copy_of == "a1"
        assert copy.story == a1.story == store.get_article("a2").story
        story = store.get_story(a1.story)
        assert story.outlets == ["Northgate Wire", "Lowland Herald"]  # the reprint adds no outlet
        assert story.title in {a.title for a in QUAKE_A}
        assert story.first_seen == "2025-03-04"
    # A new process: the state is rebuilt from the store and the follow-ups join their stories.
    with Store(db) as store:
        ingest(store, [str(second)])
        assert store.get_article("a3").story == a1.story
        assert store.get_article("b2").story == store.get_article("b1").story != a1.story
        assert store.get_story(a1.story).last_seen == "2025-03-05"
        assert store.count_stories() == 2


def test_two_halves_of_one_event_merge_when_an_article_bridges_them():
    cl = Clusterer()
    a1, a2, _ = QUAKE_A
    # Suppose the first two reports ended up apart (as can happen when the second came in too soon).
    cl.add_doc(cl.featurise(a1), story_id="X")
    cl.add_doc(cl.featurise(a2), story_id="Y")
    lead1, lead2 = a1.text.split("\n\n")[0], a2.text.split("\n\n")[0]
    bridge = Article(
        id="bridge", outlet="Vellmoor Courier", published="2025-03-04",
        title="Quake kills 31 in Port Emberly, Valdoria",
        text=f"{lead1} {lead2}\n\nGovernor Mara Quillon said the Valdorian Seismic Institute "
             "recorded a magnitude of 6.8 near Port Emberly.",
    )
    result = cl.add(bridge)
    assert result.story == "X" and result.merged == ["Y"]
    assert "Y" not in cl.stories and cl.stories["X"].size == 3



def test_undated_reports_count_as_news_of_their_moment_in_the_stream():
    undated = dataclasses.replace(QUAKE_A[0], published=None)
    soon = dataclasses.replace(QUAKE_A[1], published="2025-03-06")
    months_later = dataclasses.replace(QUAKE_A[1], id="a2-late", published="2025-09-01")
    cl = Clusterer()
    cl.add(BUDGET[0])  # dated 2025-03-05: the stream's clock
    story = cl.add(undated).story
    assert cl.add(soon).story == story
    cl2 = Clusterer()
    cl2.add(BUDGET[0])
    story2 = cl2.add(undated).story
    assert cl2.add(months_later).story != story2


def test_a_roundup_of_two_earthquakes_does_not_merge_their_stories():
    cl = Clusterer()
    cl.merge_log = []
    for a in QUAKE_A[:2]:
        cl.add_doc(cl.featurise(a), story_id="X")
    for b in QUAKE_B:  # the same kind of event, the same day
        cl.add_doc(cl.featurise(dataclasses.replace(b, published="2025-03-04")), story_id="Y")
    lead = lambda a: a.text.split("\n\n")[0]  # noqa: E731
    roundup = Article(
        id="roundup", outlet="Vellmoor Courier", published="2025-03-05",
        title="Two earthquakes in two days: Port Emberly and Tarn Hollow",
        text="\n\n".join([lead(QUAKE_A[2]), lead(QUAKE_B[0]), lead(QUAKE_B[1])]),
    )
    result = cl.add(roundup)
    assert result.story in {"X", "Y"} and result.merged == []
    # The other story was compared with the one it joined (the story model was asked, and said no).
    assert [(a, b) for _, a, b in cl.merge_log] == [(result.story, ({"X", "Y"} - {result.story}).pop())]
    assert cl.stories["X"].size + cl.stories["Y"].size == 5


def test_story_model_rates_two_halves_of_one_event_above_two_events_of_one_kind():
    cl = Clusterer()
    for story_id, a in (("A1", QUAKE_A[0]), ("A2", QUAKE_A[1]), ("B", QUAKE_B[0])):
        cl.add_doc(cl.featurise(a), story_id=story_id)
    halves = cl.merge_probability(cl.story_features(cl.stories["A1"], cl.stories["A2"], 0.5))
    apart = cl.merge_probability(cl.story_features(cl.stories["A1"], cl.stories["B"], 0.5))
    assert halves >= cl.params.merge > apart


def test_a_report_that_shares_only_its_headline_with_a_story_still_finds_it():
    cl = Clusterer()
    cl.add_doc(cl.featurise(QUAKE_A[0]), story_id="X")
    # A follow-up whose body dwells on its own details; only the headline states the event.
    follow_up = Article(
        id="harbour", outlet="Lowland Herald", published="2025-03-07",
        title="After the magnitude 6.8 earthquake, the fishing fleet sails home",
        text=(
            "Trawlers, crabbers and two ferries sailed back into the harbour on Friday morning. "
            "Skippers said the trawlers had sheltered at sea, and crabbers had waited off the breakwater "
            "until coastguard divers checked the quays. Ferries resumed a reduced timetable, ferrying "
            "volunteers, tarpaulins, generators and bottled water; crabbers unloaded catches on cracked "
            "quays, and divers mapped fallen masonry beside the breakwater for the skippers. Coastguard "
            "volunteers stacked tarpaulins and generators by the lobster sheds, where lobster pots and "
            "masonry lay mixed with catches."
        ),
    )
    doc = cl.featurise(follow_up)
    assert "X" in {st.id for st in cl.candidates(doc)}


def test_stories_of_one_event_name_each_others_main_place_while_two_earthquakes_do_not():
    from newsloom.cluster import STORY_FEATURES

    cl = Clusterer()
    for story_id, a in (("A1", QUAKE_A[0]), ("A3", QUAKE_A[2]), ("B", QUAKE_B[0])):
        cl.add_doc(cl.featurise(a), story_id=story_id)
    main = STORY_FEATURES.index("main_names")
    one_event = cl.story_features(cl.stories["A1"], cl.stories["A3"], 0.5)
    two_quakes = cl.story_features(cl.stories["A1"], cl.stories["B"], 0.5)
    assert one_event[main] == 1.0 and two_quakes[main] == 0.0
    assert cl.merge_probability(one_event) > 10 * cl.merge_probability(two_quakes)


# A party removes its chair, and two days later elects a new one (fictional): the first report of the
# election names the ousted chair and the party, and joins the first story only at a borderline
# probability; the second report of the election matches the first one, not the ouster.
OUSTED = [
    Article(id="p1", outlet="Northgate Wire", published="2025-05-12",
            title="Harbour Party ousts Tomas Lind as party chair",
            text=("The Harbour Party removed Tomas Lind as its chair on Monday after a vote of its national "
                  "council in Vellmoor, ending a month of infighting over the party's election losses.\n\n"
                  "Council members voted 61 to 40 to remove Lind, who had led the party since 2019. "
                  "Lind called the vote a betrayal and said he would stay on as a member of parliament.")),
    Article(id="p2", outlet="Lowland Herald", published="2025-05-12",
            title="Lind voted out as Harbour Party chair after election defeats",
            text=("Tomas Lind lost his post as chair of the Harbour Party on Monday when the national council "
                  "voted 61 to 40 to remove him at a tense meeting in Vellmoor.\n\n"
                  "Critics blamed Lind for the party's losses in the spring elections. Lind said the council "
                  "had betrayed the members and that he would remain in parliament.")),
    Article(id="p3", outlet="Channel 9 Harbourtown", published="2025-05-12",
            title="Harbour Party council removes chair Lind",
            text=("The national council of the Harbour Party voted to remove Tomas Lind as party chair in "
                  "Vellmoor on Monday, by 61 votes to 40.\n\n"
                  "Lind, chair since 2019, had faced months of criticism over the spring election results. "
                  "He called the decision a betrayal.")),
]

# Event Q, two days later: the same party elects a new chair, Ada Brenn.
ELECTED = [
    Article(id="q1", outlet="Northgate Wire", published="2025-05-14",
            title="Harbour Party elects Ada Brenn as its new chair",
            text=("The Harbour Party elected Ada Brenn as its new chair on Wednesday, two days after "
                  "Tomas Lind was removed from the post.\n\n"
                  "Brenn, a former transport minister, won 72 of the council's 101 votes against Olek Varn. "
                  "She promised to unite the party and to win back voters in the coastal towns.")),
    Article(id="q2", outlet="Vellmoor Courier", published="2025-05-14",
            title="Ada Brenn wins Harbour Party leadership vote",
            text=("Former transport minister Ada Brenn was elected chair of the Harbour Party on Wednesday, "
                  "winning 72 of 101 council votes against Olek Varn.\n\n"
                  "Brenn promised to unite the party and to win back the coastal towns. "
                  "Varn congratulated Brenn and said he would serve under her.")),
]


def test_second_event_of_a_kind_that_joined_at_a_borderline_probability_is_split_off_with_its_next_report():
    cl = Clusterer()
    got = {a.id: cl.add(a) for a in OUSTED + ELECTED}
    assert got["q1"].story == got["p1"].story and got["q1"].score < cl.params.borderline
    # The next report of the election takes the first one with it into a story of their own.
    assert got["q2"].new and got["q2"].moved == ["q1"]
    assert got["q2"].story != got["p1"].story
    assert cl.stories[got["p1"].story].size == 3 and cl.stories[got["q2"].story].size == 2
    assert cl.title(got["p1"].story) in {a.title for a in OUSTED}


def test_two_arrests_in_one_city_on_consecutive_days_are_two_stories_in_a_quiet_stream():
    # The footballer's first report joins the singer's story, the only one, at a borderline probability.
    # His second report is far closer to it than to the singer's reports: it takes it into a story of
    # their own (each part is the other's rival, not the other stories of a stream that holds none).
    got = _run(TWO_ARRESTS)
    assert got["m1"] == got["m2"] == got["m3"]
    assert got["k1"] == got["k2"] != got["m1"]


def _tagged(a: Article) -> Article:
    # a page's tags, a dateline and a wire's credit name nothing the event is about
    return dataclasses.replace(a, title="BREAKING: " + a.title,
                               text="UPDATE: KORVA — " + a.text + "\n\nAP contributed to this report.")


@pytest.mark.parametrize("tag", [False, True], ids=["plain", "tagged"])
@pytest.mark.parametrize("before", [[], QUAKE_A + BUDGET + ARREST], ids=["quiet", "busy"])
def test_two_shootings_in_two_towns_on_one_day_are_two_stories(before, tag):
    # The second town's first report is the only candidate for the first town's story, alike in words
    # (one outlet wrote both), but not one name in common: that it stands alone tells nothing.
    got = _run(before + [_tagged(a) if tag else a for a in TWO_SHOOTINGS])
    assert got["s1"] == got["s2"]
    assert got["t1"] == got["t2"] != got["s1"]


def test_two_storms_over_one_country_are_two_stories():
    # One name in common (the country): the second storm's first report is the only candidate, and alike
    # in words, but each report is about a storm (and a forecaster) the other never names.
    got = _run(TWO_STORMS)
    assert got["w1"] == got["w2"]
    assert got["v1"] == got["v2"] != got["w1"]


@pytest.mark.parametrize("before", [[], QUAKE_A + QUAKE_B + BUDGET + ARREST + TWO_ARRESTS + TWO_SHOOTINGS + TWO_STORMS],
                         ids=["quiet", "busy"])
def test_two_arrests_in_one_city_on_one_day_are_two_stories_whatever_the_order(before):
    # One outlet wrote both arrests from one template: same city, same day, same words. A report about
    # someone a story never names joins it only provisionally (and bridges no stories), goes to the story
    # that names its protagonist when it may join both, and the next report about that person takes it
    # away, even from a one-report story. All 24 orders in which the four reports may arrive on one day.
    _two_stories_in_every_order(["n1", "n2"], ["j1", "j2"], ARRESTS_ONE_DAY, before)


@pytest.mark.parametrize("order", [["c1", "e1", "c2", "e2"], ["c1", "e1", "e2", "c2"], ["c1", "e2", "e1", "c2"]])
def test_two_plane_crashes_that_share_no_name_are_two_stories(order):
    # The second crash's first report is alike the first crash's in words (one outlet's template) and
    # joins it, but they share no name: it joins only provisionally and leaves with the next report
    # about its own crash; and a report that may join both crashes' stories goes to the one it shares
    # names with.
    by = {a.id: a for a in TWO_CRASHES}
    got = _run([by[i] for i in order])
    assert got["c1"] == got["c2"]
    assert got["e1"] == got["e2"] != got["c1"]


def test_two_rulings_of_one_court_on_one_day_are_two_stories_whatever_the_order():
    # Same court, same day, same judges named, one outlet's template: only the votes tell them apart.
    # A report counting a vote the story never counts joins it only provisionally, and no report
    # bridges its story to one whose vote it does not count.
    _two_stories_in_every_order(["r1", "r2"], ["u1", "u2"], TWO_RULINGS)


def test_a_vote_tally_is_read_in_figures_or_words_and_not_from_ranges_or_sizes():
    from newsloom.cluster import tallies

    assert tallies("The court ruled 5-4; the Senate passed it 94–1.") == {"5-4", "94-1"}
    assert tallies("The House passed it 364 to 62, by six votes to three in committee.") == {"364-62", "6-3"}
    assert tallies("Senate Passes Bill By 52 Votes To 48") == {"52-48"}
    assert tallies("ages 12-15, the 2020-21 season, a 24-hour strike, a 12-story block, 9-11, "
                   "prices fell from 40 to 25") == set()


@pytest.mark.parametrize("before", [[], QUAKE_A + BUDGET + ARREST], ids=["quiet", "busy"])
def test_one_event_whose_reports_are_each_about_someone_else_stays_one_story_whatever_the_order(before):
    # The minister's report joins the victim's story only provisionally (each is about someone the
    # other never names); the rescuer's report, about a third person, must not take it away: it is no
    # kin of the minister's report either.
    _one_story_in_every_order(BRIDGE, before)


def test_two_arrests_in_short_items_that_name_each_star_once_are_two_stories():
    # Each report names its star once, introduced by what they do ("comedian Lars Brede"): that is who
    # it is about, so the footballer's reports do not stay in the comedian's story.
    from newsloom.cluster import star

    text = "Stand-up star held over Dunmere bar brawl.\nPolice in Dunmere detained comedian Lars Brede at a bar."
    assert protagonist(names(text), text) is None and star(text) == "brede"
    # the star's word as names() writes it, and not a Title Case headline's verb
    assert star("Boxer Rhys Evans wins.\nBoxer Rhys Evans won the title.") == "evan" == names("Rhys Evans")[-1]
    assert star("Comedian Lars Brede Arrested After Bar Fight.\nPolice detained comedian Lars Brede.") == "brede"
    by = {a.id: a for a in ARRESTS_NAMED_ONCE}
    # (q2, q1, o2, o1: the comedian's next report is closest in words to the footballer's, not to the
    # comedian's provisional first one; it leaves with it all the same, as its kin)
    for ids in (["o2", "q1", "o1", "q2"], ["o2", "q1", "q2", "o1"], ["q2", "o1", "q1", "o2"], ["o1", "o2", "q1", "q2"],
                ["q2", "q1", "o2", "o1"]):
        got = _run([by[i] for i in ids])
        assert got["o1"] == got["o2"], ids
        assert got["q1"] == got["q2"] != got["o1"], ids


@pytest.mark.parametrize("before", [[], QUAKE_A + BUDGET + ARREST], ids=["quiet", "busy"])
def test_one_wedding_whose_reports_each_lead_with_another_star_stays_one_story(before):
    # A star named once is a weak sign: it makes a join provisional but keeps the credit of the one
    # story standing alone, so three reports of one wedding, each about another star, stay together.
    _one_story_in_every_order(WEDDING, before)


def test_a_reports_locale_is_the_town_its_first_lines_put_the_event_in():
    from newsloom.cluster import locale

    def where(title: str, body: str) -> str | None:
        return locale(Counter(names(title + ".\n" + body)), title, body)

    assert where("Blaze guts paper mill in Kessaly", "A blaze gutted a mill in Kessaly on Thursday.") == "kessaly"
    assert where("Plant fire kills one", "Fire swept through a plant in Ferran Vale. Ferran Vale's mayor wept.") == "ferran vale"
    # named once is no locale; nor a country, a people or a US state (same_place judges those)
    assert where("Fire in Kessaly", "A mill burned on Thursday.") is None
    assert where("Quake hits Haiti", "A quake struck in Haiti on Tuesday. Haiti counted 20 dead.") is None
    assert where("Tower falls in Florida", "A tower fell in Florida. Florida sent rescuers.") is None
    # nor a venue (another report may name the town instead), nor a person's ("in Lind's")
    assert where("Crush at Varne Park Stadium", "Fans died at Varne Park Stadium on Saturday.") is None
    assert where("Blast at Korvel Refinery", "Six died in a blast at Korvel Refinery. Korvel Refinery shut.") is None
    assert where("Rally in Lind's home town", "Crowds cheered in Lind's home town. Lind spoke.") is None
    # a town the gazetteer does not know is where the report happened, not whom it is about
    from newsloom.cluster import tokenise

    crash = tokenise("Plane crashes near Tarn Hollow", "A plane crashed near Tarn Hollow on Sunday. All 54 died.", 400)
    assert crash.locale == "tarn hollow" and crash.protagonist is None
    # nor a place named only beyond the first two sentences
    assert where("Mill fire kills four", "A mill burned. Four died. It was in Kessaly, near Kessaly Bridge.") is None


@pytest.mark.parametrize("before", [[], QUAKE_A + BUDGET + ARREST], ids=["quiet", "busy"])
def test_two_fires_in_two_towns_told_in_one_outlets_words_are_two_stories_in_any_order(before):
    # The same wire writes both fires in the same words; each happened in a town the other never names.
    # The second fire's first report joins the first fire's story only provisionally, and its next
    # report takes it along, even when that report is closer in words to the twin in the wire's template.
    _two_stories_in_every_order(["x1", "x2"], ["y1", "y2"], TWO_FIRES, before)


@pytest.mark.parametrize("before", [[], QUAKE_A + BUDGET + ARREST], ids=["quiet", "busy"])
def test_one_event_put_in_two_places_by_two_outlets_stays_one_story(before):
    # The epicentre and the worst-hit city, with one magnitude; a stadium and its city.
    for event in (QUAKE_TWO_PLACES, CRUSH):
        _one_story_in_every_order(event, before)


@pytest.mark.parametrize("before", [[], QUAKE_A + BUDGET + ARREST], ids=["quiet", "busy"])
def test_one_vote_told_by_outlets_that_share_no_name_but_its_tally_stays_one_story(before):
    # Each report leads with another politician and names no one the others name; "by 91 votes to 64" in
    # each is one chamber's vote (a court's 5-4 or a match's 2-1 is too small a tally to tell so).
    from newsloom.cluster import tallies

    assert all(tallies(a.title + "\n" + a.text) == {"91-64"} for a in BUDGET_VOTE)
    _one_story_in_every_order(BUDGET_VOTE, before)


@pytest.mark.parametrize("before", [[], QUAKE_A + BUDGET + ARREST], ids=["quiet", "busy"])
def test_two_games_with_one_score_and_two_fires_on_one_date_are_two_stories(before):
    # A shared tally only answers for the names two reports do not share; a whole number (a date's day,
    # a toll) is no telling figure: two fires in two towns on Jan. 22 are two fires.
    from newsloom.cluster import _telling

    assert _telling("6.3") and not _telling("22") and not _telling("23")
    _two_stories_in_every_order(["m1", "m2"], ["n1", "n2"], TWO_GAMES, before)
    dated = [dataclasses.replace(a, text=a.text.replace("on Thursday", "on Jan. 22")) for a in TWO_FIRES]
    assert all("Jan. 22" in a.text for a in dated)
    _two_stories_in_every_order(["x1", "x2"], ["y1", "y2"], dated, before)


@pytest.mark.parametrize("before", [[], QUAKE_A + BUDGET + ARREST], ids=["quiet", "busy"])
def test_one_verdict_told_from_the_bench_the_dock_and_the_prosecution_stays_one_story(before):
    # Each report is about another person; the town they share is named after "Former" in the first.
    _one_story_in_every_order(VERDICT, before)


def test_a_margin_without_credit_stays_below_zero():
    # Sharing no name, the article gets no credit for standing alone; but when another story is more
    # like it (a negative margin), the gate must not lift that to zero.
    from newsloom.cluster import FEATURES, StoryState, _margin

    cl = Clusterer()
    doc, member = (cl.featurise(a) for a in (TWO_SHOOTINGS[0], TWO_SHOOTINGS[2]))
    story = StoryState(id="s")
    cl._absorb(story, member)
    feats = [0.0] * len(FEATURES)
    feats[0], feats[FEATURES.index("names_disagree")] = 0.2, 1.0
    assert _margin(feats, 0.5, doc, story) == pytest.approx(-0.3)
    assert _margin(feats, 0.1, doc, story) == 0.0


def test_a_protagonist_is_a_named_one_not_an_institution_or_a_place():
    assert protagonist(names("Forecaster Henrik Solberg said so. Floods may follow, Solberg warned.")) == "solberg"
    assert protagonist(names("The Supreme Court ruled. The court of Supreme Court said.")) is None
    assert protagonist(names("Ada Brenn spoke once.")) is None  # named once: no one stands out
    # a surname opening a sentence is no name to names(), but counts as one more mention of Felix Borran
    text = "Borran held over club brawl.\nPolice detained actor Felix Borran at a club."
    assert protagonist(names(text)) is None and protagonist(names(text), text) == "borran"
    # a person always named after a long office is the name's last two words, and outnumbers a passing name
    text = ("Assembly Majority Whip Ada Brenn was shot at a charity match. Brenn was in surgery, and Brenn's "
            "staff said so. President Tomas Lind visited. Lind later left, Lind's aides said.")
    assert protagonist(names(text), text) == "brenn"
    assert protagonist(names("The Federal Bureau of Harbour Police said so. The Bureau of Harbour Police agreed.")) is None


def test_an_article_split_off_into_a_new_story_moves_there_in_the_store(tmp_path):
    from newsloom.pipeline import assign_stories
    from newsloom.store import Store

    with Store(tmp_path / "news.db") as store:
        for a in OUSTED + ELECTED:
            store.put_article(a)
        assign_stories(store, [store.get_article(a.id) for a in OUSTED + ELECTED])
        ousted, elected = store.get_article("p1").story, store.get_article("q2").story
        assert store.get_article("q1").story == elected != ousted
        assert store.get_story(ousted).article_ids == ["p1", "p2", "p3"]
        assert sorted(store.get_story(elected).article_ids) == ["q1", "q2"]


# A later report of the ouster (event P), after the election's reports.
LIND_STAYS = Article(
    id="p4", outlet="Ostra Evening Post", published="2025-05-15",
    title="Ousted chair Lind says he will not leave the Harbour Party",
    text=("Tomas Lind, removed as chair of the Harbour Party by its national council in Vellmoor on Monday, "
          "said on Thursday he would not leave the party and would keep his seat in parliament.\n\n"
          "The council voted 61 to 40 to remove Lind after the spring election losses. "
          "Lind repeated that the vote was a betrayal of the members."))
# A wire copy of the election's first report, run by another outlet.
ELECTED_COPY = dataclasses.replace(ELECTED[0], id="q1-copy", outlet="Ostra Evening Post")


def test_a_reprint_of_a_provisional_member_is_split_off_with_it_in_the_store_and_in_memory(tmp_path):
    from newsloom import cluster
    from newsloom.pipeline import assign_stories
    from newsloom.store import Store

    arts = OUSTED + [ELECTED[0], ELECTED_COPY, ELECTED[1], LIND_STAYS]
    with Store(tmp_path / "news.db") as store:
        for a in arts:
            store.put_article(a)
        assign_stories(store, [store.get_article(a.id) for a in arts])
        ousted, elected = store.get_article("p1").story, store.get_article("q2").story
        assert store.get_article("q1-copy").copy_of == "q1"
        # The reprint is provisional with its original (it is no firm reference in the rest of the
        # story), so the election splits off, and the reprint goes with what it reprints.
        assert elected != ousted
        assert sorted(store.get_story(elected).article_ids) == ["q1", "q1-copy", "q2"]
        assert store.get_story(ousted).article_ids == ["p1", "p2", "p3", "p4"]
        # In memory too: the ouster's story holds no trace of the election's reports.
        _, cl = cluster._STATES[store]
        st = cl.stories[ousted]
        assert st.size == 4 and {m.id for m in st.members} == {"p1", "p2", "p3", "p4"}
        assert "ada brenn" not in st.names and "brenn" not in st.body
        assert cl.stories[elected].size == 3 and not cl.stories[elected].provisional
        assert store.provisional_ids() == set()  # the moved ones start their story: firm there


def test_a_report_about_someone_the_story_never_names_stays_provisional_in_the_store_across_a_restart(tmp_path):
    from newsloom.pipeline import assign_stories
    from newsloom.store import Store

    by = {a.id: a for a in ARRESTS_ONE_DAY}
    # (told by another outlet than the actor's first report: one outlet's own second report of the day
    # that is apart from its first would start a story of its own, not join provisionally)
    by["j1"] = dataclasses.replace(by["j1"], outlet="Skerry Post")
    with Store(tmp_path / "news.db") as store:
        for i in ("n1", "n2", "j1"):
            store.put_article(by[i])
        assign_stories(store, [store.get_article(i) for i in ("n1", "n2", "j1")])
        # the rapper's first report is in the actor's story, as a provisional member
        assert store.get_article("j1").story == store.get_article("n1").story
        assert store.provisional_ids() == {"j1"}
    with Store(tmp_path / "news.db") as store:  # a new process state, restored from the file
        store.put_article(by["j2"])
        assign_stories(store, [store.get_article("j2")])
        rapper, actor = store.get_article("j2").story, store.get_article("n1").story
        assert store.get_article("j1").story == rapper != actor
        assert sorted(store.get_story(actor).article_ids) == ["n1", "n2"]


def test_a_split_takes_the_provisional_members_reprints_along_even_when_the_next_report_is_closest_to_one():
    cl = Clusterer()
    got = {a.id: cl.add(a) for a in OUSTED + ELECTED[:1]}
    # The copy carries one more paragraph, which the next report shares: it is the closest member.
    copy = dataclasses.replace(
        ELECTED_COPY, copy_of="q1",
        text=ELECTED[0].text + "\n\nVarn congratulated Brenn and said he would serve under her.")
    forced = cl.add_doc(cl.featurise(copy), story_id=got["q1"].story)
    assert forced.provisional and not got["p3"].provisional and got["q1"].provisional
    split = cl.add(ELECTED[1])
    assert split.new and sorted(split.moved) == ["q1", "q1-copy"]
    rest = cl.stories[got["p1"].story]
    assert rest.size == 3 and not rest.provisional and "brenn" not in rest.body
    assert {m.id for m in cl.stories[split.story].members} == {"q1", "q1-copy", "q2"}


@pytest.mark.parametrize("with_copy", [False, True])
def test_ingesting_in_two_runs_splits_off_as_one_run_does(tmp_path, with_copy):
    """`newsloom ingest` from cron: each run is a new process that restores the clusterer from the
    store, and the provisional marks must survive that for the split to happen as in one run."""
    from newsloom.pipeline import ingest
    from newsloom.store import Store

    first = OUSTED + [ELECTED[0]] + ([ELECTED_COPY] if with_copy else [])
    second = [ELECTED[1], LIND_STAYS]
    _jsonl(tmp_path / "first.jsonl", first)
    _jsonl(tmp_path / "second.jsonl", second)
    _jsonl(tmp_path / "all.jsonl", first + second)

    def stories(store):
        return {a.id: a.story for a in store.list_articles()}

    with Store(tmp_path / "one.db") as store:
        ingest(store, [str(tmp_path / "all.jsonl")])
        one_run = stories(store)
    with Store(tmp_path / "two.db") as store:
        ingest(store, [str(tmp_path / "first.jsonl")])
        assert stories(store)["q1"] == stories(store)["p1"]  # joined, provisionally
        assert store.provisional_ids() == ({"q1", "q1-copy"} if with_copy else {"q1"})
    with Store(tmp_path / "two.db") as store:  # a new store object: the clusterer is restored
        ingest(store, [str(tmp_path / "second.jsonl")])
        two_runs = stories(store)
    assert two_runs == one_run
    assert one_run["q1"] == one_run["q2"] != one_run["p1"] == one_run["p4"]
    if with_copy:
        assert one_run["q1-copy"] == one_run["q1"]


def test_time_order_sorts_by_the_time_of_day_when_known():
    def art(i, published):
        return Article(id=i, outlet="Tarn Wire", text="A ferry ran late.", published=published)

    given = [art("copy", "2026-05-12T13:30:00Z"), art("undated", None), art("wire", "2026-05-12T11:00:00Z"),
             art("day", "2026-05-12"), art("next", "2026-05-13"), art("same-day", "2026-05-12")]
    # The 11:00 report first, whatever order it came in; dates alone keep their order, before the day's
    # times; an undated article stays right after the dated one it followed.
    assert [a.id for a in time_order(given)] == ["day", "same-day", "wire", "copy", "undated", "next"]


# A follow-up two days on that dates its event to the story's day ("Tuesday's earthquake"), in other words,
# figures and people than the first report: the gap weight fitted on one-day stories alone split it off.
_TARN_WIRE = Article(
    id="tarn-wire", outlet="Corvel Wire", title="Earthquake kills at least 9 in Tarnby hills",
    published="2026-03-03T08:00:00Z",
    text=("OSKERFELD, March 3 (Corvel Wire) - A magnitude 5.9 earthquake struck the Tarnby hills early on Tuesday, "
          "killing at least 9 people and flattening dozens of homes in the town of Oskerfeld, the Tarnby "
          "Seismic Bureau said.\n\nThe quake hit at 3:40 a.m. at a depth of 12 km, the bureau said.\n\n"
          "Regional governor Pello Vark said rescuers were still searching for people trapped under rubble. "
          "\"We fear the number of dead will rise,\" Vark told reporters.\n\nAt least 60 people were injured, "
          "according to the regional health office.\n\nThe old stone bridge over the river collapsed, the "
          "bureau said.\n\nSchools across the hills will stay closed until Monday, the governor's office said."),
)
_TARN_RADIO = Article(
    id="tarn-radio", outlet="Radio Oskerfeld", title="Twenty-two dead as aftershock rattles Oskerfeld",
    published="2026-03-05T07:00:00Z",
    text=("Twenty-two people died in Tuesday's earthquake, the regional health office said, as an aftershock on "
          "Wednesday sent frightened residents back into the streets.\n\nThe quake had a magnitude of 6.0, the "
          "Southern Geological Service said.\n\nRescue chief Ilse Drago said her teams had pulled 11 people alive "
          "from the rubble. \"Every hour counts now,\" she said.\n\nThe regional building office has rejected "
          "the survivors' claims that it ignored building rules.\n\nAbout 1,500 people are sleeping in tents on "
          "the market square."),
)
# Another quake on the same Tuesday, far away, told the same way two days on: its own story.
_VELM_RADIO = Article(
    id="velm-radio", outlet="Velm Islands Radio", title="Five dead as aftershock rattles Saltholm",
    published="2026-03-05T09:00:00Z",
    text=("Five people died in Tuesday's earthquake on the Velm islands, the island health office said, as an "
          "aftershock on Wednesday sent frightened residents of Saltholm back into the streets.\n\nThe quake had "
          "a magnitude of 5.2, the Velm Island Observatory said.\n\nHarbour master Aino Rask said rescuers had "
          "pulled 3 people alive from the rubble in Saltholm. \"Every hour counts now,\" Rask said.\n\nAbout 400 "
          "people are sleeping in tents on the Saltholm quay."),
)
# Unrelated news stored earlier (another week): it changes word rarity, which must not decide the join.
_BEFORE = [
    Article(id=f"other-{i}", outlet="Corvel Wire", title=title, published=f"2026-02-{10 + i:02d}T09:00:00Z",
            text=text)
    for i, (title, text) in enumerate([
        ("Ferry strike halts crossings to Dunwick", "Ferry crews walked out on Monday over pay, halting all "
         "crossings to Dunwick, the Dunwick Seafarers' Union said. The ferry company said talks would resume."),
        ("Brenna council approves new library", "Brenna town council approved plans for a new library on the "
         "old market site on Wednesday, councillor Maret Olle said. Building starts in the spring."),
        ("Orsk mill to cut 300 jobs", "The Orsk paper mill will cut 300 jobs as orders fall, its owner Halvik "
         "Paper said on Thursday. Union leaders called the cuts a betrayal."),
    ])
]


@pytest.mark.parametrize("before", [[], _BEFORE], ids=["alone", "after-other-news"])
def test_a_follow_up_dating_its_event_to_the_storys_day_joins_it_days_later(before):
    got = _run([*before, _TARN_WIRE, _TARN_RADIO, _VELM_RADIO])
    assert got["tarn-radio"] == got["tarn-wire"]
    assert got["velm-radio"] != got["tarn-wire"]


# The same follow-up with its lede dating the event in a relative clause, not a possessive: "the earthquake that
# struck on Tuesday" (audit 16 #2). Measured: it joined at p=0.11 two days on, the two-day gap costing more than
# its lede earned.
_TARN_LEDES = [
    "Twenty-two people have died in the earthquake that struck on Tuesday",
    "Twenty-two people have died in the quake that hit Oskerfeld on Tuesday",
    "Twenty-two people have died in the earthquake that struck the Tarnby hills early on Tuesday",
    "The death toll from the earthquake which struck Oskerfeld on Tuesday has risen to 22",
]


@pytest.mark.parametrize("lede", _TARN_LEDES)
@pytest.mark.parametrize("published", ["2026-03-05T07:00:00Z", "2026-03-06T07:00:00Z"], ids=["thu", "fri"])
@pytest.mark.parametrize("before", [[], _BEFORE], ids=["alone", "after-other-news"])
def test_a_follow_up_dating_its_event_in_a_relative_clause_joins_its_story_days_later(lede, published, before):
    text = _TARN_RADIO.text.replace("Twenty-two people died in Tuesday's earthquake", lede, 1)
    assert text != _TARN_RADIO.text
    radio = dataclasses.replace(_TARN_RADIO, text=text, published=published)
    # (the Velm report, in the radio's own words, comes after it on Thursday; on Friday it would come first
    # and be the closer in words: a rival of another kind, left out there)
    velm = [_VELM_RADIO] if published < _VELM_RADIO.published else []
    got = _run([*before, _TARN_WIRE, radio, *velm])
    assert got["tarn-radio"] == got["tarn-wire"]
    assert not velm or got["velm-radio"] != got["tarn-wire"]


def test_event_days_reads_a_dating_relative_clause_but_not_a_reported_day_or_a_day_compared_with():
    from datetime import date

    from newsloom.cluster import event_days

    tue = (date(2026, 3, 3).toordinal(),)
    pub = "2026-03-05T07:00:00Z"  # a Thursday
    assert event_days("", "Eight died in the fire that broke out in Selm on Tuesday, police said.", pub, 6) == tue
    assert event_days("", "The bridge, which was closed early on Tuesday, reopened.", pub, 6) == tue
    # a day of saying, a clause whose subject comes first: no event day
    assert event_days("", "His lawyer said in a statement that Orrin was fired on Tuesday.", pub, 6) == ()
    assert event_days("", "The plan, which Selm councillors unveiled on Tuesday, was dropped.", pub, 6) == ()
    # the report's own news is dated after the day it names: that day is its background
    assert event_days("", "A quake hit Saltholm, two days after the quake that struck Oskerfeld on Tuesday.", pub, 6) == ()
    assert event_days("", "A quake hit Saltholm two days after Tuesday's deadly quake in Oskerfeld.", pub, 6) == ()


# A second quake two days later, told in the same wire's words, that compares itself with the first one.
_SALT_WIRE_LEDES = [
    "two days after Tuesday's deadly quake in Oskerfeld",
    "two days after the quake that killed 9 in Oskerfeld on Tuesday",
]


@pytest.mark.parametrize("after", _SALT_WIRE_LEDES)
def test_a_second_quake_that_names_the_first_ones_day_stays_its_own_story(after):
    salt = Article(
        id="salt-wire", outlet="Corvel Wire", title="Earthquake jolts Velm islands", published="2026-03-05T16:00:00Z",
        text=("SALTHOLM, March 5 (Corvel Wire) - A magnitude 5.2 earthquake struck the Velm islands on Thursday, "
              f"injuring six people, {after}, the Velm Island Observatory said.\n\nThe quake hit at 11:40 a.m. at a "
              "depth of 15 km, the observatory said.\n\nFerry services were halted for three hours, the harbour "
              "authority said."))
    got = _run([_TARN_WIRE, salt])
    assert got["salt-wire"] != got["tarn-wire"]


def _stories_by_ingest_order(tmp_path, quake, other, *orders):
    """The stored stories (sorted lists of article ids) after ingesting the quake's reports and other news in
    each order: a tuple of runs, each run a new process (the clusterer restored from the store), each run
    naming the files it ingests together ("other quake" is one run of both)."""
    from newsloom.pipeline import ingest
    from newsloom.store import Store

    _jsonl(tmp_path / "quake.jsonl", quake)
    _jsonl(tmp_path / "other.jsonl", other)
    got = {}
    for n, order in enumerate(orders):
        for run in order:
            with Store(tmp_path / f"{n}.db") as store:
                ingest(store, [str(tmp_path / f"{f}.jsonl") for f in run.split()])
        with Store(tmp_path / f"{n}.db") as store:
            by_story: dict[str, set[str]] = {}
            for a in store.list_articles():
                by_story.setdefault(a.story, set()).add(a.id)
        got[order] = sorted(sorted(ids) for ids in by_story.values())
    return got


def test_a_follow_up_joins_its_story_whatever_was_stored_before_and_in_whatever_order(tmp_path):
    """Audit 16 #2: the same articles give the same stories whether unrelated news came first, after (in a
    later run), or in the same run."""
    radio = dataclasses.replace(_TARN_RADIO, text=_TARN_RADIO.text.replace(
        "Twenty-two people died in Tuesday's earthquake", _TARN_LEDES[1], 1))
    got = _stories_by_ingest_order(tmp_path, [_TARN_WIRE, radio, _VELM_RADIO], _BEFORE, ("quake", "other"),
                                   ("other", "quake"), ("other quake",))
    assert got[("quake", "other")] == got[("other", "quake")] == got[("other quake",)]
    assert ["tarn-radio", "tarn-wire"] in got[("other quake",)]



# Audit 16 #2: a follow-up whose lede dates nothing, a day on, in few of its story's words and none of its names.
# Word rarity was learned from the store alone: with only the quake's reports stored, its own words ('earthquake',
# 'rubble', 'homes') are in every report and weighed little, and the follow-up split off (p=0.68); with unrelated
# news stored before it joined (p=0.78). Rarity is now read as if unrelated reports were always stored.
_TARN_POST = Article(
    id="tarn-post", outlet="Brenna Post", title="Quake shakes Oskerfeld, homes destroyed",
    published="2026-03-03T12:00:00Z",
    text=("An earthquake shook Oskerfeld before dawn on Tuesday, destroying dozens of homes in the Tarnby hills and "
          "killing at least 12 people, officials said.\n\nRescuers dug through rubble with their hands. The regional "
          "health office said hospitals were full."),
)
_TARN_TOLL = Article(
    id="tarn-toll", outlet="Radio Oskerfeld", title="Quake death toll rises to 22", published="2026-03-04T07:00:00Z",
    text=("Twenty-two people have died in the earthquake, the regional health office said on Wednesday.\n\n"
          "Rescuers were still searching the rubble of homes in the hills, a fire brigade officer said.\n\n"
          "More than 80 people were injured, the office said.\n\nThe army sent tents and field kitchens to the town."),
)
_MORE_BEFORE = [
    Article(id=f"more-{i}", outlet="Brenna Post", title=title, published=f"2026-02-{20 + i:02d}T09:00:00Z", text=text)
    for i, (title, text) in enumerate([
        ("Storm closes Dunwick harbour", "A winter storm closed Dunwick harbour on Friday and cut power to 2,000 "
         "homes, the harbour master said. Fishing boats stayed in port."),
        ("Orsk votes for new mayor", "Voters in Orsk elected teacher Anna Velt as mayor on Sunday, the election "
         "office said. Turnout was 61 percent."),
        ("Railway line to Brenna reopens", "The railway line between Brenna and Orsk reopened on Monday after three "
         "months of repairs, the rail operator said."),
        ("Hospital in Dunwick gets new wing", "Dunwick hospital opened a new children's wing on Tuesday, paid for by "
         "the regional health office. Doctors welcomed it."),
        ("Brenna football club sacks coach", "Brenna FC sacked coach Tomas Lind on Wednesday after five defeats in a "
         "row, the club said."),
    ])
]


def test_a_follow_up_that_names_no_day_joins_its_story_whatever_else_is_stored_and_in_whatever_order(tmp_path):
    got = _stories_by_ingest_order(tmp_path, [_TARN_WIRE, _TARN_POST, _TARN_TOLL], _BEFORE + _MORE_BEFORE,
                                   ("quake",), ("quake", "other"), ("other", "quake"), ("other quake",))
    # the quake's reports all in one story, and the same stories in every order
    assert all(["tarn-post", "tarn-toll", "tarn-wire"] in stories for stories in got.values())
    assert got[("quake", "other")] == got[("other", "quake")] == got[("other quake",)]


def _fire(id_, place, region, town, agency, person, area, day, published):
    return Article(
        id=id_, outlet="Tessel Wire", title=f"Wildfire in {place} burns {area} hectares, homes lost",
        published=published,
        text=(f"{town.upper()}, Aug {day} (Tessel Wire) - A wildfire in the {place} of {region} has burned about "
              f"{area} hectares since it broke out on Sunday afternoon, the {agency} said on Monday.\n\n"
              f"The fire was 10% contained by Monday evening, spokesman {person} said.\n\n"
              f"About 2,500 residents of {town} and nearby villages were ordered to leave their homes.\n\n"
              f"\"The wind is our biggest enemy right now,\" {person.split()[-1]} said.\n\n"
              "More than 300 firefighters are fighting the blaze."))


def test_two_fires_told_by_one_wire_in_one_template_stay_apart():
    # the wire's own name in both datelines is no name they share; "the Quarry Hills of Orvel County"
    # names the Quarry Hills a second time
    a = _fire("fire-a", "Quarry Hills", "Orvel County", "Lindmoor", "Orvel Fire Service", "Aksel Brandt",
              "1,800", 10, "2026-08-10T18:00:00Z")
    b = _fire("fire-b", "Sorrel Downs", "Vannick Province", "Hestby", "Vannick Fire Authority", "Petra Lind",
              "1,200", 11, "2026-08-11T18:00:00Z")
    got = _run([a, b])
    assert got["fire-a"] != got["fire-b"]
    got = _run([b, a])
    assert got["fire-a"] != got["fire-b"]


def _rate_rise(id_, bank, city, governor, rate, tally, published):
    return Article(
        id=id_, outlet="Ostrel Wire", title=f"{bank} raises rate to {rate} as inflation stays high",
        published=published,
        text=(f"{city.upper()}, Nov 19 (Ostrel Wire) - The {bank} raised its main interest rate by a quarter of a "
              f"percentage point to {rate} on Thursday, as inflation stayed well above its target.\n\n"
              f"The bank's monetary policy board voted {tally} for the increase.\n\n"
              "Consumer prices rose faster than expected in October, the statistics office said. The bank's "
              "target is 2%.\n\n"
              f"\"We are not yet done,\" Governor {governor} told a news conference."))


_BANK_A = _rate_rise("bank-a", "Bank of Tervala", "Morsund", "Ilse Varga", "4.5%", "7-2", "2026-11-19T12:30:00Z")
_BANK_B = _rate_rise("bank-b", "Kessmark Reserve Bank", "Ulvik", "Tor Hallin", "3.25%", "6-3", "2026-11-19T13:10:00Z")


def test_two_banks_told_by_one_wire_on_one_day_are_two_stories_in_any_order():
    # one outlet does not tell one event twice in a day without naming what it is about: its two template
    # reports that each name a bank, a governor and a vote the other never does are two events
    _two_stories_in_every_order(["bank-a"], ["bank-b"], [_BANK_A, _BANK_B])


def test_one_wires_second_report_of_its_bank_on_the_same_day_joins():
    follow = Article(
        id="bank-a2", outlet="Ostrel Wire", title="Tervala rate rise splits the board",
        published="2026-11-19T16:00:00Z",
        text=("MORSUND, Nov 19 (Ostrel Wire) - Two members of the Bank of Tervala's policy board voted against "
              "Thursday's rise in the main interest rate to 4.5%, minutes showed.\n\n"
              "Governor Ilse Varga said inflation was still well above the bank's 2% target."))
    _one_story_in_every_order([_BANK_A, follow])
