"""Session 26: a vote's tally written "285 to 120" is two sides' counts; a count of members who voted one way
is a part of a side, not another figure for the tally (a false contest seen on the corpora once backing by
names alone was gone). All articles, outlets, people and places are made up."""

from newsloom.crosscheck import _other_tallies, _tally_side
from newsloom.text import numbers


def test_a_side_of_a_tally():
    def sides(text):
        return [(n.text, _tally_side(text, n)) for n in numbers(text)]

    assert sides("The vote was 285 to 120.") == [("285", True), ("120", True)]
    assert sides("Sixty-seven members voted with the majority.") == [("Sixty-seven", False)]
    assert sides("Fares rose from 285 to 320.") == [("285", False), ("320", False)]


def test_a_count_of_members_who_voted_one_way_is_another_quantity_than_the_tally():
    tally = "The vote was 285 to 120."
    part = ("Sixty-seven Unity members voted with the whole opposition present, but many said the question should "
            "be left to the towns.")
    x, y = numbers(tally)[0], numbers(part)[0]
    assert _other_tallies(tally, x, part, y) and _other_tallies(part, y, tally, x)
    # two tallies of one vote are one quantity (they may contest)
    other = "The final count was 286 to 119."
    assert not _other_tallies(tally, x, other, numbers(other)[0])
