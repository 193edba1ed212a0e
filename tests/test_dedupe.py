"""Reprint detection on fictional articles: light edits are caught, independent reports are not."""
from __future__ import annotations

import dataclasses

from fictional_quakes import QUAKE_A

from newsloom.dedupe import ReprintIndex, containment, independent_outlets, reprint_groups, shingles
from newsloom.records import Article, Removal

WIRE = Article(
    id="w1", outlet="Northgate Wire", published="2025-04-02",
    title="Ferry runs aground off Gull Island, all 240 passengers safe",
    text=(
        "A passenger ferry ran aground on a sandbar off Gull Island on Wednesday morning, and all 240 "
        "passengers and 18 crew were taken off safely by lifeboats and fishing boats, the coastguard said.\n\n"
        "The Star of Amberley, operated by Tessel Lines, left Harrowport at 6.40 a.m. and struck the bar "
        "in thick fog about an hour later. Coastguard commander Ines Falk said the hull was not breached "
        "and no fuel had leaked.\n\n"
        "Tessel Lines cancelled its remaining crossings for the day and said engineers would inspect the "
        "vessel once the tide turned. Passengers were given hot drinks at the Gull Island harbour hall.\n\n"
        "It was the second grounding on the route this year; a cargo barge hit the same bar in January."
    ),
)


def _copy(**changes) -> Article:
    return dataclasses.replace(WIRE, **changes)


def test_verbatim_copy_under_another_outlet_name():
    idx = ReprintIndex()
    assert idx.add(WIRE) is None
    copy = _copy(id="r1", outlet="Plainview Post", text="PLAINVIEW POST — Wire report\n\n" + WIRE.text)
    assert idx.add(copy) == "w1"


def test_new_lede_trimmed_ending_and_junk():
    idx = ReprintIndex()
    idx.add(WIRE)
    paras = WIRE.text.split("\n\n")
    text = "\n\n".join([
        "Commuters on the island route faced another disrupted morning.",  # a lede of its own
        "Share this article on Facebook",
        *paras[:3],  # the last paragraph trimmed
        "Sign up for our newsletter. Photo: Harbour Images",
    ])
    assert idx.add(_copy(id="r2", outlet="Harbor Gazette", title="Ferry aground off Gull Island", text=text)) == "w1"


def test_copy_of_a_copy_points_at_the_first_original():
    idx = ReprintIndex()
    idx.add(WIRE)
    idx.add(_copy(id="r1", outlet="Plainview Post"))
    second = _copy(id="r3", outlet="Metro Times", text=WIRE.text.rsplit("\n\n", 1)[0])
    assert idx.add(second) == "w1"


def test_independent_reports_of_the_same_event_are_not_reprints():
    idx = ReprintIndex()
    for a in QUAKE_A:
        assert idx.add(a) is None


def test_other_news_is_not_a_reprint():
    idx = ReprintIndex()
    idx.add(WIRE)
    assert idx.add(QUAKE_A[0]) is None


def test_containment_measures_the_shorter_text():
    full = shingles(WIRE.text)
    half = shingles(WIRE.text.split("\n\n")[0])
    assert containment(half, full) == 1.0
    assert containment(shingles(QUAKE_A[0].text), full) == 0.0


def test_independent_outlets_count_reprints_once():
    arts = [
        WIRE,
        _copy(id="r1", outlet="Plainview Post", copy_of="w1"),
        _copy(id="r2", outlet="Harbor Gazette", copy_of="w1"),
        dataclasses.replace(QUAKE_A[1], id="x1", outlet="Lowland Herald"),
    ]
    assert independent_outlets(arts) == ["Northgate Wire", "Lowland Herald"]
    assert reprint_groups(arts) == {"w1": ["r1", "r2"]}
    # A copy whose original is not among the articles stands for it.
    assert independent_outlets(arts[1:2]) == ["Plainview Post"]


def test_updated_text_replaces_the_indexed_version():
    idx = ReprintIndex()
    idx.add(WIRE)
    assert idx.add(_copy(text=QUAKE_A[0].text)) is None  # same id, new words: not a copy of itself
    assert len(idx) == 1


