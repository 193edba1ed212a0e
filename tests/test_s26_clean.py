"""A press release's closing boilerplate is removed, not written as statements (audit 26 #6, audit 24 #16).

A release carries a safe-harbour section ("Forward-looking statements" and its paragraphs), an "About X"
heading over the issuer's blurb, and "For more information, visit ..." / contact lines. None states anything
of the event. A news report that speaks of a company's outlook, of a visit, or has a sub-head opening
"About" keeps its sentences. All articles here are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from newsloom.clean import RELEASE_BOILERPLATE, clean_text
from newsloom.crosscheck import find_claims
from newsloom.ingest import read_sources

LEDE = ("ORREVIK, March 3, 2026 - Orrevik Instruments Ltd today announced that it has agreed to acquire Tallow Data, "
        "a maker of weather sensors, for 310 million crowns in cash.")
DEAL = "The transaction is expected to close in the third quarter of 2026, subject to regulatory approval."
SAFE_HARBOR = ("This press release contains forward-looking statements, including statements about the expected "
               "benefits of the transaction. Actual results may differ materially from those expressed in such "
               "statements. Orrevik undertakes no obligation to update any forward-looking statement.")
BLURB = "Orrevik Instruments Ltd makes measuring equipment for ships and ports, with customers in 22 countries."
INFO = "For more information, visit orrevik.example."
NEWS = "Orrevik shares rose 4% in Tellby on Tuesday after the deal was announced, traders said."


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in clean_text(text)[1]]


def test_a_releases_safe_harbour_about_section_and_info_line_are_removed():
    text = "\n\n".join([LEDE, DEAL, "Forward-looking statements\n" + SAFE_HARBOR, "About Orrevik Instruments\n" + BLURB,
                        INFO, "Media contact: press@orrevik.example"])
    kept, removed = clean_text(text)
    assert kept == LEDE + "\n\n" + DEAL
    assert [r.text for r in removed if r.reason == RELEASE_BOILERPLATE] == [
        "Forward-looking statements", SAFE_HARBOR, "About Orrevik Instruments", BLURB,
        "Media contact: press@orrevik.example"]
    assert ("information prompt", INFO) in [(r.reason, r.text) for r in removed]


@pytest.mark.parametrize("section", [
    # a labelled paragraph, no heading
    ["Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995: Statements in this news "
     "release that are not historical facts are forward-looking statements. Such statements involve risks."],
    # a heading, then a paragraph that does not say "this release", then its continuation
    ["Cautionary Note Regarding Forward-Looking Statements",
     "Certain statements about the expected timing of the deal are forward-looking statements and involve risks "
     "and uncertainties.",
     "Factors that could cause actual results to differ materially include the failure to obtain approvals."],
    # a bare heading: the paragraph under it need not name forward-looking statements
    ["Forward-Looking Statements", "Statements about the timing of the deal involve risks the company cannot control."],
    # a disclaimer of any duty to update
    ["Orrevik disclaims any obligation to publicly update or revise any forward-looking statements, whether as a "
     "result of new information or otherwise."],
])
def test_safe_harbour_text_is_removed_whole_and_the_news_before_it_stays(section):
    kept, removed = clean_text("\n\n".join([LEDE, DEAL, *section]))
    assert kept == LEDE + "\n\n" + DEAL
    assert [r.text for r in removed] == section and {r.reason for r in removed} == {RELEASE_BOILERPLATE}


def test_a_news_report_of_a_companys_outlook_keeps_its_sentences():
    outlook = ("Analysts said Orrevik's forward-looking statements on margins were cautious, and its chief "
               "executive said actual results may differ materially from the forecast.")
    kept, removed = clean_text("\n\n".join([NEWS, outlook, INFO]))
    assert kept == NEWS + "\n\n" + outlook
    assert [r.reason for r in removed] == ["information prompt"]


@pytest.mark.parametrize("line", [
    "For more information, visit orrevik.example.",
    "To learn more about Tallow Data, please visit www.tallow.example.",
    "For further details, contact the investor office on +47 555 0100.",
    "More information is available at https://orrevik.example/deal.",
    "Visit www.orrevik.example for more information.",
])
def test_a_pointer_to_the_issuers_site_or_desk_is_removed(line):
    assert _removed("\n\n".join([NEWS, line])) == [("information prompt", line)]


def test_a_visit_or_information_in_a_news_sentence_stays():
    stays = ["The company said it would visit the Tellby plant next week to meet workers.",
             "For more information about the recall, customers should call the helpline, the regulator said.",
             "Visitors to the port will need a pass from Monday, the harbour office said."]
    kept, removed = clean_text("\n\n".join([*stays, INFO]))
    assert kept == "\n\n".join(stays) and [r.text for r in removed] == [INFO]


@pytest.mark.parametrize("heading", ["About Orrevik Instruments", "About Orrevik Instruments:", "ABOUT ORREVIK INSTRUMENTS",
                                     "About the Orrevik Instruments Group"])
def test_an_about_section_that_closes_the_text_is_removed(heading):
    # no other furniture: the heading, a blurb that names its subject, then only the issuer's address (a
    # line with no sentence, kept: it is no statement)
    blurb2 = "The company was founded in 1961 and employs 1,400 people."
    kept, removed = clean_text("\n\n".join([LEDE, DEAL, heading, BLURB, blurb2, "www.orrevik.example"]))
    assert kept == "\n\n".join([LEDE, DEAL, "www.orrevik.example"])
    assert [(r.reason, r.text) for r in removed] == [(RELEASE_BOILERPLATE, t) for t in (heading, BLURB, blurb2)]


def test_two_about_sections_of_a_joint_release_are_removed():
    tallow = "Tallow Data builds weather sensors for farms and airports."
    kept, removed = clean_text("\n\n".join([LEDE, "About Tallow Data", tallow, "About Orrevik Instruments", BLURB,
                                            "###"]))
    assert kept == LEDE
    assert [r.text for r in removed] == ["About Tallow Data", tallow, "About Orrevik Instruments", BLURB, "###"]


def test_an_articles_sub_head_opening_about_keeps_its_paragraphs():
    # a sub-head over the article's own reporting, which goes on after it: not a blurb, whatever it names
    body = ["About Tellby Harbour", "Tellby Harbour handled 2 million tonnes of cargo last year, its director said.",
            "Dock workers said the new sensors would be fitted by June.",
            "The union said it had not been consulted on the change."]
    line = "About 300 people work at the harbour, according to the council."
    kept, removed = clean_text("\n\n".join([NEWS, line, *body, INFO]))
    assert kept == "\n\n".join([NEWS, line, *body]) and [r.text for r in removed] == [INFO]


def test_investor_contacts_are_release_furniture():
    contacts = ["Investor relations", "Investor contact: Ida Brenne, ir@orrevik.example"]
    kept, removed = clean_text("\n\n".join([LEDE, *contacts]))
    assert kept == LEDE and [(r.reason, r.text) for r in removed] == [(RELEASE_BOILERPLATE, c) for c in contacts]


def test_release_boilerplate_never_becomes_a_claim(tmp_path):
    (tmp_path / "release.txt").write_text(
        "Title: Orrevik Instruments to acquire Tallow Data\nOutlet: Orrevik Instruments\n"
        "Published: 2026-03-03T07:00:00Z\n\n" + "\n\n".join(
            [LEDE, DEAL, "Forward-looking statements\n" + SAFE_HARBOR, "About Orrevik Instruments\n" + BLURB, INFO,
             "Media contact: press@orrevik.example"]) + "\n", encoding="utf-8")
    (tmp_path / "news.txt").write_text(
        "Title: Orrevik buys Tallow Data\nOutlet: Brennholt Post\nPublished: 2026-03-03T10:00:00Z\n\n"
        "Orrevik Instruments agreed on Tuesday to buy Tallow Data for 310 million crowns in cash.\n\n"
        "The deal is expected to close in the third quarter, subject to regulatory approval.\n", encoding="utf-8")
    results = list(read_sources([str(tmp_path)], allow_private=True))
    assert all(r.ok for r in results), [r.error for r in results]
    quotes = " ".join(e.quote for c in find_claims([r.article for r in results]) for e in c.evidence)
    assert "Orrevik Instruments Ltd today announced" in quotes
    for boilerplate in ("forward-looking", "differ materially", "measuring equipment", "For more information"):
        assert boilerplate not in quotes
