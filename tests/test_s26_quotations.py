"""Session 26: a quotation that runs over two sentences, which statement splitting cuts in two, is written in
its article's order and never shown with a mark missing in "Reported by one outlet only" (audit 26 #11).
All articles, outlets, people and places are made up."""

from newsloom.brief import brief_to_dict, write_brief
from newsloom.records import Article, Story

QUAKE = "At least 31 people were killed when an earthquake shook Velden province before dawn on Tuesday."
WITNESS = ('"I have never seen anything like this in my whole life. Whole streets of the old town have simply '
           'gone," said Liv Haugen, a teacher whose school in the Lerne valley collapsed.')


def _brief() -> dict:
    arts = [
        Article(id="hp/1", outlet="Heathmoor Post", title="Quake kills dozens", published="2026-11-10T14:00:00Z",
                text=QUAKE + "\n\n" + WITNESS),
        Article(id="or/1", outlet="Ostby Radio", title="Quake toll rises", published="2026-11-11T16:00:00Z",
                text="Forty-seven people are now known to have died in the earthquake that struck Velden province "
                     "on Tuesday, officials said on Wednesday.\n\nThe government will hold a day of national "
                     "mourning on Thursday."),
    ]
    return brief_to_dict(write_brief(Story(id="s1", title="", article_ids=[a.id for a in arts]), arts))


def _balanced(s: str) -> bool:
    return s.count('"') % 2 == 0 and s.count("“") == s.count("”")


def test_the_parts_of_one_quotation_are_written_in_their_order():
    body = [s["statement"] for s in _brief()["sentences"]]
    first = next(i for i, s in enumerate(body) if "never seen anything" in s)
    second = next(i for i, s in enumerate(body) if "Whole streets" in s)
    assert second == first + 1, body


def test_a_part_of_a_quotation_reported_by_one_outlet_keeps_its_marks():
    d = _brief()
    parts = [c["statement"] for c in d["single_source"] if "never seen" in c["statement"] or "Whole streets" in c["statement"]]
    assert len(parts) == 2 and all(_balanced(p) for p in parts), parts
    assert all(c["text"] == c["statement"] for c in d["single_source"])
    # the source's quote is still the article's words, character for character
    text = QUAKE + "\n\n" + WITNESS
    assert all(c["source"]["quote"] in text for c in d["single_source"] if c["source"]["article_id"] == "hp/1")


def test_a_part_of_a_quotation_in_the_timeline_keeps_its_marks():
    text = ("Hundreds of families spent a second night in tents in Tarnholm after the earthquake on Tuesday.\n\n"
            '"The first army tents reached the valley on Wednesday morning. Nobody should sleep in a car again," '
            "said Per Oddsen, the town's mayor.")
    arts = [Article(id="or/2", outlet="Ostby Radio", title="Families in tents", published="2026-11-11T16:00:00Z",
                    text=text)]
    rows = brief_to_dict(write_brief(Story(id="s2", title="", article_ids=["or/2"]), arts))["timeline"]
    tents = [r for r in rows if "army tents" in r["statement"]]
    assert tents and all(_balanced(r["statement"]) for r in tents), rows


def test_a_sentence_whose_antecedent_the_body_writes_later_goes_after_it_not_with_a_copy():
    from newsloom.brief import _with_antecedent
    from newsloom.records import BriefSentence, Source

    text = ("The Kestrel Bay ferry pier was closed to all passengers on Monday after a storm.\n\n"
            "It came two days after a fire destroyed the harbour office.")
    ante, lean = text.split("\n\n")
    at = text.index(lean)

    def sentence(statement: str, start: int) -> BriefSentence:
        return BriefSentence(text=statement, statement=statement, credit="", status="single-source",
                             sources=[Source("hr/1", "Harbour Radio", statement, start, start + len(statement))],
                             claim_id=statement[:8])

    other = BriefSentence(text="Ferries ran from the north quay.", statement="Ferries ran from the north quay.",
                          credit="", status="single-source", claim_id="x",
                          sources=[Source("gp/1", "Gannet Post", "Ferries ran from the north quay.", 0, 32)])
    body = _with_antecedent([other, sentence(lean, at), sentence(ante, 0)], {"hr/1": text, "gp/1": other.statement}, {})
    statements = [s.statement for s in body]
    assert statements == [other.statement, ante, lean], statements


def test_a_count_told_as_it_stands_now_is_dated_when_it_was_said():
    # (audit 26 #12: the day in "the earthquake that struck ... on Tuesday" is the quake's, not the count's)
    text = ("Forty-seven people are now known to have died in the earthquake that struck Velden province on Tuesday, "
            "officials said on Wednesday.\n\nThe government will hold a day of national mourning on Thursday.")
    arts = [Article(id="or/3", outlet="Ostby Radio", title="Toll reaches 47", published="2026-11-11T16:00:00Z", text=text)]
    rows = brief_to_dict(write_brief(Story(id="s3", title="", article_ids=["or/3"]), arts))["timeline"]
    toll = [r for r in rows if "Forty-seven" in r["statement"]]
    assert [r["date"] for r in toll] == ["2026-11-11"], rows


def test_an_outlet_that_printed_part_of_a_quotation_is_named_so():
    from newsloom.brief import brief_to_markdown

    whole = ('"I have made mistakes, and I take full responsibility for them. It is right that I step aside," '
             "Elena Varga told reporters.")
    part = 'Varga, who led the ministry for three years, said: "I take full responsibility for them."'
    arts = [Article(id="cw/1", outlet="Corran Wire", title="Minister resigns", published="2026-11-17T11:00:00Z",
                    text="Transport minister Elena Varga resigned on Tuesday.\n\n" + whole),
            Article(id="hp/1", outlet="Heathmoor Post", title="Minister quits", published="2026-11-17T13:00:00Z",
                    text="Transport minister Elena Varga quit on Tuesday.\n\n" + part)]
    d = brief_to_dict(write_brief(Story(id="s4", title="", article_ids=["cw/1", "hp/1"]), arts))
    (entry,) = [q for sp in d["quotes"] for q in sp["quotes"] if "full responsibility" in q["quote"]]
    assert entry["outlets"] == ["Corran Wire", "Heathmoor Post"] and entry["in_part"] == ["Heathmoor Post"], entry
    assert "Corran Wire and Heathmoor Post (in part)" in brief_to_markdown(d)
