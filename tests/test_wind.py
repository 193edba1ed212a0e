"""Figures across days and units (a wind speed on two days, a speed in km/h and in mph) and a count word
that is an adjective ("the missing trawler"). All articles here are fictional."""
from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.crosscheck import _conflicts, counted, find_claims, find_updates, split_statements
from newsloom.records import Article, Story
from newsloom.text import numbers


def _art(id, outlet, published, title, *paras):
    return Article(id=id, outlet=outlet, text="\n\n".join(paras), title=title, published=published)


def _brief(*arts):
    return brief_to_dict(write_brief(Story("halvard", "", [a.id for a in arts]), list(arts)))


# Monday 9 March 2026, then Tuesday 10 March
KMH = _art("marrow-1", "Marrow Point Wire", "2026-03-09T08:00:00Z", "Storm Halvard hits Quenby",
           "Storm Halvard hit Quenby on Monday with winds of up to 140 km/h, the met office said.",
           "Ferries between Quenby and Toller Isle were cancelled, the ferry company said.")
MPH = _art("lantern-1", "Lantern Coast News", "2026-03-09T18:00:00Z", "Storm Halvard batters Quenby",
           "Storm Halvard hit Quenby on Monday with winds of up to 87 mph, the met office said.",
           "Ferries between Quenby and Toller Isle were cancelled, the ferry company said.")
NEXT_DAY = _art("driftholm-1", "Driftholm Radio", "2026-03-10T18:00:00Z", "Storm Halvard weakens",
                "Storm Halvard weakened on Tuesday, with winds of about 100 km/h, as it moved inland, the met office said.",
                "The storm's winds had peaked at 140 km/h, or about 87 mph, on Monday.")


def _claim_of(claims, text):
    return next(c for c in claims if text in c.evidence[0].quote)


def test_another_days_wind_does_not_back_the_peak_but_the_same_days_reading_does():
    claims = find_claims([KMH, MPH, NEXT_DAY])
    lead = _claim_of(claims, "up to 140 km/h")
    quotes = [e.quote for e in lead.evidence]
    assert not any("about 100 km/h" in q for q in quotes)  # Tuesday's weaker wind is another reading
    assert any("peaked at 140 km/h" in q for q in quotes)  # Monday's peak in other words is this one
    assert any("up to 87 mph" in q for q in quotes)
    assert lead.status == "corroborated"
    tuesday = _claim_of(claims, "about 100 km/h")
    assert tuesday.status == "single-source"


def test_a_figure_note_counts_the_same_figure_in_another_unit():
    d = _brief(KMH, MPH)
    lead = next(s for s in d["sentences"] if "140 km/h" in s["statement"])
    assert lead["status"] == "corroborated"
    [fig] = lead["figures"]
    assert fig["outlets"] == ["Marrow Point Wire", "Lantern Coast News"]
    assert "alone" not in brief_to_markdown(d)


def test_a_reading_the_text_calls_weaker_than_the_peak_does_not_contest_the_peak():
    landfall = _art("osk-1", "Osk Bay Courier", "2026-03-11T09:00:00Z", "Halvard makes landfall",
                    "Storm Halvard made landfall near Brannock on Tuesday night with winds of about 120 km/h, "
                    "weaker than at its peak, the met office said.")
    peak = _art("fenner-1", "Fenner Gazette", "2026-03-11T16:00:00Z", "Halvard's damage counted",
                "The storm's winds reached 140 km/h, or about 87 mph, at their peak.")
    claims = find_claims([landfall, peak])
    assert not any(c.status == "contested" for c in claims)


def test_two_speeds_for_one_storm_on_one_day_still_contest():
    other = _art("lantern-2", "Lantern Coast News", "2026-03-09T18:00:00Z", "Storm Halvard batters Quenby",
                 "Storm Halvard hit Quenby on Monday with winds of 110 km/h, the met office said.")
    plain = _art("marrow-2", "Marrow Point Wire", "2026-03-09T08:00:00Z", "Storm Halvard hits Quenby",
                 "Storm Halvard hit Quenby on Monday with winds of 140 km/h, the met office said.")
    [c] = find_claims([plain, other])
    assert c.status == "contested"
    assert sorted(v.value for v in c.variants) == ["110 km/h", "140 km/h"]


