"""Session 26 (audit 26 #4, #7, #14): denied reports and reports of reports. A denial of "a newspaper report
that ..." contests the report and never backs it; a report that tells only the setting of the denied
report (the deal it follows) is no side of that contest and stays a fact of its own; an outlet's relay of
another outlet's report ("The Dunsmore Ledger reported that ...") is no second source for it. All
articles, outlets, people and places are made up."""

from newsloom.crosscheck import _denial, _denial_led, _denies, find_claims, split_statements
from newsloom.records import Article


def _art(id_: str, outlet: str, text: str, published: str) -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


_RUMOUR = ("Varrow Foods plans to close its bakery in Pellick, cutting about 450 jobs, after buying rival Kalder "
           "Mills for 300 million euros, according to two people familiar with the plans.")
_DENIAL = ("Varrow Foods on Monday denied a newspaper report that it would close the Pellick bakery and cut hundreds "
           "of jobs after its purchase of Kalder Mills for 300 million euros.")


def _ledger() -> Article:
    return _art("l1", "Dunsmore Ledger", _RUMOUR + "\n\nKalder Mills shares rose 12 percent in early trading.",
                "2026-05-11T08:00:00Z")


def _wire() -> Article:
    return _art("w1", "Ostrel Wire", _DENIAL + "\n\nA union leader in Pellick, Mara Jensk, said workers were worried.",
                "2026-05-11T13:00:00Z")


def _deal() -> Article:
    return _art("d1", "The Grainline",
                "Food group Varrow Foods has agreed to buy Kalder Mills for 300 million euros in cash, the largest deal "
                "in the sector this year.\n\nKalder Mills employs about 2,000 people.", "2026-05-11T15:00:00Z")


def _relay() -> Article:
    return _art("w2", "Ostrel Wire",
                "The Dunsmore Ledger reported on Monday that Varrow Foods planned to close the Pellick bakery and cut "
                "about 450 jobs.\n\nVarrow Foods did not respond to a request for comment.", "2026-05-11T13:00:00Z")


def _claim_of(claims, words: str):
    found = [c for c in claims if any(words in e.quote for e in c.evidence) and words in c.text]
    assert found, [(c.text, c.status) for c in claims]
    return found[0]


# ------------------------------------------------------------------ #4: the denial's words


def test_a_report_described_on_the_way_or_called_false_is_denied():
    for text in ("Varrow Foods denied a newspaper report that it would close the bakery.",
                 "Varrow Foods denied local media reports that it would close the bakery.",
                 "The ministry denied Tuesday's report in the Herald that it had paid a ransom.",
                 "The company called the report inaccurate.",
                 "A spokeswoman said the report was wrong.",
                 "The company said there were no plans to close the bakery."):
        assert _denial(text) and _denial_led(text), text
    # (a word that is no description of the report, or no denial at all)
    for text in ("The former mayor was denied bail after reports that he had tried to leave the country.",
                 "The board denied him the right to speak.",
                 "The Dunsmore Ledger reported on Monday that the bakery would close."):
        assert not _denial(text), text


def test_a_denied_figure_in_vague_words_still_denies_the_report():
    wire, ledger = split_statements([_wire(), _ledger()])[0], split_statements([_ledger()])[0]
    assert _denies(wire, ledger)


def test_a_denied_rumour_is_contested_and_never_backed_by_its_denial():
    claims = find_claims([_ledger(), _wire()])
    c = _claim_of(claims, "plans to close its bakery")
    assert c.status == "contested" and c.about == "whether it happened", (c.status, c.about)
    sides = {v.value: v.outlets for v in c.variants}
    assert sides == {"asserts": ["Dunsmore Ledger"], "denies": ["Ostrel Wire"]}, sides
    # (no claim counts the denial as a second outlet behind the rumour)
    assert not [x for x in claims if x.status == "corroborated" and "plans to close" in x.text]


# ------------------------------------------------------------------ #7: the deal the denied report follows


def test_a_report_of_the_deal_is_no_side_of_the_denied_rumour_and_stays_a_fact():
    claims = find_claims([_ledger(), _wire(), _deal()])
    rumour = _claim_of(claims, "plans to close its bakery")
    assert rumour.status == "contested", rumour.status
    assert not any("agreed to buy" in e.quote for v in rumour.variants for e in v.evidence)
    deal = _claim_of(claims, "has agreed to buy Kalder Mills")
    assert deal.status != "contested" and "The Grainline" in deal.outlets
    assert not any("denied" in e.quote for e in deal.evidence)


