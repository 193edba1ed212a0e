"""A quotation set off in its own paragraph below a sentence that introduces it with a colon ("The ministry
said in a statement:", "Mayor Ola Brin responded on Twitter:") is its introducer's words: it keeps that
speaker in the claims, the credit and Quotes by speaker. All articles are made up."""

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.crosscheck import split_statements
from newsloom.records import Article, Story
from newsloom.text import quotations

POST = ("Ten hostages were freed in Varn on Tuesday, officials said.\n\n"
        "The interior ministry said in a statement on Tuesday:\n\n"
        "“No ransom of any kind was paid to the kidnappers. The hostages were freed by our forces after long talks.”\n\n"
        "Mayor Ola Brin responded to the news on Twitter:\n\n"
        "“The people of Varn will not forget this day and the soldiers who brought our neighbours home.”\n\n"
        "Residents gathered in the square to greet the freed hostages late on Tuesday evening.")
STAR = ("Ten hostages held for a month were released in Varn on Tuesday, the interior ministry said.\n\n"
        "The ministry said no ransom had been paid and that the hostages were freed after long talks.\n\n"
        "Crowds gathered in the main square of Varn to greet the freed hostages on Tuesday evening.")


def _articles() -> list[Article]:
    return [Article(id="post/1", outlet="Varn Post", title="Ten hostages freed in Varn after talks", text=POST,
                     published="2026-03-03"),
            Article(id="star/1", outlet="Kellvik Star", title="Varn hostages released", text=STAR,
                    published="2026-03-03")]


def _attributions(text: str) -> dict[str, str | None]:
    a = Article(id="x/1", outlet="Varn Post", title="Hostages freed", text=text, published="2026-03-03")
    return {st.text[:30]: st.attribution.source if st.attribution else None for st in split_statements([a])}


def _said(text: str, opening: str) -> str | None:
    return next(v for k, v in _attributions(text).items() if opening.startswith(k) or k.startswith(opening))


def test_a_quotation_set_off_below_a_colon_is_its_introducers_words():
    assert _said(POST, "“No ransom of any kind") == "The interior ministry"
    assert _said(POST, "The hostages were freed by") == "The interior ministry"  # (the quotation goes on)
    assert _said(POST, "“The people of Varn") == "Ola Brin"
    assert _said(POST, "Residents gathered") is None  # (the narrative after it is the outlet's own)
    assert [q.speaker for q in quotations(POST)] == [None, "Ola Brin"]  # (a body is no speaker of a quote)


def test_the_brief_credits_the_set_off_quotation_to_its_speaker():
    story = Story(id="s1", title="", article_ids=["post/1", "star/1"])
    brief = write_brief(story, _articles())
    md = brief_to_markdown(brief)
    assert "(Ola Brin, via Varn Post)" in md
    assert "- **Ola Brin**" in md  # Quotes by speaker
    single = [c for c in brief_to_dict(brief)["single_source"] if "people of Varn" in c["statement"]]
    assert single and single[0]["attribution"] == "Ola Brin"


def test_no_speaker_when_the_colon_introduces_no_one_or_someone_elses_words():
    for intro in ("The statement read:", "Here is the full text of the order:", "He said:",
                  "Lena Mork also quotes a number of other survivors:", "Kessler listed the demands:"):
        text = f"Ten hostages were freed in Varn on Tuesday.\n\n{intro}\n\n“We will not rest until all of them are home again.”"
        assert _said(text, "“We will not rest") is None, intro
        assert quotations(text)[0].speaker is None, intro


def test_no_speaker_when_the_quotation_does_not_open_its_paragraph():
    text = ("Mayor Ola Brin said on Tuesday:\n\nResidents were told: “We will not rest until all of them are home again.”")
    assert quotations(text)[0].speaker is None


def test_a_speaker_quoted_by_a_site_is_still_the_speaker():
    text = ("Ten hostages were freed in Varn on Tuesday.\n\n"
            "Quoted on the Varn Courier's website, Ida Moss, the sister of one hostage, said:\n\n"
            "“We will not rest until all of them are home again, every last one.”")
    assert quotations(text)[0].speaker == "Ida Moss"