def test_a_look_alike_months_later_is_not_a_reprint():
    idx = ReprintIndex()
    idx.add(WIRE)
    assert idx.add(_copy(id="r10", outlet="Harbor Gazette", published="2025-04-04")) == "w1"
    assert idx.add(_copy(id="r9", outlet="Plainview Post", published="2025-09-30")) is None
    assert len(idx) == 1  # the April articles are past the reprint window and forgotten


# One outlet's template for two robberies: the same words, other towns and sums in the same places.
ROBBERY = Article(
    id="b1", outlet="Greyhaven Post", published="2026-08-10T13:00:00Z", title="Armed men rob bank in Greyhaven",
    text=("Two armed men robbed a branch of Kestrel Bank in Greyhaven on Monday and escaped with about "
          "40,000 crowns, police said.\n\nNo one was hurt, police said."),
)
SECOND_ROBBERY = dataclasses.replace(
    ROBBERY, id="b2", outlet="Fenwick Ledger", published="2026-08-10T15:00:00Z",
    title="Armed men rob bank in Pellow",
    text=("Two armed men robbed a branch of Kestrel Bank in Pellow on Monday and escaped with about "
          "25,000 crowns, police said.\n\nNo one was hurt, police said."),
)


def test_one_template_for_two_events_is_not_a_reprint():
    idx = ReprintIndex()
    idx.add(ROBBERY)
    assert idx.add(SECOND_ROBBERY) is None
    # Only one slot changed is still another event: another town, or another sum.
    town = dataclasses.replace(SECOND_ROBBERY, id="b3", title=ROBBERY.title,
                               text=ROBBERY.text.replace("Greyhaven", "Pellow"))
    assert idx.add(town) is None
    # ...while a copy of either that drops a sentence and adds its own lede and name is a reprint.
    copy = dataclasses.replace(
        SECOND_ROBBERY, id="b4", outlet="Tollbridge News", title="Pellow bank robbed",
        text="TOLLBRIDGE NEWS - A quiet market day ended in fear.\n\n" + SECOND_ROBBERY.text.split("\n\n")[0])
    assert idx.add(copy) == "b2"


def test_a_copy_naming_its_own_outlet_in_the_dateline_is_a_reprint():
    idx = ReprintIndex()
    wire = _copy(id="w2", text="HARROWPORT (Northgate Wire) - " + WIRE.text)
    idx.add(wire)
    copy = _copy(id="r5", outlet="Plainview Post",
                 text=wire.text.replace("(Northgate Wire)", "(Plainview Post)") + "\n\n(Reporting by Northgate Wire)")
    assert idx.add(copy) == "w2"


def test_a_slot_may_hold_a_shared_word_between_its_names():
    mayor = dataclasses.replace(
        ROBBERY, id="m1", title="Mayor opens new bridge",
        text=("Mayor Ada Venn of Tarn opened the new footbridge over the river on Saturday, and thanked the "
              "builders for finishing it a month early.\n\nThe bridge links the market square with the station."))
    idx = ReprintIndex()
    idx.add(mayor)
    other = dataclasses.replace(mayor, id="m2", text=mayor.text.replace("Ada Venn of Tarn", "Ola Brisk of Orwen"))
    assert idx.add(other) is None


# One event told by three outlets; the third is close in words to the second but gives its own figure.
LEAK = Article(
    id="k1", outlet="Quarrow Herald", published="2026-10-14T10:00:00Z", title="Hundreds leave Tamsey after dye works leak",
    text=("About 1,500 residents were evacuated from Tamsey after a chemical leak at the Orlen dye works, the "
          "district council said.\n\nThe leak began when a pump seal failed on October 12, the council said, and "
          "14 workers were treated for breathing problems.\n\nSchools in Tamsey will stay shut until Friday."),
)


def test_a_report_that_gives_another_figure_is_not_a_reprint():
    words = dataclasses.replace(
        LEAK, id="k2", outlet="Fennick Courier", title="Tamsey evacuated as dye works leaks",
        text=LEAK.text.split("\n\n")[0].replace("About 1,500", "Twelve hundred"))
    digits = dataclasses.replace(words, id="k3", text=LEAK.text.split("\n\n")[0].replace("1,500", "1,200"))
    for other in (words, digits):
        idx = ReprintIndex()
        idx.add(LEAK)
        assert idx.add(other) is None, other.text
    # A figure changed in the middle of a sentence, the rest copied whole: an updated or other report.
    idx = ReprintIndex()
    idx.add(LEAK)
    assert idx.add(dataclasses.replace(LEAK, id="k4", outlet="Fennick Courier",
                                       text=LEAK.text.replace("14 workers", "19 workers"))) is None


