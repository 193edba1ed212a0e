"""Audit 23 #10b and #8b: a party's own press release is the party's word, not an independent outlet that
corroborates the news about it; and of two facts one sentence tells in two clauses, the one another outlet
does not report is not swallowed by the claim the other backs. All articles, outlets and people are made up."""

from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.clean import clean_text
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story
from newsloom.text import attribution


def _art(id_: str, outlet: str, text: str, published: str = "2026-03-10", title: str = "Report") -> Article:
    # (cleaned as ingest cleans it: a release's header and footer are removed and recorded)
    clean, removed = clean_text(text, outlet)
    return Article(id=id_, outlet=outlet, title=title, text=clean, published=published, removed=removed)


def _brief(*arts: Article) -> dict:
    return brief_to_dict(write_brief(Story(id="s1", title="", article_ids=[a.id for a in arts]), list(arts)))


# ------------------------------------------------------------------ #10b: a party's release is the party

RELEASE = ("FOR IMMEDIATE RELEASE\n\n"
           "Quillnet today announced that the router fault that cut internet access for about 20,000 customers on "
           "Monday has been fixed.\n\n"
           "\"We are sorry for the disruption and we thank our customers for their patience,\" said chief executive "
           "Mara Velden.\n\n"
           "Quillnet will credit every affected customer with one month of free service.\n\n"
           "About Quillnet: Quillnet Ltd provides broadband to 400,000 homes in the Tarn valley.\n\n"
           "Media contact: press@quillnet.example\n\n###")
BRISK = ("Quillnet says the router fault that cut internet access for about 20,000 customers on Monday has been fixed.\n\n"
         "The outage hit homes across the Tarn valley for nine hours, and several schools sent pupils home.")
TARN = ("Broadband provider Quillnet says the router fault that cut internet for about 20,000 customers on Monday "
        "has been fixed.\n\nThe company said it would credit customers with a month of free service.")


def _fixed(d: dict) -> dict:
    return next(s for s in d["sentences"] if "has been fixed" in s["statement"])


def test_a_partys_own_release_is_no_second_outlet_for_what_a_report_quotes_it_saying():
    d = _brief(_art("n/1", "Brisk Weekly", BRISK, title="Quillnet says router fault fixed"),
               _art("p/1", "Quillnet Newsroom", RELEASE, title="Quillnet restores service after router fault"))
    s = _fixed(d)
    # one source, Quillnet, told by one outlet: not corroborated
    assert s["status"] == "single-source", s
    assert s["outlets"] == ["Brisk Weekly"], s
    # the release is cited as the party's own word, not as a news outlet
    cited = {x["article_id"] for x in s["sources"] + s["also_reported_by"]}
    assert cited == {"n/1", "p/1"}, s
    assert "a statement by Quillnet" in s["credit"] and "Quillnet Newsroom" not in s["credit"], s
    # (its sentences are the party's too, in the list of what one outlet reports)
    md = brief_to_markdown(write_brief(Story(id="s1", title="", article_ids=["n/1", "p/1"]), [
        _art("n/1", "Brisk Weekly", BRISK), _art("p/1", "Quillnet Newsroom", RELEASE)]))
    assert "- a statement by Quillnet: “Quillnet will credit every affected customer" in md, md


def test_two_reports_quoting_the_party_still_corroborate_and_the_release_adds_no_outlet():
    d = _brief(_art("n/1", "Brisk Weekly", BRISK), _art("n/2", "Tarn Courier", TARN),
               _art("p/1", "Quillnet Newsroom", RELEASE))
    s = _fixed(d)
    assert s["status"] == "corroborated" and sorted(s["outlets"]) == ["Brisk Weekly", "Tarn Courier"], s
    # the credit a report gives the party ("the company said") lets the release back it, but it adds no outlet
    credit = next(c for c in find_claims([_art("n/2", "Tarn Courier", TARN), _art("p/1", "Quillnet Newsroom", RELEASE)])
                  if "credit" in c.text)
    assert credit.status == "single-source" and credit.outlets == ["Tarn Courier"], credit
    assert {e.article_id for e in credit.evidence} == {"n/2", "p/1"}, credit


def test_a_release_backs_no_report_that_does_not_give_its_words_as_the_partys():
    # the outlet's own account of the fix is its reporting; the release is no second source for it
    news = _art("n/1", "Brisk Weekly", "The router fault that cut internet access for about 20,000 Quillnet customers on "
                                      "Monday has been fixed, engineers at the Tarnby exchange confirmed.")
    claims = find_claims([news, _art("p/1", "Quillnet Ltd", RELEASE)])
    assert not any(c.status == "corroborated" for c in claims), [(c.status, c.text) for c in claims]
    assert all(len({e.article_id for e in c.evidence}) == 1 for c in claims), [(c.text, c.evidence) for c in claims]


