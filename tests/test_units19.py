"""Units in contests and timeline rows (audit 18 #14, "small misses"). Every name, place and outlet
here is invented."""

from newsloom.brief import (_add_conversions, _timeline, brief_to_dict, brief_to_html, brief_to_markdown, day_label,
                            write_brief)
from newsloom.records import Article, Claim, Evidence, Story
from newsloom.text import numbers


def _n(text):
    (n,) = numbers(text)
    return n


# ---- 1. a contest between two units shows the other unit's value converted into the first's


def test_a_measure_in_another_unit_is_given_in_the_first_variants_unit():
    assert _n("7,400 acres").converted_to(_n("2,000 hectares")) == "about 3,000 hectares"
    assert _n("2,000 hectares").converted_to(_n("7,400 acres")) == "about 4,900 acres"
    assert _n("93 mph").converted_to(_n("120 km/h")) == "about 150 km/h"
    assert _n("40 miles").converted_to(_n("80 km")) == "about 64 km"
    assert _n("300 lb").converted_to(_n("90 kg")) == "about 140 kg"
    assert _n("1 km").converted_to(_n("2 miles")) == "about 0.62 miles"


def test_no_conversion_between_one_unit_money_or_counts():
    assert _n("40 miles").converted_to(_n("52 miles")) == ""  # one unit: nothing to convert
    assert _n("£4 million").converted_to(_n("$5 million")) == ""  # no exchange rates offline
    assert _n("5 million euros").converted_to(_n("$5 million")) == ""
    assert _n("40 miles").converted_to(_n("90 kg")) == ""  # a length is no weight
    assert _n("12 people").converted_to(_n("14 people")) == ""
    assert _n("300 pounds").converted_to(_n("90 kg")) == ""  # "pounds" may be money: no measure
    entries = [{"value": "£4 million"}, {"value": "$5 million"}, {"value": "12"}]
    _add_conversions(entries)
    assert all("converted" not in x for x in entries)


def _fire(second: str):
    arts = [Article(id="a", outlet="Pellow Herald", published="2026-07-14T09:00:00Z",
                    text="The Gorsey Moor wildfire has burned 2,000 hectares near the town of Varrick, the fire service "
                         "said on Tuesday.\n\nCrews cut new fire breaks near the hamlet of Stenna."),
            Article(id="b", outlet="Radio Quarrel", published="2026-07-14T11:00:00Z",
                    text=f"The Gorsey Moor wildfire has burned {second} near the town of Varrick, the fire service said on "
                         "Tuesday.\n\nCrews cut new fire breaks near the hamlet of Stenna.")]
    return write_brief(Story("s", "", ["a", "b"]), arts)


def test_a_contest_between_hectares_and_acres_shows_the_acres_in_hectares():
    brief = _fire("about 7,400 acres")
    d = brief_to_dict(brief)
    (c,) = d["conflicts"]
    first, other = c["variants"]
    assert first["value"] == "2,000 hectares" and "converted" not in first
    assert other["value"] == "7,400 acres" and other["converted"] == "about 3,000 hectares"
    assert other["outlets"] == ["Radio Quarrel"] and other["sources"]  # (existing keys kept)
    assert "7,400 acres (about 3,000 hectares): Radio Quarrel" in brief_to_markdown(brief)
    assert "<th>7,400 acres (about 3,000 hectares)</th>" in brief_to_html(brief)


def test_a_contest_in_one_unit_gets_no_conversion():
    d = brief_to_dict(_fire("3,000 hectares"))
    (c,) = d["conflicts"]
    assert [v["value"] for v in c["variants"]] == ["2,000 hectares", "3,000 hectares"]
    assert all("converted" not in v for v in c["variants"])


# ---- 2. timeline labels: one form, the weekday; a state's start dates its row


def test_every_dated_timeline_row_is_labelled_with_its_weekday():
    assert day_label({"date": "2026-03-16", "when": "March 16"}) == "2026-03-16 (Monday)"
    assert day_label({"date": "2026-03-16", "when": "Monday"}) == "2026-03-16 (Monday)"
    assert day_label({"date": "2026-03-15", "when": "yesterday"}) == "2026-03-15 (Sunday)"
    assert day_label({"date": "2026-03-16", "when": "reported Monday"}) == "2026-03-16 (reported Monday)"
    # (no year known: the words as written; a broken date is shown as it is)
    assert day_label({"date": "--03-16", "when": "March 16"}) == "March 16"
    assert day_label({"date": "sometime", "when": "later"}) == "sometime (later)"


