"""A cited quote that opens or ends inside a quotation of several sentences (taken out to the whole
quotation, verbatim), and a credit the sentence already gives ("..., a fire officer told the Kellvik
Star"). All articles are made up (invented places, people and outlets)."""
import html

from newsloom.brief import _credit, brief_to_dict, brief_to_html, brief_to_markdown, write_brief
from newsloom.records import Article, Source, Story
from newsloom.text import quote_marks, sentences


def _cite(text: str, words: str) -> str:
    """The quote citing `words` of `text` becomes, taken out to its whole quotation."""
    from newsloom.brief import _whole_quotation

    start = text.index(words)
    src = _whole_quotation(Source("a", "Harl Evening Star", words, start, start + len(words)), text, sentences(text))
    assert text[src.start: src.end] == src.quote  # always a verbatim span of the article
    return src.quote


# ------------------------------------------------------------------ audit 18 #12: quotations split in two

def test_a_quote_that_opens_mid_quotation_takes_in_the_sentence_the_quotation_opens_in():
    text = ('"It is an honour to coach a side this old. I cannot wait to begin," Tova Grell told the club\'s '
            'website. The Marrowby board met on Friday.')
    assert _cite(text, 'I cannot wait to begin," Tova Grell told the club\'s website.') == text[:text.index(" The Marrowby")]
    # curly marks, and a quotation of three sentences
    text = '“The pier is shut. Nobody may board. The ferry waits in Harl,” Ada Brenn said on Monday.'
    assert _cite(text, 'The ferry waits in Harl,” Ada Brenn said on Monday.') == text
    # a quote that leaves its quotation open goes on to where it closes, with the speech tag
    assert _cite(text, "“The pier is shut.") == text


def test_a_quote_with_no_open_quotation_or_one_opened_out_of_reach_is_cited_as_it_is():
    # closed by a full stop: the sentence after it is no part of the quotation
    text = '"We will rebuild the pier. We always do." Lind said the work would start in May.'
    assert _cite(text, "Lind said the work would start in May.") == "Lind said the work would start in May."
    assert _cite(text, 'We always do."') == '"We will rebuild the pier. We always do."'
    # no quotation at all, and a quotation in the paragraph before
    assert _cite("The pier is shut. Nobody may board.", "Nobody may board.") == "Nobody may board."
    text = '"The pier is shut. Nobody may board.\n\nThe ferry waits in Harl," Lind said.'
    assert _cite(text, 'The ferry waits in Harl," Lind said.') == 'The ferry waits in Harl," Lind said.'
    # opened more than QUOTE_REACH sentences before, or never closed: not followed through the article
    text = '"The pier is shut. Nobody may board. The ferry waits. It leaves at noon," Lind said.'
    assert _cite(text, 'It leaves at noon," Lind said.') == 'It leaves at noon," Lind said.'
    text = '"The pier is shut. Nobody may board. The ferry waits in Harl. It may leave at noon.'
    assert _cite(text, '"The pier is shut.') == '"The pier is shut.'


def test_taking_in_a_whole_quotation_returns_on_long_text():
    from newsloom.brief import _whole_quotation

    text = '"Abc bcd cde. ' * 20000 + 'Def efg fgh," Ida Moss said.'
    sents = sentences(text)
    for k in range(0, len(sents), 2000):
        _whole_quotation(Source("a", "X", sents[k].text, sents[k].start, sents[k].end), text, sents)


TRANSFER = [
    ("Kettle Cove Sport", 'Varrow Athletic have signed striker Ossia Lenk from Port Harl for a fee of 40 million '
     'crowns, the clubs said on Tuesday.\n\n"It is a dream to play for a club this famous, and I cannot wait to start," '
     'Lenk said.\n\nVarrow Athletic said in a statement that Lenk "brings pace and goals to our attack".'),
    ("Harl Evening Star", 'Varrow Athletic completed the signing of Ossia Lenk from Port Harl on Tuesday for a fee of '
     '40 million crowns.\n\n"It is a dream to play for a club this famous. I cannot wait to get started," Lenk told '
     'the club\'s website.\n\nLenk signed a four-year contract with Varrow Athletic.'),
]


