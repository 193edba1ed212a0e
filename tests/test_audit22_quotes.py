"""Audit 22 #3 and #4: a short denial ("Calvane denies this.") is read, and told with the accusation it
answers; a quotation of several sentences ('X wrote on Chirper: "A. B."', '"A. B," X said') is one statement
with its speaker. All articles, places, people and outlets are made up."""

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.crosscheck import find_claims, split_statements
from newsloom.records import Article, Story
from newsloom.text import quotations


def _art(id_: str, outlet: str, text: str, title: str = "Report") -> Article:
    return Article(id=id_, outlet=outlet, title=title, text=text, published="2026-09-14")


def _statements(text: str) -> list[str]:
    return [st.text for st in split_statements([_art("x/1", "Drummel Gazette", text)])]


SWAP_A = ("Merrovia and Calvane exchanged eight detainees on Monday at the Lusk ferry landing, officials said.\n\n"
          "Merrovia says the Calvanians it released were saboteurs. Calvane denies this.")
SWAP_B = ("Eight detainees were released on Monday in an exchange between Merrovia and Calvane at the Lusk ferry landing.\n\n"
          "Merrovian officials claim the freed Calvanians were saboteurs. Calvane rejects that claim.")


def test_a_short_denial_is_told_with_the_accusation_it_answers():
    assert "Merrovia says the Calvanians it released were saboteurs. Calvane denies this." in _statements(SWAP_A)
    assert ("Merrovian officials claim the freed Calvanians were saboteurs. Calvane rejects that claim."
            in _statements(SWAP_B))


def test_two_outlets_printing_the_accusation_and_its_denial_corroborate_it():
    arts = [_art("a/1", "Drummel Gazette", SWAP_A), _art("b/1", "Pensk Courier", SWAP_B)]
    claim = next(c for c in find_claims(arts) if "saboteurs" in c.text)
    assert claim.status == "corroborated", (claim.status, claim.text)
    assert "denies this" in claim.text or "rejects that claim" in claim.text
    md = brief_to_markdown(write_brief(Story(id="s1", title="", article_ids=["a/1", "b/1"]), arts))
    assert "Calvane denies this" in md and "Calvane rejects that claim" in md


def test_a_described_denier_answers_across_a_paragraph_break():
    text = ("Merrovia's defence ministry said the six Calvanian sailors it released had been mapping its harbours.\n\n"
            "Calvane's foreign ministry denied the accusation.\n\n"
            "The sailors were flown home on Tuesday evening, the ministry said.")
    said = _statements(text)
    assert ("Merrovia's defence ministry said the six Calvanian sailors it released had been mapping its harbours.\n\n"
            "Calvane's foreign ministry denied the accusation.") in said
    assert "The sailors were flown home on Tuesday evening, the ministry said." in said


def test_short_denials_that_name_what_they_deny_stand_alone_and_a_pronoun_alone_is_no_denier():
    said = _statements("The harbour board fined the Lusk ferry company on Monday for late sailings.\n\n"
                       "The company denied wrongdoing.\n\nIt plans to appeal the fine in October, a lawyer said.")
    assert "The company denied wrongdoing." in said
    said = _statements("The harbour board fined the Lusk ferry company on Monday for late sailings.\n\n"
                       "Officials in Pensk reopened the ferry landing on Tuesday.\n\nHe denies this.")
    assert not any("denies" in s for s in said)


POST = ("A ferry ran aground near the Lusk landing on Monday night, the harbour board said.\n\n"
        'A fisherman, Aldo Venner, wrote on the social network Chirper: "Saw the ferry lurch onto the sandbank '
        'near the pier. Hoping everyone on board gets home tonight."\n\n'
        "All 40 passengers were brought ashore, the harbour board said.")


def test_a_quoted_post_is_one_statement_with_its_author():
    said = [st for st in split_statements([_art("x/1", "Drummel Gazette", POST)]) if "Chirper" in st.text]
    assert len(said) == 1 and said[0].text.endswith('Hoping everyone on board gets home tonight."')
    assert said[0].attribution is not None and "Aldo Venner" in said[0].attribution.source
    assert not any(st.text.startswith("Hoping") for st in split_statements([_art("x/1", "Drummel Gazette", POST)]))
    assert [q.speaker for q in quotations(POST)] == ["Aldo Venner"]


def test_the_brief_lists_the_posts_author_and_adds_no_closing_mark():
    arts = [_art("a/1", "Drummel Gazette", POST),
            _art("b/1", "Pensk Courier", "All 40 passengers were brought ashore after a ferry ran aground near "
                                         "the Lusk landing on Monday night, the harbour board said.")]
    brief = write_brief(Story(id="s1", title="", article_ids=["a/1", "b/1"]), arts)
    md = brief_to_markdown(brief)
    assert "- **Aldo Venner**" in md  # Quotes by speaker
    assert 'near the pier."' not in md  # (no mark closing the quotation after its first sentence)
    single = [c for c in brief_to_dict(brief)["single_source"] if "Chirper" in c["statement"]]
    assert single and "Hoping everyone" in single[0]["statement"]


def test_a_short_sentence_inside_a_quoted_post_is_kept_with_it():
    text = ("The Pensk rowing club was banned from the regatta for two years on Friday, the league said.\n\n"
            'Former champion Ilsa Drommer posts on Chirper: "A sad day for our club. Rules are rules."')
    said = _statements(text)
    assert 'Former champion Ilsa Drommer posts on Chirper: "A sad day for our club. Rules are rules."' in said
    assert [q.speaker for q in quotations(text)] == ["Ilsa Drommer"]


def test_a_quotation_that_names_its_speaker_at_its_end_is_not_the_denial_before_it():
    text = ("Merrovia's defence ministry said the six Calvanian sailors it released had been mapping its harbours.\n\n"
            "Calvane's foreign ministry denied the accusation. \"None of these sailors were spies. They are fishermen "
            "who were kept as a bargaining chip,\" ministry spokeswoman Orla Stenvik said.")
    stmts = split_statements([_art("x/1", "Drummel Gazette", text)])
    for words in ("None of these sailors", "They are fishermen"):  # (each sentence its speaker's)
        quote = next(st for st in stmts if words in st.text)
        assert quote.text.lstrip('"').startswith(words)
        assert quote.attribution is not None and quote.attribution.source == "Orla Stenvik"
    assert any(st.text.endswith("Calvane's foreign ministry denied the accusation.") for st in stmts)


def test_the_narrative_between_two_quotations_is_no_quotation():
    said = _statements('The Merrovian minister called the harbour master "careless". Calvane said the minister '
                       'was acting "like a child of twelve".')
    assert said == ['The Merrovian minister called the harbour master "careless".',
                    'Calvane said the minister was acting "like a child of twelve".']
