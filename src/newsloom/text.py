"""Text primitives: sentences with character offsets, tokens, numbers (digits and number words), dates,
quotations with their speakers, attributions ("according to X", "X said"), and the support check.

Everything here is a pure function of strings. Offsets always index the string that was passed in,
so a span can be copied character for character from an article's clean text.
"""
from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Iterable, Iterator


# --------------------------------------------------------------------------------------------- words

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t don't said says say saying told tells stated states
    according reported reports report added adds noted notes announced announces would could may might
    must shall one ms mr mrs dr per via upon amid among within without however since yet still even
    it's that's who's there's they're we're i'm he's she's""".split()
)

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’.-]*[\w\u00C0-\u024F]|[A-Za-z\u00C0-\u024F]|\d[\d,.]*\d|\d")


def _porter_stemmer():
    """nltk's PorterStemmer, without importing the nltk package: its __init__ imports all of nltk,
    scipy.stats and scikit-learn among them (1.3 s of every command's start, and of the ingest
    helper's). The stemmer's module and the three small modules it imports are loaded under a stand-in
    for the package, and all of them are taken out of sys.modules again: this stemmer keeps working,
    and a later `import nltk` (rouge-score's) is the real one, whole. Should another nltk's layout not
    allow it, the plain import is used."""
    import importlib
    import importlib.util
    import sys
    import types

    if "nltk" not in sys.modules:
        before = set(sys.modules)
        try:
            root = list(importlib.util.find_spec("nltk").submodule_search_locations or [])
            for name, path in (("nltk", root), ("nltk.stem", [f"{p}/stem" for p in root])):
                sys.modules[name] = types.ModuleType(name)
                sys.modules[name].__path__ = path
            return importlib.import_module("nltk.stem.porter").PorterStemmer()
        except Exception:
            pass
        finally:
            for name in set(sys.modules) - before:
                if name == "nltk" or name.startswith("nltk."):
                    del sys.modules[name]
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


_stemmer = _porter_stemmer()

# Casualty words are the figures outlets most often give differently; they must compare as one thing.
SYNONYMS = {
    "hurt": "injur", "wound": "injur", "injuri": "injur", "injur": "injur",
    "dead": "dead", "kill": "dead", "die": "dead", "death": "dead", "fatal": "dead", "toll": "dead",
    "di": "dead", "life": "dead", "live": "dead",
}


def unaccented(s: str) -> str:
    """The letters without their accents: 'Diário' -> 'Diario'."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Lower case without accents, curly quotes or dots: 'Rodríguez' == 'rodriguez', 'U.S.' == 'us'."""
    return unaccented(s).replace("’", "'").replace(".", "").lower()


# letters a name loses or spells out when written without them: "Müller" / "Mueller", "Đorđević" / "Djordjevic"
# ("ć", "č" lose their accents in `fold`)
_SPELT_OUT = str.maketrans({"ü": "ue", "ö": "oe", "ä": "ae", "Ü": "Ue", "Ö": "Oe", "Ä": "Ae", "ß": "ss", "đ": "dj", "Đ": "Dj",
                            "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae"})


def transliterated(s: str) -> str:
    """`fold` with the letters a name is spelt out without written out: 'Müller' -> 'mueller', 'Đorđević' -> 'djordjevic'."""
    return fold(s.translate(_SPELT_OUT))


CACHED_TEXT = 1000  # characters: a sentence's words and figures are kept for the stages that ask again;
# a whole article's are read once and not kept (ingest reads each article's once: caching would hold them all),
# but for its sentences and quotations, which a brief reads twice: the last CACHED_ARTICLES articles' are kept
CACHED_ARTICLES = 256


def words(text: str) -> list[str]:
    """Word tokens (numbers included), as written."""
    return list(_words_of(text)) if len(text) <= CACHED_TEXT else _read_words(text)


def _read_words(text: str) -> list[str]:
    return [w.strip(".") for w in _WORD.findall(text)]  # (findall: no match objects, a third faster)


def word_count(text: str, limit: int | None = None) -> int:
    """len(words(text)), or `limit` when it has at least that many; never cached: the ingest counts
    each article's words once, and a short article (within CACHED_TEXT) kept by `words` would stay in
    memory for the rest of the run."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), limit))


@lru_cache(maxsize=16384)  # (a statement's words are asked for again by each stage that weighs it)
def _words_of(text: str) -> tuple[str, ...]:
    return tuple(_read_words(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stem_folded(fold(word))


@lru_cache(maxsize=200_000)  # (by the folded word: "Police" and "police" are stemmed once)
def _stem_folded(folded: str) -> str:
    w = folded.strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    s = _stemmer.stem(w)
    return SYNONYMS.get(s, s)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content: no stopwords, no numbers, no one-letter words."""
    return list(_content_stems_of(text)) if len(text) <= CACHED_TEXT else _read_content_stems(text)


@lru_cache(maxsize=16384)  # (asked again of each statement by the stages that weigh it)
def _content_stems_of(text: str) -> tuple[str, ...]:
    return tuple(_read_content_stems(text))


def _read_content_stems(text: str) -> list[str]:
    return [s for w in words(text) if (s := _content_stem(w)) is not None]


@lru_cache(maxsize=200_000)  # (one look-up per word of a text, the stopword test and the stem at once)
def _content_stem(word: str) -> str | None:
    f = fold(word)
    if f in STOPWORDS or len(f) < 2 or f[0].isdigit() or f in NUMBER_WORDS:
        return None
    return stem(word)


# ------------------------------------------------------------------------------------------ numbers

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12,
}
SCALES = {"dozen": 12, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "trln": 1e12, "m": 1e6, "k": 1e3, "b": 1e9, "t": 1e12}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMWORD = (rf"(?:(?:{_TENS})[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
            + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")")
_NUMBER = re.compile(
    # (the lookahead names the characters a figure may start with: without it, ignoring case, every place is tried)
    rf"(?<![\w.,:/-])(?=[$€£¥\s\dzotfsenhd])(?P<cur>[$€£¥])?\s?(?:(?P<dig>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>{_NUMWORD}))"
    rf"(?:\s?(?P<scale>(?(word)dozen|(?!))|hundred|thousand|million|billion|trillion|bn|mn|tn|trn|trln)\b"
    # a headline's letter after a currency sign: "$30K", "$3.5T plan", "£5m fine" (without one, "3M" is a
    # company, "4K" a screen and "5m" as likely metres)
    rf"|(?(dig)(?(cur)(?P<suffix>(?-i:[kKMBTm]))|(?!))|(?!)))?"
    rf"(?P<pct>\s?(?:%|per ?cent\b))?"
    # a temperature's or basis points' letters may follow digits with no space ("41.2C", "106F", "25bp"):
    # numbers() keeps a "C" or "F" figure only when its words read as a temperature
    rf"(?:(?![\w:/])|(?<=\d)(?=(?-i:[CF](?!\w)|bps?\b)))",
    re.IGNORECASE,
)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS) + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"


@dataclass(frozen=True)
class Number:
    value: float
    text: str
    start: int
    end: int
    unit: str  # "%" / currency sign / a measure ("time", "length", ...; value in its base unit) / "" for counts
    approx: str = ""  # "more", "less", "up to", "about", "just over" or "just under" when the text hedges it
    delta: bool = False  # a change or an earlier value ("fell by 92,000", "up from 6%"), not the figure itself
    measure: str = ""  # the unit word as written, normalised ("year", "km"): "5 years" and "60 months" differ here
    step: float = 0.0  # the precision it is written to ("9.2 million": 100,000); figures that round alike agree

    def about_tolerance(self) -> float:
        """How far "about N" reaches: half the unit N is rounded to, within 5-10 % of N ("some 1,300"
        allows 1,250 but not 1,200, which another outlet's count would round to; "about two dozen" allows
        23 and 25)."""
        v = abs(self.value)
        return min(0.1 * v, max(0.05 * v, self._rounded_to() / 2))

    def _rounded_to(self) -> float:
        """The unit N is rounded to: 1 for 61, 100 for 400, 100,000 for "2.5 million"."""
        v = abs(self.value)
        unit = 1.0
        while v >= 10 * unit and v % (10 * unit) == 0:
            unit *= 10
        return unit

    def near_tolerance(self) -> float:
        """How far "just over N" (or "just under N") reaches past N: the unit N is rounded to, within 10 %
        of N ("just over 61 percent" is 61.3, not 63.1; "just over 400 votes" is 412, not 450)."""
        return min(0.1 * abs(self.value), self._rounded_to())

    def converts(self, other: "Number") -> bool:
        """The same measure in another unit ("150 km/h" / "93 mph"), within the rounding of a conversion."""
        if not (self.measure and other.measure and self.measure != other.measure and self.unit == other.unit):
            return False
        if self.measure.startswith("per ") or other.measure.startswith("per "):
            # sums paid over other periods agree once annualised ("$1,000 a month", "$12,000 a year")
            x, y = RATE_YEAR.get(self.measure), RATE_YEAR.get(other.measure)
            return bool(x and y) and abs(self.value * x - other.value * y) <= CONVERTED * max(self.value * x, other.value * y)
        if self.unit == "temperature":  # (both in °C): no further apart than their two roundings, as 5 % of 41°C
            return abs(self.value - other.value) <= (self.step + other.step) / 2 + 0.05  # would be 2°C
        return abs(self.value - other.value) <= CONVERTED * max(abs(self.value), abs(other.value))

    def converted_to(self, other: "Number") -> str:
        """This measure written in the unit `other` is written in, to two significant digits ("8,400 acres"
        beside "3,100 hectares": "about 3,400 hectares"), so a reader can compare the two; "" when the two
        measure different things or use one unit (money is never converted: no exchange rates offline)."""
        if not (self.measure and other.measure) or self.measure == other.measure or self.unit != other.unit:
            return ""
        if self.unit == "temperature":  # to the other's precision: "41.2C" beside "106.2F" is "about 106.2°F"
            t = self.value * 9 / 5 + 32 if other.measure == "°F" else self.value
            return f"about {t:.1f}{other.measure}" if "." in other.text else f"about {t:.0f}{other.measure}"
        kind, factor = MEASURES.get(other.measure, ("", 0.0))
        if kind != self.unit or not factor:
            return ""
        v = self.value / factor
        if not v or not math.isfinite(v):
            return ""
        v = round(v, 1 - math.floor(math.log10(abs(v))))  # two significant digits: reporters round conversions
        shown = f"{v:,.0f}" if abs(v) >= 10 or v == int(v) else f"{v:g}"
        one, many = MEASURE_WORDS.get(other.measure, (other.measure, other.measure))
        return f"about {shown} {one if v == 1 else many}"

    def agrees(self, other: "Number") -> bool:
        """Could both figures be true at once? Equal, or a hedged one ("more than 1.6 million",
        "about 300") that allows the other. A measure converted from another unit agrees within 5 %
        ("10 km" and "6.2 miles"), since reporters round what they convert."""
        a, b = self.value, other.value
        if self.unit != other.unit and self.unit in CURRENCIES and other.unit in CURRENCIES:
            return False  # "£2.3m" and "2.3 million euros" are two sums, whatever the values
        if self.measure != other.measure and self.measure.startswith("per ") and other.measure.startswith("per "):
            return self.converts(other)  # "$1,000 a month" and "$1,000 a year" are not one sum
        if abs(a - b) < 1e-9:
            return True
        coarse = max((self, other), key=lambda n: n.step)
        if coarse.step * 10 <= abs(coarse.value) and abs(a - b) <= coarse.step / 2 + 1e-9:
            # "9.2 million" and "9.21 million": one figure written to two precisions (a figure of one
            # significant digit, "$6 trillion", is not taken as a rounding of "$5.5 trillion")
            return True
        if self.converts(other):
            return True
        if self.approx == other.approx == "up to":
            return False  # two outlets' most found ("up to four times" / "up to 3.4 times") are two values
        for x, y in ((self, other), (other, self)):
            if x.approx == "more" and y.value >= x.value:
                return True
            if x.approx in ("less", "up to") and y.value <= x.value:
                return True
            if x.approx == "about" and abs(y.value - x.value) <= x.about_tolerance():
                return True
            if x.approx == "just over" and 0 <= y.value - x.value <= x.near_tolerance() + 1e-9:
                return True
            if x.approx == "just under" and 0 <= x.value - y.value <= x.near_tolerance() + 1e-9:
                return True
        return False


# Units a figure can measure, by what they measure, with the factor to a base unit (days, metres, kg,
# km/h): "five years" and "60 months" are one figure, "five years" and "five months" are not. ("pounds"
# is left out: it is money as often as weight.)
MEASURES = {
    "minute": ("time", 1 / 1440), "hour": ("time", 1 / 24), "day": ("time", 1.0), "week": ("time", 7.0),
    "month": ("time", 365.25 / 12), "year": ("time", 365.25), "decade": ("time", 3652.5), "century": ("time", 36525.0),
    "year-old": ("age", 1.0),
    "metre": ("length", 1.0), "km": ("length", 1000.0), "mile": ("length", 1609.34), "foot": ("length", 0.3048),
    # (rain and snow: "21.4 cm" = "214 mm" = "8.4 inches")
    "cm": ("length", 0.01), "mm": ("length", 0.001), "inch": ("length", 0.0254),
    "kg": ("mass", 1.0), "tonne": ("mass", 1000.0), "pound": ("mass", 0.4536),
    "km/h": ("speed", 1.0), "mph": ("speed", 1.60934),
    "hectare": ("area", 1.0), "acre": ("area", 0.4047), "square km": ("area", 100.0), "square mile": ("area", 259.0),
    # (a gallon is the US one: news that gives gallons is American, and British news gives litres)
    "litre": ("volume", 1.0), "barrel": ("volume", 158.987), "gallon": ("volume", 3.78541), "cubic metre": ("volume", 1000.0),
    # a change of a rate: "25 basis points" = "0.25 percentage point" = "a quarter of a percentage point"
    "percentage point": ("percentage points", 1.0), "basis point": ("percentage points", 0.01),
}
# how a converted figure names its unit: (one, more)
MEASURE_WORDS = {
    "minute": ("minute", "minutes"), "hour": ("hour", "hours"), "day": ("day", "days"), "week": ("week", "weeks"),
    "month": ("month", "months"), "year": ("year", "years"), "decade": ("decade", "decades"),
    "century": ("century", "centuries"), "metre": ("metre", "metres"), "km": ("km", "km"), "mile": ("mile", "miles"),
    "foot": ("foot", "feet"), "cm": ("cm", "cm"), "mm": ("mm", "mm"), "inch": ("inch", "inches"), "kg": ("kg", "kg"), "tonne": ("tonne", "tonnes"), "pound": ("lb", "lb"),
    "km/h": ("km/h", "km/h"), "mph": ("mph", "mph"), "hectare": ("hectare", "hectares"), "acre": ("acre", "acres"),
    "square km": ("square km", "square km"), "square mile": ("square mile", "square miles"),
    "litre": ("litre", "litres"), "barrel": ("barrel", "barrels"), "gallon": ("gallon", "gallons"),
    "cubic metre": ("cubic metre", "cubic metres"),
    "percentage point": ("percentage point", "percentage points"), "basis point": ("basis point", "basis points"),
}
_UNIT_NAMES = {"minute": "minute", "min": "minute", "hour": "hour", "hr": "hour", "day": "day", "week": "week",
               "month": "month", "year": "year", "yr": "year", "decade": "decade", "century": "century",
               "centurie": "century", "-year-old": "year-old", "meter": "metre", "metre": "metre",
               "kilometer": "km", "kilometre": "km", "km": "km", "mile": "mile", "feet": "foot", "foot": "foot", "ft": "foot",
               "centimeter": "cm", "centimetre": "cm", "cm": "cm", "millimeter": "mm", "millimetre": "mm", "mm": "mm",
               "inch": "inch", "inche": "inch",
               "kilogram": "kg", "kg": "kg", "tonne": "tonne", "ton": "tonne", "lb": "pound",
               "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph", "hectare": "hectare", "acre": "acre",
               "square kilometer": "square km", "square kilometre": "square km", "square km": "square km",
               "square mile": "square mile", "litre": "litre", "liter": "litre", "barrel": "barrel",
               "gallon": "gallon", "cubic metre": "cubic metre", "cubic meter": "cubic metre",
               "percentage point": "percentage point",
               "percentage-point": "percentage point", "basis point": "basis point", "bp": "basis point"}
_UNIT = re.compile(
    r"(?P<u>-year-old|[ -](?:square (?:kilomet(?:er|re)s?|km|miles?)|km/h|kph|kmh|mph|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|decades?|centur(?:y|ies)|"
    r"kilomet(?:er|re)s?|km|cubic met(?:er|re)s?|met(?:er|re)s?|miles?|feet|foot|ft|kilograms?|kg|tonnes?|tons?|lbs?|hectares?|acres?|"
    r"centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|inch(?:es)?|"
    r"lit(?:er|re)s?|barrels?(?! bombs?\b)|gallons?|"
    r"percentage[ -]points?|basis points?|(?-i:bps?))|(?-i:bps?|cm|mm))(?![\w/])",
    re.IGNORECASE)
CONVERTED = 0.05
# Temperatures: value in °C. °F is not a factor of °C (°F = °C × 9/5 + 32), so it is kept out of MEASURES
# (whose factors other code divides by) and converted when read; a reading converted from the other scale
# agrees within the two roundings (`Number.converts`). Measures "°C" and "°F", unit "temperature". (Not read:
# a minus sign or "minus", and "41 C" with a space but no degree sign.)
# after the digits: "41.2°C", "41.2 °C", "41.2 degrees Celsius", "106 degrees F", or a bare capital
# "41.2C" / "106.2F" (that last only where the words before read as a temperature: _TEMP_BEFORE)
_TEMP = re.compile(r"(?:\s?°\s?(?P<sign>[CF])|(?P<bare>[CF])|\s(?i:degrees?)\s(?P<word>(?i:Celsius|centigrade|Fahrenheit)|[CF]))"
                   r"(?!\w)")
# A capital C or F right after a number is a temperature only after the words a temperature follows: a
# preposition or comparison ("of 41C", "up to 41C", "above 40C", "by 2C"), a verb of reaching or being ("hit 41C",
# "was 41C"), a temperature noun ("highs 35C"), a bracket or dash ("106F (41C)"), or nothing (a headline's start).
# Not after a name or label ("Apollo 11C", "Section 4F", "seat 12F", "flight 11C"): those stay no figure.
_TEMP_BEFORE = re.compile(
    r"(?:^|[(\[,;:–—-]\s*|\b(?:of|at|to|by|from|than|above|below|around|about|near|nearly|almost|over|under|past|beyond|in|"
    r"is|was|were|be|"
    r"some|hit|hits|hitting|reach|reached|reaches|reaching|top|topped|tops|topping|exceed|exceeded|exceeds|exceeding|"
    r"recorded|record|temperatures?|highs?|lows?|heat|mercury)\s+)$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:a\s+)?$", re.IGNORECASE)
# A fraction of a percentage point in words: "a quarter of a percentage point", "half a percentage point",
# "a half-percentage-point" (0.25, 0.5; the same change as "25 basis points", "0.5 percentage point"); not the
# "a half" of "two and a half percentage points", which _HALF reads with its figure
_POINT_FRACTION = re.compile(
    r"(?<!and\s)(?<!and-)(?<!and\sa\s)(?<!and-a-)\b(?P<f>(?:a|one)\s+quarter|three[\s-]quarters|(?:a|one)\s+half|half)"
    r"(?:\s+of)?(?:\s+(?:a|one))?[\s-]percentage[\s-]points?\b", re.IGNORECASE)
_FRACTIONS = {"quarter": 0.25, "quarters": 0.75, "half": 0.5}
# A vote's tally in words, read as "7-2": two counts joined by "to" right after a vote word ("voted seven to
# two", "by a vote of seven to two", "ruled 6 to 3"), or "N votes to M"; or N voting (or votes) for, or N in
# favour, and M against, in one clause ("seven members voting for the increase and two against"); or "by N to M"
# with "voted" after it in its sentence ("By 228 to 191, the House voted"). Not "seven to ten days", "from six to
# eight" or "2 to 3 inches": no vote word, or a unit after the second count. (Not read: "seven for and two
# against" with no vote word.)
_COUNT = rf"(?:\d{{1,3}}|{_NUMWORD})(?![\w%-]|[.,]\d)"
_VOTE_TALLY = re.compile(
    rf"\b(?:(?:voted|voting|ruled|vote\s+of|votes\s+of)\s+(?P<a>{_COUNT})\s+to\s+(?P<b>{_COUNT})"
    rf"|(?P<c>{_COUNT})\s+votes?\s+to\s+(?P<d>{_COUNT})"
    rf"|(?P<e>{_COUNT})(?:\s+[a-z]+){{0,2}}?\s+(?:(?:voting|votes?)\s+(?:for|in\s+favou?r)|in\s+favou?r)\b[^.;:!?\n]{{0,60}}?"
    rf"\s+and\s+(?P<f>{_COUNT})(?:\s+(?:voting|votes?))?\s+against"
    # ("By 228 to 191, the House voted ...": the vote word after the tally, in its sentence)
    rf"|\bby\s+(?P<g>{_COUNT})\s+to\s+(?P<h>{_COUNT})(?=,?\s(?:[^.;:!?\n]{{0,60}}?\s)?(?:voted|voting)\b))\b",
    re.IGNORECASE)
# "and a half" between a figure and its unit ("eight and a half years"), and the smaller unit a duration
# or length goes on in ("eight years and six months", "3 hours 20 minutes"): one figure, not two
_HALF = re.compile(r"(?:\s+and\s+a\s+half|-and-a-half)(?=[ -])", re.IGNORECASE)
_AND_PART = re.compile(r",?(?:\s+and)?\s+(?=[\w])")
# money named after the figure ("2.3 million pounds", "2.7 million euros"): the currency, as its sign when
# it has one; "pounds" and "crowns" are money only after a scale word or with "sterling" (else a weight,
# or a title's "Three Crowns")
_CURRENCY_WORDS = {"pound": "£", "euro": "€", "dollar": "$", "yen": "¥", "crown": "crowns", "krona": "crowns",
                   "kronor": "crowns", "krone": "crowns", "kroner": "crowns", "franc": "francs", "rupee": "rupees",
                   "yuan": "yuan", "rouble": "roubles", "ruble": "roubles", "peso": "pesos", "dinar": "dinars",
                   "shekel": "shekels", "rand": "rand"}
_ALSO_NOUN = frozenset("pound crown".split())
_CURRENCY = re.compile(r"\s+(?:(?:US|U\.S\.|Australian|Canadian|Hong Kong|New Zealand|Swiss|Swedish|Danish|Norwegian|Czech)\s+)?"
                       r"(?P<c>pounds?(?:\s+sterling)?|euros?|dollars?|yen|crowns?|kron(?:a|or|e|er)|francs?|rupees?|yuan|"
                       r"roubles?|rubles?|pesos?|dinars?|shekels?|rand)\b", re.IGNORECASE)
CURRENCIES = frozenset("$€£¥") | frozenset(_CURRENCY_WORDS.values())
_TALLY = re.compile(r"[-–](\d{1,5})(?![\d.,]\d)")
# A sum paid per period right after it: "$1,000 a month", "£30 per day", "€12,000 annually", "$5 an hour" (not "$5m a
# year ago/earlier": a time, not a rate). A rate's measure is "per <period>"; rates per year, month, week and day
# compare once annualised (RATE_YEAR).
_RATE = re.compile(r"(?:[ -](?:a|an|per|each|every)[ -]|\s?/\s?)(?P<p>hour|day|week|month|year|annum)\b"
                   r"(?!\s+(?:ago|earlier|later|before|after|prior|previously|since|old|ahead|from now)\b|-)"
                   r"|\s+(?P<ly>annually|yearly|monthly|weekly|daily)\b", re.IGNORECASE)
_RATE_PERIOD = {"annum": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                "daily": "day"}
RATE_YEAR = {"per year": 1.0, "per month": 12.0, "per week": 365.25 / 7, "per day": 365.25}  # ("per hour": no)
_COMPOUND = re.compile(r"-([A-Za-z]{3,})\b")

# ("nearly 10%" and "almost 10%" are close below 10%, an estimate: not "at most 10%", which 8% would be)
# ("just over 61 percent" is a value a little above 61, as "nearly" is one a little below: not "at least 61",
# which 63.1 would be; "up to 3.4 times" is the most found, a value of its own beside another outlet's
# "up to four times", though a bound beside a plain figure)
_HEDGE = re.compile(r"(?:(?P<over>(?:just|slightly|a little|marginally)\s+(?:over|above|more than|upwards of))|"
                    r"(?P<under>(?:just|slightly|a little|marginally)\s+(?:under|below|less than|fewer than|short of)|just shy of)|"
                    r"(?P<more>more than|over|at least|upwards of|in excess of|no fewer than|exceeding)|"
                    r"(?P<max>up to)|"
                    r"(?P<less>less than|fewer than|under|at most|no more than)|"
                    r"(?P<about>about|around|approximately|roughly|some|an estimated|estimated|close to|nearly|almost))\s+$",
                    re.IGNORECASE)
