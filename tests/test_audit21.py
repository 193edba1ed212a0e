"""Defects found by the eighth end-to-end audit (an oil spill, a capsized boat, quarterly results).

Fictional reports written here.
"""
import pytest

from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story
from newsloom.text import numbers


def art(id_, outlet, text, published="2026-03-03"):
    return Article(id=id_, outlet=outlet, text=text, published=published)


@pytest.mark.parametrize("text, litres", [
    ("About 2,000 barrels of crude oil leaked.", 317_974.0),
    ("Some 320,000 litres of crude oil leaked.", 320_000.0),
    ("It spilled 84,000 gallons of diesel.", 84_000 * 3.78541),
    ("The reservoir lost 2,000 cubic metres of water.", 2_000_000.0),
    ("The tank held 500 liters of fuel.", 500.0),
])
def test_volumes_are_read_in_litres(text, litres):
    (n,) = numbers(text)
    assert n.unit == "volume" and n.value == pytest.approx(litres)


def test_a_barrel_bomb_is_no_volume():
    (n,) = numbers("Helicopters dropped 30 barrel bombs on the town.")
    assert n.unit == "" and n.value == 30


def test_barrels_and_litres_of_one_spill_agree():
    arts = [
        art("a", "Quillan Star", "About 2,000 barrels of crude oil leaked from the tanker Brisk Heron off Quillan on Monday, "
                                 "the owner said."),
        art("b", "Harbour Lamp", "Some 320,000 litres of crude oil leaked from the tanker Brisk Heron off Quillan on Monday, "
                                 "according to the owner."),
    ]
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]
    # ... and a volume far from the other is a contest, in litres beside barrels
    arts[1] = art("b", "Harbour Lamp", "Some 900,000 litres of crude oil leaked from the tanker Brisk Heron off Quillan on "
                                       "Monday, according to the owner.")
    (c,) = find_claims(arts, use_embeddings=False)
    assert c.status == "contested"
    assert sorted(v.value for v in c.variants) == ["2,000 barrels", "900,000 litres"]


def test_the_dead_and_the_survivors_are_two_counts_and_the_survivors_rise():
    arts = [
        art("a", "Gull Wire", "A boat capsized off Merrow Point on Sunday and 41 people died, the coast guard said. "
                              "Rescuers pulled 72 survivors from the water, the coast guard said.", "2026-06-08"),
        art("b", "Cape Sentinel", "The number of survivors from the boat that capsized off Merrow Point rose to 87 on "
                                  "Monday, the coast guard said.", "2026-06-09"),
    ]
    assert not [c for c in find_claims(arts, use_embeddings=False) if c.status == "contested"]
    d = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))
    assert not d["conflicts"]
    (update,) = d["updates"]
    assert update["about"] == "survivors" and [v["value"] for v in update["values"]] == ["72", "87"]


def test_nearly_ten_percent_is_not_eight_percent():
    arts = [
        art("a", "Tillbrook Ledger", "Shares in Ardent Foods fell 8% on Tuesday after the company cut its forecast."),
        art("b", "Marrow Street Journal", "Shares in Ardent Foods fell nearly 10% on Tuesday after the company cut its forecast."),
    ]
    (c,) = find_claims(arts, use_embeddings=False)
    assert c.status == "contested"
    # ... while nearly 10% allows 9.6%, and "almost 1,000 people" allows 960 but not 800
    arts[0] = art("a", "Tillbrook Ledger", "Shares in Ardent Foods fell 9.6% on Tuesday after the company cut its forecast.")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]
    (x,) = numbers("Almost 1,000 people fled the valley.")
    assert x.agrees(numbers("960 people fled")[0]) and not x.agrees(numbers("800 people fled")[0])


def test_a_quotation_credited_to_a_name_set_off_by_commas_is_that_persons():
    from newsloom.text import quotations

    for text in ('"We are doing everything we can," Anneli Sorvik, chief executive of Pellin Shipping, told reporters.',
                 '"We are doing everything we can," Sorvik, the chief executive, said.',
                 '"We are doing everything we can," Anneli Sorvik, Pellin\'s chief executive, said on Monday.'):
        (q,) = quotations(text)
        assert q.speaker in ("Anneli Sorvik", "Sorvik"), text
    # ... so it is a statement of its own, not glued to the sentence before it
    arts = [art("a", "Moorland Echo", "A tanker owned by Pellin Shipping leaked oil off Varrow Head on Monday. "
                                      '"We are doing everything possible to contain this spill," Anneli Sorvik, chief '
                                      "executive of Pellin Shipping, told reporters.")]
    d = brief_to_dict(write_brief(Story("s", "", ["a"]), arts))
    assert [s["text"] for s in d["sentences"]][0] == (
        "A tanker owned by Pellin Shipping leaked oil off Varrow Head on Monday (Moorland Echo).")
    assert [q["speaker"] for q in d["quotes"]] == ["Anneli Sorvik"]


