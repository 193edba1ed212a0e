"""Session 26: a sentence close in meaning to another outlet's claim, that counts something the claim does
not count ("12 people were still missing" beside "the army had sent 600 soldiers", both told by one
minister), is a report of its own, not a repeat to drop (audit 26 #10). All articles, outlets, people and
places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article

DAY1_WIRE = (
    "A magnitude 6.4 earthquake struck Velden province in northern Ostmark early on Tuesday, killing at least 23 "
    "people and trapping dozens under collapsed buildings, the interior ministry said.\n\n"
    '"Our teams are working through the night to reach people under the rubble," Interior Minister Saskia Brandt '
    "told reporters in Tarnholm.\n\n"
    "More than 300 people were taken to hospital, provincial governor Anders Kvale said.")
DAY1_POST = (
    "At least 31 people were killed when a powerful earthquake shook Velden province in northern Ostmark before "
    "dawn on Tuesday.\n\n"
    "Provincial governor Anders Kvale said more than 300 people had been treated in hospital.\n\n"
    "Interior Minister Saskia Brandt said the army had sent 600 soldiers to help the rescue effort.")
DAY2_WIRE = (
    "The death toll from Tuesday's earthquake in Velden province rose to 47 on Wednesday as rescuers pulled more "
    "bodies from collapsed buildings in Tarnholm, the interior ministry said.\n\n"
    "Interior Minister Saskia Brandt said 12 people were still missing and that hope of finding more survivors "
    "was fading.\n\n"
    '"We will not stop searching until every family knows what happened," Brandt said.')


def test_a_small_count_no_claim_gives_is_not_dropped_as_a_repeat():
    arts = [Article(id="cw/1", outlet="Corran Wire", title="Quake", text=DAY1_WIRE, published="2026-11-10T09:00:00Z"),
            Article(id="hp/1", outlet="Heathmoor Post", title="Quake", text=DAY1_POST, published="2026-11-10T14:00:00Z"),
            Article(id="cw/2", outlet="Corran Wire", title="Toll rises", text=DAY2_WIRE, published="2026-11-11T10:00:00Z")]
    claims = find_claims(arts)
    told = [c for c in claims if any("still missing" in e.quote for e in c.evidence)]
    assert told, [c.text for c in claims]
    # it is told as what it says, not as a backer of the soldiers
    assert any("still missing" in c.text for c in told), [c.text for c in told]