def test_a_reprint_that_rewrites_or_drops_a_figure_is_still_a_reprint():
    idx = ReprintIndex()
    idx.add(LEAK)
    paras = LEAK.text.split("\n\n")
    # "1,500" written "1500", "14" spelled out, the ending trimmed (its figure with it), junk that starts
    # with a figure of its own after the trimmed text, and a new headline.
    text = "\n\n".join([paras[0].replace("1,500", "1500"), paras[1].replace("14 workers", "fourteen workers"),
                        "5 things to know about chemical leaks"])
    copy = dataclasses.replace(LEAK, id="k5", outlet="Fennick Courier", title="Tamsey evacuated after leak", text=text)
    assert idx.add(copy) == "k1"
    trimmed = dataclasses.replace(LEAK, id="k6", outlet="Orrin Valley Post",
                                  text=paras[0] + "\n\n" + paras[1].split(", and")[0] + ".")
    assert idx.add(trimmed) == "k1"


# A site runs the wire's story with a lede of its own and one figure changed, and credits the wire.
DAM = Article(
    id="d1", outlet="Brisk Valley Wire", published="2026-11-03T06:00:00Z", title="Weir collapse floods Ostrel",
    text=("OSTREL, Nov 3 (Brisk Valley Wire) - The old weir above Ostrel collapsed on Sunday night, flooding "
          "40 cellars and forcing 120 residents from the mill quarter, the district office said.\n\n"
          "Divers had found no one trapped by Monday noon, the office said.\n\n"
          "The Ostrel Anglers' Club said it had warned the river board about the weir in June.\n\n"
          "The river board said no such warning had reached it."),
)
DAM_BODY = DAM.text.split(" - ", 1)[1]


def _gazette(credit: str, figure: str = "150 residents", outlet: str = "Fenmouth Gazette") -> Article:
    text = ("Sandbags lined Ostrel's quay on Monday as the mill quarter dried out.\n\n"
            + DAM_BODY.replace("120 residents", figure) + ("\n\n" + credit if credit else ""))
    return dataclasses.replace(DAM, id="g1", outlet=outlet, published="2026-11-03T11:00:00Z",
                               title="Mud and anger in Ostrel", text=text)


def test_a_copy_that_credits_the_wire_stays_its_reprint_with_another_figure():
    for credit in ("Reporting by Brisk Valley Wire.", "(Additional reporting by Brisk Valley Wire; editing by Ana Pell)",
                   "Reporting by Tam Oddie for the BRISK VALLEY WIRE"):
        idx = ReprintIndex()
        idx.add(DAM)
        assert idx.add(_gazette(credit)) == "d1", credit
    # As the cleaner leaves it: the credit taken out of the text, kept among what was removed.
    idx = ReprintIndex()
    idx.add(DAM)
    cleaned = dataclasses.replace(_gazette(""), removed=[Removal("Reporting by Brisk Valley Wire.", "reporting credit")])
    assert idx.add(cleaned) == "d1"
    # The crediting copy published first (its clock ahead of the wire's): the two are still one group.
    idx = ReprintIndex()
    idx.add(dataclasses.replace(_gazette("Reporting by Brisk Valley Wire."), published="2026-11-03T05:00:00Z"))
    assert idx.add(DAM) == "g1"


def test_a_credit_to_another_outlet_or_none_leaves_a_changed_figure_its_own():
    # No credit, a credit to someone else, or the copy's own outlet named: another report (last session's rule).
    for credit in ("", "Reporting by Ana Pell; editing by Tam Oddie.", "Reporting by Fenmouth Gazette staff.",
                   "Reporting by Brisk Valley Wireless Club."):
        idx = ReprintIndex()
        idx.add(DAM)
        assert idx.add(_gazette(credit)) is None, credit
    # A credit inside the story's sentences is no credit line: "(the wire said)" is not the copy's byline.
    idx = ReprintIndex()
    idx.add(DAM)
    assert idx.add(_gazette("Residents told the Brisk Valley Wire they would rebuild.")) is None


