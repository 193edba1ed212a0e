"""Counts of a disease's cases and measures that grow day by day (a wildfire's containment, the area it
has burned) are updates, not contests. All articles here are fictional."""

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom import crosscheck
from newsloom.crosscheck import counted, find_claims, find_updates
from newsloom.records import Article, Story
from newsloom.text import numbers


def _art(id, outlet, published, title, *paras):
    return Article(id=id, outlet=outlet, text="\n\n".join(paras), title=title, published=published)


def _brief(*arts):
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), list(arts)))


def _fig(text, figure):
    return next(n for n in numbers(text) if n.text == figure)


# ---- cases of a disease (audit 18 #5) ----

CASES_MON = _art("tovar-1", "Tovar Gazette", "2026-05-04T12:00:00Z", "Quillon Basin cholera: 8 cases confirmed",
                 "Health officials have confirmed 8 cases of cholera in the Quillon Basin, the Health Bureau said on Monday.",
                 "Most of the cases are children under ten.")
CASES_TUE = _art("brisk-1", "Brisk Courier", "2026-05-05T15:00:00Z", "Quillon Basin cholera cases rise to 14",
                 "Confirmed cholera cases in the Quillon Basin rose to 14 on Tuesday, the Health Bureau said.",
                 "The outbreak has hit mostly fishing villages.")
CASES_WED = _art("ember-1", "Ember Radio", "2026-05-06T18:00:00Z", "Child dies as Quillon cases reach 27",
                 "A six-year-old boy has died of cholera in the Quillon Basin, where confirmed cases rose to 27 on "
                 "Wednesday, the Health Bureau said.",
                 "Wells in Marrowby are closed.")


def test_rising_cases_of_a_disease_are_an_update_not_a_contest():
    d = _brief(CASES_TUE, CASES_WED)
    [u] = d["updates"]
    assert u["about"] == "cases"
    assert [v["value"] for v in u["values"]] == ["14", "27"]
    assert not d["conflicts"]
    assert "**cases**: 14 (Tue 5 May, Brisk Courier) → 27 (Wed 6 May, Ember Radio)" in brief_to_markdown(d)


def test_three_days_of_cases_and_the_headline_states_no_superseded_count():
    d = _brief(CASES_MON, CASES_TUE, CASES_WED)
    [u] = d["updates"]
    assert [v["value"] for v in u["values"]] == ["8", "14", "27"]
    assert not d["conflicts"]
    assert "14" not in d["headline"] and " 8 " not in f" {d['headline']} "


def test_an_age_is_not_a_count_of_cases_and_a_where_clause_counts_its_own_subject():
    t = CASES_MON.text
    assert counted(t, _fig(t, "8")) == ("cases", "")
    assert counted(t, _fig(t, "ten")) is None  # "children under ten": an age
    w = CASES_WED.text
    assert counted(w, _fig(w, "27")) == ("cases", "")  # not the death of "has died ... where cases rose to 27"


# ---- measures that grow: containment, area burned (audit 18 #6) ----

def _fire(id, outlet, published, pct, day, area):
    return _art(id, outlet, published, f"Vessing Ridge fire {pct} contained",
                f"The Vessing Ridge wildfire in Orlan County was {pct} contained on {day}, the Orlan Fire Service said.",
                f"The fire has burned {area} hectares since it broke out, the fire service said on {day}.",
                "Residents of Tamsk were told to stay indoors.")


FIRE = [_fire("harl-1", "Harlow Post", "2026-08-10T15:00:00Z", "10%", "Monday", "1,800"),
        _fire("quay-1", "Quayside Radio", "2026-08-11T15:00:00Z", "35%", "Tuesday", "2,600"),
        _fire("dune-1", "Dunmere Courier", "2026-08-12T15:00:00Z", "60%", "Wednesday", "2,900")]


def test_containment_and_area_burned_rising_day_by_day_are_updates():
    d = _brief(*FIRE)
    by = {u["about"]: [v["value"] for v in u["values"]] for u in d["updates"]}
    assert by == {"containment": ["10%", "35%", "60%"], "area burned": ["1,800 hectares", "2,600 hectares", "2,900 hectares"]}
    assert not d["conflicts"]
    md = brief_to_markdown(d)
    assert "**containment**: 10% (Mon 10 Aug, Harlow Post) → 35% (Tue 11 Aug, Quayside Radio) → 60% (Wed 12 Aug, Dunmere Courier)" in md


def test_a_measure_is_ordered_by_the_day_its_report_names():
    # Wednesday's 60% printed on Thursday after Tuesday's 35% printed late: the named days order them
    late = _fire("quay-1", "Quayside Radio", "2026-08-13T09:00:00Z", "35%", "Tuesday", "2,600")
    d = _brief(FIRE[0], late, FIRE[2])
    u = next(u for u in d["updates"] if u["about"] == "containment")
    assert [v["value"] for v in u["values"]] == ["10%", "35%", "60%"]


def test_two_outlets_giving_two_values_for_one_day_stay_a_contest():
    a = _art("harl-2", "Harlow Post", "2026-08-11T15:00:00Z", "Vessing Ridge fire",
             "The Vessing Ridge wildfire in Orlan County was 35% contained on Tuesday, the Orlan Fire Service said.")
    b = _art("quay-2", "Quayside Radio", "2026-08-11T18:00:00Z", "Vessing Ridge fire",
             "The Vessing Ridge wildfire in Orlan County was 50% contained on Tuesday, the Orlan Fire Service said.")
    d = _brief(a, b)
    assert not d["updates"]
    assert d["conflicts"]