# the hedge group read -> Number.approx
_HEDGES = {"over": "just over", "under": "just under", "more": "more", "max": "up to", "less": "less", "about": "about"}
_DELTA = re.compile(r"\b(?:by|from)\s+(?:a\s+(?:revised\s+)?)?$", re.IGNORECASE)
_ADDED_AFTER = re.compile(r"\s+(?:more|additional|further|extra)\b(?!\s+(?:or\s+less|likely)\b|-)", re.IGNORECASE)
_ADDED_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+(?:additional|extra))\s+$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"(?i)[^.;!?\n]{0,200}?\b(?:total|toll|tally|in all|altogether|so far|to date)\b")  # (.match: its sentence)


def added_count(text: str, start: int, end: int) -> bool:
    """The figure at start..end is a count added to others: "9 more people", "another 9", "a further 9"."""
    return bool(_ADDED_AFTER.match(text, end) or _ADDED_BEFORE.search(text, max(0, start - 30), start))


# "over" that belongs to the verb before it, whose object the figure is: "handed over 16 prisoners", "turned over
# three suspects" (no hedge: "killed over 100 people" is)
_PARTICLE_OVER = re.compile(r"(?i)\b(?:hand|turn|sign)(?:s|ed|ing)?\s+$")


def hedge(h: re.Match | None) -> str:
    """The Number.approx a `_HEDGE` match gives ("" for none)."""
    if h and (h.group("more") or "").lower() == "over" and _PARTICLE_OVER.search(h.string, max(0, h.start() - 12), h.start()):
        return ""
    return next((v for k, v in _HEDGES.items() if h.group(k)), "") if h else ""


def _value(m: re.Match) -> float:
    """The value a _NUMBER match writes, in digits or words, before any scale."""
    if m.group("dig"):
        return float(m.group("dig").replace(",", ""))
    return _word_value(m.group("word"))


def _word_value(word: str) -> float:
    """The value of a number written in words ("twenty-four", "Seven")."""
    return float(sum(NUMBER_WORDS[p] for p in re.split(r"[- ]", word.lower())))


def _measure(u: re.Match) -> str:
    """The measure a _UNIT match names ("years" -> "year")."""
    key = u.group("u").lower()
    return _UNIT_NAMES[key if key == "-year-old" else key.lstrip(" -").rstrip("s")]  # ("25bp": no space)


def as_written(text: str, n: Number) -> str:
    """One of `numbers(text)` as the text writes it, with the hedge before it: 'more than two million'."""
    h = _HEDGE.search(text, max(0, n.start - 30), n.start)
    return text[h.start() if h and hedge(h) else n.start: n.end]


def numbers(text: str) -> list[Number]:
    """Figures in the text (`_read_numbers`). The same statement or quote is read many times over in one
    brief (backing, contests, notes, headline); its figures are read once (Number is immutable)."""
    return list(_numbers_of(text)) if len(text) <= CACHED_TEXT else _read_numbers(text)


@lru_cache(maxsize=16384)
def _numbers_of(text: str) -> tuple[Number, ...]:
    return tuple(_read_numbers(text))


# A count of the dead or hurt given as none: "No deaths have been reported", "no one was killed", "no soldiers had
# been killed", "None of the passengers were hurt". Only harm done to people: "no plans", "no evidence" count nothing.
_ZERO_COUNT = re.compile(
    r"\b(?:[Nn]o|NO)\s+(?:(?P<soon>immediate|known)\s+)?(?:(?P<rep>reports?)\s+of\s+(?:any\s+)?)?"
    r"(?P<harm>deaths|fatalities|injuries|dead)\b(?!\s+(?:toll|penalty|threats?|sentence|rate)\b)"
    r"|\b(?:[Nn]o\s+one|[Nn]obody|[Nn]one(?:\s+of\s+(?:the|its|their)\s+(?P<of>[a-z]+))?|[Nn]o\s+(?P<noun>[a-z]+s))\s+"
    r"(?:(?:was|were|had|has|have)\s+)?(?:been\s+)?(?:(?:seriously|badly|critically)\s+)?"
    r"(?P<done>killed|injured|hurt|wounded|died)\b")
_ZERO_SOON = re.compile(r"\b(?:reported|so far|yet|immediately|as yet|at the time|confirmed)\b")


def zero_counts(text: str) -> list[tuple[Number, str, str, bool]]:
    """Counts of the dead or the injured the text gives as none (`_ZERO_COUNT`): (the figure 0 over its words,
    "death toll" or "injured", the noun counted when it names who, "soldiers", else ""; whether it is told as
    none so far, "No deaths have been reported", "no immediate reports of injuries": a count a later report of
    one updates). A denial of what others say is none the less a count: "no soldiers had been killed"."""
    out = []
    for m in _ZERO_COUNT.finditer(text):
        word = (m.group("harm") or m.group("done")).lower()
        kind = "injured" if word in ("injuries", "injured", "hurt", "wounded") else "death toll"
        noun = (m.group("noun") or m.group("of") or "").lower()
        if noun in ("one", "people", "persons", "deaths", "injuries", "reports"):
            noun = ""
        end = next((k for k in (text.find(c, m.end()) for c in ",;.") if k >= 0), len(text))
        soon = bool(m.group("soon") or m.group("rep") or _ZERO_SOON.search(text, m.end(), end))
        out.append((Number(0.0, m.group(), m.start(), m.end(), ""), kind, noun, soon))
    return out


_CLOCK_AFTER = re.compile(r"\s?(?:[aApP]\.[mM]\.|[ap]m\b|[AP]M\b|o['’]clock\b)")  # (after a figure: a time of day)


def _read_numbers(text: str) -> list[Number]:
    """Figures in the text, digits or words ('12', 'Fourteen', '$4.2 million', '30%', '2.7 million euros',
    'eight years and six months'), without years, times of day, and days of the month next to a month
    name (those are dates); a temperature in °C ('41.2C', '106.2°F'), a vote's tally ('voted seven to two'),
    a fraction of a percentage point ('a quarter of a percentage point')."""
    out, joined = sorted(_worded(text) + _ordinals(text), key=lambda n: n.start), 0
    spans, at = [(n.start, n.end) for n in out], 0
    for m in _NUMBER.finditer(text):
        if m.start() < joined:
            continue  # the "six months" of "eight years and six months", read with it
        first = m.start("dig") if m.group("dig") else m.start("word")  # (a match may open on a space)
        while at < len(spans) and spans[at][1] <= first:
            at += 1
        if at < len(spans) and spans[at][0] <= first:
            continue  # a count inside a tally or fraction read above ("seven to two", "three quarters of a ...")
        dig, word = m.group("dig"), m.group("word")
        if not dig and word.lower() == "one" and not m.group("scale"):
            continue  # "one of the ..." is rarely a figure, and an outlet's "a" says the same
        value = _value(m)
        step = 1.0
        if dig and "." in dig:
            step = 10.0 ** -len(dig.rsplit(".", 1)[1])
        scale = m.group("scale") or m.group("suffix")
        if scale:
            value *= SCALES[scale.lower()]
            step *= SCALES[scale.lower()]
        before = text[max(0, m.start() - 12): m.start()]
        after = text[m.end(): m.end() + 12]
        if dig and not m.group("cur") and not scale and not m.group("pct"):
            if re.search(rf"(?:{_MONTH_RE})\s*$", before) or re.match(rf"\s+(?:{_MONTH_RE})\b", after):
                continue  # "March 3", "3 March": a date
            if "." not in dig and "," not in dig and 1800 <= value <= 2100:
                continue  # a year
            if re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", dig) and re.match(r"\s*(?:GMT|UTC|Z)\b", after):
                continue  # "0742 GMT": a time of day
            if _CLOCK_AFTER.match(after) and value <= 12.59:
                continue  # "at 7 p.m.", "5.20 p.m.", "10 am": a time of day
        unit = "%" if m.group("pct") else (m.group("cur") or "")
        if word and re.match(r"-[A-Za-z]", text[m.end(): m.end() + 2]):
            continue  # "two-shot vaccine", "three-day visit": part of a compound word
        if not m.group("pct") and not scale and _FRACTION.match(text, m.end()):
            continue  # "more than two thirds of the 31 products": a share, not a count of two
        left = text[max(0, m.start() - 30): m.start()]
        h = _HEDGE.search(left)
        approx = hedge(h)
        end, measure = m.end(), ""
        cur = _CURRENCY.match(text, m.end()) if not unit else None
        if cur:
            c = cur.group("c").lower()
            name = c.split()[0]
            name = name if name in _CURRENCY_WORDS else name[:-1]  # "euros", not "kronor"
            if scale or "sterling" in c or name not in _ALSO_NOUN:  # "200 pounds" may weigh
                unit, end = _CURRENCY_WORDS[name], cur.end()
        rate = _RATE.match(text, end) if unit in CURRENCIES else None
        if rate:  # "$1,000 a month": a rate, not a sum (`Number.converts` sets it against "$12,000 a year")
            period = (rate.group("p") or rate.group("ly")).lower()
            measure, end = "per " + _RATE_PERIOD.get(period, period), rate.end()
        temp = _TEMP.match(text, m.end()) if dig and not unit and not scale else None
        if temp and temp.group("bare"):
            lead = text[max(0, m.start() - 24): m.start()]
            if lead.strip() and not _TEMP_BEFORE.search(lead):
                temp = None
        if text[m.end(): m.end() + 1] in ("C", "F") and not temp:
            continue  # "Apollo 11C", "Section 4F": part of a name or label, not a figure
        if temp:
            measure, unit, end = "°" + (temp.group("sign") or temp.group("bare") or temp.group("word"))[0].upper(), \
                "temperature", temp.end()
            if measure == "°F":  # in °C; a change "by 4F" has no offset
                value = value * 5 / 9 if _BY_BEFORE.search(left) else (value - 32) * 5 / 9
                step *= 5 / 9
        half = _HALF.match(text, m.end()) if not unit and not scale else None
        u = _UNIT.match(text, half.end() if half else m.end()) if not unit else None
        tally = _TALLY.match(text, m.end()) if dig and not unit else None
        compound = _COMPOUND.match(text, m.end()) if dig and not unit else None
        elapsed = (_MINUTES_IN.match(text, u.end()) if u and not half and _measure(u) == "minute"
                   and not _DELTA.search(left) else None)
        if elapsed:
            # "scored 78 minutes in": the match's 78th minute, as another outlet's "in the 78th minute"
            end = elapsed.start() + len(elapsed.group(0).rstrip())
            out.append(Number(value, text[m.start(): end], m.start(), end, "ordinal minut", approx, False, "ordinal", 1.0))
            continue
        if u:
            measure = _measure(u)
            unit, factor = MEASURES[measure]
            if half:
                value, step = value + 0.5, 0.5
            value, step = value * factor, step * factor
            end = u.end()
            # "eight years and six months", "5 years, 3 months and 2 days": the smaller units of the same
            # measure go on the figure
            while (part := _AND_PART.match(text, end)) and (n2 := _NUMBER.match(text, part.end())) \
                    and not (n2.group("cur") or n2.group("pct") or n2.group("scale")) \
                    and (u2 := _UNIT.match(text, n2.end())):
                unit2, factor2 = MEASURES[_measure(u2)]
                if unit2 != unit or factor2 >= factor:
                    break
                value, step, end, factor = value + _value(n2) * factor2, factor2, u2.end(), factor2
                joined = end
        elif tally:  # "ruled 6-3", "a 94-1 vote", "aged 18-20": one figure, not a 6 and a 3
            unit = measure = "tally"
            value, step, end = value * 100000 + float(tally.group(1)), 1.0, tally.end()
        elif compound:  # "a 12-story building" counts storeys, not whatever "12" might be next to
            measure = compound.group(1).lower()
            unit = f"per {measure}"
            end = compound.end()
        elif dig and not unit and not scale and "." not in dig and value <= 120 and _aged(text, m.start(), m.end()):
            # "Dorian Vasquel, 58, was", "a man aged 58": the age of a person, a detail about him, not a figure of
            # what happened (`distinctive`; "molested a 14-year-old" names the person by it, and is one)
            unit = "aged"
        if dig and not unit and not scale and not approx and dig.isdigit() and _name_number(text, m.start("dig"), end):
            continue  # "Flight NV 412", "under Section 1557", "a Boeing 737": part of a name, it counts nothing
        like = (_TIMES_LIKELY if not unit else _PERCENT_LIKELY if unit == "%" else None)
        like = like.match(text, end) if like and not scale and value else None
        if like:
            # how many times as likely: "1.8 times as likely" and "80 percent more likely" are one figure
            # ("a 30% lower risk" is as "30% less likely": 0.7, not 1.3)
            less = bool(like.group("less") or like.groupdict().get("lower"))
            if unit == "%":
                value, step = round(1 - value / 100 if less else 1 + value / 100, 9), step / 100
            elif less:
                value, step = round(1 / value, 9), 0.0
            unit, measure, end = "ratio", "likelihood", like.end()
        # "arrested 9 more people ..., bringing the total to 23": a count added to the total the text gives after
        # it is a change of it (as "up by 9"), not a count of its own beside it; without a total, what was added
        # is the figure told ("pledged 1 billion additional doses"); never a sum or a measure ("another 30 days")
        added = not unit and added_count(text, m.start(), end) and bool(_TOTAL_AFTER.match(text, end))
        out.append(Number(value, text[m.start(): end].strip(), m.start(), end, unit, approx,
                          added or bool(_DELTA.search(left)), measure, step))
    if "nterval" in text or "CI" in text:
        # a confidence interval's level and bounds are no figure of what it measures: "(95% confidence interval
        # 1.3 to 2.5)" beside "1.8 times as likely"
        spans = [m.span() for m in _INTERVAL.finditer(text)]
        out = [n for n in out if not any(a <= n.start < b for a, b in spans)]
    return sorted(out, key=lambda n: n.start)


# The word (or code) a name's number follows: "Flight NV 412", "on Flight 370", "Section 1557 of the act", "Gate 12",
# "a Boeing 737": a capitalised word that is not a function word (a sentence's "Some 40", "The 184"), a weekday
# ("on Monday 12 people"), a month or a rating whose number is a value ("Category 4", "Level 3"); or an all-capitals
# code ("NV 412", "MH 370"). In a title-case line ("Fire Kills 12 In Factory") a capitalised word after the number
# tells that a word before it need be no name: there only a code counts.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.,-])(?P<w>[A-Z][\w'’-]*)\s$")
_NOT_NAMES = frozenset(_MONTHS) | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday category level stage phase grade tier force class
    magnitude size total exactly fully only just all another nearly almost roughly perhaps approximately aged
    including excluding plus minus across along around behind beyond despite inside outside near like unlike
    besides toward towards""".split())

# (after the figure: another name's figure, or an age group, "Americans 65 and older")
_NAMED_FIGURE_AFTER = re.compile(r"[,;]?\s+[A-Z][\w'’-]*\s\d|\s+(?:and|or)\s+(?:older|over|above|up|younger|under)\b")


def _name_number(text: str, start: int, end: int) -> bool:
    """The bare figure at start..end is a name's number (`_NAME_WORD_BEFORE`), not a count."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    w = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if w is None:
        return False
    word = w.group("w")
    if word.isupper() and 2 <= len(word) <= 4 and word.isalpha():
        return word not in ("US", "UK", "EU", "UN")  # a code: "NV 412", "MH 370" (not a lone "A", nor "I")
    low = word.lower()
    if low in STOPWORDS or low in _NOT_NAMES or low.rstrip(".") in _NOT_NAMES:
        return False
    if _NAMED_FIGURE_AFTER.match(text, end) or re.search(r"\d[,;]?\s$", text[max(0, w.start() - 3): w.start()]):
        return False  # names each with a figure: a score ("Harrowgate 2 Lindell 1"), ratings ("Eklund 9, Mbeki 8")
    nxt = re.match(r"\s+[\"“‘]?([A-Za-z])", text[end: end + 4])
    return not (nxt and nxt.group(1).isupper())


_FRACTION = re.compile(r"[\s-](?:thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|(?:quarters|halves)(?=\s+of\b))\b",
                       re.IGNORECASE)  # ("three quarters in a row" counts quarters)
# An age after a name: "Dorian Vasquel, 58, was" (not a day's or month's name: "On Monday, 12, ..." is no age),
# or "aged 58"
_AGED_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:" + _MONTH_RE + r")\b)"
                          r"[A-Z][\w'’.-]+,\s$")


def _aged(text: str, start: int, end: int) -> bool:
    """The figure at start..end is an age: "aged 58", "Dorian Vasquel, 58,"."""
    # ("aged" the word: "damaged 120 homes" counts homes)
    return (text[max(0, start - 5): start] == "aged " and not (start > 5 and word_char(text[start - 6]))
            and not text.startswith("-", end)
            or text.startswith(",", end) and bool(_AGED_BEFORE.search(text, max(0, start - 40), start)))


# A likelihood as a multiple: "1.8 times as likely", "three times more likely", "twice the risk" (no: words
# "twice"), "80 percent more likely", "a 30% lower risk"
_TIMES_LIKELY = re.compile(r"\s+times\s+(?:(?P<less>less)|as|more)\s+likely\b|"
                           r"\s+times\s+(?:the|a)\s+(?:(?:higher|greater|normal|usual|average)\s+)?(?:risk|odds|chance|likelihood)\b",
                           re.IGNORECASE)
_PERCENT_LIKELY = re.compile(r"\s+(?:(?P<less>less)|more)\s+likely\b|"
                             r"\s+(?:higher|greater|increased|(?P<lower>lower|reduced|smaller|decreased))\s+(?:risk|odds|chance|likelihood)\b",
                             re.IGNORECASE)
# A confidence (or credible) interval: its level and the bounds after it ("95% confidence interval 1.3 to 2.5",
# "95% CI: 1.3-2.5", "a confidence interval of 1.3 to 2.5")
_INTERVAL = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:%|per ?cent)\s*)?(?:(?i:confidence|credible|uncertainty)\s+(?i:intervals?|limits?)|CI\b)"
                       r"(?:[\s,:=]*(?i:of|was|is|from|between|ranging\s+from|range)?\s*[\d.]+\s*(?:%|per ?cent)?"
                       r"\s*(?i:to|and|[-–—])\s*[\d.]+(?:\s*(?:%|per ?cent))?)?")


# A numeric ordinal and the noun it ranks: "in the 78th minute", "on the 12th floor", "a 90th-minute
# winner", "the 12th consecutive month". Two reports giving another rank of one noun differ (unit
# "ordinal <stem>": only the same noun compares). Not read: ordinals in words ("first", "second": too often
# plain adjectives), a capitalised word after ("2nd Battalion", "22nd Amendment": names), a date ("June
# 18th", "the 18th of June": "of" is no noun, a month before is a date). Bounded: four digits, two words.
_ORDINAL = re.compile(r"(?<![\w.,:/$€£¥-])(?P<n>\d{1,4})(?-i:st|nd|rd|th)[ -]"
                      r"(?:(?P<adj>consecutive|straight|successive|annual|[a-z]{2,12}est)\s)?(?P<noun>[a-z]{3,20})\b(?!['’-]\w)")
_RUNNING = frozenset(stem(w) for w in "hour day week month year".split())
# ordinals listed before the one _ORDINAL reads with its noun ("12th, 30th and" before "88th minutes")
_ORDINAL_LIST = re.compile(r"(?<![\w.,:/$€£¥-])((?:\d{1,4}(?-i:st|nd|rd|th)(?:,\s*|\s+))+)(?:and|or|&)\s+$")
# "78 minutes in": the elapsed minute of a match or event, as "the 78th minute" (only where its phrase ends:
# at a clause's end or before a conjunction, "78 minutes in after a corner"; "78 minutes in the air" is a duration)
_MINUTES_IN = re.compile(r"\s+in(?=\s*[,.;:!?)\u2013\u2014]|\s*$|\s+(?:after|when|as|before|while|with|and|but)\b)")


# A match's live text opens an entry with its minute: "51' Brandt heads in the equaliser.", "90+3' Sauer is
# booked." It is the minute of what the entry tells, as a report's "in the 51st minute" (stoppage time added).
# Only at the text's start, before a capitalised word: feet ("6' 2\"") or a decade ("the '90s") are no minute.
# (the mark itself, stoppage time and a dash after it included: "51' ", "90+3' – "; the cleaner reads it too)
MINUTE_MARK = r"(?P<n>\d{1,3})(?:\+(?P<added>\d{1,2}))?['’]\s+(?:[-–—]\s+)?"
_MATCH_MINUTE = re.compile(MINUTE_MARK + r"(?=[\"“‘]|[^\W\d_])")


def _match_minute(text: str) -> Number | None:
    """The minute of the match an entry of a live text opens with (`_MATCH_MINUTE`), as an ordinal minute."""
    m = _MATCH_MINUTE.match(text) if text[:1].isdigit() else None
    if m is None or not (text[m.end()] in "\"“‘" or text[m.end()].isupper()) or int(m["n"]) > 130:
        return None
    end = m.start("n") + len(m.group(0).rstrip(" -–—"))
    return Number(float(int(m["n"]) + int(m["added"] or 0)), text[:end], 0, end, f"ordinal {stem('minute')}", "",
                  False, "ordinal", 1.0)


def _ordinals(text: str) -> list[Number]:
    """The numeric ordinals of `_ORDINAL`, each a figure of its noun (value the rank, measure "ordinal"), and a
    live text's minute (`_match_minute`)."""
    out = [minute] if (minute := _match_minute(text)) is not None else []
    for m in _ORDINAL.finditer(text) if re.search(r"\d(?:st|nd|rd|th)\b", text) else ():
        noun = m.group("noun")
        if noun in STOPWORDS or re.search(rf"(?:{_MONTH_RE})\s+(?:the\s+)?$|(?:{_MONTH_RE})$", text[max(0, m.start() - 16): m.start()]):
            continue  # "the 18th of June", "June 18th meeting", "February the 15th": a date
        if noun in ("consecutive", "straight", "successive", "annual"):
            continue  # "the 93rd annual Academy Awards": the noun is a name's
        if stem(noun) in _RUNNING:
            continue  # "the 12th day of the strike" is its 14th two days on: a count that runs, not one fact
        out.append(Number(float(m.group("n")), m.group(0), m.start(), m.end(), f"ordinal {stem(noun)}", "", False,
                          "ordinal", 1.0))
        # the ordinals listed before it rank the same noun: "in the 12th and 88th minutes" (not after a month:
        # "June 12th and 13th")
        listed = _ORDINAL_LIST.search(text, max(0, m.start() - 60), m.start())
        if listed and not re.search(rf"(?:{_MONTH_RE})\s+(?:the\s+)?$", text[max(0, listed.start() - 16): listed.start()]):
            one = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun  # (its label: "12th minute")
            for k in re.finditer(r"\d+", listed.group(1)):
                a, b = listed.start(1) + k.start(), listed.start(1) + k.end() + 2
                out.append(Number(float(k.group(0)), f"{text[a: b]} {one}", a, b, f"ordinal {stem(noun)}", "", False,
                                  "ordinal", 1.0))
    return sorted(out, key=lambda n: n.start)


def _count(word: str) -> float:
    return float(word) if word.isdigit() else _word_value(word)


# A rate written as a count in a population: "10 in 1,000", "one in five", "three out of four", "one in every
# 20", "7 per 1,000": one figure, a share (unit "%", value 100 N/M, so "one in five" is "20%"; measure "rate",
# so it is labelled as written), not two counts. Not "2 in 10 minutes" (a measure after), "3 in 2019" (a year),
# "12 in 3 villages" (more than the whole), "12 in 15 matches" (see `_rates`); "per" only before a power of ten
# ("per 100,000"; not "per day").
_RATE_COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_NUMWORD})"
_RATE_OF = re.compile(rf"(?<![\w.,:/$€£¥-])(?=[\dzotfsenhd])(?P<n>{_RATE_COUNT})\s+(?P<by>in|out\s+of|of\s+every|per)\s+"
                      rf"(?:every\s+)?(?:(?P<m>{_RATE_COUNT})(?:\s+(?P<scale>hundred|thousand|million)\b)?|"
                      r"an?\s+(?P<a>hundred|thousand|million)\b)(?![\w%°/-]|[.,]\d|\s?(?:%|per ?cent\b))", re.IGNORECASE)


_RATE_BY = re.compile(r"\s(?:[Ii][Nn]|out\s+of|of\s+every|per)\s")
_WORD_BEFORE_BY = re.compile(r"[\w.,-]+$")


