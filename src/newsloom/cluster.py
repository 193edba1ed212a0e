"""Streaming story clustering: each article, in time order, joins a story or starts one.

Per article the work is bounded whatever the size of the store: candidate stories come from an
inverted index over the article's most distinctive terms and names and its headline words, only
stories active in a sliding window are kept in memory, and a fixed number of candidates is scored.

A candidate story is scored against the article with a small logistic model over
  - lexical similarity: TF-IDF cosine to the story's centroid (IDF learned incrementally, read as if a
    few unrelated reports were always stored: see Vocabulary) and to its closest member,
  - headline similarity,
  - shared names (capitalised phrases: people, places, organisations) weighted by rarity,
  - shared figures (numbers),
  - closeness in time (a day-level gap; unknown dates say so; a follow-up's gap is also measured from
    the day its lede names as its event's own, "Tuesday's earthquake", "the quake that hit Kellvik on
    Tuesday": see event_days).
The weights were fitted on the evaluation corpora with `benchmarks/calibrate_cluster.py`
(teacher-forced replay, checked leave-one-corpus-out), not set by hand.

Sentence embeddings (embed.py) were measured as a further feature (headline + lede, 64 tokens):
pooled BCubed F1 moved from 0.917 to 0.919 while the model ran at ~85 articles/s on two cores, so
they do not pay for their cost here and are left out of the join model.
A candidate's margin over the next-best candidate is a feature too: in a quiet stream a lone match is
telling; among many stories on one topic the same similarity is not.

Two vetoes come before the model's verdict on the stories an article may join or bridge. The article
must share a word beyond names with the story (`shares_content`), and it must not be about another
country (`same_place`): an article mostly about one country (named four times or more) does not join
a story mostly about another country that the article never names (an earthquake in Haiti and one in
Chile a month later share every word but their places; the GeoNames gazetteer of places.py tells
which country a name belongs to). On the pooled corpora this took pairwise F1 from 0.885 to 0.900;
short excerpts name their country too rarely to be judged.

Stories stay coherent: the article is compared with the story's centroid as well as its closest
member (closest-member alone would let a story chain into a catch-all), and a story's growth is capped.

Two stories that turn out to be one event merge (a second, story-level stage): when an article joins a
story, that story is compared with the article's few other candidate stories, as wholes, by a second
logistic model over story-to-story features (STORY_FEATURES: the article's own probability for the
other story, centroid similarity of bodies, headlines, names and figures, the gap between their time
spans, names that disagree, the smaller story's size, whether each story's main name appears in the
other at all: the stories of two earthquakes each name their own country). It is fitted by the same
script on a real replay (label: both stories' majority gold story is the same) and its threshold is
high, so a merge needs the stories themselves to agree, not just one article that mentions both.

The opposite error: a second event of one kind (a politician ousted from a party post, another elected
to it two days later) enters a story through its first report at a borderline probability, and its
later reports follow it in. So a member that joined below `Params.borderline` stays provisional, and
the next article that would join it firmly but not the rest of the story splits it off into a story
of their own (`Assignment.moved` names it, so the store moves it too). In that test the two parts
are each other's rival (the margin feature): in a quiet stream, with no other story, a report of the
second event would otherwise seem close enough to the rest by its likeness alone. A reprint (`Doc.copy_of`) of a
provisional member is provisional with it and moves with it. The store keeps each article's mark
(`Assignment.provisional`) and `restore` puts it back, so a stream ingested over several runs (each a
new process) splits as it would in one run; a moved member starts its new story and is firm there,
and a merged story keeps its members' marks.
"""
from __future__ import annotations

import hashlib
import itertools
import math
import re
import weakref
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter
from datetime import date
from typing import Callable, Container, Iterable

import numpy as np

from .dedupe import ReprintIndex
from .places import countries, main_countries, regions
from .records import Article
from .text import NUMBER_WORDS, SCALES, dates

# --- text features ------------------------------------------------------------------------------

# Common English function words (importing scikit-learn's list would cost a second at start-up).
_FUNCTION_WORDS = """
a about above after again against all almost alone along already also although always am among an and
another any anyhow anyone anything anyway anywhere are around as at back be became because become becomes
been before beforehand behind being below beside besides between beyond both but by can cannot could did do
does doing done down due during each either else elsewhere enough etc even ever every everyone everything
everywhere except few first for former formerly from further had has have having he hence her here hereafter
hereby herein hers herself him himself his how however i if in indeed into is it its itself just last latter
least less many may me meanwhile might more moreover most mostly much must my myself namely neither never
nevertheless next no nobody none noone nor not nothing now nowhere of off often on once only onto or other
others otherwise our ours ourselves out over own per perhaps please put rather re same see seem seemed seeming
seems several she should since so some somehow someone something sometime sometimes somewhere still such than
that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these
they this those though through throughout thru thus to together too toward towards under until up upon us
very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon
wherever whether which while whither who whoever whole whom whose why will with within without would yet you
your yours yourself yourselves get got make made take took go went come came give gave put set let use used
"""
STOP = frozenset(_FUNCTION_WORDS.split()) | {
    "said", "says", "say", "saying", "told", "tells", "according", "reported", "report", "reports",
    "new", "year", "years", "time", "people", "just", "like", "also", "would", "could", "one", "two",
    "mr", "mrs", "ms", "dr", "s", "t", "don", "didn", "doesn", "isn", "wasn", "won", "ll", "ve", "re",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "week", "weeks", "day", "days", "month", "months", "percent", "news", "image", "photo",
}
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
_NOT_NAMES = STOP | _MONTHS | {"president", "said", "the", "a", "an", "but", "and", "in", "on", "at", "it"}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
# A run of capitalised words on one line (allowing short joiners inside: "Bank of England", "Kim
# Jong-un"): a headline's last word and the text's first are two names.
# (a full stop runs on in a name only after an initial or a title: "George W. Bush", "Mr. Lind", "U.S. Navy";
# after a whole word it ends the sentence: "in Ferran Vale. Ferran Vale's mayor ..." are two names)
_NAME_WORD = (r"(?:[A-Z][\w'’\-]*(?:(?:(?<=\b[A-Z])|(?<=\.[A-Z])|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Ft|Mt))|"
              r"(?<=\b(?:Mrs|Gen|Gov|Sen|Rep|Col|Sgt|Rev))|(?<=\b(?:Capt|Prof)))\.)?)")
_NAME = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:(?:of|de|la|al|bin|von|van|the|and|for)[ \t]+)?{_NAME_WORD})*")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}$")
# capitals that open a line but name nothing the event is about: a page's tags and a wire's credit
_NOT_ACRONYMS = frozenset("BREAKING WATCH UPDATE UPDATED LIVE VIDEO EXCLUSIVE OPINION ANALYSIS PHOTOS LISTEN READ "
                          "MORE NEW FILE AP AFP UPI DPA".split())
