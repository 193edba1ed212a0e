"""Where a brief's sentences stand: a sentence that leans on the one before it in its article ("It came
...", "That is ...") is read with it; a backing sentence's fact of its own is kept. All articles fictional."""
from newsloom.brief import brief_to_dict, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story
from newsloom.text import sentences, support


def art(id_, outlet, text, published="2026-04-14"):
    return Article(id=id_, outlet=outlet, text=text, published=published)


def _brief(arts):
    return brief_to_dict(write_brief(Story("s", "", [a.id for a in arts]), arts))


def flood_articles():
    return [
        art("tw", "Tollmere Wire",
            "A flood swept through the river town of Quillmarsh on Monday, forcing 300 people from their homes, "
            "the regional water board said.\n\n"
            "The river crested at 6.2 metres on Monday evening, the board said.\n\n"
            "Schools in the valley will stay shut until Thursday, the mayor's office said.\n\n"
            "Rail services were halted for six hours, the rail operator said.\n\n"
            "It came a week after a storm battered the Tessaly coast, about 200 km to the east.",
            published="2026-04-14T12:00:00Z"),
        art("qe", "Quillmarsh Echo",
            "A flood swept through the river town of Quillmarsh on Monday, driving 300 people from their homes, "
            "the regional water board said.\n\n"
            "Trains were suspended for six hours while engineers checked the tracks.\n\n"
            "Volunteers filled sandbags outside the town hall until midnight.", published="2026-04-14T08:00:00Z"),
    ]


def test_a_sentence_leaning_on_the_one_before_is_read_with_it():
    arts = flood_articles()
    texts = {a.id: a.text for a in arts}
    d = _brief(arts)
    body = d["sentences"]
    k = next(k for k, s in enumerate(body) if "It came a week after" in s["statement"])
    src = body[k]["sources"][0]
    ante = [x for x in sentences(texts[src["article_id"]]) if x.end <= texts[src["article_id"]].index("It came")][-1]
    # right after the sentence it leans on (the claim that cites it, as a source or as another outlet's words of
    # it), or quoted with it
    told = body[k - 1]["sources"] + body[k - 1].get("also_reported_by", [])
    assert any(p["article_id"] == src["article_id"] and p["start"] <= ante.start < p["end"] for p in told) or (
        body[k]["statement"].startswith("Rail services were halted for six hours") and src["start"] == ante.start)
    for s in body:  # still cited verbatim and supported
        for x in s["sources"]:
            assert texts[x["article_id"]][x["start"]: x["end"]] == x["quote"]
            assert support(s["statement"], x["quote"]).ok()


def pit_articles():
    return [
        art("hp", "Harrowgate Post",
            "Veltrans Mining said on Tuesday it would close its Orrin Hill pit, cutting 800 jobs.\n\n"
            "The company blamed falling copper prices.", published="2026-02-03"),
        art("nl", "Northlea Ledger",
            "Veltrans Mining said on Tuesday it would close its Orrin Hill pit, cutting 800 jobs, "
            "and blamed falling copper prices.", published="2026-02-03"),
        Article(id="cm", outlet="The Carrick Monthly", title="Opinion: Veltrans gives up on Orrin Hill",
                text="Veltrans Mining says it must close the Orrin Hill pit, cutting 800 jobs, to survive.\n\n"
                     "That is a surrender, not a strategy.\n\n"
                     "The miners of Orrin Hill deserved better from a company that made record profits last year.",
                published="2026-02-05"),
    ]


def test_an_opinion_pieces_that_is_not_written_alone():
    body = _brief(pit_articles())["sentences"]
    k = next(k for k, s in enumerate(body) if "That is a surrender" in s["statement"])
    prev = body[k - 1]["sources"][0]
    assert body[k]["statement"].startswith("Veltrans Mining says it must close") or (
        prev["article_id"] == "cm" and "must close" in prev["quote"])