def _rates(text: str) -> list[Number]:
    """The rates of `_RATE_OF` in the text, in order."""
    out = []
    # (tried only at the word before each "in", "out of", "per": a scan of every word for a count is slower)
    for b in _RATE_BY.finditer(text):
        w = _WORD_BEFORE_BY.search(text, max(0, b.start() - 24), b.start())
        r = _RATE_OF.match(text, w.start()) if w else None
        if r is None or (out and r.start() < out[-1].end):
            continue
        n, m = _count_of(r.group("n")), _count_of(r.group("m") or "1")
        m *= SCALES[(r.group("scale") or r.group("a") or "").lower()] if r.group("scale") or r.group("a") else 1
        written, by = r.group("m") or "", r.group("by").lower()
        tens = m >= 10 and math.log10(m) == int(math.log10(m))  # ("in 1,000", "per 100,000")
        if (m < 2 or _UNIT.match(text, r.end()) or _TEMP.match(text, r.end())
                or (written.isdigit() and 1800 <= m <= 2100)  # "3 in 2019"
                or (by == "per" and not tens) or (by != "per" and n > m)
                # (a bare "in" between digits is a rate of one, in words or of a power of ten: "scored 12 in 15
                # matches" counts goals and matches)
                or (by == "in" and "every" not in r.group(0).lower() and not (n == 1 or r.group("n")[0].isalpha() or tens))):
            continue
        left = text[max(0, r.start() - 30): r.start()]
        out.append(Number(round(100 * n / m, 9), r.group(0), r.start(), r.end(), "%", hedge(_HEDGE.search(left)),
                          bool(_DELTA.search(left)), "rate", 0.0))
    # "the risk fell from 10 in 1,000 to 7 in 1,000": a rate compared with another gives both groups' values
    # (who walked little, who walked), not an earlier value and a change; another report's "10 in 1,000 had a
    # stroke" gives the first (a count "rose from 9 to 15" keeps its earlier value: the later one updates it)
    for k, (x, y) in enumerate(zip(out, out[1:])):
        if x.delta and _RATE_TO.fullmatch(text, x.end, y.start):
            out[k] = replace(x, delta=False)
    return out


_RATE_TO = re.compile(r"(?:\s+[a-z][\w'’-]*){0,4}?\s+to\s+(?:about\s+|around\s+|nearly\s+|just\s+)?")


def _count_of(written: str) -> float:
    """The value of a count in digits ("1,000", "2.5") or words ("five", "twenty-one")."""
    return float(written.replace(",", "")) if written[:1].isdigit() else _word_value(written)


def _worded(text: str) -> list[Number]:
    """The figures `numbers` reads from words around counts: fractions of a percentage point, vote
    tallies in words and rates (_POINT_FRACTION, _VOTE_TALLY, _RATE_OF), in order."""
    out = _rates(text)
    low = text.lower()  # (each pattern only where its key word is: most text has neither)
    for f in _POINT_FRACTION.finditer(text) if "percentage" in low else ():
        v = _FRACTIONS[re.split(r"[\s-]+", f.group("f").lower())[-1]]
        left = text[max(0, f.start() - 30): f.start()]
        h = _HEDGE.search(left)
        out.append(Number(v, f.group(0), f.start(), f.end(), "percentage points", hedge(h),
                          bool(_DELTA.search(left)), "percentage point", 0.25))
    for t in _VOTE_TALLY.finditer(text) if ("vot" in low or "ruled" in low or "favo" in low) else ():
        a, b = next((x, y) for x, y in ("ab", "cd", "ef", "gh") if t.group(x))
        if b != "f" and (_UNIT.match(text, t.end()) or _TEMP.match(text, t.end())
                         or re.match(r"\s*(?:%|per ?cent|percentage)|\s+(?:inch|inches|cm|mm|degrees?|points?)\b",
                                     text[t.end(): t.end() + 20])):
            continue  # "voted to cut it 2 to 3 inches", "2 to 3 percent": a range of a measure, not a tally
        out.append(Number(_count(t.group(a)) * 100000 + _count(t.group(b)), text[t.start(a): t.end()], t.start(a),
                          t.end(), "tally", "", False, "tally", 1.0))
    return sorted(out, key=lambda n: n.start)


# A figure a total has come to ("the death toll ... rose to nine"): what it counts is the clause's subject,
# however far before the verb
_REACHED = re.compile(r"(?i)\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|fell|dropped)\s+to\s+"
                      r"(?:about\s+|at least\s+|more than\s+|nearly\s+)?$")
# ... and a figure the subject is ("Turnout in the Castellow election was 58 percent"): the subject's head,
# the words before its first preposition or relative word ("turnout", not the election's words)
_IS = re.compile(r"(?i)\b(?:was|were|is|are|stood at|stands at|came to|totalled|totaled)\s+"
                 r"(?:about\s+|around\s+|at least\s+|more than\s+|nearly\s+|almost\s+|just (?:over|under)\s+)?$")
_HEAD_END = re.compile(r"(?i)\b(?:in|of|at|for|on|from|among|across|that|which|who|with)\b|,")
_CLAUSE_OPEN = re.compile(r"[.;:!?]\s|,\s+(?:and|but|while|as|after|when)\s")


_CONTRAST = re.compile(r"[;:]\s|,\s+(?:but|while|whereas|although|though)\s")
_PEOPLE = frozenset(stem(w) for w in "people persons residents villagers inhabitants locals civilians citizens".split())


def _contrast_at(before: str) -> int:
    return max((c.end() for c in _CONTRAST.finditer(before)), default=0)


def after_contrast(text: str, n: Number) -> bool:
    """The figure stands in a clause set against the one before ("..., while 80 voted against it")."""
    return _contrast_at(text[: n.start]) > 0


# A prison term imposed: "jailed on Tuesday for six years", "sentenced Vasquel to 80 months", "was given six years
# in prison" (a verb of jailing, a few words, "for"/"to"; or a verb of giving and the prison after the figure).
# Not a term served before, nor one that could be or is asked for ("faces up to 14 years in prison",
# "prosecutors sought ten years"): `prison_term` tells those apart.
_JAILED = re.compile(r"(?i)\b(?:jail(?:ed|s)?|gaol(?:ed|s)?|imprison(?:ed|s)?|sentenc(?:ed|es|e|ing)|locked\s+up|"
                     r"put\s+behind\s+bars)(?:\s+(?!(?:and|for|to|but|or)\b)[\w'’.-]+,?){0,5}?\s+(?:for|to)\s+"
                     r"(?:a\s+(?:total\s+of\s+|term\s+of\s+)?)?(?:[a-z]+\s+){0,2}$")
_TERM_OF = re.compile(r"(?i)\b(?:(?:prison|jail|gaol|custodial)\s+(?:sentence|term)|sentence)\s+of\s+(?:[a-z]+\s+){0,2}$")
_GIVEN = re.compile(r"(?i)\b(?:given|handed(?:\s+down)?|received?|receives|got|gets|serve|serves|serving|served|faces?|facing)"
                    r"(?:\s+[\w'’.-]+){0,3}?\s+$")
_IN_PRISON = re.compile(r"(?i)\s+(?:in\s+(?:prison|jail|gaol)|behind\s+bars|(?:of\s+)?imprisonment)\b")
_NOT_IMPOSED = re.compile(r"(?i)\b(?:could|would|might|may|can|faces?|facing|risks?|maximum|max|up\s+to|sought|seek(?:s|ing)?|"
                          r"asked|asks|demand(?:ed|s)?|call(?:ed|s)?\s+for|request(?:ed|s)?|recommend(?:ed|s)?|urged?|wants?|wanted|"
                          r"carr(?:y|ies|ied)|punishable|served|serving|previously|earlier|already|had\s+been)\b")
_TERM_CLAUSE = re.compile(r"[.;:!?]\s|,\s+(?:and|but|while|whereas|although|though)\s|\s(?:after|before|while|whereas|when|until)\s")


def prison_term(text: str, n: Number) -> str:
    """A time figure that is a prison term: "imposed" ("jailed for six years", "sentenced to 80 months in
    prison"), "possible" (one that could be, is asked for, or was served before: "faces up to 14 years in
    prison", "had served four years in jail"), else "" (not a term: "barred from being a director for 10
    years"). Two terms imposed are one quantity, the sentence, however far the words that say whose."""
    if n.unit != "time" or n.delta:
        return ""
    before = text[max(0, n.start - 120): n.start]
    said = _JAILED.search(before) or _TERM_OF.search(before)
    if said is None and _IN_PRISON.match(text, n.end):
        said = _GIVEN.search(before)
    if said is None:
        return ""
    clause = before[max((c.end() for c in _TERM_CLAUSE.finditer(before, 0, said.start())), default=0):]
    return "possible" if _NOT_IMPOSED.search(clause) else "imposed"


_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})  # ("the 70th minute": words reads "70" and "th")
# (what names a prison term, not whose it is: "Oswick was jailed for" / "His accomplice was jailed for")
_JAIL_WORDS = frozenset(stem(w) for w in "jailed sentenced imprisoned gaoled prison jail".split())
# where the clause of an event ranked or a term imposed opens: "... on 40 minutes before Jonah Mbeki curled home
# the second for Rovers in the 57th minute" is Mbeki's goal, not Sandor's
_EVENT_OPEN = re.compile(r"[.;:!?]\s|,\s+(?:and|but|while|as|after|when|before|then)\s|\s(?:before|after|when|while|until|then)\s")
EVENT_WORDS = 10  # content words of that clause, before the figure, that say whose the event or term is


def number_context(text: str, n: Number, window: int = 4) -> set[str]:
    """What a figure counts: the content stems just around it ('injuring 12 people' -> {injur, peopl}),
    and the subject of the clause when the figure is what a total came to ('the death toll from the
    landslide rose to nine' -> {dead, toll, landslid, ...}), or when it ranks an event or is a prison term
    (who scored in the 57th minute, who was jailed for six years, however far before it)."""
    before = text[: n.start]
    after = [w for w in content_stems(text[n.end:]) if w not in _ORDINAL_SUFFIX]
    # the words before a figure stop where its clause opens: in "... joined in support, while 120 voted
    # against it" the 120 did not support anything
    contrast = _contrast_at(before)
    out = set()
    if n.measure == "ordinal" or prison_term(text, n) == "imposed":
        # (its clause before it says whose, and what follows is the event's or term's detail, "for a second
        # booking", "with the score at 2-1": read only when the clause before says too little)
        contrast = max(contrast, max((c.end() for c in _EVENT_OPEN.finditer(before)), default=0))
        out = set(w for w in content_stems(before[contrast:])[-EVENT_WORDS:] if w not in _ORDINAL_SUFFIX | _JAIL_WORDS)
    if len(out) < 2:
        out |= set(w for w in content_stems(before[contrast:])[-window:] if w not in _ORDINAL_SUFFIX) | set(after[:window])
    if after and after[0] in _PEOPLE:
        out.add("peopl")  # "1,200 residents" and "1,500 people" count the same thing
    m = _REACHED.search(before)
    if m:
        opening = max((c.end() for c in _CLAUSE_OPEN.finditer(before, 0, m.start())), default=0)
        out |= set(content_stems(before[opening: m.start()])[:2 * window])
    out |= set(content_stems(subject_head(before)))
    return out


def subject_head(before: str) -> str:
    """The head of the subject a figure right after `before` is ("Turnout in the Castellow election was"
    -> "Turnout"), or "" when no "is"/"was" comes right before the figure."""
    m = _IS.search(before)
    if not m:
        return ""
    opening = max((c.end() for c in _CLAUSE_OPEN.finditer(before, 0, m.start())), default=0)
    return _HEAD_END.split(before[opening: m.start()])[0]


# A count given per side ("exchanged five prisoners each", "five prisoners from each side", "each side freed
# five"): after its noun, "each" ends the clause or a preposition follows ("each on Tuesday"; not "each day",
# nor "each of the 12 victims", whose figure is the whole). Bounded: three words at most between.
_SIDE = r"(?:side|country|nation|party|government)"
_EACH_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}?\s+(?:each(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:on|at|in|to|from|and|but|"
                         r"as|after|before|under|with|for|during|while|since|over|by|into|across|between|when|last|"
                         rf"this|earlier|later|yesterday)\b)|(?:from|by|on|for)\s+(?:each|either)\s+{_SIDE}\b)")
_EACH_BEFORE = re.compile(rf"(?i)\beach\s+(?:{_SIDE}\s+(?:[a-z][\w'’-]*\s+){{1,3}}|"
                          r"(?:[a-z]+ed|sent|gave|freed|handed\s+over|let\s+go)\s+(?:[a-z][\w'’-]*\s+){0,2})$")
# A sentence that tells of two sides: "each side", "both sides", "the two countries", or an exchange, which has
# two by nature ("Tarvel and Oskaria exchanged five prisoners each"; not "Holm and Berg scored two goals each",
# whose per-player counts need not make the team's total)
_TWO_SIDES = re.compile(rf"(?i)\b(?:each|either|both|the\s+two)\s+(?:{_SIDE}|sides|countries|nations|parties|"
                        r"governments)\b|\b(?:exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?)\b")


def per_side(text: str, n: Number) -> bool:
    """Whether a count is given per side ("five prisoners each", "five from each side", "each side freed
    five"); never a sum or a measure ("$5 each" is a price)."""
    return (not n.unit and not n.delta and "each" in text.lower()
            and bool(_EACH_AFTER.match(text, n.end) or _EACH_BEFORE.search(text[max(0, n.start - 60): n.start])))


def two_sides(text: str) -> bool:
    """Whether a sentence tells of two sides, so that a count per side makes twice it in all."""
    return bool(_TWO_SIDES.search(text))


# -------------------------------------------------------------------------------------------- dates

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE = re.compile(
    # (the lookahead names the letters a date may start with: without it, ignoring case, every place is tried)
    rf"\b(?=[adfjlmnostwy\d])(?:(?P<md_m>{_MONTH_RE})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<md_y>\d{{4}}))?"
    # "19 Sept. 11 hijackers" is a count and a date: a day number after the month belongs to the month
    rf"|(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm_m>{_MONTH_RE})(?!\.?\s+\d{{1,2}}(?!\d))(?:,?\s+(?P<dm_y>\d{{4}}))?"
    r"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # (a part of today is today: "this morning", "tonight", in the day's report)
    r"|(?P<rel>yesterday|today|last night|tonight|this\s+(?:morning|afternoon|evening)))\b",
    re.IGNORECASE,
)


def _date_matches(text: str) -> list[re.Match[str]]:
    """_DATE's matches in the text, found fast (_DATE_FAST, defined below Caseless)."""
    return _DATE_FAST.matches(text)


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    iso: str | None  # resolved day, when the article's date or the mention itself allows it
    kind: str  # "day" (month and day given), "weekday", "relative"
    said: bool = False  # a weekday that dates a verb of saying ("the ministry said on Tuesday"): the report's day


def same_day(x: str, y: str) -> bool:
    """Two ISO days are one: equal, or one written without its year ("--07-13") and that day of any year."""
    return x == y or ((x[:2] == "--" or y[:2] == "--") and x[-5:] == y[-5:])


def _month(s: str) -> int:
    s = s.lower().rstrip(".")[:3]
    return [m[:3] for m in _MONTHS].index(s) + 1


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# what is still to come: a date after these points forward from the publication date, not back
# ("may" only in lower case: "in May" is a month; "would" counts though "said he would sign it on
# Friday" is sometimes past: a report more often looks ahead with it; "would-be" is no verb)
_FUTURE_CUE = (r"will|won't|shall|(?-i:may|might)|could|would(?!-)|(?:expected|set|scheduled|due|slated|poised) to|"
               r"plans to|planning to|as soon as|next(?=\s+(?:week|month|\w+day)\b|\s*$)|"
               # an intention: "said he was ready to meet the union on Friday"
               r"(?:ready|prepared|(?:intends|intending|expects|expecting|hopes|hoping|aims|aiming)) to|['’]ll|"
               # an appointment: "the result is expected on Tuesday", "due in court on Friday", "a rally planned
               # for Sunday" (not "as expected on Tuesday", nor one that was: "was scheduled for Monday")
               r"(?<!\bas )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?:(?:expected|due|scheduled|slated)(?=(?:\s+[a-z]+){0,2}\s+(?:on|for)\s)"
               r"|(?:set|planned)(?=\s+for\s))|"
               # an appointment made for a weekday: "has called a one-day strike for Wednesday", "announced a rally
               # for Sunday" (not one that was made: "had called a strike for Monday", "was scheduled for Monday";
               # nor "for Monday's")
               r"(?<!\bhad )(?<!\bwas )(?<!\bwere )(?:call|announc|schedul|plan|arrang|organi[sz]|conven|fix|book)(?:e|es|s|ed|d|ned|ning|ing)?"
               r"(?:\s+[\w'’-]+){0,6}?\s+for(?=\s+(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?![’']))|"
               # what a decision or an order sets for later, an infinitive after it: "ordered the ballots to be
               # counted again on Thursday", "has agreed to recount them on Thursday" (a verb: "agreed to the deal
               # on Monday", "ordered the cash returned to victims" have none)
               r"(?:order|agree|decide|promise|vow|pledge|intend|threaten|urge|instruct|direct|resolve|arrange)(?:s|d|ed)"
               r"(?:\s+[\w'’-]+){0,10}?\s+to(?=\s+(?!(?:the|an?|his|her|their|its|our|my|your|this|that|these|those|"
               r"him|them|us|me|it)\b)(?-i:[a-z]+)(?<![^s]s)\b)")
_FUTURE = re.compile(rf"\b(?:{_FUTURE_CUE})\b"
                     # ... unless a verb of saying follows: "it will close, it said on Monday"
                     r"(?![^.;!?]*\b(?:said|says|announced|reported)\b[^.;!?]*$)", re.IGNORECASE)
_LOOKS_AHEAD = re.compile(rf"\b(?:{_FUTURE_CUE})\b", re.IGNORECASE)  # anywhere, whoever says it
# a month and day that is a deadline or an appointment, as a rule still to come: "by July 4", "runs
# through Nov. 5", "the Dec. 12 election", "must be returned Feb. 3"
_AHEAD = re.compile(rf"\b(?:{_FUTURE_CUE}|must|should|by|through|until|till|before|ahead of|deadline|target|goal|"
                    r"(?:scheduled|slated|set) for|scheduled|slated|planned|upcoming|election|vote|primary|runoff|summit|recess)\b", re.IGNORECASE)
# what is over: a verb in the past tense ("were indicted", "died", "made")
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|met|began|took|went|came|made|held|left|sent|won|lost|"
                   r"found|gave|got|saw|fell|rose|spoke|wrote|brought|bought|thought|knew|led|paid|ran|"
                   r"[a-z]{2,}ed)\b")
# ... and in the present ("faces trial on May 3", "the deadline is May 3"): still to come, or today
_PRESENT = re.compile(r"\b(?:is|are|has|have|does|do|faces|remains|begins|starts|ends|opens|closes|happens)\b")
# "the 17 February Brigade", "the April 6 Youth Movement": a name that holds a date is no date
_DATE_NAME = re.compile(r"\s+(?:Brigades?|Movement|Revolution|Uprising|Youth|Martyrs|Square|Street|St\.|Avenue|"
                        r"Road|Bridge|Stadium|Coalition|Front|Battalion|Alliance|Group|Party|University|Agreement|Accords?)\b")
# "the next Saturday", "the following Monday": a weekday counted from a day the story tells of, not from
# the publication date, so no day can be given for it
# (and "since Monday" dates no event on Monday: "nobody has slept since Monday")
_NARRATIVE_WEEKDAY = re.compile(r"\bthe\s+(?:next|following|previous|prior)\s+$|\bsince\s+$", re.IGNORECASE)
# "next Friday", "Friday of next week", "Friday in the week ahead": the weekday a week on, never today
_WEEK_ON_BEFORE = re.compile(r"\bnext\s*$", re.IGNORECASE)
_WEEK_ON_AFTER = re.compile(r"\s+(?:(?:in|of) the (?:coming )?week ahead|of next week|next week)\b", re.IGNORECASE)
# the grace for a past event dated a day or two after publication: time zones and late editions
_GRACE = timedelta(days=2)
# a deadline's weekday is still to come: "the cranes moving again by Friday", in Tuesday's paper (not the
# narrative's "By Monday, she had resigned", which opens its sentence and goes on in the past); so is the
# end of a state that lasts: "schools are closed until Monday" (not "the road was closed until Monday")
_DEADLINE_BEFORE = re.compile(r"(?:\bby|\bno later than|\buntil|\btill)\s+(?:this\s+)?$")
_CLAUSE_AFTER = re.compile(r"[^,;.!?\"”]*")
# a past verb that sets a goal looks ahead all the same: "vowed to reopen the pier by Friday"
_GOAL_SET = re.compile(r"(?:aimed|hoped|planned|promised|vowed|pledged|agreed|wanted|expected|asked|ordered|urged|"
                       r"needed|demanded|decided|threatened|offered|intended|sought|tried|refused|allowed|instructed|"
                       r"directed|committed|set)$")


# a word (not a sentence's end, nor a heading's line) right before a capitalised "Today" / "Tonight", its
# quotation mark between them or not: a show's name ('on the “Tonight Show Starring ...”')
_WORD_BEFORE = re.compile(r"[\w'’][^\S\n]+[\"“‘]?$")


def _past_verbs(s: str) -> list[re.Match]:
    """The finite verbs in the past in `s`: not a participle after "be", "have", "to" or a verb of
    staying ("must be finished", "will have left", "are closed", "will stay closed"), nor a word that
    only ends like one ("need", "hundred")."""
    return [m for m in _PAST.finditer(s) if not m.group().endswith("eed") and m.group() != "hundred"
            and not re.search(r"\b(?:be|been|being|is|are|am|have|has|to|stays?|remains?|keeps?)\s+$", s[: m.start()])]