_DASH_AFTER = re.compile(r"\s*[-–—]")  # "KORVA — ...": a dateline
# (a headline's colon opens a sentence too: "BREAKING: Gunman kills four", "CDC: Fully vaccinated ...")
_SENT_START = re.compile(r"(?:^|[.!?:]\s+|\n)[\"“‘'(]*$")


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    """Lower-case and fold possessives and plurals so 'quake', "quake's" and 'quakes' meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if len(w) > 4 and not w[0].isdigit():
        if w.endswith("ies"):
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    return w


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    w = _norm(word)
    return w if len(w) > 1 and w not in STOP else None


def terms(text: str) -> list[str]:
    """Content words and figures of a text, normalised, stop words dropped."""
    return [t for t in map(_term, _WORD.findall(text)) if t]


def names(text: str) -> list[str]:
    """Capitalised phrases (people, places, organisations), normalised, with their single words.

    A lone capitalised word at the start of a sentence is usually just grammar, so it is kept only
    when it also appears capitalised elsewhere in the text.
    """
    found: list[str] = []
    mid_sentence: set[str] = set()
    starts: list[str] = []
    for m in _NAME.finditer(text):
        words = _name_words(m.group())
        if not words:
            continue
        key = " ".join(words)
        # (an acronym is a name wherever it stands: "CDC: Fully vaccinated people ..."; and a word after a
        # capitalised grammar word does not open the sentence: "Former Selmarsh mayor", "In Carrow, ...")
        # ("The Senate voted": an institution's common word after "The" is grammar's capital too)
        if (len(words) == 1 and (_name_words(m.group().split()[0]) == words or words[0] in _INSTITUTION)
                and (m.start() == 0 or _SENT_START.search(text[max(0, m.start() - 4) : m.start()]))
                and not _acronym(m.group(), text, m.end())):
            starts.append(key)
            continue
        found.append(key)
        if len(words) > 1:
            found.extend(w for w in words if w not in _NOT_NAMES and len(w) > 1)
        mid_sentence.add(key)
    found.extend(k for k in starts if k in mid_sentence)
    return found


def _acronym(word: str, text: str, end: int) -> bool:
    """An acronym is a name wherever it stands ("CDC: Fully vaccinated people ..."); a tag ("BREAKING:"),
    a wire's credit ("AP contributed ...") or a dateline ("KORVA — ...") is not."""
    return (bool(_ACRONYM.match(word)) and word.replace(".", "") not in _NOT_ACRONYMS
            and not _DASH_AFTER.match(text, end))


@lru_cache(maxsize=200_000)
def _name_words(phrase: str) -> tuple[str, ...]:
    """The normalised words of a capitalised phrase without leading and trailing grammar words
    ("The White House" -> white, house; "In Paris" -> paris). Names recur from article to article,
    so this is cached."""
    words = [w for w in (_norm(w.rstrip(".")) for w in phrase.split()) if w]
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    while words and words[-1] in _NOT_NAMES:
        words.pop()
    return tuple(words)


_FIGURE = re.compile(r"([$€£¥]\s?)?\b(\d[\d,.]*\d|\d)(?:\s?(thousand|million|billion|trillion|bn|mn|tn|trln)\b|"
                     r"((?-i:[kK]))\b|(?(1)((?-i:[MBTm]))\b|(?!))|\b)", re.IGNORECASE)
_YEARISH = re.compile(r"^(19|20)\d\d$")


def figures(text: str) -> list[str]:
    """Numbers that can identify an event (a toll, a magnitude, an amount); years are left out. A scale
    is multiplied in, so '30K', '30,000' and '30 thousand' are one figure, as are '$3.5T' and '$3.5 trillion'
    (M, B, T and m only after a currency sign, as text.numbers reads them: "3M" is a company)."""
    out = []
    for m in _FIGURE.finditer(text):
        f = m.group(2).replace(",", "").rstrip(".")
        scale = m.group(3) or m.group(4) or m.group(5)
        if scale:
            try:
                f = f"{float(f) * SCALES[scale.lower()]:.0f}"
            except ValueError:  # '1.2.3'
                continue
        if f and not _YEARISH.match(f) and f not in {"0", "1", "2", "3"}:
            out.append(f)
    return out


# A vote's tally, the winners' count first: "ruled 5-4", "a 94–1 vote", "passed 364 to 62". Not a range of
# ages or a season ("12-15", "2020-21": the first is smaller), nor a score of time or size ("24-hour", "12-story").
# Each pattern starts at its figure (scanning every word for the vote words first is slow).
_TALLY = re.compile(r"(\d{1,3})(?:\s?[-–]\s?(\d{1,3})(?![\d%-])(?!\s*(?i:years?|months?|days?|weeks?|hours?|minutes?|"
                    r"percent|per\b|story|storey|foot|feet|inch|miles?|points?|pages?))|(?= to (\d{1,3})\b))")
_VOTED = re.compile(r"\b(?:vot(?:e|ed|ing)|passed|approved|ruled|margin|majority)\b(?:(?!\bfrom\b)[^.;:]){0,30}$", re.IGNORECASE)
_WORD_TALLY = re.compile(rf"\b(\d{{1,3}}|{'|'.join(NUMBER_WORDS)}) votes? to (\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\b",
                         re.IGNORECASE)


def tallies(text: str) -> frozenset[str]:
    """The vote tallies a text gives ('5-4', 'passed 364 to 62', 'by six votes to three'): two reports of
    one vote give the same one."""
    def whole(m: re.Match) -> bool:  # the figure is not the tail of a longer one ("2020-21", "$5-6")
        return m.start() == 0 or text[m.start() - 1] not in "0123456789,.$£€-"

    pairs = []
    for m in _TALLY.finditer(text):
        if not whole(m):
            continue
        if m.group(2):
            pairs.append(m.group(1, 2))
        # "N to M" counts a vote only after a vote word ("passed it 364 to 62", not "fell from 40 to 25")
        elif _VOTED.search(text, max(0, m.start() - 40), m.start()):
            pairs.append((m.group(1), m.group(3)))
    low = text.lower()
    if " votes to " in low or " vote to " in low:
        pairs += [m.group(1, 2) for m in _WORD_TALLY.finditer(text)]
    out = set()
    for pair in pairs:
        a, b = (int(g) if g.isdigit() else NUMBER_WORDS[g.lower()] for g in pair)
        if a > b:
            out.add(f"{a}-{b}")
    return frozenset(out)


