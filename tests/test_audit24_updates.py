"""Audit 24 #3 and #9: a vote count told first provisionally and then finally is an update of each
candidate's figures, the lead and the turnout, not a contest (and one candidate's figure never contests the
other's); a crowd is one quantity whatever the noun (crowd, spectators, fans, attendance). All articles here
are fictional."""
from newsloom.brief import brief_to_dict, brief_to_markdown, write_brief
from newsloom.crosscheck import find_claims
from newsloom.records import Article, Story


def _art(id, outlet, published, title, *paras):
    return Article(id=id, outlet=outlet, text="\n\n".join(paras), title=title, published=published)


def _brief(*arts):
    return brief_to_dict(write_brief(Story("brenmouth", "", [a.id for a in arts]), list(arts)))


PRELIM = _art("ledger-1", "Brenmouth Ledger", "2026-09-14T05:00:00Z", "Varga ahead in Brenmouth, preliminary count shows",
              "Ansel Varga of the Harbour Party is set to become mayor of Brenmouth after a preliminary count gave him "
              "a lead of 530 votes over the incumbent, Irena Holt.",
              "Varga won 31,204 votes, or 50.4 per cent, against 30,674, or 49.6 per cent, for Holt, the city "
              "election office said early on Monday.",
              "Turnout was 58.2 per cent, up from 51.0 per cent in 2021.")
RADIO = _art("kestrel-1", "Kestrel Radio", "2026-09-14T10:00:00Z", "Holt demands recount in Brenmouth",
             "Brenmouth's mayor, Irena Holt, has demanded a recount after a preliminary result showed her losing to "
             "Ansel Varga by just over 500 votes.",
             "Varga took 50.4 percent of the vote in Sunday's election and Holt 49.6 percent, according to the "
             "preliminary count.")
FINAL = _art("ostwick-1", "Ostwick Wire", "2026-09-15T14:00:00Z", "Varga confirmed as Brenmouth mayor",
             "Ansel Varga was confirmed on Tuesday as the winner of Brenmouth's mayoral election, but his lead over "
             "Irena Holt narrowed to 311 votes once postal ballots were counted.",
             "The final count gave Varga 31,980 votes, or 50.2 percent, and Holt 31,669, or 49.8 percent, the city "
             "election board said.",
             "Turnout rose to 60.4 percent in the final count.")
LATER = _art("ledger-2", "Brenmouth Ledger", "2026-09-15T18:00:00Z", "Varga's lead cut as postal votes counted",
             "Ansel Varga's winning margin in the Brenmouth mayoral race has fallen to 311 votes after postal ballots "
             "were added to the count, the election board said on Tuesday.",
             "Varga finished with 50.2 per cent of the vote to 49.8 per cent for Irena Holt. The preliminary count "
             "on Monday had given him a lead of 530 votes.")


def test_a_preliminary_and_a_final_count_are_updates_of_each_figure_not_a_contest():
    d = _brief(PRELIM, RADIO, FINAL, LATER)
    ups = {u["about"]: [v["value"] for v in u["values"]] for u in d["updates"]}
    assert ups.get("Varga's votes") == ["31,204", "31,980"], ups
    assert ups.get("Holt's votes") == ["30,674", "31,669"], ups
    assert ups.get("margin") == ["530", "311"], ups  # (a fall, told as "has fallen to" / "narrowed to")
    assert ups.get("turnout") == ["58.2%", "60.4%"], ups
    # a share that fell is an update too: the later value is the final count's
    assert ups.get("Varga's share") == ["50.4%", "50.2%"], ups
    assert not d["conflicts"], d["conflicts"]
    assert not [s for s in d["sentences"] if s["status"] == "contested"]
    # the body states the latest values: the lead gives the final lead, and the final count is written
    assert "311" in d["lead"]["statement"], d["lead"]["statement"]
    assert any("31,980" in s["statement"] for s in d["sentences"]), [s["statement"] for s in d["sentences"]]
    early = next(s for s in d["sentences"] if any("31,204" in x["quote"] for x in s["sources"] + s["also_reported_by"]))
    # (its notes are of the figures it states itself, the shares: the votes only its backing report gives are
    # no figure of it, session 30)
    assert {(m["figure"], m["now"]) for m in early["updated"]} >= {("50.4%", "50.2%"), ("49.6%", "49.8%")}
    md = brief_to_markdown(d)
    assert "## How the figures changed" in md and "Where outlets differ" not in md