def _library(sentence: str):
    arts = [Article(id="a", outlet="Denby Courier", published="2026-04-07T09:00:00Z", text=sentence)]
    d = brief_to_dict(write_brief(Story("s", "", ["a"]), arts))
    return [(t["date"], day_label(t)) for t in d["timeline"]]


def test_a_closure_from_a_day_is_dated_by_its_start_not_its_end():
    # published Tuesday 7 April: "will close from Thursday" is Thursday 9 April; the reopening ends the state
    rows = _library("The Harlow Street library in Denby will close from Thursday and reopen on April 20, the council said.")
    assert rows == [("2026-04-09", "2026-04-09 (Thursday)")]


def test_a_sentence_without_a_start_keeps_its_month_and_day():
    rows = _library("The Harlow Street library in Denby will stay shut on Monday and will reopen on April 20, the council said.")
    assert rows == [("2026-04-20", "2026-04-20 (Monday)")]
    # (but a day still to come does not date a past act beside it: the closure is Monday's, audit 24 #20)
    rows = _library("The Harlow Street library in Denby closed on Monday and will reopen on April 20, the council said.")
    assert rows == [("2026-04-06", "2026-04-06 (Monday)")]


# ---- 3. one event of a day told by two claims is one timeline row


_S1 = ("Dunmore Cars is recalling 41,000 Palto vans from the 2020-2023 model years over a loose seat bolt, "
       "the company said on Monday.")
_S1B = "Dunmore chief executive Ilse Varn resigned on Monday."
_S2 = ("Dunmore Cars said on Monday it would recall about 41,000 Palto vans built for the 2020 to 2023 model "
       "years over a seat bolt.")
_S2B = "Ilse Varn, Dunmore's chief executive, resigned on Monday."
_S3 = ("Dunmore Cars is recalling Palto vans from model years 2020 through 2023 because of a seat bolt that "
       "may loosen, the company said on Monday.")


def _recall():
    arts = [Article(id="fw", outlet="Ferrow Wire", published="2026-05-11T10:00:00Z", text=_S1 + "\n\n" + _S1B),
            Article(id="ev", outlet="Esk Valley Times", published="2026-05-11T18:00:00Z", text=_S2 + "\n\n" + _S2B),
            Article(id="tl", outlet="Tarn Ledger", published="2026-05-12T08:00:00Z", text=_S3)]

    def ev(a, s):
        i = a.text.index(s)
        return Evidence(a.id, a.outlet, s, i, i + len(s), published=a.published)

    fw, esk, tl = arts
    years = Claim("c1", _S3, [ev(tl, _S3)], ["Tarn Ledger"], "single-source")
    recall = Claim("c2", _S1, [ev(fw, _S1), ev(esk, _S2), ev(tl, _S3)],
                   ["Ferrow Wire", "Esk Valley Times", "Tarn Ledger"], "corroborated")
    resigned = Claim("c3", _S1B, [ev(fw, _S1B), ev(esk, _S2B)], ["Ferrow Wire", "Esk Valley Times"], "corroborated")
    return [years, recall, resigned], arts


def test_one_event_told_by_two_claims_is_one_row_with_all_its_outlets():
    claims, arts = _recall()
    rows = _timeline(claims, arts, {a.id: a.outlet for a in arts})
    recall = [r for r in rows if "recall" in r["statement"]]
    assert len(recall) == 1
    (row,) = recall
    assert row["date"] == "2026-05-11" and row["claim_id"] == "c2"  # the row most outlets back
    assert row["outlets"] == ["Ferrow Wire", "Esk Valley Times", "Tarn Ledger"]


def test_two_events_of_one_day_stay_two_rows():
    claims, arts = _recall()
    rows = _timeline(claims, arts, {a.id: a.outlet for a in arts})
    assert [(r["date"], r["claim_id"]) for r in rows] == [("2026-05-11", "c2"), ("2026-05-11", "c3")]
    resigned = next(r for r in rows if r["claim_id"] == "c3")
    assert resigned["outlets"] == ["Ferrow Wire", "Esk Valley Times"]
    # without the shared sentence, the model years and the recall are two rows as before
    years, recall, resigned_claim = claims
    recall.evidence = recall.evidence[:2]
    recall.outlets = recall.outlets[:2]
    rows = _timeline([years, recall, resigned_claim], arts, {a.id: a.outlet for a in arts})
    assert len(rows) == 3