def parse_day(published: str | None) -> int | None:
    """Day number (proleptic ordinal) of an ISO date or datetime, or None when unknown."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


# Words that make a capitalised phrase an institution or a place, not a protagonist ("Supreme Court", "Port Authority")
_INSTITUTION = frozenset("""police department court house senate congress parliament party committee ministry agency
office council university college school hospital company group bank news times post press service services board
union association institute foundation center centre state states government administration white supreme republican
republicans democrat democrats national federal city county airport station street road church army navy force forces
club team league port harbour harbor bay river lake mount island""".split())


_OPENING_WORD = re.compile(r"\s*([A-Z][\w-]*)\s+[a-z]")


def protagonist(found: Iterable[str], text: str | None = None) -> str | None:
    """Who or what a report is about, by the last word of its name: a two- or three-word name (or the
    last two words of a longer one) that is neither an institution nor a place, whose last word is named
    at least twice ("Felix Borran ..., Borran said": borran; "Storm Alda ... Alda": alda), the most named
    first (first come on ties).
    With the `text` the names were found in (headline first), a headline opening with that word alone
    counts too ("Borran held over club brawl"), unless the text also writes it in lower case ("Power
    cuts hit Orrin ... Lumen Power ... without power"). None when nothing stands out."""
    counts = found if isinstance(found, Counter) else Counter(found)
    opening = _OPENING_WORD.match(text) if text else None
    people = []
    for name in counts:
        ws = name.split()
        if len(ws) > 3:
            ws = ws[-2:]  # a person named after a long office: "House Majority Whip Steve Scalise"
        if len(ws) < 2 or any(w in _INSTITUTION or w in _NOT_NAMES for w in ws):
            continue
        n = counts[ws[-1]]
        if (n == 1 and opening and opening.group(1).lower() == ws[-1]
                and not re.search(rf"\b{re.escape(ws[-1])}\b", text)):  # text is not None when opening is set
            n = 2
        if n >= 2:
            people.append((-n, len(people), ws))
    for _, _, ws in sorted(people):  # the gazetteer only for the few that may stand out
        if not countries(" ".join(w.capitalize() for w in ws)):
            return ws[-1]
    return None


def star(text: str) -> str | None:
    """A star of screen, stage or sport whom a short report names once, introduced by what they do
    ("Police detained film actor Felix Borran": borran, the last word as names() writes it), or None.
    The text's body is read before its headline, where Title Case runs the name into its verb
    ("Comedian Lars Brede Arrested")."""
    low = text.lower()
    if not any(r in low for r in _ROLES):  # a substring test first: fast
        return None
    body = text.find("\n") + 1
    m = _CELEBRITY.search(text, body) or _CELEBRITY.search(text, 0, body)
    ws = _name_words(m.group(1)) if m else ()
    if 2 <= len(ws) <= 3 and not any(w in _INSTITUTION or w in _NOT_NAMES for w in ws):
        return ws[-1]
    return None


_ROLES = ("actor", "actress", "singer", "rapper", "musician", "comedian", "presenter", "chef", "model", "footballer",
          "striker", "goalkeeper", "boxer", "golfer", "tennis player", "athlete", "influencer", "reality star",
          "pop star", "film star", "tv star", "rock star", "film director")
_CELEBRITY = re.compile(rf"\b(?i:{'|'.join(_ROLES)})\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})\b")


# where an event happened, as a report's first lines put it: "fire destroys factory in Selmarsh"
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")
_FIRST_SENTENCES = re.compile(r"(?:[^.!?\n]|\.(?=\S))+[.!?]?(?:\s+(?:[^.!?\n]|\.(?=\S))+[.!?]?)?")


_VENUES = frozenset("""stadium arena ground field park airport airfield station terminal port harbour harbor club bar
    nightclub room hotel hall theatre theater cinema church cathedral mosque temple synagogue school college university
    campus hospital clinic prison jail base camp market mall centre center square bridge tower building plaza court
    refinery plant factory mill mine pier quay dock beach zoo museum library embassy consulate palace""".split())


def locale(counts: Counter[str], title: str, body: str) -> str | None:
    """The town or site a report's event happened at, as `names()` writes it: the first capitalised
    place after "in", "at", "near" or "outside" in its headline or first two sentences that the report
    names at least twice and that is no country, people or US state (those are `same_place`'s) and no
    venue (a stadium, an airport, a club: another report may name the town instead), or None.
    Two fires in two towns of one country are told in one outlet's words; their towns tell them apart."""
    first = _FIRST_SENTENCES.match(body)
    for text in (title, first.group() if first else ""):
        for m in _AT_PLACE.finditer(text):
            phrase = m.group(1)
            words = _name_words(phrase)
            # "in Trump's", "at Ostervald Stadium": a person's, or a site that a report of the same event
            # may name where another names its town
            if (not words or phrase.endswith(("'s", "’s")) or words[0] in _INSTITUTION or words[-1] in _VENUES
                    or tuple(phrase.split()) in regions()):
                continue
            key = " ".join(words)
            # (named again inside a longer name counts: "the Marrow Hills of Calder County")
            if counts[key] + sum(k for n, k in counts.items() if n.startswith(key + " ")) >= 2:
                return key
    return None


_DAYS_OWN = re.compile(r"day['’]s\b", re.IGNORECASE)  # 'Tuesday's', 'yesterday's'
# A relative clause that dates the event it names: "the earthquake that struck (Kellvik) (early) on Tuesday",
# "the fire, which was started on Monday". Its verb comes right after "that"/"which" and is past ("-ed" or a
# common irregular past): "said in a statement that Varga was dismissed", "which the Greens unveiled
# Monday" are no such clause (a name or a helper verb other than was/were comes first).
_PAST = (r"(?:[a-z]+ed|struck|hit|shook|swept|broke|tore|blew|fell|began|took|spread|burst|sank|ran|sent|shot|"
         r"stole|froze|rose|caught|brought|led|left|came|went|won|lost|held|met|drove|flew|hid|bit|sold|stood)")
_EVENT_CLAUSE = re.compile(rf"\b(?:that|which)\s+(?:(?:was|were)\s+)?{_PAST}\b(?:\s+[\w'’-]+){{0,3}}?"
                           r"\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
# the cheap test first: "that"/"which" with a day or month named soon after it
_EVENT_CLAUSE_NEAR = re.compile(r"\b(?:that|which)\s[^.!?;]{0,80}?\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                                r"yesterday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d)",
                                re.IGNORECASE)
# "..., two days after the quake that killed 31 in Kellvik on Tuesday" / "a day after Tuesday's vote": the
# report dates its own news later than the day it names, which is then its background, not its event (a second
# quake two days after the first, told in the same wire's words).
_DAYS_AFTER = re.compile(r"\b(?:days?|hours?|weeks?)\s+(?:after|since)\s+[^,.;:!?]*$", re.IGNORECASE)


def event_days(title: str, text: str, published: str | None, window: int) -> tuple[int, ...]:
    """The earlier days (within `window` days before publication) that a report's headline and lede name
    as its event's own: "Thirty-one people died in Tuesday's earthquake", published on Thursday, tells of
    Tuesday's event. The time gap to a story is measured from these days too, so such a follow-up two days
    on is as near its story as the same day's reports (the calibration corpora are mostly one-day stories,
    so the fitted gap weight is steep: a two-day gap alone costs more than a matching lede earns).
    Only the possessive ("Tuesday's quake", "yesterday's vote") and a relative clause that dates the event a
    lede names ("the earthquake that struck Kellvik on Tuesday": _EVENT_CLAUSE) count: a lede's bare "on
    Monday" is as often a new development of an older topic (over the corpora, counting it took pairwise
    precision from 0.912 to 0.825 for 0.003 of recall, F1 0.909 to 0.865: a week of vaccine news chained
    into one story). A day named after "two days after" / "hours since" is background (_DAYS_AFTER).
    Over the corpora's 1,181 ledes the clause dates none and the guard drops one possessive ("hours after
    Thursday's swearing-in"); their clustering is unchanged."""
    day = parse_day(published)
    # a cheap test first: few reports have one near their start
    if day is None or not (_DAYS_OWN.search(title) or _DAYS_OWN.search(text, 0, 1000)
                           or _EVENT_CLAUSE_NEAR.search(text, 0, 1000)):
        return ()
    first = _FIRST_SENTENCES.match(text)
    lede = title + ".\n" + (first.group() if first else "")
    out = set()
    for m in dates(lede, published):
        if lede[m.end : m.end + 2] not in ("'s", "’s") and not _EVENT_CLAUSE.search(lede, max(0, m.start - 80), m.start):
            continue
        if _DAYS_AFTER.search(lede, max(0, m.start - 100), m.start):
            continue
        d = parse_day(m.iso) if m.iso and m.iso[:2] != "--" else None
        if d is not None and day - window <= d < day:
            out.add(d)
    return tuple(sorted(out))


@dataclass(frozen=True)
class Tokens:
    """What clustering reads off an article's words before any word rarity comes in: pure and
    picklable, so a helper process can compute it ahead of the clusterer (pipeline.assign_stories).
    Counts keep the order of first occurrence, which the clusterer's tie-breaks depend on."""

    body: Counter[str]  # title and body terms, the headline's counted three times
    title: Counter[str]
    names: Counter[str]
    figures: Counter[str]
    named: frozenset[str]  # terms that are words of names (see shares_content)
    places: dict[str, float]  # how often it names each country
    protagonist: str | None = None  # who or what it is about (protagonist(), else star())
    by_role: bool = False  # the protagonist is a star named once (star()): a weaker sign
    tallies: frozenset[str] = frozenset()  # the votes it counts (tallies())
    locale: str | None = None  # the town or site it happened at (locale())
    event_days: tuple[int, ...] = ()  # earlier days its lede dates its event to (event_days())


def tokenise(title: str, text: str, body_words: int, published: str | None = None, window: int = 0) -> Tokens:
    """The terms, names, figures and countries of a headline and the first `body_words` words of a text,
    and the days within `window` before `published` that its lede dates its event to."""
    body_text = " ".join(text.split()[:body_words])
    headed = title + ".\n" + body_text  # the headline as the text's first sentence
    t_terms = terms(title)
    n_terms = names(headed)
    # The headline counts twice more in the body vector: it states the event most compactly.
    body = Counter(terms(body_text))
    for t in t_terms:
        body[t] += 2
    names_counted = Counter(n_terms)
    where = locale(names_counted, title, body_text)
    named = protagonist(names_counted, headed)
    if named is not None and where is not None and named == where.split()[-1]:
        named = None  # a town the gazetteer does not know ("near Tarn Hollow") is where, not who
    starred = None if named else star(headed)
    return Tokens(
        body=body,
        title=Counter(t_terms),
        names=names_counted,
        figures=Counter(figures(title + " " + body_text)),
        named=frozenset(t for n in n_terms for w in n.split() if (t := _term(w))),
        places={c: float(k) for c, k in countries(headed).items()},
        protagonist=named or starred,
        by_role=starred is not None,
        tallies=tallies(headed),
        locale=where,
        event_days=event_days(title, text, published, window) if published and window else (),
    )


# --- incremental IDF ----------------------------------------------------------------------------


class Vocabulary:
    """Document frequencies learned as articles arrive (one per channel: words, names, figures).

    Rarity is read as if `prior_docs` unrelated reports were always stored besides (a prior on document
    frequency): without it, a store of a few reports of one event weighs the event's own words ('quake',
    'Kellvik') as common, since every report has them, and the same follow-up joins its story or not
    depending on what else happens to be stored and in which order it came (audit 16 #2: a follow-up a day
    on, its lede naming no day, p=0.66 with its own story's reports alone stored, 0.83 after 18 others).
    In a store of thousands the prior is lost in the counts. The join and merge models were refitted
    with it (benchmarks/calibrate_cluster.py --prior-docs): 10 keeps the pooled corpora (pairwise F1
    0.9091 -> 0.9098, BCubed 0.941 -> 0.9413) and lifts newswcl50 replayed alone (0.9189 -> 0.9418); 3 and 5
    merged one outlet's template for two arrests in one city (the story model's bridge weighs more), 20
    cost 0.006 pooled."""

    def __init__(self, prior_docs: int = 0) -> None:
        self.df: Counter[str] = Counter()
        self.docs = 0
        self.prior_docs = prior_docs

    def add(self, keys: Iterable[str]) -> None:
        self.docs += 1
        # each key once; a dict's keys view is counted in C (a Counter given as such adds count by count)
        self.df.update(keys.keys() if isinstance(keys, dict) else set(keys))

    def idf(self, key: str) -> float:
        # Smoothed as scikit-learn does; an unseen word counts as seen once.
        return math.log((1 + self.docs + self.prior_docs) / (1 + self.df.get(key, 0))) + 1.0


Vector = dict[str, float]


def _tfidf(counts: Counter[str], vocab: Vocabulary) -> Vector:
    # vocab.idf inlined: this runs for every term of every article.
    log, df, base = math.log, vocab.df.get, math.log(1 + vocab.docs + vocab.prior_docs) + 1.0
    vec = {k: (1.0 + log(c)) * (base - log(1 + df(k, 0))) for k, c in counts.items()}
    norm = _norm2(vec)
    return {k: v / norm for k, v in vec.items()}


def _dot(a: Vector, b: Vector) -> float:
    return sum([a[k] * b[k] for k in a.keys() & b.keys()])  # the set intersection runs in C


def _add_into(acc: Vector, vec: Vector) -> None:
    for k, v in vec.items():
        acc[k] = acc.get(k, 0.0) + v


def _norm2(vec: Vector) -> float:
    return math.sqrt(sum([v * v for v in vec.values()])) or 1.0  # a list sums faster than a generator


def _top(vec: Vector) -> str:
    return max(vec.items(), key=lambda kv: kv[1])[0]


def _prune(vec: Vector, keep: int) -> Vector:
    if len(vec) <= keep:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: -kv[1])[:keep])