def _done_by(before: str) -> bool:
    """Does the clause before a deadline's "by" tell of something done by then ("Rescuers pulled 34
    miners from the pit by ...")? A past verb in what a verb of saying reports, if there is one ("said
    he had ..."), that sets no goal ("vowed to reopen ... by")."""
    past = _past_verbs(re.split(rf"\b{_SAY}\b", before)[-1])
    return bool(past) and not (_GOAL_SET.match(past[-1].group()) and re.search(r"\bto\s+[a-z]+", before[past[-1].end():]))


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence and the clause (between commas, semicolons, colons and dashes) around text[start:end]."""
    sent = next((x for x in sentences(text) if x.start <= start < x.end), None)
    a, b = (sent.start, sent.end) if sent else (0, len(text))
    ca = max(text.rfind(c, a, start) for c in ",;:—–(") + 1
    cb = min([i for i in (text.find(c, end, b) for c in ",;:—–)") if i >= 0] or [b])
    return text[a:b], text[max(a, ca): cb]


def _over(sentence: str, clause: str) -> bool:
    """Does the text around a month and day speak of something past? Not when the sentence looks ahead
    or the date's clause names a deadline; else a past verb in the date's own clause ("Manafort, who
    was indicted on Oct. 27, faces trial on May 3"), or in the sentence when the clause is a bare date
    ("On Oct. 29, the host made ...")."""
    if _AHEAD.search(clause) or _LOOKS_AHEAD.search(sentence):
        return False
    if _PRESENT.search(clause):
        return False
    if _PAST.search(clause):
        return True
    return len(clause.split()) <= 4 and bool(_PAST.search(sentence)) and not _PRESENT.search(sentence)


def _years_of(matches: Iterable[re.Match]) -> dict[tuple[int, int], int]:
    """(month, day) -> the year written with it, for the dates among `matches` (of _DATE) that give one."""
    years: dict[tuple[int, int], int] = {}
    for m in matches:
        if m.group("md_y") or m.group("dm_y"):
            key = (_month(m.group("md_m") or m.group("dm_m")), int(m.group("md_d") or m.group("dm_d")))
            years.setdefault(key, int(m.group("md_y") or m.group("dm_y")))
    return years


@lru_cache(maxsize=256)
def _years_written(text: str) -> tuple[tuple[tuple[int, int], int], ...]:
    """_years_of a whole text; cached, since every sentence of an article asks its article."""
    return tuple(_years_of(_date_matches(text)).items())


def story_years(texts: Iterable[str]) -> dict[tuple[int, int], int]:
    """(month, day) -> the year the texts (a story's articles) write with that day, when they all write
    the same one ('Feb. 8, 2017' in one report dates another's 'a Feb. 8 meeting')."""
    seen: dict[tuple[int, int], set[int]] = {}
    for t in texts:
        for key, year in _years_written(t):
            seen.setdefault(key, set()).add(year)
    return {key: next(iter(ys)) for key, ys in seen.items() if len(ys) == 1}


def dates(text: str, published: str | None = None, context: str = "",
          known_years: dict[tuple[int, int], int] | None = None) -> list[DateMention]:
    """Dates mentioned in the text, resolved against the article's publication date where possible
    ("on Tuesday" in an article of Wednesday 4 March is 3 March). A month and day without a year take
    the year the text, or the `context` around it (its article), gives them elsewhere ("Sept. 11, 2012
    ... on Sept. 11"), else the year `known_years` (the story's other reports, `story_years`) gives
    them, else the publication's, else the year before when that puts a past event after publication
    ("were indicted on Oct. 27" in April)."""
    ref = _anchor(published)
    found = []
    for m in _date_matches(text):
        mon = m.group("md_m") or m.group("dm_m")
        if mon and (mon[0].islower() or (not (m.group("md_y") or m.group("dm_y")) and _DATE_NAME.match(text, m.end()))):
            continue  # "the 9/12 march", "the 17 February Brigade": no date
        found.append(m)
    years = dict(_years_written(context)) if context else {}  # (month, day) -> the year written with it
    for key, year in _years_of(found).items():
        years.setdefault(key, year)
    out = []
    for m in found:
        iso = None
        if m.group("md_m") or m.group("dm_m"):
            mon = _month(m.group("md_m") or m.group("dm_m"))
            day = int(m.group("md_d") or m.group("dm_d"))
            year = m.group("md_y") or m.group("dm_y")
            if not year and (mon, day) not in years and (mon, day) in (known_years or {}) and not (
                    ref and _AHEAD.search(_sentence_around(text, m.start(), m.end())[1])):
                # (not a deadline: "by May 25", a year after the May 25 the story writes)
                years[(mon, day)] = known_years[(mon, day)]  # type: ignore[index]
            y = int(year) if year else years.get((mon, day), ref.year if ref else None)
            if y and ref and not year and (mon, day) not in years:
                if (mon - ref.month) > 6:
                    y -= 1  # "December 30" in a January article is last year
                else:
                    try:
                        if date(y, mon, day) > ref + _GRACE and _over(*_sentence_around(text, m.start(), m.end())):
                            y -= 1  # a past event cannot fall after publication
                    except ValueError:
                        pass
            try:
                # without a year anywhere, ISO 8601's year-less form "--MM-DD" still orders a timeline
                iso = date(y, mon, day).isoformat() if y else date(2000, mon, day).strftime("--%m-%d")
            except ValueError:
                continue
            out.append(DateMention(m.group(0), m.start(), m.end(), iso, "day"))
        elif m.group("wd"):
            if ref and not _NARRATIVE_WEEKDAY.search(text[max(0, m.start() - 16): m.start()]):
                wd = _WEEKDAYS.index(m.group("wd").lower())
                # the clause the weekday sits in: "..., who insisted he will not ..., spoke on Thursday"
                # (not the colon of "11:59 p.m. Saturday")
                clause = re.split(r"[,;—–]|:(?!\d)|\bafter\b", text[max(0, m.start() - 160): m.start()])[-1]
                if _WEEK_ON_BEFORE.search(clause) or _WEEK_ON_AFTER.match(text, m.end()):
                    # "next Friday" in Friday's paper is a week on, not today
                    iso = (ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)).isoformat()
                # (the weekday itself too: a cue may look ahead to it, "called a strike for Wednesday")
                elif ((ahead := [*_FUTURE.finditer(clause + text[m.start(): m.end() + 1])])
                      and not _past_verbs(clause[ahead[-1].end():])) or (
                        _DEADLINE_BEFORE.search(clause) and not _done_by(clause)
                        and not _PAST.search(_CLAUSE_AFTER.match(text, m.end()).group())):
                    # "Biden will unveil the budget on Friday", in Thursday's paper: the coming Friday (not
                    # "will ask why the pier collapsed on Friday": a past verb after the cue is the day's)
                    iso = (ref + timedelta(days=(wd - ref.weekday()) % 7)).isoformat()
                else:
                    iso = (ref - timedelta(days=(ref.weekday() - wd) % 7)).isoformat()
            # "said on Tuesday", "told reporters on Tuesday" (but not "said the strike began on Tuesday")
            say = re.search(rf"\b{_SAY}\b(?P<mid>(?:\s+[\w'’.]+){{0,3}}?)\s+(?:on\s+)?$", text[max(0, m.start() - 60): m.start()])
            said = bool(say) and not _PAST.search(say.group("mid")) and not _PRESENT.search(say.group("mid"))
            out.append(DateMention(m.group(0), m.start(), m.end(), iso, "weekday", said))
        else:
            rel = m.group("rel").lower()
            if m.group(0).isupper() or text[max(0, m.start() - 4): m.start()].lower() == "usa ":
                continue  # "USA TODAY", the newspaper
            if m.group(0)[0].isupper() and _WORD_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue  # "the Today programme", "The Tonight Show": a title mid-sentence, no day
            if ref:
                iso = (ref - timedelta(days=1 if rel in ("yesterday", "last night") else 0)).isoformat()
            out.append(DateMention(m.group(0), m.start(), m.end(), iso, "relative"))
    return _spoken_day(text, out)


def _spoken_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """A relative day inside a quotation counts from the day the words were spoken, when their sentence's verb
    of saying gives it ('"We will march again tonight," Voll said on Friday': Friday night, whatever the paper's
    day); else it stays the paper's."""
    said = [d for d in found if d.said and d.iso and not open_quote(text, d.start)]
    quoted = [d for d in found if d.kind == "relative" and open_quote(text, d.start)] if said else []
    if not quoted:
        return found
    sents = sentences(text)

    def sentence_of(at: int) -> int:
        return next((k for k, x in enumerate(sents) if x.start <= at < x.end), -1)

    out = []
    for d in found:
        day = next((s.iso for s in said if sentence_of(s.start) == sentence_of(d.start)), None) if d in quoted else None
        if day:
            back = 1 if d.text.lower() in ("yesterday", "last night") else 0
            d = replace(d, iso=(date.fromisoformat(day) - timedelta(days=back)).isoformat())
        out.append(d)
    return out


# a clause that "since" opens, up to the day: "since it broke out on Monday", "Since Aug. 3,"
_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\b[^,;:—–!?\"“”]*$")


def since_day(text: str, d: DateMention) -> bool:
    """Whether a date mention is the day something began, in a clause "since" opens ('has burned 14,500
    acres since it broke out on Monday'): not the day of a figure or state the sentence gives as it stands now."""
    return bool(_SINCE_CLAUSE.search(text, max(0, d.start - 60), d.start))


# ------------------------------------------------------------------------------------- attribution

_SAY = (r"(?:said|says|say|told|tells|stated|states|reported|reports|announced|announces|added|adds|noted|notes|"
        # ("insisted on anonymity", "insists on a recount": a demand, no speech; "insisted on Monday", "insisted on
        # the board keeping its word" are)
        r"claimed|claims|confirmed|confirms|insist(?:ed|s)(?!\s+on\s+(?!(?:[\w'’-]+\s+){0,3}[a-z]{3,}ing\b)[a-z])|warned|warns|estimated|estimates|alleged|alleges|"
        r"wrote|writes|explained|explains|acknowledged|acknowledges|indicated|indicates|denied|denies|"
        r"tweeted|tweets|asserted|asserts|argued|argues|stressed|stresses|replied|replies|commented|remarked)")
_NOUN_SAY = r"(?:claims|reports|tweets|notes|states|estimates|alleged)"
_SOURCE = r"(?P<src>(?:the |an? |\w+'s? )?[A-Z\"“]?[\w\u00C0-\u024F'’.&\"” -]{1,80}?)"
# a site's name ends in one: "Military.com", "Harbourline.Com", "Voice.org.uk", "Ferry.co.uk"
_DOMAIN = r"(?i:(?:com|org|net|gov|edu|io|uk)\b|co\.uk\b)"
# up to three lower-case words of a role before a name ("passenger", "rescue chief"), but no word that opens
# a phrase of its own ("said on Monday", "said in a statement")
_ROLE_WORD = (r"(?:(?!(?:on|in|at|to|of|by|for|with|from|after|before|when|while|that|this|it|he|she|they|we|and|but|"
              r"there|what|how|why|who|his|her|their|its|no|not|late|early|last|earlier|later|then|also|again|via|during|"
              r"through|under|over|about|into|near|since|until|yesterday|today|tonight|next|privately|publicly|"
              r"the|an?|or|as)\b)"
              r"[a-z][\w'’-]*\s+)")
_ROLE_WORDS = _ROLE_WORD + "{0,3}"
# a phrase of time, place or manner set off by a comma before the speaker: "In a statement, ...", "Outside court,
# ...", "Later, ...", "Speaking to reporters, ...", "Asked about the appeal, ..." (a preposition or adverb of the
# list, or a participle before a word in lower case: "Sterling, the club's owner," or "Ted Marsh," is a name)
_OPENING = (r"(?:(?:(?:In|On|At|Outside|Inside|After|Before|During|Following|Ahead|Near|From|Within|Since|Later|Earlier|"
            r"Afterwards?|Meanwhile|Separately|Elsewhere|Yesterday|Today|Tonight|Last|Also|However|Instead|Previously|"
            r"Privately|Publicly)(?:\s[^,]{1,40})?|[A-Z][a-z]{2,}(?:ing|ed)\s[a-z][^,]{1,40}),\s+)?")
# a title's abbreviation before a name ("according to Sen. Tom Hale"): its full stop ends no source
_TITLE_STOP = ("(?:" + "|".join(rf"(?<=\b{t})" for t in "Sen Rep Gov Gen Col Lt Capt Sgt Cmdr Adm Dr Mr Mrs Ms Prof Rev "
                                                  "Hon Supt Insp Det Atty".split()) + r")\.(?=\s+[A-Z])")
# (after an opening phrase a speaker's article is in lower case: "Outside court, the charity's chair, Hana Voss, said")
_OPENED_ARTICLE = r"(?<=,\s)(?:the|an?)\s"
_ATTRIBUTION_PATTERNS = [
    # "..., according to the regional water authority."
    # (a full stop after a single capital is an abbreviation's: "according to the U.S. Attorney's Office";
    # one before a web domain's ending is the site's name: "according to a report from Military.com")
    re.compile(r"\b[Aa]ccording to (?:reports? (?:by|from|in) )?(?P<src>(?:[^,.;:]|(?<=\b[A-Z])\.|\.(?=" + _DOMAIN + r")|"
               + _TITLE_STOP + r"){2,120}?)(?=[,;:]|(?!" + _TITLE_STOP + r")(?<!\b[A-Z])\.(?!\d|" + _DOMAIN + r")|$| that\b)"),
    # ("it was reported by Harbour Radio news that Marsh had told Lind ...": the source ends before "that")
    re.compile(r"\b(?:as )?(?:noted|reported|stated|announced|confirmed|quoted) by (?P<src>[^,.;:]{2,80}?)(?=[,.;:]|$| that\b)"),
    # "..., the regional emergency service said." / "..., said Tomas Lind." / "..., hospital officials told Channel 9."
    # (not a passive's subject: "..., up from the 12 reported by the office.")
    re.compile(rf",\s+(?P<src>[^,;\"“”]{{2,80}}?)\s+{_SAY}\b(?!\s+by\b)[^,;\"“”]{{0,60}}[.!?\"”]*\s*$"),
    # ... with a clause of circumstance after it: "..., the emergency office said on Tuesday, as the storm moved on."
    re.compile(rf",\s+(?P<src>[^,;\"“”]{{2,80}}?)\s+{_SAY}\b(?!\s+by\b)[^,;\"“”]{{0,30}},\s+(?:as|while|amid|citing|"
               rf"adding|after|before|despite|even as|since|speaking)\s[^;\"“”]{{0,300}}$"),  # (bounded: linear on any text)
    # (a role in lower case may stand before the name: "..., said passenger Ida Moss.")
    re.compile(rf",\s+{_SAY}\s+(?P<src>(?:the\s+)?{_ROLE_WORDS}[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[\w\u00C0-\u024F'’.-]+){{0,5}}?)[.!?\"”]*\s*$"),
    # "Caracas says the operation left ..." / "Venezuela said on Friday that ..." / "In a statement, X noted, ..."
    # ("claims", "reports", "tweets", "notes", "states", "estimates" are nouns too: "Jobless claims held
    # steady" names no one; "alleged" is an adjective too, "their alleged role": so they count only before
    # "that", an article or pronoun, or punctuation)
    re.compile(rf"^{_OPENING}{_SOURCE}\s+(?:has |have |had )?"
               rf"(?:(?!{_NOUN_SAY}\b){_SAY}|"
               rf"{_NOUN_SAY}(?=\s+(?:that|the|an?|he|she|it|they|we|his|her|its|their|this|these|those|there)\b|\s*[,:.\"“]))\b(?!\s+(?:to|by)\b)"),
    # "The regional transport minister, Ada Brenn, said ..."
    re.compile(rf"^{_OPENING}(?P<src>(?:[A-Z]|{_OPENED_ARTICLE})[^,;\"“”]{{2,60}},\s+[A-Z][^,;\"“”]{{2,40}}),\s+{_SAY}\b"),
    # "A hospital source, who asked not to be named, said ...", "The company, which employs 500, said ..."
    re.compile(rf"^{_OPENING}(?P<src>(?:(?:An?|The)\s+|{_OPENED_ARTICLE})[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}}),\s+(?:who|which)\s+[^,;\"“”]{{2,80}},"
               rf"\s+{_SAY}\b"),
    # "Ada Brenn, the regional transport minister, said ..."
    re.compile(rf"^{_OPENING}(?P<src>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){{1,3}}),\s+[^,;\"“”]{{2,60}},\s+{_SAY}\b"),
    re.compile(rf"\b(?P<src>[A-Z][\w\u00C0-\u024F'’.&-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.&-]*)*)\s+{_SAY}\s+(?:on \w+ )?that\b"),
    # a speaker described, not named, after the verb that closes the sentence: "..., said the company.", "...,
    # said one official briefed on the talks.", "..., said the officials, who spoke on condition of anonymity."
    # (a noun phrase of a few words and what describes it: not an object, "..., announced her resignation in May")
    re.compile(r",\s+(?:said|says|added|adds|wrote|writes|explained)\s+(?P<src>(?:the|an?|one|two|three|four|five|several|some|"
               r"another|its|his|her|their)\s+(?:[\w'’.&-]+\s+){0,3}?[\w'’.&-]+(?:\s+(?:for|of|at|from|close\s+to|"
               r"familiar\s+with|briefed\s+on|involved\s+in|with\s+knowledge\s+of|knowledgeable\s+about|who)\s[^,;\"“”]{1,80}?)?)"
               r"(?:,\s+(?:who|speaking)\s[^;\"“”]{0,160})?[.!?\"”]*\s*$"),
]
_SELF = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|there)$", re.IGNORECASE)
# a figure just before "reported by X" ("the 6.1 first reported by X", "a figure announced by X"): a phrase
# that says whose the figure is, not where the sentence comes from
_FIGURE_BEFORE = re.compile(r"(?:\d%?(?:\s+[a-z]+)?|\b(?:figures?|estimates?|numbers?|toll|tally|count|totals?|readings?|"
                            r"magnitude))(?:\s+(?:first|initially|originally|earlier|previously|\w+ly))?\s+$")
# What is no source though it stands where one would: a passive verb ("This remark may have been given
# as fact", "it was reported"), a clause ("the only Green who has formally entered"), ...
_NOT_A_SOURCE = re.compile(r"\b(?:been|be|being|is|are|was|were|may|might|must|could|would|should|can|will)$"
                      r"|\b(?:which|whom|whose|because)\b|^who\b|\bwho(?: \w+ly)?$"
                      # "Clinton has not yet announced a bid": a negated verb, not a speaker
                      r"|\b(?:not|never|yet|no)$"
                      # a subordinate clause ("When the director replied", "After Trump said ..., Comey said")
                      r"|\b(?:when|after|because|although)\b"
                      # one word that is no name ("deleting tweets", "certain claims", "newly confirmed")
                      r"|^[a-z]+(?:ing|ly)$|^(?:certain|some|many|most|several|all|both|other|such|few|any)$"
                      r"| ' ")


_SUBORDINATE = re.compile(r"^(?:when|after|before|if|because|since|until|once|whether)\s", re.IGNORECASE)
# A source reads as a speaker: a name, a titled person, an organisation, a pronoun, a noun phrase ("the
# ministry", "local media", "a spokesman for X", "people familiar with the talks"). What the patterns
# catch besides is a clause cut off at a word that looks like a verb of saying: "Sweden has 17", "of their",
# "it neither", "he declined to", "praised her at length and even waved away what he".
_FUNCTION_END = re.compile(
    r"\b(?:the|a|an|of|to|for|with|in|on|at|by|from|over|into|than|as|and|but|or|nor|neither|either|not|no|that|"
    r"what|which|where|how|why|whose|he|she|they|we|i|you|it|him|them|us|me|his|her|their|its|our|my|your|this|"
    r"these|those|some|any|all|other|such|more|most|so|if|when|while|because|also|just|only|even|"
    r"about|against|between|among|amid|through|during|before|after|under|out|up|down|off|like|then)$")
_FUNCTION_START = re.compile(
    r"^(?:of|to|for|with|in|on|at|by|from|over|into|than|as|or|nor|neither|either|not|no|so|how|what|that['’]s|"
    r"it['’]s|here['’]s|there['’]s|let['’]s|despite|even|earlier|half|has|have|had|higher|told|would|could|should|"
    r"considering|noting|saying|responding|asked|pressed|speaking|referring|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    # "that committee" is one, "that's what Ryan", "they said that his advisers", "especially among" are not
    r"|^(?-i:that|it|he|she|they|we|i|you|[a-z]+ly)\b", re.IGNORECASE)
# (in lower case: "Will Hurd", "May Lind" are names)
_VERB = re.compile(
    r"\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|can|could|would|should|will|shall|may|might|"
    r"must|said|says|told|went|got|made|took|came|gave|saw|knew|thought|brought|spent|brings|shows|means|makes|"
    r"takes|gives|comes|goes|gets|sees|wants|[A-Za-z]+n[’']t|[A-Za-z]*[’'](?:m|ve|re|ll))\b")
_COUNT_ONLY = re.compile(r"\d[\d,.]*|" + "|".join(NUMBER_WORDS), re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?<![\w'’-])([a-z]{3,}(?:ed|ing))\b")
# what may follow a participle inside a noun phrase: "a poll released Friday", "people briefed on the talks"
_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:(?:by|on|in|with|for|from|at|about|over|under|through|throughout|as|early|late|last|this|today|yesterday|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|%s)\b|to [A-Z])" % _MONTH_RE)
# adjectives in -ing or -ed before a noun: "acting chief of staff", "a retired general"
_ADJ_PARTICIPLE = frozenset(
    """acting leading ranking outgoing incoming founding managing presiding sitting reigning governing ruling
    opposing visiting polling accompanying remaining existing ongoing upcoming following unnamed unidentified
    retired elected alleged concerned informed interested detained armed united limited based related
    morning evening thing nothing something anything everything king wing spring string ceiling building
    hearing meeting briefing filing funding spending reporting offering sibling finding warning posting recording
    listing proceeding reading""".split())
_DETERMINER = re.compile(r"(?:^|\s)(?:a|an|the|one|two|three|his|her|their|its|several|many|some|few|multiple|other|"
                         r"[\w.]+['’]s?|\w+ly)$", re.IGNORECASE)
# where a noun phrase's tail begins ("lawmakers who were briefed on the plan"): its verbs are not the speaker's
_TAIL = re.compile(r"\s(?:who|that|familiar|with|briefed|involved|close to|knowledgeable)\s")
_CLAUSE_TAIL = re.compile(r"\s(?:who|familiar|briefed|involved|knowledgeable)\s")  # may end in any word
_LONE_WORD = re.compile(r"^(?:\w+day|tonight|democratic|republican|[\w-]+-leaning|the (?:head|rest|end|top|front|side|bulk|number))$",
                        re.IGNORECASE)


def _speaker_like(src: str) -> bool:
    """Does `src` read as a speaker? No function word at either end, no finite verb, no participle that
    takes an object ("embraced Israel's", "exited saying Trump"), and no possessive left hanging."""
    ends_free = _CLAUSE_TAIL.search(src) or re.search(r"\b(?:for|of|to) (?:him|her|them|us)$", src)  # "a spokesman for her"
    if ((_FUNCTION_END.search(src) and not ends_free) or _FUNCTION_START.match(src) or _LONE_WORD.match(src)
            or (re.match(r"[a-z]+ing\b", src) and src.split()[0] not in _ADJ_PARTICIPLE)):
        return False
    if re.search(r"\b[a-z][\w-]*['’]s?$", src):
        return False  # "They detail the president's": the possessive's noun was cut off
    if _COUNT_ONLY.fullmatch(src):
        return False  # "Nine said": the number's noun is elsewhere
    head = _TAIL.split(" " + src + " ", maxsplit=1)[0]
    if _VERB.search(head):
        return False
    for m in _PARTICIPLE.finditer(head):
        word = m.group(1)
        if word in _ADJ_PARTICIPLE or _AFTER_PARTICIPLE.match(head, m.end()):
            continue
        if word.endswith("ing") and head[m.end():].strip() and head[m.end():].split()[0] not in ("to", "that", "what"):
            continue  # "an accompanying list", "officials representing the Games": a participle in a noun phrase
        if word.endswith("ed") and _DETERMINER.search(head[: m.start()].rstrip()) and head[m.end():].strip():
            continue  # "a recently relieved commander": an adjective after a determiner or adverb
        if word.endswith("ed") and re.fullmatch(r"(?:the|The)(?: (?:two|three|four|five|six|\d+))?", head[: m.start()].strip()):
            continue  # "the two accused", "the injured": the adjective is the noun
        return False
    return True


# common nouns that describe a body by its trade, written before its name at a sentence's start ("Carrier
# Norvale Air said ...", "Regulator Ofcom said ..."): capitalised there only by their place, they are no part of it
_DESCRIBING = frozenset("""carrier airline regulator watchdog broadcaster insurer lender retailer carmaker automaker
drugmaker chipmaker planemaker manufacturer supplier operator developer publisher broker miner brewer grocer
supermarket utility conglomerate""".split())
# ... and the head of a noun phrase of trade, its first word capitalised or not: "Pharmacy chain Medway",
# "retail giant Vendo", "the tech firm Quillnet", "Budget carrier Skyline" (in lower case after its first word:
# in "Medway Pharmacy Group" the words are the name's)
_TRADE_HEADS = _DESCRIBING | frozenset("""chain giant firm company group maker major startup start-up brand provider
producer distributor business outfit multinational bank""".split())
_WORD_SPAN = re.compile(r"\S+")


def _undescribed(src: str) -> str:
    """`src` without a describing noun or noun phrase before its name: 'Carrier Norvale Air' -> 'Norvale
    Air', 'Pharmacy chain Medway' -> 'Medway'. Not when the next word is a plural ('Airline Pilots
    Association', 'Utility Workers Union': the noun is the name's own first word), nor when no name follows
    ('Carrier said')."""
    spans = [*_WORD_SPAN.finditer(src)][:5]
    for i, w in enumerate(spans[:-1]):
        word = w.group()
        if i and not word[:1].islower():
            return src  # a name's word ("Medway Pharmacy Group")
        # (a trade's word alone may be a name's first: "Group Lotus", "Bank Leumi")
        if word.lower() in (_DESCRIBING if i == 0 else _TRADE_HEADS) and re.match(r"[A-Z0-9]", spans[i + 1].group()):
            break
    else:
        return src
    rest = src[spans[i + 1].start():]
    first = rest.split()[0]
    if re.fullmatch(r"[A-Z][a-z]+[^s]s", first) or not all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "and", "&")
                                                           for w in rest.split()):
        return src
    return rest


# "added" is speech before a clause, "that", a colon or a quotation, and as a tag (", he added."); with a noun
# object it is an act: "Mbeki added a goal in the 55th minute", "the economy added 200,000 jobs"
_ADDED = re.compile(r"\s+(?:(?:has|have|had|also|then|later|\w+ly)\s+)?(?:added|adds)\b")
_OBJECT_CLAUSE = re.compile(r"[^,;:.!?\"“”]*")
_NOT_OBJECT = re.compile(r"\s*$|\s+(?:that|on|in|at|during|after|before|later|also|then|yesterday|today|tonight|"
                         r"earlier|afterwards?|when|while|as|if|to\s+(?:reporters|journalists)"
                         # (an object that is words: "added a warning to the label")
                         r"|(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:warning|caveat|comment|note|statement|plea|proviso)s?)\b")
_CLAUSE_VERB = re.compile(r"(?<![-'’])\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|"
                          r"[a-z]{2,}ed|[a-z]+n['’]t)\b")


def _adds_object(after: str) -> bool:
    """Does `after`, the text after a subject, open with "added" and a noun object (an act, no speech)?"""
    verb = _ADDED.match(after)
    if not verb:
        return False
    rest = _OBJECT_CLAUSE.match(after, verb.end()).group()
    return not _NOT_OBJECT.match(rest) and not _CLAUSE_VERB.search(rest)


# a party and state after a name ("(D-N.Y.)", "(R)", ", R-Texas,", ", D-Calif."), set off by parentheses or commas
# (the comma after it kept before a description: "according to Sen. Ona Pell, D-Ill., the party's whip")
_PARTY_AFTER_NAME = re.compile(r"(?<=[\w.])(?:\s*\([DRI](?:[-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\)"
                               r"|,\s+[DRI][-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
                               r"(?:,(?!\s+(?:the|an?|who|whose|which|his|her|their|its|one)\b|\s+[A-Z])|(?=,|\.?\s*[\"”]?\s*$)))")


