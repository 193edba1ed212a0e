"""A count reported again later with another value (a rising death toll) is an update, not a
corroboration nor a contest. All articles here are fictional."""
import json

from newsloom.brief import brief_to_dict, brief_to_html, brief_to_markdown, write_brief
from newsloom.crosscheck import counted, find_claims, find_updates
from newsloom.records import Article, Story
from newsloom.text import numbers


def _art(id, outlet, published, title, *paras):
    return Article(id=id, outlet=outlet, text="\n\n".join(paras), title=title, published=published)


# Tuesday 3 March 2026, then Wednesday 4 March
TUESDAY = _art("corvane-1", "Corvane Daily", "2026-03-03T08:00:00Z", "Floods kill at least 9 in Tarrow",
               "Flash floods swept through the hill town of Tarrow early on Tuesday, killing at least 9 people, "
               "the regional rescue service said.",
               "The Tarrow ferry will stay closed until Friday, the harbour office said.")
WEDNESDAY = _art("lindhaven-1", "Lindhaven Herald", "2026-03-04T17:00:00Z", "Tarrow flood toll rises to 23",
                 "The death toll from Tuesday's floods in the hill town of Tarrow has risen to 23, the regional "
                 "rescue service said on Wednesday.",
                 "Volunteers cleared mud from the streets of Tarrow through the night, the rescue service said.")


def _brief(*arts):
    return write_brief(Story("tarrow", "", [a.id for a in arts]), list(arts))


def test_a_rising_toll_is_shown_as_an_update_with_each_value_quoted():
    arts = [TUESDAY, WEDNESDAY]
    d = brief_to_dict(_brief(*arts))
    json.dumps(d)
    [u] = d["updates"]
    assert u["about"] == "death toll"
    assert [v["value"] for v in u["values"]] == ["at least 9", "23"]
    assert [v["outlets"] for v in u["values"]] == [["Corvane Daily"], ["Lindhaven Herald"]]
    texts = {a.id: a.text for a in arts}
    for v in u["values"]:
        assert texts[v["article_id"]][v["start"]: v["end"]] == v["quote"]
        for src in v["sources"]:
            assert texts[src["article_id"]][src["start"]: src["end"]] == src["quote"]
    md = brief_to_markdown(d)
    assert "## How the figures changed" in md
    assert "at least 9 (Tue 3 Mar, Corvane Daily) → 23 (Wed 4 Mar, Lindhaven Herald)" in md
    assert "How the figures changed" in brief_to_html(d)


def test_the_earlier_toll_is_neither_corroborated_by_the_later_one_nor_the_headline():
    d = brief_to_dict(_brief(TUESDAY, WEDNESDAY))
    assert "at least 9" not in d["headline"] and " 9 " not in f" {d['headline']} "
    assert d["headline"] == "Tarrow flood toll rises to 23"
    nine = next(s for s in d["sentences"] if "at least 9" in s["statement"])
    assert nine["status"] != "corroborated"
    # the sentence stating the old toll says it has since changed
    assert [(m["figure"], m["now"], m["outlets"]) for m in nine["updated"]] == [("at least 9", "23", ["Lindhaven Herald"])]
    assert "death toll since put at 23: Wed 4 Mar, Lindhaven Herald" in brief_to_markdown(d)
    assert "death toll since put at 23" in brief_to_html(d)


def test_the_timeline_dates_a_risen_toll_by_the_day_it_was_given():
    d = brief_to_dict(_brief(TUESDAY, WEDNESDAY))
    row = next(t for t in d["timeline"] if "risen to 23" in t["statement"])
    assert row["date"] == "2026-03-04" and row["outlets"] == ["Lindhaven Herald"]
    # without a day of saying, the toll is dated by its report, not by "Tuesday's floods"
    undated = _art("lindhaven-2", "Lindhaven Herald", "2026-03-04T17:00:00Z", "Toll rises",
                   "The death toll from Tuesday's floods in the hill town of Tarrow has risen to 23, the rescue "
                   "service said.")
    d = brief_to_dict(_brief(TUESDAY, undated))
    row = next(t for t in d["timeline"] if "risen to 23" in t["statement"])
    assert row["date"] == "2026-03-04"


def test_two_tolls_of_one_day_without_update_wording_are_no_update():
    other = _art("brisk-1", "Brisk Radio", "2026-03-03T15:00:00Z", "Tarrow floods",
                 "Flash floods swept through the hill town of Tarrow on Tuesday, killing 14 people, the regional "
                 "rescue service said.")
    arts = [TUESDAY, other]
    assert find_updates(find_claims(arts), arts) == []
    assert brief_to_dict(_brief(*arts))["updates"] == []