# --- model --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Params:
    body_words: int = 400  # the lead carries the event; long tails drift into background
    window_days: int = 6  # a story takes no new dated article after this many days of silence
    max_active: int = 20000  # stories kept in memory (least recently updated evicted)
    query_terms: int = 14  # distinctive terms of an article used to find candidate stories
    max_candidates: int = 40
    centroid_terms: int = 600  # a story's centroid keeps its heaviest terms only
    max_story_size: int = 500  # a story stops growing (a new one starts) past this
    join: float = 0.7  # probability above which the article joins the best story (calibrated)
    merge: float = 0.8  # the story model's probability above which two stories merge (calibrated)
    merge_candidates: int = 3  # other candidate stories of the article compared with the one it joined
    # An article joining below this probability is a provisional member (see _split_off). Set on the pooled
    # replay of ../shared/data (pairwise F1 .8954 at 0.85, .9049 from 0.94 to 0.97, .8921 at 0.99): the join
    # model's 0.85-0.95 are confident in words but often another event told by the same people that day.
    borderline: float = 0.95
    rest_join: float = 0.5  # ... and is split off when the next report would join the rest of the story below this
    prior_docs: int = 10  # word rarity is read as if this many unrelated reports were stored too (Vocabulary)
    # logistic weights: intercept, then one per feature in FEATURES order
    weights: tuple[float, ...] = ()
    # the story-to-story model: intercept, then one per feature in STORY_FEATURES order
    merge_weights: tuple[float, ...] = ()


FEATURES = (
    "body_centroid", "body_best", "title", "names", "figures", "gap_log", "undated", "same_day",
    "names_disagree", "undated_body", "margin",
)

# Fitted by benchmarks/calibrate_cluster.py (see its report); refit there, never edit by hand.
DEFAULT_WEIGHTS: tuple[float, ...] = (
    -1.299, 2.344, 2.856, 3.511, 0.985, 0.517, -3.235, -0.313, 0.291, -1.685, 1.169, 9.141,
)

STORY_FEATURES = (
    "bridge", "body", "title", "names", "figures", "gap_log", "undated", "names_disagree", "small",
    "main_names",
)
# Fitted by benchmarks/calibrate_cluster.py too (a replay with the join model above, merging off).
DEFAULT_MERGE_WEIGHTS: tuple[float, ...] = (
    -6.237, 1.738, 1.495, 1.376, 1.318, 0.317, -1.952, 1.249, -0.941, 4.087, 1.407,
)

DEFAULT = Params(weights=DEFAULT_WEIGHTS, merge_weights=DEFAULT_MERGE_WEIGHTS)


def shares_content(content: list[str], story: "StoryState") -> bool:
    """Two reports of one event share a word beyond names: 'earthquake', 'arrested', 'budget'. A report
    that shares only names with a story (its city, its country's leader, the day's weekday) is another
    event there (a quake and a nightclub arrest in one port on one day), however alike the names make
    the two look; it may not join. `content`: the article's body terms that are not parts of names."""
    return any(any(t in m.body and t not in m.named for t in content) for m in story.members)


PLACE_LEAST = 4  # a country named this often is what a report is about; short excerpts are not judged


def same_place(doc: "Doc", story: "StoryState") -> bool:
    """A report mostly about one country does not join a story mostly about another that it never
    names: an earthquake in Haiti and one in Chile a month later share every word but their places.
    Reports that name no country often enough (most of a capital's politics) are not judged."""
    mine = main_countries(doc.places, PLACE_LEAST)
    theirs = main_countries(story.places, PLACE_LEAST)
    return not mine or not theirs or bool(mine & theirs) or any(c in doc.places for c in theirs)


@dataclass
class Doc:
    """An article reduced to what clustering needs."""

    id: str
    day: int | None
    body: Vector
    title: Vector
    names: Vector
    figures: Vector
    title_text: str
    outlet: str = ""
    copy_of: str | None = None  # the article this one reprints (it follows its original's story)
    named: frozenset[str] = frozenset()  # its body terms that are only parts of names (see shares_content)
    keys: list[str] = field(default_factory=list)  # its inverted-index keys (Clusterer._query_keys)
    places: Vector = field(default_factory=dict)  # how often it names each country (places.countries)
    protagonist: str | None = None  # who or what it is about (protagonist(), else star())
    by_role: bool = False  # the protagonist is a star named once (star())
    tallies: frozenset[str] = frozenset()  # the votes it counts (tallies())
    locale: str | None = None  # the town or site it happened at (locale())
    event_days: tuple[int, ...] = ()  # earlier days its lede dates its event to (event_days())
    packed: tuple | None = field(default=None, repr=False, compare=False)  # body as arrays (Clusterer._pack)


