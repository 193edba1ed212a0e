"""A single-source sentence's figure that other outlets give in sentences of their own is credited to them
too ("the figure 221 also given by Pellin Wire (212 passengers and 9 crew)"): the people on board given as
their parts give their sum, and a study's size told by several outlets about other findings is theirs too;
a party's own release is no outlet there, and a span of time is no fact's own figure (session 28, audit 27
setH/setI leftovers). Fictional articles written here."""

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.records import Article, Story
from newsloom.web import views


def art(id_, outlet, text, title="Report", published="2026-11-10T10:00:00Z"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


def _brief(arts: list[Article]) -> dict:
    return brief_to_dict(write_brief(Story(id="s", title="", article_ids=[a.id for a in arts]), arts))


def _single(d: dict, words: str) -> dict:
    s = next(s for s in d["sentences"] if words in s["statement"])
    assert s["status"] == "single-source"
    return s


FERRY = [
    art("a", "Pellin Wire", "A ferry carrying 212 passengers and 9 crew ran aground off Pellin Point on Friday "
        "evening, injuring 14 people, the coastguard said.\n\n"
        "Lifeboats from three stations took the injured to hospital in Carrow.\n\n"
        "Coastguard teams searched 40 cabins for anyone still trapped.\n\n"
        "Harbour staff in Carrow moved 340 parked lorries away from the quay.",
        title="Ferry runs aground off Pellin Point"),
    art("b", "Carrow Gazette", "The ferry Marra Queen ran aground off Pellin Point on Friday, the coastguard said.\n\n"
        "There were 221 people on board the Marra Queen when it struck a reef near the harbour mouth.\n\n"
        "Lifeboats took the injured to hospital in Carrow.\n\n"
        "The ferry was also carrying 40 cars on its vehicle deck.\n\n"
        "The Marra Queen has sailed as Route 340 between Carrow and the islands since 2019.",
        title="Marra Queen aground", published="2026-11-10T12:00:00Z"),
]


def test_a_count_on_board_given_as_its_parts_by_another_outlet_is_credited_to_it():
    d = _brief(FERRY)
    s = _single(d, "221 people on board")
    assert s["figures"] == [{"figure": "221", "outlets": ["Carrow Gazette", "Pellin Wire"],
                             "parts": {"Pellin Wire": "212 passengers and 9 crew"}}]
    # (the Markdown's status line says so, with the other outlet's words)
    line = next(x for x in brief_to_markdown(d).splitlines() if "221 people on board" in x and "single source" in x)
    assert "the figure 221 also given by Pellin Wire (212 passengers and 9 crew)" in line
    # (and the web story page's note)
    view = views.prepare_brief(d, [])
    assert [x["figure_notes"] for x in view["sentences"] if "221 people" in x["text"]] == [
        ["the figure 221 also given by Pellin Wire (212 passengers and 9 crew)"]]
    # (a small bare count, "40 cabins" / "40 cars", may count another thing: no credit)
    assert _single(d, "40 cars")["figures"] == []
    # (nor a name's number, "Route 340", beside another outlet's count of 340)
    assert _single(d, "Route 340")["figures"] == [] and _single(d, "340 parked lorries")["figures"] == []


STUDY = [
    art("r", "Tarrow Institute Press Office", "The Tarrow Institute today announced the results of a study of "
        "night-shift work and diabetes.\n\n"
        "The researchers followed 18,000 nurses in the Tarrow region for ten years.",
        title="Night shifts linked to diabetes", published="2026-11-10T07:00:00Z"),
    art("a", "Velm Courier", "A study of 18,000 nurses found that regular night shifts were linked to a higher "
        "risk of type 2 diabetes.", title="Night shifts and diabetes"),
    art("b", "Orsk Daily", "Nurses on permanent night rotas were 40% more likely to develop type 2 diabetes, "
        "the Tarrow Institute found.\n\n"
        "The 18,000 nurses in the study filled in a questionnaire on their sleep every two years for ten years.",
        title="Nurses' night work studied", published="2026-11-10T11:00:00Z"),
]


def test_a_study_size_other_outlets_give_about_other_findings_is_theirs_too_not_the_partys():
    d = _brief(STUDY)
    s = _single(d, "filled in a questionnaire")
    # (the institute's own release gives it too, but a party's release is no outlet beside a report)
    assert s["figures"] == [{"figure": "18,000", "outlets": ["Orsk Daily", "Velm Courier"]}]
    line = next(x for x in brief_to_markdown(d).splitlines() if "filled in a questionnaire" in x)
    assert "the figure 18,000 also given by Velm Courier)" in line
    # (a span of time, "ten years", recurs in other senses: it is credited to no one)
    assert all(f["figure"] != "ten years" for x in d["sentences"] for f in x["figures"]
               if x["status"] == "single-source")
