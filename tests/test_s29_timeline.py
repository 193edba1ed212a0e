"""Session 29, T2: a contested claim's timeline row tells the best-backed side and notes the others with who
gives them (audit 29 #3); an opinion column's sentence is no event of the timeline (#10); a day after "since"
is when something began, not the day of a figure given as it stands (#6); README describes the conflicts'
"statement" and "attributions" (#12). Fictional articles written here (invented places, people, outlets)."""
from pathlib import Path

import newsloom

from newsloom.brief import brief_to_dict, brief_to_html, brief_to_markdown, write_brief
from newsloom.records import Article, Story

THURSDAY = "2026-05-14T{}:00Z"  # (Thursday 14 May 2026; Tuesday is the 12th)


def _art(id_: str, outlet: str, text: str, published: str, title: str = "Report", url: str | None = None) -> Article:
    return Article(id=id_, outlet=outlet, title=title, published=published, text=text, url=url)


def _brief(*arts: Article):
    return write_brief(Story("s", "", [a.id for a in arts]), list(arts))


# ------------------------------------------------------------------- a contested claim's timeline row

def _ruling(id_: str, outlet: str, lede: str, hour: str) -> Article:
    return _art(id_, outlet, lede + "\n\nThe case was brought by the Coastal Ferry Union.\n\n"
                "Judge Tilde Varro wrote the opinion of the court.", THURSDAY.format(hour))


MINORITY = ("The Constitutional Court of Dornmark ruled five to four on Thursday that the ferry licensing law is "
            "lawful, ending a long fight by the Coastal Ferry Union.")
MAJORITY = ("The Constitutional Court of Dornmark on Thursday upheld the ferry licensing law by six votes to three, "
            "rejecting a challenge by the Coastal Ferry Union.")


def test_a_contested_claims_row_gives_the_best_backed_side_and_notes_the_other():
    brief = _brief(_ruling("m", "Quill Daily", MINORITY, "09:00"),
                   _ruling("a", "Ostry Wire", MAJORITY, "10:00"),
                   _ruling("b", "Lanner Post", MAJORITY.replace("on Thursday upheld", "upheld on Thursday"), "11:00"),
                   _ruling("c", "Harrow Radio", "The Constitutional Court of Dornmark voted 6-3 on Thursday to uphold "
                           "the ferry licensing law.", "12:00"))
    d = brief_to_dict(brief)
    assert d["conflicts"], d["conflicts"]  # (the claim is contested: 6-3 / 5-4)
    rows = [t for t in d["timeline"] if "Constitutional Court" in t["statement"]]
    assert len(rows) == 1, rows
    row = rows[0]
    # the side three outlets give, not the first report's five to four, and the row says outlets differ
    assert "five to four" not in row["statement"] and "Quill Daily" not in row["outlets"], row
    assert row["contested"] == [{"value": "5-4", "outlets": ["Quill Daily"]}], row
    md = brief_to_markdown(brief)
    line = next(x for x in md.splitlines() if x.startswith("- 2026-05-14") and "Constitutional Court" in x)
    assert line.endswith("*(⚠ contested: 5-4 — Quill Daily)*"), line
    assert "⚠ contested: 5-4 — Quill Daily" in brief_to_html(brief)


def test_an_evenly_contested_claims_row_is_still_marked_contested():
    d = brief_to_dict(_brief(_ruling("m", "Quill Daily", MINORITY, "09:00"),
                             _ruling("a", "Ostry Wire", MAJORITY, "10:00")))
    rows = [t for t in d["timeline"] if "Constitutional Court" in t["statement"]]
    assert len(rows) == 1 and rows[0].get("contested"), rows
    other = rows[0]["contested"][0]
    assert other["outlets"] != rows[0]["outlets"] and other["value"] in {"5-4", "6-3"}, rows


# ---------------------------------------------------------------------- an opinion column's sentence

def test_an_opinion_columns_sentence_is_no_timeline_event():
    news = ("The Brask-2 rocket lifted off from Tern Point on Thursday and placed a mapping satellite in orbit.\n\n"
            "Mission director Ola Venn said the flight went to plan.")
    arts = [
        _art("a", "Ostry Wire", news, THURSDAY.format("12:00")),
        _art("b", "Lanner Post", news.replace("Mission director Ola Venn said", "Ola Venn said"), THURSDAY.format("13:00")),
        _art("o", "Harrow Review", "Thursday's launch of the Brask-2 rocket was a fine show, but it was a show bought "
             "at a ruinous price.\n\nThe Brask-2 rocket programme has cost far more than anyone was told.",
             THURSDAY.format("18:00"), title="Opinion: A costly show", url="https://harrow.example/opinion/costly-show"),
    ]
    d = brief_to_dict(_brief(*arts))
    assert any("lifted off" in t["statement"] for t in d["timeline"]), d["timeline"]
    assert not any("ruinous" in t["statement"] for t in d["timeline"]), d["timeline"]
    assert all("Harrow Review" not in t["outlets"] for t in d["timeline"]), d["timeline"]


# ------------------------------------------------------------------------------ a day after "since"

MONDAY = "2026-08-10T18:00:00Z"  # (Monday 10 August 2026)
WEDNESDAY = "2026-08-12T18:00:00Z"


def _fire() -> list[Article]:
    return [
        _art("d1", "Tarn Wire", "A wildfire in the hills above Pellby had burned 9,000 acres by Monday evening, the "
             "county fire service said.\n\nAbout 1,500 residents left their homes.", MONDAY),
        _art("m1", "Brisk Herald", "About 1,500 residents of Pellby left their homes on Monday as the wildfire spread, "
             "the county fire service said.\n\nThe fire service said crews were fighting the blaze.", MONDAY),
        _art("d3", "Tarn Wire", "The fire has burned 11,200 acres since it broke out on Monday.\n\nCrews from three "
             "counties were fighting the blaze near Pellby.", WEDNESDAY),
    ]


def test_a_figure_since_a_day_is_as_of_its_report_in_the_updates():
    d = brief_to_dict(_brief(*_fire()))
    area = [u for u in d["updates"] if any("11,200" in v["value"] for v in u["values"])]
    assert area, d["updates"]
    assert [v["value"] for v in area[0]["values"]] == ["9,000 acres", "11,200 acres"], area


def test_a_figure_since_a_day_is_dated_by_its_report_in_the_timeline():
    d = brief_to_dict(_brief(*_fire()))
    row = next(t for t in d["timeline"] if "11,200" in t["statement"])
    assert (row["date"], row["when"]) == ("2026-08-12", "reported Wednesday"), d["timeline"]
    # (the day the fire broke out still dates what the sentence tells of it)
    assert any(t["date"] == "2026-08-10" and "left their homes" in t["statement"] for t in d["timeline"])


# --------------------------------------------------------------------------------------- the README

def test_readme_describes_the_conflicts_statement_and_attributions():
    readme = (Path(newsloom.__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    json_part = readme[readme.index('"conflicts": [{'): readme.index('"updates": [{')]
    assert '"statement"' in json_part and '"attributions"' in json_part and "parallel to sources" in json_part