def test_which_articles_are_a_partys_own_release():
    from newsloom.crosscheck import press_release  # (new in this change: the other tests run without it)
    plain = "Quillnet has fixed the router fault that cut internet access for about 20,000 customers on Monday."
    # its own channel, its legal name, its bare name, a release wire
    assert press_release(_art("p/1", "Quillnet Newsroom", RELEASE)) == "Quillnet"
    assert press_release(_art("p/2", "Kestrel Bank Press Office", "Kestrel Bank will close 12 branches in May.")) == "Kestrel Bank"
    assert press_release(_art("p/3", "Quillnet Ltd", plain + "\n\nWe apologise to our customers.")) == "Quillnet"
    assert press_release(_art("p/4", "Quillnet", "Quillnet today announced that " + plain[:1].lower() + plain[1:])) == "Quillnet"
    assert press_release(_art("p/5", "PR Newswire", "TARNBY, March 10, 2026 -- Quillnet Ltd, the broadband provider, "
                              "today announced a new fibre network.\n\nAbout Quillnet: Quillnet Ltd provides broadband.")) == "Quillnet"
    # news outlets that quote a company, or use its release's words, stay news outlets
    assert press_release(_art("n/1", "Brisk Weekly", BRISK)) is None
    assert press_release(_art("n/2", "Tarn Courier", "Quillnet today announced that the fault had been fixed, "
                              "the company said in a statement.")) is None
    # (a news site called a newsroom that writes "we", and one that names its own newsroom, report)
    assert press_release(_art("n/3", "Tarn Valley Newsroom", "We asked Quillnet why the routers failed.\n\n" + plain)) is None
    assert press_release(_art("n/4", "Newsroom", plain + "\n\nWe have asked Quillnet for comment.")) is None
    assert press_release(_art("n/5", "Brisk Weekly", "Brisk Weekly staff were among those without internet. We "
                              "could not publish for nine hours.\n\n" + plain)) is None


def test_a_release_lede_today_is_no_part_of_the_speakers_name():
    assert attribution("Quillnet today announced that the router fault has been fixed.").source == "Quillnet"
    assert attribution("The port authority yesterday said the quay would reopen.").source == "The port authority"


# ------------------------------------------------------------- #8b: two facts, one sentence, two clauses

COURIER = ("The router maker Quillnet will recall 40,000 routers because some overheated, the company said.\n\n"
           "Shares in Quillnet fell 3% on the news.")


def _recall(first: str, other: str = COURIER) -> dict:
    return _brief(_art("a/1", "Brisk Weekly", first + "\n\nThe routers were sold in the Tarn valley between 2024 and 2025.",
                       published="2026-05-20", title="Quillnet recalls routers"),
                  _art("b/1", "Tarn Courier", other, published="2026-05-20"))


def test_a_backers_second_clause_is_not_swallowed_by_the_claim_it_backs():
    for first in ("Quillnet will recall 40,000 routers after reports of overheating, and customers can return them "
                  "from June 12.",
                  "Quillnet will recall 40,000 routers after reports of overheating; customers can return them from June 12.",
                  "Quillnet will recall 40,000 routers after reports of overheating and will take them back in shops "
                  "from June 12."):
        d = _recall(first)
        body = [s["statement"] for s in d["sentences"]]
        assert any("June 12" in s for s in body), (first, body)
        assert any("recall 40,000" in s for s in body), (first, body)
        # the recall both outlets report stays corroborated; the return date is Brisk Weekly's alone
        recall = next(s for s in d["sentences"] if "recall 40,000" in s["statement"])
        assert recall["status"] == "corroborated", recall
        june = next(s for s in d["sentences"] if "June 12" in s["statement"])
        assert june["status"] == "single-source" and june["outlets"] == ["Brisk Weekly"], june
    # (a backer whose other clause adds nothing, or that joins two nouns, is not written twice)
    d = _recall("Quillnet will recall 40,000 routers after reports of overheating, and the company said so on Tuesday.")
    assert sum("40,000" in s["statement"] for s in d["sentences"]) == 1, [s["statement"] for s in d["sentences"]]
    d = _recall("Quillnet will recall 40,000 routers and modems after reports of overheating.")
    assert sum("40,000" in s["statement"] for s in d["sentences"]) == 1, [s["statement"] for s in d["sentences"]]
    # (nor one whose "but" joins two adjectives, the verb after it a closing "it was revealed")
    d = _recall("Quillnet will recall 40,000 routers after a rare but serious fault in a handful of homes, it was "
                "revealed Monday.")
    assert sum("40,000" in s["statement"] for s in d["sentences"]) == 1, [s["statement"] for s in d["sentences"]]
