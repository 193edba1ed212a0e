"""The page-junk cleaner: each rule removes its junk with a reason, and never a real sentence.

All lines here are fictional, written for these tests.
"""
from __future__ import annotations

import pytest

from newsloom.clean import (
    clean_text,
    find_credit,
    normalize_outlet_name,
    remove_lines,
    repeated_lines,
    split_paragraphs,
)

LEAD = "The Saltmere ferry resumed its crossings on Thursday after a week of repairs, the operator said."
TAIL = "Passengers were offered free tickets for the first weekend, according to the harbour office."


@pytest.mark.parametrize("junk,reason", [
    ("To watch this clip, please enable JavaScript and use a web browser that supports HTML5 video",
     "video or JavaScript notice"),
    ("Please enable JavaScript to watch this video.", "video or JavaScript notice"),
    ("Your browser does not support the video tag.", "video or JavaScript notice"),
    ("Read more: Saltmere harbour wall to be raised", "link to another article"),
    ("RELATED: Ferry fares rise in spring", "link to another article"),
    ("Related", "link to another article"),
    ("See also | Five things to know about the crossing", "link to another article"),
    ("Sign up for our morning newsletter to get the top stories in your inbox.", "newsletter prompt"),
    ("Get our free weekly briefing delivered to your inbox", "newsletter prompt"),
    ("Enjoyed this article? Sign up to our newsletter for more stories like this.", "newsletter prompt"),
    ("Share this article on Facebook, X and WhatsApp", "share or follow prompt"),
    ("Follow us on Instagram for updates from the harbour.", "share or follow prompt"),
    ("Click here to see the full timetable", "share or follow prompt"),
    ("Watch our live coverage on Channel 4 Saltmere at 7pm.", "promotional prompt"),
    ("Download our app for breaking news alerts", "promotional prompt"),
    ("Listen to Saltmere Radio's special programme at 7pm.", "promotional prompt"),
    ("Tune in to the harbour phone-in on Coastline FM from 9.30am", "promotional prompt"),
    ("Watch Saltmere Post's evening bulletin at 18:00.", "promotional prompt"),
    ("Photo: Saltmere Harbour Authority", "photo credit"),
    ("Image credit: Wren Obi / Saltmere Post", "photo credit"),
    ("Photograph by Wren Obi", "photo credit"),
    ("Passengers wait on the quay on Thursday. (AP Photo/Wren Obi)", "photo credit"),
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("\u00a9 2026 Saltmere Post. All rights reserved.", "copyright footer"),
    ("Reporting by Wren Obi; Editing by Tam Okoro", "reporting credit"),
    ("Credited from: Saltmere Post", "credit line"),
    ("Primary Source: Saltmere Post", "credit line"),
])
def test_rule_removes_junk_with_reason(junk, reason):
    text, removed = clean_text(f"{LEAD}\n\n{junk}\n\n{TAIL}")
    assert text == f"{LEAD}\n\n{TAIL}"
    assert [(r.text, r.reason) for r in removed] == [(junk, reason)]


@pytest.mark.parametrize("sentence", [
    "Related talks between the two councils ended on Friday without an agreement.",
    "Related-party loans at the ferry company are under review, auditors said.",
    "Trending downwards for a third year, passenger numbers fell to 40,000.",
    "Share prices of the ferry operator fell after the announcement on Twitter, the exchange said.",
    "Following the grounding, the operator posted an apology on Facebook and Instagram.",
    "By Tuesday evening, divers had inspected the hull and found no damage.",
    "Photographs taken by passengers show the ferry listing near the quay.",
    "The advertisement for new crew members ran in three newspapers last month.",
    "Readers who followed the story on social media sent in hundreds of questions, the editor said.",
    "Officials said the ferry's website asked passengers to enable JavaScript before it could take bookings, "
    "which older phones in the valley could not do, and that this had kept many islanders from travelling "
    "for most of the spring season while the operator promised a simpler page that never arrived.",
    "Watch crews worked through the night to secure the mooring lines, the harbour master said.",
    "The newsletter of the ferry workers' union called the repairs overdue.",
    "Did the ferry run late? Islanders who joined the protest said the newsletter of the union had warned them.",
    "Image quality from the harbour cameras was too poor to show the collision, police said.",
    "Residents were told to listen for sirens at 7pm, the harbour office said.",
    "Listen for the sirens at 7pm, the harbour master told islanders.",
    "Watch crews said the programme of repairs would start at 7am on Monday.",
])
def test_real_sentences_are_kept(sentence):
    text, removed = clean_text(f"{LEAD}\n\n{sentence}\n\n{TAIL}")
    assert removed == []
    assert sentence in text


