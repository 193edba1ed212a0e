"""Audit 24 #2, #4, #6, #8, #11, #25: figures that should contest or agree. A prison term is one quantity
(80 months = six years and eight months, which six years contests); "just over 61 percent" is a value near
61, not "at least 61"; a confidence interval is no figure of the effect, and "1.8 times as likely" is "80
percent more likely"; an outlet's wrong count contests even when another of its sentences backs the claim;
the minute of a goal is whose the clause says; a named person's age is no distinctive figure, and two outlets' "up to"
maxima are two values. All articles, outlets and people are made up."""

from newsloom.crosscheck import Statement, _conflicts, distinctive, find_claims
from newsloom.records import Article
from newsloom.text import content_stems, number_context, numbers

from claims_helpers import with_quote


def _art(id_: str, outlet: str, text: str, published: str = "2026-05-12T12:00:00Z") -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


def _st(text: str) -> Statement:
    ns = numbers(text)
    return Statement(0, 0, len(text), text, content_stems(text), ns, None, 0,
                     contexts=[number_context(text, n) for n in ns])


def _pairs(a: str, b: str) -> list[tuple[str, str]]:
    return [(x.text, y.text) for x, y, _ in _conflicts(_st(a), _st(b))]


def _one(text: str):
    ns = numbers(text)
    assert len(ns) == 1, ns
    return ns[0]


# ------------------------------------------------------------------ #2: a prison term is one quantity

JAILED_LONG = ("Marten Oswick, the former treasurer of the Larch Lane Shelter who stole 1.9 million crowns from the "
               "homeless charity, was jailed on Tuesday for six years and eight months.")
JAILED_SHORT = ("A former charity treasurer who siphoned 1.9 million crowns from the Larch Lane Shelter has been jailed "
                "for six years.")
SENTENCED = "The man who stole millions from a Hollen homeless charity has been sentenced to 80 months in prison."


def test_two_prison_terms_of_one_man_contest():
    assert _pairs(JAILED_LONG, JAILED_SHORT) == [("six years and eight months", "six years")]
    assert _pairs(JAILED_SHORT, SENTENCED) == [("six years", "80 months")]
    assert _pairs(JAILED_LONG, SENTENCED) == []  # (80 months is six years and eight months)


def test_prison_term_kinds():
    from newsloom.text import prison_term

    assert prison_term(JAILED_LONG, numbers(JAILED_LONG)[1]) == "imposed"
    assert prison_term(SENTENCED, _one(SENTENCED)) == "imposed"
    faces = "He faces up to 14 years in prison."
    assert prison_term(faces, _one(faces)) == "possible"
    barred = "Oswick will also be barred from being a company director for 10 years."
    assert prison_term(barred, _one(barred)) == ""
    # a ban and a prison term are two quantities, however alike the sentences
    assert _pairs("Oswick was jailed for six years on Tuesday.", "Oswick was barred from being a director for 10 years on Tuesday.") == []
    # and another man's term is not his: the clause says whose
    assert _pairs("Oswick was jailed for six years on Tuesday at Hollen Crown Court.",
                  "His accomplice, Tara Venn, was jailed for four years on Tuesday at Hollen Crown Court.") == []


def _sentence_story():
    return [
        _art("a", "Brindle Wire", JAILED_LONG + "\n\nJudge Ada Querne said Oswick had shown no remorse.\n\n"
             "A jury found Oswick guilty on Monday of four counts of fraud."),
        _art("b", "Corvey Post", JAILED_SHORT + "\n\nJudge Ada Querne said Oswick had shown no remorse and had "
             "betrayed the families the shelter exists to help."),
        _art("c", "Osterby Radio", SENTENCED + "\n\nMarten Oswick, 58, was the treasurer of the Larch Lane Shelter "
             "until 2023. A jury convicted him of fraud on Monday."),
    ]


def test_sentence_contested_and_80_months_backs_its_side():
    claims = find_claims(_sentence_story())
    term = with_quote(claims, "six years and eight months")
    assert term and term[0].status == "contested" and term[0].about == "the sentence"
    by = {v.value: sorted(v.outlets) for v in term[0].variants}
    assert by == {"six years and eight months": ["Brindle Wire", "Osterby Radio"], "six years": ["Corvey Post"]}
    # "80 months" is no separate fact
    assert not [c for c in claims if c.status == "single-source" and "80 months" in c.text]


# ------------------------------------------------------------------ #4: "just over" is a near value


def test_just_over_is_near_not_a_lower_bound():
    just = _one("Turnout was just over 61 percent.")
    assert just.approx == "just over"
    assert just.agrees(_one("Turnout was 61.3 per cent."))
    assert not just.agrees(_one("Turnout was 63.1 per cent."))
    votes = _one("She won by just over 400 votes.")
    assert votes.agrees(_one("She won by 412 votes.")) and not votes.agrees(_one("She won by 460 votes."))
    under = _one("slightly less than 50 percent")
    assert under.agrees(_one("49.6 percent")) and not under.agrees(_one("44 percent")) and not under.agrees(_one("51 percent"))
    # a lower bound stays one
    assert _one("more than 61 percent").agrees(_one("63.1 percent"))