def test_a_credit_does_not_make_one_template_for_two_events_a_reprint():
    # The wire's words for another town, credited to the wire: another event, not a copy.
    idx = ReprintIndex()
    idx.add(DAM)
    other = _gazette("Reporting by Brisk Valley Wire.")
    other = dataclasses.replace(other, text=other.text.replace("Ostrel", "Lissop").replace("mill quarter", "tannery row"))
    assert idx.add(other) is None
    # Nor does an outlet crediting itself make its own template a copy when a figure differs.
    idx = ReprintIndex()
    idx.add(dataclasses.replace(DAM, text=DAM.text + "\n\nReporting by Brisk Valley Wire."))
    again = dataclasses.replace(DAM, id="d2", published="2026-11-04T06:00:00Z",
                                text=DAM.text.replace("120 residents", "90 residents") + "\n\nReporting by Brisk Valley Wire.")
    assert idx.add(again) is None


def test_ingest_keeps_the_credit_the_cleaner_takes_out_and_marks_the_reprint(tmp_path):
    from newsloom import Store
    from newsloom.clean import clean_text
    from newsloom.pipeline import ingest

    # The wire's "(Reporting by X; Editing by Y)" is a credit line too, taken out with its reason.
    assert clean_text("Body.\n\n(Reporting by Brisk Valley Wire; Editing by Ana Pell)")[1][0].reason == "reporting credit"
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "wire.txt").write_text(f"Title: {DAM.title}\nOutlet: Brisk Valley Wire\nPublished: 2026-11-03T06:00:00Z\n\n"
                                     + DAM.text, encoding="utf-8")
    gazette = _gazette("(Reporting by Brisk Valley Wire; Editing by Ana Pell)")
    (folder / "gazette.txt").write_text(f"Title: {gazette.title}\nOutlet: Fenmouth Gazette\n"
                                        f"Published: {gazette.published}\n\n" + gazette.text, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(folder)])
        arts = {a.outlet: a for a in store.list_articles()}
        assert "Reporting by" not in arts["Fenmouth Gazette"].text
        assert arts["Fenmouth Gazette"].copy_of == arts["Brisk Valley Wire"].id
        assert [st.outlets for st in store.list_stories()] == [["Brisk Valley Wire"]]


def test_a_credit_names_the_outlet_in_whole_words():
    from newsloom.dedupe import credits

    assert credits(["Reporting by Tam Oddie for Hill Street Radio."], "The Hill Street Radio")
    assert credits(["Additional reporting by THE OSTREL ECHO"], "Ostrel Echo")
    assert not credits(["Reporting by Foothill Street Radio."], "The Hill Street Radio")
    assert not credits(["Reporting by Unknown (gazette.txt)"], "Unknown (gazette.txt)")  # no outlet name at all
    assert not credits([], "Ostrel Echo")


def test_a_short_report_naming_another_place_in_its_last_words_is_not_a_reprint():
    # two outlets write up one ministry statement: the second rewords the lede and names another town in
    # the words both texts end with, where no longer shared run follows to close the slot
    a = Article(id="dv", outlet="Varro Courier", published="2026-03-02",
                title="Mumps cases confirmed in the Ostry Valley",
                text="Health officials have confirmed 14 cases of mumps in the Ostry Valley, the health "
                     "ministry said on Monday.\n\nThe first case was found in the town of Pellin, the ministry said.")
    b = Article(id="lc", outlet="Harl Gazette", published="2026-03-02",
                title="Ostry Valley confirms mumps outbreak",
                text="Fourteen cases of mumps have been confirmed in the Ostry Valley, the health ministry said "
                     "on Monday.\n\nThe first case was found in the town of Tavvik, the ministry said.")
    index = ReprintIndex()
    index.add(a)
    assert index.add(b) is None
    # a copy that ends in the same words is still a copy
    index = ReprintIndex()
    index.add(a)
    copy = dataclasses.replace(a, id="cp", outlet="Harl Gazette", title="Mumps outbreak in the Ostry Valley",
                               text="OSTRY VALLEY - " + a.text)
    assert index.add(copy) == "dv"
