"""Audit 24, the brief's own readings: a fact told twice through a pronoun's antecedent (#15), one remark
listed twice in Quotes by speaker (#19), a "her" mid-sentence with nobody to stand for (#23)."""
from newsloom.brief import _quotes, _with_antecedent
from newsloom.records import Article, BriefSentence, Source


def _src(aid: str, outlet: str, text: str, words: str) -> Source:
    start = text.index(words)
    return Source(aid, outlet, words, start, start + len(words))


def _sentence(statement: str, status: str, sources: list[Source], credit: str = "", attribution=None,
              also=None) -> BriefSentence:
    return BriefSentence(statement.rstrip(".") + credit if credit else statement, statement, credit, status,
                         sources, "c" + str(abs(hash(statement)) % 10**6), attribution, also or [],
                         sorted({s.outlet for s in sources}))


# fictional: a regulator warns on a cough syrup; two outlets
ORBIT = ("The Lorvik Drugs Board warned on Friday that Calmex syrup should not be given to infants. "
         "The board said up to 40,000 bottles may have been sold since March. It has not ordered a recall "
         "but asked chemists to stop selling the syrup.")
HERALD = ("Lorvik's drugs regulator warned on Friday against giving Calmex syrup to infants. "
          "Pellan Pharma, which makes Calmex, said its syrup was safe. "
          "The Lorvik Drugs Board warned that the syrup should not be given to babies. It said up to 40,000 "
          "bottles had been sold.")


def test_antecedent_told_by_another_outlets_sentence_is_not_told_again():
    """#15: "It has not ordered a recall" leans on a sentence the brief already tells, though through
    another outlet's words (the claim's also_reported_by): it follows that claim, not quoted with it again."""
    texts = {"orbit": ORBIT, "herald": HERALD}
    lead = _sentence("Lorvik's drugs regulator warned on Friday against giving Calmex syrup to infants.",
                     "corroborated", [_src("herald", "Herald", HERALD, "Lorvik's drugs regulator warned on "
                                           "Friday against giving Calmex syrup to infants.")], " (Herald).")
    sold = _sentence("The board said up to 40,000 bottles may have been sold since March.", "corroborated",
                     [_src("orbit", "Orbit", ORBIT, "The board said up to 40,000 bottles may have been sold "
                           "since March.")], " (Orbit).",
                     also=[_src("herald", "Herald", HERALD, "It said up to 40,000 bottles had been sold.")])
    # the written claim is the Herald's words; the Orbit's sentence backs it
    sold.sources, sold.also_reported_by = sold.also_reported_by, sold.sources
    safe = _sentence("Pellan Pharma, which makes Calmex, said its syrup was safe.", "single-source",
                     [_src("herald", "Herald", HERALD, "Pellan Pharma, which makes Calmex, said its syrup was safe.")],
                     " (Herald).", attribution="Pellan Pharma")
    recall = _sentence("It has not ordered a recall but asked chemists to stop selling the syrup.", "single-source",
                       [_src("orbit", "Orbit", ORBIT, "It has not ordered a recall but asked chemists to stop "
                             "selling the syrup.")], " (Orbit).")
    out = _with_antecedent([lead, sold, safe, recall], texts, {})
    statements = [s.statement for s in out]
    assert sum("40,000" in s for s in statements) == 1, statements
    assert statements.index(recall.statement) == statements.index(sold.statement) + 1


