"""Which countries a report is about (places.py), and the clustering veto built on it. The articles
are fictional, written for these tests; the countries are real so that the gazetteer knows them."""
from __future__ import annotations

from newsloom.cluster import Clusterer
from newsloom.places import countries, main_countries
from newsloom.records import Article


def test_countries_peoples_cities_and_states_name_their_country():
    found = countries("Haitian officials in Port-au-Prince said Haiti needs tents. Chilean rescuers "
                      "flew in from Santiago, and volunteers from Texas and the U.S. joined them.")
    assert found == {"HT": 3, "CL": 2, "US": 2}


def test_a_place_inside_a_persons_name_is_not_a_place():
    # after a capitalised word it is a surname; a city or a one-word country followed by one is a given name
    assert countries("Rep. Jim Jordan met Chad Wolf and Sofia Lind. Mr. Jordan left.") == {}
    assert countries("Former Chilean President Ana Ruiz flew to Sofia.") == {"CL": 1, "BG": 1}


def test_longer_names_win_and_some_are_not_places_at_all():
    assert countries("North Korea warned South Korean boats in the Indian Ocean.") == {"KP": 1, "KR": 1}
    assert countries("The New York Times sent a reporter to New York. Then Mexico City.") == {"US": 1, "MX": 1}
    assert countries("Iranian-backed groups fought U.S.-led forces.") == {"IR": 1, "US": 1}


def test_main_countries_stand_out_or_there_are_none():
    assert main_countries({"HT": 6, "US": 4, "DO": 1}) == {"HT", "US"}
    assert main_countries({"HT": 1, "US": 1}) == frozenset()
    assert main_countries({"HT": 3}, least=4) == frozenset()


def _quake(id_: str, country: str, people: str, town: str, magnitude: str) -> Article:
    text = (
        f"A magnitude {magnitude} earthquake struck {country} on Sunday, the United States Geological "
        f"Survey said, shaking buildings across the region and sending residents into the streets.\n\n"
        f"{people} authorities said at least a dozen people were killed near {town}, where the quake was "
        f"centred at a shallow depth. {country} declared a state of emergency in the worst-hit provinces.\n\n"
        f"Rescue teams in {country} searched collapsed homes through the night. Aftershocks rattled "
        f"{country} for hours, and the tsunami warning centre said no tsunami was expected.\n\n"
        f"{people} hospitals treated hundreds of injured people, the health ministry said."
    )
    return Article(id=id_, outlet=f"{country} desk", text=text,
                   title=f"Deadly earthquake strikes {country}")


def test_two_earthquakes_in_two_countries_stay_apart_even_undated():
    # undated, worded alike: only their places tell them apart
    peru = [_quake("p1", "Peru", "Peruvian", "Huaral", "7.0"), _quake("p2", "Peru", "Peruvian", "Huaral", "7.0")]
    nepal = _quake("n1", "Nepal", "Nepali", "Gorkha", "6.9")
    cl = Clusterer()
    first = cl.add(peru[0])
    assert cl.add(peru[1]).story == first.story
    assert cl.add(nepal).story != first.story
