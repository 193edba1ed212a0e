"""A corroborated sentence's note "the figure X from Y alone" names every outlet whose words give X: a
change's size said two ways, and the same figure in a claim of another outlet's own (audit 20 #10).
Fictional articles written here."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story


def art(id_, outlet, text, title="Report", published="2026-11-10T10:00:00Z"):
    return Article(id=id_, outlet=outlet, text=text, title=title, published=published)


def _lead_figures(arts: list[Article]) -> dict[str, list[str]]:
    d = brief_to_dict(write_brief(Story(id="s", title="", article_ids=[a.id for a in arts]), arts))
    lead = d["sentences"][0]
    assert lead["status"] == "corroborated"
    return {f["figure"]: f["outlets"] for f in lead["figures"]}


def test_a_rise_of_four_percent_and_a_rise_by_four_percent_are_one_figure():
    figures = _lead_figures([
        art("a", "Dallow Echo", "Fernwick council voted on Monday to raise council tax by 4% from April.",
            title="Fernwick council tax to rise", published="2026-11-10T09:00:00Z"),
        art("b", "Orrin Herald", "Councillors in Fernwick approved a 4% rise in council tax on Monday.",
            title="Fernwick approves council tax rise"),
    ])
    assert set(figures["4%"]) == {"Orrin Herald", "Dallow Echo"}


def test_a_figure_another_outlet_gives_in_a_sentence_of_its_own_is_not_one_outlets():
    figures = _lead_figures([
        art("a", "Dallow Echo", "Dallow United beat Fenmoor Athletic 3-0 in the Orrin Shield final on Sunday "
            "in front of 48,312 fans."),
        art("b", "Kestrel Post", "Dallow United beat Fenmoor Athletic 3-0 in Sunday's Orrin Shield final.\n\n"
            "The attendance was 48,312.", published="2026-11-10T12:00:00Z"),
    ])
    assert set(figures["48,312"]) == {"Dallow Echo", "Kestrel Post"}


def test_a_figure_no_other_outlet_gives_stays_one_outlets():
    figures = _lead_figures([
        art("a", "Dallow Echo", "Dallow United beat Fenmoor Athletic 3-0 in the Orrin Shield final on Sunday "
            "in front of 48,312 fans."),
        art("b", "Kestrel Post", "Dallow United beat Fenmoor Athletic 3-0 in Sunday's Orrin Shield final.\n\n"
            "The attendance was 41,900.", published="2026-11-10T12:00:00Z"),
    ])
    assert figures["48,312"] == ["Dallow Echo"]