def _transfer_brief():
    arts = [Article(id=f"t{i}", outlet=o, text=t, published=f"2026-05-0{i + 1}T10:00:00Z")
            for i, (o, t) in enumerate(TRANSFER)]
    return write_brief(Story("t", "Lenk joins Varrow Athletic", [a.id for a in arts]), arts), arts


def test_a_cited_quote_never_opens_mid_quotation_and_the_whole_quotation_backs_the_other_outlet():
    brief, arts = _transfer_brief()
    texts = {a.id: a.text for a in arts}
    for s in brief.sentences:
        for src in s.sources + s.also_reported_by:
            assert texts[src.article_id][src.start: src.end] == src.quote  # verbatim
            assert quote_marks(src.quote)[0] is None, src.quote  # no closing mark whose opening was left out
    dream = next(s for s in brief.sentences if "dream" in s.statement)
    assert dream.status == "corroborated" and set(dream.outlets) == {"Kettle Cove Sport", "Harl Evening Star"}
    harl = [src.quote for src in dream.sources + dream.also_reported_by if src.outlet == "Harl Evening Star"]
    assert harl and harl[0].startswith('"It is a dream') and harl[0].endswith("told the club's website.")


# ----------------------------------------------------------- credits read alike in every format

def test_the_credit_reads_the_same_in_json_markdown_and_html():
    brief, _ = _transfer_brief()
    d = brief_to_dict(brief)
    md, page = brief_to_markdown(brief), brief_to_html(brief)
    for s in d["sentences"]:
        assert s["text"].endswith(s["credit"])
        assert s["text"] in md.replace("\\", "")
        assert html.escape(s["text"]) in page


# ------------------------------------------------------ audit 18 #14: a credit the sentence already gives

def test_a_sentence_naming_its_only_outlet_as_it_reports_needs_no_credit():
    # an outlet called "The Kellvik Star" is "the Kellvik Star" in prose
    for statement in ("A man was arrested on Tuesday, a fire officer told the Kellvik Star.",
                      "A man was arrested on Tuesday, according to the Kellvik Star.",
                      "A fire officer said in an interview with the Kellvik Star that a man was arrested.",
                      "The Kellvik Star reported that a man was arrested on Tuesday."):
        assert _credit(statement, ["The Kellvik Star"]) == (statement, ""), statement
    assert _credit("A man was arrested, a fire officer told the Calder Ledger.", ["Calder Ledger"])[1] == ""


def test_a_sentence_naming_another_outlet_or_one_of_several_keeps_its_credit():
    said = "A man was arrested on Tuesday, a fire officer told the Harl Evening Star."
    assert _credit(said, ["The Kellvik Star"])[1] == " (The Kellvik Star)."
    assert _credit(said, ["Harl Evening Star", "The Kellvik Star"])[1] == " (Harl Evening Star and The Kellvik Star)."
    # a longer name that ends in the outlet's is another outlet
    assert _credit("LodeStar reported that a man was arrested.", ["Star"])[1] == " (Star)."


def test_a_brief_sentence_that_names_its_outlet_ends_without_a_credit():
    text = ("Fire crews put out a blaze at the Osk timber yard in Kellvik on Monday night.\n\n"
            "Police arrested a 41-year-old man on Tuesday on suspicion of arson, a police source told the Kellvik Star.")
    brief = write_brief(Story("k", "Kellvik yard fire", ["k1"]), [Article(id="k1", outlet="The Kellvik Star", text=text)])
    arrest = next(s for s in brief.sentences if "arrested" in s.statement)
    assert arrest.credit == "" and arrest.text.endswith("told the Kellvik Star.")