def test_a_conversion_after_or_is_no_figure_of_its_own():
    plain = _art("marrow-3", "Marrow Point Wire", "2026-03-09T08:00:00Z", "Storm Halvard hits Quenby",
                 "Storm Halvard hit Quenby with winds of about 125 km/h, the met office said.")
    conv = _art("fenner-2", "Fenner Gazette", "2026-03-09T16:00:00Z", "Halvard",
                "Storm Halvard hit Quenby with winds of 140 km/h, or about 87 mph, the met office said.")
    [c] = find_claims([plain, conv])
    assert c.status == "contested"
    assert sorted(v.value for v in c.variants) == ["125 km/h", "140 km/h"]
    # the figure the sentence states contests the other, not its conversion
    a, b = split_statements([conv, plain])
    assert [(x.text, y.text) for x, y, _ in _conflicts(a, b)] == [("140 km/h", "125 km/h")]


# ---- a count word that is an adjective: "Four divers from the missing boat were rescued" ----

MONDAY_MISSING = _art("marrow-5", "Marrow Point Wire", "2026-03-09T08:00:00Z", "Six divers missing off Quenby",
                      "Six divers are missing after their boat failed to return to Quenby harbour during Storm "
                      "Halvard on Monday, the coastguard said.",
                      "Rescue boats could not leave the harbour, the coastguard said.")
WEDNESDAY_RESCUE = _art("lantern-5", "Lantern Coast News", "2026-03-11T09:00:00Z", "Four divers rescued off Quenby",
                        "Four divers from the missing boat were rescued from a reef on Wednesday, and two are still "
                        "missing, the coastguard said.",
                        "The divers were taken to Quenby hospital.")


def test_a_count_word_before_another_noun_is_not_what_the_figure_counts():
    text = WEDNESDAY_RESCUE.text.split("\n\n")[0]
    four, two = numbers(text)
    assert counted(text, four) == ("survivors", "")  # "Four divers ... were rescued": the rescued, not the missing
    assert counted(text, two) == ("missing", "")
    s = "The missing trawler carried seven crew, the coastguard said."
    assert counted(s, numbers(s)[0]) is None
    # the count word as a noun still counts
    s = "Among the injured were 12 children, the hospital said."
    assert counted(s, numbers(s)[0]) == ("injured", "children")
    s = "Seven fishermen are missing, the coastguard said."
    assert counted(s, numbers(s)[0]) == ("missing", "")


def test_rescued_from_the_missing_boat_and_still_missing_is_a_fall_not_a_contest():
    arts = [MONDAY_MISSING, WEDNESDAY_RESCUE]
    claims = find_claims(arts)
    [u] = find_updates(claims, arts)
    assert u.about == "missing"
    assert [(v.value, v.outlets) for v in u.values] == [("6", ["Marrow Point Wire"]), ("2", ["Lantern Coast News"])]
    d = _brief(*arts)
    assert not any(s["status"] == "contested" for s in d["sentences"])
    assert "missing**: 6 (Mon 9 Mar, Marrow Point Wire) → 2 (Wed 11 Mar, Lantern Coast News)" in brief_to_markdown(d)


def test_two_missing_counts_of_one_day_without_update_words_still_contest():
    other = _art("lantern-6", "Lantern Coast News", "2026-03-09T18:00:00Z", "Divers missing off Quenby",
                 "Four divers are missing after their boat failed to return to Quenby harbour during Storm "
                 "Halvard on Monday, the coastguard said.")
    arts = [MONDAY_MISSING, other]
    claims = find_claims(arts)
    assert find_updates(claims, arts) == []
    c = _claim_of(claims, "missing after their boat")
    assert c.status == "contested"
    assert sorted(v.value for v in c.variants) == ["4", "6"]
