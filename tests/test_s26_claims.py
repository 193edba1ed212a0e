"""Session 26 (audit 24 #11, #15, #7, #25): claims that should meet. A report that gives one side's minute of
a goal, in the words of the other side's report, is that side's evidence; ... All articles, outlets, people
and places are made up."""

from newsloom.crosscheck import find_claims
from newsloom.records import Article


def _art(id_: str, outlet: str, text: str, published: str = "2026-04-18T20:00:00Z") -> Article:
    return Article(id=id_, outlet=outlet, title="Report", text=text, published=published)


def _contest(claims, about: str):
    found = [c for c in claims if c.status == "contested" and c.about == about]
    assert found, [(c.text, c.status, c.about) for c in claims]
    return found[0]


# ------------------------------------------------------------------ #11: one side's minute, the other's words


def _cup_tie() -> list[Article]:
    return [
        _art("b1", "Brightline Press Agency",
             "Tomas Eklund scored twice as Pellworth Rovers beat ten-man Carrow Athletic 3-1 at Hollin Park on "
             "Saturday to reach the Lowland Cup final.\n\nEklund headed Rovers in front in the 12th minute from a "
             "Jonah Mbeki corner. Ivo Sandor equalised for Carrow five minutes before half-time.\n\nMbeki restored "
             "Rovers' lead in the 55th minute, and Carrow were reduced to ten men in the 70th minute when defender "
             "Luca Ferreira was shown a second yellow card for a foul on Eklund.\n\nEklund sealed the win with a "
             "penalty in the 88th minute.", "2026-04-18T17:10:00Z"),
        _art("b3", "Pellworth Echo",
             "Tomas Eklund was the hero at Hollin Park as Pellworth Rovers beat Carrow Athletic three goals to one "
             "to reach their first Lowland Cup final since 2015.\n\nThe striker opened the scoring on 12 minutes "
             "with a glancing header.\n\nIn between, Ivo Sandor levelled for Carrow on 40 minutes before Jonah "
             "Mbeki curled home the second for Rovers in the 57th minute.", "2026-04-18T18:00:00Z"),
        _art("b5", "Dunmere Sport Daily",
             "Pellworth Rovers will meet the winners of Sunday's Dunmere City v Saltby Town semi-final after "
             "beating Carrow Athletic 3-1 on Saturday.\n\nTomas Eklund scored in the 12th and 88th minutes, the "
             "second from the penalty spot, and Jonah Mbeki added a goal in the 55th minute. Ivo Sandor scored "
             "Carrow's goal.", "2026-04-19T07:30:00Z"),
    ]


def test_one_sides_minute_in_the_other_sides_words_backs_that_side():
    c = _contest(find_claims(_cup_tie()), "the minute")
    by = {v.value: sorted(v.outlets) for v in c.variants}
    assert by == {"55th minute": ["Brightline Press Agency", "Dunmere Sport Daily"], "57th minute": ["Pellworth Echo"]}


# ------------------------------------------------------------------ #15: "It" standing for one body in both


def _warning() -> list[Article]:
    return [
        _art("d1", "Fenmoor Herald",
             "The Norvane Medicines Agency warned parents on Tuesday not to give DreamEase Kids gummies to "
             "children.\n\nThe agency said on Tuesday that parents should stop giving the gummies to children and "
             "should keep all melatonin products out of their reach. It stopped short of ordering a recall.",
             "2026-03-10T15:00:00Z"),
        _art("d2", "Tessel Wire",
             "Norvane's medicines regulator warned parents on Tuesday not to give DreamEase Kids gummies to "
             "children after a study found the sweets held far more of the sleep hormone than their labels "
             "stated.\n\nThe Norvane Medicines Agency said up to 120,000 packs of the gummies may have been sold "
             "since January 2025. It has not ordered a recall but asked pharmacies to move the product behind "
             "the counter.", "2026-03-10T16:00:00Z"),
    ]


def test_it_standing_for_one_body_in_both_tells_one_fact():
    claims = find_claims(_warning())
    recall = [c for c in claims if "recall" in c.text]
    assert len(recall) == 1, [(c.text, c.status) for c in recall]
    assert recall[0].status == "corroborated"
    assert sorted(recall[0].outlets) == ["Fenmoor Herald", "Tessel Wire"]


def test_it_standing_for_two_bodies_stays_apart():
    from newsloom.crosscheck import _body_subject

    assert _body_subject("The Norvane Medicines Agency said up to 120,000 packs had been sold.")[0] == \
        _body_subject("The agency said on Tuesday that parents should stop.")[0]
    assert _body_subject("Outside court, the judge said it was over.") is None
    assert _body_subject("Dr Katja Brunner said it was over.") is None
    arts = _warning()
    arts[1].text = arts[1].text.replace("The Norvane Medicines Agency said up to", "Halvard Nutrition said up to")
    recall = [c for c in find_claims(arts) if "recall" in c.text]
    assert len(recall) == 2


# ------------------------------------------------------------------ #7: called safe by one, unsafe by another


def _safety_story() -> list[Article]:
    return [
        _art("s1", "Wellspring Health News", "The Norvane Medicines Agency warned parents on Tuesday about "
             "DreamEase Kids gummies.\n\nHalvard Nutrition says its gummies are safe when used as directed.",
             "2026-03-10T15:00:00Z"),
        _art("s2", "Norvane Daily", "The Norvane Medicines Agency warned on Tuesday that DreamEase Kids gummies, "
             "made by Halvard Nutrition, were unsafe for children.\n\nHalvard Nutrition denied that its gummies "
             "were unsafe.", "2026-03-10T16:00:00Z"),
        _art("s3", "Tessel Wire", "Norvane's medicines regulator warned parents on Tuesday about DreamEase Kids "
             "gummies.\n\nThe agency said the gummies were unsafe for young children.", "2026-03-10T17:00:00Z"),
    ]


def test_one_thing_called_safe_and_unsafe_is_contested_with_who_says_each():
    c = _contest(find_claims(_safety_story()), "whether it is safe")
    by = {v.value: sorted(v.outlets) for v in c.variants}
    assert by == {"unsafe": ["Norvane Daily", "Tessel Wire"], "safe": ["Norvane Daily", "Wellspring Health News"]}


def test_what_is_called_safe():
    from newsloom.crosscheck import _states

    assert _states("Halvard Nutrition says its gummies are safe when used as directed.")["safety"][0] == "yes"
    assert _states("Halvard Nutrition denied that its gummies were unsafe.")["safety"][0] == "yes"
    assert _states("The bridge is not safe, engineers said.")["safety"][0] == "no"
    for text in ("It is safe to return home.", "Officials are checking whether the water is safe.",
                 "He denied that the bridge was safe.", "Parents should keep children safe."):
        assert "safety" not in _states(text), text
    # two things, one safe and one not, are no contest
    arts = _safety_story()
    arts[2].text = arts[2].text.replace("The agency said the gummies were unsafe", "The agency said the bottles were unsafe")
    arts[1].text = arts[1].text.replace("gummies, made by Halvard Nutrition, were unsafe", "bottles were unsafe")
    assert not [c for c in find_claims(arts) if c.about == "whether it is safe"]
