"""Session 26, T2: a timeline row is dated by its act's day, not by a possessive day ("Sunday's semi-final")
nor by a day still to come in a clause that describes someone ("a man who will appear in court on Friday
was arrested on Tuesday"); a sentence whose "her"/"his"/"their" stands for no one it names before it is
written with its antecedent (audit 24 #23). Fictional articles written here (invented places, people, outlets)."""

from newsloom.brief import _leans_on_a_person, _with_antecedent, brief_to_dict, write_brief
from newsloom.records import Article, BriefSentence, Source, Story


def _rows(*arts: Article) -> list[dict]:
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), list(arts)))["timeline"]


def _art(id_: str, outlet: str, text: str, published: str) -> Article:
    return Article(id=id_, outlet=outlet, title="Report", published=published, text=text)


# ----------------------------------------------------------------------------- a possessive day

SUNDAY = "2026-09-06T08:00:00Z"  # (Sunday 6 September 2026; Saturday is the 5th)


def test_a_possessive_day_is_not_the_day_of_the_sentences_act():
    rows = _rows(
        _art("a", "Quayside Sport", "Fennick United will meet the winners of Sunday's Arlow City v Brenton Town "
             "semi-final after beating Oskarby Town 2-0 on Saturday.\n\nStriker Abel Rooke scored twice at "
             "Marl Road.", SUNDAY),
        _art("b", "Oskarby Echo", "Fennick United will meet the winners of Sunday's Arlow City v Brenton Town "
             "semi-final after beating Oskarby Town 2-0 on Saturday.\n\nThe Tarn Shield final is in May.", SUNDAY),
    )
    meet = [r for r in rows if "winners of Sunday's" in r["statement"]]
    assert all(r["date"] == "2026-09-05" for r in meet), rows


def test_a_possessive_day_in_what_is_still_to_come_dates_no_row():
    rows = _rows(
        _art("a", "Quayside Sport", "Fennick United will meet the winners of Sunday's Arlow City v Brenton Town "
             "semi-final in the Tarn Shield final.\n\nStriker Abel Rooke scored twice at Marl Road.", SUNDAY),
        _art("b", "Oskarby Echo", "Fennick United will meet the winners of Sunday's Arlow City v Brenton Town "
             "semi-final in the Tarn Shield final.\n\nThe final is in May.", SUNDAY),
    )
    assert not any("winners of Sunday's" in r["statement"] for r in rows), rows
    # (nor does a vote still to come date what was done ahead of it; but the day of a contest one takes part
    # in is the act's: "will run in next Saturday's race")
    rows = _rows(_art("e", "Quayside Sport", "Two councillors rejected the harbour plan ahead of next Thursday's vote. "
                      "Mayor Ada Brenn will run in next Saturday's harbour race.", SUNDAY),
                 _art("f", "Oskarby Echo", "Two councillors rejected the harbour plan ahead of next Thursday's vote. "
                      "Mayor Ada Brenn will run in next Saturday's harbour race.", SUNDAY))
    assert not any("rejected" in r["statement"] for r in rows), rows
    assert any("harbour race" in r["statement"] and r["date"] == "2026-09-12" for r in rows), rows
    # (a possessive day of a past report is still that report's day: "Saturday's storm flooded the quay")
    rows = _rows(_art("c", "Quayside Sport", "Saturday's storm flooded the quay at Marl Road.", SUNDAY),
                 _art("d", "Oskarby Echo", "Saturday's storm flooded the quay at Marl Road.", SUNDAY))
    assert [r["date"] for r in rows] == ["2026-09-05"], rows


# ------------------------------------------------------------ a day to come in a describing clause

WEDNESDAY = "2026-09-09T18:00:00Z"  # (Tuesday is the 8th, Friday the 11th)


def test_a_day_to_come_in_a_describing_clause_does_not_date_the_main_act():
    text = ("A man who will appear in court on Friday was arrested on Tuesday after a break-in at the Lindqvist "
            "jewellers.\n\nPolice recovered rings worth 40,000 crowns.")
    rows = _rows(_art("a", "Orlen Wire", text, WEDNESDAY),
                 _art("b", "Marrow Gazette", text.replace("Police", "Officers"), WEDNESDAY))
    arrest = [r for r in rows if "arrested" in r["statement"]]
    assert arrest and all(r["date"] == "2026-09-08" for r in arrest), rows

    # a describing clause's day still dates a sentence whose main act is no past one, and a day that a verb of
    # saying's clause sets is kept
    from newsloom.brief import _after_past_act
    from newsloom.text import dates
    # (a describing clause without its "who is")
    for drop in ("A man due in court on Friday was arrested on Tuesday.",
                 "Talks set to start on Friday were called off on Tuesday."):
        assert [d.text for d in dates(drop, "2026-09-09") if _after_past_act(drop, d, "2026-09-09")] == ["Friday"], drop
    for keep in ("Ilse Varga, who will be sentenced on Friday, said she was sorry.",
                 "Ilse Varga, who will be sentenced on Friday, faces up to ten years in prison.",
                 "Talks are set to start on Friday.", "Talks set to start on Friday, officials said."):
        assert not any(_after_past_act(keep, d, "2026-09-09") for d in dates(keep, "2026-09-09")), keep