_POSSESSIVE_BEFORE_ROLE = re.compile(r"^(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?=(?:[a-z][\w'’-]*\s+){1,3}[A-Z][\w\u00C0-\u024F'’-]*\s+[A-Z])")


@dataclass(frozen=True)
class Attribution:
    source: str  # who the outlet says the information comes from, as written
    start: int  # span of the whole attributing phrase inside the sentence
    end: int


def attribution(sentence: str) -> Attribution | None:
    """Who a sentence says its information comes from, if it names anyone: "according to the AP",
    "the State Department said", "Caracas says ...". Quoted speech inside the sentence is ignored
    (a speaker inside a quotation is not the sentence's source)."""
    masked = mask_quotes(sentence)
    if "-" in masked or "(" in masked:
        # ("Senator Ann Vell (D-N.Y.) said", "Rep. Tom Hale, R-Texas, said": the party is no part of the name,
        # and blank, it lets the name stand next to its verb)
        masked = _PARTY_AFTER_NAME.sub(lambda t: " " * len(t.group()), masked)
    for pat in _ATTRIBUTION_PATTERNS:
        m = pat.search(masked)
        if not m:
            continue
        src = _PARTY_AFTER_NAME.sub("", sentence[m.start("src"): m.end("src")]).strip(" ,.\"“”'")
        if _adds_object(masked[m.end("src"):]):
            continue  # "Jonah Mbeki added a goal": an act, not speech
        # "After Trump announced tariffs, his administration granted ...": what follows a subordinate
        # clause's verb of saying is not from its subject
        if _SUBORDINATE.match(src) or re.search(r"\bwhat\s+$", masked[: m.start("src")]):
            continue  # ... nor is "what Mrs. Clinton said" Mrs. Clinton's to say
        if re.match(r"[a-z]+ by\b", m.group()) and _FIGURE_BEFORE.search(masked[: m.start()]):
            continue  # "higher than the 6.1 first reported by X": X is the source of that figure only
        # "though officials say", "Yet Speaker Pell", "On Monday Pike said": the word before the source is not it
        src = re.sub(r"^(?:(?:and|but|while|as|also|though|although|yet|then|later|now|however|meanwhile|afterwards?)\s+"
                     r"|(?:on|by) \w+day\s+)", "", src, flags=re.IGNORECASE)
        # "according to data released Sunday by the CDC": the source is who released it
        src = re.sub(r"^[^,]*?\b(?:released|published|compiled|issued|collected)(?: \w+)? by (?=the |[A-Z])", "", src)
        # "Mayor Lind had also", "Trump swiftly", "Quillnet today": the words between a speaker and the verb are not the speaker
        while (trimmed := re.sub(r"\s+(?:also|still|long|first|nevertheless|now|again|even|just|already|later|previously|earlier|"
                                         r"then|had|has|have|today|yesterday|tonight|on \w+|[a-z]+ly)$", "", src)) != src:
            src = trimmed
        src = _undescribed(src)
        # "its spokesman Yusuf Hamdan": a role and the name say who it is; the possessive points back to a body
        # the label does not show (read alone, "its" names no one)
        src = _POSSESSIVE_BEFORE_ROLE.sub("", src)
        # (a description may run on: "two aides familiar with the plan who described it on condition of
        # anonymity"; its words before "familiar", "who", ... are few)
        if (not src or _SELF.match(src) or _NOT_A_SOURCE.search(src) or not _speaker_like(src)
                or len(_CLAUSE_TAIL.split(" " + src + " ", maxsplit=1)[0].split()) > 9 or len(src.split()) > 16
                or "_" in masked[m.start("src"): m.end("src")]
                or any(c in src for c in "\"“”") or fold(src) in STOPWORDS):
            continue
        return Attribution(src, m.start(), m.end())
    return None


_PRONOUN_SAY = re.compile(rf"(?<![\w'’])(?P<a>[Hh]e|[Ss]he)\s+(?:also\s+|later\s+|then\s+)?{_SAY}\b|,\s+{_SAY}\s+(?P<b>he|she)\b")
_NOT_PERSON = re.compile(
    r"\b(?:department|ministry|police|agency|office|service|authority|company|inc|corp|association|union|council|"
    r"committee|court|government|house|army|party|group|board|bureau|commission|university|hospital|team|"
    r"administration|spokes\w*|officials?|reports?|data|media|network|news|times|post)\b|^(?:the|an?)\b", re.IGNORECASE)


def pronoun_attribution(sentence: str) -> Attribution | None:
    """'"…," she said' / 'He told reporters that …': a source named only by a pronoun. The
    Attribution's source is the pronoun; whom it stands for is the caller's to resolve (`person`)."""
    masked = mask_quotes(sentence)
    # (not "He added a second goal": an act)
    m = next((m for m in _PRONOUN_SAY.finditer(masked) if not (m.group("a") and _adds_object(masked[m.end("a"):]))), None)
    return Attribution(m.group("a") or m.group("b"), m.start(), m.end()) if m else None


_TITLED = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Judge|President|Senator|Governor|Mayor|"
                     r"Representative)\.?\s+(?P<name>[A-Z][\w\u00C0-\u024F-]+(?:\s+(?:[A-Z]\.|[A-Z][\w\u00C0-\u024F-]+)){0,3})")
_TITLE_PRONOUN = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she"}
_OBJECT = {"he": "him", "she": "her"}
_POSSESSIVE = {"he": "his", "she": "her"}
_AFTER_PREPOSITION = re.compile(r"\b(?:with|to|for|of|by|from|about|against|at|on|than|toward|towards|between)\s+$", re.IGNORECASE)


def titled_person(text: str, pronoun: str) -> str | None:
    """The first person `text` names with a title ('Mr. Bush', 'Sen. Ona Pell') whom `pronoun` ('he',
    'she') can stand for, the sentence's subject as a rule: 'When Mr. Bush released his returns, he
    said …' is Bush's, whoever spoke before."""
    for m in _TITLED.finditer(mask_quotes(text)):
        if text[m.end(): m.end() + 2] in ("'s", "’s"):
            continue  # "President Biden's adviser": someone else is meant
        if _AFTER_PREPOSITION.search(text[max(0, m.start() - 12): m.start()]):
            continue  # "After talks with Mr. Kim, Mr. Trump said": the subject is not in a prepositional phrase
        if _TITLE_PRONOUN.get(m.group("title"), pronoun.lower()) == pronoun.lower():
            return m.group("name")
    return None



_NOT_VERB = frozenset("this his its thus plus us yes".split())  # words in -s _FINITE takes for verbs
# (and a capitalised word is a name: "United States", "Ted"); a word in -s after a preposition or a
# determiner is a plural noun: "After talks with ...", "the comments"
_NOUN_IN_S = re.compile(r"\b(?:after|before|during|amid|following|with|of|in|on|the|a|an|his|her|their|its|our|"
                        r"some|many|several|these|those)\s+[a-z]+s$", re.IGNORECASE)
_WHEN_WORDS = frozenset("earlier later last next this late early".split())
# what puts a name out of the subject: "After talks with Ida Moss, ...", "Unlike Tomas Lind, ..."
_NOT_SUBJECT = re.compile(r"\b(?:with|to|for|of|by|from|about|against|at|on|in|into|than|toward|towards|between|"
                          r"after|before|when|while|since|as|if|like|unlike|despite|besides|following)\b", re.IGNORECASE)


_ADVERBS_AFTER = re.compile(r"(?:\s+(?:also|then|later|again|now|still|already|never|once|[a-z]{3,}ly))+$")
# a subject that is "the" and a role in a few lower-case words ("The chief justice", "But the attorney general")
_THE_ROLE_SUBJECT = re.compile(r"\s*(?:(?:But|And|So|Yet|Then)\s+)?[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*$")


def subject_person(sentence: str, pronoun: str, before: str = "") -> str | None:
    """The person whom a sentence's subject names ahead of its first verb and `pronoun` ('he', 'she')
    can stand for: 'Britain's foreign secretary, Boris Johnson, used ...' -> 'Boris Johnson'; 'Ramirez
    is from Mexico' -> 'Marely Ramirez' when the text `before` wrote the name in full; 'Vice President
    Kamala Harris had ...' -> 'Kamala Harris'. None when the subject is no person."""
    masked = mask_quotes(sentence)
    verb = next((v for v in _FINITE.finditer(masked) if v.group(0).islower() and v.group(0) not in _NOT_VERB
                 and not _NOUN_IN_S.search(masked[: v.end()])), None)
    if not verb:
        return None
    role = None  # the role that is the subject, when no name is ("The chief justice also asked ...")
    for segment in re.split(r"[,;:—–(]", masked[: verb.start()]):
        # "Representative Tomas E. Varn of Kessaly, ...": the person, not the place they are of
        # (after two capitalised words at least: "Secretary of State Ann Vell" is no one "of State")
        segment = re.sub(r"(\b[A-Z][\w'’.\-]* [A-Z][\w'’\-]*) of [A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)*$", r"\1",
                         _ADVERBS_AFTER.sub("", segment.strip()))  # ("Netanyahu also made ...": the name is the subject)
        if not segment or not re.search(r"[A-Z]", segment):
            continue
        name = _person(segment)
        while name.split() and fold(name.split()[0]) in _NAME_STOP:
            name = name.split(" ", 1)[1] if " " in name else ""  # "But Justice Ona Pell": the name begins after "But"
        if not name:
            continue
        if name[:1].islower():
            # "The chief justice also asked ...": a role, no name, is the subject; "he" is the one person the
            # text named with it ("Chief Justice Ida Marlow"), unless an apposition names them ("..., Ida Marlow,")
            # (only "the" and a role in a few words: not "a justice", "his lawyer", "I accept that the president")
            if role is None and (the_role := _THE_ROLE_SUBJECT.match(segment)):
                role = the_role.group("role").strip()
            continue
        lead = segment[: segment.rfind(name)] if name in segment else segment
        if (_NOT_SUBJECT.search(lead) or re.search(r"\b(?:a|an|the)\s*$", lead, re.IGNORECASE)
                or re.search(rf"\b{_POSSESSIVE[pronoun]}\b", lead, re.IGNORECASE)):
            # "During talks with Ida Moss, Tom Hale ...": a name in a prepositional or subordinate phrase;
            # "..., a Vellmoor Democrat, ...": a description; "Her son Tom Hale ... she said": someone else
            continue
        titled = _TITLED.search(segment)
        if titled and segment[titled.end(): titled.end() + 2] in ("'s", "’s"):
            continue  # "Following President Obama's comments, ...": someone else is meant
        if titled:
            return titled.group("name") if _TITLE_PRONOUN.get(titled.group("title"), pronoun) == pronoun else None
        if _NOT_PERSON.search(name) or corporate(name):
            return None  # an organisation is no "he" or "she"
        if " " not in name:
            name = full_name(name, before)
        parts = name.split()
        if (not all(w[:1].isupper() for w in parts) or fold(parts[0]) in _NAME_STOP | _WHEN_WORDS
                or any(fold(w) in _WEEKDAYS or fold(w) in _MONTHS for w in parts)):
            continue  # "Britain's foreign secretary, Boris Johnson, ...", "Earlier Sunday, ...": no name yet
        if 2 <= len(parts) <= 4:
            return name
        return None
    return _subject_role_holder(role, before[-ROLE_REACH:]) if role else None


_TITLE_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")  # ("Vice President Mike Pence" is no "the president")


def _subject_role_holder(role: str, before: str) -> str | None:
    """The one person the text `before` names with the role phrase `role` in full ('chief justice': 'Chief
    Justice Ida Marlow', 'Ida Marlow, the chief justice'), whom a sentence with 'the chief justice' as its
    subject speaks of; None when it names none or several, or names the role's holder only with a longer
    title ('the president' is not 'Vice President Mike Pence')."""
    holder = _role_holder(role.split()[-1], before)
    if not holder or any(fold(w) in _WEEKDAYS or fold(w) in _MONTHS for w in holder.split()):
        return None  # (nor "Biden Thursday": a day after the name)
    key = speaker_key(holder)
    masked = mask_quotes(before)
    seen = False
    for m in _role_pattern(role).finditer(masked):
        name = m.group("a") or m.group("b") or m.group("c")
        if (m.group("a") and _TITLE_WORD_BEFORE.search(masked, max(0, m.start() - 40), m.start())
                or m.group("b") and not re.match(r",\s+the\s", masked[m.end("b"):])  # ("Facebook, a federal judge")
                or masked[m.end(): m.end() + 1] in ("'", "’")  # ("Kellyanne Conway, the president's counselor")
                or speaker_key(full_name(re.sub(r"['’]s$", "", _POST_NOMINALS.sub("", name).strip(" ,.")), before)) != key):
            return None  # (someone else holds the role, or the holder has another title)
        if m.group("b") and re.match(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b", masked[m.end():]):
            continue  # "In interviews with Mr. Tal, the governor pointed to ...": the role opens a clause, no apposition
        # ("President Vladimir V. Putin of Russia": a place's president, not the one a story calls "the president")
        seen = seen or not re.match(r"\s+of\s+[A-Z]", masked[m.end():])
    return holder if seen else None


def previous_subject(before: str, pronoun: str) -> str | None:
    """Whom 'he' or 'she' opening a sentence stands for when the text `before` it ends in a sentence whose
    subject is a person: 'Trump held meetings with oil executives. He stated that ...' -> 'Trump' (in
    full when the text wrote the name in full before). None when that subject is no person, when it is
    the other pronoun's ('Mr. Lind met ... She said'), or when the sentence before is inside a quotation."""
    pronoun = pronoun.lower()
    if pronoun not in _OBJECT:
        return None
    if open_quote(before, len(before)):
        return None  # '"... Democrats must come to the table. It's time ...," he said': the sentence before is his words
    sentence = _last_sentence(before[-800:])
    if re.search(rf"\basked {_OBJECT[pronoun]}\b", sentence):
        return None  # 'Rep. Ona Pell asked her if ... She said': the one asked answers, not the asker
    if re.search(rf"[,;]\s+{_SAY}\s+(?:[A-Z][\w'’.\-]*\s+){{0,5}}[A-Z][\w'’\-]*\s*(?:,|\.?\s*$)",
                 mask_quotes(sentence)):
        return None  # '..., said Rick Tyler, a Republican consultant.': the sentence names its own speaker
    subject = subject_person(sentence, pronoun, before)
    if not subject or _pronoun_of(subject, before) not in (None, pronoun):
        return None
    # 'Mr. Kristol' -> 'William Kristol'; 'Vice President Harris' is 'Harris', not 'President Harris'
    return _person(full_name(subject, before))


# one person a source names by a role alone: "the chief executive", "The company's chief executive", "Halvorsen's
# chief executive", "a spokeswoman for Halvorsen", "a source close to the talks" (the role's head noun last)
_ROLE_ONLY = re.compile(r"(?P<det>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*['’]s\s+)?"
                        r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+)"
                        r"(?P<role>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))"
                        r"(?:\s+(?:for|of|at|to|with|from|close|familiar|briefed|who)\b[^,]*)?")


def role_only(source: str, before: str = "") -> str | None:
    """The one person `source` names by a role alone, whom a later "he said" stands for: the person the text
    `before` names with that role ("Ida Moss, the chief executive") when a definite role ("the chief
    executive", "Halvorsen's chief executive") has one holder there, else the source as written. None when
    the source is a name, a body or several people ("officials", "the ministry", "Ida Moss")."""
    m = _ROLE_ONLY.fullmatch(source.strip())
    if not m:
        return None
    head = m.group("head")
    roles = _PERSON_ROLES | _SPEAKS_FOR
    if (head not in roles or head in _SPEAK_FOR_MANY or head.endswith(("men", "people"))
            or (head.endswith("s") and head[:-1] in roles)):
        return None  # ("the company", "the judges": a body, several people)
    definite = not re.match(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s", m.group("det"))
    holder = _subject_role_holder(m.group("role"), before[-ROLE_REACH:]) if definite and before else None
    return holder or source.strip()


def previous_role(before: str) -> str | None:
    """Whom 'he' or 'she' opening a sentence stands for when the text `before` it ends in a sentence whose
    subject is one person named by a role alone ('The company's chief executive met analysts on Monday.'), as
    `role_only` gives it; None otherwise (a name there is `previous_subject`'s)."""
    if open_quote(before, len(before)):
        return None
    masked = mask_quotes(_last_sentence(before[-800:]))
    verb = next((v for v in _FINITE.finditer(masked) if v.group(0).islower() and v.group(0) not in _NOT_VERB
                 and not _NOUN_IN_S.search(masked[: v.end()])), None)
    if not verb:
        return None
    # (the words before the verb, whole: "In Vell, the chief executive ..." is left alone)
    subject = re.sub(r"^(?:But|And|So|Yet|Then)\s+", "", _ADVERBS_AFTER.sub("", masked[: verb.start()].strip()))
    return role_only(subject, before) if subject and "," not in subject else None


def is_body(source: str) -> bool:
    """Whether an attribution names an organisation or an office ('the ministry', 'police', 'the State
    Department'), which a later 'it' or 'they' may stand for."""
    return bool(_NOT_PERSON.search(source)) or corporate(source)


# the word a company's or an institution's name ends on, after its own ("Brightmere Analytics", "Norvale
# Airlines", "Kessel Capital"): a name of two capitalised words is no person's when its last is one of these
# (none is a surname: "Banks", "Steel" are, and are left out)
_CORPORATE_LAST = frozenset("""systems analytics airlines airways holdings technologies technology tech
pharmaceuticals pharma therapeutics biotech industries motors automotive laboratories labs insurance logistics
solutions software networks communications telecom telecoms energy petroleum resources capital partners investments
securities financial bancorp ventures enterprises brands foods beverages studios entertainment pictures publishing
shipping railways airport airports mining metals chemicals electronics semiconductors devices robotics stores
markets exchange fund foundation institute corporation limited ltd llc plc gmbh""".split())


def corporate(source: str) -> bool:
    """Whether `source` is an organisation named by a word of its kind closing its name ('Brightmere
    Analytics', 'Halvorsen Systems Inc.'), not a person ('Halvorsen chief executive Tobias Renner')."""
    parts = _person(source).split()
    return len(parts) >= 2 and parts[-1][:1].isupper() and fold(parts[-1].strip(".,")) in _CORPORATE_LAST


def person(source: str) -> str | None:
    """The person an attribution names ('Vellmoor mayor Tomas Lind' -> 'Tomas Lind'), or None when it
    names an organisation, an office or a document ('the State Department', 'hospital officials',
    'Brightmere Analytics')."""
    if _NOT_PERSON.search(source):
        return None
    name = _person(source)
    parts = name.split()
    return (name if 2 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts)
            and fold(parts[-1].strip(".,")) not in _CORPORATE_LAST else None)  # (not "Brightmere Analytics")


# nouns that, written before a name or alone, describe a source and are no part of its name
_ROLE_NOUNS = frozenset("""police officials authorities witnesses residents passengers passenger owner owners witness
resident survivor survivors neighbour neighbors neighbours neighbor worker workers rescuers firefighters investigators
officers shopkeepers doctors nurses teachers parents families relatives villagers miners crew crews analysts experts
critics lawyers prosecutors scientists researchers economists""".split())


_TITLES = frozenset("""secretary president minister governor senator mayor chairman chairwoman director ambassador
general prime vice chief commissioner judge justice speaker sheriff representative""".split())


def in_sentence(source: str, text: str = "") -> str:
    """A source as written at a sentence's start ('Police', 'Owner Tam Brisk', 'Rescue chief Oda Fenn'), as
    it reads inside one ('police', 'owner Tam Brisk', 'rescue chief Oda Fenn'): its first word in lower case
    when that is a role noun, or when the article `text` writes it in lower case elsewhere and no name
    follows it ('Rescue chief', not 'Bayline chief' nor 'Will Hurd'). "The" before a name is lowered when
    the article writes it so ("the Dockers' Union"); "The harbour ministry" stays for the caller to lower."""
    m = re.match(r"([A-Z][a-z'’-]+)(?=(\s+\S+)?)", source)
    if not m or m.group(1) in ("An", "A"):
        return source
    if m.group(1) == "The":
        rest = source[3:]
        return "the" + rest if rest[1:2].isupper() and re.search(rf"\bthe{re.escape(rest)}\b", text) else source
    word = m.group(1).lower()
    nxt = (m.group(2) or "").strip()
    if word in ("his", "her", "their", "its", "our", "my", "your") and nxt[:1].islower():
        return word + source[m.end(1):]  # "His defence team": a possessive is lower case inside a sentence
    if nxt[:1].isupper() and (_TITLE_WORDS.match(nxt + " ") or _NOT_PERSON.search(nxt)):
        return source  # "Police Chief Ann Moss", "Police Department": a title or a body's name
    if word in _TITLES:
        return source  # "Secretary of State John Kerry": a title keeps its capital
    # (written in lower case in the article's prose, not in a web address: "wikileaks.org")
    common = word in _ROLE_NOUNS or (
        (not nxt or nxt[:1].islower())
        and _in_prose(word, text))
    if common:
        return word + source[m.end(1):]
    # "Education minister Anders Kvale", "Lead author Ida Moss of ...": a word of a role's, capitalised as the
    # sentence's first, before the role's noun in lower case and a name (not a body's, a party's or a place's
    # name that may stand there: "Pentagon spokesperson", "Labour leader", "Bayline chief" keep their capital)
    role = _ROLE_BEFORE_NAME.match(source)
    return word + source[m.end(1):] if role and word in _ROLE_MODIFIERS else source


_ROLE_BEFORE_NAME = re.compile(r"[A-Z][a-z'’-]+\s+(?:[a-z][\w'’-]*\s+){1,2}(?=[A-Z][\w\u00C0-\u024F'’-]*\s+[A-Z])")
# words that open a role written before a name: its rank, or a minister's or a spokesman's portfolio
_ROLE_MODIFIERS = frozenset("""lead senior junior deputy former acting interim assistant associate principal
education health finance foreign interior defence defense justice transport environment energy agriculture trade
economy culture housing immigration security""".split())


def word_char(c: str, also: str = "") -> bool:
    """What re's \\w matches (a letter, a digit, "_"), or one of the characters `also`: for searches by hand
    where a pattern compiled for each word would cost more than the search."""
    return c.isalnum() or c == "_" or c in also


def _in_prose(word: str, text: str) -> bool:
    """Whether `text` writes `word` as a word of its own, not in a web address or an e-mail ("wikileaks.org",
    "press@pellin.com")."""
    i = text.find(word)
    while i != -1:
        j, k = i - 1, i + len(word)
        if ((j < 0 or not word_char(text[j], "'’./@-"))
                and (k == len(text) or not (word_char(text[k], "'’@-")
                                            or text[k] == "." and k + 1 < len(text) and word_char(text[k + 1])))):
            return True
        i = text.find(word, i + 1)
    return False


def mask_quotes(s: str) -> str:
    """The sentence with quoted stretches blanked out (same length, so offsets still hold)."""
    if '"' not in s and "“" not in s:
        return s  # (most sentences quote nothing, and are asked often)
    return _QUOTED_STRETCH.sub(lambda m: "\"" + "_" * (len(m.group(0)) - 2) + "\"", s)


_QUOTED_STRETCH = re.compile(r"[\"“][^\"“”]*[\"”]")


# ------------------------------------------------------------------------------------------ quotes

@dataclass(frozen=True)
class Quotation:
    text: str  # the quoted words, without the quotation marks
    start: int  # offsets of the quoted words in the text passed to quotations()
    end: int
    speaker: str | None


