"""Figures from different sources set side by side (fictional articles only: invented places, bodies and outlets)."""
from newsloom.crosscheck import find_claims
from newsloom.records import Article


def art(id_, outlet, text, published="2026-03-03"):
    # (titled, so that a short first line is not read as the headline)
    return Article(id=id_, outlet=outlet, text=text, published=published, title=f"Report from {outlet}")


def claims_of(arts):
    return find_claims(arts, use_embeddings=False)


def by_value(claim):
    return {v.value: set(v.outlets) for v in claim.variants}


def test_two_agencies_readings_of_one_measure_are_set_side_by_side():
    # one outlet gives the first agency's reading, two give the second's, one of them naming both
    arts = [
        art("a", "Tarnby Wire", "A magnitude 5.4 earthquake shook the Orrin hills early on Monday, damaging the old "
                                "church in the village of Pelbeck, the Orrin Seismic Office said.\n\n"
                                "Rescue teams searched the ruins through the night."),
        art("b", "Vellow Courier", "The Coastal Geophysics Bureau measured the tremor at magnitude 5.9, higher than "
                                   "the 5.4 first reported by the Orrin Seismic Office.\n\n"
                                   "Schools in Pelbeck stayed shut on Tuesday."),
        art("c", "Radio Pelbeck", "The tremor had a magnitude of 5.9, the Coastal Geophysics Bureau said.\n\n"
                                  "Farmers counted their losses."),
    ]
    contested = [c for c in claims_of(arts) if c.status == "contested"]
    assert contested, [(c.status, c.text) for c in claims_of(arts)]
    c = contested[0]
    values = by_value(c)
    assert values.get("5.4") == {"Tarnby Wire"}
    assert values.get("5.9") == {"Vellow Courier", "Radio Pelbeck"}
    assert "magnitude" in (c.about or "")


def test_a_sentence_naming_only_one_source_for_two_figures_is_no_contest():
    # one source's two figures of other things stay two quantities
    arts = [
        art("a", "Tarnby Wire", "The Orrin dam holds 40 million cubic metres of water, the water board said."),
        art("b", "Vellow Courier", "The Orrin dam, which holds 40 million cubic metres, supplies 90 villages, "
                                   "the water board said."),
    ]
    assert not [c for c in claims_of(arts) if c.status == "contested"]


def test_a_share_of_the_workforce_backs_no_count_of_jobs_and_the_counts_contest():
    arts = [
        art("a", "Hollin Wire", "Brask Turbines said on Monday it would cut 800 jobs as orders for its wind "
                                "turbines slow."),
        art("b", "Carrow Times", "Brask Turbines will cut 950 jobs, most of them in Ellmoor, union officials "
                                 "said on Monday.\n\nThe company put the number at 800."),
        art("c", "Felt Business Daily", "Brask Turbines will cut about 8 percent of its workforce, the turbine maker "
                                        "said on Monday, blaming weaker orders."),
    ]
    claims = claims_of(arts)
    share = [c for c in claims if any("8 percent" in e.quote for e in c.evidence)]
    for c in share:
        # the share of the workforce backs neither count
        assert not any("800 jobs" in e.quote or "950 jobs" in e.quote for e in c.evidence), c.evidence
    contested = [c for c in claims if c.status == "contested"]
    assert contested, [(c.status, c.text) for c in claims]
    values = by_value(contested[0])
    # the Times gives both: the union's 950, then the company's 800
    assert values.get("800") == {"Hollin Wire", "Carrow Times"}
    assert values.get("950") == {"Carrow Times"}


def test_a_count_with_most_of_them_somewhere_is_the_whole_count():
    arts = [
        art("a", "Hollin Wire", "Brask Turbines said on Monday it would cut 800 jobs as orders for its turbines slow."),
        art("b", "Carrow Times", "Brask Turbines will cut 950 jobs, most of them in Ellmoor, union officials said."),
    ]
    contested = [c for c in claims_of(arts) if c.status == "contested"]
    assert contested and by_value(contested[0]) == {"800": {"Hollin Wire"}, "950": {"Carrow Times"}}


def test_a_share_credited_to_a_campaigns_own_count_is_set_beside_the_official_one():
    arts = [
        art("a", "Ostrel Press Agency", "Mira Kallen won Sunday's mayoral election in Dunhaven with 55.2% of the vote, "
                                        "defeating incumbent Pavel Strom, the city election commission said.\n\n"
                                        "Strom took 40.3% of the vote, and the remainder went to three minor candidates."),
        art("b", "Dunhaven Ledger", "Challenger Mira Kallen won 55 percent of the vote in Sunday's mayoral election.\n\n"
                                    "Mayor Pavel Strom, who won 45 percent according to his own campaign's count, "
                                    "claimed the postal vote had been rigged."),
        art("c", "Radio Dunhaven", "Outgoing mayor Pavel Strom said the postal ballots had been tampered with and "
                                   "called for a recount."),
    ]
    claims = claims_of(arts)
    contested = [c for c in claims if c.status == "contested" and any("40.3%" in e.quote for e in c.evidence)]
    assert contested, [(c.status, c.text) for c in claims]
    assert by_value(contested[0]) == {"40.3%": {"Ostrel Press Agency"}, "45%": {"Dunhaven Ledger"}}
    # Kallen's share is no value of Strom's
    assert not any("55.2%" in e.quote for e in contested[0].evidence)


