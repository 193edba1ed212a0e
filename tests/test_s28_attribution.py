"""Who the information comes from (session 28): the outlet's own reporter, unnamed sources described in full,
"he said" after a role, a party tag after a name. Fictional articles throughout."""
from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.crosscheck import split_statements
from newsloom.records import Article, Story
from newsloom.text import person


def _sources(text: str) -> dict[str, str | None]:
    """Each statement of a one-article text -> its attribution's source."""
    return {s.text: (s.attribution.source if s.attribution else None)
            for s in split_statements([Article(id="a", outlet="Kessel Ledger", text=text)])}


def test_our_reporter_is_the_outlet_itself_not_a_source():
    blog = ("14:05 — The march has reached Harbour Square in the centre of Sorvik.\n\n"
            "Tens of thousands of people are filling the square, our reporter says.")
    said = _sources(blog)
    assert said["Tens of thousands of people are filling the square, our reporter says."] is None
    arts = [Article(id="b", outlet="Sorvik Today", published="2026-11-21", text=blog),
            Article(id="w", outlet="Pellam Wire", published="2026-11-21",
                    text="The union has called a one-day national strike for Wednesday in Sorvik.")]
    md = brief_to_markdown(brief_to_dict(write_brief(Story("s", "", ["b", "w"]), arts)))
    assert "our reporter says" in md and "attributed to our reporter" not in md


def test_the_people_said_is_the_people_the_article_described():
    said = _sources("Halvorsen will close its Vell plant in March, two people familiar with the plans said. "
                    "The company's chief executive will step down next year, the people said.")
    assert said["The company's chief executive will step down next year, the people said."] == \
        "two people familiar with the plans"
    said = _sources("Halvorsen will close its Vell plant in March, according to people familiar with the matter. "
                    "The board approved the closure on Friday, according to the people.")
    assert said["The board approved the closure on Friday, according to the people."] == "people familiar with the matter"


def test_an_unnamed_source_is_told_with_its_whole_description():
    said = _sources("The mayor spent much of the day calling council members, said one official briefed on the talks.")
    assert list(said.values()) == ["one official briefed on the talks"]
    said = _sources("Ivo Hale told the mayor that he needed a public promise, a person near the harbour board said, "
                    "speaking on condition of anonymity.")
    assert list(said.values()) == ["a person near the harbour board"]  # (not Ivo Hale, whom the words are about)
    said = _sources("The mayor urged him to drop the harbour plan, according to two aides familiar with the "
                    "plan who described it on condition of anonymity.")
    assert list(said.values()) == ["two aides familiar with the plan who described it on condition of anonymity"]
    said = _sources("The agency is still working on the permit for the plant, said the officials, who spoke on "
                    "condition of anonymity.")
    assert list(said.values()) == ["the officials"]


def test_he_said_after_a_role_is_the_role_not_a_person_named_further_up():
    lind = "Tomas Lind, a shop owner in Vell, said sales fell sharply in the spring. "
    quote = '"We expect a good year for the shops," he said.'
    said = _sources(lind + "The company's chief executive told analysts on Monday that sales would recover. " + quote)
    assert said[quote] == "The company's chief executive"
    said = _sources(lind + "The company's chief executive met analysts in Vell on Monday to talk about the shops. " + quote)
    assert said[quote] == "The company's chief executive"
    # the article names the role's one holder: she is the one
    she = quote.replace("he said", "she said")
    said = _sources("Ida Moss, the company's chief executive, opened a new shop in Vell in March. " + lind
                    + "The chief executive told analysts on Monday that sales would recover. " + she)
    assert said[she] == "Ida Moss"
    # (two sentences back, a role is no antecedent: the sentence between is about someone else)
    said = _sources("A Halvorsen spokesman said the shops would stay open. Earlier, the shop owners' group met "
                    "the mayor to ask for lower rents in the old town. " + quote)
    assert said[quote] is None


def test_a_party_tag_is_no_part_of_the_name():
    said = _sources("Senator Ann Vell (D-N.Y.) said the closure would cost 900 jobs in the port town of Harlow. "
                    "The yard will close by the end of the year, said Sen. Ann Vell, D-N.Y. "
                    "Sen. Ann Vell, D-N.Y., said she would ask the governor to fight the closure in court. "
                    "The vote was a mistake, according to Senator Tom Hale, R-Ill., the party's whip in the chamber.")
    assert [person(s or "") for s in said.values()] == ["Ann Vell", "Ann Vell", "Ann Vell", "Tom Hale"]
    assert not any("D-N" in s or "R-I" in s for s in said.values() if s)
    arts = [Article(id="a", outlet="Vell Courier", published="2026-03-02", text=(
                "The Senate voted on Monday to close the Harlow naval yard by the end of the year.\n\n"
                "Senator Ann Vell (D-N.Y.) said the closure would cost 900 jobs in the port town of Harlow.\n\n"
                "\"This vote is a betrayal of every family in Harlow,\" Vell said.")),
            Article(id="b", outlet="Pellam Wire", published="2026-03-02", text=(
                "The Senate voted on Monday to close the Harlow naval yard by the end of the year.\n\n"
                "\"We will fight this closure in every court in the land,\" said Sen. Ann Vell, D-N.Y.\n\n"
                "The yard opened in 1911 and builds patrol boats for the coastguard."))]
    d = brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))
    labels = ([c.get("attribution") or "" for c in d["single_source"]] + [s["credit"] for s in d["sentences"]]
              + [q["speaker"] for q in d["quotes"]])
    assert any("Ann Vell" in x for x in labels) and not any("D-N" in x for x in labels)
    # both outlets' words are hers, under one name
    assert [len(q["quotes"]) for q in d["quotes"] if q["speaker"] == "Ann Vell"] == [2]


def test_a_pronoun_after_a_noun_for_people_that_opens_the_sentence_still_needs_its_antecedent():
    # "Rescuers found his car": "Rescuers" is capitalised only as it opens the sentence, and names no one
    # "his" could stand for; written after the mayor, "his car" would read as the mayor's
    lind = "Tomas Lind, 54, went missing on Sunday after leaving his home in Vell for a walk along the river.\n\n"
    search = "Rescuers searched the Vell river on Monday for a man missing since Sunday.\n\n"
    arts = [Article(id="a", outlet="Vell Courier", published="2026-03-02",
                    text=search + lind + "Rescuers found his car near the old mill on Monday morning."),
            Article(id="b", outlet="Pellam Wire", published="2026-03-02",
                    text=search + lind + "Mayor Ivo Brandt thanked the volunteers who joined the search on Monday afternoon.")]
    body = [s["statement"] for s in brief_to_dict(write_brief(Story("s", "", ["a", "b"]), arts))["sentences"]]
    car = next(k for k, s in enumerate(body) if s.startswith("Rescuers found his car"))
    assert body[car - 1].startswith("Tomas Lind")