def test_one_candidates_figure_never_contests_the_others():
    # two counts of one day, with no word of which is final: a contest, but of one candidate's votes
    a = _art("a", "Brenmouth Ledger", "2026-09-14T05:00:00Z", "",
             "Varga won 31,204 votes against 30,674 for Holt in the mayoral election, the city election office said.")
    b = _art("b", "Ostwick Wire", "2026-09-14T09:00:00Z", "",
             "The count gave Varga 31,980 votes and Holt 31,669 in the mayoral election, the city election office said.")
    contested = [c for c in find_claims([a, b]) if c.status == "contested"]
    assert contested, [(c.status, c.text) for c in find_claims([a, b])]
    for c in contested:
        values = {v.value for v in c.variants}
        assert values in ({"31,204", "31,980"}, {"30,674", "31,669"}), values


MATCH_A = _art("alder-1", "Alder Press Agency", "2026-05-02T17:00:00Z", "Tarn United win the Shield",
               "Tarn United beat Osmer Town 2-0 at Morden Park on Saturday to win the Coastal Shield.",
               "A crowd of 24,318 watched the final at the neutral ground.")
MATCH_B = _art("vell-1", "Vell Sport", "2026-05-03T08:00:00Z", "Tarn lift the Shield",
               "Tarn United lifted the Coastal Shield after beating Osmer Town 2-0 on Saturday.",
               "About 24,300 spectators were at Morden Park.")
MATCH_C = _art("tarn-1", "Tarn Evening Star", "2026-05-02T19:00:00Z", "Shield joy for Tarn",
               "Tarn United are Coastal Shield winners after a 2-0 win over Osmer Town at Morden Park.",
               "More than 26,000 fans packed into the ground, most of them from Tarn.")
MATCH_D = _art("osmer-1", "Osmer Courier", "2026-05-02T18:30:00Z", "Osmer beaten in Shield final",
               "Osmer Town lost 2-0 to Tarn United in the Coastal Shield final at Morden Park on Saturday.",
               "The official attendance was 21,905.")


def test_a_crowd_is_one_quantity_whatever_the_noun():
    d = _brief(MATCH_A, MATCH_B, MATCH_C, MATCH_D)
    crowd = [c for c in d["conflicts"] if any("24,318" in v["value"] for v in c["variants"])]
    assert len(crowd) == 1, d["conflicts"]
    sides = {v["value"]: set(v["outlets"]) for v in crowd[0]["variants"]}
    assert sides == {"24,318": {"Alder Press Agency", "Vell Sport"}, "at least 26,000": {"Tarn Evening Star"},
                     "21,905": {"Osmer Courier"}}, sides
    # but crowds of two places, or a crowd expected, are no contest
    a = _art("a", "Alder Press Agency", "2026-05-02T17:00:00Z", "",
             "Thousands protested against the new port tax on Saturday.",
             "About 10,000 people marched in Lyrnholm.")
    b = _art("b", "Vell Sport", "2026-05-02T18:00:00Z", "",
             "Protests against the new port tax were held on Saturday.",
             "Some 7,000 protesters marched in Cobbeck.")
    c = _art("c", "Tarn Evening Star", "2026-05-02T19:00:00Z", "",
             "Protests against the new port tax were held on Saturday.",
             "A crowd of 16,000 is expected at a second march next week.")
    assert not [x for x in find_claims([a, b, c]) if x.status == "contested"]