@dataclass
class StoryState:
    id: str
    body: Vector = field(default_factory=dict)  # sum of member body vectors (pruned)
    title: Vector = field(default_factory=dict)
    names: Vector = field(default_factory=dict)
    figures: Vector = field(default_factory=dict)
    places: Vector = field(default_factory=dict)  # sum of member place counts
    members: list[Doc] = field(default_factory=list)  # most recent members kept for closest-member tests
    size: int = 0
    first_day: int | None = None
    last_day: int | None = None
    keys: set[str] = field(default_factory=set)  # index keys it is posted under
    title_text: str = ""
    best_title_score: float = -1.0
    norms: tuple[float, float, float, float] | None = None  # of body, title, names, figures; None = stale
    # Members that joined only at a borderline probability: each may be the first report of another
    # event of the same kind, and is split off with the next report that joins through it alone.
    provisional: list[Doc] = field(default_factory=list)
    # Its kept members' bodies packed end to end, with the members they were packed from (Clusterer._best_members).
    packed: tuple | None = field(default=None, repr=False, compare=False)

    def channel_norms(self) -> tuple[float, float, float, float]:
        if self.norms is None:
            self.norms = (_norm2(self.body), _norm2(self.title), _norm2(self.names), _norm2(self.figures))
        return self.norms

    # The stream's clock when an undated article last joined: an undated report counts as news of
    # the moment it arrived, so a story of undated reports still ages out of the window.
    clock_seen: int | None = None

    def gap(self, day: int | None) -> int | None:
        if day is None:
            return None
        if self.first_day is None or self.last_day is None:
            return abs(day - self.clock_seen) if self.clock_seen is not None else None
        if day < self.first_day:
            return self.first_day - day
        if day > self.last_day:
            return day - self.last_day
        return 0


@dataclass
class Assignment:
    story: str
    new: bool
    score: float
    merged: list[str] = field(default_factory=list)  # stories folded into `story` by this article
    moved: list[str] = field(default_factory=list)  # earlier articles moved into `story` from their story
    # It joined only at a borderline probability (or reprints such a member): the store keeps the mark
    # so that a process restoring the clusterer (restore) can still split it off.
    provisional: bool = False


MEMBERS_KEPT = 12


def _story_of(doc: Doc) -> StoryState:
    """A one-article story, for scoring only (not indexed)."""
    return StoryState(id="", body=dict(doc.body), title=dict(doc.title), names=dict(doc.names),
                      figures=dict(doc.figures), places=dict(doc.places), members=[doc], size=1,
                      first_day=doc.day, last_day=doc.day)


def _without(story: StoryState, docs: list[Doc]) -> StoryState:
    """A copy of the story without these members, for scoring only."""
    rest = StoryState(id=story.id, body=dict(story.body), title=dict(story.title), names=dict(story.names),
                      figures=dict(story.figures), places=dict(story.places), members=list(story.members),
                      size=story.size,
                      first_day=story.first_day, last_day=story.last_day, clock_seen=story.clock_seen)
    for d in docs:
        _remove(rest, d)
    return rest


def _remove(story: StoryState, doc: Doc) -> None:
    """Take a kept member out of a story: its vectors, its place and, when every member is known, its days."""
    story.norms = None
    for acc, vec in ((story.body, doc.body), (story.title, doc.title), (story.names, doc.names),
                     (story.figures, doc.figures), (story.places, doc.places)):
        for k, v in vec.items():
            left = acc.get(k, 0.0) - v
            if left > 1e-9:
                acc[k] = left
            else:
                acc.pop(k, None)
    story.members = [m for m in story.members if m is not doc]
    story.provisional = [m for m in story.provisional if m is not doc]
    story.size -= 1
    if story.size == len(story.members):
        days = [m.day for m in story.members if m.day is not None]
        story.first_day, story.last_day = (min(days), max(days)) if days else (None, None)
    if story.title_text == doc.title_text:
        story.title_text, story.best_title_score = "", -1.0
        for m in story.members:
            score = _dot(m.title, story.title) / _norm2(story.title) if m.title else 0.0
            if m.title_text and score >= story.best_title_score:
                story.title_text, story.best_title_score = m.title_text, score


_NAMES, _NAMES_DISAGREE = FEATURES.index("names"), FEATURES.index("names_disagree")


def _margin(feats: list[float], rival: float, doc: Doc, story: StoryState) -> float:
    """How far the article's likeness to a story (its centroid similarity) stands above `rival`, the
    best other: in a quiet stream a lone match is telling. Not when the two are `_apart`: the one story
    standing alone then tells nothing. Nothing, not something: a margin below zero (another story is
    more alike) stays below zero."""
    margin = feats[0] - rival
    # a star named once is a weak sign: it makes a join provisional, but does not cost the credit
    # (reports of one wedding or one fight each lead with another star)
    return min(margin, 0.0) if _apart(feats, doc, story, named_twice=True) else margin


def _apart(feats: list[float], doc: Doc, story: StoryState, named_twice: bool = False) -> bool:
    """Whatever their words, the article and the story (`feats` its features against it) may well be
    about two events of one kind: they share no name at all though both name several (two shootings in
    two towns on one day share every word but their places and people), or each is about someone or
    something the other never names (two storms, each with its own name; two arrests in one city), or
    each counts a vote the other never does (two rulings of one court on one day, 5-4 and 6-3).
    Such an article gets no credit for the story standing alone, joins it only provisionally, and
    bridges it to no other story."""
    # (sharing no name is no sign when they count the same chamber vote: one vote told around three politicians)
    return ((bool(feats[_NAMES_DISAGREE] and feats[_NAMES] == 0.0) and not _same_vote(doc, story))
            or _strangers(doc, story, named_twice) or _other_votes(doc, story) or _elsewhere(doc, story))


def _told_apart_by_its_outlet(feats: list[float], doc: Doc, story: StoryState) -> bool:
    """The story holds the article's own outlet's report of the same day, and the article is `_apart` from
    the story. An outlet that tells one event twice in a day names what it is about both times; two reports
    in its template that each name a bank, a bridge or a vote the other never does (two central banks'
    rate rises, two bridge collapses) are two events, however alike their words: the article may not join,
    not even provisionally (a provisional member would lead and contest the other event's brief)."""
    return (bool(doc.outlet) and doc.day is not None and any(
        m.outlet == doc.outlet and m.day == doc.day and m.copy_of is None for m in story.members)
        and _apart(feats, doc, story))


CHAMBER_VOTES = 20  # a tally of this many votes or more is a chamber's: a court's bench or a match's score is smaller


def _same_vote(doc: Doc, story: StoryState) -> bool:
    """The article counts a chamber's vote the story counts too ("by 88 votes to 71"): one vote, told
    by outlets that each lead with another politician and may share no other name. (Two votes of one
    chamber on one day may have one tally too: this only answers for the names they do not share.)"""
    mine = {t for t in doc.tallies if sum(map(int, t.split("-"))) >= CHAMBER_VOTES}
    return bool(mine) and any(mine & m.tallies for m in story.members)


def _elsewhere(doc: Doc, story: StoryState) -> bool:
    """Each happened at a town the other never names, and they share no telling figure: reports of one
    earthquake may put it at the epicentre or in the worst-hit city, but give one magnitude."""
    if doc.locale is None:
        return False
    theirs = {m.locale for m in story.members if m.locale}
    return (bool(theirs) and not any(doc.locale in m.names for m in story.members)
            and not any(t in doc.names for t in theirs)
            and not any(f in m.figures for f in doc.figures if _telling(f) for m in story.members))


def _telling(figure: str) -> bool:
    """A figure two events of one kind rarely share by chance: a measure with decimals (a magnitude of
    '6.8'). Whole numbers are not: a day of the month, a '24-hour' shift, an age or a toll of 23 may be
    the same in two fires on one day."""
    return "." in figure


def _other_votes(doc: Doc, story: StoryState) -> bool:
    """Each gives a vote's tally, and none the other gives."""
    return (bool(doc.tallies) and any(m.tallies for m in story.members)
            and not any(doc.tallies & m.tallies for m in story.members))


