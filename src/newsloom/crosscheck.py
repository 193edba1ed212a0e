"""Claims: split a story's articles into statements, align the statements that report the same fact
across outlets, count the independent outlets behind each, and find where outlets disagree.

How a fact is aligned: statement t *backs* statement s when t contains most of s's content — the
IDF-weighted share of s's content stems (names included) found in t — optionally blended with sentence
embeddings when `newsloom.embed` is available. Statements are then taken greedily, best backed first;
each becomes a claim with its backers, and everything it covers is not repeated. Figures are compared
by value ("Fourteen" == 14) on what they count ("injured people"); explicit denials contest a claim.
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np
from scipy import sparse

from .clean import OPINION_LABEL, RELEASE_BOILERPLATE
from .records import Article, Claim, Evidence, Update, Variant
from .text import (
    Attribution,
    CURRENCIES,
    Caseless,
    DateMention,
    MEASURES,
    NUMBER_WORDS,
    Number,
    STOPWORDS,
    Sentence,
    _FINITE,
    _FINITE_FAST,
    _SPELT_OUT,
    _TITLES,
    _is_caption,
    _month_days,
    added_count,
    after_contrast,
    as_written,
    attribution,
    colon_intro,
    content_stems,
    dates,
    fold,
    full_name,
    in_sentence,
    is_body,
    is_boilerplate,
    is_statement,
    mask_quotes,
    names,
    number_context,
    numbers,
    open_quote,
    per_side,
    person,
    previous_role,
    previous_subject,
    prison_term,
    pronoun_attribution,
    quotations,
    role_only,
    same_day,
    sentences,
    since_day,
    speaker_key,
    stem,
    strip_dateline,
    subject_head,
    subject_person,
    titled_person,
    two_sides,
    words,
    zero_counts,
)

BACKS = 0.45  # share of a statement's weighted content another statement must hold to back it
CONFLICT_ALIGN = 0.45  # how alike two statements must be before differing figures make a contest
MAX_STATEMENTS_PER_ARTICLE = 60  # the bottom of a long article rarely carries the story; bounds the work
EMBED_BUDGET = 80  # statements embedded per story at most (~0.4-2 s on 2 cores); larger stories go lexical
EMBED_PARAPHRASE = 0.68
EMBED_MIN_OVERLAP = 0.3
EMBED_SAME_FIGURE = 0.6  # a close embedding with a distinctive figure in common backs, whatever the words
# Two sentences that each hold this share of the other's content, and sit this close in embedding,
# tell one fact in two outlets' words ("was in Kessaly to take a first look at reopening the consulate" /
# "the visit's aim is a first technical look at whether the consulate can reopen").
EMBED_MUTUAL = 0.35
EMBED_MUTUAL_CLOSE = 0.6
# Closer still, a fifth of each other's words is enough: "A district court halted the fishing ban the
# ministry imposed ..." / "A judge struck down the nationwide ban on trawling ..."
EMBED_SAME_FACT = 0.77
EMBED_SAME_FACT_OVERLAP = 0.2
# Words alone back a short statement with any long sentence that repeats the story's names ("Flynn is
# cooperating with Mueller's investigators" / "... to protect the Mueller investigation," she said).
# Below this embedding cosine the two sentences tell different facts, whatever words they share; in
# allsides and basil nearly every lexical backing under 0.45 and most under 0.5 were false.
EMBED_UNLIKE = 0.5
# ... and under 0.53, of the backings left, two in three were false (30 of 43 read by hand: the same people,
# another fact); most true ones print a quotation, a figure or a day both carry, so there a backing needs one
EMBED_FAINT = 0.53
SHARED_RUN = 5  # words in a row two statements print alike: a quotation both carry, a wire's phrase
VETO_BUDGET = 400  # statements embedded for that check in a story too large to embed whole
CENTRAL_THRESHOLD = 0.1  # LexRank graph edge: TF-IDF cosine above this
REDUNDANT = 0.5  # a statement this close (cosine) to a claim already written adds nothing
MMR = 0.9  # how much closeness to what is already written discounts a statement's salience
LEAD_PRIOR = 2.0  # news puts the main facts first: a lead sentence weighs up to three times its centrality
FULL_LENGTH = 15  # words: a shorter statement (a fragment, a bare aside) carries proportionally less
TITLE_PRIOR = 3.0  # headlines name the event: statements sharing the titles' words weigh up to 4x
LEANS_BACK_WEIGHT = 0.5  # a statement opening with a pronoun ("He said", "This marks") weighs half
# A story told by several outlets reads as theirs, not one outlet's: among equally backed statements,
# each claim an outlet has already led discounts its next by this factor (allsides ROUGE-1 recall at
# 100 words: 34.55 at 1.0, 34.69 at 0.85 and 0.7, 34.60 at 0.5; within noise, so chosen for reading)
OUTLET_REPEAT = 0.8
OPINION_WEIGHT = 0.5  # an opinion piece's sentence weighs half a report's
QUOTE_BACKS = 0.8  # share of a quotation's content words another report must hold to back it
SAME_SPEAKER_BACKS = 0.3  # ... or, when it reports the same speaker, the share it must hold of them
SAME_PERSON_BACKS = 0.3  # share of what one person is reported to say another report of them must hold
DENIAL_COVERS = 0.5  # share of the other statement's content a denial's clause must hold to deny it
HEADLINE_WORDS = 20  # an untitled text's first line this short, alone in its paragraph, is its headline
SUBHEADLINE_WORDS = 12  # ... and a line this short right under it, in headline style, its sub-headline
FOLLOWS = 1  # a statement this many sentences after another in its article follows it in the brief
PRONOUN_REACH = 2  # sentences back that "he said" may look for the person it stands for

# A denial of the claim itself ("denied that ...", "rejected the reports"), not any use of "deny"
# ("the board denied him the right" asserts something else). A report may be described on the way ("denied a
# newspaper report that", "denied Tuesday's media reports"), in words that are no preposition or joint ("was
# denied bail after reports that" denies nothing); a report called false is denied too ("called the report
# inaccurate", "the report is wrong"). Between "denied" and "that" may stand a when, a how or a where, short and
# opening with a preposition or a time word ("denied on Friday that", "denied in a statement that", "denied
# again that"), not any words ("was denied bail after reports that")
_DENY = Caseless(r"\b(?:den(?:y|ies|ied),? (?:on|in|at|through|via|to|during|before|late|earlier|again|"
                   r"last|this|yesterday|today|tonight|strongly|firmly|flatly|repeatedly|categorically|vehemently|"
                   r"publicly|emphatically|also|previously|later)\b,? (?:(?!(?:and|but|or|who|which|that|said|says|"
                   r"had|has|have|was|were|is|are)\b)[\w'’-]+,? ){0,4}?that\b|"
                   r"den(?:y|ies|ied) (?:that|(?:the |an? |its |their |his |her )?"
                   r"(?:(?!(?:after|amid|despite|following|over|before|since|because|as|when|while|and|but|or|in|on|to|"
                   r"for|with|by|from|of|at)\b)[\w'’-]+ ){0,3}?(?:report|claim|allegation|account|accusation)s?|"
                   r"any|having|it|(?:ever |\w+ly )?(?:using|firing|ordering|taking|making|sending|giving|paying|"
                   r"receiving|hiding|destroying|attacking|targeting|shooting|killing|beating|mistreating|spying)|"
                   r"\w+ing (?:any|the|a|an)\b)\b|(?:rejected|rejects|dismissed|dismisses) (?:the |an? |its |their |his |her )?"
                   r"(?:[\w'’-]+ ){0,3}?(?:claims?|reports?|allegations?|accusations?)\b|"
                   r"disputed that|disputes that|refuted (?:the )?(?:claims?|reports?|allegations?)|"
                   r"did not happen|never happened|is not true|was not true|"
                   # "said there was no evidence of fraud": the claim denied by whoever should know
                   r"(?:(?:there|it) (?:was|is) |(?:had |has |have )?(?:found|seen|saw) )no evidence (?:of|that)|"
                   # denying the premise: "says it received no such warning"
                   r"(?:received|got|was given|were given|had been given|saw|issued|sent|made|gave) no such|"
                   r"(?:is|was|are|were) [\"“‘]?(?:completely |totally |entirely |utterly )?(?:false|untrue|baseless)\b|"
                   r"called (?:the|these|those|such|this|that) (?:[\w'’-]+ ){0,2}?(?:reports?|claims?|allegations?|"
                   r"accusations?|story) [\"“‘]?(?:completely |totally |entirely |utterly )?(?:false|untrue|baseless|"
                   r"inaccurate|incorrect|wrong|unfounded|groundless|fabricated|speculation|speculative|nonsense)\b|"
                   r"(?:reports?|claims?|allegations?|accusations?) (?:is|was|are|were) [\"“‘]?(?:completely |"
                   r"totally |entirely |utterly |simply )?(?:inaccurate|incorrect|wrong|unfounded|groundless)\b|"
                   # denying a plan reported: "there are no plans for job cuts" (not "Biden has no plans to
                   # create a commission", a decision told)
                   r"there (?:is|are|was|were) no (?:such )?plans? (?:to|for)\b|"
                   # denying a part in it without the word: "played no role in", "was not involved in"
                   r"(?:had|has|have|played|plays|took) no (?:role|part|involvement|hand) in|"
                   r"(?:(?:was|were|is|are) not|(?:was|were|is|are)n[’']t|had not been) (?:involved|responsible))")


# A statement that opens with a pronoun or a demonstrative needs the sentence before it to be understood
LEANS_BACK = re.compile(r"(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its)\b")


@dataclass
class Statement:
    article: int  # index into the story's articles
    start: int
    end: int
    text: str
    stems: list[str]
    numbers: list[Number]
    attribution: Attribution | None
    position: int
    rank: int = 0  # its place among the article's statements (0 = the lead)
    group: int = 0  # independent source group of its article
    contexts: list[set[str]] = field(default_factory=list)
    quoted: str = ""  # its part of a quotation that runs on past the sentence's own quotation marks


# "It added that ...", "They said ...": a body's pronoun (a person's "he said" is text.pronoun_attribution's)
_IT_VERB = (r"(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|noted|notes|stated|states|"
            r"warned|warns|told|tells|confirmed|confirms)\b")
_IT_SAID = re.compile(rf"(?:It|They)\s+{_IT_VERB}")
# "Services will resume by Wednesday, it said.": the pronoun's tag at the end of the sentence
_IT_SAID_TAG = re.compile(rf",\s+(?:it|they)\s+{_IT_VERB}[^,;:\"“”]{{0,40}}[.!]?\s*$")
Named = tuple[str, int, str]  # the last person named as a source, the sentence that did, the pronoun used for them


def independent_groups(articles: list[Article]) -> list[int]:
    """Group articles whose words come from one source: a reprint (`copy_of`) joins what it copies, and
    one outlet's several articles are one outlet. Returns a group index per article."""
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_id = {a.id: i for i, a in enumerate(articles)}
    by_outlet: dict[str, int] = {}
    for i, a in enumerate(articles):
        key = fold(a.outlet or a.id)
        if key in by_outlet:
            parent[find(i)] = find(by_outlet[key])
        else:
            by_outlet[key] = i
        if a.copy_of is not None:
            j = by_id.get(a.copy_of)
            if j is None:  # the original is not in this story: reprints of it still count once
                by_id[a.copy_of] = i
            else:
                parent[find(i)] = find(j)
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots)) for i in range(len(articles))]


def group_names(articles: list[Article], groups: list[int]) -> dict[int, str]:
    """Each group is named by the outlet of its original (the article no other one in it copies)."""
    out: dict[int, str] = {}
    for i, a in sorted(enumerate(articles), key=lambda x: x[1].copy_of is not None):
        out.setdefault(groups[i], a.outlet)
    return out


def _bare(text: str) -> str:
    return " ".join(fold(w) for w in words(text))


_ARTICLE_WORD = re.compile(r"\b(?:the|a|an)\b", re.IGNORECASE)
_STRAY_CLOSE = re.compile(r"\)[\"”’']*$")


_DAY_OR_SOURCE = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|said|told)\b")


def _lede(sentence: str) -> bool:
    """A short sentence that reads as a report's first, not as a headline with a full stop."""
    return (sentence.rstrip("\"”’' ").endswith(".") and bool(_ARTICLE_WORD.search(sentence))
            and bool(_DAY_OR_SOURCE.search(sentence)))


def _subheadline(sents: list[Sentence], s: Sentence) -> bool:
    """Sentence `s` of an untitled text that opens with its headline is the sub-headline under it: alone in
    the paragraph right after the headline, short and in headline style, without an article ("DNC files
    lawsuit over election interference.")."""
    return (len(sents) > 2 and s is sents[1] and sents[2].paragraph != s.paragraph
            and len(s.text.split()) <= SUBHEADLINE_WORDS and not _ARTICLE_WORD.search(s.text))


# the words that leave a source unnamed: two reports citing "people familiar with the matter" share no fact
_ANONYMOUS = Caseless(r"\b(?:(?:people|persons?|sources?|officials?|someone|a source|one source)\s+(?:\w+\s+)?"
                        r"(?:familiar|close|briefed|knowledgeable)\s+(?:with|to|on|about)\s+(?:the\s+)?"
                        r"(?:matter|situation|talks|discussions|negotiations|deal|plans?|thinking|decision|investigation|case)|"
                        r"(?:who\s+)?(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)|"
                        r"(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity)\b")


REPEAT_EVIDENCE_WORDS = 3  # content words a repeat needs to be written as its outlet's evidence of a claim
SHORT_FACT_WORDS = 3  # words: a sentence under five words still carries a claim when it states a figure
QUOTE_JOIN_WORDS = 40  # words: a quotation's sentences make one statement up to this length
SHORT_FACT_CHARS = 100  # ... and is no longer than this (four words of that length are no sentence)
_SENTENCE_END = re.compile(r"[.!][\"”’')\]]*$")


def _short_fact(text: str) -> bool:
    """A sentence too short for `is_statement` that still reports a fact: three or four words, a figure,
    and a verb after its subject ("Police arrested 14 people."); not a caption, a heading, a byline or a
    page's "Updated 3 hours ago." (no verb after a first word) or "Read 12 comments" (no full stop)."""
    text = text.strip()
    if (len(text) > SHORT_FACT_CHARS or not SHORT_FACT_WORDS <= len(text.split()) < 5
            or not _SENTENCE_END.search(text) or text.endswith("..")):
        return False
    if is_boilerplate(text) or _is_caption(text) or not numbers(text):
        return False
    ws = words(text)
    if not ws[0][:1].isupper() or sum(1 for w in ws if w[:1].islower()) < 2:
        return False
    return any(m.start() > 0 and m.group(0).islower() for m in _FINITE.finditer(text))


# The subject of a short claim without a figure: a noun after a determiner ("The driver", "No one"), a
# pronoun of no one ("Nobody"), or a name ("Police", "Varenland Rail"); then its finite verb. Not a pronoun
# ("He was speeding.": whom it stands for is the sentence before's business), nor an imperative ("Read
# more.", "Share this article."), nor the page speaking of itself ("Comments are closed.").
_SHORT_SUBJECT = re.compile(
    r"(?:(?:The|A|An|No|Every|Each|His|Her|Its|Their|Our)\s+(?P<noun>[a-z][\w'’-]*)"
    r"|Nobody|Everyone|Everybody|Nothing|None|All|Both"
    r"|(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?<![’']s)))"
    r"\s+(?P<verb>[a-z][\w'’-]*)\b")
# ... the verb no speech tag's: "Justice Breyer asked.", "Mr. Fox wrote." only say whose words are near
_SHORT_TAG_VERB = frozenset("""said says asked asks wrote writes told tells tweeted tweets added adds replied replies
    explained explains noted notes continued continues insisted insists argued argues responded responds stated states
    declared declares posted posts answered answers remarked remarks recalled recalls concluded concludes""".split())
_LEANING_PRONOUN = re.compile(r"\b(?:it|him|her|them|this|that|these|those|he|she|they)\b")
_PAGE_NOUNS = frozenset("""comment comments article articles story stories page video videos photo photos image images
    gallery content newsletter site website app cookies ad ads advertisement update updates link links post blog feed
    podcast audio player browser javascript subscription account login email more""".split())


def _short_claim(text: str) -> bool:
    """A sentence of three or four words with no figure that still asserts something: a subject
    (`_SHORT_SUBJECT`), its finite verb, and a content word from it on ("The driver was speeding.", "The bridge has
    reopened.", "Nobody was hurt."); not a byline, a caption or page furniture."""
    text = text.strip()
    if (len(text) > SHORT_FACT_CHARS or not SHORT_FACT_WORDS <= len(text.split()) < 5
            or not _SENTENCE_END.search(text) or text.endswith("..")):
        return False
    m = _SHORT_SUBJECT.match(text)
    if m is None or not _FINITE.fullmatch(m["verb"]) or m["verb"] in _SHORT_TAG_VERB:
        return False
    head = (m["noun"] or m["name"] or "").split()[-1:] or [""]
    if m["name"] and m["name"].split()[0].lower() in STOPWORDS:
        return False  # ("But others ...", "He was ...", "There is ...": no name, a word of the sentence)
    if _LEANING_PRONOUN.search(text, m.end("verb")):
        return False  # "Gales closed it.": what "it" is, only the sentence before says
    if (head[0].lower() in _PAGE_NOUNS or is_boilerplate(text) or _is_caption(text)
            or re.search(r"(?:\.\.|…)[\"”’')\]]*$", text)):  # (an excerpt cut off: "... collapsed [...]")
        return False
    return any(w.lower() not in STOPWORDS for w in words(text[m.start("verb"):]))


# A denial with a subject, named or described, too short for `is_statement`: "Oskaria denies this.", "The
# ministry rejected the claims." (not "He denies it.": whom it stands for is the sentence before's business)
_NAMED_SUBJECT = r"^(?!(?:He|She|They|It|We|I|You|This|That|There)\b)[A-Z]"  # (not a pronoun's)
_DENY_VERB = r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed)|disput(?:es|ed))"
_SHORT_DENIAL = re.compile(rf"{_NAMED_SUBJECT}[\w'’.-]*(?:\s+[\w'’.-]+){{0,2}}?\s+{_DENY_VERB}"
                           r"(?:\s+[\w'’-]+){0,2}[.!][\"”’]?$")
# ... and a denial of what the sentence before it says, naming nothing of its own: "Kestria rejects that
# claim.", "Kestria's foreign ministry denied the accusation." ("denied the allegations of fraud" names it)
_FIRMLY = r"(?:(?:has|have|had)\s+)?(?:(?:strongly|firmly|flatly|repeatedly|categorically|vehemently)\s+)?"
_ANSWERS_BEFORE = re.compile(rf"{_NAMED_SUBJECT}[^,;:.!?\"“”]{{0,60}}?\s+{_FIRMLY}{_DENY_VERB}\s+"
                     r"(?:this|that|it|them|these|those|(?:the|that|this|these|those|such|all|both)\s+"
                     r"(?:accusations?|allegations?|claims?|charges?|reports?|assertions?|suggestions?|account|version))"
                     r"(?:\s+as\s+[a-z]+(?:\s+[a-z]+)?)?[.!]$")


# ... and one whose subject is a pronoun ("He denies this.", "She denied wrongdoing.", "It rejects that claim."):
# only the sentence before says whom it stands for, so only beside it does the denial say anything
_PRONOUN_DENIAL = re.compile(rf"^(?P<p>He|She|It|They)\s+{_FIRMLY}{_DENY_VERB}(?:\s+[\w'’-]+){{0,3}}[.!]$")
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")
# a body or a group a later "it" or "they" may stand for ("the firm", "the two men"; a name: "Norvale Air")
_BODY_NOUNS = (r"(?:firm|company|companies|airline|carrier|bank|ministry|government|agency|police|army|"
               r"council|party|group|club|league|board|union|men|women|officials|prisoners|suspects|"
               r"soldiers|players|workers)")
_BODY_OR_GROUP = re.compile(rf"\b{_BODY_NOUNS}\b|(?<=[\w,;]\s)[A-Z]")


def _pronoun_answer(text: str, before: str, speaker: str | None = None) -> bool:
    """A pronoun's short denial (`_PRONOUN_DENIAL`) of statement `before`, which names whom the pronoun may
    stand for: a person for "he"/"she" ("Ana Rusk accused Tomas Lind of bribery. He denies this."), a body or
    group for "it"/"they" ("Minister Ana Rusk accused the firm of fraud. It denies this."). The `speaker`
    whose words `before` gives is not one: no one denies what they say themselves."""
    m = _PRONOUN_DENIAL.match(text.strip())
    if not m:
        return False
    said = mask_quotes(before)
    if m.group("p") in ("He", "She"):
        return bool(_people_named(said, speaker))
    return _BODY_OR_GROUP.search(said) is not None


def _people_named(said: str, speaker: str | None) -> list[str]:
    """The people text `said` names, one name each, but the `speaker` of its words."""
    key = speaker_key(speaker) if speaker else None
    out: dict[str, str] = {}
    for r in _NAME_RUN.finditer(said):
        who = person(r.group())
        if who and speaker_key(who) != key:
            out.setdefault(speaker_key(who), who)
    return list(out.values())


# a body or group written in lower case that "it" or "they" stands for: "the Lusk ferry company", "the two men"
_BODY_PHRASE = re.compile(rf"\bthe\s+(?:[\w'’-]+\s+){{0,3}}?{_BODY_NOUNS}\b")


_DENIES = re.compile(rf"\b{_DENY_VERB}\b")


def answered_by(text: str, speaker: str | None = None) -> str | None:
    """Who gives the short denial that closes statement `text` (one told with what it answers, see
    `split_statements`), as the text names them: '"…," said union leader Ana Blom. Korvel Chemicals denies
    this.' -> "Korvel Chemicals"; "… councillor Tomas Brell took bribes. He denies this." -> "Tomas Brell".
    The denial is theirs, not the statement's `speaker`'s. "" when the pronoun of such a denial stands for no
    one the text names alone; None when the statement closes with no such denial."""
    if not _DENIES.search(text):
        return None  # (most statements: no verb of denial at all)
    sents = sentences(text)
    if len(sents) < 2:
        return None
    last, before = sents[-1].text.strip(), text[: sents[-1].start]
    if _ANSWERS_BEFORE.match(last):
        said = attribution(last)
        verb = re.search(rf"\s+{_FIRMLY}{_DENY_VERB}\b", last)
        who = said.source if said is not None else last[: verb.start()] if verb else ""
        return who.strip()
    m = _PRONOUN_DENIAL.match(last)
    if not m or not _pronoun_answer(last, before, speaker):
        return None
    said = mask_quotes(before)
    if m.group("p") in ("He", "She"):
        people = _people_named(said, speaker)
        return people[0] if len(people) == 1 else ""
    bodies = {b.group().lower(): b.group() for b in _BODY_PHRASE.finditer(said)}
    return next(iter(bodies.values())) if len(bodies) == 1 else ""


def _short_denial(text: str) -> bool:
    """A sentence of three or four words that denies, with its subject (`_SHORT_DENIAL`)."""
    text = text.strip()
    return SHORT_FACT_WORDS <= len(text.split()) < 5 and _SHORT_DENIAL.match(text) is not None


def split_statements(articles: list[Article]) -> list[Statement]:
    """Every sentence that can carry a claim, as a span of its article's clean text (datelines cut)."""
    groups = independent_groups(articles)
    out = []
    for ai, a in enumerate(articles):
        n = 0
        prev = None
        named: Named | None = None
        body: tuple[str, int] | None = None  # the last body named as a source ("the ministry"), and where
        title = _bare(a.title or "")
        quotes = quotations(a.text)
        sents = sentences(a.text)
        # an untitled text that opens with a short paragraph of one sentence opens with its headline, unless
        # that sentence reads as a report's first: a full stop, an article, and a day or a source ("Crews
        # evacuated 1,200 people from the valley on Tuesday.", "..., the mayor's office said.")
        headline = (not a.title and len(sents) > 1 and sents[1].paragraph != sents[0].paragraph
                    and len(sents[0].text.split()) <= HEADLINE_WORDS and not _lede(sents[0].text))
        for s in sents:
            # the sentence just before this one is the last statement: this one may be more of it
            after_last = prev is not None and out and out[-1].article == ai and out[-1].position == s.index - 1
            # a sentence inside a quotation the last statement introduces is more of the same words: the
            # quotation is one statement with its speaker, however short this sentence ('… wrote on Chirper:
            # "Heard a bang. Rules are rules."', not the outlet's own "Rules are rules."); a quotation that opens
            # its statement ('"A. B," Brenn said') stands sentence by sentence, each its speaker's, as does an
            # aside in parentheses
            # (up to QUOTE_JOIN_WORDS: the sentences of a long quotation stand one by one, each its speaker's, so
            # that a report of one of them still backs it)
            # (a mark that opens, after a space: not the close of 'called the mayor "weak". Lind said ... "a')
            inside = after_last and s.text[:1] != "(" and any(
                out[-1].start + 1 < q.start < s.start < q.end and q.start < out[-1].end
                and (q.start < 2 or a.text[q.start - 2] in " \t\n(—–-") for q in quotes) and (
                len(a.text[out[-1].start: s.end].split()) <= QUOTE_JOIN_WORDS or not is_statement(s.text))
            # a short denial of what the sentence before it says ("Oskaria denies this.") is told with it:
            # it names nothing of its own, so only beside the accusation does it say anything
            denies_it = after_last and _pronoun_answer(
                s.text, out[-1].text, out[-1].attribution.source if out[-1].attribution else None)
            answer = after_last and (_ANSWERS_BEFORE.match(s.text.strip()) is not None or denies_it)
            # the headline repeated atop the text is the outlet's title, not a statement of its report
            if not (inside or answer) and (not (is_statement(s.text) or _short_fact(s.text) or _short_denial(s.text)
                                                or _short_claim(s.text))
                                           or (title and _bare(s.text) == title)
                                           or (headline and (s is sents[0] or _subheadline(sents, s)))):
                prev = None
                continue
            cut = strip_dateline(s.text)
            start = s.start + cut
            # (a quotation opened here that runs on past this sentence to its own speaker, '"None of them
            # were spies. They are …," spokesman Arvid Tallen said', is that speaker's, not the last statement's)
            runs_on = any(s.start <= q.start <= start + 1 and q.end > s.end and q.speaker for q in quotes)
            if inside or answer or (prev is not None and prev.paragraph == s.paragraph and s.text[:1] in "\"“"
                                    and not runs_on and _unattributed(s.text) and out and out[-1].article == ai):
                # a quotation that goes on from the previous sentence keeps its speaker with it
                joined = out.pop()
                start = joined.start
                n -= 1
            prev = s
            end = s.end
            stray = _STRAY_CLOSE.search(a.text, start, end)
            if stray and "(" not in a.text[start: stray.start()]:
                end = stray.start()  # '... further.)"': the parenthesis closes one opened sentences before
            text = a.text[start: end]
            if len(text.split()) < 5 and not (_short_fact(text) or _short_denial(text) or _short_claim(text)):
                continue
            nums = numbers(text)
            if denies_it:
                # ("… accused Tomas Brell of bribery. He denies this.": the accusation's source is the statement's;
                # the denier's "he" is no speaker of it, nor one a later "he said" stands for)
                attr = joined.attribution
            else:
                attr, named = _attribute(text, a.text[:start], s.index, named, a.text)
            body_said = (_IT_SAID.match(text) or _IT_SAID_TAG.search(text)) if attr is None else None
            if body_said and body is not None and s.index - body[1] <= 1:
                # "The ministry said ... It added that ...": the body just named says it
                attr = Attribution(body[0], body_said.start(), body_said.end())
            if attr is not None and is_body(attr.source):
                body = (attr.source, s.index)
            # a sentence that starts inside a quotation, or whose quotation runs on after it, is the
            # speaker's words: "… on the line. Our children's futures are at stake. …," Moore said.
            quote = next((q for q in quotes if q.start < end and q.end > start
                          and (q.start < start or q.end > end)), None)
            if quote is not None and attr is None and quote.speaker:
                attr = Attribution(full_name(quote.speaker, a.text[:start]), 0, len(text))
            if attr is None:
                # a statement set off below 'The ministry said in a statement:' is the ministry's words
                opening = next((q for q in quotes if q.start - 1 <= start < q.end), None)
                set_off = colon_intro(a.text, opening.start - 1) if opening is not None else None
                if set_off:
                    attr = Attribution(in_sentence(set_off, a.text), 0, len(text))
            said = _ANONYMOUS.sub(" ", text)  # (a source left unnamed is no content two reports share)
            said = _as_asserted(said)  # ("denied that it was unsafe" tells that it was safe)
            out.append(Statement(ai, start, end, text, content_stems(said) + names(said), nums,
                                 attr, s.index, n, groups[ai],
                                 [number_context(text, x) for x in nums],
                                 a.text[max(quote.start, start): min(quote.end, end)] if quote else ""))
            n += 1
            if n >= MAX_STATEMENTS_PER_ARTICLE:
                break
    return out


_RELATIVE_OPENING = re.compile(r"(?i:where|when|as|while|whereupon|after|before|since|until|once|because|though|although)\s+(?=\S)")


_SHORT_MENTION = re.compile(r"^[Tt]he ([a-z][\w-]*)$")  # "the service", "the ministry": a body by its noun alone


def _fuller_mention(source: str, before: str) -> str | None:
    """The article's fuller earlier mention of a body a source names by its noun alone ("the service" after "the
    regional emergency service"), when exactly one body it mentioned ends with that noun (a shorter form of it,
    "the emergency service", is the same one); else None."""
    m = _SHORT_MENTION.match(source.strip())
    if not m or m[1] in _FUNCTION_WORDS:
        return None
    # (overlapping: "the head of the emergency service" holds "the emergency service")
    found = {tuple(w.split()) for w in re.findall(rf"(?=\b[Tt]he((?:\s+[\w’'-]+){{1,4}}?)\s+{m[1]}\b)", before)}
    found = {ws for ws in found if not any(fold(w) in _FUNCTION_WORDS or w[:1].isdigit() for w in ws)}
    longest = max(found, key=len, default=None)
    # (every mention a shorter form of the longest one: "the rail accident board" of "the national ...")
    if longest is None or any(ws != longest[len(longest) - len(ws):] for ws in found):
        return None
    return f"the {' '.join(longest)} {m[1]}"


# the outlet itself as the source: "…, our reporter says", "this newspaper has learned", "our correspondent in
# Vell said" (the outlet's own report, which its credit names already)
_OWN_REPORT = re.compile(r"(?i:our|this)\s+(?:own\s+)?(?:[a-z]+\s+){0,2}?(?:reporters?|correspondents?|journalists?|"
                         r"editors?|staff|team|newspaper|paper|newsroom|station|website|programme|program|reporting|"
                         r"analysis|investigation)(?:\s+(?:in|at|on)\s+.*)?")
# an unnamed source named again by its noun alone ("the people said", "according to the official") after the
# article described it ("people familiar with the plans", "a senior official briefed on the talks")
_BARE_UNNAMED = re.compile(r"[Tt]he\s+(?P<noun>people|person|sources?|officials?|aides?|diplomats?|insiders?|"
                           r"executives?|lawmakers?|advisers?|advisors?)")
DESCRIBED_REACH = 3000  # characters back an unnamed source's description is looked for
_DESCRIPTION_TAIL = r"\s+(?:familiar|briefed|close|with\s+knowledge|knowledgeable|involved|who|speaking|not\s+authori[sz]ed)\b"


def _described_before(source: str, before: str) -> str | None:
    """The article's earlier description (`before`: its text up to the statement) of an unnamed source a
    statement names by its noun alone: "the people" -> "people familiar with the plans", as the sentence
    that described it names its source; None when no earlier source is so described."""
    m = _BARE_UNNAMED.fullmatch(source.strip())
    if not m:
        return None
    # (the last mention of the noun with a tail that describes it, a few paragraphs up at most; its sentence
    # tells the description whole)
    tail = before[-DESCRIBED_REACH:]
    at = None
    for at in re.finditer(rf"(?<![\w'’-]){m['noun']}{_DESCRIPTION_TAIL}", tail, re.IGNORECASE):
        pass
    if at is None:
        return None
    start = max(tail.rfind(". ", 0, at.start()), tail.rfind("\n", 0, at.start())) + 1
    end = next((k + 1 for k in (tail.find(". ", at.end()), tail.find("\n", at.end())) if k != -1), len(tail))
    said = attribution(tail[start: end].strip())
    if said is None or not re.search(rf"(?i)(?<![\w'’-]){m['noun']}{_DESCRIPTION_TAIL}", said.source):
        return None
    return in_sentence(said.source, before)


def _attribute(text: str, before: str, index: int, named: Named | None,
               article: str = "") -> tuple[Attribution | None, Named | None]:
    """Who statement `text` (sentence `index` of its article; `before` is the article's text up to it,
    `article` all of it) says its information comes from, and the person a later "he said" may stand for."""
    attr = attribution(text)
    if attr is not None and _OWN_REPORT.fullmatch(attr.source):
        return None, named  # "…, our reporter says": the outlet's own report, no source of another
    if attr is not None and (rel := _RELATIVE_OPENING.match(attr.source)):
        # "..., where union leader Maren Voll said ...": the relative word joins the clause, it names no one
        attr = Attribution(attr.source[rel.end():], attr.start, attr.end)
    if attr is not None and text.startswith(attr.source):
        # "Police said ...", "Owner Tam Brisk said ...": as the source reads inside a sentence
        attr = Attribution(in_sentence(attr.source, article), attr.start, attr.end)
    if attr is None:
        # '"…," Mayor Tomas Lind told reporters': the quotation's speaker is the source
        speaker = next((q.speaker for q in quotations(text) if q.speaker), None)
        if speaker:
            attr = Attribution(full_name(speaker, before), 0, len(text))
    who = person(full_name(attr.source, before)) if attr is not None else None
    if who:
        # a surname alone ('Rodriguez said ...') is the person the article named in full before
        return Attribution(who, attr.start, attr.end) if " " not in attr.source.strip() else attr, (who, index, "")
    if attr is None:
        # "…," she said: the person named as a source just before (within PRONOUN_REACH sentences), unless
        # that person was already "he" and this is "she" (or the other way round)
        pron = pronoun_attribution(text)
        own = titled_person(text[: pron.start], pron.source) if pron is not None else None
        if own:  # the sentence names whom its pronoun stands for: "When Mr. Bush …, he said"
            who = full_name(own, before)
            return Attribution(who, pron.start, pron.end), (who, index, pron.source.lower())
        # "Trump held meetings with oil executives. He stated that ...": the subject of the sentence before,
        # unless that sentence named its source ("Varga was arrested ..., Tomas Lind said. He said ...")
        # ('Ms. Brell's lawyer, said she had not ...': the "he" of a clause after the verb names no speaker)
        just_named = named is not None and index - named[1] <= 1
        speaks = pron is not None and (text[pron.start] != "," or re.match(r"\s*(?:[.,;!?\"”]|$)", text[pron.end:]))
        who = previous_subject(before, pron.source) if speaks and not just_named else None
        if who:
            return Attribution(who, pron.start, pron.end), (who, index, pron.source.lower())
        # "The company's chief executive met analysts. "…," he said": the role just before, not a name further up
        role = previous_role(before) if speaks and not just_named else None
        if role:
            return Attribution(role, pron.start, pron.end), (role, index, pron.source.lower())
        # (a person named by a role alone only from the sentence just before: a role is no name to look back for)
        if (pron is not None and named is not None and index - named[1] <= (1 if role_only(named[0]) else PRONOUN_REACH)
                and named[2] in ("", pron.source.lower())):
            return Attribution(named[0], pron.start, pron.end), (named[0], index, pron.source.lower())
    if attr is not None and (fuller := _fuller_mention(attr.source, before) or _described_before(attr.source, before)):
        # "the service said" is the article's "regional emergency service": named as the article first named it
        # ("the people said": the "people familiar with the plans" it described)
        attr = Attribution(fuller, attr.start, attr.end)
    if attr is not None and (role := role_only(attr.source, before)):
        # "The company's chief executive told analysts ...": a later "he said" stands for this role (or the one
        # person the article names in it), the nearest speaker, not a person named further up ("a spokeswoman"
        # is no "he")
        named = (role, index, "" if role != attr.source else "she" if re.search(r"woman\b", role)
                 else "he" if re.search(r"(?<!wo)man\b", role) else "")
    return attr, named


# A source that would not give a figure ("did not say how many", "declined to give the amount")
_WITHHELD = Caseless(r"\b(?:did not|didn[’']t|would not|wouldn[’']t|could not|couldn[’']t|declined to|refused to)\s+"
                       r"(?:immediately\s+)?(?:say|disclose|give|specify|confirm|provide|release|reveal)\s+"
                       r"(?:how many|how much|an? (?:figure|number|total|toll|estimate)|"
                       r"the (?:exact |precise )?(?:number|figure|amount|cost|total|toll|size|sum))\b")

# Outcomes that exclude one another: a statement that names one class of a set and not the other's says
# something else than one that names only the other ("killed" / "injured", "rose" / "fell").
_OUTCOMES = {
    "toll": {
        "dead": r"killed|kills|killing|dead|died|dies|deaths?|fatalit(?:y|ies)|lives",
        "hurt": r"injur(?:ed|ies|y|ing)|wounded|wounding|hurt",
        "missing": r"missing",
        "arrested": r"arrest(?:ed|s)?|detained|detention",
        "displaced": r"evacuat(?:ed|ion)|displaced|homeless",
    },
    # what happened, not what may: past and present forms only ("faced pressure to veto" decides nothing)
    "direction": {
        "up": r"rose|rises|increased|increases|grew|grows|climbed|climbs|jumped|jumps|soared|soars",
        "down": r"fell|falls|decreased|decreases|dropped|drops|declined|declines|shrank|shrinks|plunged|plunges",
    },
    # a supply lost and the same supply back: "Power was cut to 30,000 homes" / "has been restored"
    "supply": {
        "lost": r"cut (?:off|to)|knocked out|lost power|without (?:power|water|electricity)|outages?|blackouts?",
        "back": r"restored|restores|reconnected|back on",
    },
    "decision": {
        "yes": r"approved|approves|passed|passes|upheld|upholds",
        "no": r"rejected|rejects|blocked|blocks|vetoed|vetoes|struck down|strikes down|overturned|overturns|voted down",
    },
    # a trial's steps, often told on other days: the verdict is not the sentence ("found guilty on Monday" /
    # "jailed on Tuesday for five years"); a sentence that tells both backs either
    "court": {
        "guilty": r"found guilty|convicted|pleaded guilty|pleads guilty|guilty verdict",
        "acquitted": r"acquitted|found not guilty|cleared of",
        "sentenced": r"jailed|sentenced|imprisoned|years in (?:prison|jail)",
    },
}
_OUTCOME_RE = {kind: {c: re.compile(rf"(?i)\b(?:{pat})\b") for c, pat in classes.items()}
               for kind, classes in _OUTCOMES.items()}
# any outcome at all: most sentences name none, and this asks once, fast (`Caseless`)
_ANY_OUTCOME = Caseless(rf"\b(?:{'|'.join(p for classes in _OUTCOMES.values() for p in classes.values())})\b")


def _different_outcomes(stmts: list[Statement]) -> np.ndarray:
    """D[i, j]: the two statements name outcomes of one kind and no outcome in common, or give one thing
    opposite changes or two levels (`_opposed`: "raised its rate" / "cut its rate")."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    some = [_ANY_OUTCOME.search(st.text) is not None for st in stmts]
    for classes in _OUTCOME_RE.values():
        has = np.array([[some[k] and bool(rx.search(st.text)) for rx in classes.values()] for k, st in enumerate(stmts)],
                       dtype=np.float32)  # (a product of floats is many times faster than of integers)
        named = has.any(axis=1)
        if named.sum() < 2:
            continue
        out |= np.outer(named, named) & ((has @ has.T) == 0)
    states = [_states(st.text) for st in stmts]
    # (pairs of statements that give a state of one kind: an act's kind is its verb's, few share it)
    by_kind: dict[str, list[int]] = {}
    for k in range(n):
        for kind in states[k]:
            by_kind.setdefault(kind, []).append(k)
    for ks in by_kind.values():
        for i, j in itertools.combinations(ks, 2):
            if not out[i, j] and stmts[i].article != stmts[j].article and _opposed(states[i], states[j]):
                out[i, j] = out[j, i] = True
    return out


# Changes of one thing told in opposite directions ("raised its main rate" / "cut its main rate", "shares
# rose" / "shares fell"): the verbs news uses for a change of a rate, price or count, transitive or not
# (not "lifted", "eased", "lost", "gained": they mostly mean other acts, "lifted a ban", "gained control")
_DIRECTIONS = {
    "up": r"rais(?:ed|es)|increas(?:ed|es)|hik(?:ed|es)|rose|rises|risen|climb(?:ed|s)|jump(?:ed|s)|grew|grows|grown|"
          r"soar(?:ed|s)",
    "down": r"cut|cuts|lower(?:ed|s)|reduc(?:ed|es)|slash(?:ed|es)|trimm?(?:ed|s)|fell|falls|fallen|dropp?(?:ed|s)|"
            r"declin(?:ed|es)|plung(?:ed|es)|shrank|shrunk|shrinks|tumbl(?:ed|es)",
}
_DIRECTION = Caseless(r"\b(?:(?P<up>" + _DIRECTIONS["up"] + r")|(?P<down>" + _DIRECTIONS["down"] + r"))\b")
_TRANSITIVE = re.compile(r"(?i)rais|increas|hik|cut|lower|reduc|slash|trim")  # (a change made: "the size of the cut")
CHANGE_REACH = 5  # words each side of a change's verb, in its clause, that say what changed
CHANGE_SAME = 2  # words of what changed two opposite changes must share to be of one thing
CHANGE_WINDOW = 100  # characters each side of a change's verb read for those words
MAX_CHANGES = 6  # a statement's verbs of change read for them, at most (bounds the work on a run-on sentence)
# Named levels of a warning scale ("raised its heat warning to amber", "a red flood warning"): the colour
# words only where the same noun names the warning (not "a red car", "the Red Cross")
_LEVEL_WORDS = r"green|yellow|amber|orange|red|purple"
_LEVEL_NOUN = r"warning|alert|alarm"
_LEVEL_AFTER = re.compile(rf"(?i)\b(?:(?P<q>[a-z]+)\s+)?(?P<n>{_LEVEL_NOUN})s?\b(?:\s+[^\s,;:.]+){{0,6}}?\s+(?:to|at)\s+"
                          rf"(?P<c>{_LEVEL_WORDS})\b(?!\s+(?:and|or)\b)")
_LEVEL_BEFORE = re.compile(rf"\b(?P<c>(?i:{_LEVEL_WORDS}))\s+(?:(?P<q>[a-z]+)\s+)?(?P<n>(?i:{_LEVEL_NOUN}))s?\b")
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being|be|is|are)\s+(?:[a-z]+ly\s+)?$")
_NOT_QUALIFIER = frozenset("the a an its their his her this that our heat's".split())


# Whether talks came to an agreement: "agreed in principle to a new quota system", "reached a deal on ..." /
# "ended without agreement", "failed to agree on ...". Bounded: at most three words between the verb and its noun.
_NOT_AGREED = re.compile(r"(?i)\b(?:without\s+(?:an?\s+|any\s+)?(?:agreement|deal|accord)|"
                         r"fail(?:s|ed)?\s+to\s+(?:agree|reach|strike)|(?:did|could|would)(?:\s+not|n[’']t)\s+agree(?!\s+(?:with|more)\b)|no\s+(?:agreement|deal|accord)\s+(?:was|had\s+been|"
                         r"has\s+been|could\s+be)\s+(?:reached|struck|agreed|found)|(?:talks|negotiations)\s+(?:collapse[sd]?|broke\s+down|break\s+down|fail(?:s|ed)?))\b")
_AGREED = re.compile(r"(?i)\b(?:agreed\s+(?:in\s+principle\s+)?(?:to|on)|reached\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:agreement|deal|accord)|struck\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?deal|"
                     r"end(?:s|ed)?\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord))\b")
_NEGATION_BEFORE = re.compile(r"(?i)\b(?:not|never|no|n[’']t|nor|whether|if|will|would|could|may|might|to)\s+"
                              r"(?:[\w-]+\s+){0,2}$")
# (the words of talks themselves, which any two reports of them share: not what they are about)
_TALKS_WORDS = frozenset(content_stems("talks talk negotiations agreement agreed agree deal accord principle reached "
                                       "ended failed without struck meeting met leaders ministers officials said statement"))
AGREEMENT_SAME = 2  # words of what was (not) agreed two reports must share to be of one matter
# Whether an inquiry is opened: "has opened / is opening / launched an investigation" against "is considering /
# weighing / may open an investigation" or "has ruled out an inquiry": other states of one inquiry, neither
# backs the other. Read in the few words before the noun (its clause's), the strongest hedge first.
_INQUIRY_NOUN = re.compile(r"(?i)\b(?:investigation|inquiry|enquiry|probe)\b")
_INQUIRY_STATES = (
    ("ruled out", re.compile(r"(?i)\b(?:rul(?:ed|es|ing)\s+out|(?:(?:declin|refus)(?:ed|es|ing)\s+to|no\s+plans?\s+to|not|n[’']t)\s+"
                             r"(?:yet\s+)?(?:to\s+)?(?:open|launch|start|order)(?:s|ed|es|ing)?)\b")),
    ("considered", re.compile(r"(?i)\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|contemplat(?:es|ed|ing)|"
                              r"(?:may|might|could)\s+(?:\w+\s+)?(?:open|launch|start|order)|whether\s+to)\b")),
    ("opened", re.compile(r"(?i)\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|start(?:s|ed|ing)?|began|begun|"
                          r"initiat(?:es|ed|ing)|order(?:s|ed|ing)?)\b")),
)
INQUIRY_REACH = 5  # words before an inquiry's noun read for its state
_INQUIRY_CUT = re.compile(r"(?i)\b(?:in|of|on|into|with|for|about|from|by|at|over|after|during|amid)\b")
_STATE_ABOUT = {"agreement": "whether they agreed",  # (a contest's `about` for a state's kind; else the kind)
                "inquiry": "whether the inquiry is opened", "safety": "whether it is safe"}
# Whether someone will do, or has done, an act: "said he would appeal" / "said he would not appeal", "has recalled
# the gummies" / "has not recalled them": one actor's act told both ways is a contest, and neither backs the other.
# An intention (will, would, plans to, is going to) or a deed (did, has, had) with its verb, the act named by its
# noun after a verb of filing ("lodge an appeal", "file a lawsuit"). Bounded: one adverb between.
_ACT_AUX = Caseless(
    r"\b(?P<aux>will|would|shall|won[’']t|wouldn[’']t|(?:is|are|was|were)\s+(?:not\s+)?going\s+to|"
    r"(?:plans?|planned|intends?|intended)\s+(?:not\s+)?to|did|didn[’']t|has|have|had|hasn[’']t|haven[’']t|hadn[’']t)"
    r"(?P<neg>\s+(?:not|never))?(?:\s+(?:also|still|now|then|yet|ever|[a-z]+ly))?\s+(?P<verb>[a-z]{3,})\b")
_ACT_INTENT = re.compile(r"(?i)^(?:will|would|shall|won|going|plan|intend|is|are|was|were)")
_ACT_FILED = re.compile(r"(?i)(?:lodg|fil|launch|mount|bring|brought|submit)\w*\s+(?:an?|the|its|his|her|their)\s+"
                        r"(?:(?:formal|fresh|new|legal)\s+)?(?P<noun>[a-z]{4,})\b")
# no act: an auxiliary or a copula ("would be", "has been"), a verb of saying, knowing or wanting ("would not say",
# "did not respond": a non-answer, `_NO_ANSWER`), or one a "to" follows ("would like to")
_NOT_ACT = frozenset("""be been being have has had do does did done get got gotten go gone come become became remain
remained stay stayed seem seemed appear appeared say said tell told comment commented respond responded reply replied
answer answered elaborate elaborated confirm confirmed know known want wanted need needed think thought expect
expected like liked let see seen feel felt continue continued also not never""".split())
_ACT_SUPPOSED = re.compile(r"(?i)\b(?:whether|if|unless|asked)\b[^,;:\"“”]{0,60}$")  # "whether he would appeal"
_PROSECUTION = re.compile(r"(?i)\bprosecut")  # (the prosecution are one actor, however named)
_BODY_WORD = re.compile(rf"(?i)\b{_BODY_NOUNS}\b")
# Whether a thing is safe: "its gummies are safe" / "the gummies were unsafe", "is not safe": one thing called
# both is a contest (the maker's word against the regulator's), and neither backs the other. Only the adjective
# after a copula, not "safe to return" (a dummy subject's), nor "whether it is safe" (a question).
_SAFETY = Caseless(r"\b(?:is|are|was|were|be|been|remains?|remained)\s+(?P<neg>not\s+|no\s+longer\s+)?"
                   r"(?:(?:completely|entirely|perfectly|totally|fully)\s+)?(?P<un>un)?safe\b(?!\s+to\b)")
_SAFETY_OPEN = re.compile(r"(?i)^.*\b(?:that|said|says|say|and|but|because)\s+")
_SAFETY_SUPPOSED = re.compile(r"(?i)\b(?:whether|if|unless|asked|claims?|doubts?)\b")
SAFETY_SUBJECT = 5  # words of its clause before the copula that say what is (not) safe, at most


def _safety(text: str) -> tuple[str, str, frozenset] | None:
    """Whether `text` calls a thing safe ("yes") or not ("no"), its words as written and the content stems of the
    thing; a denial that it is unsafe calls it safe ("denied that its gummies were unsafe"); None when the text
    says neither, or both."""
    told = set()
    for m in _SAFETY.matches(text):
        before = _CLAUSE_BREAK.split(text[max(0, m.start() - CHANGE_WINDOW): m.start()])[-1]
        subject = _SAFETY_OPEN.sub("", before)
        if _SAFETY_SUPPOSED.search(subject) or _SAFETY_SUPPOSED.search(before[-40:]):
            continue
        thing = frozenset(k for k in content_stems(" ".join(re.findall(r"[\w’'-]+", subject)[-SAFETY_SUBJECT:]))
                          if k not in _DAY_WORDS)
        no = bool(m["neg"] or m["un"])
        if _denial(text[: m.start()]):
            denied = _denied_negative(text)
            if not (denied and denied.start() <= m.start() < denied.end()):
                continue  # ("denied that it was safe": read no side)
            no = not no
        told.add(("no" if no else "yes", "unsafe" if no else "safe", thing))  # (a side's label, however worded)
    if len({v for v, *_ in told}) != 1:
        return None
    value, word, _ = next(iter(told))
    return value, word, frozenset().union(*(t for *_, t in told))


def _acts_told(text: str) -> dict[str, tuple[str, str, frozenset]]:
    """The acts `text` says someone will do or has done, or will not or has not (`_ACT_AUX`), by kind ("act
    will appeal", "act done <stem>"): "yes" or "no", the words as written ("would not appeal"), and the words of
    who acts (each "@"-marked: the names and the lawyers, prosecution or body named before the act, or outside
    the quotation that holds it) and of what is acted on (the next words of its clause). An act told both ways in
    one text ("would not appeal the verdict but would appeal the sentence") is none."""
    out: dict[str, tuple[str, str, frozenset]] = {}
    both: set[str] = set()
    for m in _ACT_AUX.matches(text):
        verb = m["verb"].lower()
        intent = bool(_ACT_INTENT.match(m["aux"]))
        if verb in _NOT_ACT or (not intent and m["aux"].lower().startswith("ha") and not verb.endswith(("ed", "en"))):
            continue  # ("had a meeting": no perfect)
        if text[m.end(): m.end() + 4].lower() in (" to ", " on ") or _ACT_SUPPOSED.search(text[max(0, m.start() - 80): m.start()]):
            continue
        end = m.end()
        filed = _ACT_FILED.match(text, m.start("verb"))
        if filed:
            verb, end = filed["noun"].lower(), filed.end()
        kind = f"act will {verb}" if intent else f"act done {stem(verb)}"
        no = bool(m["neg"]) or "n't" in m["aux"].lower() or "n’t" in m["aux"].lower() or " not " in f" {m['aux'].lower()} "
        before = text[: m.start()]
        quote = open_quote(text, m.start())
        actor_text = mask_quotes(text) if quote else before
        actor = {fold(w) for w in names(actor_text)}
        actor |= {"defence"} if _DEFENCE.search(actor_text) else set()
        actor |= {"prosecution"} if _PROSECUTION.search(actor_text) else set()
        actor |= {stem(b.group().lower()) for b in _BODY_WORD.finditer(actor_text)}
        after = re.findall(r"[\w’'-]+", _CLAUSE_BREAK.split(text[end: end + CHANGE_WINDOW])[0])[:CHANGE_REACH]
        thing = {k for k in content_stems(" ".join(after)) if k not in _DAY_WORDS}
        value = ("no" if no else "yes", text[m.start(): end], frozenset({"@" + a for a in actor} | thing))
        if kind in out and out[kind][0] != value[0]:
            both.add(kind)
        out.setdefault(kind, value)
    return {k: v for k, v in out.items() if k not in both}


def _state_about(kind: str) -> str:
    """A contest's `about` for a state's kind: "whether they agreed", "whether they will appeal"."""
    if kind.startswith("act will "):
        return f"whether they will {kind[len('act will '):]}"
    if kind.startswith("act done "):
        return "whether it was done"
    return _STATE_ABOUT.get(kind, kind)


def states_told(text: str) -> set[str]:
    """The `about` of each contest of a state (a direction, a warning's level, whether talks agreed) a text
    takes a side in ("Talks fail to agree water deal": "whether they agreed"): a headline states none."""
    return {_state_about(kind) for kind in _states(text)}


@lru_cache(maxsize=4096)  # (asked of each statement twice: for backing and for contests)
def _states(text: str) -> dict[str, tuple[str, str, frozenset]]:
    """What a statement says of a change's direction or a warning's level, by kind ("direction", "warning
    level"): the value ("up", "red"), the word as written ("raised", "red"), and the words of what it is
    about (what changed; the warning's own word, "heat"). A statement that gives both directions ("cut
    taxes and raised spending") or several levels gives none of that kind."""
    out: dict[str, tuple[str, str, frozenset]] = {}
    found = list(_DIRECTION.finditer(text))
    if found and len({m.lastgroup for m in found}) == 1:
        thing: set[str] = set()
        for m in found[:MAX_CHANGES]:
            # (the clause read in a window around the verb: a run-on sentence is not read whole for each verb)
            before = _CLAUSE_BREAK.split(text[max(0, m.start() - CHANGE_WINDOW): m.start()])[-1]
            after = _CLAUSE_BREAK.split(text[m.end(): m.end() + CHANGE_WINDOW])[0]
            # what changed: the object a change made is made to ("raised its main rate"), else the subject
            # ("Shares in Kelso fell", "The rate was raised"), not the actor ("the bank", in "the bank cut
            # its growth forecast" and "the bank raised rates")
            made = _TRANSITIVE.match(m[0]) and not _PASSIVE.search(before)
            told = re.findall(r"[\w’'-]+", after)[:CHANGE_REACH] if made else re.findall(r"[\w’'-]+", before)[-CHANGE_REACH:]
            thing |= {k for k in content_stems(" ".join(told)) if k not in _DAY_WORDS}
        out["direction"] = (found[0].lastgroup, found[0][0].lower(), frozenset(thing))
    low = text.lower()  # (the level patterns only where a warning, alert or alarm is named)
    levels = {(m["c"].lower(), m["n"].lower(), (m["q"] or "").lower())
              for rx in (_LEVEL_AFTER, _LEVEL_BEFORE) for m in rx.finditer(text)
              } if "warning" in low or "alert" in low or "alarm" in low else set()
    if len({c for c, *_ in levels}) == 1:
        c, noun, _ = next(iter(levels))
        quals = {q for _, _, q in levels if q and q not in STOPWORDS and q not in _NOT_QUALIFIER}
        out[f"{noun} level"] = (c, c, frozenset(quals))
    if "agree" in low or "deal" in low or "accord" in low or "talks" in low or "negotiations" in low:
        masked = mask_quotes(text)
        no = _NOT_AGREED.search(masked)
        yes = next((m for m in _AGREED.finditer(masked) if not _NEGATION_BEFORE.search(masked[max(0, m.start() - 40): m.start()])),
                   None)
        if bool(no) != bool(yes):  # (a statement that gives both, "agreed on X but not on Y", gives neither)
            m = no or yes
            about = frozenset(k for k in content_stems(masked) if k not in _TALKS_WORDS and k not in _DAY_WORDS)
            out["agreement"] = ("no" if no else "yes", re.sub(r"\s+(?:to|on)$", "", m[0]), about)
    if "investigat" in low or "inquiry" in low or "enquiry" in low or "probe" in low:
        told = set()
        for noun in _INQUIRY_NOUN.finditer(text):
            before = " ".join(re.findall(r"[\w’'-]+", _CLAUSE_BREAK.split(text[max(0, noun.start() - 80): noun.start()])[-1])
                              [-INQUIRY_REACH:])
            before = _INQUIRY_CUT.split(before)[-1]  # (the noun's own verb: not "considered a suspect in the inquiry")
            state = next(((v, m[0]) for v, rx in _INQUIRY_STATES if (m := rx.search(before))), None)
            if state:
                after = re.findall(r"[\w’'-]+", _CLAUSE_BREAK.split(text[noun.end(): noun.end() + 80])[0])[:CHANGE_REACH]
                told.add((*state, frozenset(k for k in content_stems(" ".join(after)) if k not in _DAY_WORDS)))
        if len({v for v, *_ in told}) == 1:  # (one that tells two states, "considered and then opened", gives none)
            value, word, _ = next(iter(told))
            out["inquiry"] = (value, word.lower(), frozenset().union(*(t for *_, t in told)))
    if _ACT_AUX.search(text):
        out.update(_acts_told(text))
    if "safe" in low and (safe := _safety(text)):
        out["safety"] = safe
    return out


def _opposed(x: dict[str, tuple[str, str, frozenset]], y: dict[str, tuple[str, str, frozenset]]) -> str | None:
    """The kind on which two statements' states (`_states`) oppose: one thing changed in opposite directions
    (CHANGE_SAME words of what changed in common, or all of one's: "raised rates" / "cut rates"), or one warning at two levels (its own word, "heat",
    the same when both give one); None when they do not."""
    for kind in x.keys() & y.keys():
        (vx, _, tx), (vy, _, ty) = x[kind], y[kind]
        if vx == vy:
            continue
        if kind == "direction" and tx & ty and len(tx & ty) >= min(CHANGE_SAME, len(tx), len(ty)):
            return kind
        if kind == "agreement":
            if len(tx & ty) >= AGREEMENT_SAME:
                return kind
            continue
        if kind == "safety":  # (one thing called safe and unsafe: "its gummies" / "the DreamEase gummies")
            if tx & ty:
                return kind
            continue
        if kind.startswith("act "):  # (one actor, "@"-marked words in common, acting on one thing, or unsaid)
            if _one_actor(tx, ty):
                return kind
            continue
        if kind != "direction" and (not tx or not ty or tx & ty):
            return kind
    return None


def _one_actor(tx: frozenset, ty: frozenset) -> bool:
    """Two acts' words (`_acts_told`) tell one actor's act: who acts in common, and what is acted on in common
    when both say ("would not release the names" is no answer to "would release the footage")."""
    ax, ay = {w for w in tx if w[:1] == "@"}, {w for w in ty if w[:1] == "@"}
    ox, oy = tx - ax, ty - ay
    return bool(ax & ay) and (not ox or not oy or bool(ox & oy))


# the size of a change, "by" after a verb of change in its clause ("raised its main rate by 50 basis points",
# "fell by 12%"); not an earlier value ("up from 6%") nor a level ("to 4.5%"), nor "killed by 12 gunmen"
_CHANGE_BY = re.compile(r"(?i)\b(?:(?P<up>" + _DIRECTIONS["up"] + r")|(?P<down>" + _DIRECTIONS["down"] + r"))\b"
                        r"(?:\s+[^\s,;:]+){0,6}?\s+by\s+(?:a\s+(?:revised\s+)?)?$")


def _change_size(text: str, n: Number) -> tuple[str, str] | None:
    """The direction ("up", "down") and verb of the change a figure is the size of, or None."""
    if not n.delta:
        return None
    window = _CLAUSE_BREAK.split(text[max(0, n.start - CHANGE_WINDOW): n.start])[-1]  # (its clause's last words)
    m = _CHANGE_BY.search(window)
    return (m.lastgroup, (m["up"] or m["down"]).lower()) if m else None


def _change_sizes(st: Statement) -> list[tuple[int, str]]:
    """A statement's figures that are sizes of a change, each with its direction."""
    return [(k, c[0]) for k, x in enumerate(st.numbers[:MAX_PARTS]) if (c := _change_size(st.text, x))]


def _same_measure(x: Number, y: Number, tx: str, ty: str) -> bool:
    """Two figures in one unit: a bare number's unit is the word after it ("50 basis points" / "0.5
    percentage point" are not 50 against 0.5 of one thing)."""
    return x.unit == y.unit and (bool(x.unit) or _next_word(tx, x).lower() == _next_word(ty, y).lower())


_RATHER_THAN = re.compile(r"\b([A-Za-z]{3,}), not ([A-Za-z]{3,})\b")


def _rather_than(stmts: list[Statement]) -> np.ndarray:
    """R[i, j]: one says "X, not Y" and the other says Y without X ("would need years, not months, to
    recover" / "would need months to recover"): a contradiction, not a backing."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    for i, st in enumerate(stmts):
        for m in _RATHER_THAN.finditer(st.text):
            if m[1].lower() in STOPWORDS or m[2].lower() in STOPWORDS:
                continue
            yes, no = stem(m[1].lower()), stem(m[2].lower())
            if yes == no:
                continue
            for j, other in enumerate(stmts):
                if j != i and no in other.stems and yes not in other.stems:
                    out[i, j] = out[j, i] = True
    return out


def _withheld_and_given(stmts: list[Statement]) -> np.ndarray:
    """W[i, j]: one of the two gives a figure and the other says its source would not give it ("police did
    not say how many were held" / "police said 12 were held"): two facts, not one."""
    n = len(stmts)
    withheld = np.array([bool(_WITHHELD.search(st.text)) for st in stmts], dtype=bool)
    if not withheld.any():
        return np.zeros((n, n), dtype=bool)
    gives = np.array([any(not x.delta for x in st.numbers) for st in stmts], dtype=bool) & ~withheld
    w = np.outer(gives, withheld)
    return w | w.T


# A source that gave no answer ("declined to comment", "did not respond to requests for comment", "could not be
# reached"): a fact about the asking, no report of what was asked about, whatever names and words it shares
_NO_ANSWER = Caseless(r"\b(?:(?:declined|refused|would not|wouldn[’']t|did not|didn[’']t|has not|hasn[’']t|have not|"
                      r"haven[’']t|could not|couldn[’']t)\s+(?:immediately\s+)?(?:to\s+)?(?:comment|respond|reply|answer|"
                      r"elaborate|be reached|(?:say|discuss|confirm or deny)(?=\s+(?:whether|if|how|what|when|why|who|which|more|"
                      r"further|anything|much)\b|\s*[,.;]|$))|(?:was|were|is|are)\s+(?:not\s+|un)available\s+"
                      r"for\s+comment|did not (?:immediately\s+)?return\s+(?:calls|messages|requests|emails?)|no comment)\b")
# ... unless the sentence also tells what the source did say: "declined to comment, but said the firm would appeal"
_ANSWER_TOO = re.compile(r"(?i)\b(?:but|although|though|while)\b|,\s+(?:saying|adding)\b|\band\s+(?:\w+\s+)?(?:said|says|told|added)\b")


def _no_answer(text: str) -> bool:
    """The sentence tells only that its source gave no answer (`_NO_ANSWER`), as its main verb: not "...said the
    talks had failed but declined to say why", "..., who declined to comment, ...", "because he refused to say
    the words", nor "declined to comment but said ..." (a quotation's words are its speaker's)."""
    if _NO_ANSWER.search(text) is None:
        return False  # (most sentences: no need to mask their quotations)
    masked = mask_quotes(text)
    m = _NO_ANSWER.search(masked)
    return (m is not None and not _ANSWER_TOO.search(masked, m.end())
            and not _SUBJECT_END.search(masked, 0, m.start()) and not re.search(r"\b(?:who|which)\b", masked[: m.start()]))


def _no_answer_and_answer(stmts: list[Statement]) -> np.ndarray:
    """A[i, j]: one of the two tells only that its source gave no answer (`_no_answer`) and the other does not:
    "Petra Lunde declined to comment" backs neither "Lunde said he would appeal" nor "... would not appeal"."""
    none = np.array([_no_answer(st.text) for st in stmts], dtype=bool)
    return np.outer(none, ~none) | np.outer(~none, none) if none.any() else np.zeros((len(stmts), len(stmts)), dtype=bool)


# A report that someone took back what they said or reported ("retracted the story", "apologised for the remark"):
# a finite act on one side, against no such notion at all on the other, is another fact than the act itself
_REVERSED = Caseless(r"\b(?:retracted|retracting|walked back|walks back|backtracked|recanted|apologi[sz]ed|apologi[sz]es|"
                       r"issued (?:\w+ )?corrections?)\b")  # not "withdrew its troops", "reversed the decision"
_REVERSAL_ANY = Caseless(r"\b(?:retract\w*|walk\w* back|backtrack\w*|recant\w*|apolog\w*|rescind\w*|revers\w*|"
                           r"withdr\w*|correct(?:ed|ion)\w*|back\w* down|reneg\w*|halt\w*|shot down|change of heart|"
                           r"push\w* back)\b")
SAME_WORDS = 0.8  # alignment of two statements that print the same words (a quotation both carry)


def _reversal_one_side(stmts: list[Statement], align: np.ndarray) -> np.ndarray:
    """R[i, j]: one statement reports a reversal in its own words ("the paper retracted its report") and
    the other has no notion of one ("the paper was first to report it"): two facts, however alike their
    words. Statements that print the same words, or one the other's quotation, are left alone."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    reversed_ = [bool(_REVERSED.search(mask_quotes(st.text))) for st in stmts]
    if not any(reversed_):
        return out
    any_ = [bool(_REVERSAL_ANY.search(st.text)) for st in stmts]
    stems = [set(st.stems) for st in stmts]
    said = [set(content_stems(" ".join(q.text for q in quotations(st.text)))) for st in stmts]

    def prints(x: int, y: int) -> bool:  # y prints x's quotation
        return len(said[x]) >= 4 and len(said[x] & stems[y]) >= 0.8 * len(said[x])

    for i in (k for k in range(n) if reversed_[k]):
        for j in range(n):
            if any_[j] or max(align[i, j], align[j, i]) >= SAME_WORDS or prints(i, j) or prints(j, i):
                continue
            out[i, j] = out[j, i] = True
    return out


# A remark about the fact rather than the fact: that it is not known ("it was not known whether the
# inquiry would call witnesses"), or that it is one of several ("far from the only emergency declared")
_REMARK = Caseless(r"\b(?:(?:it is|it was|it's|it remains|it remained|remains|remained|is|was) (?:still )?"
                     r"(?:not clear|unclear|unknown|not (?:yet )?known)|unclear (?:whether|if|how|what|why|when|who)|"
                     r"not (?:yet )?known (?:whether|if|how|what|why|when|who)|(?:has|have) not (?:yet )?been determined|"
                     r"(?:not|far from) the only|not the first)\b")
# (a remark counts when it is the sentence's main clause, no clause opening before it: "It was unclear
# whether ...", "Clinton is not the only official ...", not "... killed 12; it was unclear why")


# A sentence whose subject is nobody ("Not a one defended Lieberman", "No one was hurt") says the opposite of
# one that names who did it ("Mr. McCain defended Mr. Lieberman"), however alike their words
_NOBODY = re.compile(r"^[\"“‘']?(?:(?:But|And|Yet|So)\s+)?(?:No one|No-one|Nobody|Not one|Not a one|Not a single \w+|"
                     r"None of|Neither)\b")
_NEGATED = Caseless(r"\b(?:not|no|never|none|nobody|neither|nor)\b|n[’']t\b")


def _nobody_and_somebody(stmts: list[Statement]) -> np.ndarray:
    """N[i, j]: one statement's subject is nobody and the other denies nothing ("None of the money will
    come from the flood fund" still agrees with "chose not to draw on the flood fund")."""
    nobody = np.array([bool(_NOBODY.match(st.text)) for st in stmts], dtype=bool)
    if not nobody.any():
        return np.zeros((len(stmts), len(stmts)), dtype=bool)
    plain = np.array([not _NEGATED.search(st.text) for st in stmts], dtype=bool)
    k = np.outer(nobody, plain)
    return k | k.T


def _remark_and_fact(stmts: list[Statement]) -> np.ndarray:
    """K[i, j]: one statement remarks on a fact in its own words (that it is unclear, that it is not the
    only one) and the other states the fact: two things said, however many words they share."""
    def is_remark(text: str) -> bool:
        m = _REMARK.search(mask_quotes(text))
        return m is not None and not re.search(r"[,;:—–(]", text[: m.start()])
    remark = np.array([is_remark(st.text) for st in stmts], dtype=bool)
    k = np.outer(remark, ~remark)
    return k | k.T


# How someone took a fact: a feeling reported ("said they were relieved that he had been jailed") is not
# the fact ("he was jailed"), however many of its words it repeats
_REACTION = Caseless(r"\b(?:was|were|is|are|am|felt|feel|feels|been)\s+[\"“‘']?(?:very\s+|deeply\s+|so\s+)?"
                       r"(relieved|pleased|delighted|happy|glad|angry|outraged|furious|upset|disappointed|dismayed|"
                       r"saddened|shocked|devastated|heartbroken|grateful|thankful|frightened|scared|afraid)\b")


def _reaction_and_fact(stmts: list[Statement]) -> np.ndarray:
    """K[i, j]: one statement tells how someone took something (relieved, angry, welcomed) in words
    the other lacks: a reaction and a report, two things said."""
    felt = [frozenset(m.lower()[:5] for m in _REACTION.findall(st.text)) for st in stmts]
    n = len(stmts)
    k = np.zeros((n, n), dtype=bool)
    has = {w: np.array([w in f for f in felt]) for w in set().union(*felt)}  # who tells of each feeling
    for i in (i for i in range(n) if felt[i]):
        other = ~np.logical_or.reduce([has[w] for w in felt[i]])
        k[i] |= other
        k[:, i] |= other
    return k


_OPENS_WITH_REFERENCE = re.compile(r"(?:(?:And|But|So|Yet|Still)\s+)?" + LEANS_BACK.pattern)
# A statement whose subject is a pronoun or "this" ("They sued the NCAA") says something of whatever the
# sentence before named: words it shares with another outlet's sentence may be said of someone else
# ("the court sided with the athletes"). It is backed only by a sentence that holds this much of it,
# or sits this close in meaning.
REFERENCE_ALIGN = 0.55
REFERENCE_LIKE = 0.62

# "Ilse Varga, who won the vote with 52.4 per cent, promised to freeze bus fares": a sentence that backs
# another by its relative clause alone tells a fact of its own in its main clause (of place too: "Workers at the
# mill, where six people died in a fire, said the exits had been locked")
_ASIDE = re.compile(r"^(?P<subject>[^,]{3,80}),\s+(?:who|which|where)\s+(?P<aside>[^,]+),\s+(?P<rest>[a-z][^\"“”]*)$")
# "Shareholders said they would vote against the offer, saying the 38 crowns a share undervalued the
# company": a sentence that backs another by its closing participle clause (the reason given) tells what
# its subject says or does in the clause before
_REASON = re.compile(r"^(?P<rest>[^\"“”]{10,300}?),\s+(?:saying|arguing|adding|citing|complaining)\s+(?P<aside>[^\"“”]{5,300})$")
OWN_FACT_WORDS = 3  # content words of its own a main clause needs to be a fact of its own
OWN_FACT_SHARE = 0.75  # ... and the share of its content words the claim it backs does not hold
OWN_REASON_SHARE = 0.4  # (a clause before a reason names what the reason is about: the offer, the price)
# "Quillnet will recall 40,000 routers, and customers can return them from June 12": two clauses joined by
# "and", "but", "while", "whereas" or a semicolon, each of which may tell a fact of its own
_CLAUSE_JOINT = re.compile(r",?\s+(?:and|but|while|whereas)\s+|;\s+")
_ADVERBS = re.compile(r"\b(?:\w+ly|then|also|later|still|now|again|so)\b")


def _coordinated_fact(head: Statement, text: str) -> bool:
    """`text` backs `head` by one of two coordinated clauses and tells in the other, a clause with a verb of
    its own, what `head` does not: "Quillnet will recall 40,000 routers, and customers can return them from
    June 12" backing "Quillnet will recall 40,000 routers" (not "routers and modems sold in 2024")."""
    if any(q in text for q in "\"“”"):
        return False  # (a quotation's words are backed as a quotation is)
    held = set(head.stems)
    for m in _CLAUSE_JOINT.finditer(text):
        # (a clause after the joint has its own verb before its first comma: not "a small but costly fault in a
        # few homes, it was found on Monday", which joins two adjectives)
        if not _FINITE_FAST.search(text[m.end():].split(",", 1)[0]):
            continue
        parts = (text[: m.start()], text[m.end():])
        orders = (parts, parts[::-1])
        # the clause that gives the head's figure is the one that backs it, however many of the head's words
        # (names, the place, the day) the other repeats: in "Rask was confirmed as the winner of the election,
        # but her lead narrowed to 287 votes" backing "Rask's margin fell to 287 votes in the election", the
        # shared words of the first clause name what both are about, not what it tells
        # (two main clauses, each with its subject, set apart by a comma or semicolon: not "raised the bridge toll
        # by 20%, but exempted buses", one subject's two acts, the second of which the head may tell too)
        verb = _FINITE_FAST.search(parts[1])
        figured = [bool(head.numbers) and any(x.agrees(y) for x in numbers(p) for y in head.numbers) for p in parts]
        pinned = (figured[0] != figured[1] and m.group()[:1] in ",;" and verb is not None
                  and _ADVERBS.sub("", parts[1][: verb.start()]).strip() != "")
        if pinned:
            orders = orders[:1] if figured[0] else orders[1:]
        for backing, other in orders:
            # (the clause that backs holds the head's words, not one name of it: "... North Korea and China")
            said = set(content_stems(backing))
            if len(said & held) < (OWN_FACT_WORDS if pinned else max(OWN_FACT_WORDS, 0.5 * len(said))):
                continue
            # (the source named at its end is no part of what it tells: "... and other family members, the
            # staff member said" joins two nouns)
            tag = attribution(other)
            if tag is not None and tag.start > 0 and tag.end >= len(other.rstrip(" .!")) - 1:
                other = other[: tag.start]
            rest = set(content_stems(other))
            new = rest - held
            # (a verb of the word list, not any word in -s: "members", "routers" are nouns)
            share = OWN_REASON_SHARE if pinned else OWN_FACT_SHARE
            if (len(new) >= OWN_FACT_WORDS and len(new) >= share * len(rest) and _FINITE_FAST.search(other)
                    and not any(x.agrees(y) for x in numbers(other) for y in head.numbers)):
                return True
    return False


def _own_fact(head: Statement, backer: Statement, clauses: bool = True) -> bool:
    """`backer` backs `head` by its relative clause, its closing reason or (when `clauses`) one of two
    coordinated clauses, and its main (or other) clause says what `head` does not."""
    held = set(head.stems)
    m = _ASIDE.match(backer.text)
    if m:
        rest = set(content_stems(m["rest"])) - set(content_stems(m["subject"]))
        share = OWN_FACT_SHARE
    else:
        m = _REASON.match(backer.text)
        if not m:
            return clauses and _coordinated_fact(head, backer.text)
        rest = set(content_stems(m["rest"]))
        share = OWN_REASON_SHARE
    aside = set(content_stems(m["aside"]))
    new = rest - held
    # (most of the main clause its own, and none of its figures the claim's: "Stripping out food costs,
    # which tend to be volatile, inflation stood at 3.8%" restates "core inflation rose 3.8%")
    if any(x.agrees(y) for x in numbers(m["rest"]) for y in head.numbers):
        return False
    return len(aside & held) >= 0.5 * len(aside) and len(new) >= OWN_FACT_WORDS and len(new) >= share * len(rest)


_SHARE_OF = re.compile(r"\s+of\s+(?:its|their|the|his|her|our)\s+(?:\w+\s+){0,2}?(?:workforce|staff|employees|workers|"
                       r"jobs|employment|payroll|headcount|members|population|residents|voters|electorate|students)\b")
LOWER_BOUND_REACH = 2.0  # how far above a lower bound a figure still reports the same count
_ONE_UNIT_OF = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa] single)\s+([a-z]+)\s+of\s+(?:the\s+)?([a-z][\w'’-]*)")
_OF_WHAT_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([a-z][\w'’-]*)")


def _units_of(st: Statement) -> dict[tuple[str, str], float]:
    """How many of a unit of something a statement gives, by the unit and the word after "of": "three days of
    national mourning" -> {('day', 'national'): 3 days}; one named with an article is one of it too ("a day
    of national mourning", which `numbers` does not read: "twice a day" is no figure)."""
    out = {}
    for x in st.numbers:
        if x.measure and (m := _OF_WHAT_AFTER.match(st.text, x.end)):
            out[(x.measure, m.group(1).lower())] = x.value
    if "of" in st.text:
        for m in _ONE_UNIT_OF.finditer(st.text):
            one = numbers(f"1 {m.group(1)}")
            if one and one[0].measure == m.group(1):
                out.setdefault((m.group(1), m.group(2).lower()), one[0].value)
    return out


def _other_figures(stmts: list[Statement], align: np.ndarray) -> np.ndarray:
    """F[i, j]: one of the two statements gives each of its distinctive figures otherwise in the other's
    words, in the same unit ("$300 billion of the $5 trillion" / "$6 trillion ... $8.2 trillion by 2031"):
    they report other quantities, so neither backs the other however alike their words; a figure of what
    could be or is needed counts as distinctive ("two senators could block it" / "52 members"). Only pairs alike
    enough to back (`align`) are looked at, and figures that contest one thing are left to the contest."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    # a figure of what could be ("just three could block it") is another quantity than a count, however small
    could = [[_hypothetical(st.text, x) for x in st.numbers] for st in stmts]
    # (a lower bound is as specific as a distinctive figure: "at least 12 dead" is not "31 dead")
    figs = [[x for x, h in zip(st.numbers, c) if h or distinctive(x) or (x.approx == "more" and not x.delta)]
            for st, c in zip(stmts, could)]
    hypothetical = [any(c) for c in could]
    counts = [[x for x in st.numbers if not x.delta] for st in stmts]
    # (the whole that counts per side of two make is given too: "48 prisoners each" / "96 prisoners in all")
    for k, st in enumerate(stmts):
        if totals := _side_totals(st):
            figs[k] = figs[k] + [x for x in totals if distinctive(x)]
            counts[k] = counts[k] + totals

    def agrees(x: Number, y: Number) -> bool:
        # a lower bound allows what lies above it, but a figure far above is another count, later or
        # larger ("killing at least 12" on Tuesday / "the toll has risen to 31" on Wednesday)
        return x.agrees(y) and not any(p.approx == "more" and q.value > LOWER_BOUND_REACH * p.value
                                       for p, q in ((x, y), (y, x)))

    def all_other(a: list[Number], b: list[Number]) -> bool:
        return all(any(y.unit == x.unit for y in b) and not any(y.unit == x.unit and agrees(x, y) for y in b)
                   for x in a)

    # a share of a whole ("cut about 10 percent of its workforce") is another quantity than a count ("cut
    # 1,200 jobs"), whichever it may come to: it backs neither of two counts that contest each other
    share = [bool(f) and all(x.unit == "%" and _SHARE_OF.match(st.text, x.end) for x in f) for st, f in zip(stmts, figs)]
    plain_count = [any(not x.unit for x in f) and not any(x.unit == "%" for x in st.numbers) for st, f in zip(stmts, figs)]

    def summed(i: int, j: int) -> set[tuple[float, str | None]]:
        # figures of either that are one whole the other gives in two parts ("148 passengers and six crew" /
        # "154 people on board"): neither report gives them otherwise
        out = set()
        for k, m in ((i, j), (j, i)):
            for p, q in itertools.combinations(counts[m], 2):
                if p.unit == q.unit and any(x.unit == p.unit and x.value == p.value + q.value for x in counts[k]):
                    out |= {(p.value + q.value, p.unit), (p.value, p.unit), (q.value, q.unit)}
        return out

    def other(i: int, j: int) -> bool:
        # i's figures are all given otherwise by j (by any count of j's, when i's is what could be)
        mine = figs[i]
        # (but for a minute of the match told from half-time or full-time: "five minutes before half-time" / "on 40 minutes")
        if mine and any(x.measure == "minute" for x in mine) and any(y.measure == "minute" for y in stmts[j].numbers):
            ci, cj = _match_clocks(stmts[i]), _match_clocks(stmts[j])
            mine = [x for x in mine if not any(_one_minute(x, c, y, d) for c in [ci[stmts[i].numbers.index(x)]]
                                               for y, d in zip(stmts[j].numbers, cj))]
        if mine and figs[j] and len(counts[i]) + len(counts[j]) > 2:
            whole = summed(i, j)
            mine = [x for x in mine if (x.value, x.unit) not in whole]
        return bool(mine) and (all_other(mine, counts[j] if hypothetical[i] else figs[j])
                               or (share[i] and plain_count[j]))

    sizes: dict[int, set[int]] = {}

    def size(i: int) -> set[int]:
        if i not in sizes:
            sizes[i] = vague_sizes(stmts[i].text)
        return sizes[i]

    units: dict[int, dict[tuple[str, str], float]] = {}

    def unit_count(i: int) -> dict[tuple[str, str], float]:
        if i not in units:
            units[i] = _units_of(stmts[i])
        return units[i]

    def other_units(i: int, j: int) -> bool:  # ("three days of national mourning" / "a day of national mourning")
        return any(k in unit_count(j) and unit_count(j)[k] != v for k, v in unit_count(i).items())

    for i, j in zip(*np.nonzero(np.triu(np.maximum(align, align.T) >= BACKS, 1))):
        # (vague amounts of another size: "tens of thousands marched" / "as thousands protested")
        if ((other(i, j) or other(j, i) or (size(i) and size(j) and not size(i) & size(j)) or other_units(i, j))
                and not _conflicts(stmts[i], stmts[j]) and not _conflicts(stmts[j], stmts[i])):
            out[i, j] = out[j, i] = True
    return out


# A vague amount's size, by its order of ten ("tens of thousands" is one above "thousands")
_VAGUE_SIZES = {"dozens": 1, "scores": 1, "hundreds": 2, "thousands": 3, "millions": 6}
_VAGUE = re.compile(r"(?i)\b(?:(tens|hundreds)\s+of\s+(thousands|millions)|(dozens|scores|hundreds|thousands|millions))\b")


def vague_sizes(text: str) -> set[int]:
    """The orders of ten of the vague amounts a text gives ("tens of thousands" -> 4, "hundreds" -> 2)."""
    return {_VAGUE_SIZES[m.group(3).lower()] if m.group(3) else
            _VAGUE_SIZES[m.group(2).lower()] + (1 if m.group(1).lower() == "tens" else 2)
            for m in _VAGUE.finditer(text)}


def _quoted_stems(sentence: str, quotes: list | None = None) -> set[str]:
    """The content of the sentence's direct quotations (`quotes`, when already found), when they make up
    at least half of it (a quotation, not a report with a quoted phrase in it); else empty."""
    quotes = quotations(sentence) if quotes is None else quotes
    if sum(len(q.text.split()) for q in quotes) < 0.5 * len(sentence.split()):
        return set()
    return set(content_stems(" ".join(q.text for q in quotes)))


def _unattributed(sentence: str) -> bool:
    """A sentence that names no source of its own, not even by a pronoun or as a quotation's speaker."""
    return (attribution(sentence) is None and pronoun_attribution(sentence) is None
            and not any(q.speaker for q in quotations(sentence)))


def _incidence(word_sets: list[Iterable[str]]) -> sparse.csr_matrix:
    """X[i, w]: 1 where the i-th set holds word w (columns in order of first use)."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, ws in enumerate(word_sets):
        for w in ws:
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                             shape=(len(word_sets), max(1, len(vocab))))


def backing_matrix(stmts: list[Statement]) -> np.ndarray:
    """B[i, j]: the IDF-weighted share of statement i's content that statement j also holds."""
    n = len(stmts)
    x = _incidence([set(s.stems) for s in stmts])
    df = np.asarray(x.sum(axis=0)).ravel()
    idf = np.log((1 + n) / (1 + df)) + 1.0
    xw = x.multiply(idf.astype(np.float32)).tocsr()
    inter = (xw @ x.T).toarray()  # weight of i's words that j has
    total = np.asarray(xw.sum(axis=1)).ravel()
    total[total == 0] = 1.0
    return inter / total[:, None]


def cosine_matrix(stmts: list[Statement]) -> np.ndarray:
    """TF-IDF cosine between statements (symmetric), for centrality and redundancy."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, s in enumerate(stmts):
        for w, c in Counter(s.stems).items():
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
            vals.append(float(c))
    n = len(stmts)
    x = sparse.csr_matrix((np.array(vals, dtype=np.float32), (rows, cols)), shape=(n, max(1, len(vocab))))
    df = np.asarray((x > 0).sum(axis=0)).ravel()
    x = x.multiply((np.log((1 + n) / (1 + df)) + 1.0).astype(np.float32)).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    x = sparse.diags(1.0 / norms) @ x
    return (x @ x.T).toarray()


def _embedding_similarity(stmts: list[Statement], budget: int | None = None) -> np.ndarray | None:
    if not 1 < len(stmts) <= (EMBED_BUDGET if budget is None else budget):
        return None
    try:
        from . import embed  # the clustering stage's encoder; optional
    except ImportError:
        return None
    if not getattr(embed, "available", lambda: False)():
        return None
    vecs = np.asarray(embed.encode([s.text for s in stmts]), dtype=np.float32)
    return vecs @ vecs.T


# A time to the minute or a named quarter is as distinctive as a figure: "landed at 9:42 a.m. local time
# (0742 GMT)" / "touched down at 07:42 UTC". Bounded: at most two digits, one separator, a short zone.
_CLOCK = re.compile(r"(?i)\b([01]?\d|2[0-3])(?::|\.(?=\d\d\s*[ap]\.?m\b))([0-5]\d)(?:\s*([ap])\.?m\b\.?)?"
                    r"|\b([01]\d|2[0-3])([0-5]\d)\s*(?=GMT\b|UTC\b|Z\b|hours\b|hrs\b)")
_QUARTER = re.compile(r"(?i)\b(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter\s+of\s+"
                      r"(next|this|last|(?:19|20)\d\d)(?:\s+year)?\b")
_QUARTER_NO = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
# One act in two words, as news tells it: two statements that share a time or figure and each use a verb of
# one of these groups tell one fact ("landed" / "touched down", "completion" / "close" of a deal).
_SAME_ACT_WORDS = [re.compile(rf"(?i)\b(?:{p})\b") for p in (
    r"land(?:s|ed|ing)?|touch(?:es|ed|ing)? down",
    # (a deal's "close" takes no object: not "close two plants", "closing price", "closed at $45")
    r"complet(?:e|es|ed|ing|ion)|clos(?:e|es|ed)(?=\s+(?:in|on|by|before|after|early|later|next|this)\b|[.,;])|"
    r"finali[sz](?:e|es|ed|ing)|conclud(?:e|es|ed|ing)",
    r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|taken into custody",
    r"injur(?:e|es|ed|ing)|hurt|wound(?:s|ed|ing)?",
    r"resign(?:s|ed|ing)?|step(?:s|ped)? down|quit(?:s)?",
    r"buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)",
    r"evacuat(?:e|es|ed|ing)|forced from (?:their|his|her) homes|fled",
    r"hit|hits|struck|strikes?",
    r"began|begins?|start(?:s|ed)?|launch(?:es|ed)?",
)]
SAME_TIME_CLOSE = 0.45  # embedding cosine two statements sharing a time or figure and a verb's group must reach


def _minutes(m: re.Match) -> int:
    """A _CLOCK match as minutes of the day."""
    if m.group(4):
        return int(m.group(4)) * 60 + int(m.group(5))
    h = int(m.group(1))
    ampm = (m.group(3) or "").lower()
    if ampm and h <= 12:
        h = h % 12 + (12 if ampm == "p" else 0)
    return h * 60 + int(m.group(2))


def _times(text: str) -> set[str]:
    """The clock times ("09:42", "9:42 a.m.", "0742 GMT", as minutes of the day) and named quarters
    ("the second quarter of next year") a statement gives."""
    out = {f"clock:{_minutes(m)}" for m in _CLOCK.finditer(text)}
    for m in _QUARTER.finditer(text):
        out.add(f"quarter:{_QUARTER_NO[m.group(1).lower()]}:{m.group(2).lower()}")
    return out


# the zone a clock time is given in, right after it: "04:30 local time", "0230 GMT", "11:45 UTC"
_ZONE_AFTER = re.compile(r"(?i)\s*(?:\(?\s*(?P<utc>GMT|UTC|Z)\b|(?P<local>local)\b)")


def _clock_zones(text: str) -> dict[str, set[int]]:
    """A statement's clock times (minutes of the day) by their zone: "utc" for GMT/UTC/Z (and "0742 GMT"),
    else "local", named or not (news gives a place's own time unless it says otherwise)."""
    out: dict[str, set[int]] = {}
    for m in _CLOCK.finditer(text):
        zone = _ZONE_AFTER.match(text, m.end())
        out.setdefault("utc" if zone and zone.group("utc") or m.group(4) else "local", set()).add(_minutes(m))
    return out


def _other_times(stmts: list[Statement], align: np.ndarray) -> np.ndarray:
    """D[i, j]: two statements alike in words that give clock times in one zone, none the same ("The rescue
    began at 04:30 local time" / "at 06:45 local time"), tell two times: neither backs the other. (Times in
    other zones are not compared: "04:30 local time" / "11:45 GMT" may be one moment.)"""
    clocks = [_clock_zones(st.text) if ":" in st.text or "GMT" in st.text or "UTC" in st.text else {} for st in stmts]

    def apart(i: int, j: int) -> bool:
        zones = clocks[i].keys() & clocks[j].keys()
        return bool(zones) and all(not clocks[i][z] & clocks[j][z] for z in zones)

    return _alike_and(stmts, align, [bool(c) for c in clocks], apart)


# The end of a closure, ban or stay, as news gives it: a day ("until Thursday", "until June 18") or none
# ("until further notice", "indefinitely")
_OPEN_END = re.compile(r"(?i)\buntil\s+further\s+notice\b|\bindefinitely\b")
_DAY_END = re.compile(r"\b(?:until|till)\s+(?:at\s+least\s+)?(?:next\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|"
                      r"Jun|Jul|Aug|Sep|Oct|Nov|Dec))")


def _open_and_dated_end(stmts: list[Statement], align: np.ndarray) -> np.ndarray:
    """D[i, j]: two statements alike in words, one with no end ("will remain closed until further notice"),
    the other with an end day ("until Thursday"), tell two accounts of how long: neither backs the other.
    (Two end days are compared as days, `_other_days`.)"""
    ends = [(bool(_OPEN_END.search(st.text)), bool(_DAY_END.search(st.text))) if "ndefinitely" in st.text
            or "until" in st.text or "till" in st.text else (False, False) for st in stmts]
    return _alike_and(stmts, align, [o != d for o, d in ends], lambda i, j: ends[i][0] != ends[j][0])


def _alike_and(stmts: list[Statement], align: np.ndarray, given: list[bool],
               apart: Callable[[int, int], bool]) -> np.ndarray:
    """D[i, j] (symmetric): statements of two articles, each `given`, alike in words (either holds BACKS of
    the other), that `apart(i, j)` tells apart."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    for i, j in _pairs_among(align, np.nonzero(given)[0], lambda a: np.maximum(a, a.T) >= BACKS):
        if stmts[i].article != stmts[j].article and apart(i, j):
            out[i, j] = out[j, i] = True
    return out


def _pairs_among(align: np.ndarray, idx: np.ndarray, test: Callable[[np.ndarray], np.ndarray]) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of the statements `idx` (ascending) whose alignment passes `test`: read on
    their rows and columns alone, as few statements are of any one kind (the whole matrix is large)."""
    sub = align[np.ix_(idx, idx)]
    return [(int(idx[a]), int(idx[b])) for a, b in zip(*np.nonzero(np.triu(test(sub), 1)))]


# Why something was done, as news gives it: "resigned for family reasons", "amid an ethics investigation",
# "because of", "due to", "citing". Up to the clause's end, at most eight words (bounded). (Not what is
# scheduled: "he is due to give a speech".)
_WHY = Caseless(r"\b(?:for\s+(?:[\w'’-]+\s+){0,2}reasons\b|amid\b|because\s+of\b"
                  r"|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )due\s+to\b|citing\b)"
                  r"((?:\s+[\w'’-]+){0,8})")


_WHY_WORDS = {stem(w) for w in ("reasons", "amid", "because", "due", "citing")}


def _reasons(text: str) -> set[str] | None:
    """The content words of the reason a statement gives for what it tells, to the clause's end ("resigned
    for family reasons, her office said": {famili}), or None when it gives none."""
    m = _WHY.search(mask_quotes(text)) if _WHY.search(text) else None  # (masked only where a reason may be)
    if not m:
        return None
    return set(content_stems(m.group(0))) - _WHY_WORDS


def _other_reasons(stmts: list[Statement], align: np.ndarray) -> np.ndarray:
    """D[i, j]: two statements alike in words that each give a reason for what they tell, sharing no word
    of it ("resigned on Tuesday for family reasons, her office said" / "resigned on Tuesday amid an ethics
    investigation"), tell two accounts: neither backs the other, so the one reason is not credited to the
    outlet that gave the other."""
    why = [_reasons(st.text) for st in stmts]
    return _alike_and(stmts, align, [bool(w) for w in why], lambda i, j: not why[i] & why[j])


def _act_words(text: str) -> set[int]:
    return {k for k, rx in enumerate(_SAME_ACT_WORDS) if rx.search(text)}


def _same_time_act(stmts: list[Statement], emb: np.ndarray) -> np.ndarray:
    """T[i, j]: statements of two articles that give one time or distinctive figure and tell the act in
    verbs of one group, close enough in embedding ("landed safely at 9:42 a.m. local time (0742 GMT)" /
    "touched down at 07:42 UTC"): one fact in other words. (Also, one way, `_same_span`: not symmetric.)"""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    keys = [_times(st.text) | {f"fig:{v}:{u}" for v, u in _distinctive_figures(st)} for st in stmts]
    acts = [_act_words(mask_quotes(st.text)) if keys[k] else set() for k, st in enumerate(stmts)]
    with_keys = [k for k in range(n) if keys[k] and acts[k]]
    for x, i in enumerate(with_keys):
        for j in with_keys[x + 1:]:
            if (stmts[i].article != stmts[j].article and keys[i] & keys[j] and acts[i] & acts[j]
                    and emb[i, j] >= SAME_TIME_CLOSE):
                out[i, j] = out[j, i] = True
    # (and a span of years when made, one way; and one goal of a match)
    # (and one count of one kind, `_same_particulars`)
    return out | _same_span(stmts, emb) | _same_figures(stmts, emb) | _same_goal(stmts, emb) | _same_particulars(stmts, emb)[1]


# A goal in a match, in a report's words or a live text's ("scored", "the winner", "equalised", "turns in Brandt's
# cross", "heads home"); read in lower case.
_GOAL_ACT = re.compile(r"\b(?:scor(?:e|es|ed|ing)|goals?|winner|equali[sz](?:e|es|ed|er|ing)|levell?(?:ed|s)|"
                       r"(?:turn|head|fire|slot|nod|tap|curl|drive|volley|poke|bundle|stab|sweep|rifle|lash)(?:s|ed)?"
                       r" (?:in|home)|(?:fire|put|send|shoot|head)s? \w+ (?:ahead|in front))\b")


def _same_goal(stmts: list[Statement], emb: np.ndarray) -> np.ndarray:
    """G[i, j]: statements of two articles that tell a goal (`_GOAL_ACT`) in one minute of the match and name
    one person alike (however spelt across alphabets), one of them by full name: one goal, however unlike the words ("78' Müller turns in
    Brandt's cross" / "Jonas Mueller's 78th-minute goal won it for Harrowgate"). A match has one goal a minute.
    (`emb` unread: kept for the signature of its siblings.)"""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    goals: dict[float, list[tuple[int, set[str]]]] = {}
    for k, st in enumerate(stmts):
        minutes = {x.value for x in st.numbers if x.unit == "ordinal minut"}
        if minutes and _GOAL_ACT.search(mask_quotes(st.text).lower()):
            text = st.text.translate(_SPELT_OUT)  # ("Müller" as "Mueller": text.transliterated's letters)
            # (and the surnames it gives after a first name, "Jonas Mueller": a team's name is no scorer's)
            ws = text.split()
            full = {fold(_POSSESSIVE_END.sub("", b.strip(".,;:!?()"))) for a, b in zip(ws, ws[1:])
                    if a[:1].isupper() and b[:1].isupper()}
            for v in minutes:
                goals.setdefault(v, []).append((k, set(names(text)), full))
    for told in goals.values():
        for x, (i, ni, fi) in enumerate(told):
            for j, nj, fj in told[x + 1:]:
                # (no embedding floor: a live text's line is far from a report's sentence, and a minute, a goal
                # and a scorer in common are no chance)
                if stmts[i].article != stmts[j].article and ni & nj & (fi | fj):
                    out[i, j] = out[j, i] = True
    return out


SAME_FIGURES = 2  # exact figures of one kind two reports share to tell one fact, however unlike the rest
SAME_FIGURES_CLOSE = 0.35  # ... and the embedding cosine they still reach (the story's topic, not another's)


def _figure_kinds(st: Statement) -> set[tuple]:
    """A statement's exact distinctive figures with their kind: the unit when it has one ("10 in 1,000" is a
    rate), else the noun counted ("24,000 adults"); none hedged ("about 300"), nor a span of time."""
    out = set()
    for n in st.numbers:
        if not distinctive(n) or n.approx or n.unit == "time":
            continue
        noun = "" if n.unit else _next_word(st.text, n)
        if n.unit or (noun and fold(noun) not in STOPWORDS):
            out.add((round(n.value, 6), n.unit, n.measure, stem(noun) if noun else ""))
    return out


def _same_figures(stmts: list[Statement], emb: np.ndarray) -> np.ndarray:
    """F[i, j]: statements of two articles that give SAME_FIGURES exact figures of one kind alike, and a word of
    what they tell (in lower case) in common: one fact in other words, however far apart the embedding puts them
    ("Among those who walked little, 10 in 1,000 had a stroke each year; among the others, 7 in 1,000" / "the risk
    fell from 10 in 1,000 people a year to 7 in 1,000"). Two figures alike by chance are rare; one is not."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    by_figure: dict[tuple, list[int]] = {}
    for k, st in enumerate(stmts):
        kinds = _figure_kinds(st) if len(st.numbers) >= SAME_FIGURES else set()
        if len(kinds) >= SAME_FIGURES:
            for f in kinds:
                by_figure.setdefault(f, []).append(k)
    common: Counter = Counter()  # (pairs counted through the figures they share: no pair that shares none is read)
    for ks in by_figure.values():
        common.update(itertools.combinations(ks, 2))
    for (i, j), shared in common.items():
        if (shared >= SAME_FIGURES and stmts[i].article != stmts[j].article and emb[i, j] >= SAME_FIGURES_CLOSE
                and _lower_stems(stmts[i].text) & _lower_stems(stmts[j].text)):
            out[i, j] = out[j, i] = True
    return out


# One fact two outlets tell in few words alike: a particular in common (a day of the month, a figure), a name in
# common (a person, a place, a country by its adjective) and a word in lower case of what happened ("is due in Morrow
# Magistrates' Court on December 3" / "will appear in court in Morrow on December 3"). Sentences about other events
# on that day share the day and the names, not the event's words. With no name in common, an age and two such words
# ("The guard, 34, ... a broken nose" / "A 34-year-old doorman suffered a broken nose"). A count of one kind and value
# (the death toll, the injured: `counted`), with a name or three such words in common, is one fact however long the
# rest, when the two share nearly half the shorter's words: "collapsed ..., killing at least 3 people and injuring 31, the
# fire service said" / "Three people are confirmed dead, according to the fire service".
SAME_PARTICULAR_CLOSE = 0.5  # embedding cosine such a pair must reach (but a count of one kind: its words decide)
PARTICULAR_WORDS = 2  # words of what happened two reports must share without a name in common
COUNT_WORDS = 3  # ... and, told of a count of one kind without a name, with the count's own words
MAX_SHARERS = 12  # statements giving one particular at most for it to tell one fact
_REPORTING_STEMS = frozenset(content_stems("said says told tells confirmed confirms reported reports announced "
                                           "announces stated states added adds according"))
_THE_GROUP = re.compile(r"(?i)\b(?:the|all|those)\s+$")  # "the nine", "all six": a group told of before
# an age after a noun, set off by commas: "The guard, 34, was treated" (after a name, `numbers` reads it already)
_APPOSED_AGE = re.compile(r"[a-z]{3,},\s$")
# a day as the time of what is told, "due in court on December 3", "by July 4", not a name ("the Jan. 6 attack")
_ON_DAY = re.compile(r"(?i)\b(?:on|by|until|till|before|after|from|since|for|starting)\s+$")
DEMONYM_ENDS = ("n", "an", "ian", "ese", "i", "ish")  # "Velmar" / "Velmaran", "Droskia" / "Droskian"


def _particulars(st: Statement) -> set[tuple]:
    """A statement's particulars (`_same_particulars`): each day of a month it gives, each count of one kind and
    value (`counted`), each age, each exact figure."""
    out: set[tuple] = {("day", d.iso[-5:]) for d in dates(st.text) if d.kind == "day" and d.iso
                       and _ON_DAY.search(st.text, max(0, d.start - 12), d.start)} if _month_days(st.text) else set()
    for n in st.numbers:
        if n.delta or n.unit == "time":
            continue
        if n.unit in ("age", "aged") or (not n.unit and n.text.isdigit() and 0 < n.value <= 120
                                          and st.text.startswith(",", n.end)
                                          and _APPOSED_AGE.search(st.text, max(0, n.start - 20), n.start)):
            out.add(("age", n.value))
            continue
        if (kind := counted(st.text, n)) is not None:
            out.add(("count", *kind, n.value))
        if n.approx and n.approx != "more":  # (but a lower bound is its figure: "at least 3" / "Three")
            continue
        if distinctive(n):
            out.add(("figure", round(n.value, 6), n.unit))
        # a small count is too common to tell a fact by its number: by the group it names ("the nine men" / "the
        # nine were"), or by what it counts ("three other women"); not "two answers" / "instead of two"
        elif _THE_GROUP.search(st.text, max(0, n.start - 8), n.start):
            out.add(("figure", "the", n.value))
        elif (w := _next_word(st.text, n)) and w[:1].islower() and fold(w) not in STOPWORDS:
            out.add(("figure", round(n.value, 6), n.unit, stem(fold(w))))
    return out


@lru_cache(maxsize=16384)
def _name_stems(text: str) -> frozenset[str]:
    """The stems of the names a text gives, but words it writes in lower case too ("in court")."""
    lower = {stem(fold(w)) for w in words(text) if w[:1].islower()}
    return frozenset(s for w in names(text) if (s := stem(w)) not in lower)


def _one_name(x: frozenset[str], y: frozenset[str]) -> bool:
    """A name in common, or a country and its adjective ("velmar" / "velmaran")."""
    return bool(x & y) or any(len(a) >= 4 and b.startswith(a) and b[len(a):] in DEMONYM_ENDS
                              for p, q in ((x, y), (y, x)) for a in p for b in q)


def _same_particulars(stmts: list[Statement], emb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """P[i, j] (symmetric): statements of two articles that tell one fact by a particular in common (see above),
    close enough in embedding; and C, those of them that tell one count of one kind, however far apart the
    embedding puts them (a lead's other facts weigh there). Pairs are read through the particulars they share."""
    n = len(stmts)
    near = np.zeros((n, n), dtype=bool)
    count = np.zeros((n, n), dtype=bool)
    by_key: dict[tuple, list[int]] = {}
    ages: dict[int, set[float]] = {}
    for k, st in enumerate(stmts):
        if st.numbers or any(c.isdigit() for c in st.text):
            for key in _particulars(st):
                by_key.setdefault(key, []).append(k)
                if key[0] == "age":
                    ages.setdefault(k, set()).add(key[1])
    common: dict[tuple[int, int], set[str]] = {}
    for key, ks in by_key.items():
        if len(ks) > MAX_SHARERS:
            continue  # (the story's own day or toll, which many sentences give, tells no one fact: bounds the pairs)
        for i, j in itertools.combinations(ks, 2):
            if stmts[i].article != stmts[j].article:
                common.setdefault((i, j), set()).add(key[0])
    for (i, j), kinds in common.items():
        x, y = stmts[i], stmts[j]
        told = (set(x.stems) & set(y.stems) & (_lower_stems(x.text) | _lower_stems(y.text))) - _REPORTING_STEMS
        if not told:
            continue
        # (each giving distinctive figures the other does not, they tell two facts of that day or person: "160
        # million adults fully vaccinated by July 4" / "70% of adults with one dose by July 4")
        # (an age aside: "The guard, 34," / "A 34-year-old doorman")
        fx, fy = ({f for f in _distinctive_figures(st) if f[0] not in ages.get(k, ())} for k, st in ((i, x), (j, y)))
        if not (fx <= fy or fy <= fx):
            continue
        named = _one_name(_name_stems(x.text), _name_stems(y.text))
        # (a count, when one of the two holds what the other tells: a count given in passing, "the pandemic that has
        # killed 3.34 million", is no report of the sentence whose fact it is)
        if ("count" in kinds and (named or len(told) >= COUNT_WORDS)
                and len(set(x.stems) & set(y.stems)) >= BACKS * min(len(set(x.stems)), len(set(y.stems)))):
            count[i, j] = count[j, i] = True
        elif emb[i, j] >= SAME_PARTICULAR_CLOSE and (
                ("day" in kinds and named)
                # (an age stands in for a name: beside one it tells who, not what happened, "Hunter, 41, becomes the
                # second congressman to be indicted" / "Hunter, 41, is a five-term congressman")
                or ("age" in kinds and not named and len(told) >= PARTICULAR_WORDS)
                # (any other figure, small and common as it may be, "the nine": with a name and two words, and
                # as close as one distinctive figure must be, "freed 9 Velmaran citizens" being no report of "Nine
                # Velmaran citizens landed in the capital")
                or ("figure" in kinds and named and len(told) >= PARTICULAR_WORDS and emb[i, j] >= EMBED_SAME_FIGURE)):
            near[i, j] = near[j, i] = True
    return near | count, count


# A span of years, however written: "from 2019 to 2022", "2019 through 2022", "2019-2022", "2019-22", "between
# 2019 and 2022" (not "in 2019 and 2022": two years). Bounded: fixed digits, one separator.
_YEAR_SPAN = re.compile(r"\b(?:between\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)|"
                        r"((?:19|20)\d\d)\s*(?:[-–]\s*|\s+(?:to|through|thru|until|till)\s+)((?:19|20)\d\d|\d\d))\b")
# ... told of when something was made: "built from 2019 to 2022" is "the 2019-2022 model years"
_PRODUCED = re.compile(r"(?i)\b(?:buil[td]|manufactured|produced|model[- ]years?)\b")
_PRODUCED_STEMS = frozenset(content_stems("built build manufactured produced model years"))


def _year_spans(text: str) -> set[str]:
    out = set()
    for m in _YEAR_SPAN.finditer(text):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        end = int(a[:2] + b) if len(b) == 2 else int(b)
        if end > int(a):
            out.add(f"{a}-{end}")
    return out


def _same_span(stmts: list[Statement], emb: np.ndarray) -> np.ndarray:
    """P[i, j]: j backs i, a statement of when something was made that j holds in other words: one span of
    years, the making told ("The affected Kestras were built from 2019 to 2022" / "recalling Kestra SUVs from
    model years 2019 through 2022 because ..."), every name of i and each distinctive figure of i in j, and
    close in embedding unless i says nothing else (one word at most besides). Not the other way: i holds none
    of the rest of j."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    spans = [_year_spans(st.text) if _PRODUCED.search(mask_quotes(st.text)) else set() for st in stmts]
    with_spans = [k for k in range(n) if spans[k]]
    for i in with_spans:
        own = names(stmts[i].text)
        named = set(content_stems(" ".join(own)))
        figs = _distinctive_figures(stmts[i])
        bare = len(set(stmts[i].stems) - named - {fold(w) for w in own} - _PRODUCED_STEMS) <= 1
        for j in with_spans:
            if (stmts[i].article != stmts[j].article and spans[i] & spans[j] and named
                    and named <= set(stmts[j].stems) and figs <= _distinctive_figures(stmts[j])
                    and (bare or emb[i, j] >= SAME_TIME_CLOSE)):
                out[i, j] = True
    return out


def _run_in_common(a: str, b: str) -> bool:
    """Do two texts print SHARED_RUN words in a row alike (a quotation both carry, a wire's phrase)?"""
    x, y = [fold(w) for w in words(a)], [fold(w) for w in words(b)]
    runs = {tuple(x[k: k + SHARED_RUN]) for k in range(len(x) - SHARED_RUN + 1)}
    return any(tuple(y[k: k + SHARED_RUN]) in runs for k in range(len(y) - SHARED_RUN + 1))


def _faint(stmts: list[Statement], backs: np.ndarray, emb: np.ndarray) -> np.ndarray:
    """F[i, j]: j backs i by words, but the two sit only faintly close in embedding (below EMBED_FAINT) and
    print no run of words, distinctive figure or day of the month in common: two facts about the same
    people ("Farenthold pledged to repay the $84,000" / "Farenthold said he would not seek re-election
    after reports he used taxpayer money to settle claims") more often than one told twice."""
    out = backs & (emb < EMBED_FAINT)
    for i, j in zip(*np.nonzero(out)):
        a, b = stmts[i], stmts[j]
        if (_run_in_common(a.text, b.text) or _distinctive_figures(a) & _distinctive_figures(b)
                or {d for _, d in _month_days(a.text)} & {d for _, d in _month_days(b.text)}):
            out[i, j] = False
    return out


NAMES_ONLY_CLOSE = 0.65  # embedding cosine at which two statements with only names in common still tell one fact
NAME_TELLS = 0.05  # share of a story's statements a name is in, under which it tells a fact ("Duke University")
FIGURE_FACT_WORDS = 3  # content words but names a statement tells beside its one distinctive figure, at most, for
# that figure to be what it tells ("About 31,500 spectators were at Hollin Park")


def _no_fact_in_common(stmts: list[Statement], backs: np.ndarray, emb: np.ndarray | None) -> np.ndarray:
    """N[i, j]: j backs i by words, but all they have in common are names the story is full of (and no distinctive
    figure, nor so close a meaning that one paraphrases the other, `NAMES_ONLY_CLOSE`: "Ivo Sandor scored Carrow's
    goal" / "Ivo Sandor equalised for Carrow"): two things told of the same people and places ("Dorian Vasquel,
    58, was the treasurer of the Halden Homes Trust" / "The court heard that Vasquel moved money from the Halden
    Homes Trust"); a name few of its statements give tells the fact ("went to Duke University" / "is a graduate
    of Duke University"). Nor does j back i when i tells little but its one distinctive figure and j does not
    give it, nor another value of it (a contest's): "About 31,500 spectators were at Hollin Park" / "Rovers fans
    will be heading back to Hollin Park next month"."""
    out = np.zeros(backs.shape, dtype=bool)
    pairs = np.nonzero(backs)
    if not len(pairs[0]):
        return out
    stems: dict[int, set[str]] = {}
    named: dict[int, set[str]] = {}
    lower: dict[int, set[str]] = {}  # (what a text writes in lower case is no name: "Former President ...")
    figs: dict[int, set[tuple[float, str]]] = {}
    all_named = [{stem(w) for w in names(st.text)} for st in stmts]
    for k in set(pairs[0].tolist()) | set(pairs[1].tolist()):
        text = stmts[k].text
        stems[k] = set(content_stems(text))
        named[k] = all_named[k]
        lower[k] = {stem(w) for w in words(text) if w.islower()}
        figs[k] = _distinctive_figures(stmts[k])
    df: Counter = Counter()  # (how many statements give each name)
    for its_names in all_named:
        df.update(its_names)
    telling = NAME_TELLS * len(stmts)
    for i, j in zip(*pairs):
        if figs[i] & figs[j] or (emb is not None and emb[i, j] >= NAMES_ONLY_CLOSE):
            continue
        name = (named[i] | named[j]) - lower[i] - lower[j]
        what = stems[i] - name
        if not what & stems[j] - name:
            out[i, j] = not any(df[w] < telling for w in name & stems[i] & stems[j])
        elif (len(figs[i]) == 1 and len(what) <= FIGURE_FACT_WORDS
              and not any(x.agrees(y) or y.agrees(x) for x in stmts[i].numbers if distinctive(x) for y in stmts[j].numbers)
              and not _conflicts(stmts[i], stmts[j])):
            out[i, j] = True
    return out


_BODY_PRONOUN = re.compile(r"(?:It|They)\s")
SUBJECT_WORDS = 6  # words a body's subject runs to at most ("The Norvane Medicines Agency")


@lru_cache(maxsize=16384)
def _opening_subject(text: str) -> str:
    """The words a sentence opens with before its first verb (quotations masked), or "" when it has no verb or
    the stretch runs over a comma, a colon or a bracket: that is no subject found ("Harbour union leaders often
    answer the charge of sabotage, pointing to the safety record")."""
    masked = mask_quotes(text)
    verb = _SUBJECT_END.search(masked)
    subject = masked[: verb.start()] if verb else ""
    return "" if re.search(r"[,;:()]", subject) else subject


def _body_subject(text: str) -> tuple[str, frozenset[str]] | None:
    """The head noun of a sentence's subject when it is a body or thing, not a person nor a pronoun, and the
    stems of the names in it: "The Norvane Medicines Agency said ..." -> ("agenc", {norvan, medicin, agenc});
    "The agency has ..." -> ("agenc", {}). None when no short subject opens the sentence."""
    subject = _opening_subject(text).strip()
    ws = words(subject)
    if (not ws or len(ws) > SUBJECT_WORDS or LEANS_BACK.match(subject)
            or not (ws[0][:1].isupper()) or person(subject) is not None):
        return None
    head = stem(_POSSESSIVE_END.sub("", fold(ws[-1])))
    if head in STOPWORDS:
        return None
    return head, frozenset(stem(fold(w)) for w in ws if w[:1].isupper() and fold(w) not in STOPWORDS)


def _same_body(stmts: list[Statement], i: int, j: int, refers: np.ndarray) -> bool:
    """Do two statements tell of one body, an "It"/"They" opening either standing for the subject of its
    article's sentence before ("The agency said ... It stopped short of ordering a recall" / "The Norvane
    Medicines Agency said ... It has not ordered a recall"): same head noun, and no names that tell two apart."""
    found = []
    for k in (i, j):
        st = stmts[k]
        if refers[k]:
            prev = stmts[k - 1] if k else None
            if (not _BODY_PRONOUN.match(st.text) or prev is None or prev.article != st.article
                    or prev.position != st.position - 1):
                return False
            found.append(_body_subject(prev.text))
        else:
            found.append(_body_subject(st.text))
    (x, y) = found
    return bool(x and y and x[0] == y[0] and (x[1] <= y[1] or y[1] <= x[1]))


SAID_SPAN_WORDS = 3  # words an attribution's span holds beside its source's name ("said", "according to the")


def _said_apart(stmts: list[Statement], backs: np.ndarray, emb: np.ndarray) -> np.ndarray:
    """S[i, j]: j backs i by words, but i gives a source ("Prime Minister Tomas Lindell said ...") and of what that
    source is said to say, its words in lower case ("he had accepted her resignation with regret"), j holds fewer
    than MUTUAL_WORDS (or not all, when it has fewer), and only in its own subject: the speaker's name and the topic
    in common, what j asserts of it another ("The resignation ... has left Prime Minister Tomas Lindell facing a
    vote of no confidence"). (A word of it in j's predicate may be a paraphrase: "Marsh said she had approved the
    accord" / "Marsh announced an accord ..., giving it her approval".) Only for pairs not so close
    in meaning that one paraphrases the other (`NAMES_ONLY_CLOSE`) and that print no run of words, distinctive
    figure or day of the month in common."""
    out = np.zeros(backs.shape, dtype=bool)
    told: dict[int, frozenset[str]] = {}
    subject: dict[int, set[str]] = {}
    for i, j in zip(*np.nonzero(backs & (emb < NAMES_ONLY_CLOSE))):
        a, b = stmts[i], stmts[j]
        at = a.attribution
        if at is None:
            continue
        if i not in told:
            # (only a span that is the source and its verb leaves what is said outside it: not a quotation's
            # span, nor one that runs on over the words said)
            clean = len(words(a.text[at.start: at.end])) <= len(words(at.source)) + SAID_SPAN_WORDS
            said = words(a.text[: at.start]) + words(a.text[at.end:]) if clean else []
            # (its words in lower case, a quoted one too, and the sentence's first, which is capitalised anyway:
            # "Progressivism, he told the conference, is a cancer"; and the verb that tells what the source did,
            # no bare "said": "Trump's team had also denied the claims")
            verb = [w for w in words(a.text[at.start: at.end]) if w[:1].islower()] if clean else []
            told[i] = frozenset(content_stems(" ".join([w for k, w in enumerate(said)
                                                        if w[:1].islower() or (k == 0 and at.start > 0)] + verb))
                                ) - frozenset(content_stems(at.source))
        held = told[i] & set(b.stems)
        if not told[i] or len(held) >= min(MUTUAL_WORDS, len(told[i])):
            continue
        if held and j not in subject:
            subject[j] = set(content_stems(_opening_subject(b.text)))
        if held and not held <= subject[j]:
            continue
        out[i, j] = not (_run_in_common(a.text, b.text) or _distinctive_figures(a) & _distinctive_figures(b)
                         or {d for _, d in _month_days(a.text)} & {d for _, d in _month_days(b.text)})
    return out


# How sure a finding is told to be: a cause asserted ("proved that walking cures strokes", "slashes the risk") or
# only an association or a maybe ("was linked to a lower risk", "may reduce"). Told of a study, the two are not
# one finding: the hedged report is no second source for the certain one.
_SURE = Caseless(r"\b(?:prov(?:e|es|ed|en)\b(?! to be\b)|cur(?:e|es|ed)\b|caus(?:es|ed)\b(?! by\b| of\b)|"
                 r"prevent(?:s|ed)?\b|will (?:stop|prevent|cure)\b|(?:slash|halve|cut)(?:s|es|ed)? (?:the |their |your |"
                 r"a person's )?(?:risk|chance|odds)\b|miracle\b)")
_HEDGED = Caseless(r"\b(?:linked (?:to|with)|associated with|tied to|correlated with|correlation|association|"
                   r"(?:lower|reduced|higher|increased|smaller|greater) (?:risk|chance|odds)|fewer|(?:less|more) likely|may|might|"
                   r"suggests?)\b")
_NOT_SURE = Caseless(r"\b(?:not|no|cannot|can't|can’t|never|nor|without|unproven)\b(?:\W+\w+){0,4}\W*$")
# (both reports tell of a study: "trial" is a clinical one only beside such words, so a court's is no study)
_STUDY = Caseless(r"\b(?:stud(?:y|ies)|research(?:ers)?|scientists|clinical trials?|journal|findings)\b")


def _sureness(text: str) -> str | None:
    """'sure' when the text asserts a cause (no "cannot show that walking prevents strokes"), 'hedged' when it
    tells only an association or a maybe, else None."""
    for m in _SURE.finditer(text):
        if not _NOT_SURE.search(text[max(0, m.start() - 40): m.start()]):
            return "sure"
    # (the month is no maybe: "published in May")
    return "hedged" if any(m.group() != "May" for m in _HEDGED.matches(text)) else None


def _sure_and_hedged(stmts: list[Statement], backs: np.ndarray) -> np.ndarray:
    """S[i, j]: i and j back each other by words, both tell of a study (researchers, a journal), and one asserts
    a cause, the other only an association or a maybe: "Scientists have proved that a 30-minute walk every day cures strokes"
    / "A daily walk of half an hour was linked to a lower risk of stroke, a study found".
    Or one asserts a cause of a study's finding and the other, sure of nothing, reports figures it does not give
    (`_figures_not_given`): "Scientists have proved that a 30-minute walk cures strokes" / "Among those who walked
    little, 10 in 1,000 had a stroke each year; ... 7 in 1,000"."""
    out = np.zeros(backs.shape, dtype=bool)
    sure: dict[int, str | None] = {}
    for i, j in zip(*np.nonzero(np.triu(backs | backs.T, 1))):
        for k in (i, j):
            if k not in sure:
                sure[k] = _sureness(stmts[k].text)
        if {sure[i], sure[j]} == {"sure", "hedged"} and _STUDY.search(stmts[i].text) and _STUDY.search(stmts[j].text):
            out[i, j] = out[j, i] = True
        elif "sure" in (sure[i], sure[j]) and sure[i] != sure[j]:
            # (a cause asserted is no report of the measures: the overstatement would lend the figures a second
            # outlet, and the figures the overstatement; a study told of by either, so a court's "proved" is none)
            s, m = (i, j) if sure[i] == "sure" else (j, i)
            if _figures_not_given(stmts[m], stmts[s]) and (_STUDY.search(stmts[s].text) or _STUDY.search(stmts[m].text)):
                out[i, j] = out[j, i] = True
    return out


def _figures_not_given(x: Statement, y: Statement) -> bool:
    """x gives a distinctive figure (`distinctive`) that no figure of y agrees with."""
    return any(distinctive(a) and not any(a.agrees(b) for b in y.numbers) for a in x.numbers)


# An act told as planned or expected ("will be sentenced", "is expected to announce", "plans to close") and the
# same act told as done ("was jailed", "announced"): the plan is no report of the deed, nor the deed of the plan;
# the two are told apart, each its own claim. (Not "would": a condition as often as a plan.)
_PLAN = Caseless(r"\b(?:will|shall|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|poised|going|about)\s+to|"
                 r"(?:plans?|planned|planning|intends?|intended|intending|aims?)\s+to)\s+(?:not\s+)?(?:[a-z]+ly\s+)?"
                 r"(?:be\s+|have\s+)?(?P<verb>[a-z]{3,})\b")
# (a deed's verb in a past form: "-ed", or a common irregular one)
_DONE = Caseless(r"\b(?:[a-z]{2,}ed|bought|sold|won|lost|left|took|made|gave|met|held|paid|began|fled|struck|spent|"
                 r"chose|rose|fell|quit|built|sent)\b")
# (nor one a modal or "to" governs: "said the details would be finalized" tells no deed)
_MODAL_BEFORE = re.compile(r"(?i)\b(?:would|could|should|might|may|must|can|cannot|to)\s+(?:not\s+)?(?:have\s+)?(?:be(?:en)?\s+)?$")
# verbs of one act, beside `_SAME_ACT_WORDS`: a court's sentence is a jailing
# ... and a rise or a fall, however the verb puts it: "is expected to raise its rate" / "increased its key rate"
_ONE_ACT = (frozenset(stem(w) for w in ("sentence", "sentenced", "jail", "jailed", "imprison", "imprisoned")),
            frozenset(stem(w) for w in ("raise", "rise", "rose", "increase", "lift", "hike")),
            frozenset(stem(w) for w in ("cut", "lower", "reduce", "fall", "fell", "slash")))


def _act_keys(verbs: Iterable[str]) -> set[str]:
    """Each verb's act: its stem, and the group of verbs of one act it is in (`_SAME_ACT_WORDS`, `_ONE_ACT`)."""
    out: set[str] = set()
    for v in verbs:
        out |= _verb_keys(v)
    return out


@lru_cache(maxsize=16384)  # (a story's verbs repeat: asked of every statement's)
def _verb_keys(v: str) -> frozenset[str]:
    out = {stem(v)}
    out |= {f"group {k}" for k, rx in enumerate(_SAME_ACT_WORDS) if rx.fullmatch(v)}
    out |= {f"act {k}" for k, group in enumerate(_ONE_ACT) if stem(v) in group}
    return frozenset(out)


def _plans_and_deeds(text: str) -> tuple[set[str], set[str]]:
    """The acts a statement tells as planned (`_PLAN`), and those it tells as done (a verb in a past form,
    `_DONE`, outside a plan's words): each as `_act_keys`."""
    plans = [m for m in _PLAN.finditer(text) if m["verb"] not in _NOT_ACT]
    planned = _act_keys(m["verb"] for m in plans)
    inside = [(m.start(), m.end()) for m in plans]
    done = _act_keys(m.group() for m in _DONE.finditer(text)
                     if m.group() not in _NOT_ACT and not any(a <= m.start() < b for a, b in inside)
                     and not _MODAL_BEFORE.search(text[max(0, m.start() - 25): m.start()]))
    return planned, done - planned


def _plan_and_deed(stmts: list[Statement]) -> np.ndarray:
    """P[i, j]: statements of two articles, one of which tells an act as planned and the other the same act as
    done, and not as planned: "Lida Orvik will be sentenced on Tuesday" / "Lida Orvik was jailed on Tuesday",
    "Marrow Foods is expected to announce the closure" / "Marrow Foods announced the closure". (Found per
    statement and paired by act: linear in statements, but for the pairs it marks.)"""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    planners: dict[str, list[int]] = {}
    doers: dict[str, list[int]] = {}
    for k, st in enumerate(stmts):
        if not _PLAN.search(st.text):
            continue
        planned, _ = _plans_and_deeds(st.text)
        for key in planned:
            planners.setdefault(key, []).append(k)
    if not planners:
        return out
    for k, st in enumerate(stmts):
        _, done = _plans_and_deeds(st.text)
        for key in done & planners.keys():
            doers.setdefault(key, []).append(k)
    for key, ks in doers.items():
        idx = np.array(ks)
        for p in planners[key]:
            out[p, idx] = True
    art = np.array([st.article for st in stmts])
    out &= art[:, None] != art[None, :]
    return out | out.T


def _unlike(stmts: list[Statement], backs: np.ndarray, emb: np.ndarray | None, align: np.ndarray,
            same_time: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """U[i, j]: j backs i by words but the two sit too far apart in embedding to tell one fact (further
    apart than REFERENCE_LIKE, and holding less than REFERENCE_ALIGN of each other, when either opens
    with a pronoun), or j holds too little of what i's source is said to say (`_said_apart`). A story too
    large to embed whole embeds only the statements some backing involves.
    And `_faint` of it: backings too faint to count, though neither statement is unlike the other."""
    if emb is None:
        emb = np.ones(backs.shape, dtype=np.float32)
        involved = np.nonzero(backs.any(axis=0) | backs.any(axis=1))[0]
        sub = _embedding_similarity([stmts[k] for k in involved], VETO_BUDGET)
        if sub is None:
            return np.zeros(backs.shape, dtype=bool), np.zeros(backs.shape, dtype=bool)
        emb[np.ix_(involved, involved)] = sub
    refers = np.array([bool(_OPENS_WITH_REFERENCE.match(st.text)) and st.attribution is None for st in stmts])
    vague = (refers[:, None] | refers[None, :]) & (np.maximum(align, align.T) < REFERENCE_ALIGN) & (emb < REFERENCE_LIKE)
    # (unless the pronoun stands for the body the other tells of: then the words mean what they say)
    for i, j in zip(*np.nonzero(backs & vague)):
        if _same_body(stmts, i, j, refers):
            vague[i, j] = False
    # (a time or figure in common, told with verbs of one group, is one fact however far apart the rest)
    if same_time is None:
        same_time = _same_time_act(stmts, emb)
    unlike = backs & ((emb < EMBED_UNLIKE) | vague) & ~same_time
    unlike |= _said_apart(stmts, backs & ~unlike & ~same_time, emb)
    # (a cause asserted and an association found are two findings, however close the words and figures)
    unlike |= backs & _sure_and_hedged(stmts, backs)
    return unlike, _faint(stmts, backs & ~unlike & ~same_time, emb)


MUTUAL_WORDS = 2  # words in lower case (names aside) two sentences close in meaning must share


@lru_cache(maxsize=16384)  # (asked by the alignment and again by the claims' repeat test)
def _lower_stems(text: str) -> frozenset[str]:
    """The content stems of a statement's words written in lower case: what it says, its names aside."""
    return frozenset(content_stems(" ".join(w for w in text.split() if w[:1].islower())))


def _words_held(stmts: list[Statement]) -> np.ndarray:
    """H[i, j]: how many lower-case content stems (`_lower_stems`) statements i and j share."""
    x = _incidence([_lower_stems(s.text) for s in stmts])
    return (x @ x.T).toarray()


def _told_figures(st: Statement) -> set[tuple[float, str, str]]:
    """A statement's exact figures with the word written right after each, stemmed: what it counts or measures
    ("178 passengers", "six crew", "35% contained"); none hedged ("at least 40"), nor a time (`_same_time_act`)."""
    out = set()
    for n in st.numbers:
        if not n.approx and not n.delta and n.unit not in ("time", "aged"):
            w = fold(_next_word(st.text, n))
            # (a measure compared or changed, "4% higher", "a 5% rise", tells of something unnamed it is set
            # against: closing shares and a year's sales may both be "4% higher")
            if w and w not in STOPWORDS and not (n.unit and (w in _CHANGE_AFTER or w.endswith("er"))):
                out.add((round(n.value, 6), n.unit, stem(w)))
    return out


_CHANGE_AFTER = frozenset("more less fewer up down above below over under rise rises fall falls increase increases "
                          "decrease decreases drop drops gain gains jump jumps cut cuts decline declines".split())


def _told_alike(x: set[tuple[float, str, str]], y: set[tuple[float, str, str]]) -> bool:
    """Two statements give one figure of one thing: a measure with the same word after it ("35% contained"), or
    two counts of the same nouns ("178 passengers and six crew"). One count's noun alone is no fact in common:
    "300 workers would lose their jobs" / "300 workers joined a sit-in"."""
    common = x & y
    return len(common) >= 2 or any(u for _, u, _ in common)


def alignment(stmts: list[Statement], use_embeddings: bool = True, emb: np.ndarray | None = None,
              same_time: np.ndarray | None = None) -> np.ndarray:
    """A[i, j]: how well statement j backs statement i (0..1). `emb`: the statements' embedding
    similarity when already computed (and `same_time`, `_same_time_act` of it)."""
    b = backing_matrix(stmts)
    if emb is None and use_embeddings:
        emb = _embedding_similarity(stmts)
    if emb is not None:
        # Sentences of one story all sit near 0.5 in MiniLM cosine, so embeddings alone cannot tell a
        # paraphrase from a neighbour; a close embedding (>= 0.68) plus real word overlap (>= 0.3) backs.
        # (two sentences close in meaning share more than names and a word: "Prime Minister Tomas Lindell said
        # he had accepted her resignation" is no report of "The resignation ... has left Prime Minister Tomas
        # Lindell facing a vote of no confidence")
        held = _words_held(stmts)
        b = np.where(((emb >= EMBED_PARAPHRASE) & (b >= EMBED_MIN_OVERLAP))
                     | ((emb >= EMBED_MUTUAL_CLOSE) & (np.minimum(b, b.T) >= EMBED_MUTUAL) & (held >= MUTUAL_WORDS))
                     | ((emb >= EMBED_SAME_FACT) & (np.minimum(b, b.T) >= EMBED_SAME_FACT_OVERLAP)), np.maximum(b, BACKS), b)
        # The same distinctive figure in two close sentences is one fact told twice ("added 850,000 jobs
        # in June" / "payrolls grew by 850,000 last month"), however different the words.
        figs = [_distinctive_figures(s) for s in stmts]
        sizes = [{(round(n.value, 6), n.unit) for n in s.numbers if n.delta and n.unit} for s in stmts]
        # (and one figure in two units: "130 km/h" / "about 80 mph")
        measured = [[n for n in s.numbers if n.measure and distinctive(n)] if figs[k] else [] for k, s in enumerate(stmts)]
        # (and one figure told of the same thing, the words after it alike, is as telling as two: "178 passengers
        # and six crew were on board" / "carrying 178 passengers and six crew"; "35% contained" / "was 35% contained")
        told = [_told_figures(s) if figs[k] else set() for k, s in enumerate(stmts)]
        with_figs = [i for i, f in enumerate(figs) if f]
        for x, i in enumerate(with_figs):
            for j in with_figs[x + 1:]:
                # (two distinctive figures in common are no chance, however the rest is worded: "In a trial
                # of 1,200 patients, Zorvane reduced hospitalisations by 48%" / "The pill reduced hospital
                # admissions by 48% in a trial of 1,200 patients, the maker said")
                # (a change's size counts there: two reports of "by 48%" and "1,200 patients")
                shared = len(figs[i] & figs[j])
                if not shared and measured[i] and measured[j]:
                    shared = sum(1 for x in measured[i] if any(x.measure != y.measure and _same_figure(x, y)
                                                               for y in measured[j]))
                if shared == 1:
                    shared += len(sizes[i] & sizes[j]) or _told_alike(told[i], told[j])
                if shared and emb[i, j] >= (EMBED_SAME_FIGURE if shared == 1 else EMBED_UNLIKE):
                    b[i, j] = max(b[i, j], BACKS)
                    b[j, i] = max(b[j, i], BACKS)
        # ... and so are a time or figure in common told with verbs of one group ("landed at 9:42 a.m." /
        # "touched down at 09:42")
        if same_time is None:
            same_time = _same_time_act(stmts, emb)
        b = np.where(same_time, np.maximum(b, BACKS), b)
        # ... and a day, an age or a figure in common with a name and a word of what happened (`_same_particulars`)
        b = np.where(_same_particulars(stmts, emb)[0], np.maximum(b, BACKS), b)
    return b


_RANGE_END = re.compile(r"(?:%|\s*percent)?\s*(?:(?:[-–]\s*(?:to\s+)?|to\s+)[$€£]?\d|and a half\b|1/2)",
                        re.IGNORECASE)  # (.match at a figure's end)
_RANGE_START = re.compile(r"\d\s*(?:[-–]|[-–]?\s*to)\s*[$€£]?$")  # (.search in the few characters before it)


def _unshared_figures(stmts: list[Statement], align: np.ndarray) -> np.ndarray:
    """D[i, j]: two statements alike in words that each give distinctive figures, none of which the other
    allows, nor contests, are two facts told in one setting ("has burned about 900 hectares, the fire service
    said" / "has destroyed 45 homes, the fire service said"), unless they print nearly the same words."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    # (not a span of time, "after three decades in the Senate", nor a figure of a range, "a 364-62 vote",
    # "40 to 60 hours": those are told in too many ways to be matched; and a date is none)
    figs = [[x for x in st.numbers if distinctive(x) and x.unit != "time" and not _RANGE_END.match(st.text, x.end)
             and not _RANGE_START.search(st.text[max(0, x.start - 6): x.start])] for st in stmts]
    given = np.nonzero([bool(f) for f in figs])[0]
    for i, j in _pairs_among(align, given, lambda a: (np.maximum(a, a.T) >= BACKS) & (np.minimum(a, a.T) < SAME_WORDS)):
        if (stmts[i].article != stmts[j].article
                and not any(x.agrees(y) for x in stmts[i].numbers + _side_totals(stmts[i])
                            for y in stmts[j].numbers + _side_totals(stmts[j]))
                and not _conflicts(stmts[i], stmts[j]) and not _conflicts(stmts[j], stmts[i])
                and not _adds_up(stmts[i], stmts[j]) and not _adds_up(stmts[j], stmts[i])
                and not any(_passengers_of(p.text, x, q.text, y) for p, q in ((stmts[i], stmts[j]), (stmts[j], stmts[i]))
                            for x in p.numbers for y in q.numbers)):
            out[i, j] = out[j, i] = True
    return out


def _adds_up(a: Statement, b: Statement) -> bool:
    """Two of a's figures add up to one of b's ("148 passengers and six crew" / "154 people on board")."""
    return any(p.unit == q.unit == y.unit and p.value + q.value == y.value
               for p, q in itertools.combinations(a.numbers[:MAX_PARTS], 2) for y in b.numbers)


MAX_PARTS = 12  # figures of a statement tried as parts of a whole (pairs grow with the square)

# A group told in two parts in one clause: "Eleven hostages were freed on Saturday and one remains in
# hospital", "Nine miners were brought up and two others stay underground" (bounded: 80 characters between)
_REST_OF = re.compile(r"[^.;:\"“”]{0,80}?\band\s+(?:the\s+other\s+|another\s+)?([a-z]+|\d{1,4})\s+([a-z][\w'’-]*)",
                      re.IGNORECASE)
_STAYS = re.compile(r"(?i)^(?:others?|remain(?:s|ed)?|stay(?:s|ed)?)$")  # (the rest's own words: no noun of its own)
_REST_CLAUSE = re.compile(r"[^,.;:]{0,80}")


def _parts_of_whole(stmts: list[Statement], emb: np.ndarray | None) -> np.ndarray:
    """W[i, j]: statement i tells a group in two parts whose counts add up to the count statement j (another
    article's, near in embedding) gives of that group, and j tells the first part's act ("Eleven hostages were
    freed on Saturday and one remains in hospital" / "the government had freed all 12 hostages"): one
    consistent picture, not two counts. Not
    when the rest's own clause is negated or tells another outcome ("and one has not been freed", "and one
    died", "and one is missing"). Not covered: a rest told as not done in other words ("one is still held")."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    if emb is None:
        return out
    wholes = [{(x.value, stem(w)) for x in st.numbers if not x.unit and not x.delta and (w := _next_word(st.text, x))}
              for st in stmts]
    for i, st in enumerate(stmts):
        for x in st.numbers[:MAX_PARTS]:
            noun = _next_word(st.text, x)
            m = _REST_OF.match(st.text, x.end) if noun and not x.unit and not x.delta else None
            if m is None or fold(noun) in STOPWORDS:
                continue
            count, after = m.group(1).lower(), m.group(2)
            rest = NUMBER_WORDS.get(count, int(count) if count.isdigit() else None)
            fate = _REST_CLAUSE.match(st.text, m.start(2)).group(0)
            if (not rest or not (stem(after) == stem(noun) or _STAYS.match(after) or fold(after) in STOPWORDS)
                    or _NEGATED.search(fate) or any(rx.search(fate) for rx in _OUTCOME_RE["toll"].values())):
                continue
            whole = (x.value + rest, stem(noun))
            act = set(content_stems(st.text[x.end: m.start(1)])) - {stem(noun)} - _DAY_WORDS  # ("were freed")
            for j in range(n):
                if (stmts[j].article != st.article and emb[i, j] >= SAME_TIME_CLOSE and whole in wholes[j]
                        and act & set(stmts[j].stems)):
                    out[i, j] = True
    return out

# The people on board a craft: "with 160 people on board", "154 aboard", "carrying 160 people", or its parts,
# "carrying 148 passengers and six crew", whose sum is the count ("148 passengers" alone is a part, not it)
_ABOARD_AFTER = re.compile(r"^(?:\s+(?:people|persons|others))?\s+(?:on board|aboard)\b", re.IGNORECASE)
_CARRYING = re.compile(r"(?i)\bcarr(?:ying|ied|ies)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                       r"more than\s+|at least\s+)?$")
_PEOPLE_AFTER = re.compile(r"^\s+(?:people|persons)\b", re.IGNORECASE)
_PASSENGERS_AFTER = re.compile(r"^\s+passengers\b(?!,?\s+and\s)", re.IGNORECASE)  # (not "... and six crew")
_CREW_AND = re.compile(r"^\s+crew(?:\s+members)?,?\s+and\s+$", re.IGNORECASE)
_PASSENGERS_LAST = re.compile(r"^\s+passengers\b", re.IGNORECASE)
_PASSENGERS_AND = re.compile(r"^\s+passengers,?\s+and\s+$", re.IGNORECASE)
_CREW_AFTER = re.compile(r"^\s+(?:crew(?:\s+members)?|members of (?:the|its) crew)\b", re.IGNORECASE)
# (a sum's own words)
_PARTS_ABOARD = re.compile(r"(?i)\bpassengers,? and \S+ (?:crew|members of)|\bcrew(?: members)?,? and \S+ passengers")
ABOARD_RATIO = 2.0  # two reports' counts on board of one craft lie within this factor (else two craft)


def _aboard_figure(text: str, n: Number) -> bool:
    """Whether figure n counts the people on board ("160 people on board", "carrying 160 people") or is
    such a count summed from its parts (`_aboard`)."""
    after = text[n.end: n.end + 40]
    return bool(not n.unit and not n.delta and (
        _ABOARD_AFTER.match(after) or _PARTS_ABOARD.search(n.text)
        or (_PEOPLE_AFTER.match(after) and _CARRYING.search(text[max(0, n.start - 30): n.start]))))


def _passengers_of(text: str, n: Number, other: str, total: Number) -> bool:
    """Figure n counts passengers alone, fewer than the other report's count of all on board: a part of it."""
    return (not n.unit and not n.delta and n.value < total.value
            and bool(_PASSENGERS_AFTER.match(text[n.end: n.end + 20])) and _aboard_figure(other, total))


def _aboard(st: Statement) -> Number | None:
    """The count of people on board a craft a statement gives, the parts summed ("carrying 148 passengers and
    six crew" -> 154, written as those words); None unless it gives exactly one."""
    nums = [x for x in st.numbers if not x.unit and not x.delta]
    found: list[Number] = []
    k = 0
    while k < len(nums):
        x = nums[k]
        y = nums[k + 1] if k + 1 < len(nums) else None
        # (passengers, then crew: "148 passengers and six crew"; or crew first: "12 crew members and 216 passengers")
        crew = y and (_CREW_AFTER.match(st.text[y.end: y.end + 40]) if _PASSENGERS_AND.match(st.text[x.end: y.start])
                      else _PASSENGERS_LAST.match(st.text[y.end: y.end + 40]) if _CREW_AND.match(st.text[x.end: y.start])
                      else None)
        if crew:
            end = y.end + crew.end()
            found.append(replace(x, value=x.value + y.value, text=st.text[x.start: end], end=end,
                                 approx=x.approx or y.approx, step=max(x.step, y.step)))
            k += 2
            continue
        if _aboard_figure(st.text, x):
            found.append(x)
        k += 1
    return found[0] if len(found) == 1 else None


# One actor's act told in other words by several outlets ("The commission rejected the fraud allegations" /
# "The commission dismissed Brenik's claims as baseless"; "Ferrow's lawyers said they would appeal" / "His
# defence team said it would appeal"): too few words in common to back each other, yet one fact.
SAME_ACT_CLOSE = 0.5  # embedding cosine two reports of one actor's denial or appeal must reach
SAME_WORDS_PARAPHRASE = 0.7  # share of each other's content a quotation and its paraphrase hold
SHORT_QUOTE = 20  # words: a quotation this short is one remark
_QUOTE_MARK = re.compile(r"[\"“”]")
# an appeal announced, not one heard or decided ("the appeal court ruled", "an appeal against ...")
_APPEAL = re.compile(r"(?i)\b(?:would|will|to|plans? to|intends? to|intend to|going to) appeal\b|"
                     r"\b(?:lodged?|filed?|launch(?:ed)?) an appeal\b")
# a defendant's lawyers are one actor, however an outlet names them
_DEFENCE = re.compile(r"(?i)\b(?:lawyers?|attorneys?|barristers?|counsel|solicitors?|defen[cs]e)\b")
# an allegation made ("alleged that ballots were forged", "filed a complaint") or told as a fact about
# wrongdoing by whoever says it ("Brenik said the ballots had been tampered with")
_ALLEGE = re.compile(r"(?i)\b(?:alleg(?:ed|es|ing)|accus(?:ed|es|ing)|claimed|filed? a complaint|tampered|rigged|"
                     r"forged|falsified|fabricated)\b")
SAME_ALLEGATION_CLOSE = 0.6  # ... and one person's two allegations, which vary more than denials
# One board's backing of a deal ("The board of Skellig backed the bid" / "Skellig's board said it was unanimously
# recommending the offer") and one bidder's claim to have bid more ("said it had bid more than Ashport" / "said
# it had offered a higher fee"): one act in other words when one named actor does it, of one object.
_ENDORSE = re.compile(r"(?i)\b(?:back(?:s|ed|ing)?|recommend(?:s|ed|ing)?|endors(?:e|es|ed|ing)|support(?:s|ed|ing)?)\s+"
                      r"(?:that\s+(?:shareholders|investors|members|owners)\s+(?:accept|approve|back|support)\s+)?"
                      r"(?:the|its|their|this|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:bid|offer|deal|takeover|merger|proposal)\b")
# (not "was paid more than $500,000": a payment, not a bid)
_OUTBID = re.compile(r"(?i)\b(?:outbid|(?:bid|offered)\s+more\s+than\b|(?:bid|offered|offering|made|tabled)\s+"
                     r"(?:a\s+)?(?:higher|bigger|larger|better|richer)\s+(?:fee|bid|offer|price|sum|amount)\b)")
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]+\s+)*[A-Z][\w'’-]+")
_ACTOR_NOISE = frozenset({"said", "say", "told", "tell", "statement", "spokesman", "spokeswoman", "spokesperson",
                          "offici", "team"})  # (words of the attribution, not of who acts)


_SUBJECT_TAIL = re.compile(r"\s+(?:said|says|told|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in a statement)\b.*$",
                           re.DOTALL)


def _act(st: Statement, body: str | None = None) -> tuple[str, set[str]] | None:
    """The act a statement reports (a denial, an appeal, an allegation, a board's backing, a higher bid) and
    who does it: the words of its subject, the sentence before the act, with a lawyer, barrister or defence
    team as "defence", and a subject that only describes ("The company denied ...") also the `body` its
    article names first; for an allegation, the person named (an allegation by "the opposition" may be
    anyone's)."""
    text = mask_quotes(st.text)
    m = _denial(text) if _denial_led(st.text) else None
    kind = "deny"
    for rx, k in ((_APPEAL, "appeal"), (_ALLEGE, "allege"), (_ENDORSE, "endorse"), (_OUTBID, "outbid")):
        if m is None:
            m, kind = rx.search(text), k
            # (an appeal in the sentence's first clause; an allegation is its person's wherever it stands,
            # "Brenik, who won 46 percent by his own count, claimed ...")
            # (a board's backing and a higher bid too: "..., which the board backed" is no act of the subject)
            if m is not None and k != "allege" and _clause_span(text, m.start(), m.end())[0] != 0:
                m = None
    if m is None:
        return None
    subject = text[: m.start()]
    if kind == "allege":
        who = _person_key(st) or next((speaker_key(p) for p in map(person, _NAME_RUN.findall(subject)) if p), None)
        return (kind, {who}) if who else None
    actor = set(content_stems(_DEFENCE.sub(" defence ", subject))) | {fold(w) for w in names(subject)}
    if body and _DESCRIPTION.match(_SUBJECT_TAIL.sub("", subject.strip())):
        actor |= {fold(w) for w in names(body)}  # ("the company": the article's company)
    return (kind, actor - _ACTOR_NOISE) if actor - _ACTOR_NOISE else None


def _one_deal(x: Statement, y: Statement, ax: set[str], ay: set[str]) -> bool:
    """Two reports of a backing or a bid (`_act`) tell one act: the actors share a name when either is named
    ("Skellig's board" is not "the Halvorsen board"), and the other names and distinctive figures, when both
    give some, agree ("backed the Mortlake offer" is not "backed the Halvorsen bid")."""
    nx, ny = {fold(w) for w in names(x.text)}, {fold(w) for w in names(y.text)}
    if (nx & ax or ny & ay) and not (nx & ax) & (ny & ay):
        return False
    ox, oy = nx - ax - ay, ny - ax - ay
    fx, fy = _distinctive_figures(x), _distinctive_figures(y)
    return not (ox and oy and not ox & oy) and not (fx and fy and not fx & fy)


def _same_act(stmts: list[Statement], emb: np.ndarray | None, align: np.ndarray) -> np.ndarray:
    """S[i, j]: statements of two outlets that report one act: the same actor's denial or appeal, close in
    embedding; or a speaker's short quotation and another outlet's report of that speaker saying it, the
    quoting sentence holding what the report says and close in embedding ("This is a victory for every
    street …," Varga said / Varga said her win belonged to the whole city), or the two holding most of
    each other's words whatever the embedding
    ("These are painful decisions, but they will make Orvanta stronger," Drage said / Drage said the
    cuts were painful but would make the company stronger)."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    if emb is None:
        return out
    # each article's first body credited by name ("Vantor Motors said ..."): whom its "the company" means
    bodies: dict[int, str] = {}
    for st in stmts:
        src = st.attribution.source.strip() if st.attribution else ""
        if st.article not in bodies and _PROPER.match(src):
            bodies[st.article] = src
    acts = [_act(st, bodies.get(st.article)) for st in stmts]
    speaker = [speaker_key(st.attribution.source) if st.attribution else None for st in stmts]
    quotes = [quotations(st.text) for st in stmts]
    # a short remark quoted whole ("This is a victory for every street …," Varga said), and a report with no
    # quoted words at all: a long quotation holds other remarks the report may not be of
    quoting = [bool(_quoted_stems(st.text, q)) and sum(len(x.text.split()) for x in q) <= SHORT_QUOTE
               for st, q in zip(stmts, quotes)]
    reporting = [not _QUOTE_MARK.search(st.text) for st in stmts]
    mutual = np.minimum(align, align.T)
    for i in range(n):
        for j in range(i + 1, n):
            if stmts[i].group == stmts[j].group:
                continue
            a, b = acts[i], acts[j]
            if (a and b and a[0] == b[0] and a[1] & b[1]
                    and emb[i, j] >= (SAME_ALLEGATION_CLOSE if a[0] == "allege" else SAME_ACT_CLOSE)
                    and (a[0] not in ("endorse", "outbid") or _one_deal(stmts[i], stmts[j], a[1], b[1]))):
                out[i, j] = out[j, i] = True
            elif speaker[i] and speaker[i] == speaker[j] and (quoting[i] and reporting[j] or quoting[j] and reporting[i]):
                q, r = (i, j) if quoting[i] else (j, i)
                # (the quoting sentence holds what the report says: it reports nothing else)
                if align[r, q] >= BACKS and (emb[i, j] >= EMBED_PARAPHRASE or mutual[i, j] >= SAME_WORDS_PARAPHRASE):
                    out[i, j] = out[j, i] = True
    if out.any():
        # what one outlet prints word for word as another did is the same act too ("…," Varga said / "…,"
        # Varga told supporters): the claim may be headed by either
        groups = np.array([st.group for st in stmts])
        copies = (mutual >= SAME_WORDS) & (groups[:, None] != groups[None, :])
        out |= ((out.astype(np.int32) @ copies.astype(np.int32)) > 0) & (groups[:, None] != groups[None, :])
        out |= out.T
    return out


def distinctive(n: Number) -> bool:
    """A figure that singles out a fact: with a unit (money, %, a measure) or 20 and more; small bare
    counts ("two states") and changes ("up by 37,000") are too common to tell facts apart, and the age of a
    person named ("Dorian Vasquel, 58,") tells who, not what happened (unlike "molested a 14-year-old")."""
    return not n.delta and n.unit != "aged" and bool(n.unit or n.value >= 20)


def _distinctive_figures(st: Statement) -> set[tuple[float, str]]:
    return {(round(n.value, 6), n.unit) for n in st.numbers if distinctive(n)}


def centrality(sym: np.ndarray, threshold: float = 0.1, damping: float = 0.85) -> np.ndarray:
    """LexRank centrality over the statements: among claims backed by as many outlets and
    articles, the one closest to what the whole story says comes first."""
    n = len(sym)
    adj = (sym > threshold).astype(np.float64)
    np.fill_diagonal(adj, 1.0)
    adj /= adj.sum(axis=1, keepdims=True)
    adj_t = sparse.csr_matrix(adj.T)  # the graph is sparse: far fewer products than a dense matrix
    p = np.full(n, 1.0 / n)
    for _ in range(60):
        q = (1 - damping) / n + damping * (adj_t @ p)
        if np.abs(q - p).sum() < 1e-9:
            break
        p = q
    return p * n


NAME_FRAME = 3  # words two statements must share before the one name they put in its place
NAME_SAME = 6  # ... and the words they must share in all: they say one thing, but for the name
_NAME_TRIM = "\"“”‘’'()[],.;:!?"
_PLACE_FRAME = re.compile(r"(?i)\b(?:in|at|near|from|outside)(?:\s+the\s+(?:town|village|city|port|district|county|"
                          r"province|region|state|suburb|hamlet|municipality)\s+of)?$")


def _name_slot(a: str, b: str) -> tuple[str, str] | None:
    """The names two statements give in the same words' place, when that is all that tells them apart:
    "The first case was found in the town of Vilamar, ..." / "... in the town of Montelar, ..."; "acting
    chargé d'affaires John McNamara" / "James McNamara". None otherwise (other words differ as well, or the
    change is no name: a weekday, a month, a word at the sentence's start)."""
    wa, wb = a.split()[:MAX_NAME_SLOT_WORDS], b.split()[:MAX_NAME_SLOT_WORDS]
    ka = [w.strip(_NAME_TRIM).casefold() for w in wa]
    kb = [w.strip(_NAME_TRIM).casefold() for w in wb]
    ops = [op for op in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = ops[0]
    x, y = [w.strip(_NAME_TRIM) for w in wa[i1:i2]], [w.strip(_NAME_TRIM) for w in wb[j1:j2]]
    if (i1 < NAME_FRAME or len(ka) - (i2 - i1) < NAME_SAME or not (i2 - i1 <= 3 and j2 - j1 <= 3)
            or not all(w[:1].isupper() for w in x + y) or set(ka[i1:i2]) & set(kb[j1:j2])
            or any(w in _DAY_WORDS for w in ka[i1:i2] + kb[j1:j2])):
        return None
    # (a name the other text ends its run of words with, the punctuation inside it kept: "Vilamar,")
    return " ".join(x), " ".join(y)


MAX_NAME_SLOT_WORDS = 80  # a statement's words compared at most (bounds the matcher on a run-on sentence)
SAME_QUOTATION = 0.9  # share of their quoted words two quotations must have in common, in order, to be one


def spelt_alike(a: str, b: str) -> bool:
    """Two folded surnames that read as one name spelt two ways: of six letters or more and of one length,
    one letter changed or two neighbours swapped ("adebayo" / "adebayp", "okonkwo" / "okonkow"). Not a
    letter added ("russia" / "russian" are two words), nor two changed apart ("hansen" / "jensen")."""
    if a == b or len(a) != len(b) or len(a) < 6:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _same_quotation(a: str, b: str) -> bool:
    """Whether two sentences quote the same words, all or nearly all in order (three words at least):
    one remark, however each tags it."""
    qa = [w for q in quotations(a) for w in words(fold(q.text))][:MAX_NAME_SLOT_WORDS]
    qb = [w for q in quotations(b) for w in words(fold(q.text))][:MAX_NAME_SLOT_WORDS]
    return (len(qa) >= 3 and len(qb) >= 3
            and SequenceMatcher(None, qa, qb, autojunk=False).ratio() >= SAME_QUOTATION)


_LONG_NAME = re.compile(r"(?<![\w'’-])[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]{5,}")


def _spelling_slot(a: Evidence, b: Evidence, by_id: dict[str, Article]) -> tuple[str, str] | None:
    """One person's surname as two reports of the same quotation spell it ('"...," captain Idris Adebayo
    said' / '... Idris Adebayp said'; 'Okonkwo said' / 'Okonkow told reporters'): the two spellings, when
    the quoted words are the same, the names are spelt alike (`spelt_alike`) and a person's surname: an
    article writes it after a first name, and no article gives another first name. None otherwise (a place
    and a people spelt alike, "Chillan" / "Chilean"; a first name transliterated, "Muammar" / "Moammar")."""
    for x in dict.fromkeys(re.sub(r"['’]s?$", "", w) for w in _LONG_NAME.findall(a.quote)):
        for y in dict.fromkeys(re.sub(r"['’]s?$", "", w) for w in _LONG_NAME.findall(b.quote)):
            if not spelt_alike(fold(x), fold(y)):
                continue
            # (the first name each article writes the surname with, where it writes one)
            fx = fold(full_name(x, by_id[a.article_id].text)).split()[:-1]
            fy = fold(full_name(y, by_id[b.article_id].text)).split()[:-1]
            if (fx or fy) and (not fx or not fy or fx == fy) and _same_quotation(a.quote, b.quote):
                return x, y
    return None


# One person's first names as reporters write them: a nickname and the name it stands for are one name
_SAME_FIRST_NAMES = [frozenset(g.split()) for g in (
    "william bill billy will", "robert bob bobby rob", "richard dick rick", "james jim jimmy", "michael mike",
    "thomas tom tommy", "anthony tony", "edward ed ted eddie", "theodore ted", "charles chuck charlie",
    "elizabeth liz beth betsy", "margaret peggy maggie", "john jack johnny", "henry hank harry",
    "gerald jerry", "lawrence larry", "susan sue", "katherine kate kathy", "catherine cathy kate",
    "joseph joe", "stephen steve", "steven steve", "nicholas nick", "andrew andy", "matthew matt",
    "christopher chris", "patrick pat", "ronald ron", "donald don", "gregory greg", "jeffrey jeff",
    "kenneth ken", "daniel dan danny", "david dave", "samuel sam", "benjamin ben", "alexander alex",
    "jennifer jen jenny", "rebecca becky", "deborah debbie deb", "frederick fred", "albert al")]


# words written before a surname in a first name's place: titles, ranks, honorifics
_TITLE_WORDS = _TITLES | frozenset("""premier chancellor colonel captain major lieutenant sergeant corporal admiral
inspector detective constable officer professor prof doctor dr mr mrs ms miss sir dame lord lady king queen prince
princess sheikh bishop archbishop cardinal pope rabbi imam father pastor reverend rev coach manager deputy acting
interim former senior assistant associate state federal mp""".split())


def _one_first_name(a: str, b: str) -> bool:
    """Whether two folded first names may be one person's: a nickname ("bill" / "william"), a short form
    ("dan" / "daniel") or a spelling ("muammar" / "moammar")."""
    return (a[:3] == b[:3] or SequenceMatcher(None, a, b).ratio() >= 0.6
            or any(a in g and b in g for g in _SAME_FIRST_NAMES))


def _alone(surname: str, text: str) -> bool:
    """Whether a text writes `surname` without a capitalised word before it ('"...," Varga said'): a person
    called by the surname, as places ("North Korea", "New York") seldom are."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
        if not re.search(r"[A-Z][\w\u00C0-\u024F'’.-]* $", text[max(0, m.start() - 40):m.start()]):
            return True
    return False


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]{2,}")


def _first_name_slot(a: Evidence, b: Evidence, by_id: dict[str, Article]) -> tuple[str, str] | None:
    """One person given two first names by two reports ("transport minister Elena Varga resigned" /
    "Minister Marta Varga resigned"): the two full names, when each report writes the surname after a
    first name of its own that cannot be the other's (`_one_first_name`) and that the other article never
    writes, neither first name is a title or a word its article writes in lower case ("Transport Minister"),
    and an article calls the person by the surname alone. None otherwise."""
    in_b = _name_words(b.quote)
    for s in dict.fromkeys(re.sub(r"['’]s$", "", w) for w in _CAPITALISED.findall(a.quote)):
        if s not in in_b:
            continue
        x, y = full_name(s, a.quote), full_name(s, b.quote)
        if " " not in x or " " not in y:
            continue
        fx, fy = x.split()[0], y.split()[0]
        ta, tb = by_id[a.article_id].text, by_id[b.article_id].text
        wa, wb = _word_set(ta), _word_set(tb)
        if (_one_first_name(fold(fx), fold(fy)) or {fold(fx), fold(fy)} & _TITLE_WORDS
                or fx.lower() in wa or fy.lower() in wb
                # (each first name the other article never writes: a middle name, "Anna Lisbet Varga";
                # two sisters, "Ida and Eva Varga")
                or fx in wb or fy in wa
                or not (_alone(s, ta) or _alone(s, tb))):
            continue
        return x, y
    return None


@lru_cache(maxsize=4096)  # (an article's text, asked for each pair of its reports)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text))


@lru_cache(maxsize=4096)
def _name_words(text: str) -> frozenset[str]:
    """The words of a text as a name is written: apostrophes and hyphens inside them ("Varga's" is no "Varga")."""
    return frozenset(re.findall(r"[\w'’-]+", text))


_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                       "june july august september october november december".split())


def name_contests(claims: list[Claim], articles: list[Article]) -> list[Claim]:
    """A claim whose independent reports say one thing in the same words but for one name ("in the town
    of Vilamar" / "of Montelar") is contested on that name: the reports are its variants, each with the
    outlets that give it, "the place" or "the name" what they differ on. Not when either article names
    the other's choice anywhere (a report of two towns), nor an outlet's own name ("told Reuters" / "told
    the AP"). Other claims stay as they are."""
    by_id = {a.id: a for a in articles}
    gidx = independent_groups(articles)
    gname = group_names(articles, gidx)
    group = {a.id: gname[gidx[k]] for k, a in enumerate(articles)}
    outlets = {w.casefold() for a in articles for w in (a.outlet or "").split()}
    out = []
    for c in claims:
        if c.status == "contested" or len(c.outlets) < 2:
            out.append(c)
            continue
        head = c.evidence[0]
        found = None
        for e in c.evidence[1:]:
            if group[e.article_id] == group[head.article_id]:
                continue
            slot = (_name_slot(head.quote, e.quote) or _spelling_slot(head, e, by_id)
                    or _first_name_slot(head, e, by_id))
            if slot is None or any(w.casefold() in outlets for w in " ".join(slot).split()):
                continue
            x, y = slot
            if re.search(rf"\b{re.escape(y)}\b", by_id[head.article_id].text) or re.search(
                    rf"\b{re.escape(x)}\b", by_id[e.article_id].text):
                continue
            found = slot
            break
        if found is None:
            out.append(c)
            continue
        sides: list[list[Evidence]] = [[], []]
        for e in c.evidence:
            for k, name in enumerate(found):
                if re.search(rf"\b{re.escape(name)}\b", e.quote):
                    sides[k].append(e)
                    break
        variants = [Variant(name, list(dict.fromkeys(group[e.article_id] for e in ev)), ev)
                    for name, ev in zip(found, sides)]
        variants.sort(key=lambda v: -len(v.outlets))  # (the name most outlets give first; stable on a tie)
        at = head.quote.find(found[0])
        about = "the place" if at > 0 and _PLACE_FRAME.search(head.quote[:at].rstrip()) else "the name"
        out.append(replace(c, status="contested", variants=variants, about=about))
    return out


def title_words(articles: list[Article]) -> Counter:
    """Content stems of the articles' titles, counted once per article."""
    return Counter(w for a in articles for w in set(content_stems(a.title or "")))


_OPINION_URL = re.compile(r"/(?:opinions?|commentary|op-?eds?|editorials?|columns?|columnists?|views|perspectives?|blogs?)(?:/|$)", re.IGNORECASE)
_OPINION_NAME = re.compile(r"\((?:opinion|commentary|op-?ed|editorial)\)\s*$|^(?:opinion|commentary|op-?ed|editorial)\s*[:|]", re.IGNORECASE)
# (a blog the outlet files under news is news: "/blogs/blog-briefing-room/news/...")
_NEWS_BLOG = re.compile(r"/blogs?/(?:[^/]+/)?news(?=/|$)", re.IGNORECASE)


def is_opinion(a: Article) -> bool:
    """Whether the outlet publishes the article as opinion: its section in the outlet's name ('Fox News
    (Opinion)'), its URL path ('/opinion/', '/commentary/'), a label on its title ('Opinion: ...') or a
    label line atop its body ('Opinion', 'Comment'; not 'Analysis'), which the cleaner removed."""
    path = (a.url or "").split("?", 1)[0].split("#", 1)[0]  # the URL as written: no parsing to fail on
    path = _NEWS_BLOG.sub("", path)
    return bool(_OPINION_NAME.search(a.outlet or "") or _OPINION_NAME.search(a.title or "") or _OPINION_URL.search(path)
                or any(r.reason == OPINION_LABEL for r in a.removed))


# A party's own press release is its word, not a news outlet's report (audit 23 #10b). Release wires carry
# nothing but such releases, whoever they are about
_RELEASE_WIRE = Caseless(r"\b(?:pr ?newswire|business ?wire|globe ?newswire|accesswire|ein presswire|prweb|cision)\b")
# an organisation's own channel: "Quillnet Newsroom", "Kestrel Bank Press Office", "Port Authority Media Centre"
_OWN_CHANNEL = re.compile(r"(?i)^(?P<party>.+?)[\s:|–—-]+(?P<channel>newsroom|press (?:office|room|centre|center|releases?)|"
                          r"media (?:centre|center|room|relations)|news releases?|investor relations)$")
# its legal name: "Quillnet Ltd", "Kestrel Holdings plc"
_LEGAL_NAME = re.compile(r"^(?P<party>.+?),?\s+(?:Ltd|Limited|Inc|Incorporated|plc|PLC|LLC|Corp|Corporation|GmbH|AG|SA|NV|Co)\.?$")
# a release's lede: the party "today announced" (a news report names the day), or is "pleased to announce"
_RELEASE_LEDE = re.compile(
    r"(?P<party>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|for))*?)(?:\s+\([^()]{1,40}\))?(?:,\s+(?:the|a|an)\s[^,]{1,100},)?"
    r"\s+(?:(?:today|this morning)\s+(?:announced|said|confirmed|launched|unveiled|released|reported|published|named|appointed|"
    r"completed|opened|issued|introduced|revealed|apologi[sz]ed)|(?:announced|confirmed|launched|unveiled|released|reported) today|"
    r"(?:is|are) (?:pleased|proud|delighted|happy|excited|thrilled) to (?:announce|confirm|report|share|introduce|launch|unveil))\b")
_ABOUT_PARTY = re.compile(r"(?i:about)\s+(?P<party>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}):")
_WE = Caseless(r"\b(?:we|our|us)\b")  # the party speaking in its own words, outside any quotation
RELEASE_LEDE_CHARS = 600  # the top of a text, where a release's lede and a party's "we" are looked for


def _party_words(name: str) -> tuple[str, ...]:
    """A party's name as folded words, without "the" or a legal form: "The Quillnet Ltd" -> ("quillnet",)."""
    ws = [w for w in words(fold(name)) if w not in ("the", "ltd", "limited", "inc", "plc", "llc", "corp", "co")]
    return tuple(ws)


def _same_party(a: str, b: str) -> bool:
    """One name is the other, or its start: "Quillnet" / "Quillnet Ltd", "Kestrel Bank" / "Kestrel Bank Group"."""
    x, y = _party_words(a), _party_words(b)
    return bool(x and y) and (x[: len(y)] == y or y[: len(x)] == x)


def press_release(a: Article) -> str | None:
    """The party whose own press release the article is ("Quillnet"), or None for a news report.

    A release wire's article (PR Newswire, Business Wire) always is one. Else the outlet must name a party
    and the text speak as that party: an own channel ("Quillnet Press Office") that names its party in the
    text; its legal name ("Quillnet Ltd"), a "... Newsroom" or the party's bare name whose text opens in a
    release's words ("Quillnet today announced ..."), carried the release's furniture the cleaner removed
    ("About Quillnet: ...", "Media contact: ..."), or (not for a newsroom, which may be a news show's or a
    news site's name, nor a bare name, which a news outlet writing of itself has) says "we" outside its
    quotations. A text whose furniture ("About Quillnet:") names the party its lede announces is one,
    whoever carried it. A news report that quotes a company names no such outlet and stays a report."""
    outlet = (a.outlet or "").strip()
    top = a.text[:RELEASE_LEDE_CHARS]
    lede = _RELEASE_LEDE.search(top)
    furniture = [r.text for r in a.removed if r.reason == RELEASE_BOILERPLATE]
    about = next((m["party"] for t in furniture if (m := _ABOUT_PARTY.match(t))), None)
    if _RELEASE_WIRE.search(outlet):
        return about or (lede["party"] if lede else None) or outlet
    channel = _OWN_CHANNEL.match(outlet)
    legal = _LEGAL_NAME.match(outlet)
    party = channel["party"] if channel else legal["party"] if legal else outlet
    if not _party_words(party):
        return None
    named = re.search(rf"(?<![\w-]){re.escape(party)}(?![\w-])", a.text) is not None
    if channel and channel["channel"].lower() != "newsroom" and named:
        return party
    if (lede and _same_party(lede["party"], party)) or (about and _same_party(about, party)) or (furniture and named):
        return party
    if (legal or channel and channel["channel"].lower() != "newsroom") and named and _WE.search(mask_quotes(top)):
        return party
    if about and lede and _same_party(about, lede["party"]):
        return about
    return None


# a source named by what it is ("the company", "a company spokeswoman", "the ministry"), who may be the party
# its report names
_PARTY_NOUN = re.compile(r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|group|operator|provider|"
                         r"business|maker|manufacturer|retailer|carrier|airline|bank|insurer|lender|utility|developer|"
                         r"supplier|chain|ministry|department|agency|council|authority|office|government|club|university|"
                         r"hospital|charity|organi[sz]ation|union)(?:['’]s)?(?:\s+(?:spokes(?:man|woman|person)|"
                         r"representative|executives?|management|statement))?$")


def _party_acts(text: str, party: tuple[str, ...]) -> bool:
    """Does a report's sentence tell the party's own act, the party (by its name, `_party_words`) the short subject
    it opens with ("Healthcare software group Halvorsen Systems has agreed to buy ...", "Halvorsen is paying
    $31.50 a share")? Not a thing of the party's ("Halvorsen's shares fell"), nor its part ("The Halvorsen board")."""
    ws = [fold(w) for w in words(_opening_subject(text))]
    return 0 < len(ws) <= SUBJECT_WORDS and party[0] in ws and ws[-1] in party


def _party_apart(stmts: list[Statement], articles: list[Article], parties: list[str | None]) -> np.ndarray:
    """D[i, j]: one is a sentence of a party's own release (`parties`: each article's party, see
    `press_release`), the other a report's that does not give its words as that party's ("Quillnet says
    ...", "the company said" in a report that names Quillnet) nor as the release's own speaker's: a release
    backs only what a report attributes to its party, as an opinion piece backs no report. A report that tells,
    in its own words, the party's own act ("Halvorsen Systems has agreed to buy Brightmere") tells what the
    party announces: the release is the source of that fact, and backs it."""
    n = len(stmts)
    out = np.zeros((n, n), dtype=bool)
    news = np.array([parties[st.article] is None for st in stmts])
    source = [st.attribution.source if st.attribution else "" for st in stmts]
    speaker = np.array([speaker_key(x) if x else "" for x in source])
    given = [set(words(fold(x))) if x and news[k] else set() for k, x in enumerate(source)]
    described = np.array([bool(news[k] and x and _PARTY_NOUN.match(x)) for k, x in enumerate(source)])
    for party in set(filter(None, parties)):
        key = _party_words(party)[0]
        # (a report's "the company said" stands for the party only in a report that names it)
        first = next(w for w in words(party) if fold(w) == key)
        names = [re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", a.text) is not None for a in articles]
        words_of = _party_words(party)
        gives = np.array([key in given[k] or (described[k] and names[st.article])
                          or (news[k] and not source[k] and _party_acts(st.text, words_of))
                          for k, st in enumerate(stmts)])
        for i in np.nonzero(np.array([parties[st.article] == party for st in stmts]))[0]:
            own = (speaker == speaker[i]) if speaker[i] else False
            apart = news & ~(gives | own)
            # (a report that names the party and gives, crediting no one else, a distinctive figure of the release's
            # tells what the release announces: "Net profit dropped to $95m" / the release's "Net profit fell to $95
            # million"; whether it says the same fact is the alignment's to weigh)
            figures = _distinctive_figures(stmts[i]) if stmts[i].numbers else set()
            for j in np.nonzero(apart)[0] if figures else []:
                if (not source[j] and names[stmts[j].article] and stmts[j].numbers
                        and figures & _distinctive_figures(stmts[j])):
                    apart[j] = False
            out[i, apart] = True
            out[apart, i] = True
    return out


# A figure told as a forecast or a maybe ("could bring up to 30 cm of rain", "is expected to cut 2,000 jobs", "the
# 30 cm it had forecast") is no report of what was measured or done ("21.4 cm of rain fell"), nor that of it: the
# modal or forecast stands before the figure in its stretch of the sentence (no comma between), or the forecast's
# verb right after it. ("may" in lower case only: not the month.)
_FORECAST_BEFORE = re.compile(r"\b(?:could|might|may|(?:is|are|was|were)\s+(?:expected|forecast|predicted|projected|likely)"
                              r"\s+to|(?:is|are)\s+(?:set|poised|due)\s+to\s+(?=[a-z])|"  # (not "was set to 4.5%")
                              r"forecasts?|forecasting|predict(?:s|ed|ing)?|projected|expect(?:s|ed|ing)?|"
                              r"anticipated)\b[^,;:()—–]*$")
_FORECAST_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:had\s+|has\s+|have\s+)?(?:been\s+)?(?<!than )(?<!as )"
                             r"(?:forecast|expected|predicted|projected|anticipated)\b")  # (not "rose 3% more than expected")
FORECAST_REACH = 80  # characters before a figure read for the modal that makes it a forecast
# ... or the poll it is credited to, after it in its sentence ("to 4.5% on Thursday, according to a poll of 20
# economists"; "analysts polled by ..."), no clause of another sentence between
_POLLED = re.compile(r"^[^;:()—–]*?\b(?:(?:poll|survey)\s+of\s+(?:[\w,-]+\s+){0,3}?(?:economists|analysts|forecasters|"
                     r"traders)|(?:economists|analysts|forecasters|traders)\s+(?:polled|surveyed))\b")
# A figure told as what will be ("will raise its rate to 4.5%", "would cost $3m", "plans to cut 200 jobs"): no
# outcome, though no forecast either
_TO_COME_BEFORE = re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:set|due|poised|scheduled|going|about)\s+to\s+"
                             r"(?=[a-z])|(?:plans?|planned|aims?|intends?|hopes?|wants?|seeks?)\s+to\b)"  # (not "was set to 4.5%")
                             r"[^,;:()—–]*$")


# (... said to be expected, not only what could be: "he could accomplish a lot in his first 100 days" is no forecast
# whose outcome "his first 100 days in office" tells)
_FIRM_FORECAST_BEFORE = re.compile(_FORECAST_BEFORE.pattern.replace(r"\b(?:could|might|may|", r"\b(?:", 1))


def _forecast(text: str, n: Number, maybe: bool = True, firm: bool = False) -> bool:
    """Is the figure one of what could be or is forecast, not of what is or was? (`maybe`: or of a condition, "If
    you are over 70", `_hypothetical`; `firm`: only what is expected, `_FIRM_FORECAST_BEFORE`)"""
    return bool((_FIRM_FORECAST_BEFORE if firm else _FORECAST_BEFORE).search(text[max(0, n.start - FORECAST_REACH): n.start])
                or _FORECAST_AFTER.match(text[n.end: n.end + FORECAST_REACH]) or maybe and not firm and _hypothetical(text, n)
                or _POLLED.match(text[n.end: n.end + 2 * FORECAST_REACH]))


# the value a figure is set against ("to 4.5% from 4.25%", "compared with 1.3 billion dollars a year earlier")
_BASE_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|than|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+)?$")


def _outcome(text: str, n: Number) -> bool:
    """Is the figure told as what is or was: neither forecast nor still to come, nor the base it is compared with?"""
    return (not _forecast(text, n) and not _TO_COME_BEFORE.search(text[max(0, n.start - FORECAST_REACH): n.start])
            and not _BASE_BEFORE.search(text[max(0, n.start - 30): n.start]))


def _forecast_and_outcome(stmts: list[Statement], align: np.ndarray) -> np.ndarray:
    """D[i, j]: statements of two articles alike in words, one of which gives a figure only as a forecast ("The
    storm could bring up to 30 cm of rain"), the other another figure of the same measure as what was ("21.4 cm
    of rain fell"), the forecast no figure that agrees with it: a forecast and an outcome, neither backs the
    other, though the outcome's report may name the forecast ("short of the 30 cm it had forecast"). (Figures
    that contest one thing are left to the contest.)"""
    told = [[(x, _forecast(st.text, x)) for x in st.numbers if distinctive(x)] if st.numbers else [] for st in stmts]
    foretold = [any(f for _, f in t) for t in told]

    def forecast_of_other(f: int, m: int) -> bool:
        a, b = stmts[f], stmts[m]
        for y, fy in told[m]:
            if fy or any(_same_figure(z, y) for z in a.numbers):
                continue
            same = [fz for z, fz in told[f] if _same_measure(z, y, a.text, b.text)]
            if same and all(same):  # (f tells that measure only as a forecast)
                return True
        return False

    def came_true(f: int, m: int) -> bool:
        """m tells, as what is or was, a figure f tells only as a forecast: "is expected to raise its rate ... to
        4.5%" / "increased its key rate to 4.5%". The forecast that came true is no report of the outcome."""
        ahead = _ahead(stmts[f].text, [z for z, _ in told[f]])
        return any(not fy and _same_figure(z, y) and _outcome(stmts[m].text, y) for z in ahead for y, fy in told[m])

    def apart(i: int, j: int) -> bool:
        return ((foretold[i] and (forecast_of_other(i, j) or came_true(i, j))
                 or foretold[j] and (forecast_of_other(j, i) or came_true(j, i)))
                and not _conflicts(stmts[i], stmts[j]) and not _conflicts(stmts[j], stmts[i]))

    def names_forecast(m: int) -> bool:
        """m's outcome names the forecast it met ("to 4.5%, as economists had expected")."""
        return bool(_EXPECTED.search(stmts[m].text) or _POLLED.match(stmts[m].text))

    def tells_forecast(f: int, m: int) -> bool:
        """m gives, as a forecast too, every figure f forecasts: it tells f's forecast beside its outcome."""
        ahead = [z for z, fz in told[f] if fz]
        return bool(ahead) and all(any(fy and _same_figure(z, y) for y, fy in told[m]) for z in ahead)

    out = _alike_and(stmts, align, [bool(t) for t in told], apart)
    # (one way: the outcome's report that names the same forecast backs the forecast's report, "fell to $1.2bn,
    # below the $1.3bn analysts had expected" backs "Analysts had expected revenue of $1.3 billion"; a report
    # of the forecast alone still backs no outcome)
    for f, m in np.argwhere(out).tolist():
        if (foretold[f] and forecast_of_other(f, m) and not (foretold[m] and forecast_of_other(m, f))
                and tells_forecast(f, m)):
            out[f, m] = False
        # (so does the outcome's report that names the forecast it met: "rose to 4.5%, as economists had expected")
        elif foretold[f] and came_true(f, m) and not (foretold[m] and came_true(m, f)) and names_forecast(m):
            out[f, m] = False
    return out


FORECAST_MET_WORDS = 2  # content words (names and all) a forecast and its outcome's report share, beside the figure
FORECAST_MET_SHARE = 0.5  # ... and this share of the shorter one's: the same subject, not a name and a verb in common


def forecast_met(forecast: str, report: str) -> bool:
    """Does `report` tell as what is or was what `forecast` tells only as a forecast or a plan, of one thing
    (FORECAST_MET_WORDS and FORECAST_MET_SHARE in common): a figure ("is expected to raise its main interest rate ... to 4.5%" /
    "increased its key rate to 4.5%", as `_forecast_and_outcome` reads it), or the act ("is expected to announce
    the closure" / "announced the closure", `_plans_and_deeds`)? The outcome is the news, not its forecast."""
    a, b = set(content_stems(forecast)), set(content_stems(report))
    if len(a & b) < max(FORECAST_MET_WORDS, FORECAST_MET_SHARE * min(len(a), len(b))):
        return False
    ahead = _ahead(forecast, [z for z in numbers(forecast) if distinctive(z)], firm=True)
    # (the report tells the deed done, "increased", "fell": not only the figure, "The removal of the 3,400
    # boats is the first clearance since 2019", which may still be the plan's)
    if ahead and _plans_and_deeds(report)[1] and any(
            distinctive(y) and _outcome(report, y) and any(_same_figure(z, y) for z in ahead) for y in numbers(report)):
        return True
    # (the act by one actor: the head of the subject the forecast opens with is in the report's, "Marrow Foods is
    # expected to announce" / "Marrow Foods announced"; not "The Velland union will impose" / "The Velland government
    # imposed"; and the plan the forecast's own main verb, right after its subject: not "was called off on Tuesday
    # minutes before the rocket was scheduled to lift off", which tells the scrub)
    subject = content_stems(_opening_subject(forecast))
    plan = _PLAN.search(forecast)
    if (plan is None or not subject or plan.start() > len(_opening_subject(forecast))
            or subject[-1] not in content_stems(_opening_subject(report))):
        return False
    planned, _ = _plans_and_deeds(forecast)
    return bool(planned & _plans_and_deeds(report)[1])


def forecasts_met(texts: list[str]) -> set[int]:
    """The indices of `texts` that tell a forecast or a plan another of them tells as done (`forecast_met`): each
    asked only of the texts that give a figure of its value or a deed (`_plans_and_deeds`), not of every pair."""
    ahead = [k for k, t in enumerate(texts) if foretells(t)]
    if not ahead:
        return set()
    by_value: dict[float, set[int]] = {}
    by_act: dict[str, set[int]] = {}
    for k, t in enumerate(texts):
        for y in numbers(t):
            if distinctive(y):
                by_value.setdefault(round(y.value, 6), set()).add(k)
        for key in _plans_and_deeds(t)[1]:
            by_act.setdefault(key, set()).add(k)
    out = set()
    for k in ahead:
        near = set().union(*(by_value.get(round(z.value, 6), set()) for z in numbers(texts[k])),
                           *(by_act.get(key, set()) for key in _plans_and_deeds(texts[k])[0]))
        if any(j != k and forecast_met(texts[k], texts[j]) for j in sorted(near)):
            out.add(k)
    return out


def _ahead(text: str, figures: list[Number], firm: bool = False) -> list[Number]:
    """The figures (of `figures`, the text's distinctive ones) it gives only as a forecast (`_forecast`): not a
    condition's ("If you are over 70, you can get the booster" forecasts no 70). (`firm`: only as expected)"""
    told = [(z, _forecast(text, z, maybe=False, firm=firm)) for z in figures]
    return [z for z, fz in told if fz and not any(_same_figure(z, w) and not _forecast(text, w) for w, _ in told)]


def foretold_figures(text: str) -> list[Number]:
    """The distinctive figures a sentence gives only as expected ("is expected to raise its rate ... to 4.5%"):
    another outlet's 4.5% that was done is no backing of them."""
    return _ahead(text, [z for z in numbers(text) if distinctive(z)], firm=True)


@lru_cache(maxsize=16384)  # (asked of each claim's sentence by the timeline and the headline)
def foretells(text: str) -> bool:
    """Does a sentence tell a figure only as a forecast, or an act as planned: may `forecast_met` find its outcome?"""
    return (bool(_ahead(text, [z for z in numbers(text) if distinctive(z)], firm=True))
            or bool(_PLAN.search(text) and _plans_and_deeds(text)[0]))


def _other_parties_acts(stmts: list[Statement], align: np.ndarray) -> np.ndarray:
    """D[i, j]: statements of two articles alike in words, each credited to a source (no word of it in common),
    that tell acts (`_acts_told`) of no actor in common and none of one act: "The league said it would review
    the red card shown to Emil Sauer" / "Lindell said ... Sauer's red card was 'a clear mistake' and that the
    club would appeal". Two parties' words of two acts are two claims: neither backs the other. (Not when they
    give a distinctive figure in common.)"""
    acts = [{k: v for k, v in _states(st.text).items() if k.startswith("act ")}
            if st.attribution is not None and _ACT_AUX.search(st.text) else {} for st in stmts]
    source = [set(content_stems(st.attribution.source)) if acts[k] else set() for k, st in enumerate(stmts)]

    def actors(k: int) -> set[str]:
        return {w for _, _, t in acts[k].values() for w in t if w[:1] == "@"}

    def keys(k: int) -> set[str]:  # (the verb as written, and the kind's: "lodged an appeal" is "act will appeal")
        return _act_keys([kind.split()[-1] for kind in acts[k]] + [v[1].split()[-1].lower() for v in acts[k].values()])

    def apart(i: int, j: int) -> bool:  # (a distinctive figure in common is one fact, whoever tells it)
        return (bool(source[i]) and bool(source[j]) and not source[i] & source[j]
                and not actors(i) & actors(j) and not keys(i) & keys(j)
                and not _distinctive_figures(stmts[i]) & _distinctive_figures(stmts[j]))

    return _alike_and(stmts, align, [bool(a) for a in acts], apart)


# verbs of saying or telling: what a statement's subject said is no act of the event
_TELLING_VERBS = _SHORT_TAG_VERB | frozenset("""reported announced warned claimed confirmed denied urged called alleged
    accused welcomed criticised criticized described estimated revealed""".split())


def _agent_act(text: str) -> tuple[frozenset[str], set[str]] | None:
    """Who acts (the subject's head word) and the act, when a sentence opens with its subject and a verb of the
    past in "-ed", active (not a copula, an auxiliary, nor a verb of saying): "Gunmen stormed the hotel" ->
    ({gunmen}, act keys of "stormed"); else None."""
    subject = _opening_subject(text)
    if not subject.strip() or LEANS_BACK.match(subject) or not subject[:1].isupper():
        return None
    verb = _SUBJECT_END.search(mask_quotes(text), len(subject))
    if verb is None or verb.start() != len(subject) or not verb.group().endswith("ed"):
        return None
    if verb.group() in _NOT_ACT or verb.group() in _TELLING_VERBS:
        return None
    ws = words(subject)
    who = frozenset(content_stems(ws[-1])) if ws else frozenset()  # (the head: "Varennan security forces" are forces)
    return (who, _act_keys([verb.group()])) if who else None


def _other_agents_acts(stmts: list[Statement], articles: list[Article], align: np.ndarray) -> np.ndarray:
    """D[i, j]: statements of two articles alike in words, each opening with who acts and the act (`_agent_act`),
    other actors (neither named in the other statement) doing other acts on other days: "Gunmen stormed the
    Lantern Hotel ... on Sunday night and took at least 30 guests hostage" / "Varennan security forces ended a
    hostage siege at the Lantern Hotel on Monday morning". The taking and the ending are two facts. (The days
    keep a paraphrase with other words for both actor and act, "Rebels seized the town" / "Insurgents captured
    the town", one fact; and so does a distinctive figure in common.)"""
    acted = [_agent_act(st.text) if st.text[:1].isupper() else None for st in stmts]
    days: dict[int, list[str]] = {}

    def days_of(k: int) -> list[str]:
        if k not in days:
            days[k] = [d for d, *_ in _days(stmts[k], articles[stmts[k].article])]
        return days[k]

    def apart(i: int, j: int) -> bool:
        (wi, vi), (wj, vj) = acted[i], acted[j]
        if (wi & set(stmts[j].stems) or wj & set(stmts[i].stems) or vi & vj
                or _distinctive_figures(stmts[i]) & _distinctive_figures(stmts[j])):
            return False
        di, dj = days_of(i), days_of(j)
        return bool(di and dj) and not any(same_day(x, y) for x in di for y in dj)

    return _alike_and(stmts, align, [a is not None for a in acted], apart)


def _other_acts(stmts: list[Statement], articles: list[Article], align: np.ndarray,
                forecasts: np.ndarray) -> np.ndarray:
    """D[i, j]: two statements alike in words that tell other acts: a forecast and the outcome, two parties' own
    acts, two actors' acts on other days. Neither backs the other, nor makes it redundant. `forecasts`: the
    first, `_forecast_and_outcome`, which the caller also reads."""
    return (forecasts | _other_parties_acts(stmts, align)
            | _other_agents_acts(stmts, articles, align))


def statement_salience(stmts: list[Statement], central: np.ndarray, titles: Counter | None = None) -> np.ndarray:
    """How much a statement is worth writing (the classic extractive cues): its centrality (LexRank),
    weighted up near the top of its article, down when it is short, and up by the share of the
    headlines' words it holds (Edmundson's title cue)."""
    pos = np.array([st.rank for st in stmts], dtype=np.float64)
    length = np.array([min(1.0, len(st.text.split()) / FULL_LENGTH) for st in stmts])
    sal = central * (1.0 + LEAD_PRIOR / (1.0 + pos)) * length
    # "He stated that ..." leans on a sentence the brief may not carry: it reads best after the others
    sal = np.where([bool(LEANS_BACK.match(st.text)) for st in stmts], sal * LEANS_BACK_WEIGHT, sal)
    if titles:
        total = sum(titles.values())
        sal = sal * np.array([1.0 + TITLE_PRIOR * sum(titles[w] for w in set(st.stems)) / total for st in stmts])
    return sal


def _sides(st: Statement) -> list[bool]:
    """Which of a statement's figures are counts per side ("five prisoners each", "five from each side")."""
    if "each" not in st.text.lower():
        return [False] * len(st.numbers)
    return [per_side(st.text, x) for x in st.numbers]


def _side_totals(st: Statement) -> list[Number]:
    """The wholes a statement's counts per side make when it tells of two sides: "Tarvel and Oskaria
    exchanged five prisoners each" gives ten in all. (Per player or per item, "two goals each", "$5 each",
    makes no whole: none.)"""
    if "each" not in st.text.lower() or not two_sides(st.text):
        return []
    return [_whole(x) for x, side in zip(st.numbers, _sides(st)) if side]


def _whole(x: Number) -> Number:
    """The whole a count per side of two makes."""
    return replace(x, value=2 * x.value, step=2 * x.step)


# A number of minutes told from a moment of the match ("five minutes before half-time", "three minutes from
# time", "two minutes into stoppage time"): read right after the figure, in lower case
_FROM_MOMENT = re.compile(r"\s+(?:(?P<before>before|from|to go (?:before|until|to))|after|into|past)\s+(?:the\s+)?"
                          r"(?:(?P<half>half[- ]?time|break|interval|restart|second half|end of the first half)|"
                          r"(?P<full>full[- ]?time|time|final whistle|whistle|end)|"
                          r"(?:stoppage|injury|added)[- ]time)\b")


def _match_clocks(st: Statement) -> list[tuple[str, float | None] | None]:
    """Beside each of a statement's figures, the moment it counts from and the minute of the match it tells,
    when it is minutes told from a moment of the match: "five minutes before half-time" is ("half", 40), "two
    minutes into stoppage time" ("stoppage", None, a minute no report need give alike); else None."""
    out: list[tuple[str, float | None] | None] = []
    for x in st.numbers:
        m = _FROM_MOMENT.match(st.text[x.end: x.end + 40].lower()) if x.measure == "minute" else None
        if m is None:
            out.append(None)
            continue
        ref = "half" if m.group("half") else "full" if m.group("full") else "stoppage"
        n = round(x.value * 24 * 60)
        out.append((ref, None if ref == "stoppage" else (45 if ref == "half" else 90) + (-n if m.group("before") else n)))
    return out


def _one_minute(x: Number, cx: tuple[str, float | None] | None, y: Number, cy: tuple[str, float | None] | None) -> bool:
    """Two figures tell one minute of the match, one of them counted from half-time or full-time ("five minutes
    before half-time" / "on 40 minutes"); `cx`, `cy`: their `_match_clocks`."""
    if not (cx or cy) or x.measure != "minute" or y.measure != "minute":
        return False
    mx = cx[1] if cx else round(x.value * 24 * 60)
    my = cy[1] if cy else round(y.value * 24 * 60)
    return mx is not None and mx == my


def _own_noun(text: str, n: Number) -> bool:
    """A figure followed by a word of its own that names what it counts ("312 passengers", "two emergency
    exits"), not by a verb or a function word ("12 were hurt", "rose to 12 on Friday"), nor by a word for
    people of any kind ("28 people": the dead, the hurt or the rescued)."""
    m = re.match(r"\s+([A-Za-z][\w'’-]*)", text[n.end:])
    w = m.group(1).lower() if m else ""
    return bool(w) and fold(w) not in STOPWORDS and w not in _JUST_PEOPLE and not _VERB_AFTER.fullmatch(w)


_VERB_AFTER = re.compile(r"\w+(?:ed|en)|died|dead|hurt|remain\w*|say|said|were|was|are|is|have|had|has|on|in|at")


def _conflicts(a: Statement, b: Statement) -> list[tuple[Number, Number, set[str]]]:
    """Figures two aligned statements give differently for the same thing. Equal values pair off first
    (so 'four wagons ... two of them' does not contest 'two wagons'); what is left contests only when
    both figures count the same thing (shared context stems, same unit)."""
    # (nor the other source's figure a report sets its own against, "12 killed, a lower figure than the 14 given
    # by the ministry": not its claim, and no backing of the ministry's 14 against its own 12)
    ca, cb = _compared(a), _compared(b)
    left = [i for i, x in enumerate(a.numbers) if not x.delta and not (ca and i == ca[1])]
    right = [j for j, x in enumerate(b.numbers) if not x.delta and not (cb and j == cb[1])]
    paired: list[tuple[int, int]] = []
    # figures that can both be true pair off ("more than 1.6 million" and 1,626,042); the same figure
    # first, so a hedged "at least nine" does not take the 28 that another figure needed
    for same in (True, False):
        for i in list(left):
            for j in right:
                x, y = a.numbers[i], b.numbers[j]
                if (x.value == y.value and x.unit == y.unit) if same else x.agrees(y):
                    left.remove(i)
                    right.remove(j)
                    paired.append((i, j))
                    break
    # minutes told from half-time or full-time are a minute of the match: "five minutes before half-time" pairs
    # off with "on 40 minutes"; set against other minutes they are not compared below (5 is no minute of it)
    clock_a = _match_clocks(a) if any(x.measure == "minute" for x in a.numbers) else [None] * len(a.numbers)
    clock_b = _match_clocks(b) if any(x.measure == "minute" for x in b.numbers) else [None] * len(b.numbers)
    if any(clock_a) or any(clock_b):
        for i in list(left):
            for j in right:
                if _one_minute(a.numbers[i], clock_a[i], b.numbers[j], clock_b[j]):
                    left.remove(i)
                    right.remove(j)
                    paired.append((i, j))
                    break
    # an earlier value or a change in one report may be the other's figure ("fell by 92,000")
    other_b = [x for x in b.numbers if x.delta]
    left = [i for i in left if not any(a.numbers[i].agrees(x) for x in other_b)]
    other_a = [x for x in a.numbers if x.delta]
    right = [j for j in right if not any(b.numbers[j].agrees(x) for x in other_a)]
    # a count per side, where the sentence tells of two sides, is half the whole: "exchanged five prisoners
    # each" pairs off with "ten prisoners in all"; set against a plain count otherwise, it is not compared
    # below ("Holm and Berg scored two goals each" / "four goals": per player, which need not make the total)
    side_a, side_b = _sides(a), _sides(b)
    two_a, two_b = any(side_a) and two_sides(a.text), any(side_b) and two_sides(b.text)
    for mine, theirs, sa, sb, side, other_side, two in ((left, right, a, b, side_a, side_b, two_a),
                                                        (right, left, b, a, side_b, side_a, two_b)):
        for i in [k for k in mine if side[k]] if two else []:
            whole = _whole(sa.numbers[i])
            j = next((j for j in theirs if not other_side[j] and not sb.numbers[j].unit
                      and whole.agrees(sb.numbers[j])), None)
            if j is not None:
                mine.remove(i)
                theirs.remove(j)
                paired.append((i, j) if sa is a else (j, i))
    # parts that add up to the other's whole pair off too: "148 passengers and six crew" / "154 people on board"
    for mine, theirs, sa, sb in ((left, right, a, b), (right, left, b, a)):
        for j in list(theirs):
            y = sb.numbers[j]
            parts = next(((i1, i2) for i1, i2 in itertools.combinations(mine, 2)
                          if sa.numbers[i1].unit == sa.numbers[i2].unit == y.unit
                          and sa.numbers[i1].value + sa.numbers[i2].value == y.value), None)
            if parts:
                theirs.remove(j)
                mine.remove(parts[0])
                mine.remove(parts[1])
    period_a, period_b = _periods(a, b, paired)
    # the words of who said it are not what a figure counts: "31 dead, the provincial health office said" and
    # "at least 80 injured, according to the provincial health office" share only their source
    said_by = {w for st in (a, b) if st.attribution for w in content_stems(st.attribution.source)}
    out = []
    # the people on board are one count however given: the parts' sum is set against the other's total
    # ("148 passengers and six crew" / "160 people on board"), not a part of it
    ta, tb = _aboard(a), _aboard(b)
    if ta is not None and tb is not None:
        ia = [k for k in left if ta.start <= a.numbers[k].start < ta.end]
        jb = [k for k in right if tb.start <= b.numbers[k].start < tb.end]
        if ia and jb:  # (not paired off already: they differ)
            left = [k for k in left if k not in ia]
            right = [k for k in right if k not in jb]
            if _ratio(ta, tb) <= ABOARD_RATIO:
                shared = {w for k in ia for w in a.contexts[k]} & {w for k in jb for w in b.contexts[k]}
                out.append((ta, tb, (shared - said_by) or {stem("board")}))
    # every pair that may be one quantity, then each figure set against one other at most, the best-grounded
    # first: two counts read as one kind ("9 killed" / "Twelve people were killed"), then one read as a kind
    # and the other allowing it ("28 people" / "the 26 people killed"), then the most context shared, then the
    # nearer in size; so the result does not depend on which statement is `a`, and "312 passengers" does not
    # take the "80 injured" that "64 injured" is the real other figure for
    kind_a: dict[int, tuple[str, str] | None] = {}
    kind_b: dict[int, tuple[str, str] | None] = {}
    moment_a: dict[int, str | None] = {}  # (each figure's `_moment`, read once)
    moment_b: dict[int, str | None] = {}
    candidates = []
    for i in left:
        for j in right:
            if a.numbers[i].unit != b.numbers[j].unit:
                continue
            if side_a[i] != side_b[j] and not (two_a if side_a[i] else two_b):
                continue  # a count per player or item and a plain count: not one quantity (see above)
            if a.numbers[i].measure != b.numbers[j].measure and "per " in (a.numbers[i].measure[:4], b.numbers[j].measure[:4]):
                continue  # "$1,000 a month" / "$14,000 a year" / "$12,000": sums over other periods, not one quantity
            shared = (a.contexts[i] & b.contexts[j]) - said_by
            if _other_scale(a.numbers[i], b.numbers[j]):
                continue  # "after 90 minutes" and "for 22 days": a meeting and a shutdown, not one figure
            if (clock_a[i] or clock_b[j]) and (clock_a[i] or ("",))[0] != (clock_b[j] or ("",))[0]:
                continue  # "five minutes before half-time" / "on 38 minutes": counted from other moments
            pa, pb = period_a[i], period_b[j]
            if pa and pb and pa != pb:
                continue  # "0.9% on the month" and "5.4% on the year" measure different things
            if _near(_QUALIFIED, a.text, a.numbers[i]) != _near(_QUALIFIED, b.text, b.numbers[j]):
                continue  # "0.9% excluding food and energy" is another measure than the plain 0.8%
            if (_near(_PART, a.text, a.numbers[i], 50, 30) != _near(_PART, b.text, b.numbers[j], 50, 30)
                    or _near(_WHOLE, a.text, a.numbers[i], 0, 40) != _near(_WHOLE, b.text, b.numbers[j], 0, 40)):
                continue  # "the Brackwell plant, which employs 4,500" is a part of "12,000 people worldwide"
            if _near(_EXPECTED, a.text, a.numbers[i], 50, 25) != _near(_EXPECTED, b.text, b.numbers[j], 50, 25):
                continue  # a forecast ("economists had expected 1 million") is not the outcome's figure
            if _market_price(a.text, a.numbers[i]) != _market_price(b.text, b.numbers[j]):
                continue  # "will pay $31.50 a share" / "shares closed up 27% at $29.77": an offer and the market
            if i not in moment_a:
                moment_a[i] = _moment(a.text, a.numbers[i])
            if j not in moment_b:
                moment_b[j] = _moment(b.text, b.numbers[j])
            ma, mb = moment_a[i], moment_b[j]
            if ma != mb and (ma and mb or "window" in (ma, mb)):
                continue  # measured at other moments: "gained 0.8% in the hour after the decision" / "by 5 p.m., up 0.6%"
            if _hypothetical(a.text, a.numbers[i]) != _hypothetical(b.text, b.numbers[j]):
                continue  # "just two senators could block it" is no count of the "52 members"
            if bool(_TIMES.match(a.text, a.numbers[i].end)) != bool(_TIMES.match(b.text, b.numbers[j].end)):
                continue  # "up to 3.4 times the labelled dose" is a multiple, no count of the "31 gummy products"
            if _converted(a.text, a.numbers[i]) or _converted(b.text, b.numbers[j]):
                continue  # a conversion is approximate, and of the figure before it
            if prison_term(a.text, a.numbers[i]) != prison_term(b.text, b.numbers[j]):
                continue  # "jailed for six years" / "barred from being a director for 10 years", "faces up to 14 years"
            if {_counts(a.text, a.numbers[i]), _counts(b.text, b.numbers[j])} == {"places", "people"}:
                continue  # "three nearby villages" / "3,000 residents": two quantities
            if (_passengers_of(a.text, a.numbers[i], b.text, b.numbers[j])
                    or _passengers_of(b.text, b.numbers[j], a.text, a.numbers[i])):
                continue  # "carrying 212 passengers" are some of the "230 people on board"
            if _near(_BELOW_PEAK, a.text, a.numbers[i]) != _near(_BELOW_PEAK, b.text, b.numbers[j]):
                continue  # "about 130 km/h, weaker than at its peak" is a later reading, not the peak's figure
            if _other_tallies(a.text, a.numbers[i], b.text, b.numbers[j]):
                continue  # "Rask 24,760 votes" / "Brandt 24,473": two candidates' figures, not one
            # (a figure that says little around it may match on one word, unless it says little because
            # its clause is another side's: "..., while 80 voted against it")
            # ("41 people died" / "survivors rose to 87": the dead and the rescued, looked at last: it reads
            # what each figure counts)
            # (either figure may be the one that says little)
            if not (len(shared) >= 2 or shared and any(len(st.contexts[k]) <= 2 and not after_contrast(st.text, st.numbers[k])
                                                      for st, k in ((a, i), (b, j)))):
                continue
            if i not in kind_a:
                kind_a[i] = counted(a.text, a.numbers[i])
            if j not in kind_b:
                kind_b[j] = counted(b.text, b.numbers[j])
            kx, ky = kind_a[i], kind_b[j]
            if kx is not None and ky is not None and kx[0] != ky[0]:
                continue  # (`_two_counts`) the dead and the injured are two counts
            if (kx is None) != (ky is None) and _own_noun(*((a.text, a.numbers[i]) if kx is None else (b.text, b.numbers[j]))):
                continue  # "two emergency exits", "312 passengers": not the "20 injured", whatever the sentences share
            # among figures as close in words, the nearer in size: "about 1,500 people evacuated" is
            # set against "the evacuation of 1,200 residents", not "killing nine miners" beside it
            # (how well grounded: both read as one kind of count, one read and the other allowing it, neither)
            grounded = (kx is not None) + (ky is not None)
            candidates.append(((grounded, len(shared), -_ratio(a.numbers[i], b.numbers[j])), i, j, shared))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    paired = []
    for key, i, j, shared in sorted(candidates, key=lambda c: c[0], reverse=True):
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            paired.append((key[0], i, j, shared))
    # (the pairs then as the statement gives them, the best grounded first: a claim shows its first, and of an
    # offer "$18.20 a share, 22 percent more than ..." that is the price, not the premium)
    out += [(a.numbers[i], b.numbers[j], shared) for _, i, j, shared in sorted(paired, key=lambda p: (-p[0], p[1]))]
    # two sizes of one change ("raised its rate by 50 basis points" / "by 25 basis points"): a change is set
    # only against a change in the same direction, never against a level or an earlier value
    cb = _change_sizes(b)
    for i, d in _change_sizes(a) if cb else []:
        x = a.numbers[i]
        alike = [(j, b.numbers[j]) for j, e in cb if e == d and _same_measure(x, b.numbers[j], a.text, b.text)]
        if not alike or any(x.agrees(y) for _, y in alike):
            continue
        j, y = min(alike, key=lambda p: _ratio(x, p[1]))
        shared = (a.contexts[i] & b.contexts[j]) - said_by
        if len(shared) >= 2:
            out.append((x, y, shared))
    return out


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_PERIODS = (
    # several years together: "from 2007 through 2014", "in 2010-2014"
    ("years", re.compile(r"(?i)\b(?:from|between) (?:19|20)\d\d (?:through|to|until|and) (?:19|20)\d\d\b|"
                         r"\b(?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d\b")),
    ("year", re.compile(r"(?i)year[- ]over[- ]year|(?:from|than|on) (?:a|one|the) year (?:earlier|before|ago)|"
                        r"(?:a|one) year ago|(?:over|in) the (?:past|last) (?:12 months|year)|12-month|annual|on the year|"
                        r"this year|last year|for the (?:full )?year|full[- ]year|\bfor (?:19|20)\d\d\b")),
    ("quarter", re.compile(r"(?i)quarter|(?:first|last|past) three months|\bQ[1-4]\b")),
    ("month", re.compile(r"(?i)month[- ]over[- ]month|(?:from|than) the (?:previous|prior) month|monthly|on the month|"
                         rf"last month|\bfrom (?:{_MONTHS})\b")),
)
# A figure for part of a measure ("core prices, excluding food and energy") or a forecast of it
_QUALIFIED = re.compile(r"(?i)\bcore\b|\bexclud(?:ing|es?)\b|\bcontrolling for\b|\bnot (?:counting|including)\b|"
                        r"\bstripping out\b|\bleaving out\b|"
                        # an increment is part of a total: "$5 trillion in new spending" is not the "$6 trillion budget"
                        r"(?-i:\bnew\b)|\badditional\b|\bextra\b|"
                        # a figure in effect ("effectively has only 51 votes") is not the count ("52 members"),
                        # and a whole that part is taken from ("some of the 20 people") not the part's count
                        r"\beffectively\b|\bin effect\b|"
                        r"\b(?:some|many|most|several|few|part|half) of (?:the|those|these|its|their)\b|"
                        # a part counted out of a whole: "Of the 26 who died, 16 of them were militants" (a figure
                        # right before it: "1,500 jobs, most of them in Brackwell" counts the whole)
                        r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
                        r"dozens?|hundreds?|thousands?))"
                        r" of (?:them|those|whom)\b")
# A count of one named site of a whole ("the Brackwell plant, which employs 4,500", "4,500 at its Brackwell
# plant"), and a count of the whole ("12,000 people worldwide", "in total"): two quantities, when only one
# report says which (a site noun needs its name, so "an explosion at a chemical plant killed 12" is no part)
_PART = re.compile(r"\b(?:the|its|their|a|an)\s+(?:[A-Z][\w'’-]+\s+)+(?:plant|factory|site|mill|mine|facility|works|"
                   r"depot|branch|campus|office|warehouse|store|shipyard|refinery|smelter|subsidiary|division|unit)s?\b")
_WHOLE = re.compile(r"(?i)\b(?:worldwide|globally|around the world|across the (?:world|globe|group|company|country)|"
                    r"nationwide|in total|all told|group-wide|company-wide)\b")
# A count at a moment ("within an hour of the announcement, ... had gained 28,000") is not the total ("more than
# 100,000"); the window may open the sentence, far from the figure
_WINDOW = re.compile(r"(?i)\bwithin (?:an?|one|the first|\d+|two|three|a few) (?:minutes?|hours?|days?|weeks?)\b|"
                     r"\bin the first (?:\w+ )?(?:minutes?|hours?|days?|weeks?)\b|"
                     r"\bin the (?:\w+ )?(?:minutes?|hours?) (?:after|following|since)\b")  # ("in the hour after the decision")
# A figure converted into another currency or unit, in parentheses after it ("6.4 billion euros ($7.7 billion)")
_CONVERTED = re.compile(r"\d[\d.,]*(?:\s*[A-Za-z%/]+){0,2}\s*\(\s*(?:about|around|roughly|some|nearly|approximately)?\s*$")
# ... or after "or" ("150 km/h, or about 93 mph"), for a measure
_OR_CONVERTED = re.compile(r"\d[\d.,]*\s*[A-Za-z/]{1,12},?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|approximately\s+)?$")
# A reading the text sets below the peak ("about 130 km/h, weaker than at its peak"): another quantity than the peak
_BELOW_PEAK = re.compile(r"(?i)\b(?:weaker|lower|slower|less|down|below|off|short of)\s+(?:than\s+)?(?:at\s+|from\s+)?"
                         r"(?:its|their|the|a)\s+peak\b|\b(?:after|since|having)\s+peak(?:ed|ing)\b")
_EXPECTED = re.compile(r"(?i)\bexpect(?:s|ed|ing|ations?)?\b|\bforecast(?:s|ed|ing)?\b|\bprojected\b|\bpredicted\b|"
                       r"\bconsensus\b|\banticipated\b")
# a price the market set ("shares closed up 27% at $29.77", "the closing price of $23.50"), not one a buyer
# pays or offers ("will pay $31.50 a share"): read in the words right before the figure; a close is another
# price than one in the day's trading ("rose 29 percent to $30.24 in morning trading")
_MARKET_PRICE = re.compile(r"(?i)\b(?:(?:shares?|stocks?)\b[^,;:]{0,30}?\b(?:clos|trad|end|finish|open|settl|rose|rise|"
                           r"fell|fall|jump|climb|drop|slid|slip|surg|gain|sank|sink|soar|tumbl|plung)\w*|"
                           r"(?:closing|share|stock|market)\s+price)\b[^,;:]{0,40}?\b(?:at|to|of|up|down)\s+"
                           r"(?:about\s+|around\s+|nearly\s+|almost\s+|(?:just\s+)?(?:over|under)\s+)?$")


def _market_price(text: str, n: Number) -> str:
    m = _MARKET_PRICE.search(text, max(0, n.start - 80), n.start)
    return "" if m is None else "close" if "clos" in m.group().lower() else "trading"


_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:but|while|although|though|whereas|yet|which|who)\b|\s\(")


_EVENT_RANKS = frozenset(stem(w) for w in "minute lap inning hole round".split())  # ranks of a moment in a match


def _event_figure(text: str, n: Number) -> bool:
    """A figure that is one quantity of the story however far its sentences' other words: the minute (lap,
    round) an event came in ("in the 57th minute"), a prison term imposed ("jailed for six years")."""
    return (n.measure == "ordinal" and n.unit.split()[-1] in _EVENT_RANKS) or prison_term(text, n) == "imposed"


def _ratio(x: Number, y: Number) -> float:
    """How many times the larger figure is the smaller (a zero counts as one)."""
    a, b = sorted((max(abs(x.value), 1.0), max(abs(y.value), 1.0)))
    return b / a


def _denied_content(text: str) -> set[str]:
    """What a sentence that is a denial denies: the content words after its denial ("denied that it had cut
    inspections" -> {cut, inspect}); empty for other sentences and for a bare "denies the claim"."""
    m = _denial(text)
    # (only a verb of denial names what it denies after it; "the report is false" names it before)
    if not m or not m[0].lower().startswith(("den", "reject", "dismiss", "disput", "refut")):
        return set()
    start, end = _denial_span(text, m)
    if start != 0 or _denied_negative(text):  # (a denial of a negative asserts: it denies nothing told)
        return set()
    # (within its clause: "denied the allegations, which the Post first reported" denies "the allegations";
    # nor is the reason given, "…, saying it found no irregularities", or a verdict, "as baseless", denied)
    reason = _DENIAL_REASON.search(text, m.end(), end)
    return set(content_stems(text[m.end(): reason.start() if reason else end])) - _DENIAL_WORDS


_DENIAL_REASON = re.compile(r",\s+(?:saying|adding|calling|insisting|arguing|and said)\b|\bas (?:baseless|false|untrue|"
                            r"unfounded|groundless|politically motivated|nonsense|absurd|fabricated)\b")
# (nor is where the report ran: "denied a newspaper report that it would cut jobs" denies the cuts)
_DENIAL_WORDS = frozenset({"claim", "report", "alleg", "accus", "newspap", "media", "press", "news", "magazin",
                           "tabloid"})


@lru_cache(maxsize=16384)  # (asked of each statement by several stages; a long search)
def _denial(text: str) -> re.Match[str] | None:
    """The first words of denial in a sentence (`_DENY`), if any."""
    return _DENY.search(text)


@lru_cache(maxsize=16384)  # (asked of each statement by several stages)
def _denial_led(text: str) -> bool:
    """The sentence is a denial: its first clause denies ("X denied that ...", not "..., but X denies ..."), and
    not of a negative, which asserts (`_denied_negative`)."""
    m = _denial(text)
    return bool(m) and _denial_span(text, m)[0] == 0 and not _denied_negative(text)


# A denial of a negative asserts the positive: "denied that its gummies were unsafe" is the maker's word that
# they are safe, "rejected claims that it had not been warned" that it had been (not "denied that it was safe").
# The group "neg" is the negation: a "not", "never", "no" or "n't" after the proposition's verb, or the "un-" of
# an adjective after "was" ("unaware", "unsafe"; not "under", "until", nor a verb, "uncovered", "unveiled").
# Only a proposition ("that ...") is read so, not "denied any wrongdoing and said it was not aware". Bounded: a
# subject of at most six words, within its clause (no punctuation, no second verb or joint).
_NEGATIVE_DENIED = re.compile(
    r"(?:(?<=that)|\s+that)\s+(?:(?!(?:and|but|or|as|while|because|said|says|after|when)\s)[\w'’-]+\s+){0,6}?"
    r"(?:(?:(?:was|were|is|are|had|has|have|did|does|do|would|will|could|can|should)\s+(?P<neg>not|never|no)"
    r"|(?:was|were|is|are|had|has|have|did|does|do|would|could|should|wo|ca)(?P<nt>n[’']t))\b"
    r"|(?:was|were|is|are|been|be)\s+(?:(?:so|too|very|in any way)\s+)?(?P<un>un)(?!der|til|less|ion|it|iv|iqu|"
    r"iform|ilateral|anim|veil|cover|leash|earth|ravel|lock|load|pack|fold|dergo|dertak)[a-z]{3,}\b)")


@lru_cache(maxsize=16384)  # (asked of each denial by several stages)
def _denied_negative(text: str) -> re.Match[str] | None:
    """The negation a sentence's denial denies, if what it denies is a negative (`_NEGATIVE_DENIED`)."""
    m = _denial(text)
    if not m or not m[0].lower().startswith(("den", "reject", "dismiss", "disput", "refut")):
        return None
    return _NEGATIVE_DENIED.match(text, m.end())


def _tells_negative(text: str, y: Statement) -> bool:
    """Statement y tells the negative that the denial in `text` denies (`_denied_negative`): its un- adjective
    ("the agency said the gummies were unsafe"), or a negation shortly before the word the denial's negation
    stands before ("denied that its crew had not been trained" / "the crew was not trained")."""
    n = _denied_negative(text)
    if n.group("un"):
        return bool(set(content_stems(text[n.start("un"): n.end()])) & set(y.stems))
    negated = content_stems(text[n.end(): n.end() + 40])[:1]
    return any(not negated or negated[0] in content_stems(y.text[m.end(): m.end() + 30])
               for m in _NEGATED.finditer(y.text))


def _as_asserted(text: str) -> str:
    """The words a sentence asserts: a denial of a negative without its denial and its negation ("Halvard
    denied that its gummies were unsafe" -> "Halvard  its gummies were safe"), so that its content words
    are those of the position it takes; any other sentence as written."""
    n = _denied_negative(text)
    if n is None:
        return text
    m = _denial(text)
    neg = next(g for g in ("neg", "nt", "un") if n.group(g))
    return text[: m.start()] + text[m.end(): n.start(neg)] + text[n.end(neg):]


def _denial_span(text: str, m: re.Match) -> tuple[int, int]:
    """The clause of the denial `m` (`_clause_span`), within its sentence: a statement may tell what is denied
    in a sentence of its own before it ("Tarvel says the men were spies. Oskaria rejects that claim.")."""
    lo, hi = _clause_span(text, m.start(), m.end())
    for b in _SENTENCE_BREAK.finditer(text):
        if b.end() <= m.start():
            lo = max(lo, b.end())
        elif b.start() >= m.end():
            return lo, min(hi, b.start())
    return lo, hi


_DESCRIPTION = re.compile(r"^[Tt]he\s+[a-z][\w-]*$")  # "the airline": a body named by what it is
_PROPER = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+$")  # "Norvale Air"


def _denier_keys(stmts: list[Statement], k: int) -> set[str]:
    """Who denies in statement k: its source, and when that is a description ("The airline denied ...")
    right after a sentence its article credits to a body by name ("Norvale Air said ..."), that body."""
    st = stmts[k]
    if st.attribution is None:
        return set()
    keys = {speaker_key(st.attribution.source)}
    prev = stmts[k - 1] if k else None
    if (_DESCRIPTION.match(st.attribution.source.strip()) and prev is not None and prev.article == st.article
            and prev.position == st.position - 1 and prev.attribution is not None
            and _PROPER.match(prev.attribution.source.strip())):
        keys.add(speaker_key(prev.attribution.source))
    return keys


def _own_other_denial(stmts: list[Statement], d: int, a: int) -> bool:
    """Statement d denies something other than what statement a asserts, and both are one actor's: "The
    airline denied reports that the engine had failed an inspection" / "Norvale Air said the engine had
    been inspected last month" is the airline's one position, no contest. (What is denied holds a word the
    assertion does not: the proposition differs.)"""
    src = stmts[a].attribution
    if src is None or speaker_key(src.source) not in _denier_keys(stmts, d):
        return False
    return bool(_denied_content(stmts[d].text) - set(stmts[a].stems))


def _denies(x: Statement, y: Statement) -> bool:
    """Whether x denies what y says: a denial in x whose clause holds most of y's content ("…, but the
    government denies any role in the attacks" denies the role, not the rest of the sentence)."""
    m = _denial(x.text)
    if not m:
        return False
    # (a denial of a negative denies only a report of the negative: "denied that its gummies were unsafe" denies
    # "the agency said the gummies were unsafe", not "Halvard said its products were safe")
    if _denied_negative(x.text) is not None and not _tells_negative(x.text, y):
        return False
    lo, hi = _denial_span(x.text, m)
    part = x.text[lo: hi]
    clause = set(content_stems(part) + names(part))
    said = set(y.stems)
    if not (said and len(said & clause) >= DENIAL_COVERS * len(said)):
        return False
    # (and y must say what is denied, the head of the proposition, not only share its setting: "denied that
    # any crash had been caused by the brake fault behind its recall of 352,000 Kestra SUVs" does not deny
    # "Vantor is recalling 352,000 Kestra SUVs")
    head = _denied_head(x.text, m)
    return not head or len(set(head) & said) > DENIAL_HEAD_HELD * len(set(head))


# A report that nothing of the kind was done, told as someone's word: "said no tear gas had been used", "said
# no shots were fired": a denial in other words
_NONE_TAIL = (r"((?:[a-z][\w'’-]{0,30}\s+){1,3}?)(?:had|has|have|was|were)\s+(?:ever\s+)?(?:been\s+)?([a-z]{2,30}ed|"
              r"(?:taken|stolen|given|seen|paid|shot|hurt|found|sent|made|held|kept|hit|done|sold|lost|"
              r"spent|broken|brought|thrown|driven|written|beaten|hidden|shown|told|caught|fought))\b")
_NONE_DONE = re.compile(r"(?i)\b(?:said|says|insisted|insists|maintained|maintains|stressed)(?:[:,]?\s+[\"“‘']|\s+(?:that\s+)?)"
                        r"no\s+" + _NONE_TAIL)
# ... or in the speaker's own words: '"No card data was taken," the chief executive said'
_NONE_DONE_QUOTED = re.compile(r"^[\"“‘']No\s+" + _NONE_TAIL)


def _none_done(st: Statement) -> re.Match | None:
    """A sourced report that nothing of the kind was done (`_NONE_DONE`, `_NONE_DONE_QUOTED`): a denial in
    other words. The match's groups are what was not done and the verb."""
    if st.attribution is None or "no " not in st.text.lower():
        return None
    return _NONE_DONE.search(st.text) or _NONE_DONE_QUOTED.match(st.text)
# an assertion that is no report of the act itself: a question, an inquiry into it, or its denial
_NOT_ASSERTED = re.compile(r"(?i)\b(?:whether|if|investigat\w*|inquiry|probe|allegations?|accus\w*|claims?|reports? that)\b")
# What a sentence does not state as fact: the condition it opens with ("If a ransom was paid, ...", "But if the
# storm reaches the coast, ..."), up to the clause's end, and, when it names no source of its own, the whole of a
# sentence that relays others' reports ("..., as has been reported"). Bounded: one clause of 200 characters.
# (Not covered: "whether" and "asked if": in news these mostly name what an inquiry or a decision is about, which
# another report states ("investigation into whether she broke the law by using a private server" / "... into
# her use of a private server"); nor "reportedly", "allegedly", or a condition after its main clause.)
_OPEN_CLAUSE = re.compile(r"(?i)^(?:(?:But|And|Yet|So)\s+)?(?:even\s+)?if\b[^,;:—–\"“”]{0,200}")
_RELAYED = re.compile(r"(?i)\bas (?:has|had|have|was|were) (?:been )?(?:widely |previously |earlier |first )?reported\b|"
                      r"\baccording to (?:unconfirmed |earlier |local |media |press |news )?reports\b")
OPEN_SHARE = 0.5  # share of what two statements have in common that one states and the other only supposes


def _open_stems(st: Statement) -> set[str]:
    """The content words a statement only supposes or relays (`_OPEN_CLAUSE`) and nowhere states."""
    text = mask_quotes(st.text)
    if st.attribution is None and _RELAYED.search(text):
        return set(st.stems)
    m = _OPEN_CLAUSE.match(text)  # (a sentence opening with a quotation is its speaker's words: not here)
    if m is None:
        return set()
    return set(content_stems(m.group(0))) - set(content_stems(text[m.end():]))


def _supposed_apart(x: Statement, y: Statement, ox: set[str], oy: set[str]) -> bool:
    """Most of what x and y have in common one states and the other only supposes or relays (ox, oy: their
    `_open_stems`): "A ransom of $3 million was paid ..." / "If a ransom of $3 million was paid, ...". Two
    conditions of one thing still tell one thing; a rule told as a condition ("If you are over 70, you can get
    the booster at any pharmacy") shares its main clause with a report of it."""
    shared = set(x.stems) & set(y.stems)
    return bool(shared) and len({w for w in shared if (w in ox) != (w in oy)}) > OPEN_SHARE * len(shared)


DENIED_ACT_HELD = 2 / 3  # share of the act a denial denies ("using tear gas") an assertion of it must hold
ACT_SPAN = 8  # words: ... within this many of a word naming who denies it


def _denied_act(st: Statement) -> tuple[set[str], set[str], tuple[str, ...], frozenset[str], bool] | None:
    """(the act a denial denies, who denies it, the head of a proposition denied, its predicate, whether its
    subject is a thing named by what it is), for a statement whose first
    clause denies an act ("In a statement, Kestrel police denied using tear gas" -> ({use, tear, gas}, {kestrel,
    polic}, ())) or that reports someone saying it was not done ("A police spokesman said no tear gas had been
    used"); None for others and for a denial of one word ("denied wrongdoing") or of no named act ("denied the
    reports"). A proposition with a subject of its own ("denied that any ransom had been paid for the hostages")
    has a head, its first two content words (ransom, paid): an assertion tells those together, by whoever, and
    what the proposition says of its subject, its predicate up to a preposition ("had been going too fast": go,
    fast; "had been paid for the hostages": paid); its subject is definite when it is "the" and a common noun."""
    text = st.text
    if _denial_led(text):
        m = _denial(text)
        verb = _DENIAL_VERB.match(text, m.start())
        start = verb.end() if verb else m.end()
        end = _clause_span(text, m.start(), m.end())[1]
        reason = _DENIAL_REASON.search(text, m.end(), end)
        denied = _SENTENCE_BREAK.split(text[start: reason.start() if reason else end], 1)[0]  # (its sentence)
        what = set(content_stems(denied)) - _DENIAL_WORDS
        who = set(content_stems(text[: m.start()])) - _ACTOR_NOISE
        prop = _OTHER_SUBJECT.match(denied)
        head = tuple(content_stems(denied[prop.start(1):])[:2]) if prop else ()
        core: frozenset[str] = frozenset()
        if prop:
            pred = re.findall(r"[\w’'-]+", denied[prop.end():])
            pred = pred[:next((k for k, w in enumerate(pred) if fold(w) in _PREPOSITIONS), len(pred))]
            core = frozenset(content_stems(" ".join(pred))) - _DENIAL_WORDS
        definite = bool(prop and _DEFINITE.fullmatch(prop.group(1).strip()))
    else:
        m = _none_done(st)
        if m is None:
            return None
        what = set(content_stems(f"{m.group(1)} {m.group(2)}"))
        who, head, core, definite = set(content_stems(st.attribution.source)) - _ACTOR_NOISE, (), frozenset(), False
    return (what, who, head, core, definite) if len(what) >= 2 and who and len(head) != 1 else None


# the end of a sentence inside a statement that runs on into a quotation ('... had been paid. "We do not pay')
# (not "Mr. Lind", "U.S. troops": a word of three letters at least before it, a capital after)
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
# what a denial denies, when it is a clause with a subject of its own and no pronoun standing for the denier
# ("that any ransom had been paid", "that the bolt had caused ..."; not "that it had cut ...", "using tear gas")
# (or "denied reports that the train had been speeding": the reports' proposition)
_OTHER_SUBJECT = re.compile(r"(?i)(?:(?:reports?|claims?|allegations?|suggestions?|accusations?)\s+)?"
                            r"that\s+(?!(?:it|he|she|they|we|its|his|her|their|our)\b)((?:[\w'’-]+\s+){1,4}?)"
                            r"(?:had|has|have|was|were|is|are|would|will)\b")
# a thing named by what it is, as a proposition's subject: "the train", "the driver" (not "the Heron", "any ransom")
_DEFINITE = re.compile(r"[Tt]he\s+[a-z][\w'’-]*")
DEFINITE_OWN_WORDS = 1  # content words besides the predicate a short assertion of it about another such thing holds


def _asserts_act(st: Statement, act: tuple[set[str], set[str], tuple[str, ...], frozenset[str], bool]) -> bool:
    """Whether a statement reports as done the act a denial denies, by whom it denies ("Police fired tear gas
    on Harbour Street, witnesses said" against "Kestrel police denied using tear gas"), on someone else's word."""
    what, who, head, core, definite = act
    said = set(st.stems)
    # (what a proposition's predicate says beyond the verb its head holds is denied too, not only its subject and
    # verb: "The train was going at about 80 mph" does not say that "the train had been going too fast"; a figure
    # is evidence at most. A head of the subject's words alone, "any bank details", leaves the verb free: "stolen")
    if head and core & set(head) and not core - set(head) <= said:
        return False
    # (a proposition about a thing named by what it is is asserted by a bare sentence that says its predicate, and
    # nothing else, of another thing of the story named so: "The driver was speeding." / "denied reports that the
    # train had been speeding")
    shortly = (definite and core and _DEFINITE.match(st.text) and st.attribution is None
               and len(said - core) <= DEFINITE_OWN_WORDS)
    # (a negation in who says it, "an official who asked not to be named", denies nothing)
    att = st.attribution
    own = st.text[: att.start] + " " + st.text[att.end:] if att and att.end - att.start < len(st.text) else st.text
    if ((len(what & said) < DENIED_ACT_HELD * len(what) and not shortly)
            or not (set(head) if head else who) & said and not shortly or _denial(st.text)
            or _NONE_DONE.search(st.text) or _NEGATED.search(own) or _NOT_ASSERTED.search(st.text)
            or (att is None and _RELAYED.search(st.text))):
        return False
    # (the denier's own account of what it did is its position, not a contest of it)
    if st.attribution and who & set(content_stems(st.attribution.source)):
        return False
    # (the actor and the act told together, "police fired tear gas", not words strewn over a long sentence:
    # "what the mayor knew about the ties between her aides and the contractor, ... her rival")
    ws = [stem(w) for w in words(st.text)]
    if head:  # (a proposition's subject and verb told together: "A ransom of $3 million was paid")
        return bool(shortly) or any(set(head) <= set(ws[p: p + ACT_SPAN + 1]) for p, w in enumerate(ws) if w == head[0])
    return any(len(what & set(ws[max(0, p - ACT_SPAN): p + ACT_SPAN + 1])) >= DENIED_ACT_HELD * len(what)
               for p, w in enumerate(ws) if w in who)


def _denial_sides(i: int, stmts: list[Statement],
                  acts: dict[int, tuple[set[str], set[str], tuple[str, ...], frozenset[str], bool]],
                  open_: np.ndarray) -> tuple[list[int], list[int]]:
    """(asserting, denying): the statements among `open_` that report an act done and those that deny it, when
    statement i does either and its story has both ("Police fired tear gas ..., witnesses said" / "Kestrel
    police denied using tear gas" / "A police spokesman said no tear gas had been used"), however unlike their
    words; each side's statements from articles of their own. Empty when there is no such contest."""
    if i in acts:
        act = acts[i]
    else:
        act = next((acts[d] for d in acts if d != i and _asserts_act(stmts[i], acts[d])), None)
    if act is None:
        return [], []
    what, who = act[0], act[1]

    def denier(d: int) -> bool:  # (who denies it, by name or as "the company" in an article that names it)
        src = stmts[d].attribution.source.strip() if stmts[d].attribution else ""
        return bool(acts[d][1] & who) or bool(_DESCRIPTION.match(src)) and any(
            who & set(st.stems) for st in stmts if st.article == stmts[d].article and st.position < stmts[d].position)

    deny = [d for d in acts if (d == i or d in open_) and denier(d)
            and len(acts[d][0] & what) >= 0.5 * min(len(acts[d][0]), len(what))]
    # (what any of the denials denies, in its words: "denied that the train had been going too fast" and "denied
    # reports that the train had been speeding" are one denial, and "The driver was speeding." asserts it)
    others = [acts[d] for d in deny if acts[d] is not act]
    asserting = [a for a in open_ if a not in acts and (_asserts_act(stmts[a], act)
                                                        or any(_asserts_act(stmts[a], o) for o in others))]
    if i not in acts:
        asserting = [i] + [a for a in asserting if a != i]
    by_article: dict[tuple[bool, int], int] = {}
    for k in deny + asserting:  # (one statement a side per article, the first)
        by_article.setdefault((k in deny, stmts[k].article), int(k))
    deny = [k for (d, _), k in by_article.items() if d]
    asserting = [k for (d, _), k in by_article.items() if not d]
    # (one outlet may set the two sides against each other when it credits the assertion to a source of its
    # own and the denial is that something happened at all: "..., an official who asked not to be named told
    # the Post" / "The ministry denied that any ransom had been paid"; a body's denial of its own act next to
    # the accusation, "The union said Harrow had ignored warnings. Harrow denied that it had ...", is the
    # article's account of one allegation, its denial written as a claim of its own)
    if (not deny or not asserting or len({stmts[k].group for k in deny + asserting}) < 2
            and not (act[2] and all(stmts[k].attribution for k in asserting))):
        return [], []
    return asserting, deny


# Where an outbreak began: "The first case was found in the town of Vilamar", "The outbreak began in Montelar"
_ORIGIN = re.compile(r"(?i)\b(?:first\s+(?:confirmed\s+)?(?:case|infection|patient)\s+(?:was|had been)\s+(?:found|detected|"
                     r"identified|confirmed|reported|recorded|diagnosed)|(?:outbreak|epidemic)\s+(?:began|started|originated|"
                     r"broke out))\s+(?:in|at)\s+(?:the\s+(?:town|village|city|district|region|province|county|hamlet)\s+of\s+)?"
                     r"(?-i:([A-Z][\w'’-]{1,40}(?:\s[A-Z][\w'’-]{1,40})?))")


def _origin_sides(i: int, stmts: list[Statement], articles: list[Article], origins: dict[int, str],
                  backers: list[dict[int, int]], open_: np.ndarray) -> dict[str, list[int]]:
    """{place: statements}: the place statement i says an outbreak began in, and another that statements of
    other outlets (`open_`: not yet written) give for it in other words ("The first case was found in Vilamar" /
    "The outbreak began in Montelar"), with the reports that back each (one statement an article). Empty
    unless both places are given and neither article names the other's place (a report of two towns: "began
    in Montelar, north of Vilamar", "schools in Vilamar are closed" tells where else the story is)."""
    def tells(k: int, place: str) -> bool:
        return bool(re.search(rf"\b{re.escape(place)}\b", articles[stmts[k].article].text))

    mine = origins[i]
    other = next((origins[j] for j in origins if j in open_ and stmts[j].group != stmts[i].group
                  and fold(origins[j]) != fold(mine) and not tells(j, mine) and not tells(i, origins[j])), None)
    if other is None:
        return {}
    sides: dict[str, list[int]] = {}
    seen: set[int] = set()
    for place in (mine, other):
        heads = [j for j in origins if (j == i or j in open_) and fold(origins[j]) == fold(place)]
        for j in heads + [k for j in heads for k in backers[j].values() if k in open_]:
            elsewhere = other if place == mine else mine
            if stmts[j].article not in seen and origins.get(j, "") == place and not tells(j, elsewhere):
                seen.add(stmts[j].article)
                sides.setdefault(place, []).append(int(j))
    return sides if len(sides) == 2 else {}


DENIAL_HEAD_HELD = 0.5  # a denied statement holds more than this share of the first half of what is denied
_DENIAL_VERB = re.compile(r"(?i)(?:den|reject|dismiss|disput|refut)\w*\s+")


def _denied_head(text: str, m: re.Match) -> list[str]:
    """The first half (two words at least) of the content words a denial's clause denies, in order: the
    proposition's subject and verb come first, its setting after ("denied firing tear gas at the marchers
    in Dunmore Square" -> fire, tear, gas). Empty when nothing follows the denial ("the report is false")."""
    verb = _DENIAL_VERB.match(text, m.start())
    start = verb.end() if verb else m.end()  # "denied firing": the act denied is in the match
    end = _denial_span(text, m)[1]
    reason = _DENIAL_REASON.search(text, m.end(), end)
    stems = list(dict.fromkeys(w for w in content_stems(text[start: reason.start() if reason else end])
                               if w not in _DENIAL_WORDS and w not in _VAGUE_STEMS))
    return stems[:max(2, -(-len(stems) // 2))]


# (a vague amount is a figure, no word of the act: "denied … it would cut hundreds of jobs" denies "to cut 800 jobs")
_VAGUE_STEMS = frozenset(content_stems(" ".join(_VAGUE_SIZES)))


def _other_scale(x: Number, y: Number) -> bool:
    """Two measures in other units ("90 minutes", "22 days") that also differ more than tenfold count
    different things; the same number in other units ("five years", "five months") may be a real slip."""
    if not (x.measure and y.measure and x.measure != y.measure and x.measure in MEASURES and y.measure in MEASURES):
        return False
    raw_x, raw_y = x.value / MEASURES[x.measure][1], y.value / MEASURES[y.measure][1]
    small, big = sorted((abs(x.value), abs(y.value)))
    return abs(raw_x - raw_y) > 1e-9 and big > 10 * small


def _period(text: str, n: Number) -> str:
    """The period a change is measured over, when the words around the figure say ("from a year
    earlier": "year"; "from May", "month-over-month": "month"), else ""."""
    lo = max(0, n.start - 60)
    window = text[lo: n.end + 60]
    near = [(min(abs(lo + m.start() - n.end), abs(lo + m.end() - n.start)), label)
            for label, pat in _PERIODS for m in pat.finditer(window)]
    if near:
        return min(near)[1]  # the nearest: "1.2% on the month and 4.8% on the year"
    # further off, a period the whole sentence names, when it names one only ("Last year, the couple
    # paid ... a rate of 35.7 percent")
    anywhere = {label for label, pat in _PERIODS if pat.search(text)}
    return anywhere.pop() if len(anywhere) == 1 else ""


def _periods(a: Statement, b: Statement, paired: list[tuple[int, int]]) -> tuple[list[str], list[str]]:
    """Each figure's period (`_period`), completed as a careful reader would: a figure the other report
    gives too has the period that report names ("1.2% in March" is monthly when the other says "1.2%
    on the month"), and an unmarked figure shares the period its sentence gives its other figures of the
    same unit ("climbed 1.2% in March, after the 0.7% of February": both monthly)."""
    pa = [_period(a.text, n) for n in a.numbers]
    pb = [_period(b.text, n) for n in b.numbers]
    for i, j in paired:
        pa[i], pb[j] = pa[i] or pb[j], pb[j] or pa[i]
    for st, ps in ((a, pa), (b, pb)):
        for k, n in enumerate(st.numbers):
            if not ps[k]:
                known = {ps[m] for m, o in enumerate(st.numbers) if ps[m] and o.unit == n.unit}
                if len(known) == 1:
                    ps[k] = known.pop()
    return pa, pb


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of `text` that holds the span start..end begins and ends (clauses end at
    `_CLAUSE_BREAK`)."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    lo = max((b.end() for b in breaks if b.end() <= start), default=0)
    hi = min((b.start() for b in breaks if b.start() >= end), default=len(text))
    return lo, hi


def _clause(text: str, start: int, end: int) -> str:
    lo, hi = _clause_span(text, start, end)
    return text[lo:hi]


# a move of a measure: the figure right after its verb ("rose 0.8%", "was up 0.6%", "fell by 2%")
_MOVE_BEFORE = re.compile(r"(?i)\b(?:rose|risen|gained|fell|fallen|lost|climbed|dropped|slipped|jumped|slid|surged|soared|"
                          r"tumbled|up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?$")
_AFTER_EVENT = re.compile(r"(?i)\b(?:after|following)\s+(?:the|its|his|her|their)\s+[a-z]")  # ("after the announcement")


_TIMES = re.compile(r"\s+times\b(?!\s+(?:a|an|per|each|every)\b)")  # (a multiple: "3.4 times the dose"; not "12 times a day")


def _moment(text: str, n: Number) -> str | None:
    """The moment the figure's clause gives it for: "window" ("Within an hour of the announcement, the page had
    gained 28,000", not "Police arrived within minutes, but the gunman had killed 4": `_WINDOW`), a clock time ("by 5
    p.m.", "as of 7 p.m.": `_as_of`), for a move "after" an event ("rose 0.8% after the announcement"), else None."""
    clause = _clause(text, n.start, n.end)
    if _WINDOW.search(clause):
        return "window"
    if (t := _as_of(clause)) is not None:
        return f"clock:{t}"
    moved = _MOVE_BEFORE.search(text, max(0, n.start - 30), n.start)
    return "after" if moved and _AFTER_EVENT.search(clause) else None


# A figure of what could be or is needed, not of what is: "two senators could block it", "as many as 100
# could die", "needs 60 votes", "the toll might reach 60"
# ("30 were killed and more could die" and "said 1,200 jobs would go" are counts: no verb, relative word or
# conjunction between the figure and its modal, and no reported "would")
_COULD = re.compile(r"^(?:\s+(?!(?:who|that|which|and|or|but|were|was|are|is|had|have|has)\b)[\w'’-]+){0,3}?"
                    r"\s+(?:could|might|can|(?-i:may))\b", re.IGNORECASE)
_NEEDS = re.compile(r"\b(?:needs?|requires?|would (?:take|need)|(?:could|might|may|would) (?:reach|top|exceed|hit|rise to|climb to))"
                    r"\s+(?:only\s+|just\s+|at least\s+|as many as\s+|more than\s+)?$", re.IGNORECASE)


def _hypothetical(text: str, n: Number) -> bool:
    lo, hi = _clause_span(text, n.start, n.end)
    return bool(_COULD.search(text[n.end: hi]) or _NEEDS.search(text[max(lo, n.start - 30): n.start]))


def _converted(text: str, n: Number) -> bool:
    before = text[max(0, n.start - 40): n.start]
    return bool(_CONVERTED.search(before) or (n.measure and _OR_CONVERTED.search(before)))


# What a plain count counts when the noun right after it says (up to two words between: "three nearby
# villages"): places or people. "Three villages" and "3,000 residents" are two quantities, not one contested.
_COUNTS_PLACES = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:villages?|towns?|cities|communities|districts|"
                            r"neighbou?rhoods|municipalities|settlements|hamlets|counties|provinces|regions|islands)\b")
_COUNTS_PEOPLE = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:people|persons|residents|villagers|inhabitants|"
                            r"locals|evacuees|families|households|children|adults)\b")


def _counts(text: str, n: Number) -> str:
    if n.unit:
        return ""
    after = text[n.end: n.end + 80]
    return "places" if _COUNTS_PLACES.match(after) else "people" if _COUNTS_PEOPLE.match(after) else ""


def _same_figure(x: Number, y: Number) -> bool:
    """One figure, maybe rounded or converted ("150 km/h" / "93 mph"), whatever hedges either."""
    return replace(x, approx="").agrees(replace(y, approx=""))


_READINGS = frozenset({"speed", "length", "mass", "area", "temperature"})


def _readings(st: Statement) -> list[Number]:
    """A statement's readings of the world: speeds, lengths, masses, areas, temperatures (not changes)."""
    return [x for x in st.numbers if x.unit in _READINGS and not x.delta]


def _same_day_figures(a: Statement, b: Statement, da: Days, db: Days) -> bool:
    """Two reports of one day that give the same measures ("hit on Monday with winds of up to 150 km/h" /
    "winds had peaked at 150 km/h, or about 93 mph, on Monday"): one reading, however unlike their words.
    (A reading of the world, a speed or a length; not a time: "jailed for six years on Monday" is one of many.)"""
    xs, ys = _readings(a), _readings(b)
    return (bool(xs and ys) and any(same_day(x, y) for x, *_ in da for y, *_ in db)
            and all(any(x.unit == y.unit and _same_figure(x, y) for y in ys) for x in xs)
            and all(any(x.unit == y.unit and _same_figure(x, y) for x in xs) for y in ys))


def _other_day_figures(a: Statement, b: Statement, da: Days, db: Days) -> bool:
    """Two reports of other days that give other values of one measure ("hit on Monday with winds of up to
    150 km/h" / "weakened on Tuesday, with winds of about 110 km/h"): two readings, though a hedge lets the
    one figure allow the other; neither backs the other. (Readings only: "more than 10 days of fighting" on
    Friday and "an 11-day war" on Thursday are one war.)"""
    if not da or not db or any(same_day(x, y) for x, *_ in da for y, *_ in db):
        return False
    xs, ys = _readings(a), _readings(b)
    return (any(x.unit == y.unit for x in xs for y in ys)
            and not any(x.unit == y.unit and _same_figure(x, y) for x in xs for y in ys))


def _near(pattern: re.Pattern, text: str, n: Number, before: int = 60, after: int = 60) -> bool:
    """Whether the words from `before` characters ahead of the figure to `after` past it match `pattern`."""
    return bool(pattern.search(text[max(0, n.start - before): n.end + after]))


# a figure the sentence credits to a source of its own, set beside its own figure ("measured the quake at
# magnitude 6.3, higher than the 6.1 first reported by the Drossmere Seismic Institute")
_OTHERS_FIGURE = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:(?:first|initially|originally|earlier|previously)\s+)?"
                            r"(?:reported|given|announced|estimated|measured|put|cited|released|issued|published|claimed)"
                            r"\s+by\s+(?:the\s+)?[A-Z]")


def _sourced_pair(st: Statement) -> tuple[int, int] | None:
    """(own, other's): the indices of a statement's figure and of another source's figure it sets beside it
    for the same thing (same unit, another value, a context word in common); None when it gives no such pair.
    Two sources' values side by side are a disagreement, not two quantities (see `_both_given`)."""
    other = [k for k, x in enumerate(st.numbers) if not x.delta and _OTHERS_FIGURE.match(st.text[x.end:])]
    for t in other:
        for o, x in enumerate(st.numbers):
            y = st.numbers[t]
            if (o not in other and not x.delta and x.unit == y.unit and x.value != y.value
                    and st.contexts[o] & st.contexts[t]):
                return o, t
    return None


def _sourced_contests(i: int, stmts: list[Statement], pairs: dict[int, tuple[int, int]],
                      open_: np.ndarray) -> list[tuple[int, tuple[Number, Number, set[str]]]]:
    """Statements (`open_`: of other outlets, not yet written) that give the other value of a pair some
    statement sets side by side (`_sourced_pair`) for what statement i gives one of: "magnitude 6.1, the
    Drossmere Seismic Institute said" / "the quake had a magnitude of 6.3, the Northern Geological Survey
    said", however little else their words share. Each with the figures and the context words in common."""
    s = stmts[i]
    mine = [k for k in range(len(s.numbers)) if not s.numbers[k].delta and (i not in pairs or k == pairs[i][0])]
    out = []
    for w, (o, t) in pairs.items():
        pw = stmts[w]
        said = pw.contexts[o] | pw.contexts[t]  # the words the pair gives its measure in ("magnitude")
        for k in mine:
            x = s.numbers[k]
            if x.unit != pw.numbers[o].unit or x.value not in (pw.numbers[o].value, pw.numbers[t].value):
                continue
            want = pw.numbers[t].value if x.value == pw.numbers[o].value else pw.numbers[o].value
            for j in open_:
                j = int(j)
                st = stmts[j]
                for m, y in enumerate(st.numbers):
                    if (j != i and not y.delta and (j not in pairs or m == pairs[j][0]) and y.unit == x.unit
                            and y.value == want and s.contexts[k] & st.contexts[m] & said
                            and all(j != c[0] for c in out)):
                        out.append((j, (x, y, s.contexts[k] & st.contexts[m])))
                        break
    return out


def _aboard_contests(i: int, stmts: list[Statement], aboard: list[Number | None], candidates: np.ndarray
                     ) -> list[tuple[int, tuple[Number, Number, set[str]]]]:
    """Statements among `candidates` that give another count of the people on board than statement i, however
    unlike their words ("The aircraft was carrying 160 people" / "A jet with 154 people on board"): one craft's
    count, when each of the two articles gives only one such count (`aboard`, by statement: `_aboard`)."""
    x = aboard[i]
    if x is None:
        return []
    given: dict[int, set[float]] = {}  # each article's counts on board
    for k, z in enumerate(aboard):
        if z is not None:
            given.setdefault(stmts[k].article, set()).add(z.value)
    out = []
    for j in candidates:
        j = int(j)
        y = aboard[j]
        if (y is not None and j != i and not x.agrees(y) and _ratio(x, y) <= ABOARD_RATIO
                and len(given[stmts[i].article]) == len(given[stmts[j].article]) == 1):
            out.append((j, (x, y, {stem("board")})))
    return out


# Two sources' figures for one count in one sentence, each credited in a clause of its own: "Police estimated
# the crowd at about 9,000, while organisers said 40,000 had marched". Evidence of the disagreement, not
# corroboration of either side (nor two quantities: `_both_given`).
_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+")
_SAYS = re.compile(r"(?i)\b(?:said|says|say|estimated|estimates|estimate|put|puts|counted|counts|claimed|claims|"
                   r"reported|reports|told|according to)\b")
TWO_SIDED_CLAUSES = 12  # clause breaks of a sentence looked at, at most (a sentence has few; bounds the work)
TWO_SIDED_RATIO = 20.0  # opposing estimates of one count lie within this factor ("12 arrested" / "50,000 marched" do not)


def _opposing(x: Number, y: Number) -> bool:
    """Two sources' values of one count: one unit, values that disagree, within TWO_SIDED_RATIO."""
    lo, hi = sorted((abs(x.value), abs(y.value)))
    return x.unit == y.unit and not x.agrees(y) and lo > 0 and hi <= TWO_SIDED_RATIO * lo


def _one_side(st: Statement, k: int, sides: tuple[Number, Number], held: set[str]) -> bool:
    """Figure k of `st` gives one of two sides' values, in words the pair counts it in (`held`)."""
    y = st.numbers[k]
    return (not y.delta and any(y.unit == z.unit and z.agrees(y) and _close(z, y) for z in sides)
            and bool(st.contexts[k] & held))


def _clause_source(clause: str) -> str | None:
    """The folded words before a clause's verb of saying ("police", "organisers from the alliance"), when
    the clause credits what it says to a source; else None."""
    m = _SAYS.search(clause)
    if not m:
        return None
    # ("according to organisers, 30,000 marched": the source follows)
    said = clause[m.end():].split(",")[0] if m.group().lower() == "according to" else clause[: m.start()]
    who = " ".join(fold(w) for w in words(said) if fold(w) not in STOPWORDS and not any(c.isdigit() for c in w))
    return who or None


# "Police put the number at 12,000": a source's estimate of a count, told without a verb of saying
_SOURCE_PUT_AT = re.compile(r"^(?P<src>(?:[A-Z][\w'’-]*|[Tt]he|[Aa]n?)(?:\s+[\w'’-]+){0,4}?)\s+(?:put|puts|placed|places|"
                     r"estimated|estimates)\s+(?:the\s+|its\s+|their\s+)?(?:number|figure|crowd|turnout|total|attendance|"
                     r"toll|count|size)(?:\s+[\w'’-]+){0,3}?\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$")


def _figure_source(st: Statement, n: Number) -> str | None:
    """Who statement st credits its figure n to: in a sentence that gives two sources' figures for one count
    (`_two_sided`), the source of n's own clause ("drew 12,000 people, police said, while the union said
    50,000 had taken part": 50,000 is the union's, not the police's); in one that names no source by a verb of
    saying, a source that "put the number at" it; else the statement's source."""
    if (c := _compared(st)) and any(st.numbers[k] is n for k in c[:2]):
        return st.attribution.source if st.numbers[c[0]] is n else c[2]
    if st.attribution is not None and len(st.numbers) > 1 and (two := _two_sided(st)) and any(st.numbers[k] is n for k in two):
        starts = [c.start() for c in itertools.islice(_CONTRAST.finditer(st.text), TWO_SIDED_CLAUSES)]
        ends = [c.end() for c in itertools.islice(_CONTRAST.finditer(st.text), TWO_SIDED_CLAUSES)]
        q = bisect.bisect_right(starts, n.start)
        clause = st.text[ends[q - 1] if q else 0: starts[q] if q < len(starts) else len(st.text)]
        own = attribution(clause)
        return own.source if own is not None else None
    if st.attribution is None and (m := _SOURCE_PUT_AT.match(st.text[: n.start])):
        return m.group("src")
    return st.attribution.source if st.attribution else None


def _next_word(text: str, n: Number) -> str:
    m = re.match(r"\s+([a-z][\w'’-]*)", text[n.end:])
    return m.group(1) if m else ""


def _counted_in(text: str, lo: int, hi: int, n: Number) -> tuple[str, str] | None:
    """`counted` read in the figure's own clause text[lo:hi] (each clause read once, however many)."""
    return counted(text[lo:hi], replace(n, start=n.start - lo, end=n.end - lo))


# A figure the sentence sets its own against as another source's: "12 attackers were killed, a lower figure than
# the 14 given earlier by the interior ministry", "plans to cut about 2,000 jobs, more than the 1,500 it announced",
# "only two of its fighters died, rejecting the government's figure of 14". (Read in the words right before the
# other figure; an expectation, "below the $1.3bn analysts had expected", is no source's count: no verb of giving.)
_COMPARED = re.compile(r",\s+(?:(?:a|an)\s+(?:(?:much|far|slightly|significantly)\s+)?(?:lower|higher|smaller|larger|"
                       r"bigger|greater)\s+(?:figure|number|toll|total|count|tally|estimate)\s+than|(?:(?:far|many|much|"
                       r"slightly|significantly|well)\s+)?(?:more|fewer|less|lower|higher)\s+than|(?:rejecting|disputing|"
                       r"contradicting|challenging|contesting|dismissing)\s+(?P<whose>[^,;]{1,40}?)\s+(?:figure|toll|"
                       r"count|tally|estimate|number|total)s?\s+of)\s+(?:the\s+)?(?:(?:about|around|some|roughly)\s+)?$")
# the other figure's clause credits it to its source ("the 14 given earlier by the ministry", "the 1,500 it announced")
_GIVEN = re.compile(r"\b(?:given|gave|announced|reported|said|stated|claimed|cited|published|released|issued|"
                    r"quoted|confirmed|offered|provided)\b")
_GIVEN_WORDS = frozenset("given gave announced reported said stated claimed cited published released issued quoted "
                         "confirmed offered provided earlier previously initially first originally by".split())
_OPENING_NAME = re.compile(r"(?:The\s+)?([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})\s+[a-z]")
COMPARED_REACH = 90  # characters before a figure its comparison is read in (a marker is a few words)


def _compared(st: Statement) -> tuple[int, int, str | None] | None:
    """(own, other, whose): a statement crediting its figure `own` to its source, that sets it against figure
    `other` it credits to another source (`_COMPARED`; whose, as written, when named). The other figure is no
    claim of the sentence's: its own figure disagrees with it. None when the two sources may be one: the other
    figure's source is the statement's own, or is "it" while the statement's source says it first ("The
    ministry said 30 died, more than the 25 it gave on Monday": its update)."""
    if st.attribution is None or len(st.numbers) < 2 or ", " not in st.text:
        return None
    return _compared_in(st.text, tuple(st.numbers), st.attribution)


@lru_cache(maxsize=16384)
def _compared_in(text: str, nums: tuple[Number, ...], said: Attribution) -> tuple[int, int, str | None] | None:
    """`_compared` of a statement's text, figures and attribution (asked for each pair `_conflicts` weighs:
    read once)."""
    for t, y in enumerate(nums):
        m = None if y.delta else _COMPARED.search(text, max(0, y.start - COMPARED_REACH), y.start)
        if m is None:
            continue
        own = [k for k, x in enumerate(nums[:t]) if not x.delta and x.end <= m.start()]
        if not own or not _opposing(nums[own[-1]], y):
            return None
        stop = min((i for i in (text.find(c, y.end) for c in ",;.") if i >= 0), default=len(text))
        if m.group("whose"):
            whose = m.group("whose")
        elif g := _GIVEN.search(text, y.end, stop):
            # (the source after "by", else before the verb: "given earlier by the ministry", "the 1,500 it announced")
            by = text.find(" by ", g.start(), stop)
            whose = text[by + 4: stop] if by >= 0 else text[y.end: g.start()]
        else:
            return None
        who = {fold(w) for w in words(whose) if fold(w) not in STOPWORDS and fold(w) not in _GIVEN_WORDS}
        mine = {fold(w) for w in words(said.source) if fold(w) not in STOPWORDS}
        if (who & mine) if who else said.start < y.start:
            return None
        if not who:  # ("it": the name the sentence opens with, "Halden Systems plans to cut ..."; else unnamed)
            opening = _OPENING_NAME.match(text)
            return own[-1], t, opening.group(1) if opening else None
        return own[-1], t, re.sub(r"['’]s$", "", whose.strip())  # ("the government's figure": the government)
    return None


def _against(st: Statement, n: Number | None) -> bool:
    """Whether statement st gives figure n only as another source's that it sets its own against (`_compared`)."""
    return n is not None and (c := _compared(st)) is not None and st.numbers[c[1]] is n


def _two_sided(st: Statement) -> tuple[int, int] | None:
    """The indices of the two figures a statement gives for one count from two sources, each in its own
    clause either side of "while", "whereas", "but" or a semicolon; None when it gives no such pair. What
    they count must not tell them apart: the same kind of count (`counted`), the same noun when both name
    one ("300 officers" / "2,000 people" are two counts), within TWO_SIDED_RATIO of each other."""
    text = st.text
    breaks = list(itertools.islice(_CONTRAST.finditer(text), TWO_SIDED_CLAUSES))
    starts = [c.start() for c in breaks]
    # each figure's clause, by the breaks around it (bisect: a long sentence of many clauses stays linear)
    clause: dict[int, list[int]] = {}
    for k, x in enumerate(st.numbers):
        if not x.delta:
            clause.setdefault(bisect.bisect_right(starts, x.start), []).append(k)
    for q in sorted(clause):
        before, after = clause[q], clause.get(q + 1, [])
        if q >= len(breaks) or len(before) != 1 or len(after) != 1:
            continue
        b = breaks[q]
        lo = breaks[q - 1].end() if q else 0
        hi = breaks[q + 1].start() if q + 1 < len(breaks) else len(text)
        x, y = st.numbers[before[0]], st.numbers[after[0]]
        a, c = _clause_source(text[lo: b.start()]), _clause_source(text[b.end(): hi])
        if (not a or not c or a == c or not _opposing(x, y)
                or _counted_in(text, lo, b.start(), x) != _counted_in(text, b.end(), hi, y)):
            continue
        nx, ny = _next_word(text, x), _next_word(text, y)
        if nx and ny and nx != ny and not ({fold(nx), fold(ny)} & STOPWORDS):
            continue
        return before[0], after[0]
    # (or its own figure set against another source's in a clause of comparison: `_compared`)
    return c[:2] if (c := _compared(st)) else None


def _two_sided_contests(i: int, stmts: list[Statement], sides: dict[int, tuple[int, int]],
                        open_: np.ndarray) -> list[tuple[int, tuple[Number, Number, set[str]]]]:
    """When statement i is a two-sided sentence (`_two_sided`), or gives one side's figure in words one
    holds: the statements (`open_`) that give either side's figure, each with i's figure and its own (its
    side is told by its value), in words the two-sided sentence holds ("Organisers said 40,000 people took
    part" / "Police said about 9,000 took part"), and the two-sided sentence itself when it is open
    and not i."""
    s = stmts[i]
    # (its own two sides first: another sentence giving both sides too agrees with it on both, no contest)
    for w, (o, t) in sorted(sides.items(), key=lambda side: side[0] != i):
        pw = stmts[w]
        p = (pw.numbers[o], pw.numbers[t])
        held = _sides_words(pw, o, t)
        if w == i:
            x = p[0]
        else:
            x = next((y for k, y in enumerate(s.numbers) if _one_side(s, k, p, held)), None)
            if x is None:
                continue
        out = [] if w == i or w not in {int(j) for j in open_} else [(w, (x, p[1] if x.agrees(p[0]) else p[0], held))]
        for j in open_:
            j = int(j)
            st = stmts[j]
            if j in (i, w):
                continue
            if j in sides:
                # another two-sided sentence that gives one of these sides' figures, in words they hold, and a third
                # figure for the count the sentence sets against it, is a third side ("12 attackers were killed, a
                # lower figure than the 14 given by the ministry" beside "only two died, rejecting the government's
                # figure of 14"); one that gives both sides agrees with this one, no side
                ks = sides[j]
                new = [k for k in ks if not any(st.numbers[k].agrees(z) for z in p)]
                if len(new) == 1 and any(not st.numbers[k].delta and st.numbers[k].unit == z.unit and _close(z, st.numbers[k])
                                         for k in ks if k != new[0] for z in p):
                    own = st.numbers[new[0]]
                    also = _sides_words(st, *ks)
                    # (what it counts: the kind of count the sides' figures are, in words both sentences hold; as
                    # `_conflicts` tells two counts apart, by kind: "the dead", whoever they were)
                    kind = counted(st.text, own)
                    if (also & held and _opposing(p[0], own) and _opposing(p[1], own)
                            and kind is not None and kind[0] == (counted(pw.text, p[0]) or ("",))[0]):
                        out.append((j, (x, own, also & held)))
                continue
            m = next((k for k in range(len(st.numbers)) if _one_side(st, k, p, held)), None)
            if m is not None:
                out.append((j, (x, st.numbers[m], st.contexts[m] & held)))
        return out
    return []


def _sides_words(st: Statement, o: int, t: int) -> set[str]:
    """The words a two-sided statement (`_two_sided`: figures o and t) tells what its sides count in: both
    figures' contexts, or of a comparison (`_compared`) its own figure's, less the comparison clause's."""
    if (c := _compared(st)) and c[:2] == (o, t):
        # (what the own figure counts, not the words of the comparison's clause: "attackers killed", not
        # "lower figure" or the other's "given earlier by the ministry")
        y = st.numbers[t]
        marker = _COMPARED.search(st.text, max(0, y.start - COMPARED_REACH), y.start)
        stop = min((k for k in (st.text.find(b, y.end) for b in ",;.") if k >= 0), default=len(st.text))
        return st.contexts[o] - {stem(w) for w in words(st.text[marker.start(): stop])}
    return st.contexts[o] | st.contexts[t]  # (its sides' sources and what they count)


# Another source's figure for the count the sentence before gives, set against it: "The fire service put the
# number of homes destroyed at 120. Alder said the true figure was closer to 150." Each sentence is one side.
_ANSWER = re.compile(r"(?i)\b(?:figure|number|toll|count|total|tally)\s+(?:was|is|were|are|would be|could be|may be|"
                     r"might be|stood|stands)\s+(?:closer to|nearer(?: to)?|more like|as (?:high|many) as)\s+"
                     r"(?:about\s+|around\s+|some\s+)?$")
# the words of the pair's own phrasing, which say nothing of what is counted
_ANSWER_WORDS = frozenset(stem(w) for w in "put puts number figure total tally estimate true real actual closer".split())


def _answered(stmts: list[Statement], w: int) -> tuple[int, int, int] | None:
    """(v, o, t) when statement w gives, as someone's, another figure (its number t) for the count the
    sentence right before it in its article (v) gives as its one figure (number o); else None."""
    st, v = stmts[w], w - 1
    if v < 0 or stmts[v].article != st.article or st.position - stmts[v].position != 1:
        return None
    given = [k for k, y in enumerate(st.numbers) if not y.delta]
    if len(given) != 1 or not _ANSWER.search(st.text[max(0, st.numbers[given[0]].start - 60): st.numbers[given[0]].start]):
        return None
    t, y = given[0], st.numbers[given[0]]
    if not _SAYS.search(st.text[: y.start]):
        return None  # (its own words are no side: "the total was closer to 150 than to 200")
    before = [k for k, x in enumerate(stmts[v].numbers) if not x.delta]
    if len(before) != 1:
        return None
    o, x = before[0], stmts[v].numbers[before[0]]
    if not _opposing(x, y) or not (stmts[v].contexts[o] - _ANSWER_WORDS) or _same_source(stmts[v], st):
        return None  # (one source's two figures are no two sides)
    return v, o, t


def _answered_contests(i: int, stmts: list[Statement], answers: dict[int, tuple[int, int, int]],
                       open_: np.ndarray) -> list[tuple[int, tuple[Number, Number, set[str]]]]:
    """When statement i gives one side's figure of a pair `_answered` finds, in words the first sentence
    of the pair counts it in: the statements (`open_`) that give either side's figure in those words, and
    the pair's own two sentences, each with i's figure and its own ("destroyed 120 homes" / "'We believe
    about 150 homes have been lost,' Alder said")."""
    s = stmts[i]
    for w, (v, o, t) in answers.items():
        p = (stmts[v].numbers[o], stmts[w].numbers[t])
        held = stmts[v].contexts[o] - _ANSWER_WORDS  # (what is counted: "homes destroyed")


        kx = t if i == w else next((k for k in range(len(s.numbers)) if _one_side(s, k, p, held)), None)
        if kx is None:
            continue
        x = s.numbers[kx]
        shared = (s.contexts[kx] & held) or held
        out = []
        for j in open_:
            j = int(j)
            st = stmts[j]
            y = st.numbers[t] if j == w else next((st.numbers[k] for k in range(len(st.numbers)) if _one_side(st, k, p, held)), None)
            if j != i and y is not None:
                out.append((j, (x, y, shared)))
        return out
    return []


# a figure credited to a source in its own words ("who won 46 percent according to his own campaign's count")
_CREDITED = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,2}?,?\s+according to\b")
# whose share or tally a figure is: the name that won or took it ("Brenik took 44.1%", "Tomas Brenik, who won 46 percent")
_HOLDER = re.compile(r"\b([A-Z][\w'’-]+)(?:,\s+who)?\s+(?:won|took|got|received|secured|polled|garnered)\s+"
                     r"(?:(?:about|around|just|nearly|almost|over|under|some|roughly|only)\s+|(?:more|less) than\s+)?$")


def _held(st: Statement, k: int) -> str | None:
    """The name whose share or tally the statement's figure k is, when the words right before it say."""
    m = _HOLDER.search(st.text[max(0, st.numbers[k].start - 60): st.numbers[k].start])
    return fold(m.group(1)) if m else None


def _credited_contests(i: int, stmts: list[Statement], candidates: np.ndarray
                       ) -> list[tuple[int, tuple[Number, Number, set[str]]]]:
    """Statements among `candidates` that give another value of one name's share or tally than statement i,
    one of the two credited to a source of its own ("Brenik took 44.1% of the vote" / "Brenik, who won 46
    percent according to his own campaign's count"): a claimed figure set against another, kept beside it
    even when its sentence is written under another claim, where the figure would otherwise be lost."""
    s = stmts[i]
    out = []
    for k, x in enumerate(s.numbers):
        holder = None if x.delta else _held(s, k)
        if not holder:
            continue
        x_credited = bool(_CREDITED.match(s.text[x.end:]))
        for j in candidates:
            j = int(j)
            st = stmts[j]
            for m, y in enumerate(st.numbers):
                if (j != i and not y.delta and y.unit == x.unit and not x.agrees(y) and _held(st, m) == holder
                        and x_credited != bool(_CREDITED.match(st.text[y.end:])) and all(j != c[0] for c in out)):
                    out.append((j, (x, y, (s.contexts[k] & st.contexts[m]) or {stem(holder)})))
                    break
    return out


# another source's figure for what the sentence before counts: "The company put the number at 1,200."
_PUT_AT = re.compile(r"(?i)\b(?:put|puts|putting|set|sets|placed|places)\s+(?:the|its|their|that)\s+(?:number|figure|total|"
                     r"toll|count|tally|estimate)\s+at\s+(?:about\s+|around\s+|some\s+)?$")


def _restating(stmts: list[Statement], j: int, x: Number) -> tuple[int, Number] | None:
    """The sentence right after statement j in its article, when it only gives another source's figure for
    what j counts, and that figure is x's ("Orvanta will cut 1,500 jobs, union officials said. The company
    put the number at 1,200."): its article gives both sides of a contest."""
    k = j + 1
    if k >= len(stmts) or stmts[k].article != stmts[j].article or stmts[k].position - stmts[j].position != 1:
        return None
    st = stmts[k]
    given = [n for n in st.numbers if not n.delta and _PUT_AT.search(st.text[max(0, n.start - 40): n.start])]
    return (k, given[0]) if len(given) == 1 and given[0].unit == x.unit and given[0].agrees(x) else None


CONVERSION_RATIO = 3.0  # a sum and its conversion lie within this factor ("£85m" / "$108 million"; not a weekly wage)


# An open question a sentence raises rather than asserts: "will investigate whether the deal reduces competition"
_OPEN_QUESTION = Caseless(r"\b(?:whether|(?:investigat|examin|assess|determin|consider|decid|review|stud|check|ask)\w*"
                          r"\s+if|to see if)\b")


def _asserted_stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case content stems (`_lower_stems`) a sentence asserts, and those it holds only in an open
    question, from "whether" to the clause's end ("whether the deal reduces competition, the regulator said")."""
    asked, rest, at = [], [], 0
    for m in _OPEN_QUESTION.finditer(text):
        if m.start() < at:
            continue
        end = next((k for k in range(m.end(), len(text)) if text[k] in ",;:"), len(text))
        rest.append(text[at: m.start()])
        asked.append(text[m.end(): end])
        at = end
    rest.append(text[at:])
    return _lower_stems(" ".join(rest)), _lower_stems(" ".join(asked))


def _answers_open(head: Statement, backer: Statement) -> bool:
    """`backer` asserts what `head` only asks, and tells what head asserts besides: "The authority said the deal
    could reduce competition in the market for hospital software and that it would open an investigation"
    says more than "The authority will investigate whether the deal reduces competition"."""
    at = head.attribution  # (who says it is no part of what it says: "..., the regulator said")
    told, asked = _asserted_stems(head.text[: at.start] + " " + head.text[at.end:] if at else head.text)
    if len(asked) < OPEN_ANSWER_WORDS:
        return False
    its, _ = _asserted_stems(backer.text)
    return len(asked & its) >= OPEN_ANSWER_SHARE * len(asked) and len(told & its) >= OPEN_TOLD_SHARE * len(told)


OPEN_ANSWER_WORDS = 2  # lower-case content words an open question needs to be answered by another sentence
OPEN_ANSWER_SHARE = 0.6  # ... and the share of them the other sentence asserts
OPEN_TOLD_SHARE = 0.75  # ... and the share of what the question's sentence asserts that it holds too (it is written instead)


def _in_own_currency(members: list[int], stmts: list[Statement], grp: np.ndarray, salience: np.ndarray,
                     leans: np.ndarray) -> int:
    """The member to name a claim by: its head (members[0]), unless the head gives a sum in a currency no
    other outlet of the claim gives it in, and another member gives that sum in the currency the most
    outlets give it in: the clubs' "£85m", not one outlet's "$108 million" conversion of it."""
    def money(st: Statement) -> list[tuple[int, Number]]:
        return [(k, x) for k, x in enumerate(st.numbers) if not x.delta and len(x.unit) == 1 and x.unit != "%"]

    def support(y: Number) -> int:  # the outlet groups of the claim that give the sum as written
        return len({int(grp[j]) for j in members if any(z.unit == y.unit and _close(z, y) for _, z in money(stmts[j]))})

    head = stmts[members[0]]
    lone = [(k, x) for k, x in money(head) if support(x) == 1]
    best, key = members[0], (1, float("inf"))  # (more outlets than the head's one, then the more salient)
    for j in members[1:]:
        st = stmts[j]
        for m, y in money(st):
            if (lone and not leans[j] and any(y.unit != x.unit and st.contexts[m] & head.contexts[k]
                                              and _ratio(x, y) <= CONVERSION_RATIO for k, x in lone)
                    and (support(y) > key[0] or (support(y) == key[0] > 1 and salience[j] > key[1]))):
                best, key = j, (support(y), salience[j])
    return best


def _grounded_head(members: list[int], stmts: list[Statement], values: list[Number],
                   sides: dict[int, tuple[int, int]], salience: np.ndarray) -> int:
    """The member to name a claim contested on a figure by (`values`: the figures set against each other): the
    best-grounded report of the contest, one that gives both sides' figures each credited to its source ("drew
    12,000 people, police said, while the union said 50,000 had taken part"), else one that credits the figure it
    gives ("About 50,000 took part, according to the organisers"), else the head (members[0]): a bare figure ("50,000
    teachers marched") would state one side's count as fact. Among equals, the more salient."""
    def rank(j: int) -> int:
        st = stmts[j]
        given = [x for x in st.numbers if not x.delta and any(x.unit == v.unit and _close(v, x) for v in values)
                 and not _near(_EXPECTED, st.text, x, 50, 25)]  # (a forecast is no side: "expect 40,000")
        if not given:
            return 3
        two = sides.get(j)
        if two and all(any(st.numbers[k].unit == v.unit and _close(v, st.numbers[k]) for v in values) for k in two):
            return 0
        return 1 if any(_figure_source(st, x) for x in given) else 2

    ranks = {j: rank(j) for j in members}
    best = min(members, key=lambda j: (ranks[j], -salience[j]))
    return best if ranks[best] < ranks[members[0]] else members[0]


def _own_figure(st: Statement, x: Number) -> Number | None:
    """x itself when statement st gives it, else st's figure of the same value (`_close`), if any. (Its own
    figure when it is the other source's figure st compares its own with, told in the comparison's words:
    "12 attackers were killed, a lower figure than the 14 given earlier by ...")"""
    y = x if any(y is x for y in st.numbers) else next(
        (y for y in st.numbers if not y.delta and y.unit == x.unit and _close(x, y)), None)
    if y is not None and (c := _compared(st)) and st.numbers[c[1]] is y:
        return st.numbers[c[0]]
    return y


def _most_backed_about(about: str | None, fig: Number, variants: list[Variant], members: list[int],
                       stmts: list[Statement], articles: list[Article]) -> str | None:
    """A contest's label in the words of its most-backed side, when `about` was read from a report (`fig`: its
    figure) of a side fewer outlets give: "killed attackers" of the ministry's 14 (and the army's 12), not the
    group's own "fighters died" of its 2. The top side's first report against another side's, as `_about` reads
    them; `about` as it was when those give no label (or the sides tie)."""
    def value_of(v: Variant) -> Number | None:
        ns = numbers(v.value)
        return ns[0] if len(ns) == 1 else None

    mine = next((v for v in variants if (y := value_of(v)) is not None and abs(y.value - fig.value) < 1e-9), None)
    top = variants[0] if variants else None
    if top is None or mine is None or mine is top or len(top.outlets) <= len(mine.outlets) or (ref := value_of(top)) is None:
        return about
    at = {(articles[stmts[j].article].id, stmts[j].start): j for j in members}
    heads = [at.get((v.evidence[0].article_id, v.evidence[0].start)) if v.evidence else None for v in variants]
    if heads[0] is None or (x := _own_figure(stmts[heads[0]], ref)) is None:
        return about
    for j in heads[1:]:
        for a, _, shared in (_conflicts(stmts[heads[0]], stmts[j]) if j is not None else []):
            if a is x and shared and (label := _about(stmts[heads[0]].text, shared, x)):
                return label
    return about


def _both_given(x: Number, y: Number, stmts: list[Statement]) -> bool:
    """Whether one statement gives both figures: then they are two quantities ("1.2% on the month and
    4.8% on the year"), not two versions of one, whatever the other statements leave unsaid."""
    def gives(st: Statement, z: Number) -> bool:
        return any(n.unit == z.unit and not n.delta and abs(n.value - z.value) < 1e-9 for n in st.numbers)
    return any(gives(st, x) and gives(st, y) for st in stmts)


Days = list[tuple[str, set[str], bool]]  # a statement's days: (ISO day, what happened on it, from a weekday)


def _days(st: Statement, art: Article) -> Days:
    """The days a statement gives: a month and day, or a weekday resolved against its article's date ("on
    Monday" in Thursday's paper) that is not the day a verb of saying gives ("said on Tuesday": outlets
    of other days report one statement on other days) nor one a day spells out ("Monday, March 3")."""
    ds = dates(st.text, art.published, art.text)
    return [(d.iso, _date_context(st.text, d), d.kind == "weekday") for k, d in enumerate(ds) if d.iso and (
        d.kind == "day" or (d.kind == "weekday" and not d.said and not (
            k + 1 < len(ds) and ds[k + 1].kind == "day" and re.fullmatch(r",?\s*", st.text[d.end: ds[k + 1].start]))))]


WEEKDAY_CONTEST_DAYS = 2  # how far a weekday may fall from a month and day it contests
WEEKDAYS_SAME = 2  # words of what happened two weekdays of other names must share to contest


def _other_days(da: Days, db: Days) -> str:
    """How two statements' days relate: "" when either gives none or they share one, "contest" when they
    give one thing different days ("killed on Monday" / "killed on Tuesday"), "other" when their days
    are of other things ("set a May 1 deadline" / "repeated a March 16 request"): two facts.
    A weekday names its day only within the week its article's date anchors, and that date is often a
    day off (time zones, late editions): it contests only a month and day at most WEEKDAY_CONTEST_DAYS
    from it ("failed on Monday night" in Thursday's paper / "failed on September 8"), and never makes
    two facts of other days."""
    if any(same_day(x, y) for x, *_ in da for y, *_ in db):
        return ""
    ea = [(x, cx) for x, cx, weekday in da if not weekday]
    eb = [(y, cy) for y, cy, weekday in db if not weekday]
    if ea and eb:
        # a day that stands in a clause of its own ("On March 3, police ...") says nothing of what happened
        # on it: the old verdict, a contest, holds
        if any(not cx for _, cx in ea) or any(not cy for _, cy in eb):
            return "contest"
        return "contest" if any(cx & cy for _, cx in ea for _, cy in eb) else "other"
    # two end days given as weekdays ("closed until Thursday" / "until Friday") contest, as two months and
    # days would: one thing cannot end on both. (By their names: "are cancelled until Wednesday" and "were
    # cancelled until Wednesday" may resolve a week apart, yet name one day.)
    ua = {date.fromisoformat(x).weekday() for x, cx, wx in da if wx and cx & _UNTIL and "--" not in x[:2]}
    ub = {date.fromisoformat(y).weekday() for y, cy, wy in db if wy and cy & _UNTIL and "--" not in y[:2]}
    if ua and ub and not ua & ub:
        return "contest"
    # (two statements of one fact that each give one day need not word it alike: "derailed near Casterwick
    # on Friday evening" / "came off the rails outside Casterwick on November 5", unless one is a bound)
    alone = len(da) == 1 and len(db) == 1 and not (da[0][1] | db[0][1]).intersection(_BOUNDS)
    # two weekdays of other names for one act, that resolve at most WEEKDAY_CONTEST_DAYS apart ("found alive
    # on Sunday" / "on Saturday night" in Monday's papers) contest: one act, one day. (Papers a week apart
    # resolve them far apart: no contest; nor when what happened on them has fewer than WEEKDAYS_SAME words in
    # common: "hit companies Friday" / "affected companies late on Sunday demanded" are two acts.)
    if alone and da[0][2] and db[0][2] and "--" not in (da[0][0][:2], db[0][0][:2]):
        (x, cx, _), (y, cy, _) = da[0], db[0]
        dx, dy = date.fromisoformat(x), date.fromisoformat(y)
        if dx.weekday() != dy.weekday() and abs((dx - dy).days) <= WEEKDAY_CONTEST_DAYS and len(cx & cy) >= WEEKDAYS_SAME:
            return "contest"
    for (x, cx, wx), (y, cy, wy) in itertools.product(da, db):
        if wx != wy and "--" not in (x[:2], y[:2]) and (not cx or not cy or cx & cy or alone) and (
                abs((date.fromisoformat(x) - date.fromisoformat(y)).days) <= WEEKDAY_CONTEST_DAYS):
            return "contest"
    return ""


DATE_CONTEXT = 3  # content words each side of a date that say what happened on it


_DATE_CLAUSE = re.compile(r"[,;()—–]|:(?!\d)|--")  # (not the colon of "10:30")
_BOUNDS = ("until", "till", "by", "before", "after", "since", "through")
_BOUND_BEFORE = re.compile(rf"(?i)\b({'|'.join(_BOUNDS)})\s*$")
_UNTIL = frozenset({"until", "till"})  # (the bounds that end what a date is given for)
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$")


def _date_context(text: str, d: DateMention) -> set[str]:
    """The stems of the ordinary words just around a date, within its clause (names left out: both
    reports name the same people whatever happened on which day)."""
    def plain(segment: str) -> list[str]:
        return content_stems(" ".join(w for w in words(segment) if not w[:1].isupper()))
    head = text[: d.start]
    weekday = _WEEKDAY_BEFORE.search(head)  # "on Monday, March 3"
    head = head[: weekday.start()] if weekday else head
    before = _DATE_CLAUSE.split(head)[-1]
    after = _DATE_CLAUSE.split(text[d.end:])[0]
    # "until June 1", "by March 3": a deadline or a bound, not the day something happened
    bound = _BOUND_BEFORE.search(before)
    return (set(plain(before)[-DATE_CONTEXT:]) | set(plain(after)[:DATE_CONTEXT])
            | ({bound.group(1).lower()} if bound else set()))


def _evidence(st: Statement, a: Article) -> Evidence:
    return Evidence(a.id, a.outlet, st.text, st.start, st.end,
                    st.attribution.source if st.attribution else None, a.published, a.copy_of)


def _once_per_side(evidence: list[Evidence], variants: list[Variant]) -> list[Evidence]:
    """A contested claim's evidence with each article once per side: an article's second sentence that gives no
    side the first does not is no second piece of evidence (a backer beside its own article's side of the
    contest). An article stays on two sides when its words give two values: that it said both is the reader's
    to see. (A side's own evidence keeps every sentence that gives it: "about 110", then "closer to 110".)"""
    if not variants:
        return evidence  # (an agreed claim's repeats from its backers' articles are their evidence)

    def key(e: Evidence) -> tuple[str, int]:
        return e.article_id, e.start

    sides: dict[tuple[str, int], set[int]] = {}
    for x, v in enumerate(variants):
        for e in v.evidence:
            sides.setdefault(key(e), set()).add(x)
    kept: dict[str, list[set[int]]] = {}  # each article's kept evidence, by the sides each gives
    keep = set()
    head = sides.get(key(evidence[0]), set()) if evidence else set()
    # (the head first, then the evidence that gives a side, then the rest, each in the claim's order; evidence
    # that gives no side backs the head, and stands on its side)
    for k, e in sorted(enumerate(evidence), key=lambda p: (p[0] > 0, not sides.get(key(p[1])), p[0])):
        mine = sides.get(key(e)) or head
        had = kept.setdefault(e.article_id, [])
        if k and any(mine <= s for s in had):
            continue
        had.append(mine)
        keep.add(k)
    return [e for k, e in enumerate(evidence) if k in keep]


def _sort_time(a: Article) -> str:
    return a.published or "9999"


def _outlet_key(name: str) -> str:
    """An outlet's name as compared with a source's: folded, without a leading "the" ("The Kessel Ledger")."""
    return re.sub(r"^the\s+", "", fold(name).strip())


def _relays_as_outlet(stmts: list[Statement], articles: list[Article]) -> np.ndarray:
    """A statement that gives another outlet of the story as its source ("The Kessel Ledger reported on
    Monday that ...") relays that outlet's report: it is no independent source beside it, so it counts in
    that outlet's group (as a reprint counts in its original's), which is credited for it. (Not a party's
    word, "Halvorsen Systems denied ...": a party's own release is kept apart otherwise, `_party_apart`.)
    Returns which statements relay another outlet's report."""
    relay = np.zeros(len(stmts), dtype=bool)
    group_of: dict[str, int] = {}
    news = [press_release(a) is None for a in articles]
    for st in stmts:
        if news[st.article]:
            group_of.setdefault(_outlet_key(articles[st.article].outlet or ""), st.group)
    group_of.pop("", None)
    for k, st in enumerate(stmts):
        if st.attribution is not None:
            g = group_of.get(_outlet_key(st.attribution.source))
            if g is not None and g != st.group:
                st.group = g
                relay[k] = True
    return relay


DENIED_LABEL_WORDS = 10  # a denied clause this short names a denial contest ("whether the train was speeding")
# (a pronoun in the clause stands for someone the label does not name: "whether it had been going too fast")
_LABEL_PRONOUNS = frozenset("it its they them their he him his she her we us our i my you your this these those".split())


# the two sides of a denial contest, whatever its label ("whether it happened", "whether the train had been
# going too fast"): what one report asserts and another denies
DENIAL_SIDES = ("asserts", "denies")


def is_denial(values: list[str]) -> bool:
    """Are these a contest's variant values those of a denial (`DENIAL_SIDES`)?"""
    return tuple(values) == DENIAL_SIDES


def _denied_about(text: str) -> str | None:
    """A denial contest's label from what the denial denies, when the sentence opens with it and denies a clause
    ("Varenland Rail denied that the train had been going too fast." -> "whether the train had been going too
    fast"): the clause whole to the sentence's end, short, in plain words; else None."""
    m = _denial(text)
    if not m or not m[0].lower().endswith("that") or not _denial_led(text):
        return None
    clause = text[m.end():].strip()
    if not clause.endswith(".") or not re.fullmatch(r"[\w’'-]+(?: [\w’'-]+)*", clause[:-1]):
        return None  # (a clause with more after it, a quotation or a second clause, is not whole)
    toks = clause[:-1].split()
    if not 2 <= len(toks) <= DENIED_LABEL_WORDS or any(fold(w) in _LABEL_PRONOUNS for w in toks):
        return None
    return "whether " + clause[:-1]


def _one_remark_held(quotes: list, stems: set[str]) -> bool:
    """Does a text hold some of the words (SAME_SPEAKER_BACKS of them, MUTUAL_WORDS at least) of one of a
    statement's several quotations: the speaker's remarks joined in one statement ('"It is too early to say what
    caused it," the investigator said. "We will look at the track and the crew."') are backed by a report of one
    ("The investigator said it was too early to say what caused the crash"), which holds too little of them all."""
    for q in quotes:
        own = set(content_stems(q.text))
        held = len(own & stems)
        if held >= MUTUAL_WORDS and held >= SAME_SPEAKER_BACKS * len(own):
            return True
    return False


def _short_quoted(text: str) -> set[str]:
    """The content stems of the words a sentence sets in quotation marks, however few (`quotations` reads only
    quotations of a few words): 'said the quarter had been "difficult"' -> {"difficult"}."""
    masked = mask_quotes(text)
    if masked is text:
        return set()
    return set(content_stems("".join(c if c != d else " " for c, d in zip(text, masked))))


def find_claims(articles: list[Article], use_embeddings: bool = True) -> list[Claim]:
    """The claims of one story: the most salient first (the lead), then best backed first (independent
    outlets, then salience discounted by what is already written, then time); a statement that leans on
    the sentence before it in its article ("He added ...") comes right after that sentence's claim when
    it is as well backed.
    Pure: reads only the articles given. `article.copy_of` marks reprints, which count once."""
    if not articles:
        return []
    stmts = split_statements(articles)
    if not stmts:
        return []
    relay = _relays_as_outlet(stmts, articles)
    emb = _embedding_similarity(stmts) if use_embeddings else None
    same_time = _same_time_act(stmts, emb) if emb is not None else None  # (asked twice below: found once)
    align = alignment(stmts, use_embeddings, emb, same_time)
    same_act = _same_act(stmts, emb, align)  # (backs each other, though its words make no repeat of the other)
    n = len(stmts)
    art = np.array([s.article for s in stmts])
    grp = np.array([s.group for s in stmts])
    # each statement's outlet: a reprint that changed a figure contests what it copies (its figure is its own)
    # (as numbers: compared with each claim's, and numbers compare many times faster than strings)
    outlet_of = np.unique([fold(articles[s.article].outlet or articles[s.article].id) for s in stmts], return_inverse=True)[1]
    same_article = art[:, None] == art[None, :]
    # "killed 24" and "injured 24" share nearly every word but are two facts: neither backs the other,
    # nor makes it redundant
    differ = (_different_outcomes(stmts) | _withheld_and_given(stmts) | _no_answer_and_answer(stmts)
              | _other_figures(stmts, align) | _rather_than(stmts)
              | _reversal_one_side(stmts, align) | _remark_and_fact(stmts) | _reaction_and_fact(stmts)
              | _nobody_and_somebody(stmts) | _unshared_figures(stmts, align) | _other_times(stmts, align)
              | _other_reasons(stmts, align) | _open_and_dated_end(stmts, align) | _plan_and_deed(stmts))
    forecasts = _forecast_and_outcome(stmts, align)
    differ |= _other_acts(stmts, articles, align, forecasts)  # (a forecast and the outcome, two parties' or actors' acts)
    # (a report of an outcome that names its forecast backs the forecast's own report, one way, however far apart
    # in meaning the rest of it: `_forecast_and_outcome`)
    told_forecast = forecasts.T & ~forecasts
    if told_forecast.any():  # (nor does its deed, "raised its rate, as expected", stand apart from the plan's words)
        differ &= ~(told_forecast & _plan_and_deed(stmts))
    # an opinion piece argues rather than reports: its sentences neither back a report's nor are backed by
    # one, nor make one redundant (a column's "X ignored the warnings" is no second source for "the union
    # accused X of ignoring warnings"); two opinion pieces may agree
    opinion_articles = [is_opinion(a) for a in articles]  # once per article, not per statement
    opinion = np.array([opinion_articles[st.article] for st in stmts])
    differ |= opinion[:, None] != opinion[None, :]
    # a party's own press release is its word, not a second report: it backs, and is backed by, only a report
    # that gives its words as that party's, and adds no outlet beside the reports (`independent`)
    parties = [press_release(a) for a in articles]
    party_groups = {st.group for st in stmts if parties[st.article]}
    if party_groups:
        differ |= _party_apart(stmts, articles, parties)

    def independent(gs: set[int]) -> set[int]:
        """The groups that count as independent outlets: a party's releases count only where no report does
        (two parties' releases may agree)."""
        return (gs - party_groups) or gs

    may_back = ((align >= BACKS) | same_act) & ~same_article
    involved = may_back.any(axis=0) | may_back.any(axis=1)  # (a claim's members are all among them)
    days = [_days(st, articles[st.article]) if involved[k] else [] for k, st in enumerate(stmts)]
    told_days: dict[int, list[str]] = {}

    def one_day(x: int, y: int, told: bool = False) -> bool:
        """Both tell of one day: a day each gives, else its paper's (a change of one thing on other days
        is another change: "rose on Monday" / "fell on Tuesday"); unknown days do not tell them apart.
        `told`: only a day both statements give will do (shares that "rose" in the morning paper and "fell"
        by the evening's may be one day's two moves)."""
        for k in (x, y):
            if k not in told_days:
                ds = days[k] if involved[k] else _days(stmts[k], articles[stmts[k].article])
                told_days[k] = [d for d, *_ in ds] or [""] + [(articles[stmts[k].article].published or "")[:10]]
        tx, ty = [d for d in told_days[x] if d], [d for d in told_days[y] if d]
        if told and (not told_days[x][0] or not told_days[y][0]):
            return False
        return not tx or not ty or any(same_day(d, e) for d in tx for e in ty)

    changes = [_change_sizes(st) if st.numbers else [] for st in stmts]
    for i, j in zip(*np.nonzero(may_back)):
        if _other_days(days[i], days[j]) == "other" or _other_day_figures(stmts[i], stmts[j], days[i], days[j]):
            differ[i, j] = differ[j, i] = True  # nor does either make the other redundant
        elif changes[i] and changes[j] and not one_day(i, j) and any(c[0].delta for c in _conflicts(stmts[i], stmts[j])):
            differ[i, j] = differ[j, i] = True  # "fell by 12% on Monday" / "fell by 8% on Tuesday": two changes
    backs = ((align >= BACKS) | same_act) & ~same_article & ~differ
    # names in common are no fact in common (nor a place without the figure that is all a statement tells)
    apart = _no_fact_in_common(stmts, backs & ~same_act, emb)
    backs &= ~apart
    differ |= apart | apart.T
    # a day and its measures in common tell one reading, however unlike the words: each backs the other
    same_reading = np.zeros_like(backs)
    for i, j in zip(*np.nonzero(np.triu(backs | backs.T, 1))):
        same_reading[i, j] = same_reading[j, i] = _same_day_figures(stmts[i], stmts[j], days[i], days[j])
    backs |= same_reading
    # a group's two parts and its whole, told by two articles, are one picture: each backs the other
    parts = _parts_of_whole(stmts, emb)
    parts = (parts | parts.T) & ~same_article & ~differ
    backs |= parts
    if use_embeddings:
        unlike, faint = _unlike(stmts, backs, emb, align, same_time)
        unlike &= ~same_act & ~same_reading & ~parts & ~told_forecast
        backs &= ~unlike & ~(faint & ~same_act & ~same_reading & ~parts & ~told_forecast)
        differ |= unlike | unlike.T
    # Someone's words are backed by a report of the same words, or of the same speaker saying or doing
    # it: a sentence that shares "people" and "hospital" with the mayor's quotation does not corroborate it.
    # (pairs close enough to be taken for repeats are checked too: the judge's other words are no repeat)
    cos = cosine_matrix(stmts)
    alike = backs | ((cos >= REDUNDANT) & ~same_article & ~differ)
    backing = alike.any(axis=0) | alike.any(axis=1)
    quotes = [quotations(st.text) if backing[k] else [] for k, st in enumerate(stmts)]  # each found once
    said = [(_quoted_stems(st.text, quotes[k]) or set(content_stems(st.quoted))) if backing[k] else set()
            for k, st in enumerate(stmts)]
    speakers = [speaker_key(st.attribution.source) if st.attribution else None for st in stmts]

    def shares(q: int, other: int) -> int:
        return len(said[q] & set(stmts[other].stems))

    its_words: dict[int, set[str]] = {}  # (each statement's, read once)

    def names_speaker(q: int, other: int) -> bool:  # (a possessive names them too: "Brandt's demand")
        if speakers[q] is None:
            return False
        if other not in its_words:
            its_words[other] = {_POSSESSIVE_END.sub("", fold(w)) for w in words(stmts[other].text)}
        return speakers[q] in its_words[other]

    # the words a sentence itself quotes (however short a part of it), else its quotation's
    quoted = [set(content_stems(" ".join(q.text for q in quotes[k]))) or said[k] for k in range(n)]
    # ... and, for one speaker's two reports, the word or two it quotes, too few for a quotation: 'said the quarter had
    # been "difficult"' cuts the chief executive's "This was a difficult quarter, ..." (only there: a scare-quoted
    # word is no one's remark that a backer must hold)
    cut = [quoted[k] or (_short_quoted(stmts[k].text) if backing[k] and speakers[k] else set()) for k in range(n)]

    def same_words(q: int, other: int) -> bool:  # either holds some of the words the other quotes
        return any(cut[x] and (len(cut[x] & set(stmts[y].stems)) >= SAME_SPEAKER_BACKS * len(cut[x])
                               or len(quotes[x]) > 1 and _one_remark_held(quotes[x], set(stmts[y].stems)))
                   for x, y in ((q, other), (other, q)))

    def tells_speaker(q: int, other: int) -> bool:
        """other tells of q's speaker as its own source, its subject or someone whose words it gives ("Brandt
        demanded a full recount"), not only by name ("The board rejected Brandt's demand for a full recount")."""
        if speakers[other] is not None and speakers[other] == speakers[q]:
            return True
        # (or quoting the same words: 'Ada Vell ended her post: "Please pass this on"')
        own = quoted[other] and len(quoted[other] & set(stmts[q].stems)) >= QUOTE_BACKS * len(quoted[other])
        return names_speaker(q, other) and bool(own or speakers[q] in _subject_words(stmts[other].text)
                                                or _tells_words_of(stmts[q], stmts[other]))

    # the same speaker's other words are no backing: "Morrow said her members were 'angry and united'" is
    # not corroborated by Morrow's "We will stay out until the offer is serious"
    # (nor is a quotation of someone's demand a report of the decision others made on it, though it names them:
    # Brandt's '"We will demand a full recount"' / "The board rejected Brandt's demand for a full recount")
    for i, j in zip(*np.nonzero(alike & ~same_act)):  # (a quotation and its paraphrase are one act)
        if said[i]:
            backs[i, j] &= shares(i, j) >= QUOTE_BACKS * len(said[i]) or (tells_speaker(i, j) and same_words(i, j))
            other_words = names_speaker(i, j) and not same_words(i, j) and shares(i, j) < QUOTE_BACKS * len(said[i])
            other_words |= names_speaker(i, j) and not tells_speaker(i, j) and not backs[i, j]
        else:
            other_words = bool(said[j]) and names_speaker(j, i) and not (same_words(j, i) and tells_speaker(j, i))
            backs[i, j] &= not other_words
            # (a few words a speaker is quoted in are theirs too: a sentence that neither names them nor holds
            # the words does not back them, "Dr Katja Brunner said parents should treat melatonin 'as a medicine,
            # not a sweet'" / the regulator's warning to parents about the sweets)
            # (a distinctive figure in common is one fact, whoever's words are quoted beside it)
            if (speakers[i] and quoted[i] and not names_speaker(i, j) and backs[i, j]
                    and not _distinctive_figures(stmts[i]) & _distinctive_figures(stmts[j])):
                other_words = len(quoted[i] & set(stmts[j].stems)) < QUOTE_BACKS * len(quoted[i])
                backs[i, j] = not other_words
        if other_words:
            # nor is either a repeat of the other: the judge's "You betrayed the trust …" is not written
            # by her reported "acted out of pure greed", whatever names the two share
            differ[i, j] = differ[j, i] = True

    # Two denials back each other only when they deny the same thing: "denied that the derailment was
    # caused by a faulty signal" is not "denied that it had cut inspections" (a bare "denies the claim"
    # may be either)
    # (and a denial is no backer of an assertion, nor the other way, unless the one denies the other, a
    # contest: this before each article's best backer is chosen, so that a report's own denial, not its
    # account of the accusation, is the one that backs another outlet's denial)
    denied = [_denied_content(st.text) for st in stmts]
    # ("The company said no bank details were taken" is a denial in other words: it backs "X denied that
    # any bank details were taken", not a report of the theft)
    none_done = np.array([_none_done(st) is not None for st in stmts])
    denial_led = np.array([_denial_led(st.text) for st in stmts]) | none_done
    # (a denial of a negative asserts the positive: it backs that, not a report of the negative it denies)
    negative_denied = {k for k, st in enumerate(stmts) if _denied_negative(st.text)}
    for i, j in zip(*np.nonzero(backs)):
        if negative_denied and any(x in negative_denied and _tells_negative(stmts[x].text, stmts[y])
                                   for x, y in ((i, j), (j, i))):
            backs[i, j] = False
            differ[i, j] = differ[j, i] = True
        elif denied[i] and denied[j] and len(denied[i] & denied[j]) < 0.5 * min(len(denied[i]), len(denied[j])):
            backs[i, j] = False
            differ[i, j] = differ[j, i] = True  # nor does either make the other redundant
        elif denial_led[i] != denial_led[j] and not (_denies(stmts[i], stmts[j]) or _denies(stmts[j], stmts[i])):
            backs[i, j] = False
    # A condition or a relay of reports ("If a ransom was paid, as has been reported, ...") states
    # no fact: it backs no report of it, nor is it backed by one, nor is either a repeat of the other
    opened = [_open_stems(st) for st in stmts]
    for i, j in zip(*np.nonzero(np.triu(backs | backs.T, 1))):
        if (opened[i] or opened[j]) and _supposed_apart(stmts[i], stmts[j], opened[i], opened[j]):
            backs[i, j] = backs[j, i] = False
            differ[i, j] = differ[j, i] = True

    # Two people saying it are two sources of one fact, not one's words backed: "Castell said the slide hit
    # before dawn" is not corroborated by "the slide struck at 4 a.m., police spokesman Anders Quill said"
    # (and one person's two reports back each other only when they report the same thing: "Captain Aron said
    # the ferry had not sounded its horn" is not backed by "Captain Aron said the ferry was travelling too fast")
    # (a sentence that credits no one tells of the person it names before its verb: "Carrow manager Bram Kolar
    # blamed the referee" and "Kolar said the red card had changed the game" are two things he said and did)
    # (and two bodies, or a body and a person, each credited with it are two sources too: the regulator's warning
    # does not back "Halvard Nutrition said its products were safe", unless one tells the other's words)
    full = [_person_names(st) for st in stmts]
    named = [k[1] if k else None for k in full]
    credited = np.nonzero(backs.any(axis=1) | backs.any(axis=0))[0]
    acting = {int(k): _acting_person(stmts[k]) if not named[k] else None for k in credited}
    who = {k: named[k] or (acting[k][0] if acting[k] else None) for k in acting}
    # (what one person did, told twice in other words, is one deed: "Ivo Sandor scored Carrow's goal" / "Ivo
    # Sandor equalised for Carrow"; only where either tells what they said is it held to their words)
    speech = {k: bool(named[k] or (acting[k] and acting[k][2])) for k in acting}
    sources = {k: _source_words(stmts[k]) for k in acting}
    for i, j in zip(*np.nonzero(backs)):
        if named[i] and named[j]:
            if (named[j] != named[i] and named[i] not in {fold(w) for w in words(stmts[j].text)}
                    and not _one_person_spelt_two_ways(stmts[i], stmts[j], full[i], full[j])):
                backs[i, j] = False
                differ[i, j] = differ[j, i] = True  # nor does either make the other redundant
                continue
        if who[i] and who[j] == who[i]:
            si, sj = (acting[i][1] if acting[i] else None), (acting[j][1] if acting[j] else None)
            # (one allegation in other words is one; one remark printed alike, one)
            if (not same_act[i, j] and (speech[i] or speech[j])
                    and not _run_in_common(_said_text(stmts[i], si), _said_text(stmts[j], sj))):
                # (a sentence that credits no one, a deed or a remark no attribution reads, tells the same thing
                # with a word of it in common, but names: "said the red card had changed the game" tells nothing
                # of "blamed the referee")
                both = bool(named[i] and named[j])
                a, b = _reported(stmts[i], si), _reported(stmts[j], sj)
                if not both:
                    a, b = a - _pair_names(stmts[i], stmts[j]), b - _pair_names(stmts[i], stmts[j])
                if len(a & b) < (SAME_PERSON_BACKS * min(len(a), len(b)) if both else 1):
                    backs[i, j] = False
                    differ[i, j] = differ[j, i] = True
        elif (sources[i] and sources[j] and not (named[i] and named[j]) and not sources[i] & sources[j]
              # (a person and a body, or two bodies by their proper names: "the White House" and "the Obama
              # administration" may be one; a surname alone may be either)
              and ((named[i] and _a_body(stmts[j])) or (named[j] and _a_body(stmts[i]))
                   or (_proper_body(stmts[i]) and _proper_body(stmts[j])))
              and not _acronym_of(stmts[i], stmts[j])
              and not _tells_words_of(stmts[i], stmts[j]) and not _tells_words_of(stmts[j], stmts[i])
              # (the same words printed, or the same distinctive figure, are one statement however credited:
              # "Marsh said the treaty 'does nothing for the people of Ostmark'" / "The ministry said ... it
              # 'does nothing for the people' of Ostmark")
              and not _run_in_common(stmts[i].text, stmts[j].text)
              and not _distinctive_figures(stmts[i]) & _distinctive_figures(stmts[j])):
            backs[i, j] = False
            differ[i, j] = differ[j, i] = True

    # best backer per other article, for every statement
    backers: list[dict[int, int]] = []

    def told_total(i: int, j: int) -> bool:
        """j gives a count of i as what the total has come to ("has risen to seven" for "Seven people were
        injured"): of an article that tells the count's change itself, its latest value backs."""
        return any(update_wording(stmts[j].text, y) and any(x.agrees(y) for x in stmts[i].numbers)
                   for y in stmts[j].numbers)

    its_figures: dict[int, set] = {}

    def figured(i: int, j: int) -> bool:
        """j gives every figure of i's, or two of them (no span of time: "six weeks" is no fact's own figure;
        one of two counts in common may be another count's: "285 to 120" / "while 120 voted against")."""
        for k in (i, j):
            if k not in its_figures:
                its_figures[k] = ({(v, u) for v, u in _distinctive_figures(stmts[k]) if u != "time"}
                                  if stmts[k].numbers else set())
        shared = its_figures[i] & its_figures[j]
        return bool(shared) and (len(shared) >= SAME_FIGURES or shared == its_figures[i])

    for i in range(n):
        best: dict[int, int] = {}
        for j in np.nonzero(backs[i])[0]:
            a = int(art[j])
            # (one act told in other words first: "I feel badly for Flynn," Trump said / Trump said he feels
            # badly for Flynn, not the next sentence's "Flynn pleaded guilty" for its words in common)
            if a not in best:
                best[a] = int(j)
                continue
            k = best[a]
            # (of an article's two counts of the thing, the earlier contesting and the latest agreeing, the
            # latest: "three people have been injured" / "has risen to seven" for "Seven people were injured")
            if stmts[i].numbers and stmts[j].numbers and stmts[k].numbers:
                if told_total(i, j) and not told_total(i, k) and _conflicts(stmts[i], stmts[k]):
                    best[a] = int(j)
                    continue
                if told_total(i, k) and not told_total(i, j) and _conflicts(stmts[i], stmts[j]):
                    continue
            # (of an article's two reports of it, the one that gives its figures: "10 in 1,000 ... 7 in 1,000" is
            # backed by the sentence with those rates, not by the same article's "had fewer strokes")
            if ((same_act[i, j], figured(i, j), align[i, j]) > (same_act[i, k], figured(i, k), align[i, k])):
                best[a] = int(j)
        backers.append(best)
    n_groups = np.array([len(independent({int(grp[i])} | {int(grp[j]) for j in backers[i].values()})) for i in range(n)])
    central = centrality(cos, CENTRAL_THRESHOLD)
    salience = statement_salience(stmts, central, title_words(articles))
    # an opinion piece argues rather than reports: its sentences may be quoted, but not lead the story
    salience = np.where(opinion, salience * OPINION_WEIGHT, salience)
    # independent outlets first; among equals the more central (LexRank, lead-weighted), then time.
    # (articles of one outlet and reprints add nothing: they are not independent)
    # Salience is discounted by closeness to what is already written (maximal marginal relevance), so
    # three outlets' paraphrases of one fact do not fill the top of the brief.
    order = sorted(range(n), key=lambda i: (-n_groups[i], -salience[i], _sort_time(articles[stmts[i].article]),
                                            stmts[i].article, stmts[i].position))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    covered = np.zeros(n, dtype=bool)
    written = np.zeros(n, dtype=np.float64)  # max cosine to a claim already written
    has_numbers = np.array([bool(st.numbers) for st in stmts])
    telling = [[x for x in st.numbers if distinctive(x)] for st in stmts]  # (asked for every claim: found once)
    leans = np.array([bool(LEANS_BACK.match(st.text)) for st in stmts])
    denying = np.array([bool(_denial(st.text)) and not _denied_negative(st.text) for st in stmts]) | none_done
    deniers = np.nonzero(denial_led & ~none_done)[0].tolist()  # (sentences that deny in words of denial)
    claims: list[Claim] = []
    pairs = {k: p for k, st in enumerate(stmts) if len(st.numbers) > 1 and (p := _sourced_pair(st))}
    sides = {k: p for k, st in enumerate(stmts) if len(st.numbers) > 1 and (p := _two_sided(st))}
    answers = {k: p for k, st in enumerate(stmts) if st.numbers and (p := _answered(stmts, k))}
    aboard = [_aboard(st) if st.numbers else None for st in stmts]
    aboard_told: set[frozenset[int]] = set()  # (pairs of articles whose counts on board a claim has set apart)
    eventful = np.array([any(_event_figure(st.text, x) for x in st.numbers) for st in stmts], dtype=bool)
    event_told = np.zeros(n, dtype=bool)  # (statements whose event figure has made a contest: each makes one)
    weighed: set[int] = set()  # (ids of the event figures a claim already written agreed on or contested)
    event_covered = np.zeros(n, dtype=bool)  # (the eventful statements covered when the last claim was written)
    crowds = [_crowd_count(st) if st.numbers else None for st in stmts]
    acts = {k: a for k, st in enumerate(stmts) if (a := _denied_act(st))}
    origins = {k: m.group(1) for k, st in enumerate(stmts) if (m := _ORIGIN.search(st.text))}
    states = [_states(st.text) for st in stmts]
    # the statements that tell each kind of state, as a mask (looked up per claim below, not re-read per pair)
    with_state: dict[str, np.ndarray] = {}
    for stmt_no, its_states in enumerate(states):
        for state_kind in its_states:
            with_state.setdefault(state_kind, np.zeros(n, dtype=bool))[stmt_no] = True
    led = np.zeros(int(grp.max()) + 1)  # claims each outlet group has led so far
    followers: list[int] = []  # statements that lean on the claim just written ("He added ...")
    solo = np.zeros(n, dtype=bool)  # a backer kept for the fact of its own it adds: its own claim, alone
    cited = np.zeros(n, dtype=bool)  # statements a claim already written leads or cites
    # statements written only under claims whose head gives no figure: their figures were set against none, and
    # still contest a later claim's ("Velmar handed over 16 prisoners on Friday ..." backing the lede "Velmar and
    # Droskia exchanged prisoners on Friday" is no less a report of the count "Velmar freed 14 prisoners")
    unweighed = np.zeros(n, dtype=bool)
    # (a claim's column of each matrix is read many times over: as a row of the transpose it is contiguous)
    align_t, cos_t, differ_t = (np.ascontiguousarray(m.T) for m in (align, cos, differ))
    while not covered.all():
        open_ = np.nonzero(~covered)[0]
        # the lead is the story's most salient statement; after it, the best-backed statements come first
        top = open_ if not claims else open_[n_groups[open_] == n_groups[open_].max()]
        follows = [k for k in followers if k in top]
        if follows:
            # "He said ..." reads right after the sentence it leans on, as its article has it, when
            # it is backed as well: the reader knows who "he" is
            i = follows[0]
        else:
            if (~leans[top]).any():
                top = top[~leans[top]]  # a sentence that leans on the one before waits for those that stand alone
            score = salience[top] * (1.0 - MMR * written[top]) * OUTLET_REPEAT ** led[grp[top]]
            best = top[score == score.max()]
            i = int(best[np.argmin(rank[best])])
        # (a relay of another outlet's report, "Axios reported that ...", beside that outlet's own report reads as
        # that report: the outlet's words lead, credited to it, and the relay is told by them)
        if relay[i] and (own := [k for k in backers[i].values() if grp[k] == grp[i] and not relay[k] and not covered[k]]):
            covered[i] = True
            i = own[0]
        s = stmts[i]
        was_covered = covered.copy()
        led[grp[i]] += 1
        written = np.maximum(written, cos_t[i])
        members = [i] + sorted(backers[i].values(), key=lambda j: (_sort_time(articles[stmts[j].article]), stmts[j].article))
        if solo[i]:
            members = [i]  # (what backs it was written with the claim it backed)
        # statements that disagree on a figure but otherwise say the same thing belong to this claim too
        contested: list[tuple[int, tuple[Number, Number, set[str]]]] = []
        further: dict[int, list[tuple[Number, Number, set[str]]]] = {}
        # (a statement close enough to be swallowed as a repeat is close enough to contest a figure:
        # "about 900 residents ... forced to leave" and "evacuated 1,200 people" are one count)
        # (nor a backer kept for the fact of its own it adds: its figures were weighed in the claim it backed)
        close = (np.maximum(align[i], align_t[i]) >= CONFLICT_ALIGN) | (cos_t[i] >= REDUNDANT)
        # (an event's minute or a prison term is one quantity whose clause says whose, however unlike the rest
        # of the sentences: "Sandor levelled ... before Mbeki curled home the second in the 57th minute" /
        # "Mbeki restored Rovers' lead in the 55th minute")
        # (even from a sentence written under another claim, "Sandor levelled ...": it would be lost there; once)
        # (close or not: a sentence of two goals written as a backer of the first is no less a report of the
        # second, by its figure no claim has weighed yet, `weighed`: not the first goal's minute again)
        by_event = eventful & ~(close & ~covered) & ~event_told if eventful[i] else np.zeros(n, dtype=bool)
        near = np.nonzero(((grp != grp[i]) | (outlet_of != outlet_of[i])) & ~solo & has_numbers
                          & ((close & (~covered | unweighed)) | by_event))[0] if s.numbers and not solo[i] else []
        around = [stmts[k] for k in members + [int(k) for k in near]]
        for j in near:
            j = int(j)
            c = [x for x in _conflicts(s, stmts[j]) if not _both_given(x[0], x[1], around)
                 and not ((x[0].delta or x[0].unit in _READINGS) and not one_day(i, j))
                 and (not by_event[j] or _event_figure(s.text, x[0]))
                 and not (by_event[j] and covered[j] and id(x[1]) in weighed)]
            # (two sizes of a change on other days are two changes; two readings of other days, Monday's
            # 39.8C and Tuesday's 41.2C, two readings: neither is a disagreement)
            if c:
                contested.append((j, c[0]))
                further[j] = c[1:]  # (the other figures it gives differently: `_further_conflicts`)
                # (an article whose member gives the count as the total it came to gives its earlier value
                # too: "three people have been injured" ... "has risen to seven", steps of an update)
                # (an article whose member gives no value of the figure gives this one when this one tells
                # nothing the claim does not but its figure: "The study tested 13 products" beside its lede on the
                # warning makes the contest)
                # (nor when that member gives no figure at all: its lede beside the contest is no side of it, and the
                # article's figure must be, "Velmar released 14 Droskian prisoners and Droskia freed 9 ...")
                if j not in members and all(int(art[m]) != int(art[j]) or told_total(i, m)
                                            or (align[j, i] >= SAME_WORDS and not any(c[0][0].agrees(y) for y in stmts[m].numbers))
                                            or not has_numbers[m]
                                            for m in members):
                    members.append(j)
                if by_event[j]:
                    event_told[[i, j]] = True
        # (a member that tells the head's event as one, `_same_time_act` (`_same_goal`), in words the head lacks sets its minute against
        # another report's: "Tomas Brandt equalised ... in the 51st minute" under the live text's "51' Brandt heads in
        # the equaliser" against "The Harrowgate equaliser came in the 53rd minute")
        if not contested and eventful[i] and same_time is not None and len(near):
            for m in [m for m in members[1:] if same_time[i, m] and eventful[m]]:
                for j in near:
                    j = int(j)
                    c = [x for x in _conflicts(stmts[m], stmts[j]) if art[j] != art[m] and not _both_given(x[0], x[1], around)
                         and _event_figure(stmts[m].text, x[0]) and not (covered[j] and id(x[1]) in weighed)]
                    h = next((y for x in c for y in s.numbers if _event_figure(s.text, y) and y.agrees(x[0])), None)
                    if h is not None:
                        x = next(x for x in c if h.agrees(x[0]))
                        contested.append((j, (h, x[1], x[2])))
                        if int(art[j]) not in {int(art[k]) for k in members}:
                            members.append(j)
                        event_told[[i, j]] = True
                        # (the member's words name the contest: "the minute", not the live text's "51'")
                        members = [m] + [k for k in members if k != m]
                        s = stmts[m]
                        break
                if contested:
                    break
        # (... and a report that gives one side's value of it is that side's evidence: "sentenced to 80 months
        # in prison" beside "jailed for six years and eight months")
        on_event = {j for j, _ in contested if by_event[j]}  # (kept, though written under another claim)
        if contested and _event_figure(s.text, contested[0][1][0]):
            values = contested[0][1][:2]
            # (whose it is, in either side's words: "Mbeki restored Rovers' lead in the 55th minute" tells the
            # goal as "Mbeki curled home the second for Rovers in the 57th minute" does, not as "Jonah Mbeki
            # added a goal in the 55th minute")
            other = stmts[contested[0][0]]
            whose = [next((c for x, c in zip(t.numbers, t.contexts) if x is v), set())
                     for t, v in ((s, values[0]), (other, values[1]))]
            given = {int(art[m]) for m in members if any(x.agrees(y) for x in values for y in stmts[m].numbers)}
            for j in near:
                j = int(j)
                if (j not in members and all(j != k for k, _ in contested) and int(art[j]) not in given
                        and any(_event_figure(stmts[j].text, y) and any(len(c & w) >= 2 for w in whose)
                                and any(x.unit == y.unit and x.agrees(y) for x in values)
                                for y, c in zip(stmts[j].numbers, stmts[j].contexts))):
                    members.append(j)
                    given.add(int(art[j]))
        # two sources' values of one measure that some report sets side by side contest, however unlike the
        # reports' other words; a figure credited to a source of its own contests another value of it even
        # from a sentence already written under another claim (it would be lost there)
        sourced = []
        on_board: set[int] = set()
        if s.numbers and not solo[i]:
            open_ = np.nonzero(((grp != grp[i]) | (outlet_of != outlet_of[i])) & ~covered & has_numbers)[0]
            sourced = ((_sourced_contests(i, stmts, pairs, open_) if pairs else [])
                       + _credited_contests(i, stmts, np.nonzero((grp != grp[i]) & has_numbers)[0])
                       # (one craft's count on board, even from a sentence written under another claim; once
                       # for two articles: "178 passengers and six crew" beside its article's "184 people on
                       # board" gives that article's value again, not another conflict)
                       + (on_aboard := [(j, c) for j, c in _aboard_contests(i, stmts, aboard,
                                                                            np.nonzero(grp != grp[i])[0])
                                        if frozenset((int(art[i]), int(art[j]))) not in aboard_told]))
            on_board = {j for j, _ in on_aboard}
            # (so is the crowd at the event, whatever the noun: another count contests it, the same count backs it)
            if crowds[i] is not None:
                on_crowd, crowd_same = _crowd_contests(i, stmts, crowds, np.nonzero(grp != grp[i])[0], articles)
                # (not of two days both name: Saturday's march and Sunday's; a report that names none is of the day)
                told = {k: [d for d, *_ in (days[k] if involved[k] else _days(stmts[k], articles[stmts[k].article]))]
                        for k in [i] + [j for j, _ in on_crowd] + crowd_same}
                apart = {j for j in told if told[i] and told[j] and not any(same_day(d, e) for d in told[i] for e in told[j])}
                on_crowd = [(j, c) for j, c in on_crowd if j not in apart]
                sourced += on_crowd
                on_board |= {j for j, _ in on_crowd}
                crowd_same = [j for j in crowd_same if not covered[j] and j not in apart]
        for j, c in sourced:
            if all(j != k for k, _ in contested):
                contested.append((j, c))
                if j not in members and int(art[j]) not in {int(art[m]) for m in members}:
                    members.append(j)
        for j in crowd_same if s.numbers and not solo[i] and crowds[i] is not None else []:
            if j not in members and int(art[j]) not in {int(art[m]) for m in members}:
                members.append(j)
            elif any(grp[m] == grp[j] and crowds[m] is not None for m in members):
                covered[j] = True  # (a copy of a member's count, a reprint's: told here, it is no claim of its own)
        # (a sentence giving both sides' figures, and each side's reports, an article's two sides each)
        if sides and s.numbers and not solo[i] and not contested:
            open_ = np.nonzero(~covered & has_numbers & (np.arange(n) != i))[0]
            for j, c in _two_sided_contests(i, stmts, sides, open_):
                contested.append((j, c))
                if j not in members:
                    members.append(j)
        # (a report's figure and the next sentence's other source's figure for it: "closer to 150")
        if answers and s.numbers and not solo[i] and not contested:
            for j, c in _answered_contests(i, stmts, answers, np.nonzero(~covered & has_numbers)[0]):
                contested.append((j, c))
                if j not in members:
                    members.append(j)
        # (the sentence after a contesting report, or after this one, that gives the other side's figure)
        for j, c in list(contested):
            again = _restating(stmts, j, c[0]) or _restating(stmts, i, c[1])
            if again and not covered[again[0]] and again[0] not in members:
                members.append(again[0])
                contested.append((again[0], (c[0], again[1], c[2])))
        hedged = [h for h in s.numbers if h.approx and not h.delta]
        if not contested and hedged:
            # a head that hedges its figure ("at least nine") allows the others' figures, which may still
            # contest each other ("rose to nine" / "eleven people died")
            for x, y in itertools.combinations(members, 2):
                if grp[x] != grp[y] and not differ[x, y] and max(align[x, y], align[y, x]) >= CONFLICT_ALIGN:
                    c = [z for z in _conflicts(stmts[x], stmts[y]) if not _both_given(z[0], z[1], around)
                         and any(h.unit == z[0].unit and h.agrees(z[0]) and h.agrees(z[1]) for h in hedged)]
                    if c:
                        contested.append((y, c[0]))
                        break
        # a backer already written under an earlier claim that gives another figure for what this one
        # counts does not corroborate it ("carrying 1,200 passengers" / "some 1,300 passengers")
        # (one that gives another count on board stays: it is a variant, not a backer)
        kept = [j for j in members if j == i or not covered[j] or not _conflicts(s, stmts[j]) or j in on_board | on_event
                or unweighed[j]]
        # (its article's next best backer stands in for it: "Police said about 9,000 took part" is backed by
        # the outlet's "Police put the crowd at about 9,000", not only by its "Organisers said 40,000 people
        # took part", already written; else that sentence is in no claim)
        for j in set(members) - set(kept):
            alt = [k for k in np.nonzero(backs[i] & (art == art[j]))[0]
                   if k not in members and not covered[k] and not _conflicts(s, stmts[k])]
            if alt:
                kept.append(int(max(alt, key=lambda k: (same_act[i, k], align[i, k]))))
        members = kept
        # one denies what the other asserts (two denials in other words agree)
        # (one speaker does not contest himself: "Fenwick said the ferry kept its normal speed" and "Fenwick
        # denied it was speeding" are one position)
        denial = [j for j in members[1:] if grp[j] != grp[i] and _denies(stmts[j], s) != _denies(s, stmts[j])
                  and not (denying[j] and denying[i]) and not _same_source(stmts[i], stmts[j])
                  and not _own_other_denial(stmts, *((j, i) if denying[j] else (i, j)))]
        # (an act done and its denial in other words, by outlets whose sentences are too unlike to back each
        # other: "Police fired tear gas ..., witnesses said" / "A police spokesman said no tear gas had been used")
        act_deny: set[int] = set()
        if acts and not contested and not denial and not solo[i]:
            asserting, act_denying = _denial_sides(i, stmts, acts, np.nonzero(~covered)[0])
            if act_denying:
                act_deny = set(act_denying)
                if i in act_deny:  # (a denial's backers deny too: "The company said no bank details were taken")
                    act_deny |= {m for m in members if denying[m]}
                else:  # (and an assertion's backers tell of the act: "claimed responsibility for the attack" does not)
                    what = acts[act_denying[0]][0]
                    members = [m for m in members if m == i or what & set(stmts[m].stems)]
                # (an article may give both sides: "Witnesses said police fired tear gas ... Kestrel police
                # denied using tear gas"; one statement a side each)
                given = {(int(art[m]), m in act_deny) for m in members}
                members += [k for k in asserting + act_denying if (int(art[k]), k in act_deny) not in given]
                denial = [k for k in members if k != i and (k in act_deny) != (i in act_deny)]
        # a sentence that is a denial backs only a denial, and an assertion only an assertion, unless the
        # one denies the other (a contest): the federation's claim that the company was warned does not
        # corroborate the company's denial that it ignored warnings (a denial in a clause of its own, "...,
        # but the council denies any part in it", leaves the rest of the sentence a report)
        members = [j for j in members if j == i or denial_led[j] == denial_led[i] or j in denial]
        # (and in a contest with a denial, a report stands on the assertion's side only when it tells what is
        # denied, not only the setting: "has agreed to buy Brightmere for $1.2 billion" is no side of "plans to
        # cut 800 jobs after buying Brightmere for 1.2bn dollars" / "denied a report that it would cut jobs")
        setting_only: list[int] = []  # (those reports are facts of their own, no repeats of this claim)
        if denial and not act_deny and not denying[i]:
            heads = [set(_denied_head(stmts[d].text, m)) for d in denial
                     if (m := _denial(stmts[d].text)) and _denies(stmts[d], s)]
            if heads and all(heads):
                setting_only = [j for j in members if j != i and j not in denial and not denying[j]
                                and not any(len(h & set(stmts[j].stems)) > DENIAL_HEAD_HELD * len(h) for h in heads)]
                members = [j for j in members if j not in setting_only]
        # (where it began, told in other words: "The first case was found in Vilamar" / "The outbreak began in
        # Montelar")
        places: dict[str, list[int]] = {}
        if i in origins and not contested and not denial and not solo[i]:
            places = _origin_sides(i, stmts, articles, origins, backers, np.nonzero(~covered)[0])
            given = {int(art[m]) for m in members}
            members += [k for ks in places.values() for k in ks if int(art[k]) not in given]
        # one thing changed in opposite directions ("raised its rate" / "cut its rate"), or one warning at two
        # levels, on a day both give: a contest (else two facts, which `_different_outcomes` keeps apart)
        opposed: dict[int, str] = {}
        if states[i] and not contested and not denial and not places and not solo[i]:
            given = {int(art[m]) for m in members}
            # (whether talks agreed is told in words too unlike for the alignment: what it is about decides; so
            # is whether one actor will do or has done an act, "would lodge an appeal" / "would not appeal")
            free = {k for k in states[i] if k in ("agreement", "safety") or k.startswith("act ")}
            sided = {int(art[m]) for m in members if "safety" in states[m]} if "safety" in states[i] else set()
            talks = np.logical_or.reduce([with_state[k] for k in free]) if free else False
            for j in np.nonzero(((grp != grp[i]) | (outlet_of != outlet_of[i])) & ~covered
                                & ((np.maximum(align[i], align_t[i]) >= CONFLICT_ALIGN) | talks))[0]:
                j = int(j)
                # (a thing called safe or unsafe: an article's other sentence in the claim is no side of it)
                kind = (_opposed(states[i], states[j]) if states[j] and (int(art[j]) not in given or (
                    "safety" in states[j] and int(art[j]) not in sided)) else None)
                if kind and one_day(i, j, told=kind not in ("agreement", "inquiry", "safety") and not kind.startswith("act ")) and (
                        not opposed or kind in opposed.values()):
                    opposed[j] = kind
                    given.add(int(art[j]))
            members += list(opposed)
            act = next(iter(opposed.values()), "")
            if act == "safety":
                # (and each article's word on either side, a statement a side: "Halvard Nutrition denied that its
                # gummies were unsafe" beside the same paper's report of the regulator's warning)
                things = [states[k]["safety"] for k in [i, *opposed]]
                sided = {(int(art[m]), states[m]["safety"][0]) for m in members if "safety" in states[m]}
                for j in np.nonzero(~covered & with_state["safety"])[0].tolist():
                    value, _, thing = states[j]["safety"]
                    if ((int(art[j]), value) not in sided and j not in members and one_day(i, j)
                            and any(v == value and thing & t for v, _, t in things)):
                        members.append(j)
                        sided.add((int(art[j]), value))
            if act.startswith("act "):
                # (and the other outlets that tell the act as this one does, however unlike their words: "her
                # client would appeal" / "His defence team said it would lodge an appeal")
                value, _, thing = states[i][act]
                members += [j for j in np.nonzero(((grp != grp[i]) | (outlet_of != outlet_of[i])) & ~covered & talks)[0].tolist()
                            if int(art[j]) not in given and act in states[j] and states[j][act][0] == value
                            and _one_actor(thing, states[j][act][2]) and one_day(i, j)
                            and not given.add(int(art[j]))]
        # (nor is an opinion piece an outlet behind a report's figure, side or place, nor the reverse)
        if (apart := {j for j in members + [k for k, _ in contested] if opinion[j] != opinion[i]}):
            members = [j for j in members if j not in apart]
            contested = [(j, c) for j, c in contested if j not in apart]
            further = {j: c for j, c in further.items() if j not in apart}
            denial = [j for j in denial if j not in apart]
            opposed = {j: k for j, k in opposed.items() if j not in apart}
            places = {p: ks for p, ks in places.items() if not set(ks) <= apart}
            places = {p: [k for k in ks if k not in apart] for p, ks in places.items()} if len(places) > 1 else {}
        date_contest = [j for j in members[1:] if grp[j] != grp[i] and _other_days(days[i], days[j]) == "contest"]
        # a backer that another outlet's denial, still unwritten, denies, while this claim is not what it denies,
        # backs this claim by its setting and leads a contest of its own later ("plans to cut 800 jobs after
        # buying Brightmere" backs "has agreed to buy Brightmere", and "denied a report that it would cut jobs"
        # contests it): it is evidence here, not written
        denied_apart = [j for j in members[1:] if not denying[j] and j not in denial and any(
            not covered[d] and grp[d] != grp[j] and art[d] != art[i] and _denies(stmts[d], stmts[j])
            and not _denies(stmts[d], s) for d in deniers)] if deniers and not denying[i] else []
        # a relay of another outlet's report ("The Kessel Ledger reported on Monday that ...") beside that
        # outlet's own report is that report again: no evidence of its own here, and no claim of its own later
        # (one that this claim's head, the outlet's own report, holds whole, unwritten, is a repeat of it)
        if relay.any():
            own_groups = {int(grp[k]) for k in members if not relay[k]}
            told = [j for j in members[1:] if relay[j] and int(grp[j]) in own_groups]
            if not relay[i]:
                told += [j for j in np.nonzero(relay & ~covered & (grp == grp[i]) & backs[:, i])[0].tolist()
                         if j not in members]
            members = [j for j in members if j not in told]
            covered[told] = True
        for j in members:
            covered[j] = j not in denied_apart or covered[j]
        followers = [j + 1 for j in members if j + 1 < n and leans[j + 1] and art[j + 1] == art[j]
                     and stmts[j + 1].position - stmts[j].position <= FOLLOWS]
        # whatever this claim states, other statements need not repeat
        # (a denial and what it denies are two statements, whatever names they share; and an article's
        # own sentences are repeats of each other only when each holds the other's content, as a lede
        # restating a quotation does, not merely alike in words)
        others = ~differ_t[i] & (denying == denying[i])
        others[setting_only + denied_apart] = False
        # (nor is a sentence of an article that gives this claim another sentence, when it gives a distinctive
        # figure that sentence does not: it is in no claim else. "Police put the crowd at about 12,000" beside
        # the same outlet's "Organisers said 50,000 people took part", both backing "Police estimated the crowd
        # at about 12,000, while organisers said 50,000")
        member_of = {int(art[m]): m for m in members}
        of_members = np.zeros(len(articles), dtype=bool)
        of_members[list(member_of)] = True
        # (a match's minute the head gives is written by this claim: "Jonas Mueller's 78th-minute goal won it" beside
        # the same paper's "Lindell lost 2–1", both backing "... with Jonas Müller scoring the winner in the 78th
        # minute": a minute tells one moment of one match. Any exact figure in common would drop the details of a
        # paper's second sentence on real news: allsides ROUGE-1 recall 34.43 -> 34.39 when tried)
        for j in np.nonzero(~covered & has_numbers & of_members[art])[0]:
            if any(not any(x.agrees(y) for y in stmts[member_of[int(art[j])]].numbers)
                   and not (x.unit == "ordinal minut" and any(x.value == y.value and x.unit == y.unit for y in s.numbers))
                   for x in telling[j]):
                others[j] = False
        # (nor is an article's own later count of what this claim counts, in words that say the total
        # changed: "By the afternoon the number of injured had risen to seven" after "three people had been
        # injured" is the article's update, not a repeat)
        for j in np.nonzero(same_article[i] & has_numbers & ~covered & (align_t[i] >= BACKS) & (align[i, :] >= BACKS))[0]:
            if j != i and any(update_wording(stmts[j].text, y) and (key := counted(stmts[j].text, y)) is not None
                              and any(x.value != y.value and counted(s.text, x) == key for x in s.numbers)
                              for y in stmts[j].numbers):
                others[j] = False
        covered |= (align_t[i] >= BACKS) & (align[i, :] >= BACKS) & others
        repeats = ((align_t[i] >= 0.8) | (cos_t[i] >= REDUNDANT)) & others & ~same_article[i] & ~covered
        # (a sentence close in meaning that gives a distinctive figure this claim does not is a report of its
        # own, not a repeat: "has risen to 9,500" beside "forcing about 2,000 people from their homes"; so is
        # one that counts what this claim does not, however small: "said 12 people were still missing" beside
        # the same minister's "said the army had sent 600 soldiers")
        for j in np.nonzero(repeats & (align_t[i] < 0.8))[0]:
            # (nor one whose words, names aside, this claim mostly does not hold: "Prime Minister Tomas Lindell
            # said he had accepted her resignation 'with regret'" beside "The resignation ... has left Prime
            # Minister Tomas Lindell facing a vote of no confidence")
            low = _lower_stems(stmts[j].text)
            if len(low - _lower_stems(s.text)) > len(low) / 2:
                repeats[j] = False
                continue
            if any(not any(x.agrees(y) for y in s.numbers) for x in telling[j]) or any(
                    not any(x.agrees(y) for y in s.numbers) and counted(stmts[j].text, x) is not None
                    and all(counted(s.text, y) != counted(stmts[j].text, x) for y in s.numbers)
                    for x in stmts[j].numbers if not distinctive(x)):
                repeats[j] = False
        covered |= repeats
        # a repeat whose words the head holds, from an article another sentence of which backs this claim,
        # is that article's evidence too; else it is in no claim (the outlet's "'It is an insult to the
        # voters,'" beside its "Marsh answered, telling the Courier it was 'deeply unfair'")
        # (three content words at least: "This is a problem for the world." is held by many a sentence)
        members += [int(j) for j in np.nonzero(repeats & (align_t[i] >= SAME_WORDS))[0]
                    if j not in members and int(art[j]) in member_of
                    and len(set(content_stems(stmts[j].text))) >= REPEAT_EVIDENCE_WORDS]
        # a backer whose main clause tells a fact of its own ("..., who won with 52.4 per cent, promised to
        # freeze bus fares") backs this claim and is also written as its own, single-source claim
        # (a side of a contest is told with the contest, second clause and all: "denied using rubber bullets
        # and said officers had used only batons")
        in_contest = set(denial) | {k for k, _ in contested} | set(opposed) | {k for ks in places.values() for k in ks}
        # (nor one a claim already written leads or cites: it is written there, or its other clause was weighed
        # against that claim: "the mill cut 300 jobs, and its output fell by a third" led the story's first claim)
        # (and the reverse: a report that tells only the place the head's relative clause sets it in does not back
        # what its main clause says, "six people died in a fire at the mill" / "Workers at the mill, where six
        # people died in a fire, said the exits had been locked": it is a claim of its own)
        # (a clause of place only, the setting: one of "who" tells of the subject itself, "Wrenfield, who stole 1.8
        # million crowns, was jailed", and stays backed by "Prosecutors said Wrenfield took 1.8 million crowns")
        place = (m := _ASIDE.match(s.text)) is not None and s.text[m.end("subject"):m.start("aside")].strip(" ,") == "where"
        aside_only = [j for j in members[1:] if place and j not in in_contest and _own_fact(stmts[j], s, clauses=False)]
        members = [j for j in members if j not in aside_only]
        covered[aside_only] = False
        # (so does an outcome's report that backs its forecast's, naming it: "raised its rate to 4.5%, as economists
        # had expected" backs "is expected to raise its rate to 4.5%" and tells the outcome, `told_forecast`)
        own = [j for j in members[1:] if not solo[j] and not cited[j]
               and (_own_fact(s, stmts[j], clauses=j not in in_contest) or told_forecast[i, j])]
        cited[members] = True
        covered[own] = False
        solo[own] = True
        n_groups[own] = 1
        # (a claim agreed on is named by the report that asserts what its head only asks: "the regulator said the
        # deal could reduce competition and that it would open an investigation", not "will investigate whether
        # the deal reduces competition", whose backer it would be, its assertion lost)
        if not contested and not denial and not opposed and not places and _OPEN_QUESTION.search(s.text):
            h = next((j for j in members[1:] if art[j] != art[i] and not solo[j] and not leans[j]
                      and _answers_open(s, stmts[j])), i)
            if h != i:
                members = [h] + [j for j in members if j != h]
                s = stmts[h]
        # (a claim agreed on is named by a report of the sum in the currency most outlets give it in)
        if not contested and not denial and len(members) > 2:
            h = _in_own_currency(members, stmts, grp, salience, leans)
            if h != i:
                members = [h] + [j for j in members if j != h]
                s = stmts[h]
        # (a claim contested on a figure is named by its best-grounded report, not a bare figure: `_grounded_head`)
        if contested and len(members) > 1:
            h = _grounded_head(members, stmts, [contested[0][1][0]] + [c[1] for _, c in contested], sides, salience)
            if h != members[0]:
                members = [h] + [j for j in members if j != h]
                s = stmts[h]

        evidence = [_evidence(stmts[j], articles[stmts[j].article]) for j in members]
        # each group is named by the outlet whose article says it (a reprint's own lede is its own)
        first_in_group: dict[int, str] = {}
        for j in sorted(members, key=lambda j: (articles[stmts[j].article].copy_of is not None, _sort_time(articles[stmts[j].article]))):
            first_in_group.setdefault(int(grp[j]), articles[stmts[j].article].outlet)
        member_groups = sorted(independent(set(first_in_group)))
        outlets = [first_in_group[g] for g in member_groups]
        status = "corroborated" if len(member_groups) >= 2 else "single-source"
        variants: list[Variant] = []
        about = None
        if contested:
            status = "contested"
            num_a, _, shared = contested[0][1]
            about = _about(stmts[i].text, shared, num_a)
            told = num_a  # (the figure whose report's words `about` is in)
            # (in the words of the report that heads it instead, `_grounded_head`, its own figure of the value; a kind
            # of count whose backers are named by it stays: "people on board", "crowd size")
            if s is not stmts[i] and about not in ("people on board", "crowd size") and (x := _own_figure(s, num_a)):
                told = x if (own_label := _about(s.text, shared, x)) else told
                about = own_label or about
            # (== rather than is: a sum of parts on board is made anew each time it is asked for)
            named = {i: num_a} | {j: c[1] for j, c in contested if c[0] == num_a}
            if about == "people on board":  # (a backer's count on board is its value, its parts summed)
                named |= {j: aboard[j] for j in members if j not in named and aboard[j] is not None}
            if about == "crowd size":  # (and a backer's count of the crowd, whatever its noun)
                named |= {j: crowds[j] for j in members if j not in named and crowds[j] is not None}
            if num_a.delta:  # (a backer's size of the change is its value: it has no other)
                way = _change_size(s.text, num_a)
                named |= {j: stmts[j].numbers[k] for j in members if j not in named
                          for k, d in changes[j][:1] if way and d == way[0]
                          and _same_measure(num_a, stmts[j].numbers[k], s.text, stmts[j].text)}
            variants = _variants_by_value(members, stmts, articles, num_a, shared, named)
            variants.sort(key=lambda v: -len(v.outlets))
            # (named in the words of the side most outlets give, not of a report of a side fewer give)
            if about not in ("people on board", "crowd size"):
                about = _most_backed_about(about, told, variants, members, stmts, articles)
        elif places:
            status, about = "contested", "the place"  # (as `name_contests` names it)
            variants = [_variant(place, ks, stmts, articles) for place, ks in places.items()]
        elif opposed:
            status = "contested"
            kind = next(iter(opposed.values()))
            about = _state_about(kind)  # ("warning level", "whether they will appeal")
            by_value: dict[str, tuple[str, list[int]]] = {}
            for j in members:
                if kind in states[j]:
                    value, word, _ = states[j][kind]
                    by_value.setdefault(value, (word, []))[1].append(j)
            variants = [_variant(word, idx, stmts, articles) for word, idx in by_value.values()]
        elif denial:
            status = "contested"
            deny = act_deny or {j for j in members if _denies(stmts[j], stmts[i] if j != i else stmts[denial[0]])}
            # (what is denied, in the denial's words, says more than "whether it happened")
            about = next((a for j in members if j in deny and (a := _denied_about(stmts[j].text))),
                         "whether it happened")
            variants = [
                _variant(label, [j for j in members if (j in deny) == is_deny], stmts, articles)
                for label, is_deny in zip(DENIAL_SIDES, (False, True))
            ]
        if status == "contested" and len(variants) < 2:
            # the figures that differed could not be told apart as values of one thing: no contest to show
            status, variants, about = ("corroborated" if len(member_groups) >= 2 else "single-source"), [], None
        dated = _date_variants(members, days, stmts, articles) if date_contest else []
        if dated and not variants:
            status, about, variants, dated = "contested", "the date", dated, []
        # (the other figures its reports give differently are conflicts of their own: the dead and the injured)
        more = _further_conflicts(i, members, contested, further, num_a, about, stmts, articles) \
            if contested and status == "contested" and about != "the date" and further else []
        evidence = _once_per_side(evidence, variants + [v for _, vs in more for v in vs])
        # (the event figures this claim agreed on, in its members and the repeats it covered, or set against
        # each other: weighed)
        now_covered = covered & eventful
        for m in {m for m in members if eventful[m]} | set(np.nonzero(now_covered & ~event_covered)[0].tolist()):
            weighed.update(id(y) for y in stmts[m].numbers if any(x.agrees(y) for x in s.numbers + stmts[i].numbers))
        weighed.update(id(y) for _, c in contested for y in c[:2])
        event_covered = now_covered
        if about == "people on board":
            ends = [int(art[m]) for m in members if aboard[m] is not None]
            aboard_told.update(frozenset((a, b)) for a in ends for b in ends if a != b)
        # (what this claim covers has its figures weighed when its head gives one, else not yet)
        fresh = covered & ~was_covered
        if s.numbers or stmts[i].numbers:
            unweighed[members] = False
            unweighed[[j for j, _ in contested]] = False
        else:  # (its members, not repeats it covered; an event's minute has its own rule: `by_event`)
            unweighed[[j for j in members if fresh[j] and has_numbers[j] and not eventful[j]]] = True
        cid = hashlib.sha1(f"{articles[s.article].id}:{s.start}".encode()).hexdigest()[:12]
        claims.append(Claim(cid, s.text, evidence, outlets, status,
                            s.attribution.source if s.attribution else None, variants, about, len(members), dated,
                            more))
    return claims


def _figure_kind(text: str, n: Number) -> tuple[str, str] | None:
    """What a figure counts or measures, when its words say it: a count ('death toll'), a measure reports update
    ('containment') or a vote's figure ('turnout'); None for any other."""
    return counted(text, n) or measured(text, n) or tallied(text, n)


def _further_conflicts(i: int, members: list[int], contested: list[tuple[int, tuple[Number, Number, set[str]]]],
                       further: dict[int, list[tuple[Number, Number, set[str]]]], first: Number, about: str | None,
                       stmts, articles) -> list[tuple[str, list[Variant]]]:
    """The figures a contested claim's reports give differently besides its first conflict (on `first`), each a
    conflict of its own with who gives each value: "killing 9 people and injuring 64" / "Twelve people were killed
    and 80 injured" differ on the dead and on the injured. Only pairs `_conflicts` found (`further`: each report's
    others), and held to more than the first: both figures say what they count, the same thing (`_figure_kind`:
    "injuring 64" / "80 injured", not "312 passengers" / "80 injured"), neither is a forecast, and each figure is
    in one conflict only."""
    s = stmts[i]
    # each report's figures already set against the head's (the first conflict's first)
    used: dict[int, list[Number]] = {j: [c[1]] for j, c in contested if c[0] == first}
    by_head: list[tuple[Number, set[str], dict[int, Number]]] = []
    for j, c in contested:
        for x, y, shared in [c] + further.get(j, []) if j in further else []:
            if x.value == first.value and x.unit == first.unit or any(y is u for u in used.get(j, [])):
                continue
            kind = _figure_kind(s.text, x)
            if kind is None or kind != _figure_kind(stmts[j].text, y):
                continue
            if _near(_EXPECTED, s.text, x, 50, 25) or _near(_EXPECTED, stmts[j].text, y, 50, 25):
                continue  # (a forecast is no count made, whichever side gives it)
            head = next((g for g in by_head if g[0] is x), None)
            if head is None:
                head = (x, shared, {i: x})
                by_head.append(head)
            if j not in head[2]:
                head[2][j] = y
                used.setdefault(j, []).append(y)
    out: list[tuple[str, list[Variant]]] = []
    told = {about}
    for x, shared, named in by_head:
        what = _about(s.text, shared, x)
        if not what or what in told:
            continue  # (two entries of one label would read as one conflict told twice)
        # (a report gives a value of it only in a figure that counts what it counts: "rose to 15" a day on is
        # no value of the injured, whatever words it shares with them)
        kind = _figure_kind(s.text, x)
        sides = [m for m in members if m in named or any(_figure_kind(stmts[m].text, y) == kind for y in stmts[m].numbers)]
        variants = _variants_by_value(sides, stmts, articles, x, shared, named)
        variants.sort(key=lambda v: -len(v.outlets))
        if len(variants) >= 2:
            out.append((what, variants))
            told.add(what)
    return out


def _date_variants(members: list[int], days: list[Days], stmts, articles) -> list[Variant]:
    """The days a claim's reports give for it, each with who gives it (none when they do not differ)."""
    by: dict[str, list[int]] = {}
    for j in members:
        # a month and day, else a weekday resolved: "on Monday" in Thursday's paper gives a day too
        d = sorted(iso for iso, _, weekday in days[j] if not weekday) or sorted(iso for iso, *_ in days[j])
        if d:
            by.setdefault(d[0], []).append(j)
    out = [_variant(k, v, stmts, articles) for k, v in sorted(by.items())]
    return out if len(out) >= 2 else []


ABOUT_WORDS = 2  # words of a contest's label: those nearest the figure
_PART_BREAK = re.compile(r"[,;:—–()]")
# a count of the people at a march, meeting or match: "put the crowd at 9,000", "9,000 took part", "40,000 had
# marched", "The attendance was 28,450", "31,500 spectators", "32,000 fans packed into the stadium"
_CROWD = re.compile(r"(?i)\b(?:crowds?|took part|take part|taking part|turned out|turnout|marched|attended|"
                    r"joined (?:the|a) (?:march|protest|rally|demonstration)|attendances?|spectators|fans|onlookers|"
                    r"attendees)\b")
CROWD_REACH = 40  # characters between the figure and the word that says it is a crowd, at most
# the word after a crowd's figure, when there is one: people, not "three semesters" or "204 teams"
_CROWD_NOUN = frozenset("people persons protesters demonstrators marchers supporters took marched joined turned "
                        "attended had have were spectators fans onlookers attendees watched packed".split())


def _crowd(text: str, n: Number) -> bool:
    """Whether a figure counts the people at a march or meeting ("Police put the crowd at about 9,000")."""
    # (in the figure's own part of the sentence: "Tanweer, 22, attended Leeds" gives his age)
    lo = max((m.end() for m in _PART_BREAK.finditer(text, max(0, n.start - CROWD_REACH), n.start)),
             default=max(0, n.start - CROWD_REACH))
    hi = next((m.start() for m in _PART_BREAK.finditer(text, n.end, n.end + CROWD_REACH)), n.end + CROWD_REACH)
    if n.unit or n.delta or not _CROWD.search(text[lo:hi]):
        return False
    nxt = _next_word(text, n)
    return (not nxt or nxt in _CROWD_NOUN or fold(nxt) in STOPWORDS) and counted(text, n) is None


# The people at an event are one count whatever the noun ("A crowd of 31,482 watched" / "About 31,500 spectators
# were at Hollin Park" / "The official attendance was 28,450"): as with the people on board, each article's one
# such count is set against another's, however unlike their words. Not a crowd looked for ("a crowd of 40,000 is
# expected"), a ground's capacity, nor one of another place ("10,000 marched in Lyon" / "8,000 in Brest").
_CROWD_AHEAD = re.compile(r"(?i)\b(?:will|would|could|may|might|expect(?:s|ed)?|hopes?|hoped|plans?|planned|capacity)\b")
_CROWD_PLACE = re.compile(r"\b(?:at|in)\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")


def _crowd_count(st: Statement) -> Number | None:
    """The count of people at an event a statement gives (`_crowd`); None unless it gives exactly one."""
    if _CROWD_AHEAD.search(st.text):
        return None
    found = [x for x in st.numbers if _crowd(st.text, x)]
    return found[0] if len(found) == 1 else None


def _crowd_contests(i: int, stmts: list[Statement], crowds: list[Number | None], candidates: np.ndarray,
                    articles: list[Article]) -> tuple[list[tuple[int, tuple[Number, Number, set[str]]]], list[int]]:
    """Statements among `candidates` that give another count of the people at the event than statement i
    (`crowds`, by statement: `_crowd_count`), and those that give the same count in other words, when each
    article gives only one such count, within ABOARD_RATIO of each other, and neither names a place the
    other's article does not."""
    x = crowds[i]
    if x is None:
        return [], []
    given: dict[int, set[float]] = {}  # each article's crowd counts
    for k, z in enumerate(crowds):
        if z is not None:
            given.setdefault(stmts[k].article, set()).add(z.value)
    if len(given[stmts[i].article]) != 1:
        return [], []
    places = {k: [m.group(1) for m in _CROWD_PLACE.finditer(stmts[k].text)] for k in (i, *map(int, candidates))
              if crowds[k] is not None}
    out, same = [], []
    for j in candidates:
        j = int(j)
        y = crowds[j]
        if (y is None or j == i or len(given[stmts[j].article]) != 1 or _ratio(x, y) > ABOARD_RATIO
                or any(p not in articles[stmts[b].article].text for a, b in ((i, j), (j, i)) for p in places[a])):
            continue
        if x.agrees(y):
            same.append(j)
        else:
            out.append((j, (x, y, {stem("crowd")})))
    return out, same


# a percentage measured from a price: "a premium of 31 percent to the closing price", "28 percent above its
# last closing price": what it measures is the premium (or discount), not the price
_MEASURED_FROM = re.compile(r"^\s*(?:(above|over|higher than|more than)|(below|under|lower than|less than)|to|on)\s")
_PREMIUM = re.compile(r"(?i)\b(premium|discount)\b")
_PRICE = re.compile(r"(?i)\b(?:price|prices|close|closing|offer|valuation)\b")


def _measured_from(text: str, n: Number) -> str | None:
    """What a percentage set against a price measures ("premium", "discount"); None for any other figure."""
    m = _MEASURED_FROM.match(text[n.end:])
    if n.unit != "%" or not m or not _PRICE.search(text[n.end: n.end + 60]):
        return None
    named = _PREMIUM.search(text[max(0, n.start - 40): n.start])  # "a premium of 31 percent to ..."
    if named:
        return named.group(1).lower()
    if m.group(1) or m.group(2):
        return "premium" if m.group(1) else "discount"
    return None  # ("to" alone says no premium: "cut 4 percent to the price of ...")


# A tally is a match's score when its sentence tells a result in a game's words, and no vote's
_SCORE_WORDS = re.compile(r"(?i)\b(?:beat(?:s|ing|en)?|defeat(?:s|ed|ing)?|won|wins?|winning|lost|lose|loses|losing|drew|"
                          r"draws?|drawn|victory|triumph(?:s|ed)?|thrash(?:ed|ing)?|edged|routed|score(?:d|line)?|goals?|"
                          r"match|game|final|(?:half|full)[- ]?time|lead|led|leading|trail(?:s|ed|ing)?)\b")
_VOTE_WORDS = re.compile(r"(?i)\bvot(?:e|es|ed|ing)\b|\bballots?\b|\brul(?:ed|ing)\b|\bjur(?:y|ors)\b|\bverdict\b|"
                         r"\bjustices\b|\bmotion\b|\breferendum\b|\b(?:lawmakers|senators|delegates|councill?ors)\b")


def _about(text: str, shared: set[str], n: Number) -> str | None:
    """What a contested figure counts, in the words of the claim's sentence: the words both figures'
    contexts hold, each once, the names among them left out unless nothing else is left ("people killed",
    not "killed Kessel Vale Kessel"), the ABOUT_WORDS nearest the figure ("forcing residents", not the
    whole of two sentences that differ only in it)."""
    lo = max((m.end() for m in _PART_BREAK.finditer(text, 0, n.start)), default=0)
    hi = next((m.start() for m in _PART_BREAK.finditer(text, n.end)), len(text))
    change = _change_size(text, n)
    if change:  # "raised its rate by 50 basis points": the size of the increase, not "rate basis"
        made = bool(_TRANSITIVE.match(change[1]))
        return "size of the " + {("up", True): "increase", ("down", True): "cut",
                                 ("up", False): "rise", ("down", False): "fall"}[(change[0], made)]
    if n.unit == "temperature":  # what is measured, not the shared place ("region")
        return "temperature"
    if n.measure == "ordinal":  # the noun ranked ("in the 78th minute", "78 minutes in": "the minute")
        return "the minute" if n.text.endswith(" in") else "the " + re.split(r"[ -]", n.text)[-1]
    if prison_term(text, n) == "imposed":  # "jailed for six years": the sentence, not "jailed Tuesday"
        return "the sentence"
    if n.measure == "tally" and _SCORE_WORDS.search(text) and not _VOTE_WORDS.search(text):
        return "the score"  # "beat Fenmoor Athletic 2-1": a match's score, not the names both reports share
    if _crowd(text, n):
        return "crowd size"
    if _aboard_figure(text, n):
        return "people on board"
    measured = _measured_from(text, n)
    if measured:
        return measured
    # a figure that is what its clause's subject came to ("Turnout in the Castellow election was 58
    # percent") counts that subject ("turnout"), however far off it stands; its first word is lower-cased
    # when it only opens the sentence
    head = subject_head(text[: n.start])
    opens = head.strip() and text.lstrip().startswith(head.strip())
    ws = [w if k or not opens else w[:1].lower() + w[1:] for k, w in enumerate(re.findall(r"[\w’'-]+", head))]
    subject = [w for w in ws if stem(w) in shared and fold(w) not in STOPWORDS and not w[:1].isupper()]
    if subject:
        # (words the subject keeps apart are not set side by side: its first alone)
        joined = " ".join(subject[:ABOUT_WORDS])
        return joined if f" {joined} " in f" {' '.join(ws)} " else subject[0]
    seen: dict[str, tuple[str, int, int]] = {}  # stem -> (word, distance in characters from the figure, where)
    for m in re.finditer(r"[\w’'-]+", text):
        w, k = m[0], stem(m[0])
        if k in shared and fold(w) not in STOPWORDS:
            away = n.start - m.end() if m.end() <= n.start else m.start() - n.end
            if k not in seen or away < seen[k][1]:
                seen[k] = (w, away, m.start())
    plain = {k: v for k, v in seen.items() if not v[0][:1].isupper()} or seen
    # (the words of the figure's own comma-bounded part first: "killing at least 12 people", not the
    # ", the provincial health office said" after it)
    plain = {k: v for k, v in plain.items() if lo <= v[2] < hi} or plain
    near = sorted(plain, key=lambda k: plain[k][1])[:ABOUT_WORDS]
    ordered = sorted(near, key=lambda k: plain[k][2])
    label = " ".join(plain[k][0] for k in ordered) or None
    holder = _HOLDER.search(text[max(0, n.start - 60): n.start]) if n.unit == "%" else None
    if holder and label == holder.group(1):
        return f"{label}'s share"  # the name that took the figure is whose share it is ("Brenik took 44.1%")
    # (a figure with no noun of its own that is the subject of the words after it counts who did that: "50,000 had
    # taken part" is "the number who had taken part", not "taken part")
    if (label and not n.unit and all(plain[k][2] >= n.end for k in ordered) and not _noun(_next_word(text, n))
            and _figure_subject(re.findall(r"[\w’'-]+", text[lo: n.start]))):
        return _figure_phrase(text, n, lo, hi)
    if label and not _phrase(text, n, [(plain[k][2], plain[k][2] + len(plain[k][0])) for k in ordered]):
        return _figure_phrase(text, n, lo, hi)  # (not "aside flood" of "set aside 12 million crowns for flood defences")
    return label


# A label's words are words the sentence writes side by side, but for the figure's own phrase between them
# ("killed at least 30 people": "killed people"; "paid 3 million crowns in compensation"); words it keeps apart
# by others are no phrase ("set aside 12 million crowns for flood defences": "aside flood"; "died in the
# explosion": "died explosion"), nor are a preposition ("across dry") or the first of two nouns ("campaign funds")
_HEDGE_WORDS = frozenset("a an the at least most more than about around some nearly almost over under fewer less "
                         "roughly approximately estimated just".split())  # (and "up to")
_OF_FIGURE = frozenset(("of", "in"))  # right after a figure, of its phrase ("40 hectares of forest")
_PREPOSITIONS = frozenset("for on in to from at of with by into onto after during against across near over under "
                          "through toward towards since before along around about among amid between beside behind "
                          "inside outside past beyond within without despite following including like per via upon "
                          "throughout".split())
_FUNCTION_WORDS = STOPWORDS | _PREPOSITIONS
_PARTICLES = frozenset("aside up off out down back away".split())  # of a verb ("set aside", "paid out")
_HAVE_BE = frozenset("has have had having been be being is are was were".split())  # (a participle follows)
_BE = frozenset("been be being is are was were".split())
_TO_MODAL = frozenset("to will would can could should may might must shall".split())  # (a bare verb follows)
_CLAUSE_WORDS = frozenset("and but or while whereas who which that said says according as because".split())
_OPENS_CLAUSE = frozenset("and but while when after that said".split())  # before a figure that is a subject
TAIL_WORDS = 5  # words of the sentence after a label's head ("died in the explosion"), at most
_UNIT_HEADS = {"%": "the share", "area": "the area", "length": "the distance", "mass": "the weight",
               "speed": "the speed", "volume": "the volume", "age": "the age"}
_COUNT_HEADS = {"death toll": "the death toll", "cases": "the number of cases", "survivors": "the number of survivors"}


def _hedged(toks: list[str]) -> int:
    """How many of the words before a figure (`toks`, in order) are not its hedge ("at least", "up to")."""
    k = len(toks)
    while k:
        if fold(toks[k - 1]) in _HEDGE_WORDS:
            k -= 1
        elif k > 1 and fold(toks[k - 1]) == "to" and fold(toks[k - 2]) == "up":
            k -= 2
        else:
            break
    return k


def _noun(w: str) -> bool:
    """A lower-case content word that is no verb, as far as a word list tells ("homes", not "died" or "fell")."""
    return (w[:1].islower() and fold(w) not in _FUNCTION_WORDS
            and not (_FINITE.fullmatch(w) and not w.endswith("s")))


def _phrase(text: str, n: Number, spans: list[tuple[int, int]]) -> bool:
    """Whether the label's words (`spans`, in order) make a phrase of the sentence: side by side but for the
    figure's own phrase between them, no preposition among them, its last no noun's modifier."""
    if any(fold(text[a:b]) in _PREPOSITIONS for a, b in spans):
        return False
    for (_, a), (b, _) in zip(spans, spans[1:]):
        if a <= n.start and n.end <= b:
            after = words(text[n.end: b])
            if _hedged(words(text[a: n.start])) or len(after) > 1 or (after and fold(after[0]) not in _OF_FIGURE):
                return False
        elif words(text[a: b]):
            return False
    nxt = re.match(r"\s+([\w’'-]+)", text[spans[-1][1]:])
    return not (nxt and _noun(nxt.group(1)))


def _tail(toks: list[str]) -> list[str]:
    """The words of a verb phrase or a prepositional phrase as written, up to one preposition's phrase, before
    any name, another clause or TAIL_WORDS, its closing function words left off ("died in the explosion at the
    Merrow plant" -> "died in the explosion")."""
    out: list[str] = []
    preps = 0
    for w in toks[:TAIL_WORDS]:
        low = fold(w)
        if w[:1].isupper() or w[:1].isdigit() or low in _CLAUSE_WORDS:
            break
        if low in _PREPOSITIONS:
            preps += 1
            if preps > 1 and any(fold(x) not in STOPWORDS for x in out[1:]):
                break
        out.append(w)
    while out and fold(out[-1]) in _FUNCTION_WORDS:
        out.pop()
    return out


_PLURALS = frozenset("people children men women staff crew".split())  # plurals with no -s, as a compound's head


def _figure_subject(before: list[str]) -> bool:
    """Whether a figure is its clause's subject, by the words of its part of the sentence before it (`before`):
    none but its hedge, or a clause's opening word ("while the union said 50,000 had taken part")."""
    k = _hedged(before)
    return not k or fold(before[k - 1]) in _OPENS_CLAUSE


_MORE = frozenset("more other further additional extra".split())  # after a figure, of its phrase ("12 more people")


def _figure_phrase(text: str, n: Number, lo: int, hi: int) -> str:
    """What a contested figure is, as a noun phrase: a head by its kind ("the sum", "the share", "the number of
    homes") and, where its part of the sentence (text[lo:hi]) gives them, the sentence's own words for it: the
    verb it is the subject of ("the number who died in the explosion") or that makes it, as a participle ("the
    sum set aside for flood defences") or after "to" ("the sum to spend on new schools"), and the phrase after
    it. Else the head alone, a count by what it counts ("the death toll")."""
    before = re.findall(r"[\w’'-]+", text[lo: n.start])
    after = re.findall(r"[\w’'-]+", text[n.end: hi])
    if after and fold(after[0]) in _MORE:  # ("12 more people died": "the number of people who died")
        after = after[1:]
    noun = ""
    if not n.unit and after and _noun(after[0]):  # ("six homes", not "six died")
        noun, after = after[0], after[1:]
        # a compound's head is its last noun, a plural: "two emergency exits", "20 rail workers" (not "emergency")
        while (after and not noun.endswith("s") and len(noun.split()) < 3 and _noun(after[0])
               and (after[0].endswith("s") or fold(after[0]) in _PLURALS)):
            noun, after = f"{noun} {after[0]}", after[1:]
    kind = counted(text, n)
    head = ("the sum" if n.unit in CURRENCIES else _UNIT_HEADS.get(n.unit, "the figure") if n.unit
            else f"the number of {noun}" if noun else "the number")
    k = _hedged(before)
    if _figure_subject(before) and after and fold(after[0]) not in _PREPOSITIONS:
        # the figure is the subject: what it did or what was done to it, as written
        tail = _tail(after)
        be = next((b for b, w in enumerate(tail) if fold(w) not in _HAVE_BE), 0)  # (the tail ends in a content word)
        if be and any(fold(w) in _BE for w in tail[:be]):  # a passive: "the number evacuated", not "who were evacuated"
            return f"{head} {' '.join(tail[be:])}"
        if tail:
            who = "who" if not noun or noun in _JUST_PEOPLE or kind else "that"
            return f"{head} {who} {' '.join(tail)}"
    verb: list[str] = []
    if k and fold(before[k - 1]) in _PARTICLES:
        verb, k = [before[k - 1]], k - 1
    if k and before[k - 1][:1].islower() and fold(before[k - 1]) not in _FUNCTION_WORDS:
        v, prior = before[k - 1], fold(before[k - 2]) if k > 1 else ""
        if prior in _HAVE_BE or (v.endswith("ed") and prior not in _TO_MODAL):
            verb = [v] + verb  # a participle ("has set aside", "allocated")
        elif prior in _TO_MODAL:
            verb = ["to", v] + verb  # ("will spend" -> "to spend")
        else:
            verb = []
    else:
        verb = []
    pp = _tail(after) if after and fold(after[0]) in _PREPOSITIONS else []
    if verb or pp:
        return " ".join([head] + verb + pp)
    if kind and not n.unit:
        return _COUNT_HEADS.get(kind[0], f"the number {kind[0]}")  # ("the number injured")
    return head


def _same_source(x: Statement, y: Statement) -> bool:
    """Both statements are attributed to one speaker or body (matched as speakers are, by last word)."""
    return bool(x.attribution and y.attribution
                and speaker_key(x.attribution.source) == speaker_key(y.attribution.source))


_OF_WHAT = re.compile(r"(?<=[a-z]) of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*\s*$")


def _person_key(st: Statement) -> str | None:
    """The folded last name of the person a statement is attributed to by a full name ("Mira Castell",
    "police spokesman Anders Quill"), or None: attributed to no one, to a body, a role or a paper
    ("police", "the regional governor", "The Washington Post", "Pfizer Inc", "per CDC"), which may be
    the person under another name, or a surname alone, which may be a company's ("Bloomberg")."""
    names = _person_names(st)
    return names[1] if names else None


def _person_names(st: Statement) -> tuple[str, str] | None:
    """The folded first and last name of the person a statement is attributed to by a full name (see
    `_person_key`), or None."""
    source = re.sub(r"\([^)]*\)", " ", st.attribution.source if st.attribution else "")
    # "Captain Lisbet Aron of the Osprey" is Aron ("Secretary of State Ada Moss" is Moss)
    for parts in (source.split(), _OF_WHAT.sub("", source).split()):
        if len(parts) < 2:
            continue
        first, last = (w.strip(",.’'") for w in parts[-2:])
        if all(w[:1].isupper() and w[1:].islower() for w in (first, last)) and not {fold(first), fold(last)} & _NOT_NAME_WORDS:
            key = speaker_key(last)
            return (fold(first), key) if key else None
    return None


def _one_person_spelt_two_ways(x: Statement, y: Statement, kx: tuple[str, str] | None, ky: tuple[str, str] | None) -> bool:
    """Two statements that quote the same words, attributed to one first name and two spellings of one
    surname ("captain Idris Adebayo said" / "captain Idris Adebayp said"): one person, one remark, spelt
    two ways by two outlets. Two people of like names saying other things stay two."""
    return (kx is not None and ky is not None and kx[0] == ky[0] and spelt_alike(kx[1], ky[1])
            and _same_quotation(x.text, y.text))


def _reported(st: Statement, span: tuple[int, int] | None = None) -> set[str]:
    """The content words of what a statement reports its source saying or doing: the sentence without the
    attribution ("Captain Aron of the Osprey said") or its `span` that tells it, without the subject that names
    who acts (`_acting_person`)."""
    return set(content_stems(_said_text(st, span)))


def _pair_names(x: Statement, y: Statement) -> set[str]:
    """The stems of the names two statements give, but words either writes in lower case ("Progressivism, he
    told ..." / "blamed 'progressivism'"): what a person said and did of one story name the same people ("Judge
    Miriam Oakes said Vasquel had shown no remorse" / "... remanded Vasquel in custody")."""
    return ({stem(w) for st in (x, y) for w in names(st.text)}
            - {stem(w) for st in (x, y) for w in words(st.text) if w.islower()})


def _said_text(st: Statement, span: tuple[int, int] | None = None) -> str:
    """The words of what a statement tells of its source (`_reported`): without the attribution, or its `span`."""
    a = st.attribution
    text = st.text[span[0]: span[1]] if span else st.text[: a.start] + " " + st.text[a.end:] if a else st.text
    # (a quotation's speaker, credited with the whole of it: its words are what is reported)
    return text if content_stems(text) else st.text


# a person named right before a verb of saying, in a sentence whose opening phrase the attribution does not
# read ("Outside court, the trust's chief executive, Grete Solberg, said ...")
_NAME_SAYS = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),?\s+(?P<verb>said|says|told|added|insisted|warned|"
                        r"argued|stressed)\b")


_SHE_TITLE = re.compile(r"\b(?:Mrs|Ms|Miss)\b")
TAG_WORDS = 4  # words after a speaker's verb that close a sentence as its tag ("..., Brad Parscale said in a statement.")
_SPEECH_VERB = re.compile(r"said|says|told|tells|added|adds|announced|announces|stated|states|declared|declares|"
                          r"insisted|insists|warned|warns|argued|argues|stressed|claimed|claims|confirmed|confirms|"
                          r"denied|denies|wrote|writes|tweeted|tweets|accused|accuses|urged|urges|vowed|vows|"
                          r"promised|promises|pledged|pledges|called|calls")


def _acting_person(st: Statement) -> tuple[str, tuple[int, int], bool] | None:
    """Whom a statement that credits no one tells of (`speaker_key`), the span of what it tells of them, and
    whether it tells what they said: the person named right before a verb of saying (`_NAME_SAYS`; what comes
    after the verb, or before the name when they close the sentence), else its subject ("Carrow manager Bram
    Kolar blamed the referee": Kolar, from "blamed", a deed)."""
    if st.attribution is not None:
        return None
    masked = mask_quotes(st.text)
    # (a quotation that opens the sentence is what its speaker, named after it, is told of: '"…," Mr. Netanyahu
    # is shown saying')
    quoted_first = st.text[:1] in "\"“‘'"
    m = _NAME_SAYS.search(masked)
    if m and (who := person(m["name"])):
        tag = quoted_first or len(masked[m.end():].split()) <= TAG_WORDS
        if quoted_first and not any(q.start <= 1 and q.end <= m.start() for q in quotations(st.text)):
            return None  # (a name inside the quotation is no speaker of it)
        return speaker_key(who), (0, m.start("name")) if tag else (m.start("verb"), len(masked)), True
    # (a woman's title, "Ms Lunde", names no "he")
    who = subject_person(st.text, "he") or (subject_person(st.text, "she") if _SHE_TITLE.search(masked) else None)
    at = masked.find(who.split()[-1]) if who else -1
    verb = _FINITE.search(masked, at + len(who.split()[-1])) if at >= 0 else None
    if verb is None:
        return None
    if quoted_first and not any(q.start <= 1 and q.end <= at for q in quotations(st.text)):
        return None  # (a name inside the quotation is no speaker of it)
    # ("Mr. Schumer announced the deal": what he said, though no attribution reads it)
    said = quoted_first or bool(_SPEECH_VERB.fullmatch(verb.group().lower()))
    return speaker_key(who), (0, at) if quoted_first else (verb.start(), len(masked)), said


_POSSESSIVE_END = re.compile(r"['’]s?$")
# where a subject ends: an auxiliary, a verb of saying or a past form (not "this", "sense": not every word in -s)
_SUBJECT_END = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|"
                          r"said|says|told|tells|[a-z]{2,}ed)\b")


def _subject_words(text: str) -> set[str]:
    """The folded words of a sentence's subject, before its first verb, without a possessive's name ("The board
    rejected Brandt's demand" -> {the, board}; "Brandt's party said" -> {party})."""
    masked = mask_quotes(text)
    verb = _SUBJECT_END.search(masked)
    subject = re.sub(r"\b[A-Z][\w-]*['’]s\b", " ", masked[: verb.start() if verb else len(masked)])
    return {fold(w) for w in words(subject)}


# words of a source's name that are no part of whose it is ("Halvard spokeswoman Ida Berg" is Halvard's)
_SOURCE_ROLE = frozenset(content_stems("spokesman spokeswoman spokesperson official officials representative "
                                       "chief executive head director statement"))
# a verb of saying within a clause after a source's name: the text tells that source's words
_SAYS_WITHIN = re.compile(r"[^.;:!?\"“”]{0,60}?\b(?:said|says|told|tells|added|stated|claimed|insisted|warned|"
                          r"denied|denies|confirmed|argued|wrote|announced)\b")


def _source_words(st: Statement) -> set[str] | None:
    """The words of a statement's credited source when the source has a name ("Halvard Nutrition", "Dr Katja
    Brunner", "Norvane's medicines regulator"), else None: credited to no one, or named only by what it is
    ("the agency", "police"), which may be anyone's."""
    a = st.attribution
    if a is None or not names(a.source):
        return None
    return set(content_stems(a.source)) - _SOURCE_ROLE or None


def _a_body(st: Statement) -> bool:
    """The statement's source is no person but named in words ("Norvane's medicines regulator", "Halvard
    Nutrition"); a single word ("Obama", "Pfizer") may be either."""
    src = st.attribution.source.strip() if st.attribution else ""
    return len(src.split()) > 1 and person(src) is None


def _proper_body(st: Statement) -> bool:
    """The statement's source is a body by its proper name ("Halvard Nutrition", "the Norvane Medicines Agency"),
    not by what it is ("Norvane's medicines regulator", "the Obama administration")."""
    src = re.sub(r"^(?:[Tt]he)\s+", "", st.attribution.source.strip()) if st.attribution else ""
    return bool(_PROPER.match(src))


def _acronym_of(x: Statement, y: Statement) -> bool:
    """One source is the other's initials: "DOJ" / "Department of Justice", "NMA" / "Norvane Medicines Agency"."""
    a, b = (st.attribution.source if st.attribution else "" for st in (x, y))
    for short, full in ((a, b), (b, a)):
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", full))
        if len(initials) > 1 and any(w.isupper() and len(w) > 1 and w in (initials, initials.replace("O", ""))
                                     for w in re.findall(r"[\w]+", short)):
            return True
    return False


def _tells_words_of(x: Statement, y: Statement) -> bool:
    """y tells what x's source said: it names that source before a verb of saying ("Halvard Nutrition, which
    makes DreamEase, said ..."), or after "according to"; not as the maker named in the regulator's warning."""
    low = fold(y.text)
    for w in {fold(n) for n in names(x.attribution.source)} if x.attribution else ():
        for m in re.finditer(rf"\b{re.escape(w)}\b", low):
            if _SAYS_WITHIN.match(low, m.end()) or "according to" in low[max(0, m.start() - 40): m.start()]:
                return True
    return False


# words that make a capitalised pair a body, a paper, a day or a place rather than a person's name
_NOT_NAME_WORDS = frozenset("""the inc corp co ltd llc group post times news journal press herald tribune daily gazette
wire radio tv network agency ministry department office house senate court council committee police party union
university institute foundation bank association administration government city county state states republic
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december""".split())


def _variant(label: str, idx: list[int], stmts, articles, written: dict[int, str] | None = None,
             credited: dict[int, str | None] | None = None) -> Variant:
    # each group by the outlet of its article that gives this variant, an original before its reprints
    # (a reprint that changed the figure gives its own)
    said: dict[int, str] = {}
    for j in sorted(idx, key=lambda j: articles[stmts[j].article].copy_of is not None):
        said.setdefault(stmts[j].group, articles[stmts[j].article].outlet)
    outlets = sorted(said.values())
    # (each evidence credited to whom its figure is credited: `credited`, `_figure_source`)
    evidence = [_evidence(stmts[j], articles[stmts[j].article]) for j in idx]
    evidence = [replace(e, attribution=credited[j]) if credited and j in credited else e for j, e in zip(idx, evidence)]
    return Variant(label, outlets, evidence, [(written or {}).get(j, "") for j in idx])


def _variants_by_value(members, stmts, articles, ref: Number, shared: set[str],
                       named: dict[int, Number]) -> list[Variant]:
    """Group the claim's statements by the value each gives for the contested figure; figures that
    agree ("five years" and "60 months") are one variant, labelled as the first outlet wrote it. A
    statement whose figure only allows a variant's, far from it ("at least two Israelis" beside "at least
    28 Palestinians"), gives none: a hedge that allows a value does not make it that value. `named`: the
    figure each member's conflict was found on ("the evacuation of 1,200", not "killing nine" beside it)."""
    picks = []
    # the head's other figures, when the contested one is its own
    others = [o for o in stmts[members[0]].numbers if o is not ref] if any(o is ref for o in stmts[members[0]].numbers) else []
    ahead = any(o is ref for o in stmts[members[0]].numbers) and _near(_EXPECTED, stmts[members[0]].text, ref, 50, 25)
    # (what the contested figure counts, when its words say: a figure that says it counts another thing is no value
    # of it, "the death toll rose to 10" beside "injuring 41" / "58 injured")
    kind = _figure_kind(stmts[members[0]].text, ref) if any(o is ref for o in stmts[members[0]].numbers) else None
    # (a multiple, "up to 3.4 times the dose", is no value of a count, nor the reverse: `_TIMES`)
    times = next((bool(_TIMES.match(stmts[j].text, ref.end)) for j in members if any(o is ref for o in stmts[j].numbers)), None)

    def other_kind(st: Statement, num: Number) -> bool:
        return times is not None and bool(_TIMES.match(st.text, num.end)) != times

    for j in members:
        st = stmts[j]
        # the figure its conflict named, else the first that counts what the contested one counts (not
        # one the claim's head gives for something else: "24 homes" is its "two dozen homes", beside "300")
        pick = named.get(j) or next((num for k, num in enumerate(st.numbers)
                                     if num.unit == ref.unit and not num.delta and st.contexts[k] & shared
                                     and not any(o.unit == num.unit and o.value == num.value for o in others)
                                     and (kind is None or _figure_kind(st.text, num) in (kind, None))
                                     and not other_kind(st, num)), None)
        if pick is None and ref.unit and j != members[0]:
            # a report's only figure in the contested unit is its value, however it words it ("Ferrow was jailed on
            # 13 May for eight years and six months"): a member that gives one is in some variant
            alike = [num for num in st.numbers if num.unit == ref.unit and not num.delta
                     and not any(o.unit == num.unit and o.value == num.value for o in others) and not other_kind(st, num)]
            pick = alike[0] if len(alike) == 1 else None
        if pick is not None and j != members[0] and _near(_EXPECTED, st.text, pick, 50, 25) and not ahead:
            continue  # a forecast ("Organisers expect more than 40,000 people") is no side of the count made
        if pick is not None:
            picks.append((j, pick))
    groups: list[tuple[Number, str, list[int]]] = []
    # figures as they are first, hedges after: "at least nine" goes with "nine", not with the first
    # figure it allows ("eleven"), and with none when it allows several
    for j, pick in sorted(picks, key=lambda p: bool(p[1].approx)):
        allows = [g for g in groups if g[0].agrees(pick)]
        same = next((g for g in allows if g[0].value == pick.value), allows[0] if len(allows) == 1 else None)
        if not allows:
            groups.append((pick, figure_label(pick), [j]))
        elif same is not None and _close(same[0], pick):
            same[2].append(j)
    groups.sort(key=lambda g: min(members.index(j) for j in g[2]))  # in the claim's order, its head's first
    # a sentence that gives both sides' figures ("Police estimated ... 9,000, while organisers said 40,000")
    # is evidence of each side
    own: dict[tuple[int, int], Number] = {(x, j): pick for x, g in enumerate(groups) for j, pick in picks if j in g[2]}
    for j in members:
        two = _two_sided(stmts[j]) if len(stmts[j].numbers) > 1 else None
        for x, g in enumerate(groups) if two else []:
            k = next((k for k in two if stmts[j].numbers[k].unit == g[0].unit and _close(g[0], stmts[j].numbers[k])), None)
            if j not in g[2] and k is not None:
                g[2].append(j)
                own[x, j] = stmts[j].numbers[k]
    # (a report whose figure's own words say what is counted is quoted first: "'We believe about 150 homes
    # have been lost,' Alder said", not "Alder said the true figure was closer to 150")
    says = {j: next((bool(stmts[j].contexts[k] & shared) for k, z in enumerate(stmts[j].numbers) if z is pick), True)
            for j, pick in picks}
    # a member whose own figure only allows the variant's ("more than two million" beside 2.3 million) is
    # not said to give it: its words go with it
    # (and a report that credits its figure to a source before a bare one, the head first among equals: a side
    # is told as someone's count, "About 50,000 took part, according to the organisers", not as a fact)
    bare = {j for j, pick in picks if _figure_source(stmts[j], pick) is None}
    out = []
    for x, (ref, label, idx) in enumerate(groups):
        written = {j: as_written(stmts[j].text, n) for j in idx if (n := own.get((x, j))) and n.value != ref.value}
        credited = {j: _figure_source(stmts[j], n) for j in idx if (n := own.get((x, j)))}
        # (and after the side's own reports, a sentence that gives this side's figure only as the one it sets its own
        # against: "2 died, rejecting the government's figure of 14" is the 2's report, not the 14's)
        order = sorted(idx, key=lambda j: (not says.get(j, True), (credited[j] is None) if j in credited else j in bare,
                                           _against(stmts[j], own.get((x, j))), j != members[0]))
        out.append(_variant(label, order, stmts, articles, written, credited))
    return out


def _close(x: Number, y: Number) -> bool:
    """The same figure, or one that allows the other and is within half of it."""
    return x.agrees(y) and abs(x.value - y.value) <= 0.5 * max(abs(x.value), abs(y.value))


def figure_label(n: Number) -> str:
    """A figure as a variant's label: counts and shares in digits ("Fourteen" -> 14); a measure or a
    scaled figure as written ("60 months", "$26 billion"), but in digits when written in words
    ("Twelve hundred" -> 1,200, beside another outlet's "1,500")."""
    digits = bool(re.search(r"\d", n.text))
    if n.measure == "tally":  # "voted seven to two", "seven voting for and two against": 7-2, as "voted 7-2"
        return f"{int(n.value // 100000)}-{int(n.value % 100000)}"
    # (and a sum with its scale letter or currency word as written: "£2.3m", "£12.4bn", "2.7 million euros")
    if n.measure or (digits and re.search(r"(?i)\b(?:hundred|thousand|million|billion|trillion|bn)\b|\d(?:[kmbt]|bn|mn|trn?)\b", n.text)):
        return n.text
    v, unit = n.value, n.unit
    big = next(((w, x) for w, x in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)) if abs(v) >= x), None)
    sign, word = (unit, "") if len(unit) == 1 and unit != "%" else ("", f" {unit}" if unit not in ("", "%") else "")
    if big and not digits:
        return f"{sign}{v / big[1]:g} {big[0]}{word}"  # "two million" -> 2 million, "ten million crowns"
    s = f"{v:,.0f}" if v == int(v) else f"{v:,}"
    if sign and digits and (cents := re.search(r"\.(\d+)", n.text)):
        s = f"{v:,.{len(cents.group(1))}f}"  # a price keeps the cents it is written with: "$42.80", not "$42.8"
    s = f"{s}%" if unit == "%" else f"{sign}{s}{word}"  # "$40", "90 crowns"
    # a bound stays one ("at least 12" beside a later 31 is not the claim that 12 died)
    return {"more": f"at least {s}", "less": f"at most {s}", "up to": f"up to {s}", "just over": f"just over {s}",
            "just under": f"just under {s}"}.get(n.approx, s)

# ---- updates: one count reported again later with another value (a rising death toll) ----

# What a plain count counts, by the word that names it nearest the figure in its part of the sentence
# ("killing at least 12 people", "At least 80 people were injured"). Kept to the counts that news
# updates as the days go on.
COUNTED = {
    "death toll": r"kill(?:ed|ing|s)?|dead|died|dies|deaths?|fatalities|toll|lives",
    "injured": r"injur(?:ed|ing|ies|y)|wounded|wounding|hurt",
    "missing": r"missing|unaccounted",
    "arrested": r"arrest(?:ed|s)?|detained|detentions",
    "evacuated": r"evacuat(?:ed|ions?)|evacuees|left\s+their\s+homes",  # ("8,000 residents have left their homes")
    "displaced": r"homeless|displaced",
    "cases": r"cases|infections",  # of a disease: "measles cases rose to 31"
    "survivors": r"survivors?|rescued",  # of a sinking or a collapse: "survivors rose to 87"
    # (things lost, counted by the noun after the figure: "at least 40 homes destroyed", later "43 homes")
    "destroyed": r"destroy(?:ed|s)?|razed|gutted|flattened",
    "damaged": r"damaged",
}
# the kinds that count things, not people: the figure names them ("40 homes"), or it counts nothing of its kind
_THINGS_COUNTED = frozenset({"destroyed", "damaged"})
_COUNTED = re.compile(r"(?i)\b(?:" + "|".join(f"(?P<k{i}>{p})" for i, p in enumerate(COUNTED.values())) + r")\b")
COUNTED_REACH = 6  # words between a figure and the word that names what it counts, at most
COUNTED_SPAN = 300  # characters each side of a figure looked at for that word
# a total that has come to a new figure: "has risen to 31", "climbed to", "now stands at", "has reached"
# (a lead or margin "narrowed to 287 votes", "was cut to under 300")
_UPDATED = re.compile(r"(?i)\b(?:(?:risen|rose|rises|climbed|climbs|increased|increases|jumped|grown|grew|fallen|fell|"
                      r"dropped|narrowed|narrows|widened|widens|shrank|shrunk|cut|revised (?:up|down)(?:wards?)?)\s+to|"
                      r"(?:has|have) reached|now stands? at)\s+"
                      r"(?:about\s+|around\s+|at least\s+|more than\s+|nearly\s+|almost\s+|(?:just\s+)?(?:over|under)\s+|"
                      r"some\s+)?$")
_UPDATE_CLAUSE = re.compile(r"[.;:!?]\s|,\s+(?:and|but|while|as|after|when|where)\s")  # (", where cases rose to 31")
# ... or a total an addition brought it to: "arrested 9 more people, bringing the total number of arrests to 23",
# "taking the death toll to 31" (what it counts is named inside, or is what the clause before counts)
_BROUGHT = re.compile(r"(?i)\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised|"
                      r"lifting|lifts|lifted)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:total|toll|tally|number|count)\b"
                      r"(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:about\s+|around\s+|at least\s+|more than\s+|nearly\s+|almost\s+|"
                      r"some\s+)?$")
BROUGHT_SPAN = 100  # characters before a figure looked at for those words


def _brought(text: str, n: Number) -> re.Match | None:
    """`_BROUGHT` right before the figure (looked for only after a "to": counts are read many times over)."""
    return _BROUGHT.search(text, max(0, n.start - BROUGHT_SPAN), n.start) if " to " in text[max(0, n.start - 22): n.start] else None


_JUST_PEOPLE = frozenset("people persons residents more other others".split())
_COORDINATED = re.compile(r"(?i)\b(?:and|or|but|while|whereas)\b")


def _kind(m: re.Match) -> str:
    return list(COUNTED)[int(next(k for k, v in m.groupdict().items() if v)[1:])]


# ... or what is left of it now: "three are still missing", "31, up from 12"
_STILL = re.compile(r"(?i)^(?:\s+[\w'’-]+){0,8}?\s+(?:(?:(?:is|are|was|were)\s+)?(?:still|now)|remain(?:s|ed)?)\s+(?:missing|unaccounted|"
                    r"in hospital|detained|held|displaced|homeless)\b|^[^.;:!?]{0,60}?,\s+(?:down|up)\s+from\b")
_OLD_VALUE = re.compile(r"(?i)\b(?:down|up)\s+from\s+(?:about\s+|around\s+|at least\s+)?$")  # "down from seven"


# A count word used as an adjective of another noun ("from the missing trawler", "the injured man's"): it
# says what that noun is, not what a figure nearby counts ("the dead were", "the missing and the dead" count)
_ADJECTIVE_COUNT = frozenset("missing unaccounted dead injured wounded hurt detained displaced homeless evacuated "
                             "arrested".split())
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z][\w'’-]*)")
_NOT_NOUN = frozenset("include included includes including numbered number remain remained remains totalled totaled "
                      "reached rose stood".split())


def _attributive(text: str, m: re.Match) -> bool:
    nxt = _NOUN_AFTER.match(text, m.end())
    return (m.group().lower() in _ADJECTIVE_COUNT and bool(_DETERMINER_BEFORE.search(text[max(0, m.start() - 8): m.start()]))
            and nxt is not None and nxt.group(1) not in STOPWORDS and nxt.group(1) not in _NOT_NOUN)


def update_wording(text: str, n: Number) -> bool:
    """The figure is what a total has come to ('the death toll ... has risen to 31', 'three are still
    missing', '3, down from seven')."""
    return change_wording(text, n) or bool(_STILL.match(text[n.end: n.end + COUNTED_SPAN]))


_FROM_BEFORE = re.compile(r"(?i)^[^.;:!?]{0,60}?,\s+(?:down|up)\s+from\b")  # ("3, down from seven": `_STILL`'s change)


def change_wording(text: str, n: Number) -> bool:
    """The figure is worded as a change of the total ('has risen to 31', 'bringing the toll to 23', '3, down
    from seven'), not only as what is left ('ten are still missing': the count goes on, as it was or not; two
    reports of one moment both say "still")."""
    return bool(_UPDATED.search(text[max(0, n.start - 40): n.start]) or _FROM_BEFORE.match(text[n.end: n.end + COUNTED_SPAN])
                or _brought(text, n))


# an age, not a count: "most of the cases are children under ten", "those aged over 65"
_AGE_BEFORE = re.compile(r"(?i)\b(?:(?:children|kids|people|adults|patients|babies|infants|pupils|students|those|anyone)"
                         r"\s+(?:aged\s+)?(?:under|over|below|above|older than|younger than)|aged(?:\s+(?:under|over|below|above))?)\s+$")


def _two_counts(a: str, x: Number, b: str, y: Number) -> bool:
    """Each figure counts people, and not the same people: the dead and the survivors, the injured and the
    missing (COUNTED's kinds)."""
    kx, ky = counted(a, x), counted(b, y)
    return kx is not None and ky is not None and kx[0] != ky[0]


def counted(text: str, n: Number) -> tuple[str, str] | None:
    """What a plain count of `text` counts: (the kind of count, the noun counted when it is not just
    people). 'killing at least 12 people' -> ('death toll', ''); '3 soldiers were killed' -> ('death toll',
    'soldiers'); 'The death toll ... has risen to 31' -> ('death toll', ''). None for any other figure."""
    if n.unit or n.delta or n.value != int(n.value) or n.value < 1 or _AGE_BEFORE.search(text[max(0, n.start - 40): n.start]):
        return None
    if added_count(text, n.start, n.end):
        return None  # "arrested 9 more people": what was added, not what the count is
    kind = None
    m = _UPDATED.search(text[max(0, n.start - 40): n.start])
    if m:  # what a total came to counts its clause's subject, however far before the verb
        at = max(0, n.start - 40) + m.start()
        opening = max((c.end() for c in _UPDATE_CLAUSE.finditer(text, 0, at)), default=0)
        kind = next((_kind(x) for x in _COUNTED.finditer(text, opening, at)), None)
    elif b := _brought(text, n):
        # ("the total number of arrests": named inside; "the total": the clause before's, the nearest to it)
        opening = max((c.end() for c in _UPDATE_CLAUSE.finditer(text, 0, b.start())), default=0)
        kind = next((_kind(x) for x in _COUNTED.finditer(text, b.start(), n.start)), None) or next(
            (_kind(x) for x in reversed(list(_COUNTED.finditer(text, opening, b.start()))) if not _attributive(text, x)), None)
    still = _STILL.match(text[n.end: n.end + COUNTED_SPAN]) if kind is None else None
    if still:  # "three fishermen from the Marta Lind were still missing": what is left counts what it says
        kind = next((_kind(x) for x in _COUNTED.finditer(text, n.end, n.end + still.end())), None)
    if kind is None:
        # (COUNTED_REACH words lie well within COUNTED_SPAN characters: a long text is not read whole per figure)
        lo = max((p.end() for p in _PART_BREAK.finditer(text, max(0, n.start - COUNTED_SPAN), n.start)),
                 default=max(0, n.start - COUNTED_SPAN))
        hi = next((p.start() for p in _PART_BREAK.finditer(text, n.end, n.end + COUNTED_SPAN)),
                  min(len(text), n.end + COUNTED_SPAN))
        near = []
        for x in _COUNTED.finditer(text, lo, hi):
            if _attributive(text, x):
                continue  # "Four fishermen from the missing trawler were rescued": 4 are not missing
            gap = text[x.end(): n.start] if x.end() <= n.start else text[n.end: x.start()]
            if len(words(gap)) <= COUNTED_REACH:
                # (of two words as near, one before the figure across "and" names the clause before: "Three
                # workers died and 17 were hurt": 17 were hurt)
                across = x.end() <= n.start and bool(_COORDINATED.search(gap))
                if across and _kind(x) in _THINGS_COUNTED:
                    continue  # ("43 homes were destroyed and two firefighters were hurt": no firefighters destroyed)
                near.append((len(words(gap)), across, _kind(x)))
        kind = min(near)[2] if near else None
    if kind is None:
        return None
    nxt = re.match(r"\s+([A-Za-z][\w'’-]*)", text[n.end:])
    noun = nxt.group(1).lower() if nxt else ""
    # (who was killed or hurt tells counts apart, "5 soldiers" / "12 civilians"; who is missing, evacuated or
    # held is one count however outlets name them, "seven people" / "three fishermen" / "crew members")
    if fold(noun) in STOPWORDS or noun in _JUST_PEOPLE or _COUNTED.fullmatch(noun):
        noun = ""
    if kind in _THINGS_COUNTED:
        # ("destroyed 40 homes and forced 3,200 residents out": 3,200 counts no homes; "homes" and "vehicles" two counts)
        return (kind, noun) if noun and noun[:1].islower() else None
    if kind not in ("death toll", "injured"):
        noun = ""
    return kind, noun


# A measure reports give anew as the days go on: a wildfire's containment and the area it has burned. By
# the figure's kind of unit and the word nearest it that says what it measures ("60% contained", "has
# burned 3,400 hectares"). Its values are ordered by the day each report gives them for ("60% contained on
# Wednesday" in Thursday's paper is Wednesday's), else by publication; two values of one day stay a contest.
MEASURED = {
    "containment": ("%", r"contain(?:ed|ment)"),
    "area burned": ("area", r"burn(?:ed|t|s|ing)?|scorch(?:ed|ing)?|charred|blackened"),
}
_MEASURED = {k: re.compile(rf"(?i)\b(?:{p})\b") for k, (_, p) in MEASURED.items()}


def measured(text: str, n: Number) -> tuple[str, str] | None:
    """What a measure of `text` measures, when it is one reports update (MEASURED): 'was 60% contained'
    -> ('containment', ''). None for any other figure."""
    if n.delta or n.value <= 0:
        return None
    lo = max((p.end() for p in _PART_BREAK.finditer(text, max(0, n.start - COUNTED_SPAN), n.start)),
             default=max(0, n.start - COUNTED_SPAN))
    hi = next((p.start() for p in _PART_BREAK.finditer(text, n.end, n.end + COUNTED_SPAN)),
              min(len(text), n.end + COUNTED_SPAN))
    for kind, (unit, _) in MEASURED.items():
        if n.unit == unit and any(len(words(text[x.end(): n.start] if x.end() <= n.start else text[n.end: x.start()]))
                                  <= COUNTED_REACH for x in _MEASURED[kind].finditer(text, lo, hi)):
            return kind, ""
    return None


# A vote's figures, which reports give anew as the count goes on ("preliminary" on Monday, "final" on
# Tuesday): a candidate's votes (or seats) and share of the vote, the lead, the turnout. A figure is the
# candidate's whose name stands right before it (`_owner`): "Rask 24,760 votes ... and Brandt 24,473" are two
# quantities, each updated on its own. Ordered by publication; a value told as the final or official count's
# is told as what the figure came to (a fall needs such words), and a report of the preliminary count on its
# own day, in a later article, is a report of that step.
_ELECTORAL = re.compile(r"(?i)\b(?:vot(?:e|es|ed|ers|ing)|ballots?|elections?|polls?|polling)\b")
_TALLIED_NOUN = re.compile(r"\s+(votes?|seats?|ballots?)\b", re.IGNORECASE)
_TURNOUT = re.compile(r"(?i)\bturnout\b")
_MARGIN = re.compile(r"(?i)\b(?:margin|lead|majority)\b")
# a win's or a loss's size: "losing to Rask by just over 400 votes", "won by 287 votes"
_WON_BY = re.compile(r"(?i)\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beaten|defeated|leads?|led|leading|"
                     r"trails?|trailed|trailing|ahead)\b[^,;.]{0,60}\bby\s+(?:(?:about|around|nearly|almost|only|some|"
                     r"just|over|under|more than|fewer than|less than)\s+)*$")
_STAGE_WORDS = r"(?:\w+\s+)?(?:count|counts|result|results|tally|figures?|returns|turnout|totals?)\b"
_STAGE_LATE = re.compile(rf"(?i)\b(?:final|official|certified|completed?|revised|updated|latest)\s+{_STAGE_WORDS}|"
                         r"\bnow\s+(?:has|have|stands?|is|are)\b")
_STAGE_EARLY = re.compile(rf"(?i)\b(?:preliminary|provisional|partial|early|initial|first|unofficial|incomplete)\s+{_STAGE_WORDS}")
# whose a figure is: the name right before it, perhaps with a verb of winning ("gave Rask 24,760", "and Brandt
# 24,473", "Rask won 24,118", "Rask's 24,760 votes") ...
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*\w)(?:'s|’s)?(?:,\s+who)?\s+(?:(?:won|wins|took|takes|got|gets|received|"
                           r"receives|secured|secures|polled|polls|garnered|claimed|finished with|ended with)\s+)?"
                           r"(?:(?:about|around|just|nearly|almost|over|under|some|roughly|only)\s+|(?:more|less|fewer) than\s+)?$")
# ... or "for" it right after ("23,706, or 49.6 per cent, for Brandt", "49.7 per cent for Oskar Brandt")
_OWNER_AFTER = re.compile(r"^(?:\s+(?:votes?|seats?|ballots?))?(?:\s+of\s+the\s+(?:vote|votes|ballots))?"
                          r"(?:,?\s+or\s+[\d.,]+\s*(?:%|per\s?cent|percent)(?:\s+of\s+the\s+vote)?)?,?\s+for\s+(?:the\s+)?"
                          r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\w)")
# a figure restated right after "or" is its figure's ("24,118 votes, or 50.4 per cent")
_RESTATED = re.compile(r"^(?:\s+[a-z]+){0,4}?,?\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$")
_FEW = re.compile(r"(?i)\b(?:a few|several|many)\s+$")
_NOT_OWNER = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                       "march april may june july august september october november december".split())


def _owner(text: str, n: Number, again: bool = True) -> str | None:
    """The name a figure belongs to, when the words right by it say (`_OWNER_BEFORE`, `_OWNER_AFTER`, a
    restatement after "or"): its last word, as written. None for any other figure."""
    m = _OWNER_BEFORE.search(text, max(0, n.start - 60), n.start)
    name = m.group(1) if m else None
    if name is None or fold(name) in STOPWORDS or fold(name) in _NOT_OWNER:
        m = _OWNER_AFTER.match(text[n.end: n.end + 100])
        name = m.group(1).split()[-1] if m else None
    if (name is None or fold(name) in STOPWORDS or fold(name) in _NOT_OWNER) and again:
        prev = [x for x in numbers(text) if x.end <= n.start and not x.delta]
        name = _owner(text, prev[-1], False) if prev and _RESTATED.match(text[prev[-1].end: n.start]) else None
    name = re.sub(r"['’]s$", "", name) if name else None  # ("Rask's 24,760 votes")
    return name if name and fold(name) not in STOPWORDS and fold(name) not in _NOT_OWNER else None


def _other_tallies(a: str, x: Number, b: str, y: Number) -> bool:
    """Two figures that are two quantities by whose they are or what of a vote they give: two names' ("gave
    Rask 24,760 votes" / "and Brandt 24,473"), or a lead and a count ("has fallen to 287 votes" / "The 1,409
    postal ballots counted")."""
    oa, ob = _owner(a, x), _owner(b, y)
    if oa and ob and fold(oa) != fold(ob):
        return True
    if _tally_side(a, x) != _tally_side(b, y):
        return True  # "The motion passed 212 to 98" / "Forty-one Greens voted with the government": a side's part
    ka, kb = tallied(a, x), tallied(b, y)
    return ka != kb and ("margin", "") in (ka, kb)


_TALLY_NEXT = re.compile(r"\s*(?:to|-|–)\s*(\d[\d,]*)\b")
_TALLY_BEFORE = re.compile(r"(?<!from )\b(\d[\d,]*)\s*(?:to|-|–)\s*$")


def _tally_side(text: str, n: Number) -> bool:
    """Whether the figure is a side of a vote's tally written "285 to 120" (the larger first; not a change
    "from 285 to 120" nor a range "120 to 285")."""
    after = _TALLY_NEXT.match(text, n.end)
    if after and not re.search(r"\bfrom\s+$", text[max(0, n.start - 6):n.start]):
        return float(after.group(1).replace(",", "")) < n.value
    before = _TALLY_BEFORE.search(text, max(0, n.start - 20), n.start)
    return bool(before) and float(before.group(1).replace(",", "")) > n.value


def tallied(text: str, n: Number) -> tuple[str, str] | None:
    """What a vote's figure of `text` gives, when it is one the count updates: ('turnout', ''), ('margin', ''),
    ("Rask's votes", ''), ("Rask's share", ''). None for any other figure."""
    if n.value <= 0 or n.measure or _FEW.search(text, max(0, n.start - 12), n.start):
        return None  # (nor "a few hundred votes": no count)
    lo = max((p.end() for p in _PART_BREAK.finditer(text, max(0, n.start - COUNTED_SPAN), n.start)),
             default=max(0, n.start - COUNTED_SPAN))
    hi = next((p.start() for p in _PART_BREAK.finditer(text, n.end, n.end + COUNTED_SPAN)),
              min(len(text), n.end + COUNTED_SPAN))

    def near(rx: re.Pattern[str]) -> bool:
        return any(len(words(text[x.end(): n.start] if x.end() <= n.start else text[n.end: x.start()])) <= COUNTED_REACH
                   for x in rx.finditer(text, lo, hi))

    if n.unit == "%" and not n.delta and near(_TURNOUT):
        return "turnout", ""
    if not _ELECTORAL.search(text):
        return None
    if n.unit == "%" and not n.delta:  # ("Rask took 50.4 percent of the vote")
        name = _owner(text, n)
        return (f"{_whose(name)} share", "") if name else None
    if n.unit:
        return None
    noun = _TALLIED_NOUN.match(text, n.end)
    after = _NOUN_AFTER.match(text, n.end)
    if noun or after is None or fold(after.group(1)) in STOPWORDS:
        # (what a lead came to names it however far before the verb: "Rask's winning margin in the ... race has
        # fallen to 287 votes")
        m = _UPDATED.search(text[max(0, n.start - 40): n.start])
        if m:
            at = max(0, n.start - 40) + m.start()
            opening = max((c.end() for c in _UPDATE_CLAUSE.finditer(text, 0, at)), default=0)
            if _MARGIN.search(text, opening, at):
                return "margin", ""
        lead = [x for x in _MARGIN.finditer(text, lo, n.start) if len(words(text[x.end(): n.start])) <= COUNTED_REACH]
        if (lead or _WON_BY.search(text[max(0, n.start - 120): n.start])) and (noun or not n.delta):
            return "margin", ""
    if n.delta:
        return None
    name = _owner(text, n)
    if name is None:
        return None
    if noun is None and after is not None and fold(after.group(1)) not in STOPWORDS:
        return None  # ("Rask 24,760 supporters")
    if noun is None:  # ("... 24,760 votes, ... and Brandt 24,473": the count the sentence gave before)
        before = [x for x in numbers(text) if x.end <= n.start and not x.unit and not x.delta]
        noun = _TALLIED_NOUN.match(text, before[-1].end) if before else None
        if noun is None:
            return None
    kind = noun.group(1).lower()
    return f"{_whose(name)} {kind if kind.endswith('s') else kind + 's'}", ""


def _whose(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")  # ("Rask's", "the Conservatives'")


# the moment of its day a report gives its count for: "at 7 p.m.", "as of 7 p.m.", "by 19:00"
_AS_OF = re.compile(r"(?i)\b(?:at|as of|by)\s+(\d{1,2})(?:[:.]([0-5]\d))?(?:\s*([ap])\.?m\b|(?<=:\d\d)|(?<=\.\d\d)(?=\s*[ap]))")


def _as_of(quote: str) -> int | None:
    """The minute of the day a report gives its count as of (`_AS_OF`), if it gives one."""
    m = _AS_OF.search(quote) if " at " in quote or " of " in quote or "by " in quote.lower() else None
    if m is None:
        return None
    h = int(m.group(1)) % 12 + (12 if (m.group(3) or "").lower() == "p" else 0) if m.group(3) else int(m.group(1))
    return h * 60 + int(m.group(2) or 0)


def _own_day(quote: str, published: str | None) -> str | None:
    """The day a report gives its figure for: the day of its verb of saying, else the last day it names
    (not a day something began: "has burned 14,500 acres since it broke out on Monday" is as of the report)."""
    days = [d for d in dates(quote, published) if d.iso and d.iso[:2] != "--" and not since_day(quote, d)]
    said = [d for d in days if d.said]
    return (said or days)[-1].iso if days else None


def find_updates(claims: list[Claim], articles: list[Article]) -> list[Update]:
    """Counts that later reports give anew: the same count (the same kind, the same noun) with another
    value, each value first reported after every report of the one before it, and on a later day or in
    words that say the total changed ('has risen to 31'); a fall needs such words (a lower figure a day on
    is as often another incident). Two values of one day without such words are a contest, not an update:
    that day's step holds them both, and a later day's value still updates it. An article giving two values
    of one count is left out of it; a story whose reports do not line up in this order gets no update for
    that count."""
    by_id = {a.id: a for a in articles}
    opinion = {a.id for a in articles if is_opinion(a)}
    held: dict[tuple[str, int], set[int]] = {}  # each report -> the claims that hold it
    for k, c in enumerate(claims):
        for e in c.evidence:
            held.setdefault((e.article_id, e.start), set()).add(k)
    seen: set[tuple[str, int]] = set()
    so_far: set[int] = set()  # zero counts told as none so far (`zero_counts`), by id
    reports: dict[tuple[str, str], dict[str, list[tuple[Number, Evidence, bool]]]] = {}
    for c in claims:
        for e in c.evidence:
            a = by_id.get(e.article_id)
            # (an opinion piece argues from the figures: it is no report of one)
            if a is None or not a.published or (e.article_id, e.start) in seen or e.article_id in opinion:
                continue
            seen.add((e.article_id, e.start))
            for n in numbers(e.quote):
                # ("three still missing, down from seven": seven is the value before, not one it gives)
                if _OLD_VALUE.search(e.quote[max(0, n.start - 30): n.start]):
                    continue
                key, when, final = counted(e.quote, n), a.published, False
                if key is None:
                    key = measured(e.quote, n)
                    if key is not None:
                        when = _own_day(e.quote, a.published) or a.published
                if key is None:
                    key = tallied(e.quote, n)
                    if key is None:
                        continue
                    # (a vote's figure told as the final or official count's is what the count came to)
                    final = bool(_STAGE_LATE.search(e.quote))
                found = reports.setdefault(key, {}).setdefault(e.article_id, [])
                if not any(f[0].converts(n) for f in found):  # ("2,000 hectares (4,900 acres)" is one value)
                    # (2: worded as a change; 1: only as what is left now, "still missing", which updates an
                    # earlier day's count but is no change from another report of the same day)
                    worded = 2 if final or change_wording(e.quote, n) else int(update_wording(e.quote, n))
                    found.append((n, e, worded, when))
            # a toll given as none is its value 0 ("No deaths have been reported" / "Two people died")
            for n, kind, noun, soon in zero_counts(e.quote):
                noun = "" if fold(noun) in STOPWORDS or noun in _JUST_PEOPLE else noun
                reports.setdefault((kind, noun), {}).setdefault(e.article_id, []).append((n, e, False, a.published))
                if soon:
                    so_far.add(id(n))
    out = []
    for (kind, noun), by_article in reports.items():
        firsts = []
        for aid, found in by_article.items():
            # (of two values, the one worded as what the total came to is the report's: "revised down to
            # seven after two people first listed as dead were found alive")
            worded = {round(n.value, 6) for n, _, w, _ in found if w}
            values = {round(n.value, 6) for n, _, _, _ in found}
            if len(values) == 2 and len(worded) == 1:
                # (an article that tells the count's change itself, the earlier value first: "three people
                # had been injured" ... "By the afternoon the number of injured had risen to seven" gives both
                # steps, the worded one after the other)
                before = [f for f in found if round(f[0].value, 6) not in worded]
                after = [f for f in found if round(f[0].value, 6) in worded]
                # (or the earlier told as the preliminary count's, wherever it stands: "has fallen to 287 votes"
                # ... "The preliminary count on Monday had given her a lead of 412 votes"; of its own day, after
                # that day's reports, when it names an earlier one)
                early = all(_STAGE_EARLY.search(f[1].quote) for f in before)
                if early or max((f[1].start for f in before), default=0) < min(f[1].start for f in after):
                    n, e, _, when = min(before, key=lambda f: f[1].start)
                    day = _own_day(e.quote, when) if early and when else None
                    firsts.append((day + "~" if day and day < when[:10] else when or "", aid, n, e, False))
                    n, e, _, when = min(after, key=lambda f: f[1].start)
                    # (" later": after the earlier value, and before any later report, in the order of `when`)
                    firsts.append(((when or "") + " later", aid, n, e, 2))
                    continue
            if len(values) > 1 and len(worded) == 1:
                found = [f for f in found if round(f[0].value, 6) in worded]
            if len({round(n.value, 6) for n, _, _, _ in found}) == 1:
                n, e, _, when = min(found, key=lambda f: f[1].start)
                firsts.append((when or "", aid, n, e, max(w for _, _, w, _ in found)))
        steps: dict[float, list] = {}  # value -> its reports, in the order values were first reported
        for r in sorted(firsts, key=lambda r: (r[0], r[1])):
            steps.setdefault(round(r[2].value, 6), []).append(r)
        # a hedged report of a value already reported that day ("just over 61 percent" after "61.3 per cent")
        # is a report of it, not a step of its own
        for v, run in list(steps.items()):
            if all(r[2].approx and not r[4] for r in run):
                home = [w for w, other in steps.items() if w != v and not all(x[2].approx for x in other)
                        and other[0][2].agrees(run[0][2]) and other[0][0] <= run[0][0]
                        and any(x[0][:10] == run[0][0][:10] for x in other)]
                if len(home) == 1:
                    steps[home[0]] = sorted(steps[home[0]] + run, key=lambda r: (r[0], r[1]))
                    del steps[v]
        if len(steps) < 2:
            continue
        runs = list(steps.values())

        def follows(before: list[list], after: list) -> bool:
            # (`before`: the values of one step, several when they are its day's conflict: the next value
            # comes after every report of them all, and above them all unless worded as a change)
            first, worded = after[0], any(r[4] for r in after)
            # (none reported so far is what was known then: a later report of one updates it the same day)
            so_far_none = all(id(r[2]) in so_far for run in before for r in run)
            worded = worded or so_far_none
            # (the same day, only words of change make it a later value: "still missing" is as true of the other)
            changed = any(r[4] == 2 for r in after) or so_far_none
            return (max(r[0] for run in before for r in run) < first[0]
                    and (first[0][:10] > before[0][0][0][:10] or changed)
                    and (first[2].value > max(run[0][2].value for run in before) or worded))

        def one_moment(before: list[list], run: list) -> bool:
            """A report of `run` gives its value as of the moment of its day a report of `before` gives another for
            ("10 people were missing as of 7 p.m." / "had risen to 12 by 7 p.m."): a conflict, whatever its words."""
            told = {(r[0][:10], t) for x in before for r in x if (t := _as_of(r[3].quote)) is not None}
            return bool(told) and any((r[0][:10], _as_of(r[3].quote)) in told for r in run)

        def one_fact(before: list[list], run: list) -> bool:  # (a claim holds reports of both: one backs the other)
            mine = set().union(*(held[(r[3].article_id, r[3].start)] for r in run))
            return any(mine & held[(r[3].article_id, r[3].start)] for x in before for r in x)

        # a value first reported the same day as the step before, in no words of change, is that day's
        # conflict when the claims hold the two as one fact ("at least 23" / "at least 31" on Tuesday): one
        # step, which a later day's value still updates ("rose to 47" on Wednesday)
        stages = [[runs[0]]]
        for run in runs[1:]:
            if follows(stages[-1], run) and not one_moment(stages[-1], run):
                stages.append([run])
            elif (run[0][0][:10] == stages[-1][0][0][0][:10]
                  and (not any(r[4] == 2 for r in run) or one_moment(stages[-1], run))
                  and one_fact(stages[-1], run)):
                stages[-1].append(run)
            else:
                break
        else:
            if len(stages) < 2:
                continue
            if not noun and all(len(stage) == 1 for stage in stages):
                _named_reports(runs, [by for (k, other), by in reports.items() if k == kind and other])
            # (things are named by what was done to them: "homes destroyed")
            about = f"{noun} {kind}" if kind in _THINGS_COUNTED else kind + (f" ({noun})" if noun else "")
            out.append(Update(about, [_step(stage) for stage in stages]))
    return out


def _step(stage: list[list]) -> Variant:
    """An update's step: its value, outlets and reports. A step of several values (its day's conflict) is
    labelled by them all ("at least 23 or at least 31"), and gives each report's own figure in `as_written`
    (`settle_updates` makes them a contest)."""
    def label_of(n: Number) -> str:  # (a count given as none, "No deaths have been reported": none, not 0)
        return "none" if n.value == 0 and not re.search(r"\d", n.text) else figure_label(n)

    reports = [r for run in stage for r in run]
    label = " or ".join(label_of(run[0][2]) for run in stage)
    written = [label_of(run[0][2]) for run in stage for _ in run] if len(stage) > 1 else []
    return Variant(label, list(dict.fromkeys(r[3].outlet for r in reports)), [r[3] for r in reports], written)


def _named_reports(runs: list[list], others: list[dict[str, list]]) -> None:
    """Adds to an update's steps the reports of the count that name who it counts ("Three workers died")
    and give a step's value while it stood: after every report of the value before, before the first of
    the next. They report that step ("The death toll has risen to three"), not another count."""
    taken = {r[1] for run in runs for r in run}
    for by_article in others:
        for aid, found in by_article.items():
            if aid in taken or len({round(f[0].value, 6) for f in found}) != 1:
                continue
            n, e, worded, when = min(found, key=lambda f: f[1].start)
            for k, run in enumerate(runs):
                if (round(run[0][2].value, 6) == round(n.value, 6) and (k == 0 or max(r[0] for r in runs[k - 1]) < (when or ""))
                        and (k == len(runs) - 1 or (when or "") < runs[k + 1][0][0])):
                    run.append((when or "", aid, n, e, worded))
                    run.sort(key=lambda r: (r[0], r[1]))
                    taken.add(aid)
                    break


def settle_updates(claims: list[Claim], updates: list[Update]) -> list[Claim]:
    """A claim whose reports are the steps of one update is no contest ('about 2,000 people were evacuated'
    on Monday / 'has risen to 9,500' on Tuesday) and no corroboration ('seven missing' / 'three still
    missing, down from seven'): each step becomes a claim of its own, backed by the outlets that give it,
    in the claim's place (a report in no step stays with the claim's own; a step's part whose reports another
    claim holds is told there). Other claims stay as they are."""
    held = Counter((e.article_id, e.start) for c in claims for e in c.evidence)
    out = []
    labels: dict[tuple[str, int], str] = {}  # (a contest's reports split into steps -> its label, for `_day_contests`)
    for c in claims:
        parts = None
        if c.more_conflicts:  # (a further conflict whose values are steps of an update is no contest either)
            c = replace(c, more_conflicts=[m for m in c.more_conflicts if not _update_steps(m[1], updates)])
        if c.about != "the date" and not is_denial([v.value for v in c.variants]):
            for u in updates:
                steps = [{e.article_id for e in v.evidence} for v in u.values]
                # (an article that tells the change itself is in two steps: its reports are told apart by
                # the sentences the steps quote, and its other sentences are in none)
                twice = {a for a in set().union(*steps) if sum(a in arts for arts in steps) > 1}
                spans = [{(e.article_id, e.start) for e in v.evidence} for v in u.values]
                values = [{n.value for n in numbers(v.value)} for v in u.values]

                def in_step(e: Evidence, k: int) -> bool:
                    # (another sentence of a step's article is in it only when it gives the step's figure:
                    # "SeaLantern said 60 were still missing", in the article that gave the survivors' new
                    # count, is a report of its own, which another outlet's same words back)
                    return (e.article_id, e.start) in spans[k] or (
                        e.article_id in steps[k] and e.article_id not in twice
                        and bool(values[k] & {n.value for n in numbers(e.quote)}))

                def step(ev: list[Evidence]) -> int | None:
                    return next((k for k in range(len(steps)) if all(in_step(e, k) for e in ev)), None)

                if c.status == "contested":
                    at = [step(v.evidence) for v in c.variants]
                    # (several variants in one step are its day's conflict: `_day_contests` keeps them one)
                    if None not in at and len(set(at)) >= 2 and all(at.count(k) == 1 or u.values[k].as_written
                                                                    for k in at):
                        parts = [(list(v.evidence), v.outlets) for v in c.variants]
                        # (the claim's other reports go with the step they give of another count: "Rask took
                        # 50.4 percent" with the count that gave "Rask ... 24,118 votes, or 50.4 per cent")
                        given = {(e.article_id, e.start) for v in c.variants for e in v.evidence}
                        for e in c.evidence:
                            home = None if (e.article_id, e.start) in given else next(
                                (ev for other in updates for v in other.values
                                 if (e.article_id, e.start) in (told := {(x.article_id, x.start) for x in v.evidence})
                                 for ev, _ in parts if any((x.article_id, x.start) in told for x in ev)), None)
                            if home is not None:
                                home.append(e)
                        parts = [(ev, _independent(ev)) for ev, _ in parts]
                else:
                    own = step(c.evidence[:1])
                    by: dict[int | None, list[Evidence]] = {}
                    for e in c.evidence:
                        k = step([e])
                        by.setdefault(own if k is None else k, []).append(e)
                    if own is not None and len(by) >= 2:
                        # (each outlet once: a reprint speaks for its original)
                        parts = [(ev, _independent(ev)) for ev in by.values()]
                if parts:
                    break
        if not parts:
            out.append(c)
            continue
        if c.status == "contested" and c.about:
            labels.update({(e.article_id, e.start): c.about for v in c.variants for e in v.evidence})
        # ("Forty-seven people are now known to have died", a backer of Tuesday's toll and of Wednesday's
        # "rose to 47", is Wednesday's step in the latter)
        head = (c.evidence[0].article_id, c.evidence[0].start)
        parts = [(ev, outlets) for ev, outlets in parts
                 if any((e.article_id, e.start) == head or held[(e.article_id, e.start)] < 2 for e in ev)] or parts
        # (its further conflicts go with its head's part, and on with the day's conflict that takes it: `_day_contests`)
        out += [Claim(hashlib.sha1(f"{ev[0].article_id}:{ev[0].start}".encode()).hexdigest()[:12], ev[0].quote, ev,
                      outlets, "corroborated" if len(outlets) >= 2 else "single-source", ev[0].attribution,
                      articles=len(ev), more_conflicts=c.more_conflicts if any((e.article_id, e.start) == head for e in ev) else [])
                for ev, outlets in parts]
    # (a further conflict is told only beside a first: a part no day's conflict took keeps none)
    return [c if c.status == "contested" or not c.more_conflicts else replace(c, more_conflicts=[])
            for c in _day_contests(out, updates, labels)]


def _update_steps(variants: list[Variant], updates: list[Update]) -> bool:
    """Whether a conflict's variants are each in another step of one update (Tuesday's 9 dead / Wednesday's 15)."""
    for u in updates:
        spans = [{(e.article_id, e.start) for e in v.evidence} for v in u.values]
        at = [next((k for k, sp in enumerate(spans) if any((e.article_id, e.start) in sp for e in v.evidence)), None)
              for v in variants]
        if None not in at and len(set(at)) >= 2:
            return True
    return False


def _independent(ev: list[Evidence]) -> list[str]:
    """The outlets of reports, each once (a reprint speaks for its original)."""
    return list(dict.fromkeys(e.outlet for e in ev if not e.reprint_of)) or [ev[0].outlet]


def _day_conflict_told(claims: list[Claim], u: Update, v: Variant, spans: set[tuple[str, int]]) -> bool:
    """Whether a claim contested on a figure holds a report of each value of the update's step of several values
    `v` (its day's conflict): the step is then told as that claim's further conflict (`Claim.more_conflicts`),
    added here unless one of its conflicts already sets those values against each other."""
    labels = set(v.as_written)
    for k, c in enumerate(claims):
        if c.status != "contested" or not c.variants or c.about == "the date" or is_denial([x.value for x in c.variants]):
            continue
        held = {label for e, label in zip(v.evidence, v.as_written)
                if any((x.article_id, x.start) == (e.article_id, e.start) for x in c.evidence)}
        if held != labels:
            continue
        values = {round(n.value, 6) for label in labels for n in numbers(label)}
        if not any(values <= {round(n.value, 6) for x in vs for n in numbers(x.value)}
                   for _, vs in [(c.about, c.variants), *c.more_conflicts]):
            by: dict[str, list[Evidence]] = {}
            for e, label in zip(v.evidence, v.as_written):
                by.setdefault(label, []).append(e)
            variants = [Variant(label, _independent(ev), ev) for label, ev in by.items()]
            claims[k] = replace(c, more_conflicts=[*c.more_conflicts, (u.about, variants)])
        return True
    return False


def own_corrections(claims: list[Claim], articles: Iterable[Article] = ()) -> list[Claim]:
    """An outlet on both sides of a contest, by two of its articles, stands by its latest: "214 people on board"
    in its first report and "184" in a later one (its correction) count for 184 only. The earlier report leaves
    the contest and every claim, since its own outlet has replaced it (a contest left with one side is no contest;
    a claim left with no report is dropped: a retracted figure is never told as fact). So does a side's report
    whose figure its own article's correction note (`articles`' removed "editorial note") says was wrong. Run after
    `settle_updates`: a count's steps over the days are an update, not a correction. Not for a denial (an outlet
    may tell one side, then the other's answer), a date or a place."""
    gone: set[tuple[str, int]] = set()
    wrong = {a.id: w for a in articles if a.removed and (w := _retracted_figures(a))}
    for c in claims:
        if c.status != "contested" or c.about in ("the date", "the place") or is_denial([v.value for v in c.variants]):
            continue
        for vs in [c.variants] + [vs for _, vs in c.more_conflicts]:
            gone |= _superseded(vs)
            gone |= {(e.article_id, e.start) for v in vs for e in v.evidence if e.article_id in wrong
                     and any(x.unit == w.unit and x.value == w.value for x in numbers(v.value) for w in wrong[e.article_id])}
    if not gone:
        return claims
    out = []
    for c in claims:
        ev = [e for e in c.evidence if (e.article_id, e.start) not in gone]
        if len(ev) == len(c.evidence):
            out.append(c)
            continue
        if not ev:
            continue  # (told only by reports their outlet has since corrected)
        variants = _without(c.variants, gone)
        more = [(about, vs) for about, vs in ((a, _without(vs, gone)) for a, vs in c.more_conflicts) if len(vs) >= 2]
        outlets = [o for o in c.outlets if any(e.outlet == o for e in ev)] or _independent(ev)
        if c.status == "contested" and len(variants) < 2 and more:  # (its next conflict is its first)
            c = replace(c, about=more[0][0], variants=more[0][1])
            more = more[1:]
        elif c.status != "contested" or len(variants) < 2:
            status = "corroborated" if len(outlets) >= 2 else "single-source"
            c = replace(c, status=status, variants=[], about=None)
        else:
            c = replace(c, variants=variants)
        dated = _without(c.date_variants, gone)
        if ev[0] is not c.evidence[0]:  # (named by its next report)
            c = replace(c, id=hashlib.sha1(f"{ev[0].article_id}:{ev[0].start}".encode()).hexdigest()[:12],
                        text=ev[0].quote, attribution=ev[0].attribution)
        out.append(replace(c, evidence=ev, outlets=outlets, articles=max(1, c.articles - (len(c.evidence) - len(ev))),
                           more_conflicts=more, date_variants=dated if len(dated) >= 2 else []))
    return out


# A correction note's words for the figure an earlier version gave: "An earlier version of this article said 214
# people were on board", "... misstated the rise as 6%" (its first figure: the note goes on to the right one)
_EARLIER_VERSION = re.compile(r"(?i)\b(?:earlier|previous|original)\s+version\b[^.;:]{0,80}?\b(?:said|stated|reported|"
                              r"gave|misstated|misreported|put|described|wrongly\s+\w+|incorrectly\s+\w+)\b"
                              r"(?P<what>[^.;]{1,200})")


def _retracted_figures(article: Article) -> list[Number]:
    """The figures an article's correction note (a removed "editorial note") says an earlier version gave wrongly:
    its first figure after "an earlier version ... said"; none that the note also gives as right. The note's words
    are read for this only: they are never a statement."""
    out = []
    for r in article.removed:
        if r.reason != "editorial note":
            continue
        for m in _EARLIER_VERSION.finditer(r.text):
            first = next(iter(numbers(m.group("what"))), None)
            rest = r.text[m.start("what") + (first.end if first else 0):]
            if first is not None and not any(x.value == first.value and x.unit == first.unit for x in numbers(rest)):
                out.append(first)
    return out


def _superseded(variants: list[Variant]) -> set[tuple[str, int]]:
    """The reports (article id, start) of a contest's sides that their own outlet's later article contradicts: of
    an outlet on two sides, those published before its latest article, on another side than that article's, in
    the same voice (and reprints of them). Nothing of an outlet whose latest article is on two sides, or without
    times to compare."""
    out: set[tuple[str, int]] = set()
    by: dict[str, list[tuple[str | None, int, Evidence]]] = {}
    for k, v in enumerate(variants):
        for e in v.evidence:
            if not e.reprint_of:
                by.setdefault(e.outlet, []).append((e.published, k, e))
    for told in by.values():
        if len({k for _, k, _ in told}) < 2 or any(not p for p, _, _ in told):
            continue
        latest = max(p for p, _, _ in told)
        sides = {k for p, k, _ in told if p == latest}
        if len(sides) != 1:
            continue
        # (a date alone beside a time of that day cannot be told to be earlier; and only a report in the same
        # voice is replaced: the outlet's own, or the same source's. "Police said 3,000 marched", then "organisers
        # said 10,000" is the outlet telling both sides, not correcting itself)
        voices = {(e.attribution or "").casefold() for p, _, e in told if p == latest}
        old = [e for p, k, e in told
               if k not in sides and p < latest and ("T" in p and "T" in latest or p[:10] < latest[:10])
               and (e.attribution or "").casefold() in voices]
        out |= {(e.article_id, e.start) for e in old}
        ids = {e.article_id for e in old}
        out |= {(e.article_id, e.start) for v in variants for e in v.evidence if e.reprint_of in ids}
    return out


def _without(variants: list[Variant], gone: set[tuple[str, int]]) -> list[Variant]:
    """The variants without the reports `gone` (`own_corrections`), each left with a report at least."""
    out = []
    for v in variants:
        keep = [k for k, e in enumerate(v.evidence) if (e.article_id, e.start) not in gone]
        if len(keep) == len(v.evidence):
            out.append(v)
        elif keep:
            ev = [v.evidence[k] for k in keep]
            written = [v.as_written[k] for k in keep] if len(v.as_written) == len(v.evidence) else v.as_written
            out.append(replace(v, outlets=[o for o in v.outlets if any(e.outlet == o for e in ev)] or _independent(ev),
                               evidence=ev, as_written=written))
    return out


def _day_contests(claims: list[Claim], updates: list[Update],
                  labels: dict[tuple[str, int], str] | None = None) -> list[Claim]:
    """An update's step of several values, its day's conflict ("at least 23" / "at least 31" on Tuesday, then
    "rose to 47"), is a contest of its own, labelled by the count, in the place of the first claim that held
    its reports: they leave the claims they were in, so no figure is backed by a report giving another value
    of that count that day; what else a claim headed by one of them held stays with the contest. A contest
    found otherwise is left as it is. (`labels`: the label of the contest a report was a side of before
    `settle_updates` split it into steps: "the number of people missing", not the count's key "missing".)"""
    for u in updates:
        for v in u.values:
            if not v.as_written:
                continue
            spans = {(e.article_id, e.start) for e in v.evidence}
            # (a claim contested on another figure whose reports give every value of the step keeps them: the
            # day's conflict is one more of its conflicts, "killing at least 9 people and injuring 64" / "Twelve
            # people were killed and 80 injured" differ on the injured and on the dead)
            if _day_conflict_told(claims, u, v, spans):
                continue
            at, kept, extra = None, [], []
            inherited: list[tuple[str, list[Variant]]] = []
            for c in claims:
                took = [e for e in c.evidence if (e.article_id, e.start) in spans]
                if not took or (c.status == "contested" and c.variants):
                    kept.append(c)
                    continue
                at = len(kept) if at is None else at
                inherited += c.more_conflicts
                rest = [e for e in c.evidence if (e.article_id, e.start) not in spans]
                if (c.evidence[0].article_id, c.evidence[0].start) in spans:
                    extra += rest
                elif rest:
                    outlets = _independent(rest)
                    kept.append(replace(c, evidence=rest, outlets=outlets, articles=len(rest),
                                        status="corroborated" if len(outlets) >= 2 else "single-source"))
            if at is None:
                continue
            by: dict[str, list[Evidence]] = {}
            for e, label in zip(v.evidence, v.as_written):
                by.setdefault(label, []).append(e)
            variants = [Variant(label, _independent(ev), ev) for label, ev in by.items()]
            ev = v.evidence + list({(e.article_id, e.start): e for e in extra}.values())
            cid = hashlib.sha1(f"{ev[0].article_id}:{ev[0].start}".encode()).hexdigest()[:12]
            # (a label that names this count in fuller words, "the number of people missing" for "missing": a report's
            # contest may have been of another count it gives, or named it worse, "killing people" for "death toll")
            about = next((label for e in v.evidence if (label := (labels or {}).get((e.article_id, e.start)))
                          and u.about in label and label != u.about), u.about)
            kept.insert(at, Claim(cid, ev[0].quote, ev, _independent(ev), "contested", ev[0].attribution, variants,
                                  about, len(ev), more_conflicts=inherited))
            claims = kept
    return claims