def test_every_report_of_a_contested_length_is_in_a_variant():
    arts = [
        art("a", "Brinmoor Standard", "Osric Vail, the former clerk of Harrowby council, was sentenced to six years and "
                                      "three months in prison on 2 March for stealing 1.4 million pounds from the "
                                      "council's road fund."),
        art("b", "Pike Wire", "Pensioners wept in the public gallery.\n\n"
                              "A former council clerk who stole £1.4m from Harrowby's road fund was jailed for six years "
                              "on Monday, Harrowby Crown Court heard."),
        art("c", "Radio Tollmere", "Former Harrowby council clerk Osric Vail has been jailed for six years for stealing "
                                   "1.4 million pounds from the council's road fund."),
        art("d", "Harrowby Chronicle", "Pensioners gathered outside the court on Monday.\n\n"
                                       "Vail was jailed on 2 March for six years and three months."),
    ]
    claims = claims_of(arts)
    contested = [c for c in claims if c.status == "contested" and c.variants and "years" in c.variants[0].value]
    assert contested, [(c.status, c.text, [v.value for v in c.variants]) for c in claims]
    c = contested[0]
    in_variants = {e.quote for v in c.variants for e in v.evidence}
    for e in c.evidence:
        if "years" in e.quote:
            assert e.quote in in_variants, e.quote
    values = by_value(c)
    assert values.get("six years") == {"Pike Wire", "Radio Tollmere"}


def test_counts_that_share_only_their_source_do_not_contest():
    # the dead and the injured, each "according to the regional health office"
    arts = [
        art("a", "Tarnby Wire", "A landslide buried part of the hill village of Corrabay on Friday, killing at least 9 "
                                "people, the regional health office said.\n\n"
                                "People injured in the slide were taken to hospitals in the valley.\n\n"
                                "At least 60 people were injured, according to the regional health office."),
        art("b", "Vellow Courier", "The death toll from Friday's landslide in Corrabay has risen to 22, the regional "
                                   "health office said on Saturday.\n\n"
                                   "Rescuers worked through the night as injured people were carried out."),
        art("c", "Radio Corrabay", "Twenty-two people died in Friday's landslide, the regional health office said, "
                                   "as rain fell again on the village.\n\nMany people were injured."),
    ]
    assert not [c for c in claims_of(arts) if c.status == "contested"]


def test_a_contested_figure_in_a_sentence_written_for_another_claim_is_not_written_twice():
    from newsloom.brief import write_brief
    from newsloom.records import Story

    arts = [
        art("a", "Ostrel Press Agency", "Mira Kallen won Sunday's mayoral election in Dunhaven with 55.2% of the vote, "
                                        "defeating incumbent Pavel Strom, the city election commission said.\n\n"
                                        "Strom took 40.3% of the vote, and the remainder went to three minor candidates.\n\n"
                                        "Strom said the postal ballots had been rigged."),
        art("b", "Dunhaven Ledger", "Challenger Mira Kallen won 55 percent of the vote in Sunday's mayoral election.\n\n"
                                    "Mayor Pavel Strom, who won 45 percent according to his own campaign's count, "
                                    "claimed the postal vote had been rigged."),
    ]
    brief = write_brief(Story("s", "Dunhaven votes", ["a", "b"]), arts)
    said = [s for s in brief.sentences if any("45 percent" in x.quote for x in s.sources)]
    assert len(said) == 1, [s.text for s in brief.sentences]
    assert any(v["value"] == "45%" for c in brief.conflicts for v in c["variants"])


def test_parts_that_add_up_to_the_other_reports_whole_agree():
    arts = [art("a", "Kessel Wire", "A Marra Air jet carrying 148 passengers and six crew made an emergency landing at "
                                    "Tolm airport on Tuesday after an engine caught fire, the airline said."),
            art("b", "Tolm Evening News", "A Marra Air jet with 154 people on board made an emergency landing at Tolm "
                                          "airport on Tuesday after an engine caught fire, the airport said.")]
    [claim] = claims_of(arts)
    assert claim.status == "corroborated" and not claim.variants
    # a whole the parts do not add up to still contests
    arts[1] = art("b", "Tolm Evening News", "A Marra Air jet with 160 people on board made an emergency landing at "
                                            "Tolm airport on Tuesday after an engine caught fire, the airport said.")
    assert any(c.status == "contested" for c in claims_of(arts))