def test_editorial_footer_block_removed_as_one_and_credit_found():
    footer = (
        "Editorial Context & Insight\nOriginal analysis & verification\nMethodology\n"
        "Our desk checked this report against other coverage.\nPrimary Source\nSaltmere Post"
    )
    raw = f"{LEAD}\n{TAIL}\n{footer}\n\n\n"
    text, removed = clean_text(raw)
    assert text == f"{LEAD}\n\n{TAIL}"
    assert len(removed) == 1 and removed[0].reason == "boilerplate footer"
    assert "Methodology" in removed[0].text and "Saltmere Post" in removed[0].text
    assert find_credit(raw) == "Saltmere Post"


def test_primary_source_heading_with_name_on_next_line():
    raw = f"{LEAD}\n\n{TAIL}\n\nPrimary Source\nSALTMERE EVENING POST"
    text, removed = clean_text(raw)
    assert text == f"{LEAD}\n\n{TAIL}"
    assert [r.reason for r in removed] == ["credit line"]
    assert find_credit(raw) == "Saltmere Evening Post"


def test_byline_only_near_the_top():
    text, removed = clean_text(f"By Wren Obi\n\n{LEAD}\n\n{TAIL}")
    assert [r.reason for r in removed] == ["byline"] and text.startswith(LEAD)
    middle = f"{LEAD}\n\n{TAIL}\n\nThe harbour office said more sailings would follow.\n\nBy Wren Obi"
    assert clean_text(middle)[1] == []


def test_outlet_name_line_removed_when_outlet_known():
    text, removed = clean_text(f"{LEAD}\n\nSaltmere Post\n\n{TAIL}", outlet="Saltmere Post")
    assert text == f"{LEAD}\n\n{TAIL}" and removed[0].reason == "outlet name"
    assert clean_text(f"{LEAD}\n\nSaltmere Post\n\n{TAIL}")[1] == []


@pytest.mark.parametrize("raw,expected", [
    ("REUTERS", "Reuters"),
    ("DEUTSCHE WELLE", "Deutsche Welle"),
    ("BBC", "BBC"),
    ("The Saltmere Post.", "The Saltmere Post"),
])
def test_normalize_outlet_name(raw, expected):
    assert normalize_outlet_name(raw) == expected


def test_find_credit_none_without_credit_line():
    assert find_credit(f"{LEAD}\n\n{TAIL}") is None


def test_split_paragraphs_blank_lines_single_lines_and_hard_wraps():
    assert split_paragraphs("One.\n\nTwo.\n\n\n\nThree.") == ["One.", "Two.", "Three."]
    assert split_paragraphs("One.\nTwo.\r\nThree.") == ["One.", "Two.", "Three."]
    wrapped = "The ferry operator said on Thursday that the crossing would\nresume at noon.\n\nNext paragraph."
    assert split_paragraphs(wrapped) == [
        "The ferry operator said on Thursday that the crossing would resume at noon.", "Next paragraph.",
    ]
    assert split_paragraphs("A\u00a0b\u200b  c\t d") == ["A b c d"]


def _article(i: int, body: str) -> str:
    return f"{body}\n\nGot a story? Email the Saltmere Post newsdesk.\n\nSaltmere Post is part of Harbour Media."


TOPICS = [
    "The council approved a new cycle lane along the seafront on Monday.\n\n"
    "Work on the lane begins in April and should take six weeks, officials said.",
    "A fishing boat was towed into port after its engine failed off the point.\n\n"
    "Its three crew were unhurt; the lifeboat reached them within twenty minutes.",
    "The town library will open on Sundays from next month, the council said.\n\n"
    "Volunteers will staff the reading room, while the archive stays closed.",
    "Two schools in the valley will merge in September after a long consultation.\n\n"
    "Parents voted narrowly for the plan at a packed meeting in the church hall.",
]


def test_repeated_lines_found_across_different_articles_of_an_outlet():
    texts = [_article(i, t) for i, t in enumerate(TOPICS)]
    found = repeated_lines(texts)
    assert found == {"got a story? email the saltmere post newsdesk.", "saltmere post is part of harbour media."}
    text, removed = remove_lines(texts[0], found)
    assert text == TOPICS[0]
    assert [r.reason for r in removed] == ["repeats across articles of this outlet"] * 2


def test_repeated_lines_spare_updates_of_one_story():
    # Three versions of one story share their real sentences: those are not boilerplate.
    base = ["The ferry ran aground at dawn on Monday near the harbour mouth.", "All 40 passengers were taken ashore.",
            "The coastguard is investigating why the ferry left the marked channel."]
    versions = ["\n\n".join(base[: 2 + (i > 0)] + [f"Update {i}: tugs arrived at {8 + i} a.m."]) for i in range(3)]
    assert repeated_lines(versions) == set()
    assert repeated_lines(TOPICS[:2]) == set()  # fewer articles than the minimum