def _strangers(doc: Doc, story: StoryState, named_twice: bool = False) -> bool:
    """Each is about a protagonist the other never names (with `named_twice`, not counting stars
    named once)."""
    if doc.protagonist is None or (named_twice and doc.by_role):
        return False
    theirs = {m.protagonist for m in story.members if m.protagonist and not (named_twice and m.by_role)}
    return (bool(theirs) and not any(doc.protagonist in m.names for m in story.members)
            and not any(p in doc.names for p in theirs))


class Clusterer:
    """Assigns articles, given in time order, to stories. Pure: no I/O; state restorable."""

    def __init__(self, params: Params = DEFAULT, *, id_prefix: str = "s-") -> None:
        self.params = params
        self.id_prefix = id_prefix
        self.words = Vocabulary(params.prior_docs)
        self.namevocab = Vocabulary(params.prior_docs)
        self.figvocab = Vocabulary(params.prior_docs)
        self.stories: OrderedDict[str, StoryState] = OrderedDict()  # LRU by last update
        self.index: dict[str, dict[str, None]] = {}  # key -> ordered set of story ids
        self.clock: int | None = None  # latest day seen
        # When a list, every story pair compared for merging is recorded here (for calibration).
        self.merge_log: list[tuple[list[float], str, str]] | None = None
        self._term_ids: dict[str, int] = {}  # body term -> its index in _dense (_best_members)
        self._dense = np.zeros(0)

    # -- featurisation --
    def featurise(self, article: Article, learn: bool = True, tokens: Tokens | None = None) -> Doc:
        """The article as clustering sees it: its `tokens` (computed here unless given, e.g. ahead
        in a helper process) weighted by the word rarity learned so far, which this article adds to."""
        tok = tokens or tokenise(article.title or "", article.text, self.params.body_words, article.published,
                                 self.params.window_days)
        # An outlet's own name in its dateline ("ARDENVALE, Aug 10 (Hollin Wire) -") says who wrote the
        # report, not what happened: two fires told by one wire would share it as their only name.
        # (only what its name's occurrences count: "Radio Oskerfeld" still names the town of Oskerfeld)
        full = " ".join(_name_words(article.outlet or ""))
        if full and tok.names.get(full):
            told = tok.names[full]
            parts = {full} | set(full.split())
            tok = replace(tok, names=Counter({k: v - told if k in parts else v for k, v in tok.names.items()
                                              if not (k in parts and v <= told)}))
        if learn:
            self.words.add(tok.body)  # the keys: every title and body term
            self.namevocab.add(tok.names)
            self.figvocab.add(tok.figures)
        body = _tfidf(tok.body, self.words)
        doc = Doc(
            id=article.id,
            day=parse_day(article.published),
            body=body,
            title=_tfidf(tok.title, self.words) if tok.title else {},
            names=_tfidf(tok.names, self.namevocab) if tok.names else {},
            figures=_tfidf(tok.figures, self.figvocab) if tok.figures else {},
            title_text=(article.title or "").strip(),
            outlet=article.outlet or "",
            copy_of=article.copy_of,
            named=frozenset(t for t in body if t in tok.named),  # the body's own strings, not copies
            places=tok.places,
            protagonist=tok.protagonist,
            by_role=tok.by_role,
            tallies=tok.tallies,
            locale=tok.locale,
            event_days=tok.event_days,
        )
        doc.keys = self._query_keys(doc)  # looked up when it is scored, posted when it joins a story
        return doc

    def _query_keys(self, doc: Doc) -> list[str]:
        # heaviest first; a stable sort keeps ties in first-come order
        top_words = sorted(doc.body.items(), key=itemgetter(1), reverse=True)[: self.params.query_terms]
        top_names = sorted(doc.names.items(), key=itemgetter(1), reverse=True)[: self.params.query_terms // 2]
        # Every headline word too: two reports of one event that share little else share the
        # headline's wording, and a story is then found even when their distinctive terms differ.
        words = dict.fromkeys([k for k, _ in top_words] + list(doc.title))
        return ["w:" + k for k in words] + ["n:" + k for k, _ in top_names]

    # -- scoring --
    def features(self, doc: Doc, story: StoryState, body_b: float | None = None) -> list[float]:
        """`body_b`: the closest member's body similarity, when already known (_best_members)."""
        n_body, n_title, n_names, n_figs = story.channel_norms()
        body_c = _dot(doc.body, story.body) / n_body
        if body_b is None:
            body_b = max([_dot(doc.body, m.body) for m in story.members], default=0.0)
        title = _dot(doc.title, story.title) / n_title if doc.title and story.title else 0.0
        nm = _dot(doc.names, story.names) / n_names if doc.names and story.names else 0.0
        fg = _dot(doc.figures, story.figures) / n_figs if doc.figures and story.figures else 0.0
        gap = story.gap(doc.day)
        if gap and doc.event_days:  # a later report of an event on the story's days is no later event
            gap = min([gap] + [story.gap(d) for d in doc.event_days])
        return [
            body_c, body_b, title, nm, fg,
            math.log1p(gap) if gap is not None else 0.0,
            1.0 if gap is None else 0.0,
            1.0 if gap == 0 else 0.0,
            # Both name their people and places, and hardly any agree: two events of one kind.
            1.0 if nm < 0.1 and len(doc.names) >= 3 and len(story.names) >= 3 else 0.0,
            body_c if gap is None else 0.0,
        ]

    def candidate_features(self, doc: Doc, cands: list[StoryState]) -> list[list[float]]:
        """Features of each candidate, plus how far its similarity stands above the best other one:
        in a quiet stream a lone match is telling, among many stories on one topic it is not."""
        rows = [self.features(doc, st, b) for st, b in zip(cands, self._best_members(doc, cands))]
        # The best other similarity is the best one, or the runner-up for the best itself.
        ranked = sorted(range(len(rows)), key=lambda i: -rows[i][0])
        for i, row in enumerate(rows):
            other = [j for j in ranked[:2] if j != i][:1]
            row.append(_margin(row, rows[other[0]][0] if other else 0.0, doc, cands[i]))
        return rows

    def _best_members(self, doc: Doc, cands: list[StoryState]) -> list[float]:
        """The body similarity of the article to each candidate's closest kept member, all at once: the
        article's body is spread into a dense array over term ids and the members' bodies, packed end to
        end, are read from it (a dict intersection per member was the slowest step of an ingest)."""
        if not cands:
            return []
        packs = [self._members_packed(st) for st in cands]
        ids = np.concatenate([p[0] for p in packs])
        if not ids.size:
            return [0.0] * len(cands)
        doc_ids, doc_w = self._pack(doc)
        if self._dense.size < len(self._term_ids):
            self._dense = np.zeros(2 * len(self._term_ids))
        dense = self._dense
        dense[doc_ids] = doc_w
        try:
            products = dense[ids] * np.concatenate([p[1] for p in packs])
        finally:
            dense[doc_ids] = 0.0
        # one sum per member, then the best per candidate (a candidate whose members are all empty: 0)
        starts, offset, firsts = [], 0, []
        for p in packs:
            if p[2]:
                firsts.append(len(starts))
                starts.extend([offset + k for k in p[2]])
            offset += p[0].size
        per_member = np.add.reduceat(products, starts)
        best = iter(np.maximum.reduceat(per_member, firsts).tolist())
        return [next(best) if p[2] else 0.0 for p in packs]

    def _pack(self, doc: Doc) -> tuple[np.ndarray, np.ndarray]:
        """The article's body as term ids and weights (kept on the doc: it never changes)."""
        if doc.packed is None:
            tid = self._term_ids
            setdefault = tid.setdefault  # a new term takes the next id
            doc.packed = (np.array([setdefault(k, len(tid)) for k in doc.body], dtype=np.intp),
                          np.array(list(doc.body.values()), dtype=np.float64))
        return doc.packed

    def _members_packed(self, story: StoryState) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """The story's kept members' bodies end to end (ids, weights, where each non-empty one starts),
        repacked only when its members changed."""
        members = story.members
        cached = story.packed
        if cached is None or len(cached[0]) != len(members) or any(a is not b for a, b in zip(cached[0], members)):
            packs = [self._pack(m) for m in members]
            sizes = [p[0].size for p in packs]
            starts = list(itertools.accumulate([0] + sizes[:-1]))
            ids = np.concatenate([p[0] for p in packs]) if packs else np.zeros(0, dtype=np.intp)
            w = np.concatenate([p[1] for p in packs]) if packs else np.zeros(0)
            cached = story.packed = (tuple(members), ids, w, [s for s, n in zip(starts, sizes) if n])
        return cached[1], cached[2], cached[3]

    def probability(self, feats: list[float]) -> float:
        w = self.params.weights
        z = w[0] + sum(wi * fi for wi, fi in zip(w[1:], feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def candidates(self, doc: Doc) -> list[StoryState]:
        hits: Counter[str] = Counter()
        for key in doc.keys:
            posting = self.index.get(key)
            if not posting:
                continue
            # Newest postings first, and only so many: a common word cannot make this unbounded.
            hits.update(itertools.islice(reversed(posting), 200))
        out = []
        for sid, _ in hits.most_common(self.params.max_candidates):
            story = self.stories[sid]
            gap = story.gap(doc.day)
            if gap is not None and gap > self.params.window_days:
                continue
            out.append(story)
        return out

    # -- state updates --
    def _post(self, story: StoryState, doc: Doc) -> None:
        for key in doc.keys:
            if key not in story.keys:
                story.keys.add(key)
                posting = self.index.get(key)
                if posting is None:
                    posting = self.index[key] = {}
                posting[story.id] = None

    def _unpost(self, story: StoryState) -> None:
        for key in story.keys:
            posting = self.index.get(key)
            if posting is not None:
                posting.pop(story.id, None)
                if not posting:
                    del self.index[key]
        story.keys.clear()

    def _absorb(self, story: StoryState, doc: Doc) -> None:
        p = self.params
        story.norms = None
        _add_into(story.body, doc.body)
        story.body = _prune(story.body, p.centroid_terms) if len(story.body) > 2 * p.centroid_terms else story.body
        _add_into(story.title, doc.title)
        _add_into(story.names, doc.names)
        _add_into(story.figures, doc.figures)
        _add_into(story.places, doc.places)
        story.members.append(doc)
        if len(story.members) > MEMBERS_KEPT:
            story.members.pop(0)
        story.size += 1
        if doc.day is None and self.clock is not None:
            story.clock_seen = self.clock if story.clock_seen is None else max(story.clock_seen, self.clock)
        if doc.day is not None:
            story.first_day = doc.day if story.first_day is None else min(story.first_day, doc.day)
            story.last_day = doc.day if story.last_day is None else max(story.last_day, doc.day)
        self._post(story, doc)
        self.stories[story.id] = story
        self.stories.move_to_end(story.id)
        # The story's title: the headline closest to the story's headline centroid.
        if doc.title_text:
            score = _dot(doc.title, story.title) / _norm2(story.title) if doc.title else 0.0
            if not story.title_text or score >= story.best_title_score:
                story.title_text, story.best_title_score = doc.title_text, score
        self._evict()

    def _evict(self) -> None:
        while len(self.stories) > self.params.max_active:
            _, old = self.stories.popitem(last=False)
            self._unpost(old)

    def _expire(self) -> None:
        """Forget stories whose last dated article is further back than the window."""
        if self.clock is None:
            return
        horizon = self.clock - self.params.window_days
        for sid in list(self.stories):
            st = self.stories[sid]
            last = st.last_day if st.last_day is not None else st.clock_seen
            if last is not None and last < horizon:
                del self.stories[sid]
                self._unpost(st)
            # LRU order means later ones were touched more recently; most are still fresh.

    def new_story_id(self, doc: Doc) -> str:
        return self.id_prefix + hashlib.sha1(doc.id.encode("utf-8")).hexdigest()[:12]

    def add(self, article: Article) -> Assignment:
        """Assign one article; the caller gives articles in time order."""
        doc = self.featurise(article)
        return self.add_doc(doc)

    def add_doc(self, doc: Doc, story_id: str | None = None, provisional: bool = False) -> Assignment:
        """Assign one featurised article; with `story_id`, put it there (restoring from the store, or a
        reprint following its original), and with `provisional` too, as a provisional member (restoring)."""
        if doc.day is not None and (self.clock is None or doc.day > self.clock):
            self.clock = doc.day
            self._expire()
        if story_id is not None:  # restoring or forced (a reprint follows its original)
            story = self.stories.get(story_id) or StoryState(id=story_id)
            new = story.size == 0
            self._absorb(story, doc)
            # A reprint of a provisional member is provisional with it: they split off together.
            provisional = provisional or (doc.copy_of is not None
                                          and any(m.id == doc.copy_of for m in story.provisional))
            if provisional:
                story.provisional.append(doc)
            return Assignment(story_id, new, 1.0, provisional=provisional)
        cands = [st for st in self.candidates(doc) if st.size < self.params.max_story_size]
        rows = self.candidate_features(doc, cands)
        scored = [(self.probability(f), st, f) for f, st in zip(rows, cands)]
        scored.sort(key=lambda x: -x[0])
        # only the stories it may join or bridge need the check (shares_content): the best, then the merge candidates
        content = [t for t in doc.body if t not in doc.named]
        kept: list = []
        barred: list = []
        for item in scored:
            if len(kept) <= self.params.merge_candidates and (
                    not (shares_content(content, item[1]) and same_place(doc, item[1]))
                    or _told_apart_by_its_outlet(item[2], doc, item[1])):
                barred.append((0.0, item[1], item[2]))
            else:
                kept.append(item)
        scored = kept + barred
        # Of the stories it may join, one it is not `_apart` from comes first: one that names its
        # protagonist, or shares a name with it (a second rapper's report goes to the rapper's story, not
        # to an actor's told in the same words; a crash near Ostrava Bay to the Ostrava Bay crash's).
        joinable = [k for k, item in enumerate(scored) if item[0] >= self.params.join]
        if len(joinable) > 1 and _apart(scored[0][2], doc, scored[0][1]):
            def kin(row: list[float], story: StoryState) -> bool:
                if _strangers(doc, story) or _other_votes(doc, story):
                    return False
                if doc.protagonist is not None and any(m.protagonist for m in story.members):
                    return any(doc.protagonist in m.names for m in story.members)
                return row[_NAMES] > 0.0
            own = next((k for k in joinable[1:] if kin(scored[k][2], scored[k][1])), None)
            if own is not None:
                scored.insert(0, scored.pop(own))
        if scored and scored[0][0] >= self.params.join:
            best_p, best, row = scored[0]
            rival = max((f[0] for _, st, f in scored[1:] if st is not best), default=0.0)
            split = self._split_off(doc, best, rival)
            if split is not None:
                return split
            # A member `_apart` from the story is provisional however alike its words (one outlet's
            # template for two arrests in one city): its next report may take it away.
            stranger = _apart(row, doc, best)
            provisional = best_p < self.params.borderline or stranger
            self._absorb(best, doc)
            if provisional:
                best.provisional.append(doc)
            merged = []
            # nor does it bridge two stories: it is the likeliest to leave; nor does any article bridge
            # its story to one whose vote it does not count (a protagonist it does not name is no bar
            # here: reports of one political event lead with different people)
            for p, other, _ in ([] if stranger else scored[1 : 1 + self.params.merge_candidates]):
                if best.size + other.size > self.params.max_story_size or _other_votes(doc, other):
                    continue
                feats = self.story_features(best, other, p)
                if self.merge_log is not None:
                    self.merge_log.append((feats, best.id, other.id))
                if self.params.merge_weights and self.merge_probability(feats) >= self.params.merge:
                    self._merge(best, other)
                    merged.append(other.id)
            return Assignment(best.id, False, best_p, merged, provisional=provisional)
        story = StoryState(id=self.new_story_id(doc))
        self._absorb(story, doc)
        return Assignment(story.id, True, scored[0][0] if scored else 0.0)

    def _split_off(self, doc: Doc, story: StoryState, rival: float) -> Assignment | None:
        """A second event of one kind (a topic's roundup on the next day) can enter a story through its
        first report at a borderline probability; its next reports then match that report, and join
        at a high one. So when the article's closest member is a provisional one, and the article
        would join that member alone but not the story without its provisional members (or is about
        someone the rest never names), the two start a story of their own, taking the member's reprints
        along (`Assignment.moved` names them all).
        `rival` is the best other candidate's centroid similarity."""
        # An original stays provisional while it is among the kept members, and its reprints with it.
        kept = {id(m) for m in story.members}
        originals = {m.id for m in story.provisional if m.copy_of is None and id(m) in kept}
        story.provisional = [m for m in story.provisional if (m.copy_of or m.id) in originals]
        if not story.provisional:
            return None
        closest = max(story.members, key=lambda m: _dot(doc.body, m.body))
        if not any(closest is m for m in story.provisional):
            # Closest in words may be the other event's report in the same outlet's template: a provisional
            # member at the article's own town, or about its own protagonist, is its kin all the same.
            kin = [m for m in story.provisional if (doc.locale and m.locale == doc.locale)
                   or (doc.protagonist and m.protagonist == doc.protagonist)]
            if not kin:
                return None
            closest = max(kin, key=lambda m: _dot(doc.body, m.body))
        # A one-article rest is no reference: three reports of one event can each be borderline alike.
        # Unless the member is about someone that article never names: then it is not its likeness that
        # is in doubt.
        rest = _without(story, story.provisional)
        if rest.size < 2 and not (rest.size == 1 and _apart(self.features(closest, rest), closest, rest)):
            return None
        # Each side is the other's rival: the margin asks how far the article's likeness to one part
        # stands above its likeness to the other, not above the other stories of a quiet stream.
        alone = _story_of(closest)
        f_rest, f_alone = self.features(doc, rest), self.features(doc, alone)
        if _apart(f_alone, doc, alone):
            return None  # it must be kin to the member it would leave with (one event's reports lead with different people)
        if (self.probability(f_rest + [_margin(f_rest, max(rival, f_alone[0]), doc, rest)]) >= self.params.rest_join
                and not _apart(f_rest, doc, rest)):
            return None
        # And the article must join the provisional member firmly, not at a borderline probability too.
        p = self.probability(f_alone + [_margin(f_alone, max(rival, f_rest[0]), doc, alone)])
        if p < self.params.borderline:
            return None
        group = [m for m in story.provisional if (m.copy_of or m.id) == (closest.copy_of or closest.id)]
        new = StoryState(id=self.new_story_id(doc))  # its members are firm there
        for m in group:
            _remove(story, m)
            self._absorb(new, m)
        self._absorb(new, doc)
        return Assignment(new.id, True, p, moved=[m.id for m in group])

    def story_features(self, a: StoryState, b: StoryState, bridge: float) -> list[float]:
        """Story-to-story features (STORY_FEATURES order): an article has just joined `a` and also
        rated `b` with probability `bridge`; the stories are compared as wholes, centroid to centroid."""
        na, nb = a.channel_norms(), b.channel_norms()
        cos = lambda x, y, nx, ny: _dot(x, y) / (nx * ny) if x and y else 0.0  # noqa: E731
        names = cos(a.names, b.names, na[2], nb[2])
        if a.first_day is None or b.first_day is None or a.last_day is None or b.last_day is None:
            gap = None
        else:
            gap = max(0, a.first_day - b.last_day, b.first_day - a.last_day)
        return [
            bridge,
            cos(a.body, b.body, na[0], nb[0]),
            cos(a.title, b.title, na[1], nb[1]),
            names,
            cos(a.figures, b.figures, na[3], nb[3]),
            math.log1p(gap) if gap is not None else 0.0,
            1.0 if gap is None else 0.0,
            1.0 if names < 0.1 and len(a.names) >= 3 and len(b.names) >= 3 else 0.0,
            1.0 / min(a.size, b.size),
            # Each story's main name (heaviest: a place, a person) named by the other at all.
            ((_top(a.names) in b.names) + (_top(b.names) in a.names)) / 2 if a.names and b.names else 0.0,
        ]

    def merge_probability(self, feats: list[float]) -> float:
        w = self.params.merge_weights
        z = w[0] + sum(wi * fi for wi, fi in zip(w[1:], feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def _merge(self, into: StoryState, other: StoryState) -> None:
        into.norms = None
        _add_into(into.body, other.body)
        _add_into(into.title, other.title)
        _add_into(into.names, other.names)
        _add_into(into.figures, other.figures)
        _add_into(into.places, other.places)
        into.members = (into.members + other.members)[-MEMBERS_KEPT:]
        into.provisional += other.provisional
        into.size += other.size
        if other.clock_seen is not None:
            into.clock_seen = max(into.clock_seen or other.clock_seen, other.clock_seen)
        for d in (other.first_day, other.last_day):
            if d is not None:
                into.first_day = d if into.first_day is None else min(into.first_day, d)
                into.last_day = d if into.last_day is None else max(into.last_day, d)
        self._unpost(other)
        self.stories.pop(other.id, None)
        for m in other.members:
            self._post(into, m)

    def title(self, story_id: str) -> str | None:
        st = self.stories.get(story_id)
        return st.title_text if st else None

    def restore(self, articles: Iterable[Article], provisional: Container[str] = frozenset()) -> None:
        """Rebuild state from stored articles that already carry story ids, in time order;
        `provisional` holds the ids of those stored as provisional members."""
        for a in articles:
            doc = self.featurise(a)
            if a.story:
                self.add_doc(doc, story_id=a.story, provisional=a.id in provisional)


def time_order(articles: Iterable[Article]) -> list[Article]:
    """Publication order, to the second where the time is known: a wire story of 11:00 comes before
    its 13:30 reprint whatever order the files came in, so the reprint index takes it as the original.
    Equal times (and dates only: a corpus's days) keep their given order; a date alone sorts before
    that day's times ("2026-05-12" < "2026-05-12T08:00"); an undated article keeps its place after
    the dated one before it."""
    keyed = []
    last = ""
    for n, a in enumerate(articles):
        if a.published:
            last = a.published[:19]  # ISO date and time, UTC where known (records.Article); no zone letter
        keyed.append((last, n, a))
    keyed.sort(key=lambda k: k[:2])
    return [k[2] for k in keyed]


# A process that opens an existing store rebuilds its state from this many of the most recent
# articles: enough to hold every story still in the time window and to re-learn word rarity.
RESTORE_ARTICLES = 5000
_STATES: "weakref.WeakKeyDictionary[object, tuple[ReprintIndex, Clusterer]]" = weakref.WeakKeyDictionary()


def restore(articles: Iterable[Article],
            provisional: Container[str] = frozenset()) -> tuple[ReprintIndex, Clusterer]:
    """A reprint index and a clusterer rebuilt from stored articles that carry their story ids.

    `provisional`: the ids of the articles stored as provisional members of their stories
    (`Assignment.provisional`), so a restarted process splits them off as the first one would have."""
    reprints, clusterer = ReprintIndex(), Clusterer()
    for a in time_order(articles):
        if not a.story:
            continue
        reprints.remember(a)
        clusterer.add_doc(clusterer.featurise(a), story_id=a.story, provisional=a.id in provisional)
    return reprints, clusterer


def state_for(owner: object, recent: Callable[[], tuple[Iterable[Article], Container[str]]]
              ) -> tuple[ReprintIndex, Clusterer]:
    """The state kept for `owner` (a store), restored the first time it is asked for from `recent()`:
    the most recent stored articles and the ids of those among them that are provisional members."""
    state = _STATES.get(owner)
    if state is None:
        state = _STATES[owner] = restore(*recent())
    return state