# ------------------------------------------------------------------- a pronoun without antecedent

def _src(aid: str, outlet: str, text: str, words: str) -> Source:
    start = text.index(words)
    return Source(aid, outlet, words, start, start + len(words))


def _sentence(statement: str, sources: list[Source], credit: str) -> BriefSentence:
    return BriefSentence(statement.rstrip(".") + credit, statement, credit, "single-source", sources,
                         "c" + str(abs(hash(statement)) % 10**6), None, [], sorted({s.outlet for s in sources}))


TIDINGS = ("Mara Lind finished with 51.2 per cent of the vote, the city election office said. "
           "The first count on Monday had given her a lead of 300 votes over Jon Veck.")
POST = "The election office said it had received no complaint about the count."


def test_a_pronoun_before_any_name_of_its_sentence_gets_its_antecedent():
    """#23: "had given her a lead ... over Jon Veck": the name after "her" is not hers."""
    texts = {"tidings": TIDINGS, "post": POST}
    office = _sentence(POST, [_src("post", "Post", POST, POST)], " (Post).")
    own = "The first count on Monday had given her a lead of 300 votes over Jon Veck."
    lead = _sentence(own, [_src("tidings", "Tidings", TIDINGS, own)], " (Tidings).")
    out = _with_antecedent([office, lead], texts, {})
    assert out[1].statement.startswith("Mara Lind finished with 51.2 per cent"), out[1].statement
    assert out[1].sources[0].quote == TIDINGS


def test_their_and_them_lean_back_unless_a_plural_noun_may_be_theirs():
    before = "Councillors Ada Brenn and Tomas Ek won seats in Eastbank, the election board said."
    prev = "Turnout was 63 per cent."
    assert _leans_on_a_person("The final count gave them a lead of 90 votes over Jon Veck.", before, prev)
    assert _leans_on_a_person("Their lead was cut to 40 votes after the recount.", before, prev)
    # a plural noun, or a name, before the pronoun may be its own
    assert not _leans_on_a_person("Observers said they saw ballot boxes left unsealed.", before, prev)
    assert not _leans_on_a_person("The ballots were counted again after their seals were found broken.", before, prev)
    # the subject after an opening phrase may be the pronoun's: "In his letter, ..."
    assert not _leans_on_a_person("In his letter to the board, Jon Veck conceded the race.", before, prev)
    assert not _leans_on_a_person("When they heard the result, the councillors left the hall.", before, prev)
    assert not _leans_on_a_person("As recently as Monday, in his letter to the board, Jon Veck said so.", before, prev)
    # a sentence before that leans back itself by the same pronoun gives no antecedent either (by another, it may)
    assert not _leans_on_a_person("Their lead was cut to 40 votes.", "They won seats in Eastbank and Orlen.", prev)
    assert _leans_on_a_person("She said she had never met him.", "He said he regretted that Ms Ada Brenn was hurt.", prev)
    # "it" is no person's
    assert not _leans_on_a_person("The count gave it a lead of 90 votes.", before, prev)


def test_a_headline_from_a_statement_prefers_one_whose_pronoun_has_a_name():
    """A statement made the headline stands alone: "had given her a lead" names no one "her" could be."""
    text = ("The first count on Monday had given her a lead of 300 votes in the Eastbank mayoral race.\n\n"
            "Mara Lind won the Eastbank mayoral race by 287 votes after a recount, the election board said.")
    arts = [Article(id="a", outlet="Orlen Wire", title="", published=WEDNESDAY, text=text),
            Article(id="b", outlet="Marrow Gazette", title="", published=WEDNESDAY,
                    text=text.replace("the election board said", "the board said on Tuesday"))]
    headline = write_brief(Story("s", "", ["a", "b"]), arts).headline
    assert headline.startswith("Mara Lind won"), headline