# ------------------------------------------------------------------ #14: a report of a report


def test_a_relay_of_another_outlets_report_is_no_second_source():
    claims = find_claims([_ledger(), _relay()])
    assert not [c for c in claims if c.status == "corroborated"], [(c.text, c.outlets) for c in claims]
    # (and the report is written once: the relay is not a claim of its own beside it)
    assert not [c for c in claims if c.text.startswith("The Dunsmore Ledger reported")]
    assert _claim_of(claims, "plans to close its bakery").outlets == ["Dunsmore Ledger"]


def test_a_relay_beside_a_denial_is_written_once():
    wire = _wire()
    wire = _art("w1", "Ostrel Wire", wire.text + "\n\n" + _relay().text.split("\n\n")[0], wire.published)
    claims = find_claims([_ledger(), wire])
    assert not [c for c in claims if c.text.startswith("The Dunsmore Ledger reported")], [c.text for c in claims]
    rumour = _claim_of(claims, "plans to close its bakery")
    assert {v.value: v.outlets for v in rumour.variants}.get("asserts") == ["Dunsmore Ledger"]


def test_a_rumour_that_backs_the_deal_by_its_setting_still_meets_its_denial():
    # (the deal is the lead here; the rumour tells it in its setting, "after buying ...", and backs it: it must
    # not be used up there, or the denial finds nothing to contest and pairs with the other denial instead)
    ledger = _art("l1", "Dunsmore Ledger",
                  "Bakers in Pellick gathered outside the town hall on Monday evening.\n\n" + _RUMOUR + "\n\nA "
                  "spokeswoman for Varrow Foods said the company had no plans to close the Pellick bakery and called "
                  "the report speculation.", "2026-05-11T08:00:00Z")
    wire = _art("w1", "Ostrel Wire", _DENIAL + "\n\nVarrow Foods said the deal for Kalder Mills would be completed "
                "in June.", "2026-05-11T13:00:00Z")
    desk = _art("d1", "The Grainline",
                "Food group Varrow Foods has agreed to buy Kalder Mills for 300 million euros in cash, the largest deal "
                "in the sector this year.\n\nVarrow Foods expects to complete the purchase of Kalder Mills in June.",
                "2026-05-11T15:00:00Z")
    times = _art("t1", "Kestrow Times", "Varrow Foods agreed on Monday to buy Kalder Mills for 300 million euros in "
                 "cash.\n\nThe deal for Kalder Mills is expected to be completed in June.", "2026-05-11T16:00:00Z")
    for a in (ledger, wire, desk, times):
        a.title = "Varrow Foods to buy Kalder Mills"
    claims = find_claims([ledger, wire, desk, times])
    contests = [c for c in claims if c.status == "contested" and c.about == "whether it happened"]
    assert contests, [(c.text, c.status) for c in claims]
    assert {v.value: v.outlets for v in contests[0].variants} == {"asserts": ["Dunsmore Ledger"],
                                                                  "denies": ["Ostrel Wire"]}


def test_a_relay_beside_a_third_report_counts_the_relayed_outlet_once():
    def art(id_, outlet, text, published):
        return Article(id=id_, outlet=outlet, title="Varrow Foods to close Pellick bakery", text=text,
                       published=published)

    ledger = art("l1", "Dunsmore Ledger", "Varrow Foods will close its bakery in Pellick next spring, cutting 450 "
                 "jobs.\n\nThe bakery opened in 1962.", "2026-05-11T08:00:00Z")
    wire = art("w1", "Ostrel Wire", "Varrow Foods will close its Pellick bakery next spring with the loss of 450 jobs, "
               "the Dunsmore Ledger reported on Monday.\n\nVarrow Foods did not respond to a request for comment.",
               "2026-05-11T13:00:00Z")
    times = art("t1", "Kestrow Times", "Varrow Foods will shut its Pellick bakery next spring, with the loss of 450 "
                "jobs.\n\nUnion leaders called a meeting for Tuesday.", "2026-05-11T16:00:00Z")
    c = _claim_of(find_claims([wire, ledger, times]), "Pellick")
    assert c.outlets == ["Dunsmore Ledger", "Kestrow Times"], c.outlets
    # (the relay is no evidence beside the Ledger's own words, which lead)
    assert c.text.startswith("Varrow Foods will close its bakery in Pellick")
    assert "Ostrel Wire" not in {e.outlet for e in c.evidence}
