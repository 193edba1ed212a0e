"""Session 29 (B): a price's cents in its figure label, a live page's own narration, one spelling per person in
the single-source list's attributions. All articles, outlets, people and places are made up."""
from __future__ import annotations

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.clean import clean_text
from newsloom.crosscheck import figure_label
from newsloom.records import Article, Story
from newsloom.text import numbers


def _brief(arts: list[Article]) -> dict:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


# ------------------------------------------------------------ audit 28 / s29: a price loses its cents

def test_a_price_written_with_cents_keeps_them_in_its_label():
    labels = {n.text: figure_label(n) for n in numbers(
        "Shares closed at $42.80, after $1,234.50 bids, 42.50 euros, $42, $4.5 a gallon and a $1.2bn loss.")}
    assert labels["$42.80"] == "$42.80" and labels["$1,234.50"] == "$1,234.50" and labels["42.50 euros"] == "€42.50"
    assert labels["$42"] == "$42" and labels["$1.2bn"] == "$1.2bn"  # (no cents, or a scaled sum as written)
    # a share or a count is no price: as before
    assert [figure_label(n) for n in numbers("It rose 9.50% to 3.50 points.")] == ["9.5%", "3.5"]


LEDGER = Article(id="a", outlet="Tolvey Ledger", published="2026-05-05T18:00:00Z", title="Pellor shares slide", text=(
    "Pellor Mining shares closed down 9.5% at $42.80 on Tuesday after the miner cut its forecast.\n\n"
    "The company will close two pits in the north."))
QUARRY = Article(id="b", outlet="Quarry Daily", published="2026-05-05T19:00:00Z", title="Pellor slides", text=(
    "Pellor Mining shares closed down 9.5% on Tuesday after the miner cut its forecast.\n\n"
    "Analysts said the cut was deeper than expected."))
BRISK = Article(id="c", outlet="Brisk Markets", published="2026-05-05T20:00:00Z", title="Pellor slides", text=(
    "Traders said volumes were heavy as the miner's stock touched $42.8 before the close.\n\n"
    "The miner will close two pits in the north, it said."))


def test_a_figure_note_gives_the_price_with_its_cents_and_still_finds_it_elsewhere():
    assert "the figure $42.80 from Tolvey Ledger alone" in brief_to_markdown(_brief([LEDGER, QUARRY]))
    d = _brief([LEDGER, QUARRY, BRISK])
    (head,) = [s for s in d["sentences"] if "$42.80" in s["statement"]]
    # the price as written, and another outlet's "$42.8" (its own claim) still gives that figure
    assert {"figure": "$42.80", "outlets": ["Tolvey Ledger", "Brisk Markets"]} in head["figures"], head["figures"]


# ------------------------------------------------------------ audit 28 #13: a live page's narration

def test_a_live_pages_first_person_narration_is_no_statement():
    text, removed = clean_text(
        "70' RED CARD! Karsk is sent off for a high tackle on Roth.\n\n"
        "12:02 — We're off! Roth shoots wide from the edge of the box.\n\n"
        "Kick-off: Referee Ola Brant gets us under way at Millbank Park.\n\n"
        "FT: We'll bring you all the reaction from the ground.")
    assert text == "70' Karsk is sent off for a high tackle on Roth.\n\n12:02 — Roth shoots wide from the edge of the box."
    assert [r.reason for r in removed] == ["live-text label"] + ["live-text narration"] * 3, removed
    # an "us" in news, in quoted words or in reported speech stays, and so does one outside a live entry
    for p in ("14:10 — Police have told us that three fans were arrested.",
              "14:10 — A minister told us we're off to the polls in May.",
              "12:02 — We're off the pace now, the coach admits.",
              "\"They shot at us,\" a guard said.",
              "Referee Ola Brant gets us under way at Millbank Park."):
        assert clean_text(p) == (p, []), p


def test_a_live_pages_kick_off_narration_is_not_reported_by_one_outlet():
    page, _ = clean_text("FT: Corrin Vale 2-1 Pettow Athletic.\n\n70' Karsk is sent off for a high tackle on Roth.\n\n"
                         "Kick-off: Referee Ola Brant gets us under way at Millbank Park.")  # (as ingesting cleans it)
    live = Article(id="l", outlet="Vale Echo", published="2026-10-04T17:00:00Z", title="Live: Corrin Vale v Pettow",
                   text=page)
    report = Article(id="r", outlet="Dunmere Sport", published="2026-10-04T18:30:00Z", title="Vale beat Pettow", text=(
        "Corrin Vale beat Pettow Athletic 2-1 at Millbank Park on Sunday.\n\n"
        "Pettow defender Ivo Karsk was sent off by referee Ola Brant in the 70th minute for a high tackle on Roth."))
    d = _brief([live, report])
    assert not any("under way" in c["statement"] for c in d["single_source"]), d["single_source"]
    assert not any("under way" in s["statement"] for s in d["sentences"])
    # the live entry that reports the sending-off still backs the report
    (off,) = [s for s in d["sentences"] if "sent off" in s["statement"]]
    assert {x["outlet"] for x in off["sources"] + off["also_reported_by"]} == {"Vale Echo", "Dunmere Sport"}, off


# ------------------------------------------------------------ audit 28 #12: one spelling per person

CALDOR = Article(id="c", outlet="Caldor Wire", published="2026-11-23T09:00:00Z", title="Front denies losses", text=(
    "The Torrin Front said on Monday it had lost two fighters in the siege of the depot.\n\n"
    "\"The ministry is lying to hide its own losses,\" the group's spokesman, Yusuf Hamdan, said in a statement."))
MERAVA = Article(id="m", outlet="Merava Times", published="2026-11-23T13:00:00Z", title="Front disputes toll", text=(
    "Youssef Hamdane, a spokesman for the group, said the army had lost eight soldiers at the depot.\n\n"
    "\"They bring out numbers, but they never bring out bodies,\" Hamdane told the Merava Times by telephone."))
PELLAM = Article(id="p", outlet="Pellam Radio", published="2026-11-23T15:00:00Z", title="Front withdraws", text=(
    "Its spokesman Yusuf Hamdan said the fighters had left the depot before the soldiers arrived."))


def test_the_single_source_list_names_one_person_by_one_spelling():
    d = _brief([CALDOR, MERAVA, PELLAM])
    (who,) = [q["speaker"] for q in d["quotes"] if "Hamdan" in q["speaker"]]
    name, other = who.split(" (also ")
    other = other.rstrip(")")
    said = [c["attribution"] for c in d["single_source"] if c["attribution"] and "Hamdan" in c["attribution"]]
    assert len(said) >= 2 and all(other not in a and name in a for a in said), (who, said)
    # the quoted words stay as the outlet wrote them
    assert all(c["statement"] in c["source"]["quote"] or c["source"]["quote"] in c["statement"] for c in d["single_source"])