def test_a_lower_later_figure_or_another_count_is_no_update():
    later_lower = _art("brisk-2", "Brisk Radio", "2026-03-05T09:00:00Z", "Tarrow floods",
                       "Flash floods in the hill town of Tarrow killed 4 people, the regional rescue service said.")
    injured = _art("brisk-3", "Brisk Radio", "2026-03-05T09:00:00Z", "Tarrow floods",
                   "At least 40 people were injured in the Tarrow floods, the regional rescue service said.")
    for arts in ([TUESDAY, later_lower], [TUESDAY, injured]):
        assert find_updates(find_claims(arts), arts) == []


def test_a_reprint_gives_its_originals_value_and_a_third_report_joins_the_new_one():
    reprint = _art("pellam-1", "Pellam Gazette", "2026-03-03T12:00:00Z", "Floods kill at least 9 in Tarrow",
                   TUESDAY.text)
    reprint.copy_of = TUESDAY.id
    thursday = _art("brisk-4", "Brisk Radio", "2026-03-05T07:00:00Z", "Twenty-three dead in Tarrow floods",
                    "Twenty-three people died in Tuesday's floods in Tarrow, the regional rescue service said.")
    d = brief_to_dict(_brief(TUESDAY, reprint, WEDNESDAY, thursday))
    [u] = d["updates"]
    assert [v["value"] for v in u["values"]] == ["at least 9", "23"]
    assert u["values"][0]["outlets"] == ["Corvane Daily"]
    assert u["values"][1]["outlets"] == ["Lindhaven Herald", "Brisk Radio"]
    assert "23 (Wed 4 Mar, Lindhaven Herald; Thu 5 Mar, Brisk Radio)" in brief_to_markdown(d)


def test_what_a_count_counts():
    def kinds(text):
        return [counted(text, n) for n in numbers(text)]

    assert kinds("The storm killed 3 and injured 12, police said.") == [("death toll", ""), ("injured", "")]
    assert kinds("Officials said 5 soldiers were killed.") == [("death toll", "soldiers")]
    assert kinds("The number of people missing has risen to 17 after the landslide.") == [("missing", "")]
    assert kinds("The bridge is 40 metres long and 12 people crossed it.") == [None, None]


def test_a_contest_whose_values_are_the_steps_of_an_update_is_no_contest():
    monday = _art("grel-1", "Grel Wire", "2026-10-05T08:00:00Z", "Storm forces evacuations in Osby",
                  "Storm Vanna hit the port town of Osby on Monday, and about 2,000 people were evacuated from "
                  "low-lying streets, the regional emergency office said.",
                  "The mayor of Osby, Tarja Linn, asked residents to stay indoors.")
    tuesday = _art("harl-1", "Harl Evening News", "2026-10-06T17:00:00Z", "Osby evacuations climb",
                   "The number of people evacuated in Osby has risen to 9,500, the regional emergency office "
                   "said on Tuesday.",
                   "The mayor of Osby, Tarja Linn, said the town's sea wall had held.")
    assert any(c.status == "contested" for c in find_claims([monday, tuesday]))  # (the claims alone differ)
    d = brief_to_dict(_brief(monday, tuesday))
    assert d["conflicts"] == []
    [u] = d["updates"]
    assert [v["value"] for v in u["values"]] == ["2,000", "9,500"]
    told = {s["sources"][0]["article_id"]: s for s in d["sentences"] if "evacuated" in s["statement"]}
    assert {k: s["status"] for k, s in told.items()} == {"grel-1": "single-source", "harl-1": "single-source"}
    assert told["grel-1"]["updated"][0]["now"] == "9,500"
    assert {s["source"]["article_id"] for s in d["single_source"] if "evacuated" in s["statement"]} == {"grel-1", "harl-1"}


def test_a_count_that_fell_is_an_update_and_the_old_count_backs_no_new_one():
    monday = _art("grel-2", "Grel Wire", "2026-10-05T08:00:00Z", "Trawler missing off Osby",
                  "Seven people are missing after a fishing boat failed to return to Osby harbour, the coastguard said.")
    tuesday = _art("tarn-2", "Tarn Herald", "2026-10-06T17:00:00Z", "Storm Vanna lingers",
                   "Seven crew members of the fishing boat Ilse Maren remain missing, the coastguard said.")
    wednesday = _art("salt-2", "Salt Gazette", "2026-10-07T12:00:00Z", "Three still missing",
                     "The coastguard said on Wednesday that three fishermen from the Ilse Maren were still missing, "
                     "down from seven.")
    d = brief_to_dict(_brief(monday, tuesday, wednesday))
    [u] = d["updates"]
    assert u["about"] == "missing"
    assert [(v["value"], v["outlets"]) for v in u["values"]] == [("7", ["Grel Wire", "Tarn Herald"]), ("3", ["Salt Gazette"])]
    [three] = [s for s in d["sentences"] if "three fishermen" in s["statement"]]
    assert three["status"] == "single-source" and three["outlets"] == ["Salt Gazette"]
