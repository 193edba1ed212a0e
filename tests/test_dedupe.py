"""Reprint detection on fictional articles: light edits are caught, independent reports are not."""
from __future__ import annotations

import dataclasses

from fictional_quakes import QUAKE_A

from newsloom.dedupe import ReprintIndex, containment, independent_outlets, reprint_groups, shingles
from newsloom.records import Article

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