def test_it_said_is_placed_after_what_it_stands_for():
    """#15: "It said up to 40,000 bottles had been sold (the Lorvik Drugs Board, via Herald)" written right
    after the drug maker's sentence reads as the maker's: it follows the sentence that told its antecedent."""
    texts = {"herald": HERALD}
    warned = _sentence("The Lorvik Drugs Board warned that the syrup should not be given to babies.", "corroborated",
                       [_src("herald", "Herald", HERALD, "The Lorvik Drugs Board warned that the syrup should not "
                             "be given to babies.")], " (Herald).")
    safe = _sentence("Pellan Pharma, which makes Calmex, said its syrup was safe.", "corroborated",
                     [_src("herald", "Herald", HERALD, "Pellan Pharma, which makes Calmex, said its syrup was safe.")],
                     " (Herald).", attribution="Pellan Pharma")
    quote = HERALD[HERALD.index("The Lorvik Drugs Board warned that"):]
    sold = _sentence("It said up to 40,000 bottles had been sold.", "corroborated",
                     [Source("herald", "Herald", quote, HERALD.index(quote), len(HERALD))],
                     " (the Lorvik Drugs Board, via Herald).", attribution="The Lorvik Drugs Board")
    out = _with_antecedent([warned, safe, sold], texts, {})
    assert [s.statement for s in out] == [warned.statement, sold.statement, safe.statement]


# fictional: a town's mayoral count
TIDINGS = ("Mara Lind finished with 51.2 per cent of the vote to 48.8 per cent for Jon Veck. "
           "The first count on Monday had given her a lead of 300 votes.")
POST = "The election office said it had received no complaint about the count."


def test_pronoun_mid_sentence_gets_its_antecedent():
    """#23: "... had given her a lead" after a sentence that names no woman is quoted with the sentence
    before it in its article, as a sentence opening with "It" is."""
    texts = {"tidings": TIDINGS, "post": POST}
    office = _sentence(POST, "single-source", [_src("post", "Post", POST, POST)], " (Post).")
    lead = _sentence("The first count on Monday had given her a lead of 300 votes.", "single-source",
                     [_src("tidings", "Tidings", TIDINGS, "The first count on Monday had given her a lead of 300 votes.")],
                     " (Tidings).")
    out = _with_antecedent([office, lead], texts, {})
    assert out[1].statement.startswith("Mara Lind finished with 51.2 per cent")
    assert out[1].sources[0].quote == TIDINGS
    # a sentence that names the person itself stands alone
    own = "Jon Veck said he would ask for a recount."
    text = TIDINGS + " " + own
    alone = _sentence(own, "single-source", [_src("tidings", "Tidings", text, own)], " (Tidings).")
    assert _with_antecedent([office, alone], {"tidings": text, "post": POST}, {})[1].statement == own


# fictional: a cup semi-final; three outlets quote one manager
BRIGHT = ('"The girls showed great nerve after the equaliser," said Ilsa Marr, the Dunholt manager. '
          '"We have waited nine years for a final."')
PELL = ('Dunholt manager Ilsa Marr said: "This one is for the fans. We have waited nine years for a final."')
DUN = 'Ilsa Marr said her side "showed great nerve" in the second half.'


def test_a_quotation_inside_a_longer_one_is_one_remark():
    """#19: a remark another outlet printed in part is listed once, in its longest form, naming every
    outlet that printed it."""
    arts = [Article("b", "Brightline", BRIGHT), Article("p", "Pellworth", PELL), Article("d", "Dunmere", DUN)]
    groups = {a.id: a.outlet for a in arts}
    people = _quotes(arts, groups)
    assert len(people) == 1
    quotes = people[0]["quotes"]
    assert len(quotes) == 2, [q["quote"] for q in quotes]
    nerve = next(q for q in quotes if "nerve" in q["quote"])
    assert "after the equaliser" in nerve["quote"] and set(nerve["outlets"]) == {"Brightline", "Dunmere"}
    years = next(q for q in quotes if "nine years" in q["quote"])
    assert years["quote"].startswith("This one is for the fans") and set(years["outlets"]) == {"Brightline", "Pellworth"}



def test_a_pronoun_whose_person_the_sentence_names_by_a_noun_leans_on_nothing():
    from newsloom.brief import _leans_on_a_person
    before = "Rockets from the hills fell on the port of Varnholm overnight, Mayor Ada Brenn said."
    assert _leans_on_a_person("The count had given her a lead of 412 votes.", before, "Turnout was high.")
    assert not _leans_on_a_person("One man was hurt when a stone from the quarry struck his cabin.", before, "Turnout was high.")