# every pair of marks in order, however short the words between them: a short one ("No," she said; called it
# "a con") skipped by length after matching would otherwise put the next pair out of step, reading the
# narrative between two quotations as one and losing the next ('"We won," Moss said, "and we will ..."')
_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”\n]+?)[\"”]")
QUOTE_MIN_CHARS = 12  # characters, and QUOTE_MIN_WORDS words: shorter quoted words are a label, not speech
QUOTE_MIN_WORDS = 3  # ('called it "fake news"', 'a "con"'; "a reckless gamble" is a phrase of the speaker's)
_PARTY_TAG = r"(?:\s+\([A-Z][\w.-]{0,10}\))?"  # "Kristi Noem (R) tweeted", "Ro Khanna (D-Calif.) said"
_SPEAKER_AFTER = re.compile(
    rf"^[,.!?]?\s*(?:(?P<a>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){{0,4}}|he|she|they){_PARTY_TAG}\s+{_SAY}"
    # ('said Northline chief executive Dara Quint': a company, its role in lower case, then the person)
    rf"|{_SAY}\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s+{_ROLE_WORD}{{1,3}}"
    rf"(?P<e>[A-Z][\w\u00C0-\u024F'’-]*(?:\s+[A-Z][\w\u00C0-\u024F'’-]*){{1,3}})(?=\s*(?:[,.;!?(]|$))"
    # ('said White House Press Secretary Ona Pell': six capitalised words; 'said Democracy for America': a body
    # whose one-word name goes on with "for")
    rf"|{_SAY}\s+(?P<b>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+for\s+[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){{0,3}}"
    rf"|(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){{0,6}})))"
    # ('said passenger Ida Moss.', 'said senior adviser Tom Hale, who ...': a role before the name that ends
    # the clause; not 'said a White House spokesman', 'said one Democrat who ...': a speaker described)
    rf"|^[,.!?]?[\"”]?\s*{_SAY}\s+(?!(?:a|an|the|one|another)\s){_ROLE_WORDS}"
    r"(?P<d>[A-Z][\w\u00C0-\u024F'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w\u00C0-\u024F'’-]*)){0,4})"
    # ('said march organiser Rosa Delacourt of the Clear Water Alliance.': the body she is of is no part of her name)
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\u00C0-\u024F'’-]*(?:\s+[A-Z][\w\u00C0-\u024F'’-]*){0,4})?(?=\s*(?:[,.;!?(]|$))"
    # ('Professor Ana Reyes of the University of Kalmere said': a body's name may hold "of" and run long)
    r"|^[,.!?]?\s*(?:the\s+)?(?P<c>[\w\s'’-]{0,40}?\b[A-Z][\w\u00C0-\u024F'’.-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u00C0-\u024F'’.-]*){0,3})"
    + _PARTY_TAG + r"\s+" + _SAY,
)
# '"...," Varga later told reporters', '"...," Moss has said': a word between the name and the verb of a tag set off
# by a comma (after a full stop, 'Mattis has denied ...', 'The ministry also said ...' is a sentence of its own)
_SPEAKER_AFTER_LATER = re.compile(
    r"^,?\s*(?P<a>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){0,4}|he|she|they)"
    rf"{_PARTY_TAG}\s+(?:has|had|have|also|then|later|again)\s+{_SAY}")
# '"...," one council member said', '"...," the president said in a post': a speaker described, not named
_UNNAMED_AFTER = re.compile(rf"^[,.!?]?\s*(?:the|a|an|one|another|two|three|several|some)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,4}}\s+{_SAY}\b")
# a verb that puts words of the speaker's on something: 'Helen Marrick called the plan "a reckless gamble"'
_CALL = r"(?:called|calls|branded|brands|dubbed|dubs|labell?ed|labels|described|describes)"
_SPEAKER_BEFORE = re.compile(
    # (no second verb of saying after the first: in 'Comey said the president told him, "..."' the words
    # are the president's)
    rf"(?P<a>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){{0,4}})\s+(?:(?:has|had|have|also|then|later|once)\s+)?(?:{_SAY}|{_CALL})\b"
    rf"(?:(?!\b{_SAY}\b)[^\"“]){{0,40}}[,:]?\s*$"
)
# ... with a clause, a description, an age or a party tag set off by commas between the name and the verb:
# 'Rosa Delacourt, who organised the march, said: "...', 'Tomas Quell, 52, said', 'Ida Moss, a nurse at the
# clinic, said', 'Ada Brenn of Pellam, who ..., said'. The name opens its clause: not 'the mayor of Mesa,
# who ..., said', 'a spokesman for Third Way, a research group, said' (their words are the person's before)
_SPEAKER_BEFORE_SET_OFF = re.compile(
    # (not a time or a place the sentence opens with: 'On Monday, the mayor, who was absent, said')
    # (nor a name a description ends on: 'the mayor of Mesa, who ..., said', 'a spokesman for Third Way, a ...')
    rf"(?=[A-Z])(?<![\w'’-])"
    + "".join(rf"(?<!\b{w}\s)" for w in ("of", "for", "to", "at", "by", "from", "with", "in", "on", "and", "or")) +
    rf"(?!(?:On|In|At|By|For|From|After|Before|During|Since|Until|When|While|As|But|And|"
    rf"Then|Earlier|Later|Last|This|That|The|An?|Speaking|Meanwhile|However)\b)"
    # (atomic: the capitalised run is the name whole, no shorter part of it is tried again)
    rf"(?P<a>(?>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){{0,4}})"
    rf"(?>\s+of\s+(?:the\s+)?[A-Z][\w\u00C0-\u024F'’-]*(?:\s+[A-Z][\w\u00C0-\u024F'’-]*){{0,2}})?)"
    + "".join(f"(?<!{d}day)" for d in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")) +
    # ('Justice Oskar Fell, writing for the minority, said', 'Holt, in a statement, said': what they did as they spoke)
    # ('Lia Cort, his spokeswoman, said': a role the possessive ties to someone else is still hers)
    rf"(?:,\s+(?:(?:who|whose|an?|the|his|her|their|its)\s+[^,;:\"“”\n]{{1,80}}|\d{{1,3}}|[A-Z]{{1,2}}-[A-Z][\w.]{{0,10}}"
    rf"|[a-z]{{2,}}ing\s+[^,;:\"“”\n]{{1,80}}|(?:in|on|at)\s+(?:an?|the|his|her|their|its)\s+[^,;:\"“”\n]{{1,60}})){{1,3}},"
    rf"\s+(?:(?:has|had|have|also|then|later|once)\s+)?(?:{_SAY}|{_CALL})\b"
    rf"(?:(?!\b{_SAY}\b)[^\"“]){{0,40}}[,:]?\s*$"
)
# 'The association's lawyer, Dagny Holt, said the ruling was "...': a role opens the sentence, then the name set off
# by commas, then the verb (the role's owner is not the speaker; cf. _ROLE_NAMED_AFTER)
_ROLE_NAMED_BEFORE = re.compile(
    r"^\s*(?:(?:But|And|So|Yet|Then)\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir"
    r"|[A-Z][\w\u00C0-\u024F'’.&-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.&-]*){0,3}['’]s)\s+[^,;:\"“”\n]{1,80}?,\s+"
    r"(?P<a>[A-Z][\w\u00C0-\u024F'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w\u00C0-\u024F'’-]*)){1,3}),\s+"
    rf"(?:(?:has|had|have|also|then|later|once)\s+)?{_SAY}\b(?:(?!\b{_SAY}\b)[^\"“]){{0,40}}[,:]?\s*$")
# 'Ivar Strand told reporters outside the court in Eskemor that the judgment "...': the words the verb reports in
# its that-clause, further from it than _SPEAKER_BEFORE reaches (no comma, nor a second verb of saying or calling
# on the way: in 'Lund said the villagers, whose lawyer called it "..."' the words are not Lund's)
_SPEAKER_BEFORE_THAT = re.compile(
    r"(?<![\w'’.-])(?P<a>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){0,4})\s+"
    rf"(?:(?:has|had|have|also|then|later|once)\s+)?{_SAY}\b(?:(?!\b(?:{_SAY}|{_CALL})\b)[^\"“,;:]){{0,80}}?"
    rf"\bthat\b(?:(?!\b(?:{_SAY}|{_CALL})\b)[^\"“,;:]){{0,60}}$")
# 'Mayor Hanna Drew ordered checks on all 23 road bridges and said: "...': the sentence's subject does something,
# then says the words ("and said"); what it did holds no clause with a subject of its own (no verb of saying
# or calling, no "who", "after", "when": in 'Drew ordered checks after engineers found cracks and said' the
# engineers may be the ones who said it), nor another name
_SUBJECT_AND_SAID = re.compile(
    r"^\s*(?:(?:But|And|So|Yet|Then)\s+)?"
    r"(?!(?:On|In|At|By|For|From|After|Before|During|Since|Until|When|While|As|Then|Earlier|Later|Last|This|That|"
    r"These|Those|The|An?|It|Its|There|Here|Speaking|Meanwhile|However)\b)"
    r"(?P<a>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){0,4})\s+"
    r"(?!(?:and|or|of|for|de|van|von|da|del|der)\b)(?P<mid>[a-z]"
    r"(?:(?!\b(?:who|whom|whose|which|after|before|when|while|as|because|since|until|if|though|although|"
    rf"{_SAY}|{_CALL})\b)[^\"“”;:\n]){{0,160}}?)"
    rf",?\s+and\s+(?:(?:also|then|later)\s+)?{_SAY}\b(?:(?!\b{_SAY}\b)[^\"“]){{0,40}}[,:]?\s*$")
_TWO_NAMES = re.compile(r"[A-Z][\w\u00C0-\u024F'’.-]*\s+[A-Z][\w\u00C0-\u024F'’.-]*")


def _subject_and_said(masked: str) -> re.Match[str] | None:
    """`_SUBJECT_AND_SAID`'s match, unless what the subject did names another person (two capitalised
    words: 'Drew met Ola Pike and said' may be either's words)."""
    if " and " not in masked:
        return None  # (most sentences have none: no pattern to run)
    m = _SUBJECT_AND_SAID.match(masked)
    return m if m and not _TWO_NAMES.search(m.group("mid")) else None


# 'Lars Ekholm said inflation was "still far too high" and that the bank "will do what it takes"': a second
# that-clause of the verb that gave the quotation before its words (no other verb of saying in between; matched
# from the first quotation's end to the second's start)
_AND_THAT = re.compile(rf"[\"”][,]?\s+(?:and|but)\s+(?:also\s+)?that\b(?:(?!\b(?:{_SAY}|{_CALL})\b)[^\"“”.!?;:\n]){{0,80}}$")
# 'The lawyer who represented Ola Berg said "...': a name in a relative clause is not the clause's subject (unless the
# clause gives the subject's own name: 'A woman who gave her name only as Ada Berg said')
# (words of the clause before the name: "To which Duncan replied" is Duncan's reply)
_IN_RELATIVE = re.compile(r"\b(?:who|whom|which)\s(?![^,;:]*\b(?:name|named|called|identified|introduced)\b)[^,;:]*\w[^,;:]*$")
# 'Thorne Vell, professor of geology at the University of Pellam, North Shore said': the name that opens the
# clause is the speaker; the capitalised words before the verb end the description set off after it
_APPOSED = re.compile(
    r"^(?:[^\n]*?[\"”])?\s*[,.!?]?\s*(?P<name>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){1,3}),\s+(?:the\s+|an?\s+)?"
    rf"[a-z][^\"“”\n]{{0,200}}?,\s+[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){{0,3}}\s+{_SAY}\b")
# '"...," Anneli Sorvik, chief executive of Pellin Shipping, told reporters.' / '"...," Sorvik, the chief
# executive, said.': the name, what they are set off by commas (no comma inside), then the verb
_APPOSED_SAY = re.compile(
    r"^[,.!?]?\s*(?P<name>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){0,3}),\s+"
    rf"(?:the\s+|an?\s+)?[\w\u00C0-\u024F'’][^\"“”\n,]{{0,80}},\s+{_SAY}\b")
# '"...," the company's spokesman, Per Lindqvist, said.' / 'the board's chief investigator, Hedda Solvang, told
# reporters': a role, then the name set off by commas, then the verb (the role's owner is not the speaker)
_ROLE_NAMED_AFTER = re.compile(
    r"^[,.!?]?\s*(?:the|an?|its|his|her|their|[A-Z][\w\u00C0-\u024F'’.&-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.&-]*){0,3}['’]s)\s+"
    r"(?:[\w\u00C0-\u024F'’&-]+\s+){0,3}?[a-z][\w'’-]*"
    # ('the mayor of Mesa, Tomas Lind, said': the place or body the role is of)
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w\u00C0-\u024F'’.&-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.&-]*){0,3})?,\s+"
    r"(?P<name>[A-Z][\w\u00C0-\u024F'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w\u00C0-\u024F'’-]*)){1,3}),\s+"
    rf"(?:(?:has|had|have|also|then|later|again)\s+)?{_SAY}\b")
# the tag after a quotation, up to the clause's end: when it names someone by a role ('," the board's chief
# investigator, who led the inquiry, told reporters'), the words are that person's, whoever the sentence before
# names, even when the tag's form is not read
# ('," as officials grow concerned about misleading claims' is a clause of the sentence, no tag)
_TAG_AFTER = re.compile(r"^[,!?]?[\"”]?[ \t]*(?!(?:as|while|when|after|before|because|since|but|and|or|so|which|who|that|"
                        r"if|though|although|amid|with|without|for|to|in|on|at)\b)"
                        rf"(?P<tag>(?:[\w\u00C0-\u024F'’.&-]+,?\s+){{0,8}}?){_SAY}\b(?P<rest>[^\n\"“”.!?;]{{0,80}})")
# '"...," said Pelk's father, Jon Pelk.' / 'said the hostage's mother, Ilse Pelk': someone's relation, then the
# speaker's name (the possessive is not the speaker, nor is the relation nameless)
_RELATIVE_AFTER = re.compile(
    rf"^[,.!?]?[\"”]?\s*{_SAY}\s+(?:the\s+)?(?:[\w\u00C0-\u024F-]+\s+){{0,2}}?[\w\u00C0-\u024F-]+['’]s\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+"
    r"(?P<name>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){0,3})(?=\s*(?:[,.;!?(]|$))")
# 'Dr Lena Brandt of Fenmoor University said "..."': the name before "of" is the speaker, the body after it
# where they work or come from (the verb's capitalised words are that body, found first by _SPEAKER_BEFORE)
_NAME_OF_BEFORE = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){1,3})"
                             r"\s+of\s+(?:the\s+)?$")
# '... the president told him, "..."': a speaker the text describes, not names, introduces the quotation
_DESCRIBED_BEFORE = re.compile(rf"\b(?:the|a|an|his|her|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}}\s+{_SAY}\b"
                               rf"(?:(?!\b{_SAY}\b)[^\"“]){{0,40}}[,:]\s*$")
# '"...," the judge said', 'The health minister said: "...': a role with "the" stands for the one person the
# text before names with that role (`_role_holder`)
_THE_ROLE_AFTER = re.compile(rf"^[,.!?]?\s*the\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?P<role>[a-z][\w'’-]*)\s+{_SAY}\b")
_THE_ROLE_BEFORE = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?P<role>[a-z][\w'’-]*)\s+{_SAY}\b"
                              rf"(?:(?!\b{_SAY}\b)[^\"“]){{0,40}}[,:]\s*$")
# a person's role, as news names one before or after the name ("Judge Miriam Oakes", "coach Tam Brisk", "Ana
# Pell, the health minister"); not a body's ("the club", "the ministry"), which a company's name may hold too
_PERSON_ROLES = _TITLES | frozenset("""prosecutor coach manager captain skipper striker goalkeeper keeper defender
midfielder winger forward referee chancellor premier councillor councilor inspector detective sergeant constable
officer coroner lawyer barrister solicitor attorney surgeon doctor nurse professor chair executive spokesman
spokeswoman spokesperson treasurer trustee founder organiser organizer candidate leader chairperson headteacher
principal dean bishop pastor priest magistrate sheriff marshal superintendent administrator economist
scientist researcher analyst pilot driver owner witness""".split())
# characters before the quotation read for the person its role names: in a news report the role points back
# to the one person introduced with it, often a few paragraphs up; a second one of that role makes it unsure
ROLE_REACH = 3000  # (as NAME_REACH)
_ROLE_NAME = r"[A-Z][\w\u00C0-\u024F'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w\u00C0-\u024F'’-]+)){0,3}"


# 'A spokeswoman for Halvorsen said', '"...," a lawyer for Varga said': the name after the preposition is whom
# the speaker speaks for or belongs to, not the speaker; the speaker is the person described, and is named so
# ("a spokeswoman for Halvorsen"), never reduced to the company or the client. (A role written in lower case:
# "Secretary of State Ann Vell", "Professor of Geology Ana Reyes" are titles before a name; only a plural
# such as "Lawyers for Varga" opens a sentence with its capital.)
_SPEAKS_FOR = frozenset("""spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative
representatives lawyer lawyers attorney attorneys counsel solicitor barrister aide aides adviser advisers advisor
advisors official officials source sources friend friends relative relatives family member members employee employees
staffer staffers colleague colleagues agent publicist head chief executive director manager president chairman
chairwoman secretary minister mayor governor leader partner wife husband mother father son daughter brother
sister""".split()) | _PERSON_ROLES
# (those that open a sentence with a capital: "Lawyers for Tomas Brell said")
_SPEAK_FOR_MANY = frozenset("""lawyers attorneys representatives officials aides advisers advisors spokespeople spokesmen
spokeswomen sources members relatives employees staffers""".split())
_DESCRIBED_NAME = re.compile(
    r"(?:(?<![\w'’-])(?P<det>(?i:an?|the|one|another|two|three|several|his|her|its|their))\s+(?:[a-z][\w'’-]*\s+){0,2}?)?"
    r"(?<![\w'’-])(?P<role>[A-Za-z][a-z'’-]+)\s+(?:for|of|at|to|with|from)\s+(?:the\s+)?"
    r"[A-Z][\w\u00C0-\u024F'’.&-]*(?:\s+(?:(?:of|and|&)\s+(?:the\s+)?)?[A-Z][\w\u00C0-\u024F'’.&-]*){0,4}$")


def _described(stretch: str) -> str | None:
    """The speaker `stretch` (ending on the name a pattern took for the speaker) describes by what they do
    for whom: 'A spokeswoman for Halvorsen' -> 'a spokeswoman for Halvorsen', 'Lawyers for Varga' -> 'lawyers
    for Varga'; None when the name is the speaker's own ('Tomas Lind', 'a statement from Halvorsen')."""
    stretch = stretch[-120:]
    at = 0
    while m := _DESCRIBED_NAME.search(stretch, at):  # (each start in turn: the pattern ends where the name does)
        at = m.start() + 1
        role = m.group("role")
        if fold(role) not in _SPEAKS_FOR:
            continue
        if role[0].isupper() and (m.group("det") or stretch[: m.start()].strip(" \t,.!?\"“”")
                                  or fold(role) not in _SPEAK_FOR_MANY):
            continue  # "Secretary of State Ann Vell", "the Mayor of Mesa", "Friends of the Earth": a title or a name
        named = _NAMED_BEFORE.match(stretch, 0, m.start())
        if named and _named_person(named.group("name")) and not any(
                fold(w) in _NAME_STOP or fold(w) in _WEEKDAYS or fold(w) in _MONTHS for w in named.group("name").split()):
            # 'John Sifton, researcher at Fenmoor Watch said': the name that opens the sentence, its comma left out
            return _person(named.group("name"))
        d = m.group(0)
        return d[0].lower() + d[1:]
    return None


# 'A Halvorsen spokeswoman said', '"...," a Varenland Rail official said': the organisation's name before the
# role; the speaker is the person so described ('a Halvorsen spokeswoman'), neither the company nor unnamed
_ORG_ROLE = (r"(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?P<org>[A-Z][\w\u00C0-\u024F'’.&-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.&-]*){0,3})"
             r"\s+(?P<role>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)")
_ORG_ROLE_AFTER = re.compile(rf"^[,.!?]?\s*{_ORG_ROLE}\s+(?:(?:has|had|have|also|then|later|again)\s+)?{_SAY}\b")
_ORG_ROLE_BEFORE = re.compile(rf"(?<![\w'’-]){_ORG_ROLE}\s+(?:(?:has|had|have|also|then|later|once)\s+)?{_SAY}\b"
                              rf"(?:(?!\b{_SAY}\b)[^\"“]){{0,40}}[,:]?\s*$")
_ORG_ROLE_SPEAKER = re.compile(rf"^{_ORG_ROLE}$")


def _org_role(m: re.Match[str] | None, before: str = "") -> str | None:
    """The speaker an _ORG_ROLE match describes ('a Halvorsen spokeswoman'), when its last word is a role;
    "the" points back to the one person the text `before` names with that role ('the Republican senator',
    '"...," the House speaker said'), else names no one ("" : the words are still not the last speaker's)."""
    if not m or m.group("role").split()[-1] not in _SPEAKS_FOR:
        return None
    if fold(m.group("det")) == "the":
        return _role_holder(m.group("role").split()[-1], before[-ROLE_REACH:]) or ""
    return f"{m.group('det').lower()} {m.group('org')} {m.group('role')}"


# 'Secretary of State Ann Vell', 'the Mayor of Mesa', 'Friends of the Earth': capitalised words joined by "of"
_OF_NAME = re.compile(r"(?<![\w'’.-])(?:[Tt]he\s+)?(?P<head>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){0,2})"
                      r"\s+of\s+(?P<the>the\s+)?(?P<tail>[A-Z][\w\u00C0-\u024F'’.&-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.&-]*){0,4})$")
_OF_BEFORE = re.compile(r"\bof\s+$")
_CAPS = r"[A-Z][\w\u00C0-\u024F'’.&-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.&-]*)*"
_OF_CHAIN = re.compile(rf"(?<![\w'’.-])(?P<name>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){{1,3}})"
                       rf"(?:\s+of\s+(?:the\s+)?{_CAPS}){{2,}}$")
_NAME_PART_BEFORE = re.compile(r"[A-Z][\w\u00C0-\u024F'’.-]*\s+(?:[a-z]{1,3}\s+)?$")  # ('Yvo de Boer of ...')


def _of_name(stretch: str) -> str | None:
    """The speaker that `stretch`, ending on a capitalised run after "of", names: a title's holder named after
    it ('Secretary of State Ann Vell' -> 'Ann Vell'), a title alone ('The Mayor of Mesa' -> 'the Mayor of
    Mesa'), a body's name ('Friends of the Earth'), rather than the capitalised words after "of" ('Mesa',
    'Earth'); None when the words before "of" name a person ('Dr Lena Brandt of Fenmoor University') or the
    run is one of a chain ('... of the University of Kalmere')."""
    stretch = stretch[-120:]
    m = _OF_NAME.search(stretch)
    if m and _OF_BEFORE.search(stretch, 0, m.start()):
        # 'Professor Ana Reyes of the University of Kalmere': the person the chain of "of"s begins with
        chain = _OF_CHAIN.search(stretch)
        return chain.group("name") if chain and _named_person(chain.group("name")) else None
    if not m or _NAME_PART_BEFORE.search(stretch, 0, m.start()) or person(m.group("head")):
        return None  # ('Yvo de Boer of the UNFCCC', 'Representative Nancy Pelosi of California': a person's)
    head, tail = m.group("head"), m.group("tail")
    if fold(head.split()[-1]) in _TITLES:
        # (a name is its last two words: "Minister of Foreign Affairs Ann Vell")
        return " ".join(tail.split()[-2:]) if len(tail.split()) >= 3 else f"the {head} of {m.group('the') or ''}{tail}"
    return f"{head} of {m.group('the') or ''}{tail}"


_NAMED_BEFORE = re.compile(r"[\s\"“”‘’]*(?P<name>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){1,3}),\s+$")


_WHOM = re.compile(r"\s+(?:for|of|at|to|with|from)\s+(?:the\s+)?")


def speaks_for(speaker: str) -> tuple[str, str] | None:
    """(role, whom) of a speaker the text describes rather than names ('a spokeswoman for Halvorsen' ->
    ('spokeswoman', 'Halvorsen'), as `quotations` gives such a speaker: in lower case, or opening a sentence:
    'A spokeswoman for Halvorsen'); None for a name."""
    if not speaker[:1].islower() and not speaker.startswith(("A ", "An ", "The ")):
        return None
    if (org := _ORG_ROLE_SPEAKER.match(speaker)) and org.group("role").split()[-1] in _SPEAKS_FOR:
        # 'a Halvorsen spokeswoman'
        return fold(org.group("role").split()[-1]), org.group("org")
    m = _DESCRIBED_NAME.search(speaker)
    if not m or m.start() or not m.group("role").islower() or m.group("role") not in _SPEAKS_FOR:
        return None
    whom = _WHOM.search(speaker, m.start("role"))
    return (fold(m.group("role")), speaker[whom.end():]) if whom else None


@lru_cache(maxsize=256)
def _role_pattern(role: str) -> re.Pattern[str]:
    r = rf"(?i:{re.escape(role)})"
    return re.compile(
        rf"(?<![\w'’-]){r}\s+(?P<a>{_ROLE_NAME})"  # "Judge Miriam Oakes", "Pellam coach Tam Brisk"
        # "Ana Pell, the health minister", "Dara Quint, Northline's chief executive"
        # (not "Tom Hale, a friend of the mayor": the words before the role describe it)
        rf"|(?P<b>{_ROLE_NAME}),\s+(?:the|an?|its|his|her|their|[A-Z][\w'’-]*['’]s)\s+"
        rf"(?:(?!(?:of|for|to|with|at|in|on|by|from|and|or|who|whose|which|that)\b)[\w'’-]+\s+){{0,3}}?{r}\b"
        rf"|\b(?i:the)\s+(?:[\w'’-]+\s+){{0,2}}?{r},\s+(?P<c>{_ROLE_NAME})")  # "the judge, Miriam Oakes,"