def test_other_percentages_and_areas_are_not_updated_measures():
    t = "Turnout was 60% on Monday, and the park covers 300 hectares, the council said."
    assert crosscheck.measured(t, _fig(t, "60%")) is None
    assert crosscheck.measured(t, _fig(t, "300 hectares")) is None
    t = "Crews had the fire 40% contained and it had burned 900 hectares on Monday."
    assert crosscheck.measured(t, _fig(t, "40%")) == ("containment", "")
    assert crosscheck.measured(t, _fig(t, "900 hectares")) == ("area burned", "")


def test_a_converted_area_in_the_same_sentence_is_one_value():
    a = _art("harl-3", "Harlow Post", "2026-08-10T15:00:00Z", "Vessing Ridge fire",
             "The Vessing Ridge wildfire has burned about 1,800 hectares (4,400 acres), the Orlan Fire Service said on Monday.")
    b = _art("quay-3", "Quayside Radio", "2026-08-11T15:00:00Z", "Vessing Ridge fire",
             "The Vessing Ridge wildfire has burned 2,600 hectares, the Orlan Fire Service said on Tuesday.")
    [u] = find_updates(find_claims([a, b], use_embeddings=False), [a, b])
    assert u.about == "area burned" and [v.value for v in u.values] == ["1,800 hectares", "2,600 hectares"]


def test_update_regexes_return_on_adversarial_text():
    t = ("children under " * 20000) + "10 cases " + ("burned " * 10000) + "5 hectares"
    for n in numbers(t)[:50]:
        counted(t, n), crosscheck.measured(t, n)
    list(crosscheck._VAGUE.finditer("tens of " * 25000 + " hundreds " * 5000))
    t = "three " + "nearby " * 30000 + "villages"
    crosscheck._counts(t, _fig(t, "three"))


# ---- a count of places is not a count of people (audit 18 #9) ----

def test_villages_and_residents_are_two_quantities_not_a_contest():
    a = _art("harl-4", "Harlow Post", "2026-08-12T15:00:00Z", "Vessing Ridge fire grows",
             "The Vessing Ridge wildfire has burned 2,900 hectares in Orlan County, the fire service said on Wednesday.",
             "About 2,000 residents were ordered to leave Tamsk and nearby hamlets.")
    b = _art("quay-4", "Quayside Radio", "2026-08-12T17:00:00Z", "Vessing Ridge fire keeps spreading",
             "The Vessing Ridge wildfire has burned 2,900 hectares in Orlan County, the fire service said on Wednesday.",
             "Residents of Tamsk and four nearby hamlets were ordered to leave.")
    d = _brief(a, b)
    assert not d["conflicts"]
    assert all(s["status"] != "contested" for s in d["sentences"])


def test_two_counts_of_residents_still_contest():
    a = _art("harl-5", "Harlow Post", "2026-08-12T15:00:00Z", "Vessing Ridge fire grows",
             "About 2,000 residents were ordered to leave Tamsk and nearby hamlets, the fire service said on Wednesday.")
    b = _art("quay-5", "Quayside Radio", "2026-08-12T17:00:00Z", "Vessing Ridge fire keeps spreading",
             "About 4,500 residents were ordered to leave Tamsk and nearby hamlets, the fire service said on Wednesday.")
    d = _brief(a, b)
    assert [sorted(v["value"] for v in c["variants"]) for c in d["conflicts"]] == [["2,000", "4,500"]]


# ---- vague amounts of another size (audit 17 #9) ----

def _march(id, outlet, text):
    return _art(id, outlet, "2026-09-12T18:00:00Z", "Dalvik port protest", text)


def test_tens_of_thousands_is_not_backed_by_thousands():
    a = _march("nor-1", "Norhaven Post", "Tens of thousands of people marched through the centre of Dalvik on Saturday to "
                                          "protest against the planned sale of the city's port authority.")
    b = _march("sel-1", "Selby Wire", "Thousands of people marched through the centre of Dalvik on Saturday to protest "
                                      "against the planned sale of the city's port authority.")
    claims = find_claims([a, b], use_embeddings=False)
    tens = next(c for c in claims if c.text.startswith("Tens"))
    assert tens.outlets == ["Norhaven Post"]


def test_vague_amounts_of_one_size_still_back_each_other():
    a = _march("nor-2", "Norhaven Post", "Thousands of people marched through the centre of Dalvik on Saturday to "
                                          "protest against the planned sale of the city's port authority.")
    b = _march("sel-2", "Selby Wire", "Thousands of people marched through the centre of Dalvik on Saturday to protest "
                                      "against the planned sale of the city's port authority, police said.")
    [c] = [c for c in find_claims([a, b], use_embeddings=False) if "marched" in c.text]
    assert sorted(c.outlets) == ["Norhaven Post", "Selby Wire"]


def test_a_lead_stating_a_superseded_value_gives_way_to_the_latest():
    arts = [_art(f"c{k}", outlet, f"2026-08-1{k}T15:00:00Z", f"Harl Ridge fire {pct}% contained",
                 f"The Harl Ridge wildfire in Vessen County was {pct}% contained on {day}, the Vessen Fire Service "
                 "said.", f"Residents of Tolby {rest}.")
            for k, (outlet, pct, day, rest) in enumerate([("Orm Post", 10, "Monday", "were ordered to leave"),
                                                           ("Radio Skarn", 35, "Tuesday", "remain out of their homes"),
                                                           ("Vessen Courier", 60, "Wednesday", "hope to return soon")])]
    d = _brief(*arts)
    assert [v["value"] for v in d["updates"][0]["values"]] == ["10%", "35%", "60%"]
    assert "60% contained" in d["sentences"][0]["statement"] and not d["sentences"][0]["updated"]
    assert any("10% contained" in s["statement"] and s["updated"] for s in d["sentences"][1:])