# ------------------------------------------------------------------ #6: a confidence interval; N times as likely

ODDS = ("In a survey of 1,640 parents, the researchers found that children given the syrup every night were 1.8 "
        "times as likely to have nightmares as children who were not (95% confidence interval 1.3 to 2.5).")
PERCENT = ("Children given the syrup every night were 80 percent more likely to have nightmares, the researchers "
           "found in a survey of 1,640 parents.")


def test_confidence_interval_is_no_figure_and_ratios_agree():
    assert [n.text for n in numbers(ODDS)] == ["1,640", "1.8 times as likely"]
    assert numbers("The risk rose (95% CI: 1.1-1.9).") == []
    odds, pct = numbers(ODDS)[1], numbers(PERCENT)[0]
    assert odds.agrees(pct) and pct.agrees(odds)
    assert not odds.agrees(_one("were 60 percent more likely to wake"))
    assert _one("were 30 percent less likely to wake").value == 0.7
    assert _pairs(ODDS, PERCENT) == [] and _pairs(PERCENT, ODDS) == []


# ------------------------------------------------------------------ #8: a wrong count from an outlet that backs


def _syrup_story():
    return [
        _art("f", "Pellham Herald", "The Osmark Medicines Agency has warned parents about SunnyDrop iron syrups after a "
             "university study found some held far more iron than stated on the label.\n\n"
             "Researchers at Pellham University tested 31 iron syrups sold in Osmark and found that 22 of them held more "
             "iron than their labels said.", "2026-03-24T10:00:00Z"),
        _art("t", "Tessaly Wire", "Osmark's medicines regulator warned parents on Tuesday not to give SunnyDrop iron "
             "syrups to children after a study found they held far more iron than their labels stated.\n\n"
             "The Pellham University study tested 31 syrups and found 71 percent of them held more iron than labelled.",
             "2026-03-24T12:00:00Z"),
        _art("w", "Wellmere Health", "Parents who have SunnyDrop syrups at home should stop using them, the Osmark "
             "Medicines Agency said on Tuesday, after Pellham University researchers found the syrups held far more "
             "iron than their labels stated.\n\nThe study tested 13 iron syrups. Of those, most held more iron than "
             "the label stated.", "2026-03-25T08:00:00Z"),
    ]


def test_wrong_count_contests_though_its_outlet_backs_the_lead():
    claims = find_claims(_syrup_story())
    tested = with_quote(claims, "tested 13 iron syrups")
    assert tested and tested[0].status == "contested"
    by = {v.value: sorted(v.outlets) for v in tested[0].variants}
    assert by["13"] == ["Wellmere Health"] and "Tessaly Wire" in by["31"]


# ------------------------------------------------------------------ #11: the minute of a goal


def test_listed_ordinals_rank_the_noun_after_them():
    got = [(n.value, n.unit) for n in numbers("Sten Varga scored in the 12th and 88th minutes, the second from the spot.")]
    assert got == [(12.0, "ordinal minut"), (88.0, "ordinal minut")]
    assert [n.value for n in numbers("Goals came in the 3rd, 30th and 61st minutes.")] == [3.0, 30.0, 61.0]


def test_minute_of_a_goal_is_whose_the_clause_says():
    far = ("In between, Ivo Renk levelled for Carrow on 40 minutes before Juno Abeki curled home the second for "
           "Rovers in the 57th minute.")
    near = "Abeki restored Rovers' lead in the 55th minute, and Carrow were reduced to ten men."
    assert _pairs(far, near) == [("57th minute", "55th minute")]
    # another player's minute, whatever the words after it share
    red = 'Lucan Ferro was sent off in the 70th minute for a second booking, with the score at 2-1.'
    listed = "Sten Varga scored in the 12th and 88th minutes, the second from the penalty spot."
    assert _pairs(listed, red) == [] and _pairs(red, listed) == []


# ------------------------------------------------------------------ #25: ages; "up to" maxima


def test_a_named_persons_age_is_no_distinctive_figure():
    age = _one("Marten Oswick, 58, was the treasurer of the shelter.")
    assert not distinctive(age)
    assert age.agrees(_one("Marten Oswick, 58, was jailed.")) and not age.agrees(_one("Marten Oswick, 57, was jailed."))
    assert not distinctive(numbers("trials for those aged 32 to 37")[0])
    # (an age that stands for the person is the fact's: "molested a 14-year-old")
    assert distinctive(_one("a 14-year-old girl"))
    assert distinctive(_one("the 58 residents"))  # (a count of 20 and more stays one)
    assert distinctive(_one("In Hollen, 58 people were hurt."))


def test_two_outlets_maxima_are_two_values():
    four, most = _one("contain up to four times the dose"), _one("contained up to 3.4 times the labelled dose")
    assert not four.agrees(most) and not most.agrees(four)
    assert four.agrees(_one("contained 3.4 times the dose"))  # (beside a plain figure, still a bound)
    assert _pairs("Children's gummies sold in Osmark contain up to four times the dose printed on the packet.",
                  "SunnyDrop gummies contained up to 3.4 times the labelled dose.") == [("four", "3.4")]