def election_articles():
    return [
        art("ta", "Tarnby Advertiser",
            "Odo Kesh won Tarnby's mayoral election on Sunday with 58.2% of the vote, the election board said.\n\n"
            "Turnout was 49 percent.", published="2026-03-09"),
        art("fp", "Fellgate Press",
            "Odo Kesh won the mayoral election in Tarnby on Sunday with 58.2 percent of the vote, "
            "the election board said.", published="2026-03-09"),
        art("rc", "Rowan County Courier",
            "Odo Kesh, who won Tarnby's mayoral election on Sunday with 58.2 per cent of the vote, promised on "
            "Monday to reopen the closed public library within a year.\n\n"
            "Kesh, 51, a former harbour pilot, takes office in June.", published="2026-03-10"),
    ]


def test_a_backing_sentences_own_fact_is_kept():
    claims = find_claims(election_articles())
    lead = claims[0]
    assert "58.2" in lead.text and any("library" in e.quote for e in lead.evidence)  # it still backs the lead
    own = [c for c in claims if "library" in c.text and c is not lead]
    assert len(own) == 1 and own[0].status == "single-source" and len(own[0].evidence) == 1
    assert own[0].evidence[0].article_id == "rc"


def test_a_backer_that_adds_nothing_is_not_written_twice():
    arts = election_articles()[:2] + [
        art("rc", "Rowan County Courier",
            "Odo Kesh, who is 51, won Tarnby's mayoral election on Sunday with 58.2 per cent of the vote.",
            published="2026-03-10")]
    claims = find_claims(arts)
    assert sum("58.2" in c.text for c in claims) == 1


def takeover_articles(third: str):
    return [
        art("kw", "Kittering Wire",
            "Brannock Mills has agreed to buy the biscuit maker Olvey Foods for 52 crowns a share in cash, "
            "the two companies said on Monday.", published="2026-05-04"),
        art("gd", "Galloway Daily",
            "Brannock Mills has offered 52 crowns a share for Olvey Foods.", published="2026-05-04"),
        art("ht", "Hessle Trader", third, published="2026-05-05"),
    ]


def test_a_backer_whose_closing_reason_backs_keeps_its_own_fact():
    # the shareholders' vote is the news of the third report; the price it names only backs the offer
    claims = find_claims(takeover_articles(
        "A group of Olvey Foods shareholders said on Tuesday it would vote against Brannock Mills' takeover "
        "offer, saying the 52 crowns a share undervalued the company."))
    lead = claims[0]
    assert "52 crowns" in lead.text and lead.status == "corroborated"
    own = [c for c in claims if "vote against" in c.text and c is not lead]
    assert len(own) == 1 and own[0].status == "single-source" and own[0].evidence[0].article_id == "ht"


def test_a_backer_whose_reason_only_restates_is_not_written_twice():
    claims = find_claims(takeover_articles(
        "Brannock Mills offered 52 crowns a share for Olvey Foods, saying the price was fair to shareholders."))
    assert sum("52 crowns" in c.text for c in claims) == 1


def test_a_leaning_sentence_whose_antecedent_is_written_follows_it_and_does_not_repeat_it():
    ferry = "Ferry services across the Orm estuary were halted for three hours on Tuesday, the port authority said."
    arts = [
        art("gw", "Gullwing Wire",
            "A fire broke out at the Orm estuary fuel depot in Brackwick on Tuesday, the fire service said.\n\n"
            f"{ferry}\n\nIt came two days after a storm damaged the north pier of the estuary.",
            published="2026-04-14T12:00:00Z"),
        art("hr", "Harbour Radio",
            "A fire broke out at the Orm estuary fuel depot in Brackwick on Tuesday, the fire service said.\n\n"
            "No one was hurt, the fire service said.\n\n"
            f"{ferry}", published="2026-04-14T13:00:00Z"),
    ]
    body = _brief(arts)["sentences"]
    told = [k for k, s in enumerate(body) if "Ferry services" in s["statement"]]
    assert len(told) == 1  # the ferry fact is told once
    k = next(k for k, s in enumerate(body) if s["statement"].startswith("It came two days after"))
    assert k == told[0] + 1  # ... and "it" reads right after it
