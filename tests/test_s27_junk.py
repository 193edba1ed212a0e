"""Audit 27 #7, #5 (the dropped short claim), #18: end-of-article furniture, short bare claims, a relative
word taken into a source. All articles are fictional."""
from newsloom.clean import clean_text
from newsloom.crosscheck import _attribute, split_statements
from newsloom.records import Article


def _kept_and_reasons(text: str) -> tuple[str, dict[str, str]]:
    kept, removed = clean_text(text)
    return kept, {r.text: r.reason for r in removed}


def test_a_release_footer_with_notes_reference_and_about_blurb_is_removed():
    text = "\n\n".join([
        "People over 60 who walked every day were 30% less likely to have a stroke, a Tarnby University study found.",
        "The researchers followed 24,000 adults for eight years.",
        "Notes to editors",
        "Reference: Lund I, Marr P, et al. Daily walking and stroke in older adults. Tarnby Med J. 2026;41(11):1102-1110.",
        "Lund I, Marr P, et al. Walking and health. Tarnby Med J. 2025;40(2):88-95.",
        "About the University of Tarnby: Founded in 1811, the University of Tarnby is home to 31,000 students.",
    ])
    kept, removed = _kept_and_reasons(text)
    assert kept.splitlines()[0].startswith("People over 60") and "24,000 adults" in kept
    assert "Notes to editors" not in kept and "et al" not in kept and "Founded in 1811" not in kept
    assert any(r == "reference" for r in removed.values())
    # a study reported in prose, and a paragraph opening "About" with no name, stay
    text = "Lund et al. found that walking halved the risk, the journal said in 2026.\n\nAbout 200 of the town's people walked."
    kept, removed = _kept_and_reasons(text)
    assert not removed and "Lund et al. found" in kept and "About 200" in kept


def test_the_writers_bio_at_the_end_and_a_comment_prompt_are_removed():
    text = "\n\n".join([
        "A fire destroyed the Vellby library on Monday, the fire service said.",
        "Nobody was hurt.",
        "Ilse Brandt is the Courier's health editor. She has covered medicine for 15 years.",
        "Do you use the library? Tell us in the comments below.",
    ])
    kept, removed = _kept_and_reasons(text)
    assert kept == "A fire destroyed the Vellby library on Monday, the fire service said.\n\nNobody was hurt."
    assert set(removed.values()) == {"author bio", "comment prompt"}
    # a person introduced in the story (not at the end, or not a newsroom's post) is news
    text = "\n\n".join([
        "Ilse Brandt is the Courier's health editor and broke the story of the leak.",
        "The hospital denied the report on Monday.",
        "Mara Lind is the party's deputy leader.",
    ])
    kept, removed = _kept_and_reasons(text)
    assert not removed and kept == text
    kept, removed = _kept_and_reasons('"Tell us the truth," protesters shouted, police said.')
    assert not removed


def test_a_live_blogs_sign_off_is_removed_and_the_entrys_news_stays():
    text = "\n\n".join([
        "17:00 — That's all from us today. Police say 14 people were arrested.",
        "16:30 — We're pausing our live coverage here.",
        "15:40 — Police have started to clear the square. Thanks for following.",
        '"Thanks for following the rules," the officer said.',
    ])
    kept, removed = _kept_and_reasons(text)
    assert kept.split("\n\n") == [
        "17:00 — Police say 14 people were arrested.",
        "15:40 — Police have started to clear the square.",
        '"Thanks for following the rules," the officer said.',
    ]
    assert set(removed) == {"That's all from us today.", "16:30 — We're pausing our live coverage here.",
                            "Thanks for following."}
    assert set(removed.values()) == {"live-blog sign-off"}


def _statements(text: str) -> list[str]:
    a = Article(id="a1", outlet="Brackmoor Times", text=text, title="Express derails near Osby")
    return [st.text for st in split_statements([a])]


def test_a_short_bare_claim_is_a_statement_and_furniture_is_not():
    said = _statements("\n\n".join([
        "An express train derailed near Osby on Tuesday, killing 12 people.",
        "The driver was speeding. The bridge has reopened. No one else was hurt.",
        "He was speeding. Read more. Share this article. Comments are closed.",
        '"We are looking at everything," Mr. Falk wrote. Justice Orrin asked.',
    ]))
    assert "The driver was speeding." in said
    assert "The bridge has reopened." in said
    assert "No one else was hurt." in said
    for junk in ("He was speeding.", "Read more.", "Share this article.", "Comments are closed.", "Justice Orrin asked."):
        assert not any(junk in s for s in said), junk


def test_a_relative_word_before_the_speaker_is_no_part_of_the_source():
    text = "The march ended in Harbour Square, where union leader Ada Voss said teachers were ready to strike."
    attr, _ = _attribute(text, "", 0, None, text)
    assert attr is not None and attr.source == "union leader Ada Voss"