def test_other_clock_times_in_one_zone_do_not_back_each_other():
    def two(first, second):
        return find_claims([
            art("a", "Olvar Times", f"A fire broke out on a ferry off Olvar Bay on Wednesday. The rescue began at {first}, "
                                    "the port authority said."),
            art("b", "Keel Review", f"A fire broke out on a ferry off Olvar Bay on Wednesday. The rescue began at {second}, "
                                    "the port authority said."),
        ], use_embeddings=False)

    rescue = [c for c in two("04:30 local time", "06:45 local time") if "rescue" in c.text]
    assert sorted(c.status for c in rescue) == ["single-source", "single-source"]
    assert [c.status for c in two("04:30", "04:30 local time") if "rescue" in c.text] == ["corroborated"]
    # (another zone is not compared: "04:30 local time" may be "02:30 GMT")
    assert [c.status for c in two("04:30 local time", "02:30 GMT") if "rescue" in c.text] == ["corroborated"]


def test_a_report_in_an_updated_article_that_gives_another_count_stays_corroborated():
    arts = [
        art("a", "Norwire", "A boat carrying migrants capsized off Tessaly Island early on Sunday, the coast guard said.\n\n"
                            "The aid group SeaLantern said 60 people were still missing.\n\n"
                            "Rescuers pulled 72 survivors from the water, the coast guard said.", "2026-06-08"),
        art("b", "The Island Mercury", "The number of survivors from the migrant boat that capsized off Tessaly Island "
                                       "rose to 87 on Monday, the coast guard said.\n\n"
                                       "SeaLantern said 60 people were still missing.", "2026-06-09"),
    ]
    d = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))
    (missing,) = [s for s in d["sentences"] if "60 people" in s["text"]]
    assert missing["status"] == "corroborated" and missing["outlets"] == ["Norwire", "The Island Mercury"]
    assert [u["about"] for u in d["updates"]] == ["survivors"]


def test_the_story_list_shows_days_whether_outlets_gave_dates_or_times(tmp_path):
    import json
    import subprocess
    import sys

    corpus = tmp_path / "spill.jsonl"
    rows = [{"id": "a", "outlet": "Quillan Star", "published": "2026-03-03",
             "text": "About 2,000 barrels of crude oil leaked from the tanker Brisk Heron off Quillan on Monday."},
            {"id": "b", "outlet": "Harbour Lamp", "published": "2026-03-04T08:00:00Z",
             "text": "Crude oil from the tanker Brisk Heron reached the beaches of Quillan on Tuesday, officials said."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    def newsloom(*args):
        done = subprocess.run([sys.executable, "-m", "newsloom.cli", *map(str, args)], capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    db = tmp_path / "news.db"
    newsloom("ingest", corpus, "--db", db)
    (line,) = newsloom("stories", "--db", db).splitlines()
    assert "\t2026-03-03..2026-03-04\t" in line
    (story,) = json.loads(newsloom("stories", "--db", db, "--json"))
    assert story["last_seen"] == "2026-03-04T08:00:00Z"  # (the JSON keeps what the outlet gave)


def test_two_reasons_for_one_resignation_are_two_accounts_not_one_corroborated():
    arts = [
        art("a", "Fenwick Herald", "Health minister Ilka Dorn resigned on Tuesday for family reasons, her office said.",
            "2026-05-13"),
        art("b", "Fenwick Evening Post", "Health minister Ilka Dorn resigned on Tuesday amid an ethics investigation into "
                                         "hospital contracts, the newspaper has learned.", "2026-05-13"),
    ]
    claims = find_claims(arts, use_embeddings=False)
    assert sorted((c.status, c.outlets[0]) for c in claims) == [
        ("single-source", "Fenwick Evening Post"), ("single-source", "Fenwick Herald")]
    # the same reason in other words, or none beside it, still backs
    arts[1] = art("b", "Fenwick Evening Post", "Health minister Ilka Dorn resigned on Tuesday, citing family reasons.",
                  "2026-05-13")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]
    arts[1] = art("b", "Fenwick Evening Post", "Health minister Ilka Dorn resigned on Tuesday, the newspaper reported.",
                  "2026-05-13")
    assert [c.status for c in find_claims(arts, use_embeddings=False)] == ["corroborated"]


def test_a_reason_is_read_in_bounded_time():
    from newsloom.crosscheck import _reasons

    assert _reasons("It closed amid " + "strong " * 40_000 + "winds.") == {"strong"}
    assert _reasons("for " * 50_000 + "reasons") is not None
    # (what is scheduled is no reason)
    assert _reasons("Trump met him hours before he is due to give a speech in Arizona.") is None
    assert _reasons("The match was postponed due to heavy rain.") == {"heavi", "rain"}