def _role_holder(role: str, before: str) -> str | None:
    """The one person the text `before` a quotation names with `role` ('judge': 'Judge Miriam Oakes' ->
    'Miriam Oakes'), whom '"...," the judge said' stands for; None when it names none or several."""
    if role not in _PERSON_ROLES:
        return None  # "the club said", "the judges said": a body or several people
    found: dict[str, str] = {}
    for m in _role_pattern(role).finditer(mask_quotes(before)):
        name = _POST_NOMINALS.sub("", m.group("a") or m.group("b") or m.group("c")).strip(" ,.")
        name = re.sub(r"['’]s$", "", name)  # "President Ona Pell's wall": Pell is the president
        name = full_name(name, before)
        first = fold(name.split()[0])
        if _NOT_PERSON.search(name) or first in _NAME_STOP or first in _WEEKDAYS or first in _MONTHS:
            continue
        found.setdefault(speaker_key(name), name)
        if len(found) > 1:
            return None
    return next(iter(found.values()), None)


CLOSING_MARK = {"“": "”", '"': '"'}
_MARK = re.compile(r'[“”"]')


def quote_marks(s: str) -> tuple[str | None, str | None]:
    """Read `s`'s quotation marks in order: (the mark that opens a quotation closed in `s` before any
    opened — it began before `s` — or None; the mark still open at the end of `s`, or None). Outlets mix
    straight and curly marks ('"ensure the return of the crew.”') and leave marks unclosed more often
    than they nest quotations in double marks: a closing mark ends the open quotation, except a curly
    one that closes a curly quotation opened inside a straight one."""
    began_before: str | None = None
    open_: str | None = None
    seen = False
    inner = False  # a curly quotation open inside a straight one ('"Mexico must stop the “caravans” now."')
    for m in _MARK.finditer(s):  # (only the marks: a loop over every character costs more than all of this)
        i, ch = m.start(), m.group()
        if ch == "“":
            if open_ == '"':
                inner = True
            else:
                open_ = "“"
        elif ch == "”":
            if inner:
                inner = False
                continue
            if open_ is None and not seen:
                began_before = "“"
            open_ = None
        elif ch == '"':
            before = s[i - 1] if i > 0 else " "
            after = s[i + 1] if i + 1 < len(s) else " "
            closing = (before.isalpha() or before in ".,!?") and (after.isspace() or after in ",.;:")
            if open_ is not None:
                open_, inner = None, False
            elif closing:
                if not seen:
                    began_before = '"'  # the quotation began before `s`
            elif before.isspace() or before in "([—–-" or i == 0:
                open_ = '"'
            else:
                continue  # an inch or a foot mark ('6" of rain'): no quotation
        seen = True
    return began_before, open_


def open_quote(text: str, at: int) -> str | None:
    """The quotation mark still open at offset `at` of its line ('“' or '"'), or None: a sentence that
    starts at such an offset is the middle or end of a quotation that runs over several sentences."""
    return quote_marks(text[text.rfind("\n", 0, at) + 1: at])[1]


_TITLE_BEFORE = re.compile(r"\b(?:on|in|titled|entitled|called|named|dubbed|headlined)\s*$")


_TITLE_SMALL = frozenset("a an the of and or in on at to for with by from &".split())  # ("Fox & Friends")


def _is_title(q: str) -> bool:
    """Words in title case, no sentence inside ('The Mike Gallagher Show', 'A Higher Loyalty'): a name, not speech."""
    ws = q.strip(" .,").split()
    return (len(ws) <= 8 and not re.search(r"[,;:!?]|\.\s", q.strip(" .,")) and any(c.islower() for c in q)
            and not any(len(w) > 3 and w.isupper() for w in ws)  # "NO COLLUSION and NO OBSTRUCTION": a post's shout
            and all(w[:1].isupper() or w in _TITLE_SMALL for w in ws) and ws[0][:1].isupper())


def quotations(text: str) -> list[Quotation]:
    """Direct quotations of at least a few words, each with the speaker the text names next to it
    ('"...," Vellmoor mayor Tomas Lind told reporters' -> 'Tomas Lind'). A pronoun ('he said') takes
    the titled person the narrative named since the previous quotation (`titled_person`), else the
    last named speaker."""
    return list(_quotations_of(text) if len(text) <= CACHED_TEXT else _article_quotations(text))


@lru_cache(maxsize=16384)  # (a statement's quotations are asked for by several stages)
def _quotations_of(text: str) -> tuple[Quotation, ...]:
    return tuple(_read_quotations(text))


@lru_cache(maxsize=CACHED_ARTICLES)  # (a story's articles are read by the claims and again by the brief)
def _article_quotations(text: str) -> tuple[Quotation, ...]:
    return tuple(_read_quotations(text))


def _read_quotations(text: str) -> list[Quotation]:
    out: list[Quotation] = []
    last: str | None = None
    last_end = 0  # where the last named speaker's quotation ended
    since = 0  # where the previous quotation ended
    for m in _QUOTE.finditer(text):
        q = m.group("q")
        if len(q) < QUOTE_MIN_CHARS or len(q.split()) < QUOTE_MIN_WORDS:
            continue  # scare quotes around a word or two are not speech
        if _TITLE_BEFORE.search(text[max(0, m.start() - 12): m.start()]) or _is_title(q):
            continue  # 'said on “Fox and Friends.”', 'told “The Mike Gallagher Show”': the name of a show, a book, a bill
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        after = text[m.end(): line_end][:120]
        before = text[line_start: m.start()][-160:]
        speaker = None
        described = None  # the speaker as described, not named: 'a spokeswoman for Halvorsen'
        intro = m.start()  # where the words that introduce the quotation begin ('He tweeted: "...')
        role_named = _ROLE_NAMED_AFTER.match(after)  # ('," the company's spokesman, Per Lindqvist, said')
        a = _SPEAKER_AFTER.match(after) if not role_named else None
        apposed = _APPOSED.match(text[m.end(): line_end][:300]) if not role_named else None  # (may run long)
        relative = _RELATIVE_AFTER.match(after) if not role_named else None
        set_off = _APPOSED_SAY.match(after) if not (a or apposed or relative) else None
        later = (_SPEAKER_AFTER_LATER.match(after) if not (a or apposed or relative or set_off)
                 and (q.endswith(",") or after.startswith(",")) else None)
        attributed = bool(role_named or a or later or apposed or relative or set_off or _UNNAMED_AFTER.match(after)
                          or _OTHER_VERB_AFTER.match(after) or _role_tag(q, after))
        if role_named:
            speaker = role_named.group("name")
        elif relative:
            speaker = relative.group("name")
        elif apposed:
            speaker = apposed.group("name")
        elif a:
            speaker = a.group("a") or a.group("e") or a.group("b") or a.group("c") or a.group("d")
            if speaker == a.group("b") and " for " in speaker:
                described = speaker  # 'Democracy for America': the body's name whole, not 'America'
            elif speaker == a.group("c"):
                # '"...," a lawyer for Varga said', '"...," the Mayor of Mesa said'
                described = _described(after[: a.end("c")]) or _of_name(after[: a.end("c")])
        elif set_off:
            speaker = set_off.group("name")
        elif later:
            speaker = later.group("a")
        elif (org_role := _org_role(_ORG_ROLE_AFTER.match(after), text[: m.start()])) is not None:
            speaker = org_role or None  # '"...," a Halvorsen spokeswoman said'
            described = speaker if speaker and speaker[:1].islower() else None
            attributed = True
        elif not attributed:  # '"...," one member said', '..." recounted X': not the last person named
            masked = mask_quotes(before)
            last_sentence = sentences(masked)
            masked = masked[last_sentence[-1].start:] if last_sentence else masked  # '... wrote Friday. He added, "'
            b = (_ROLE_NAMED_BEFORE.match(masked) or _SPEAKER_BEFORE.search(masked)
                 or _SPEAKER_BEFORE_SET_OFF.search(masked) or _SPEAKER_BEFORE_THAT.search(masked)
                 or _subject_and_said(masked))
            if b and _IN_RELATIVE.search(masked, 0, b.start("a")):
                b, attributed = None, True  # someone the sentence describes said it, not the name nor the last speaker
            if not b and out and out[-1].speaker and _AND_THAT.match(text, out[-1].end, m.start()):
                speaker = described = out[-1].speaker  # (as read for the words before: already a name or description)
                attributed = True
            elif b:
                apposed = _APPOSED.match(masked)
                speaker = apposed.group("name") if apposed and apposed.end() >= b.start("a") else b.group("a")
                of = _NAME_OF_BEFORE.search(masked, 0, b.start("a"))
                if of and speaker == b.group("a") and _named_person(of.group("name")):
                    speaker = of.group("name")  # not the university 'Dr Lena Brandt of Fenmoor University' is of
                elif speaker == b.group("a"):
                    # 'A spokeswoman for Halvorsen said', 'Friends of the Earth said'
                    described = _described(masked[: b.end("a")]) or _of_name(masked[: b.end("a")])
                attributed = True
                intro = m.start() - len(masked) + b.start()
            elif (org_role := _org_role(_ORG_ROLE_BEFORE.search(masked), text[: m.start()])) is not None:
                speaker = org_role or None  # 'A Halvorsen spokeswoman said: "...'
                described = speaker if speaker and speaker[:1].islower() else None
                attributed = True
            elif (role := _THE_ROLE_BEFORE.search(masked)) and (holder := _role_holder(
                    role.group("role"), text[max(0, m.start() - len(masked) + role.start() - ROLE_REACH):
                                             m.start() - len(masked) + role.start()])):
                speaker, attributed = holder, True  # 'The judge said: "...': the one judge named before
            elif _DESCRIBED_BEFORE.search(masked):
                attributed = True  # not the last person named
            elif not masked.strip():
                # 'Mayor Ola Brin responded on Twitter:' closing the paragraph before: a statement set off
                set_off = colon_intro(text, m.start())
                if set_off and person(set_off):
                    speaker, attributed = person(set_off), True
            elif masked.rstrip().endswith(":"):
                # 'A resident, Bo Lindgren, wrote on the social network Chirper: "..."': a post or a statement
                # its own sentence introduces with a colon is its source's words, a person's ('A farmer who
                # lives nearby, Owen Breck': the name set off by commas; a body is no speaker of a quote)
                reach = 0 if len(out) < LONG_TEXT_QUOTES else max(0, m.start() - NAME_REACH)
                set_off = _colon_source(masked.strip(), text[reach: m.start()])
                who = next((p for p in map(person, (set_off or "").split(", ")) if p), None)
                if who:
                    speaker, attributed = who, True
        if not speaker and (role := _THE_ROLE_AFTER.match(after)):
            # '"...," the judge said': the one judge the text named before
            speaker = _role_holder(role.group("role"), text[max(0, m.start() - ROLE_REACH): m.start()])
        if speaker and speaker.lower() in ("he", "she", "they"):
            # the titled person the narrative named since the last quotation, else the last speaker
            pronoun = speaker.lower()
            # the last sentence before the quotation, the one holding the previous quotation included ('Lind
            # warned that a "budget storm is near" and said ...', 'Jo Swinson said the "...". She said: ...')
            narrative = _last_sentence(text[text.rfind("\n", 0, out[-1].start) + 1 if out else since: intro])
            # the untitled person the subject names ('Boris Johnson, ..., used ...: "...," he wrote'), else
            # the first titled person
            subject = subject_person(narrative, pronoun, text[: m.start()]) if pronoun != "they" else None
            if subject and _pronoun_of(subject, text) not in (None, pronoun):
                subject = None
            speaker = subject or titled_person(narrative, speaker)
            if pronoun != "they" and re.search(rf"\basked {_OBJECT[pronoun]}\b", narrative):
                speaker = None  # 'Rep. Ona Pell asked her if "..." She said: "..."': neither the asker nor the last speaker
            elif (speaker is None and last and pronoun != "they" and _pronoun_of(last, text) in (None, pronoun)
                  and not corporate(last)  # (a company is no "she")
                  and not _someone_else(text[last_end: intro], last, pronoun, text[:intro], text)):
                # (only while the narrative since then makes no one else a sentence's subject: in 'Ana Ruiz,
                # 35, appeared shaken ... She fled ... "...," she said' the words are not the last speaker's)
                speaker = last  # not "she said" for the last speaker the text calls "Mr.", nor "they said"
                described = last if last[:1].islower() else None  # ("a spokeswoman for Halvorsen" still)
        elif speaker and _SELF.match(speaker):
            speaker = None  # "it said", "we said": no person to put the words to
        if speaker:
            speaker = described or _person(speaker)
            last, last_end = speaker, m.end()
        elif not attributed and out and out[-1].speaker and _GOES_ON.match(text[out[-1].end: m.start()]):
            # '"A," he said. "B."': the quotation that follows its speaker's "he said" in the same
            # paragraph is the same person's words
            speaker = out[-1].speaker
        out.append(Quotation(q, m.start("q"), m.end("q"), speaker))
        since = m.end()
    return out


def _role_tag(q: str, after: str) -> bool:
    """Whether the words after quotation `q` are its tag ('," the board's chief investigator told reporters'
    , '," said the company's spokesman') and name a speaker by a role: the words are that person's, not the
    body or person the sentence before names, though no pattern reads the tag's name."""
    if not (q.endswith((",", "!", "?")) or after[:1] in ",!?"):
        return False  # ('"..." The ministry said ...': a sentence of its own)
    tag = _TAG_AFTER.match(after)
    # (the role before the verb, or after it when the verb opens the tag: '," said the company's spokesman')
    return bool(tag and any(w in _SPEAKS_FOR for w in words(fold(tag.group("tag") or tag.group("rest")))))


# what lies between two quotations of one speaker: the first one's closing mark and its attribution
# clause (one sentence on its line, ended by a full stop), then the second one's opening mark, in the
# same paragraph or opening the next (a news story's usual way to go on quoting one person)
_GOES_ON = re.compile(rf"^[\"”]?[,.!?]?[\"”]?[ \t]*[^\n.!?\"“”]{{0,160}}?\b{_SAY}\b[^\n.!?\"“”]{{0,160}}\.\s+[\"“]?$")
# '"...," recounted Raphaelle Chenet': an attribution by a verb _SAY does not list is still someone's
_OTHER_VERB_AFTER = re.compile(r"^[,.!?]?[\"”]?\s*[a-z]+(?:ed|s)\s+[A-Z]")


# a person the narrative describes rather than names, as a sentence's subject: "A woman from Pellam ...",
# "The mother of two ...", "One migrant, 35, ..."; a man is no "she", nor a woman "he"
_PERSON_NOUNS = {
    "she": "woman|girl|mother|wife|daughter|sister|grandmother|widow",
    "he": "man|boy|father|husband|son|brother|grandfather|widower",
    "": "child|teenager|migrant|resident|neighbou?r|witness|survivor|victim|passenger|worker|farmer|student|"
        "teacher|nurse|refugee|mourner|protester|voter|shopper|owner|friend|relative|parent",
}
_PERSON_NOUN = {
    pronoun: re.compile(r"^(?:(?:But|And|So|Yet|Then)\s+)?(?:a|an|the|one|another|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
                        rf"(?:{_PERSON_NOUNS[pronoun]}|{_PERSON_NOUNS['']})\b", re.IGNORECASE)
    for pronoun in ("he", "she")
}


def _someone_else(stretch: str, last: str, pronoun: str, before: str, text: str) -> bool:
    """Does the narrative `stretch` since `last`'s words, read from its end, make another person a
    sentence's subject, by name or by a noun ('Ana Ruiz, 35, appeared shaken ...', 'A woman from Pellam
    ...'), before it names `last` again? Then a later 'she said' is not surely `last`'s."""
    key = re.escape(speaker_key(last))
    for sent in reversed(sentences(mask_quotes(stretch))):
        if key and re.search(rf"\b{key}\b", fold(sent.text)):
            return False  # 'That did not satisfy Justice Scalia. "...," he said': the speaker is back
        if _PERSON_NOUN[pronoun].match(sent.text):
            return True
        other = subject_person(sent.text, pronoun, before)
        if other and _pronoun_of(other, text) in (None, pronoun):
            return True
    return False


def _pronoun_of(name: str, text: str) -> str | None:
    """'he' or 'she' when the text writes the person's surname after an honorific ('Mr. Ryan'), or has
    a sentence that ends on the person as its speaker go on with the pronoun ('..., said passenger Nils
    Brodd. He said ...'), else None."""
    surname = name.split()[-1] if name.split() else ""
    if not surname:
        return None
    # (searched by hand around fixed patterns: a pattern compiled for each name cost more than the search)
    for m in _HONORIFIC.finditer(text):  # "Mr. Ryan", "Ms Ida Moss"
        for at in _after_words(text, m.end(), _CAPITALISED, 2):
            end = at + len(surname)
            if text.startswith(surname, at) and _word_edge(text, end):
                return _TITLE_PRONOUN[m.group(1)]
    # (after a verb of speaking, not of telling: in "Lind told Ida Moss. He said ..." Moss is the listener)
    for m in _SAID_BY.finditer(text):
        for at in _after_words(text, m.end(), _ANY_WORD, 3):
            if text.startswith(surname, at) and (then := _THEN_PRONOUN.match(text, at + len(surname))):
                return then.group(1).lower()
    return None


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+")
_CAPITALISED = re.compile(r"[A-Z][\w.-]*\s+")
_SAID_BY = re.compile(r"\b(?:said|says|added|adds|explained|recalled|wrote|insisted|stated|noted)\s+")
_ANY_WORD = re.compile(r"[\w'’-]+\s+")
_THEN_PRONOUN = re.compile(r"(?:,[^.!?\n\"“”]{0,60})?[.!?]\s+(He|She)\s")  # "..., a passenger. He said"


def _after_words(text: str, start: int, word: re.Pattern[str], most: int) -> list[int]:
    """Where the text goes on after 0, 1, ... `most` words (each matched by `word`) from `start`."""
    out = [start]
    while len(out) <= most and (m := word.match(text, out[-1])):
        out.append(m.end())
    return out


def _word_edge(text: str, i: int) -> bool:
    """A word boundary at i (what \\b finds there)."""
    before = i > 0 and word_char(text[i - 1])
    after = i < len(text) and word_char(text[i])
    return before != after


INTRO_REACH = 600  # characters of the paragraph before a quotation read for the sentence that introduces it
# A text of more quotations than a news report has (a transcript) reads, for the full name of a later one's
# speaker called by surname ("Lindgren wrote:"), only the NAME_REACH characters before it: each quotation
# would read the whole text before it again
LONG_TEXT_QUOTES = 100
NAME_REACH = 3000
# ... a sentence that relays others' words ('Ms Lind also quotes other survivors:') is not their speaker's;
# one that names no source by a verb of saying speaks only by a word of speech or a channel
_RELAYS = re.compile(r"(?i)\b(?:quot(?:es|ed|ing)|cit(?:es|ed|ing)|excerpts?|read(?:s|ing)? out|reprint(?:s|ed)?)\b")
_SPEAKS = re.compile(r"(?i)\b(?:said|says|told|added|statement|remarks|speech|interview|message|letter|post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|"
                     r"wr(?:ote|ites|iting)|respon(?:d|ds|ded|ding)|repl(?:y|ies|ied|ying)|react(?:s|ed|ing)?|"
                     r"address(?:es|ed|ing)?|declar(?:es|ed|ing)|apologi[sz](?:es|ed|ing)|Twitter|Facebook)\b")


