"""Audit 23 #1: a death toll that "has risen to three" stays an update when a third outlet repeats the new
figure in words of its own ("Three workers died and 17 were hurt"). All articles here are fictional."""
from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.crosscheck import counted, find_claims, find_updates
from newsloom.records import Article, Story
from newsloom.text import numbers


def _art(id, outlet, published, title, *paras, url=None):
    return Article(id=id, outlet=outlet, text="\n\n".join(paras), title=title, published=published, url=url)


def _brief(*arts):
    return brief_to_dict(write_brief(Story("quell", "", [a.id for a in arts]), list(arts)))


MORNING = _art("mirrow-1", "Mirrow Gazette", "2026-06-09T09:00:00Z", "Two dead after blast at Pellam Glassworks",
               "Two people have died after an explosion at the Pellam Glassworks in Quellby early on Tuesday, "
               "the parish council said.",
               "The blast happened in a furnace hall shortly before dawn.")
EVENING = _art("osk-1", "Osk Wire", "2026-06-09T18:00:00Z", "Death toll rises to three after Pellam Glassworks blast",
               "The death toll from Tuesday's explosion at the Pellam Glassworks in Quellby has risen to three, "
               "the district fire brigade said.",
               "The blast happened in a furnace hall shortly before dawn, firefighters said.")
NIGHT = _art("brae-1", "Braeside Courier", "2026-06-09T20:00:00Z", "Three workers dead in Pellam Glassworks blast",
             "Three workers died and 17 were hurt in the explosion at the Pellam Glassworks in Quellby on Tuesday, "
             "the district fire brigade confirmed.")


def test_a_third_outlet_repeating_the_new_toll_keeps_the_update():
    d = _brief(MORNING, EVENING, NIGHT)
    [u] = d["updates"]
    assert u["about"] == "death toll"
    assert [v["value"] for v in u["values"]] == ["2", "3"]
    assert [v["outlets"] for v in u["values"]] == [["Mirrow Gazette"], ["Osk Wire", "Braeside Courier"]]
    assert not [s for s in d["sentences"] if s["status"] == "contested"]
    assert not d.get("contests")
    # the new toll is backed by both outlets that give it; the old one says it has since changed
    three = next(s for s in d["sentences"] if "Three workers died" in s["statement"] or "risen to three" in s["statement"])
    assert three["status"] == "corroborated"
    assert {"Osk Wire", "Braeside Courier"} <= set(three["outlets"])
    two = next(s for s in d["sentences"] if "Two people have died" in s["statement"])
    assert two["status"] == "single-source"
    assert [(m["figure"], m["now"]) for m in two["updated"]] == [("2", "3")]
    md = brief_to_markdown(d)
    assert "## How the figures changed" in md and "Where outlets differ" not in md
    assert "died explosion" not in md


def test_a_figure_after_and_counts_what_its_own_clause_says():
    text = NIGHT.text.split("\n\n")[0]
    three, seventeen = numbers(text)[:2]
    assert counted(text, three)[0] == "death toll"
    assert counted(text, seventeen)[0] == "injured"  # "... died and 17 were hurt": 17 were hurt, not killed
    # (a figure nearer its own count word is unchanged)
    text = "The blast killed two people and injured 17 others."
    assert [counted(text, n)[0] for n in numbers(text)] == ["death toll", "injured"]


def test_two_tolls_of_one_day_without_update_wording_still_contest():
    early = _art("tull-1", "Tull Herald", "2026-06-09T10:00:00Z", "Two dead in Pellam Glassworks blast",
                 "Two workers died in the explosion at the Pellam Glassworks in Quellby on Tuesday, the district "
                 "fire brigade said.")
    late = _art("vane-1", "Vane Echo", "2026-06-09T19:00:00Z", "Three dead in Pellam Glassworks blast",
                "Three workers died in the explosion at the Pellam Glassworks in Quellby on Tuesday, the district "
                "fire brigade said.")
    arts = [early, late]
    assert find_updates(find_claims(arts), arts) == []
    d = _brief(*arts)
    assert d["updates"] == []
    assert any(s["status"] == "contested" for s in d["sentences"])


def test_a_named_count_of_the_old_toll_after_the_new_one_joins_no_step():
    # (a report that names who died and gives the old value once the new one is out is not that step: the
    # update stays as the plain reports give it)
    stale = _art("brae-2", "Braeside Courier", "2026-06-09T21:00:00Z", "Two workers named after Pellam blast",
                 "Two workers died in the explosion at the Pellam Glassworks in Quellby, the district fire brigade "
                 "said on Tuesday night.")
    arts = [MORNING, EVENING, stale]
    [u] = find_updates(find_claims(arts), arts)
    assert [v.outlets for v in u.values] == [["Mirrow Gazette"], ["Osk Wire"]]


def test_an_opinion_piece_is_no_outlet_behind_a_step():
    column = _art("fenn-1", "Fennick Evening Post", "2026-06-10T08:00:00Z", "Opinion: Quellby deserved better",
                  "The Pellam Glassworks cut corners for years, and three of its workers paid with their lives.",
                  url="https://fennick.example/opinion/quellby-deserved-better")
    arts = [MORNING, EVENING, NIGHT, column]
    [u] = find_updates(find_claims(arts), arts)
    assert "Fennick Evening Post" not in {o for v in u.values for o in v.outlets}