def colon_intro(text: str, at: int) -> str | None:
    """Who says the quotation that opens its paragraph at `at`, when the paragraph before it ends in a
    sentence that introduces it with a colon, as news sets off a statement or a post: 'The interior
    ministry said in a statement on Tuesday:' -> 'The interior ministry'; 'Mayor Ola Brin responded on
    Twitter:' -> 'Ola Brin'. None when the quotation does not open its paragraph, the paragraph before
    does not end in a colon, or its sentence names no source (a pronoun, 'The statement read:')."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start: at].strip("\"“ \t"):
        return None  # the quotation does not open its paragraph
    prev = text[:line_start].rstrip()
    if not prev.endswith(":"):
        return None
    para = prev[prev.rfind("\n") + 1:]
    if open_quote(para, len(para)):
        return None  # the colon is inside someone's words
    return _colon_source(_last_sentence(para[-INTRO_REACH:]), text[:line_start])


# (an entry's clock time may open it: '13:20 — Union leader Maren Voll:'; no word that makes a phrase of the
# words before the name: 'Letter to Ida Moss:', 'Interview with Ida Moss:')
_NAME_LABEL = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*[-–—]+\s*)?(?P<who>(?:(?!(?:to|from|by|for|of|with|about|on|in|at|and|or|after|"
    r"before|against|between|over|under|via|per)\b)[\w\u00C0-\u024F'’-]+\s+){0,4}?"
    r"[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){1,3}):$")


def _colon_source(sentence: str, before: str) -> str | None:
    """Who says the words a sentence ending in a colon introduces ('The interior ministry said in a
    statement:', 'Mayor Ola Brin responded on Twitter:'), or None (`colon_intro`); `before` is the text
    before the words."""
    if not sentence.endswith(":"):
        return None
    said = attribution(sentence[:-1] + ".")
    if said is not None:
        return said.source
    masked = mask_quotes(sentence)
    # ('Quoted on the Pellam Post's website, Ida Moss said:' opens with the relay: she is the one quoted)
    if _RELAYS.search(masked, masked.find(" ") + 1):
        return None
    if not _SPEAKS.search(masked):
        # 'Union leader Maren Voll: "..."' (a live blog's, a transcript's way): a person's name, a role
        # before it, and nothing else is the speaker's label; 'Kessler listed the demands:', 'Reference:',
        # 'Notes to editors:' name no one who says anything
        label = _NAME_LABEL.match(sentence)
        who = person(_person(label.group("who"))) if label else None
        return who if who and _named_person(who) else None
    for pronoun in ("he", "she"):
        who = subject_person(sentence, pronoun, before)
        if who:
            return who
    return None


def _named_person(s: str) -> bool:
    """Whether `s` names a person ('Dr Lena Brandt', 'Professor Ama Reyes'), not a body ('The Royal Society',
    'Fenmoor University') nor a title alone ('Deputy Secretary', 'Vice President')."""
    name = person(s)
    return name is not None and not {fold(w) for w in name.split()} & (_TITLES | _ROLE_NOUNS)


def _last_sentence(stretch: str) -> str:
    """The last sentence of the narrative between two quotations that says anything."""
    parts = [s.text for s in sentences(stretch) if len(s.text.split()) > 2]
    return parts[-1] if parts else ""


_TITLE_WORDS = re.compile(
    r"^(?:(?:the|a|an|US|U\.S\.|[A-Z][a-z]+(?:'s)?)\s+)*?(?:(?:mayor|minister|president|chief|executive|spokesman|"
    r"spokeswoman|spokesperson|secretary|governor|senator|director|manager|officer|leader|chairman|chair|"
    r"head|official|ambassador|general|prime|interim|acting|first|lady|"
    # a role written before a name at a sentence's start: "Passenger Nils Brodd", "Captain Ida Moss"
    r"captain|skipper|pilot|passenger|owner|witness|resident|survivor|driver|worker|neighbou?r|rescuer|"
    r"firefighter|inspector|sergeant|constable|detective|coroner|commissioner|lawyer|engineer|foreman|"
    r"shopkeeper|farmer|nurse|doctor|teacher|student|"
    # a campaign's people: "Organiser Rosa Delacourt", "Market trader Ilse Gorran"
    r"organi[sz]er|campaigner|activist|protester|trader|vendor|volunteer|coordinator|founder)\s+)+", re.IGNORECASE)
# "Captain Ida Moss of the Tern", "Tom Hale of Pellam": the person, not the place or ship they are of
_OF_PLACE = re.compile(r"^(.*?\b[A-Z][\w\u00C0-\u024F'’.-]* [A-Z][\w\u00C0-\u024F'’-]*) of (?:the )?[A-Z][^,]*$")
# "Bayline's Kurt Fenwick", "Pellam's Ida Moss": an organisation or place owns the name, it is none of it
_OWNER = re.compile(r"^[\w\u00C0-\u024F.&-]+['’]s\s+(?=\S+\s+\S)")


# letters after a name for an office, an honour or a degree ("Helen Marrick MP", "Ada Brenn OBE", "Tom Hale
# PhD"): no part of the name, as the title before it is none ("Helen Marrick" and "Helen Marrick MP" are one)
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:MP|MEP|MSP|MLA|MHA|MHK|TD|AM|MS|QC|KC|SC|OBE|MBE|CBE|KBE|DBE|GBE|FRS|"
                            r"PhD|Ph\.D\.?|DPhil|MD|M\.D\.?|Esq\.?))+\.?$")
# ... and a generation's, which is part of the name as written ("Martin Luther King Jr.") but not the surname
_GENERATION = re.compile(r"(?:,?\s+(?:Jr|Sr|Snr|Jnr)\.?|\s+(?:II|III|IV))+$")


def _person(s: str) -> str:
    """A speaker's name without the title in front of it: 'Vellmoor mayor Tomas Lind' -> 'Tomas Lind'."""
    s = _POST_NOMINALS.sub("", s.strip(" ,"))
    s = s.strip(" ,.")
    of = _OF_PLACE.match(s)
    if of and fold(of.group(1).split()[-1]) not in _TITLES:  # ("Speaker of the House Newt Gingrich": a title's)
        s = of.group(1)
    # "Caro Government. Mayor Roberto Córdova", "Julio Ibarra. The": the name is in the last part that
    # holds one ("Robert S. Mueller" keeps its initial)
    segments = [x for x in re.split(r"(?<![A-Z])\.\s+", s)
                if any(w[:1].isupper() and fold(w) not in _NAME_STOP for w in x.split())]
    s = segments[-1] if segments else s
    parts = s.split()
    k = len(parts)
    while k > 0 and parts[k - 1][:1].isupper():
        k -= 1
    name = " ".join(parts[k:]) or s  # the trailing capitalised run: 'passenger Ida Moss' -> 'Ida Moss'
    t = _TITLE_WORDS.sub("", _OWNER.sub("", name)).strip()
    return t or name


# two capitalised words in a row; a lookahead, so "President Delcy Rodriguez" yields "Delcy Rodriguez" too
_FULL_NAME = re.compile(r"\b(?=([A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]+) ([A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]+)\b)")


_WEEKDAY_NAMES = frozenset(_WEEKDAYS)
_NAME_SUFFIX = re.compile(r",? (?:Jr\.|Sr\.|III\b|II\b|IV\b)")


def full_name(name: str, before: str) -> str:
    """A surname alone ('Lind', 'Rodríguez') as the text `before` it last wrote it in full ('Tomas Lind',
    'Delcy Rodriguez'; accents and case aside), when it did. Two people of that surname ('Duncan Hunter
    and his wife, Margaret Hunter') leave it a surname: which one is meant is not written."""
    name = name.strip()
    if not name or " " in name:
        return name
    key = fold(name)
    found = name
    forms = set()
    for m in _FULL_NAME.finditer(before):
        # (nor a possessive or a day before it: "Tuesday's Quillnet outage" names no "Tuesday's Quillnet")
        if (fold(m.group(2)) in (key, key + "'s") and fold(m.group(1)) not in _NAME_STOP
                and not m.group(1).endswith(("'s", "’s")) and fold(m.group(1)) not in _WEEKDAY_NAMES):
            # "Jesse Jackson Jr." is not his father "Jesse Jackson"
            suffix = _NAME_SUFFIX.match(before, m.start() + len(m.group(1)) + 1 + len(m.group(2)))
            surname = re.sub(r"['’]s$", "", m.group(2))  # "Benjamin Netanyahu’s" writes the name in full too
            found = f"{m.group(1)} {surname}" + (suffix.group(0) if suffix else "")
            forms.add(fold(found))
    return found if len(forms) <= 1 else name


@lru_cache(maxsize=8192)  # (asked for each statement's speaker by several stages, pairs of them too)
def speaker_key(name: str) -> str:
    """Speakers are matched on the folded last name: 'Rodriguez', 'Delcy Rodríguez' are one; a party tag
    ('Kristi Noem (R)') is not a name."""
    # (nor letters after the name: "Helen Marrick MP" is Marrick; "Jesse Jackson Jr." is Jackson Jr, not his
    # father Jesse Jackson, nor every other "Jr.")
    name = _POST_NOMINALS.sub("", re.sub(r"\([^)]*\)", " ", name).strip(" ,"))
    generation = _GENERATION.search(name)
    parts = fold(name[: generation.start()] if generation else name).split()
    if not parts:
        return ""
    return f"{parts[-1]} {fold(generation.group()).strip(' ,.')}" if generation else parts[-1]


# --------------------------------------------------------------------------------------- sentences

@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int  # index of the paragraph (or line) it sits in
    index: int  # position in the article


_ABBREV = frozenset(
    """mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm gov sen sens rep reps rev hon pres vs etc inc corp co
    ltd no nos jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m e.g i.e approx
    fig vol dept est ft mt maj brig cpl pvt spc pfc ens cdr msgt ssgt lcpl supt insp det atty asst msgr""".split()
)
# a person's two initials ("H.R. McMaster", "O.J. Simpson") end no sentence before a name; a place's
# ("Washington, D.C. Jackson's wife ...") or an agency's ("lied to the F.B.I. Nothing happened") may
_INITIALS = re.compile(r"[a-z]\.[a-z]")
_PLACE_INITIALS = frozenset("d.c l.a n.y n.j n.c s.c n.h n.d s.d r.i n.m p.r u.k u.s".split())
_NAME_NEXT = re.compile(r"\s+([A-Z][\w\u00C0-\u024F'’-]*)")
_STATE_ABBREV = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore
    pa tenn tex va vt wash wis wyo""".split()
)
_TITLE_NEXT = re.compile(r"\s+(?:Gov|Sen|Rep|Lt|Atty|Mayor|Governor|Senator|Representative|Attorney|Sheriff)\b")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]*[\"”’')\]]*$")
# markup written out as text in a plain-text article ("... the coastguard. <img src=x> Captain ..."): a tag
# between two sentences neither glues them nor opens the second
_TAG = r"<[A-Za-z/!][^<>\n]{0,200}>"
_END = re.compile(rf"[.!?]+[\"”’')\]]*(?=\s+(?:{_TAG}\s*)*[\"“‘(\[]?[A-Z0-9\u00C0-\u024F])")


def sentences(text: str) -> list[Sentence]:
    """Sentences with character offsets into `text`; paragraph and line breaks always end one."""
    return list(_article_sentences(text)) if len(text) > CACHED_TEXT else _read_sentences(text)


@lru_cache(maxsize=CACHED_ARTICLES)  # (a story's articles are split by the claims and again by the brief)
def _article_sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(_read_sentences(text))


def _read_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para = 0
    for lm in re.finditer(r"[^\n]+", text):
        line = lm.group(0)
        if not line.strip():
            continue
        base = lm.start()
        if lm.start() > 0 and text[max(0, lm.start() - 2): lm.start()] == "\n\n":
            para += 1
        elif lm.start() > 0:
            para += 1  # single line breaks separate paragraphs in plain-text sources too
        pos = 0
        for em in _END.finditer(line):
            tok = _LAST_WORD.search(line[max(pos, em.end() - 40): em.end()])
            word = tok.group(1).lower().rstrip(".") if tok else ""
            if em.group(0).startswith(".") and (word in _ABBREV or (len(word) == 1 and word.isalpha())):
                continue
            if em.group(0) == "." and _INITIALS.fullmatch(word) and word not in _PLACE_INITIALS:
                nxt = _NAME_NEXT.match(line, em.end())
                if nxt and fold(nxt.group(1)) not in STOPWORDS and fold(nxt.group(1)) not in _NAME_STOP:
                    continue
            if em.group(0) == "." and word in _STATE_ABBREV and _TITLE_NEXT.match(line, em.end()):
                continue  # "with Wash. Gov. Jay Inslee": a state before an office is no sentence end
            _add(out, line, base, pos, em.end(), para)
            pos = em.end()
        _add(out, line, base, pos, len(line), para)
    return out


_BULLET = re.compile(rf"\s*(?:{_TAG}\s*)*(?:[*•▪]\s+)?")


def _add(out: list[Sentence], line: str, base: int, a: int, b: int, para: int) -> None:
    seg = line[a:b]
    lead = _BULLET.match(seg).end()  # "* The rupture spread north.": the bullet is no part of the sentence
    seg = seg[lead:].rstrip()
    if seg:
        s = base + a + lead
        out.append(Sentence(seg, s, s + len(seg), para, len(out)))


# --------------------------------------------------------------------------------- junk and claims

_DAY_OR_MONTH = "|".join(w.capitalize() for w in _WEEKDAYS + _MONTHS)
# (re's IGNORECASE finds no fast way to the places a pattern may start: a pattern of lower-case words searched
# in a lower-cased sentence finds the same, ten times faster, unless the sentence holds one of the letters
# that the two fold apart: then the pattern is searched ignoring case)
_FOLDS_APART = re.compile("[\u0131\u017f\u0130]")  # dotless i, long s, dotted capital I


def lowered(text: str) -> str | None:
    """`text` in lower case, for patterns of lower-case words; None when it holds a letter that str.lower()
    and re's IGNORECASE fold apart, so that only a search ignoring case is right."""
    return _lowered(text) if len(text) <= CACHED_TEXT else _lower(text)


@lru_cache(maxsize=16384)  # (a statement is searched by many patterns)
def _lowered(text: str) -> str | None:
    return _lower(text)


def _lower(text: str) -> str | None:
    return None if _FOLDS_APART.search(text) else text.lower()


class Caseless:
    """A pattern of lower-case words that ignores case, searched fast: as written in the lowered text (see
    `lowered`), else ignoring case. A match's offsets are the text's; the words it holds are lower case."""

    def __init__(self, pattern: str):
        if re.search(r"[A-Z]", re.sub(r"\\.|\(\?P<\w+>", "", pattern)):
            raise ValueError(f"Caseless pattern has upper-case letters: {pattern[:60]!r}")
        self.pattern = pattern
        self._low, self._any = re.compile(pattern), re.compile(pattern, re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        low = lowered(text)
        return self._any.search(text) if low is None else self._low.search(low)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = lowered(text)
        return self._any.finditer(text) if low is None else self._low.finditer(low)

    def findall(self, text: str) -> list[Any]:
        low = lowered(text)
        return self._any.findall(text) if low is None else self._low.findall(low)

    def matches(self, text: str) -> list[re.Match[str]]:
        """finditer's matches, each read again in the text as written: their words keep their case."""
        low = lowered(text)
        if low is None:
            return list(self._any.finditer(text))
        return [m for f in self._low.finditer(low) if (m := self._any.match(text, f.start())) is not None]

    def sub(self, repl: str, text: str) -> str:
        """The text with each match replaced, its other words as written."""
        return self._any.sub(repl, text) if self.search(text) else text


_DATE_FAST = Caseless(_DATE.pattern.lower().replace("(?p<", "(?P<"))  # (where _date_matches finds dates)


# What follows an update label that opens a live blog's entry, up to the entry's first word: "UPDATE: ",
# "UPDATE 2:52 p.m. -- ", "UPDATE: 9 p.m. -- ", "UPDATE - May 30, 10 p.m.: ", "Updated: " (a time needs its
# minutes or its a.m./p.m.; the entry must open with a capital or a quotation mark)
_CLOCK = r"(?:[01]?\d|2[0-3])(?:(?:[:.][0-5]\d)(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)(?:\s?(?-i:[A-Z]{2,4})(?:[+-]\d{1,2})?)?"
_ENTRY_WHEN = rf"(?:(?:{_DAY_OR_MONTH})\.?(?:\s+\d{{1,2}})?,?\s+)?{_CLOCK}"
_UPDATE_REST = (rf"(?:\s*[-–—:]\s*(?:{_ENTRY_WHEN}\s*(?:[–—]+|-+|:)\s*)?|\s+{_ENTRY_WHEN}\s*(?:[–—]+|-+|:)\s*)"
                r"(?=(?-i:[A-Z\"“]))")
_JUNK_ANYWHERE = (  # (lower case: see `lowered`)
    r"cross-referenced\b|original analysis|editorial team|editorial context|enable javascript|"
    r"upgrading to a web browser|sign up|newsletter|share this|follow us|all rights reserved|click here|subscribe|"
    # a photo caption: "Michael Flynn, right, the former adviser, with Mr. Trump in January"
    r",\s(?:left|right|center|centre|top|bottom|(?:second |third )?from (?:left|right))\s?,|"
    r"watch (?:our )?live|cookie|privacy policy|terms of (?:use|service)|©|"
    r"to ensure (?:depth and )?accuracy|this (?:article|story|report|post) (?:includes|was|has been)|"
    # a video's credit line: "Veuer's Nick Cardona has that story."
    r"\b(?:has|have) (?:that|the|this) story\.?$"
)
_JUNK = Caseless(_JUNK_ANYWHERE)
_JUNK_OPENING = re.compile(  # matched at the sentence's start
    r"methodology\b|primary source\b|credited from\b|read more\b|related:|photo:|image:|advertisement$|"
    # (a live blog's "UPDATE: 15:20 - ..." or "UPDATE: Police now say ..." labels its newest entry, which
    # `strip_dateline` cuts to the news: only a label with nothing after it, or a page's "Updated 10:42 a.m.
    # ET", is junk)
    r"updated?\b(?!" + _UPDATE_REST + r")|"
    r"watch:|listen:|copyright\b|published\b|"
    # a byline: "By Ona Pell, Reuters", "By ONA PELL and TOM HALE", "By Reuters"; in capitals (the pattern
    # ignores case), not a day ("By Tuesday, 37% had ...") nor a sentence's words ("By the afternoon the ...")
    rf"by (?-i:(?!(?:{_DAY_OR_MONTH})\b)[A-Z][\w.'’-]*(?:(?: [A-Z][\w.'’-]*)+(?:,| and\b|$)|$))|"
    r"\(?(?:reporting|writing|editing) by\b|"
    # a video's credit line: "... correspondent Ona Pell reports from Vellmoor." (the line itself, the name in
    # capitals: "Our correspondent in the capital reports from the scene that ..." is a report, and a fact
    # before a semicolon keeps its sentence)
    r"(?:[\w.'’-]+\s+){0,3}?(?:correspondent|reporter)\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+reports from\b",
    re.IGNORECASE,
)
# a dateline's day after its place: 'May 15', 'Nov. 17', or in British order '15 May', 'Tues 15 May',
# 'Tuesday, 15 May', with or without its year ('15 May 2026', 'May 15, 2026')
DATELINE_DAY = (r"(?:(?:[A-Z][a-z]{1,8}\.?,?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][\w.]*(?:\s+\d{1,2})?)"
                r"(?:,?\s+\d{4})?")
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'’ -]{{2,40}}(?:,\s*{DATELINE_DAY})?\s*"
    # the wire's name in parentheses may run into the sentence: 'WASHINGTON, April 30 (Reuters)-President ...'
    # (without it a dash needs a space after it: 'U.S.-China talks' opens a sentence, not a dateline)
    r"(?:\([^)]{2,40}\)\s*[-–—]+\s*(?=[A-Z\"“])|[-–—]+\s+))"
)
_DAY_DATE = rf"^(?:{'|'.join(d.capitalize() for d in _WEEKDAYS)}),?\s+(?:{_MONTH_RE})\s+\d{{1,2}},?\s+\d{{4}}"
_DAYLINE = re.compile(_DAY_DATE + "$")  # a page's date line: "Tuesday, January 18, 2005"
_DAY_PREFIX = re.compile(_DAY_DATE + r"\s*(?=[A-Z])")  # ... run into the sentence after it


def is_boilerplate(s: str) -> bool:
    """Page furniture and publisher boilerplate that is never a claim about the event, such as a
    claim of verification (that the piece was cross-referenced or checked for accuracy)."""
    s = s.strip()
    return bool(_JUNK.search(s) or _JUNK_OPENING.match(s) or _DAYLINE.match(s))


def is_statement(s: str) -> bool:
    """A sentence that can carry a claim: long enough, ends like a sentence, is not boilerplate, and is
    not a headline or a bare heading."""
    s = s.strip()
    if len(s.split()) < 5 or is_boilerplate(s):
        return False
    if not re.search(r"[.!?][\"”’')\]]*$", s):
        return False  # headings and headlines carry no full stop
    if re.search(r"(?:\.\.|…)[\"”’')\]]*$", s):
        return False  # an excerpt cut off mid-sentence ("… will pave the way for..")
    if _TWEET.match(s):
        return False  # "NEW: US official confirms ...": a post's label
    if (lst := _LIST_LINE.match(s)) and not _has_finite(lst.group("items")):
        return False  # "Player ratings: Eklund 9, Mbeki 8, Dahl's defence 7.": a table's row, not a sentence
    if s.endswith("?") and not re.search(r"[\"“”:]|\bask(?:ed|s)\b", s):
        return False  # "Which leaders got a state visit?": a sub-head or the writer's question, no claim
    if _is_caption(s):
        return False
    if _TEASER.match(s) and attribution(s) is None:
        # "Here's what he can expect.": a pointer to the text below, no claim ("Here's why the bridge
        # fell, according to the inspectors." names who found it: a report)
        return False
    return sum(1 for w in itertools.islice((w for w in words(s) if w[:1].islower()), 2)) == 2  # (two will do)


_TWEET = re.compile(r"^(?:NEW|BREAKING|JUST IN)\s?:")
# a label and a list of three items or more: ratings, a line-up, a table ("Medals: Norway 16, Canada 11, ...")
_LIST_ITEM = r"(?:[^,:;.!?\"“”]|\.(?=\d))"
_LIST_LINE = re.compile(rf"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}}:\s+(?P<items>{_LIST_ITEM}{{1,40}}(?:,\s+{_LIST_ITEM}{{1,40}}){{2,}})[.!]?$")
_TEASER = re.compile(r"^Here(?:'s|’s| is| are) (?:what|how|why|who|where|when|the latest|a look)\b[^:;\"“”]*[.!]$")
# a finite verb, as far as a word list can tell: auxiliaries, contractions, the past in -ed, common
# irregular verbs, and a lower-case word in -s that could be a verb in the present ("the quake strikes")
_FINITE_WORDS = (
    r"\b(?:is|are|am|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|"
    r"need|[a-z]+n[’']t|[a-z]{2,}ed|hit|put|set|cut|let|shut|quit|cost|spread|hurt|beat|cast|struck|sat|stood|became|"
    r"become|drew|sought|laid|kept|keep|meet|met|felt|led|read|won|withdrew|broke|spoke|rose|fell|grew|threw|flew|fled|"
    r"fought|caught|taught|bought|brought|built|sent|spent|lost|paid|said|sold|told|held|found|ran|came|gave|took|"
    r"made|saw|knew|wrote|chose|drove|rode|hid|shook|wore|tore|swore|froze|stole|began|sang|sank|rang|upheld|"
    r"withheld|understood|went|got|left|thought|meant|dealt|heard|owe|say|want|know|think|go|come|make|take|get)\b"
    r"|\b(?:it|that|there|he|she|what|who)[’']s\b|[’'](?:re|ve|ll|d|m)\b")
_VERB_IN_S = r"\b[a-z]{2,}[^s\W]s\b"
_FINITE = re.compile(rf"{_FINITE_WORDS}|(?-i:{_VERB_IN_S})", re.IGNORECASE)
# (the same, fast: the words `Caseless`, the -s verb in lower case as written)
_FINITE_FAST, _VERB_IN_S_RE = Caseless(_FINITE_WORDS), re.compile(_VERB_IN_S)


def _has_finite(text: str) -> bool:
    """_FINITE.search(text) is not None."""
    return _FINITE_FAST.search(text) is not None or _VERB_IN_S_RE.search(text) is not None


_CAPTION_TIME = re.compile(
    rf"\b(?:in (?:(?:{_MONTH_RE}) )?\d{{4}}|on (?:{'|'.join(d.capitalize() for d in _WEEKDAYS)})|last (?:{_MONTH_RE}|week|year|month))"
    r"[\"”’')\]]*\.$")
# "A young boy from Honduras standing near the wall.": a noun, a place, a participle and no verb
# (or set off by a comma: a video's blurb, "A major lawsuit from the party, targeting three firms ...")
_CAPTION_PARTICIPLE = re.compile(r"^[A-Z][^,;:]*?\b(?:from|of|in|at|near|on|with)\s[^,;:]+?,?\s[a-z]{3,}ing\b")
# verbs that are not the sentence's own: an infinitive ("the first to be made by ...") and a relative
# clause set off by commas (", who was crowned in 1953,")
_NOT_FINITE = re.compile(r"\bto\s+(?:be\s+|have\s+)?[a-z]+\b|,\s+(?:who|which|whose|whom)\b[^,;:]*(?=,)")
_CAPTION_OPENING = re.compile(r"^(?:Map|Photo|Image|Picture|Graphic|File photo|Video|Chart)\b")


def _is_caption(s: str) -> bool:
    """A photo caption or a picture's label: no finite verb, and the shape of a caption ("HMS Cornwall at
    Zeebrugge in 2006.", "Members of the caravan at the wall on Sunday.", "Map indicating ...")."""
    if _CAPTION_OPENING.match(s):
        return True
    if _has_finite(_NOT_FINITE.sub(" ", mask_quotes(s))):
        return False
    return bool(_CAPTION_TIME.search(s) or _CAPTION_PARTICIPLE.match(s))


def strip_dateline(s: str) -> int:
    """How many leading characters of a sentence are a wire dateline ('VELLMOOR, March 3 (Wire) - '), a
    page's date line run into it ('Tuesday, January 18, 2005Through a telethon, ...') or a live blog's
    entry time ('14:05 — ')."""
    m = _UPDATE_LABEL.match(s) or _DATELINE.match(s) or _DAY_PREFIX.match(s) or _ENTRY_TIME.match(s)
    return m.end() if m else 0


_UPDATE_LABEL = re.compile(r"updated?\b" + _UPDATE_REST, re.IGNORECASE)


# A live blog's entry opens with its clock time and a dash or colon: '14:05 — The board approves ...',
# '9.10am - Police say ...', '12:40 GMT: ...' (the newest perhaps labelled 'UPDATE: 15:20 - ...', which
# `_UPDATE_LABEL` cuts), or a match's live text with the moment of the match: 'Kick-off: ...', 'Half-time -
# ...', 'FT: ...' (a minute, "51' ...", is the time of what the entry tells, and stays: `_MATCH_MINUTE`). Only a
# time (hours 0-23, two-digit minutes) or moment with that mark after it at the sentence's very start: a score
# ('14-5 win') or a time inside the sentence stays, and so does "Full-time work ..." with no mark.
_ENTRY_TIME = re.compile(
    r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s?(?-i:[A-Z]{2,4})(?:[+-]\d{1,2})?)?"
    r"|kick[- ]?off|half[- ]?time|full[- ]?time|(?-i:HT|FT))"
    r"\s*(?:[–—]+\s*|-+\s+|:\s+)(?=\S)",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------------------- support

_CAP = re.compile(r"(?<![\w'’-])[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’.-]*")
_NAME_STOP = frozenset(
    """the a an in on at for of and but or as if it its this that these those there their they he she we
    his her our after before when while with by from to however meanwhile also according some many most
    one two three four five six seven eight nine ten i""".split()
)


def names(text: str) -> list[str]:
    """Capitalised words that look like parts of names ('Caracas', 'Rodriguez', 'U.S.'), folded, and
    without the ordinary words that are capitalised because they open a sentence."""
    out = []
    for m in _CAP.finditer(text):
        w = fold(m.group(0)).strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if not w or w in _NAME_STOP or w in STOPWORDS or w in _MONTHS or w in _WEEKDAYS or w in NUMBER_WORDS:
            continue
        out.append(w)
    return out


@dataclass
class Support:
    names_missing: list[str] = field(default_factory=list)
    numbers_missing: list[str] = field(default_factory=list)
    words_missing: list[str] = field(default_factory=list)
    words_total: int = 0
    dates_missing: list[str] = field(default_factory=list)

    @property
    def word_share(self) -> float:
        return 1.0 if not self.words_total else 1 - len(self.words_missing) / self.words_total

    def ok(self, min_words: float = 1.0) -> bool:
        return (not self.names_missing and not self.numbers_missing and not self.dates_missing
                and self.word_share >= min_words)


def support(statement: str, quote: str) -> Support:
    """Is `statement` backed by `quote`? Every name, every figure, every day of the month and the
    content words of the statement must be found in the quote (names and words compared folded and
    stemmed, figures by value so 'Twelve' matches '12', days as days so 'June 18' matches '18 June')."""
    q_tokens = {fold(w).strip("'") for w in words(quote)}
    q_tokens |= {t[:-2] for t in q_tokens if t.endswith("'s")}
    q_tokens |= {p for t in q_tokens if "-" in t for p in t.split("-")}
    q_stems = set(content_stems(quote)) | {stem(w) for w in words(quote)}
    q_values = {round(n.value, 6) for n in numbers(quote)}
    res = Support()
    for n in names(statement):
        if n not in q_tokens and stem(n) not in q_stems:
            res.names_missing.append(n)
    for n in numbers(statement):
        if round(n.value, 6) not in q_values:
            res.numbers_missing.append(n.text)
    cs = content_stems(statement)
    res.words_total = len(cs)
    res.words_missing = [w for w in cs if w not in q_stems]
    # ("due on June 18" is not backed by "due on June 11": a day of the month is no figure to numbers())
    days = _month_days(statement)
    if days:
        q_days = [iso for _, iso in _month_days(quote)]
        res.dates_missing = [t for t, iso in days if not any(same_day(iso, x) for x in q_days)]
    return res


@lru_cache(maxsize=16384)
def _month_days(text: str) -> tuple[tuple[str, str], ...]:
    """(words, ISO day) of each day of a month the text gives ("June 18", "18 June 2026"): a day of the
    month is written with digits, so a text without any has none (and is not parsed)."""
    if not any(c.isdigit() for c in text):
        return ()
    return tuple((d.text, d.iso) for d in dates(text) if d.kind == "day" and d.iso)
