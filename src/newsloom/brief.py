"""The brief: one story written from its claims, every sentence carrying the outlets and the exact words
that back it. Deterministic and extractive: each sentence's statement is copied from its first source's
quote; only the credit ("… (Reuters and Deutsche Welle).") is added.

JSON shape (`brief_to_dict`)::

    {
      "story": "story id", "headline": "…", "outlets": ["independent outlet", …],
      "lead": <sentence>,                      # also sentences[0]: the story's most salient statement
      "sentences": [<sentence>, …],            # lead first, then by independent outlets, salience, time
                                               # ("He added …" right after the sentence it leans on)
      "conflicts": [{"claim_id", "about", "statement", "variants": [{"value", "converted", "outlets", "as_written",
                                                         "attributions" (parallel to sources), "sources": [<source>…]}]}],
                                               # (a claim differing on several figures, or a figure
                                               # and a day: an entry each, one claim_id)
                                               # converted: a value in another unit, in the first's;
                                               # as_written: {outlet: its own figure} for outlets whose
                                               # words only allow the value ("more than two million")
      "updates": [{"about": "death toll", "values": [{"value", "published", "day", "outlets",
                "reported": [{"outlet", "published"}…], "quote", "article_id", "start", "end",
                "sources": [<source>…]}]}],    # one count reported again later with another value
      "single_source": [{"claim_id", "outlet", "statement", "attribution", "opinion", "press_release", "source": <source>}],
      "timeline": [{"date": "YYYY-MM-DD" (or "--MM-DD": no year known), "when": "as written", "statement", "outlets", "sources",
                    "contested" (a contested claim's row only): [{"value", "outlets"}] of the other sides}],
      "quotes": [{"speaker", "quotes": [{"quote", "text", "article_id", "outlet", "start", "end", "outlets",
                                         "in_part" (when some): the outlets that printed only part of it}]}],
      "coverage": [{"outlet", "articles": [{"article_id", "outlet", "title", "published", "url", "reprint_of"}],
                    "reprinted_by": ["outlet that reprinted this one's story", …],
                    "reprints": null, or the outlet whose story this reprinter ran with words of its own,
                    "first_published", "claims", "corroborated", "single_source", "contested",
                    "press_release": null, or the party whose own release this outlet's article is}],
      "word_choice": [{"concept", "terms": [{"term", "outlets", "sources"}]}]
    }
    <sentence> = {"text", "statement", "credit", "status", "claim_id", "attribution", "outlets",
                  "sources": [<source>…], "also_reported_by": [<source>…], "figures", "updated"}
    <source>   = {"article_id", "outlet", "quote", "start", "end"}   # article.text[start:end] == quote

`status` is `corroborated` (two or more independent outlets), `single-source` or `contested`.
`text` is `statement` (without its final full stop) followed by `credit`, which names the outlets of
`sources` in parentheses ("… (Reuters and Deutsche Welle)."; when the article names its own source the
statement says so itself: "…, the State Department said (Deutsche Welle)."; a speaker it names only by a pronoun is
named in the credit: "She said … (Ada Brenn, via Channel 9)." and in `attribution`; an opinion piece is credited as
one: "(an opinion piece in The Lowland Herald)", a party's own release as its statement: "(a statement by Quillnet)"). One credit closes a run of consecutive sentences that would end in the same credit, as a citation closes a
paragraph: the sentences before the last of the run have `credit` "" and `text` equal to `statement` (their
`sources` still name the outlets), so a story told by one outlet does not repeat its name after every sentence.
The lead (read alone in the feeds) and each variant of a contested claim always keep their own credit. `statement` is copied from the first source's
quote (a leading connective such as "However," dropped and the next letter capitalised), and every source passes `text.support` (names, figures and content words of the statement found in
its quote). `also_reported_by` holds other independent outlets' own words for the same fact: they count
towards the status (and `outlets`) but do not back the sentence's exact wording. A contested claim gives
one sentence per variant, each with status `contested` and only the sources that give that value.
"""
from __future__ import annotations

import html
import itertools
import math
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from .crosscheck import (LEANS_BACK, answered_by, counted, distinctive, figure_label, find_claims, find_updates, group_names,
                         measured, tallied,
                         spelt_alike, states_told,
                         independent_groups, is_denial, is_opinion, name_contests, own_corrections, press_release,
                         settle_updates, update_wording, forecast_met, forecasts_met, foretells, foretold_figures,
                         vague_sizes)
from .crosscheck import Statement as _Statement, _aboard  # (the people on board summed from their parts)
from .records import Article, Brief, BriefSentence, Claim, Evidence, Source, Story, Update, Variant
from .text import (STOPWORDS, CLOSING_MARK, Caseless, DateMention, Sentence, attribution, content_stems, dates, fold, full_name, in_sentence, numbers,
                   open_quote, person, quotations, quote_marks, same_day, sentences, since_day, speaker_key, stem, story_years, support,
                   speaks_for, titled_person, word_char, words)
from .text import _LOOKS_AHEAD, _MONTHS, _ROLE_NOUNS, _SAY, _SPEAKS_FOR, _WEEKDAYS, _past_verbs, transliterated

# Families of words that name one fact in different ways: the choice says something about the outlet.
WORD_CHOICE = {
    "taking of a person": ["abduction", "abducted", "kidnapping", "kidnapped", "capture", "captured",
                           "seized", "seizure", "arrest", "arrested", "detained", "snatched", "ouster", "ousted"],
    "use of force": ["attack", "aggression", "raid", "operation", "strike", "strikes", "airstrikes",
                     "intervention", "invasion", "assault", "incursion"],
    "fighters": ["rebels", "militants", "terrorists", "insurgents", "fighters", "guerrillas", "separatists"],
    "people in the streets": ["protesters", "demonstrators", "rioters", "activists", "mob", "crowd"],
    "people who moved": ["migrants", "immigrants", "illegal aliens", "refugees", "asylum seekers", "undocumented"],
    "those in power": ["government", "regime", "administration", "authorities", "junta"],
    "a stop or closure": ["suspended", "halted", "cancelled", "canceled", "closed", "stopped", "shut"],
    "hurt": ["injured", "hurt", "wounded"],
    "killed": ["killed", "murdered", "died", "dead", "slain", "massacred"],
}


def _source(e: Evidence) -> Source:
    return Source(e.article_id, e.outlet, e.quote, e.start, e.end)


def _source_dict(e: Evidence) -> dict[str, Any]:
    return _source(e).to_dict()


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _variant_outlets(v: dict[str, Any]) -> str:
    """A variant's outlets, those that only give a figure allowing its value last, with their own words:
    "Harbour Courier, Varden Gazette and Tessaly Wire (“more than two million”)"."""
    own = v.get("as_written") or {}
    return _join([o for o in v["outlets"] if o not in own] + [f"{o} (“{own[o]}”)" for o in v["outlets"] if o in own])


def _between_sources(c: dict[str, Any]) -> bool:
    """The contest is between sources, whom its sides must name: an assertion and its denial ("whether it
    happened": the workers / the owner), or figures some outlet gives on both sides from sources of their own
    ("12,000, police said, while the union said 50,000"), where the outlets alone cannot tell the sides apart.
    (Not sides that credit one source in other words, "Pellmart" / "the online grocer": its outlets differ.)"""
    if is_denial([v.get("value") for v in c["variants"]]):
        return True  # (a denial contest, whatever its label: "whether the train had been going too fast")
    sides = [set(v["outlets"]) for v in c["variants"]]
    both = any(sides[x] & sides[y] for x in range(len(sides)) for y in range(x + 1, len(sides)))
    return both and len({tuple(sorted({mid_sentence(w).lower() for w in v.get("attributions") or [] if w}))
                         for v in c["variants"]}) > 1


def _variant_credits(v: dict[str, Any]) -> str:
    """Who gives a variant, as its outlets credit it, each with the outlets that credit it, then the outlets
    that give it as their own: "the organisers (Pellam Wire), the Ostmark Teachers' Union (Norrland Courier);
    unattributed: Kessel Radio". A contest is between sources ("police" / "the organisers", "the workers" /
    the owner who denies), not between the outlets that relay them. `_variant_outlets` when no one is named."""
    by_who: dict[str, list[str]] = {}
    bare: list[str] = []
    for src, who in zip(v.get("sources") or [], v.get("attributions") or []):
        outlet = display_name(src["outlet"])
        if outlet not in v["outlets"]:
            continue  # (a reprint: its original's outlet names it)
        if who:
            by_who.setdefault(mid_sentence(who), [])
        names = by_who[mid_sentence(who)] if who else bare
        if outlet not in names:
            names.append(outlet)
    if not by_who:
        return _variant_outlets(v)
    own = v.get("as_written") or {}
    said = lambda o: f"{o} (“{own[o]}”)" if o in own else o  # noqa: E731
    credited = {o for names in by_who.values() for o in names}
    bare = [o for o in bare if o not in credited] + [o for o in v["outlets"] if o not in credited and o not in bare]
    out = ", ".join(f"{who} ({', '.join(said(o) for o in names)})" for who, names in by_who.items())
    return out + (f"; unattributed: {_join([said(o) for o in bare])}" if bare else "")


# compiled once: re's cache of string patterns is often flushed by the names' own patterns, and this
# runs for every credit
_UNKNOWN_OUTLET = re.compile(r"(?i)unknown \((.+)\)$")
_OUTLET_SECTION = re.compile(r"\s*\([^)]*\)\s*$")


def display_name(outlet: str) -> str:
    """An outlet's name as prose uses it: 'Fox News (Online News)' -> 'Fox News'; 'Unknown (quay.txt)'
    stays whole, as the file is all that tells one unnamed outlet from another."""
    if _UNKNOWN_OUTLET.match(outlet):
        return outlet
    return _OUTLET_SECTION.sub("", outlet).strip() or outlet


_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St)\.$")


def _credit(statement: str, outlets: list[str], speaker: str | None = None,
            denier: str | None = None) -> tuple[str, str]:
    """The statement without its closing full stop, and the credit that ends the sentence: the outlets
    in parentheses, as a news digest credits them ("… in fog on Monday (Reuters and Deutsche Welle).").
    Short, so a brief of many sentences spends its words on the news, not on the credits. A `speaker`
    the statement names only by a pronoun ("…," she said) is named in the credit: "(Ada Brenn, via
    Channel 9)"; the `denier` of a denial told with their words is not them: "(Ada Brenn; denied by Kelvarn
    Mills, via Channel 9)"."""
    names = list(dict.fromkeys(display_name(o) for o in outlets))
    who = _join(names)
    if speaker:
        who = f"{mid_sentence(speaker)}{'; denied by ' + mid_sentence(denier) if denier else ''}, via {who}"
    end = statement.rstrip()
    # (an outlet called "The Kellvik Star" is "the Kellvik Star" in prose)
    named = r"(?:[Tt]he\s+)?" + re.escape(re.sub(r"^The\s+", "", names[0])) if len(names) == 1 else ""
    if not speaker and named and re.search(
            rf"(?:\b(?:told|to|by|with|according to)\s+{named}|(?<![\w'’-]){named}\s+"
            rf"(?:calculated|reported|estimated|found|learned|learnt|has learned|understands|said))\b", end[-120:]):
        return end, ""  # ("..., a police source told the Calder Courier": the outlet is named as it reports)
    # the full stop goes after the credit, unless it ends an abbreviation ("in Chappaqua, N.Y.")
    if end.endswith(".") and not end.endswith((".\"", ".”", ".’", ".'")) and not _ABBREVIATION_END.search(end):
        return end[:-1], f" ({who})."
    if end.endswith(("\"", "”", "’", "'", "?", "!")):
        # a quotation or a question ends the statement: its own marks stay as cited, and the sentence still
        # ends after the credit, as every other does ('… be sold." (Kestrel Voice).')
        return end, f" ({who})."
    return end, f" ({who})"


def mid_sentence(source: str) -> str:
    """A source as written at a sentence's start, as it reads inside one: "The ministry" -> "the ministry"
    ("The Washington Post" and names stay as they are)."""
    # ("Police" -> "police", "Owner Tam Brisk" -> "owner Tam Brisk": a role noun, not a name; "The
    # Dockers' Union" -> "the Dockers' Union": a body's name takes "the" in prose, a paper's keeps "The")
    source = source.strip()
    # "A police spokesman, Inspector Dov Harrell" -> "Inspector Dov Harrell, a police spokesman"; "its
    # chair, Greta Lunde" -> "Greta Lunde, its chair": the person first, as credits and Quotes by speaker
    # name people, then the role in the article's own words (no word of it made up or dropped)
    apposed = _ROLE_THEN_NAME.match(source)
    if apposed and person(apposed.group("name")):
        return f"{apposed.group('name')}, {apposed.group('role')[0].lower()}{apposed.group('role')[1:]}"
    # "Several witnesses", "A police spokesman", "Organiser Tomas Quell": a determiner or a role noun
    # is in lower case inside a sentence
    if _LOWER_FIRST.match(source):
        return source[0].lower() + source[1:]
    return "the" + source[3:] if re.match(r"The [a-z]", source) or _BODY_NAME.match(source) else in_sentence(source)


# a role told by a determiner and lower-case words, then the person's name: "A police spokesman, Inspector Dov Harrell"
_ROLE_THEN_NAME = re.compile(r"(?P<role>(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)(?:\s+[a-z][\w'’-]*){1,5}),\s+"
                             r"(?P<name>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){1,4})$")
# a quantity or a role noun (not a title: "Inspector Dov Harrell", "Mayor Ida Moss" keep theirs) that opens a source
_LOWER_FIRST = re.compile(
    r"(?:An?|Several|Some|Many|Few|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Other|Both|Most|All)"
    r"\s+[a-z]|(?:Organi[sz]er|Campaigner|Activist|Protester|Trader|Vendor|Volunteer|Coordinator|Founder|Driver|"
    r"Worker|Resident|Shopkeeper|Farmer|Nurse|Teacher|Student|Neighbou?r|Rescuer|Firefighter|Survivor|Witness)s?\s")


# "The" + a capitalised name ending in a body's noun ("The Dockers' Union", "The Ministry of Transport")
_BODY_NAME = re.compile(
    r"The (?:[A-Z][\w'’.&-]*\s+)*?(?:Union|Federation|Confederation|Ministry|Department|Council|Association|Agency|"
    r"Authority|Committee|Commission|Board|Bureau|Office|Service|Court|Army|Navy|Party|Government|Administration|"
    r"University|Hospital|Company|Corporation|Institute|Foundation|Society|League|Alliance|Coalition|Church|"
    r"Guard|Coastguard|Police|Fund|Bank|Centre|Center|Trust|Chamber|Parliament|Assembly|Senate|Cabinet|"
    r"Directorate|Inspectorate|Brigade|Nations|States|Kingdom)s?(?:\s+(?:of|for|on)\s+[\w'’ .&-]+)?$")


def _opinion_piece(outlet: str) -> str:
    """How a sentence of an opinion piece is credited: the columnist's view, not the outlet's report."""
    return f"an opinion piece in {outlet}"


def _party_statement(party: str) -> str:
    """How a sentence of a party's own press release is credited: the party's word, not a news outlet's."""
    return f"a statement by {party}"


def _report_first(claims: list[Claim], releases: dict[str, str]) -> list[Claim]:
    """Each uncontested claim a party's release leads and a news report backs, led by the report instead: the
    release is the party's word about itself, which backs a report but does not speak for it (the release is
    still named in the credit: "(Harlow Ledger and a statement by Brisa Mobile)")."""
    out = []
    for c in claims:
        report = next((e for e in c.evidence[1:] if e.article_id not in releases), None)
        if c.evidence and c.evidence[0].article_id in releases and report is not None and not c.variants:
            c = replace(c, text=report.quote, attribution=report.attribution,
                        evidence=[report] + [e for e in c.evidence if e is not report])
        out.append(c)
    return out


def _as_party(arts: list[Article], groups: dict[str, str], releases: dict[str, str]) -> dict[str, str]:
    """The name each party's own release goes by in the brief's lists of outlets (timeline, contests) ->
    how it is shown there: as in the body, the party's statement, not a news outlet ("Quillnet Newsroom"
    -> "a statement by Quillnet")."""
    return {name: _party_statement(releases[a.id]) for a in arts
            if a.id in releases and a.copy_of is None for name in (groups[a.id], a.outlet)}


def _denial(c: Claim) -> dict[str, str]:
    """{"denied_by": who} for a claim whose statement closes with a short denial of what its attributed
    speaker says ('"…," said Ana Blom. Korvel Chemicals denies this.'): the denial is not the speaker's
    ("" when the text names no one its pronoun stands for alone); {} otherwise."""
    who = answered_by(c.text, c.attribution) if c.attribution else None
    return {} if who is None else {"denied_by": who}


def attributed_to(c: dict[str, Any]) -> str:
    """What a "Reported by one outlet only" entry says of its source: "attributed to Ana Blom", and for one
    that closes with someone else's denial "attributed to Ana Blom; denied by Korvel Chemicals" (the claim
    alone, when the text names no one the denial's pronoun stands for alone). "" when it names no source."""
    if not c.get("attribution"):
        return ""
    who = mid_sentence(c["attribution"])
    if c.get("denied_by"):
        return f"attributed to {who}; denied by {mid_sentence(c['denied_by'])}"
    return f"the claim attributed to {who}" if c.get("denied_by") == "" else f"attributed to {who}"


def credited_speaker(credit: str) -> str | None:
    """The speaker a sentence's credit names ("(Ilse Varga, via Harbour Radio)." -> "Ilse Varga"), or None."""
    m = re.match(r"\s*\((.+?)(?:; denied by [^()]*)?, via ", credit)
    return m.group(1) if m else None


_CONNECTIVE = re.compile(
    r"^(?:(?:However|Meanwhile|Still|Moreover|Furthermore|Additionally|In addition|Simultaneously|Separately|"
    r"Nonetheless|Nevertheless|Instead|Indeed|At the same time|On the other hand|In turn|As a result|Also|Now|"
    r"Then|Yet|But|And|So|Notably|Specifically|Importantly|Similarly|Likewise|Ultimately|Overall),\s+|"
    r"(?:But|And|Yet|So)\s+(?=[a-z])|"
    # a newsletter's section label leans on its layout: "Why it matters: ...", "The big picture: ..."
    r"(?i:Why it matters|The big picture|Driving the news|Between the lines|Go deeper|Details|Context|"
    r"Background|Catch up quick|What they're saying|What's next|The bottom line|Bottom line|Yes, but|Flashback|"
    r"By the numbers|Zoom in|Zoom out|The backdrop|State of play|Worth noting|The latest):\s+)")


_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


def tidy(quote: str, marks: tuple[str | None, str | None] | None = None) -> str:
    """The quote as a sentence that stands on its own: a connective that leans on the sentence before
    ("However, ...") or a newsletter's label ("Why it matters: ...") is dropped and the next letter
    capitalised, and a quotation running over several sentences gets back the marks that sit in the
    sentences before and after it. `marks`: the quotation mark open where the quote starts and where
    it ends in its article (`text.open_quote`); without them the quote's own marks are balanced. A quote
    that runs over a paragraph break (a short denial told with the accusation before it) reads as one
    paragraph."""
    quote = _PARAGRAPH_BREAK.sub(" ", quote)
    m = _CONNECTIVE.match(quote)
    if m and len(quote) - m.end() >= 20:
        rest = quote[m.end():]
        quote = rest[0].upper() + rest[1:]
    return with_marks(quote, marks)


def with_marks(quote: str, marks: tuple[str | None, str | None] | None = None) -> str:
    """The quote with the quotation marks it lacks where a quotation runs on from the sentence before or
    into the one after (`marks`, as for `tidy`; without them its own marks are balanced): its words kept."""
    if marks is None:
        return _balance_quotes(quote)
    opened, left_open = marks
    if opened and not quote.startswith(("“", '"')):
        quote = opened + quote
    if left_open:
        quote += CLOSING_MARK[left_open]
    return quote


def _balance_quotes(s: str) -> str:
    """'Well, it means they knew,” Lind said.' -> '“Well, it means they knew,” Lind said.'; and
    '“We are not done.' -> '“We are not done.”' (the quotation went on in the next sentence)."""
    began_before, left_open = quote_marks(s)
    if began_before:
        s = began_before + s
    if left_open and s.endswith((".", "!", "?")):
        s += CLOSING_MARK[left_open]
    return s


SPEAKER_REACH = 2  # sentences before or after a statement that its quote may take in to show who speaks


def _names_it(sentence: str, name: str) -> bool:
    """Whether `sentence` writes `name` as a word of its own, its first letter in either case (a source in
    lower case, "police", is written with a capital where it opens a sentence)."""
    firsts, rest = name[:1].lower() + name[:1].upper(), name[1:]
    i = sentence.find(rest, 1)
    while i != -1:
        j, k = i - 1, i + len(rest)
        # (nor a part of a longer word: a letter, a digit, "_", an apostrophe or a hyphen either side)
        if (sentence[j] in firsts and (j == 0 or not word_char(sentence[j - 1], "'’-"))
                and (k == len(sentence) or not word_char(sentence[k], "'’-"))):
            return True
        i = sentence.find(rest, i + 1)
    return False


def _naming(e: Evidence, speaker: str, text: str, sents: list[Sentence],
            forms: tuple[str, ...] | None = None) -> tuple[Source, str] | None:
    """The evidence's quote reaching to the nearest sentence within SPEAKER_REACH that names `speaker`,
    and on to the nearest one within reach that names them most fully ("She said ..." -> "Harbour
    master Ilse Varga closed the pier. "...," Varga said. She said ..."), and the name as that one
    writes it: in full, else the last name (`forms`: the names to look for, fullest first). It reaches past no sentence that gives another source's words ("..., Moss said.") or leads
    with another titled person: the speaker beyond would not be this statement's. So the speaker a
    credit names is in the words it cites. None when no sentence within reach names them."""
    if forms is None:
        # ('a spokeswoman for Halvorsen' is named so only: "Halvorsen" alone is the company, no credit of hers)
        surname = re.sub(r"\([^)]*\)", " ", speaker).split()[-1:] if not speaks_for(speaker) else []
        # the person's name before the role the source writes with it: "(Nils Brodd, via ...)", not
        # "(passenger Nils Brodd, via ...)", so one person is credited one way
        forms = (person(speaker) or "", speaker.strip(), *surname)
    forms = tuple(dict.fromkeys(f for f in forms if f))
    inside = [k for k, st in enumerate(sents) if st.end > e.start and st.start < e.end]
    if not inside or not forms:
        return None
    key = speaker_key(speaker)
    found: list[tuple[int, int, int]] = []  # form (fullest first), distance, sentence
    for edge, step in ((inside[0], -1), (inside[-1], 1)):
        for d in range(1, SPEAKER_REACH + 1):
            k = edge + step * d
            if not 0 <= k < len(sents):
                break
            sentence = text[sents[k].start: sents[k].end]
            form = next((i for i, f in enumerate(forms) if _names_it(sentence, f)), None)
            if form is not None:
                found.append((form, d, k))
                continue  # a fuller form of the name may lie a sentence further ("Oda Fenn ... Fenn said.")
            # another source's words, or another person leading the sentence ("Representative Elijah
            # Cummings ... also scolded the agency."), between the statement and the name: stop
            said = attribution(sentence)
            other = said.source if said else next((q.speaker for q in quotations(sentence) if q.speaker), None)
            if not other and not open_quote(text, sents[k].start):  # (a person the speaker's own words name is no stop)
                other = titled_person(sentence, "he") or titled_person(sentence, "she")
            if other and speaker_key(other) != key:
                break
    if not found:
        return None
    # The nearest sentence that names them ties the statement to its speaker ('"…," Brenn said.'); the
    # quote takes in too the nearest that names them most fully, so the credit gives the name as the
    # article does ("Oda Fenn", not "Fenn"). (Back first on a tie.)
    near = min(found, key=lambda x: x[1])[2]
    form, _, full = min(found, key=lambda x: x[:2])
    start = min(e.start, sents[near].start, sents[full].start)
    end = max(e.end, sents[near].end, sents[full].end)
    return Source(e.article_id, e.outlet, text[start:end], start, end), forms[form]


def _sentence(claim: Claim, evidence: list[Evidence], status: str, groups: dict[str, str],
              opinion: frozenset[str] = frozenset(), texts: dict[str, str] | None = None,
              split: dict[str, list[Sentence]] | None = None, releases: dict[str, str] | None = None) -> BriefSentence:
    """A sentence for one claim (or one variant of a contested claim) from its first evidence;
    `texts` (article id -> text) tells whether it sits inside a longer quotation, and where the speaker
    a statement names only by a pronoun is named (`split` caches each text's sentences); `releases`
    (article id -> party) the parties' own press releases."""
    releases = releases or {}
    lead = evidence[0]
    texts = texts or {}
    split = {} if split is None else split
    text = texts.get(lead.article_id)
    statement = tidy(lead.quote, (open_quote(text, lead.start), open_quote(text, lead.end)) if text else None)

    speaker = lead.attribution
    if speaker and speaker_key(speaker) in {fold(w) for w in words(statement)}:
        speaker = None  # the statement names its speaker itself

    def naming(e: Evidence, forms: tuple[str, ...] | None = None) -> tuple[Source, str] | None:
        t = texts.get(e.article_id)
        if t is None or not speaker:
            return None
        if e.article_id not in split:
            split[e.article_id] = sentences(t)
        return _naming(e, speaker, t, split[e.article_id], forms)

    # A credit names the speaker only when the quote holds the name: "(Ilse Varga, via Harbour Radio)"
    # cites the words where Harbour Radio names her, not only "She said ...".
    named = naming(lead)
    sources = [named[0] if named else _source(lead)]
    spoken = named[1] if named else None
    also: list[Source] = []
    seen_groups = {groups[lead.article_id]}
    for e in evidence[1:]:
        theirs = naming(e, (spoken,)) if spoken else None  # the name as the credit writes it
        if support(statement, e.quote).ok() and (not spoken or theirs):
            sources.append(theirs[0] if theirs else _source(e))
            seen_groups.add(groups[e.article_id])
        elif groups[e.article_id] not in seen_groups:
            also.append(_source(e))
            seen_groups.add(groups[e.article_id])
    # credit names independent outlets once: the first source of each group speaks for its reprints
    by_group: dict[str, str] = {}
    for src in sources:
        # an opinion piece is named as one: its sentence is the columnist's view, not the outlet's report;
        # and a party's press release as its statement
        by_group.setdefault(groups[src.article_id],
                            _opinion_piece(display_name(src.outlet)) if src.article_id in opinion else
                            _party_statement(releases[src.article_id]) if src.article_id in releases else src.outlet)
    # (a party's release that gives the fact in its own words is named too: it is no outlet, so the status
    # line does not name it, and the credit is where the reader learns the party says so itself)
    for src in also:
        if src.article_id in releases:
            by_group.setdefault(groups[src.article_id], _party_statement(releases[src.article_id]))
    credit_outlets = list(by_group.values())
    # (a denial told with the speaker's words is not theirs: the credit says whose it is)
    core, credit = _credit(statement, credit_outlets, spoken, answered_by(statement, spoken) if spoken else None)
    # each independent outlet by the name of the article that says it: a reprinter's own new lede is its
    # own reporting, not the wire's (an original before its reprints where both say it)
    outlets = _said_in_order(evidence, groups)
    # (a party's release is no outlet beside the reports that give its words)
    party = {groups[x] for x in releases}
    outlets = [o for o in outlets if o not in party] or outlets
    figures = _figure_outlets(statement, evidence, groups) if status == "corroborated" else []
    return BriefSentence(core + credit, statement, credit, status, sources, claim.id,  # type: ignore[arg-type]
                         lead.attribution, also, outlets, figures)


QUOTE_REACH = 2  # sentences before or after a cited quote that it may take in to hold its whole quotation
QUOTE_LINE = 5000  # characters of a paragraph up to a quote's end, beyond which its marks are not read


def _whole_quotation(src: Source, text: str, sents: list[Sentence]) -> Source:
    """A cited quote that opens inside a quotation begun a sentence or two before ('I can't wait to get
    started," Ida Moss said.'), or leaves one open that closes after it, taken out to the sentences that
    hold the quotation's marks ('"It is a dream. I can't wait to get started," Ida Moss said.'): the words
    read whole, with the speech tag that says whose they are, and stay a verbatim span of the article. No
    further than QUOTE_REACH sentences, and never past the quote's paragraph: a mark left open is not
    followed through the article."""
    inside = [k for k, st in enumerate(sents) if st.end > src.start and st.start < src.end]
    if not inside:
        return src
    start, end = src.start, src.end
    first, last = inside[0], inside[-1]
    if open_quote(text, sents[first].start):
        # back to the sentence the quotation opens in: the first one not already inside it
        for k in range(first - 1, max(-1, first - 1 - QUOTE_REACH), -1):
            if sents[k].paragraph != sents[first].paragraph:
                break
            if not open_quote(text, sents[k].start):
                start = sents[k].start
                break
    if open_quote(text, sents[last].end):
        # on to the sentence it closes in
        for k in range(last + 1, min(len(sents), last + 1 + QUOTE_REACH)):
            if sents[k].paragraph != sents[last].paragraph:
                break
            if not open_quote(text, sents[k].end):
                end = sents[k].end
                break
    if (start, end) == (src.start, src.end):
        return src
    return Source(src.article_id, src.outlet, text[start:end], start, end)


def _whole_quotations(s: BriefSentence, texts: dict[str, str], split: dict[str, list[Sentence]]) -> BriefSentence:
    """The sentence with each quote it cites or names as also reporting it whole (`_whole_quotation`)."""
    def whole(src: Source) -> Source:
        text = texts.get(src.article_id)
        line = text[text.rfind("\n", 0, src.start) + 1: src.end] if text is not None else ""
        if not any(m in line for m in "\"“”") or len(line) > QUOTE_LINE:
            return src  # (no quotation mark on its line before its end: nothing to restore; or a line too
            # long to read its marks over again for every quote)
        if src.article_id not in split:
            split[src.article_id] = sentences(text)
        return _whole_quotation(src, text, split[src.article_id])

    return replace(s, sources=[whole(x) for x in s.sources], also_reported_by=[whole(x) for x in s.also_reported_by])


def _quotation_in_order(body: list[BriefSentence], texts: dict[str, str]) -> list[BriefSentence]:
    """Parts of one quotation that statement splitting cut at a sentence's end inside it ('"I have never
    seen this. Whole streets have gone," she said.'), written in the body with as many outlets behind each,
    are written one after the other in their article's order: a reader meets the quotation as it was
    said. The lead stays first."""
    def span(s: BriefSentence) -> tuple[int, int]:  # where its words are in its article
        src, core = s.sources[0], s.statement.strip("\"“”‘’' ")
        found = texts.get(src.article_id, "").find(core[:40], src.start, src.end + 1)
        return (found, found + len(core)) if found >= 0 else (-1, -1)

    out = list(body)
    for k in range(1, len(out)):
        src = out[k].sources[0] if out[k].sources else None
        text = texts.get(src.article_id) if src else None
        start, end = span(out[k]) if text else (-1, -1)
        if start < 0 or not open_quote(text, end):
            continue
        # the part after it: the next sentence of its article, inside the same quotation
        nxt = next((i for i in range(1, len(out)) if i != k and out[i].sources
                    and out[i].sources[0].article_id == src.article_id and len(out[i].outlets) == len(out[k].outlets)
                    and (j := span(out[i])[0]) >= end and not text[end:j].strip("\"“”‘’' \n")), None)
        if nxt is None or nxt == k + 1:
            continue
        part = out.pop(nxt)
        out.insert(k + 1 if nxt > k else k, part)
    return out


def _share_credits(body: list[BriefSentence]) -> list[BriefSentence]:
    """One credit closes a run of consecutive sentences from the same outlets, as a citation closes a
    paragraph: "… in fog on Monday. Ferries use the north quay (Harbour Radio)." A sentence whose next
    sentence would end in the same credit keeps its own full stop and no credit (its `sources` still
    name the outlets), so a story told by one outlet does not repeat its name after every sentence."""
    out = list(body)
    # The lead keeps its credit: it is read alone too (the feeds, `lead`). A contested variant keeps
    # its own, and no credit runs past it: each figure is read with the outlets that give it.
    for k in range(1, len(out) - 1):
        if "contested" in (out[k].status, out[k + 1].status):
            continue
        if out[k].credit and out[k].credit.rstrip(".") == out[k + 1].credit.rstrip("."):
            out[k] = replace(out[k], text=out[k].statement, credit="")
    return out


# a sentence that says something of what the sentence before it in its article named: "It came two days
# after ...", "The number was later revised ..."
_LEANS_ON_BEFORE = re.compile(r"(?:It|This|That|These|Those|They)\b(?![’'])|The (?:number|figure|move|decision)\b")
# a person's pronoun anywhere in a sentence ("The count had given her a lead"): it leans on the sentence
# before only when the sentence names nobody before it that it could stand for (`_leans_on_a_person`)
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|him|[Hh]is|[Ss]he|[Hh]er|hers|[Tt]hey|them|[Tt]heir|theirs)\b(?![’'])")
# a speaker the prose calls by a pronoun, named only in the credit: "It said ...", "She added ..."
_LEANS_ON_SPEAKER = re.compile(r"(?:It|He|She|They)\s+(?:said|says|added|told|stated|warned|noted|reported)\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w\u00C0-\u024F'’-]*")
_CALENDAR = frozenset(_WEEKDAYS + _MONTHS)
# a speaker's claim about "them": "Droskia says they were spies" after "Velmar says the nine men were aid workers"
_SAYS_THEY = re.compile(r"(?P<who>[^,;:\"“”]{1,60}?)\s+(?:said|says|say|added|adds|claimed|claims|insisted|insists|"
                        r"maintained|maintains|alleged|alleges|believes|believed)\s+(?:that\s+)?(?:they|their)\b")


def _names(text: str) -> set[str]:
    """The capitalised words of `text` that may name someone: not a function word ("The", "But") nor a
    day or month, nor a noun for people that is capitalised only as it opens the text ("Police found his
    car", "Rescuers pulled her out": no one's name, so the pronoun still needs one)."""
    found = {w for w in _CAPITALISED.findall(text) if w.lower() not in STOPWORDS and w.lower() not in _CALENDAR}
    first = _CAPITALISED.match(text.lstrip(" \"“‘'("))
    if first and _people_noun(first.group().lower()):
        found.discard(first.group())
    return found


def _people_noun(word: str) -> bool:
    """Whether `word` (in lower case) is a common noun for a person or people: "police", "rescuers", "official"."""
    return (word in _ROLE_NOUNS or word in _MANY
            or any(_PERSON_NOUN.fullmatch(w) for w in (word, word[:-1] if word.endswith("s") else word)))


# a person the statement names by a noun before its pronoun: "One man was hurt when a stone struck his cabin"
_PERSON_NOUN = re.compile(r"\b(?:man|woman|boy|girl|child|person|president|leader|official|spokes(?:man|woman|person)|"
                          r"minister|judge|officer|driver|pilot|father|mother|son|daughter|husband|wife|brother|sister|"
                          r"friend|suspect|victim|candidate|senator|governor|mayor|chief|director|lawyer|attorney|owner|"
                          r"worker|player|coach|manager|reporter|teenager|resident|patient|doctor|soldier|nominee|"
                          r"lawmaker|congressman|congresswoman|justice|ambassador|secretary)\b", re.IGNORECASE)


# what "they", "them", "their" may stand for besides a name: a plural noun ("Rescuers said they had found ...",
# "the ballots ... their seals") or a body that English speaks of as many ("the club said they would appeal")
_MANY = frozenset("""people men women children police staff crew public team club side family party government
company council board union committee couple""".split())
_NOT_PLURAL = frozenset("this his its was has is does thus perhaps always whereas news series species".split())


def _could_be_many(head: str) -> bool:
    """Whether `head` (the words before a "they") holds a noun that "they" may stand for."""
    return any(w in _MANY or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NOT_PLURAL)
               for w in words(head.lower()))


def _leans_on_a_person(statement: str, before: str, prev: str) -> bool:
    """Whether `statement`'s "he"/"her"/"their"/... needs a person only `before` (the sentence before it in
    its article) names: the statement names no one before the pronoun (no capitalised word but a function
    word or a day; no person by a noun, no plural noun for "they"), `before` names someone, and `prev` (the
    sentence the body writes before it) names none of them."""
    # (nor when `before` leans back itself by the same pronoun, "He is famous for ... His endorsement ...":
    # quoted, it would name no one either)
    kind = _unnamed_pronoun(statement)
    if not kind or kind == _unnamed_pronoun(before):
        return False
    named = _names(before)
    return bool(named) and not named & _names(prev)


def _unnamed_pronoun(statement: str) -> str:
    """The person's pronoun of `statement` that stands for no one it names before it, as "he", "she" or
    "they" ("his" is "he"); "" if there is none."""
    pronoun = _PERSONAL_PRONOUN.search(statement)
    if pronoun is None:
        return ""
    word = pronoun.group().lower()
    many = word.startswith("the")
    kind = "they" if many else "he" if word in ("he", "him", "his") else "she"

    def names_one(head: str) -> bool:
        return bool(_names(head) or _PERSON_NOUN.search(head) or (many and _could_be_many(head)))

    # (a name after the pronoun is another person: "The count had given her a lead over Brandt"; but the
    # subject right after a phrase set off by a comma may be the pronoun's: "In his letter, Mattis said",
    # "When they get a chance, migrant families ...")
    comma = statement.find(",", pronoun.end())
    if comma > 0 and names_one(" ".join(statement[comma + 1:].split()[:4])):
        return ""
    return "" if names_one(statement[: pronoun.start()]) else kind


def _says_they(statement: str) -> bool:
    """The statement tells what its speaker says of "they" (`_SAYS_THEY`), a speaker "they" cannot stand for (no
    plural noun, no body spoken of as many, no pronoun): "they" are whom the sentence before it named."""
    m = _SAYS_THEY.match(statement)
    return bool(m) and not _could_be_many(m["who"]) and not _LEANING_SPEAKER.match(m["who"])


_LEANING_SPEAKER = re.compile(r"(?:He|She|They|It|We|I|You)\b")


def _with_antecedent(body: list[BriefSentence], texts: dict[str, str],
                     split: dict[str, list[Sentence]]) -> list[BriefSentence]:
    """A single-source sentence that leans on the sentence before it in its article, and does not follow
    that sentence in the body, is not written alone: it is quoted with that sentence ("Ferry services
    were halted for three hours. It came two days after a deadly earthquake ..."), so "it" reads as its
    article meant, not as whatever the brief wrote before. When the brief already wrote that sentence
    (as a claim or among a claim's sources), or writes it further on, it is placed right after it
    instead: quoted again, the fact before "it" would be told twice. A sentence that names its speaker in its credit only ("It said
    ... (the agency, via Norvane Daily)") is placed so too, after the sentence that told what its pronoun
    stands for, so that the prose does not read as whoever the sentence before it named."""
    out: list[BriefSentence] = []
    joined: list[tuple[BriefSentence, BriefSentence, str, int]] = []  # (written, the sentence, its antecedent)
    for s in body:
        src = s.sources[0] if len(s.sources) == 1 else None
        text = texts.get(src.article_id) if src else None
        if text is not None and s.status != "contested" and (s.status != "single-source" or s.attribution) \
                and _LEANS_ON_SPEAKER.match(s.statement):
            if src.article_id not in split:
                split[src.article_id] = sentences(text)
            # (the quote may open with the sentence that names the speaker: the pronoun's is its last)
            own = [x for x in split[src.article_id] if x.start < src.end]
            before = [x for x in split[src.article_id] if own and x.end <= own[-1].start]
            # (only a sentence that names the speaker: the one before may be about something else)
            if not (before and s.attribution and _names(s.attribution) & _names(before[-1].text)):
                before = []
            told = next((k for k, w in enumerate(out) if before and any(
                x.article_id == src.article_id and x.start <= before[-1].start < x.end
                for x in w.sources + w.also_reported_by)), None) if out else None
            if told is not None and told < len(out) - 1:
                out.insert(told + 1, s)
                continue
        # (a speaker's word on "they" reads right after the sentence that named them, wherever the body tells it)
        # (its first source's article: a reprint's copy is the same words)
        first = s.sources[0] if s.sources else None
        if first and first.article_id in texts and s.status == "single-source" and _says_they(s.statement):
            if first.article_id not in split:
                split[first.article_id] = sentences(texts[first.article_id])
            before = [x for x in split[first.article_id] if x.end <= first.start]
            told = next((k for k, w in enumerate(out) if before and any(
                x.article_id == first.article_id and x.start <= before[-1].start < x.end
                for x in w.sources + w.also_reported_by)), None)
            if told is not None:
                out.insert(told + 1, s)
            else:
                out.append(s)
                if before:  # (told later on: moved there below)
                    joined.append((s, s, first.article_id, before[-1].start))
            continue
        if text is None or s.status != "single-source" or s.attribution:
            out.append(s)
            continue
        if src.article_id not in split:
            split[src.article_id] = sentences(text)
        before = [x for x in split[src.article_id] if x.end <= src.start]
        if not (_LEANS_ON_BEFORE.match(s.statement) or before and _leans_on_a_person(
                s.statement, before[-1].text, out[-1].statement if out else "")):
            out.append(s)
            continue
        prev = out[-1].sources[0] if out and out[-1].sources else None
        if (not before or len(before[-1].text.split()) < HEADLINE_MIN_WORDS
                or (prev and prev.article_id == src.article_id and prev.start <= before[-1].start < prev.end)):
            out.append(s)  # (it already follows what it leans on, or leans on no sentence)
            continue
        ante = before[-1]
        # (written by another outlet's words too: the claim it backs tells that fact already)
        told = next((k for k, w in enumerate(out) if any(
            x.article_id == src.article_id and x.start <= ante.start < x.end
            for x in w.sources + w.also_reported_by)), None)
        if told is not None:
            out.insert(told + 1, s)
            continue
        statement = " ".join(text[ante.start:ante.end].split()) + " " + s.statement
        core, _ = _credit(statement, [src.outlet])  # (the statement without its full stop)
        quote = Source(src.article_id, src.outlet, text[ante.start:src.end], ante.start, src.end)
        out.append(replace(s, text=core + s.credit if s.credit else statement, statement=statement,
                           sources=[quote]))
        joined.append((out[-1], s, src.article_id, ante.start))
    # (an antecedent the body writes later on its own is not quoted twice: the sentence goes right after it)
    for new, s, article_id, at in reversed(joined):
        k = next(i for i, x in enumerate(out) if x is new)
        later = next((j for j in range(k + 1, len(out)) if any(
            x.article_id == article_id and x.start <= at < x.end for x in out[j].sources + out[j].also_reported_by)), None)
        if later is not None:
            out.insert(later + 1, s)
            del out[k]
    return out


_CHANGE_AFTER = re.compile(r"\s+(?:rise|increase|hike|cut|fall|drop|decline|reduction|jump|gain|loss)\b")


def _figure_outlets(statement: str, evidence: list[Evidence], groups: dict[str, str]) -> list[dict[str, Any]]:
    """Each figure that singles out the statement's fact (a unit, or 20 and more), with the independent
    outlets whose words give that figure ("12" and "twelve" alike)."""
    out = []
    for f in numbers(statement):
        if not distinctive(f):
            continue
        # the same value, hedged or not ("nearly 8 percent"), or one that rounds alike; not "more than 10"
        # (a hedged figure, "at least $100 billion", is given by the words that give its value)
        # (and the same figure in another unit: "up to 93 mph" gives "up to 150 km/h")
        # (a change's size is a change's size: "a 4% rise" is "raise council tax by 4%")
        change = bool(_CHANGE_AFTER.match(statement, f.end))
        who = [groups[e.article_id] for e in evidence if any(
            (not x.delta or change) and (abs(x.value - f.value) < 1e-9 or x.converts(f) if x.approx or f.approx
                                         else x.agrees(f))
            for x in numbers(e.quote))]
        out.append({"figure": figure_label(f), "outlets": list(dict.fromkeys(who))})  # "two dozen" -> 24
    return out


SINGLE_TOLD_MIN = 100  # a bare count this large told exactly by two outlets of one story is hardly two facts
_NAME_BEFORE = re.compile(r"\s[A-Z][\w-]*\s$")  # "under Section 1557", "on Flight 370": a name's number
_ZERO_CENTS = re.compile(r"(?<=[$€£¥])([\d,]*\d)\.(\d*?)0+$")


def _figure_key(label: str) -> str:
    """A figure label as a key for the figures other outlets give: a price labelled with its cents as written
    ("$42.80", "$3.00") is the figure another outlet writes "$42.8" or "$3"."""
    return _ZERO_CENTS.sub(lambda m: m[1] + (f".{m[2]}" if m[2] else ""), label)


def _figures_told_elsewhere(body: list[BriefSentence], claims: list[Claim], groups: dict[str, str],
                            party: frozenset[str] = frozenset()) -> None:
    """A figure of a corroborated sentence that another outlet gives exactly in a claim of its own ("The
    attendance was 48,312" beside "... in front of 48,312 fans") is not one outlet's alone: that outlet is
    added to the figure's outlets. (A distinctive figure given exactly by two outlets of one story is one fact.)
    A single-source sentence's figure that other outlets give so lists them too (only such figures: its fact
    is still one outlet's, that figure is not): never a span of time ("for eight years" recurs in other senses),
    an age (who, not what happened) or a name's number ("Section 1557"), a bare count only from
    SINGLE_TOLD_MIN up (a small one, "30 homes" / "30 people", may well count another thing), and only
    outlets: not a party's own release (`party`: its group), no outlet beside a report, nor one the sentence
    cites already. The people on board given as their parts ("312 passengers and 14 crew") give their sum,
    326, the words kept in the figure's `parts`."""
    told: dict[str, list[str]] = {}
    parts: dict[str, dict[str, str]] = {}
    for c in claims:
        for e in c.evidence:
            nums = numbers(e.quote)
            # (a figure given only as expected is no report of it: "is expected to raise ... to 4.5%")
            ahead = foretold_figures(e.quote) if nums else []
            for x in nums:
                if (distinctive(x) and not x.approx and not x.delta and not any(x.start == z.start for z in ahead)
                        and not (x.text.isdigit() and _NAME_BEFORE.search(e.quote, max(0, x.start - 30), x.start))):
                    told.setdefault(_figure_key(figure_label(x)), []).append(groups[e.article_id])
            if sum(not x.unit for x in nums) >= 2:  # (a sum needs two bare counts: most quotes skip this)
                whole = _aboard(_Statement(0, 0, len(e.quote), e.quote, [], nums, None, 0))
                if whole is not None and whole not in nums and not whole.approx and distinctive(whole):
                    label = _figure_key(figure_label(whole))
                    told.setdefault(label, []).append(groups[e.article_id])
                    parts.setdefault(label, {}).setdefault(groups[e.article_id], whole.text)
    for s in body:
        if s.status == "single-source" and not s.figures and s.sources:
            own = groups.get(s.sources[0].article_id, s.sources[0].outlet)
            cited = {groups.get(x.article_id) for x in s.sources} | party
            ahead = foretold_figures(s.statement)
            for f in numbers(s.statement):
                if (distinctive(f) and f.unit not in ("time", "age") and (f.unit or f.value >= SINGLE_TOLD_MIN)
                        and not any(f.start == z.start for z in ahead)
                        and not (f.text.isdigit() and _NAME_BEFORE.search(s.statement, max(0, f.start - 30), f.start))):
                    label = figure_label(f)
                    others = [o for o in dict.fromkeys(told.get(_figure_key(label), [])) if o not in cited]
                    if others:
                        s.figures.append({"figure": label, "outlets": [own, *others]})
        for f in s.figures:
            if len(f["outlets"]) == 1:
                f["outlets"] = list(dict.fromkeys(f["outlets"] + told.get(_figure_key(f["figure"]), [])))
            summed = {o: w for o, w in parts.get(_figure_key(f["figure"]), {}).items() if o in f["outlets"][1:]}
            if summed:
                f["parts"] = summed


def figure_notes(s: dict[str, Any]) -> list[str]:
    """'the figure 12 from Northgate Wire alone' for each figure of a corroborated sentence that only one
    independent outlet gives (the fact is corroborated, that figure is not); 'the figure 326 also given by
    Hollin Wire (312 passengers and 14 crew)' for one of a single-source sentence that other outlets give."""
    figures = s.get("figures") if isinstance(s, dict) else None
    if isinstance(s, dict) and s.get("status") == "single-source":
        out = []
        for f in figures or []:
            if isinstance(f, dict) and isinstance(f.get("outlets"), list) and len(f["outlets"]) > 1 and f.get("figure"):
                given = f.get("parts") if isinstance(f.get("parts"), dict) else {}
                out.append(f"the figure {f['figure']} also given by " + _join(
                    [f"{o} ({given[o]})" if o in given else str(o) for o in f["outlets"][1:]]))
        return out
    return [f"the figure {f['figure']} from {_join([str(o) for o in f['outlets']])} alone"
            for f in figures or [] if isinstance(f, dict) and isinstance(f.get("outlets"), list)
            and len(f["outlets"]) == 1 and f.get("figure")]


def _figure_note(s: dict[str, Any]) -> str:
    return "".join(f"; {n}" for n in figure_notes(s))


def _story_articles(story: Story, articles: list[Article]) -> list[Article]:
    if story.article_ids:
        want = set(story.article_ids)
        chosen = [a for a in articles if a.id in want]
    else:
        chosen = list(articles)
    return sorted(chosen, key=lambda a: (a.published or "9999", a.id))


def write_brief(story: Story, articles: list[Article], claims: list[Claim] | None = None) -> Brief:
    """Write the cited brief of a story. Pure and deterministic; `claims` may be passed when already found."""
    arts = _story_articles(story, articles)
    if not arts:
        raise ValueError(f"story {story.id!r}: none of its articles were given")
    claims = find_claims(arts) if claims is None else claims
    updates = find_updates(claims, arts)
    claims = settle_updates(claims, updates)  # (a count's steps over the days are no contest)
    claims = own_corrections(claims, arts)  # (an outlet's later article, or its note, corrects its own figure)
    claims = name_contests(claims, arts)  # ("in the town of Vilamar" / "of Montelar": one fact, two places)
    gidx = independent_groups(arts)
    gname = group_names(arts, gidx)
    groups = {a.id: gname[gidx[i]] for i, a in enumerate(arts)}
    opinion = frozenset(a.id for a in arts if is_opinion(a))
    releases = {a.id: party for a in arts if (party := press_release(a))}
    claims = _report_first(claims, releases) if releases else claims

    texts = {a.id: a.text for a in arts}
    split: dict[str, list[Sentence]] = {}
    body: list[BriefSentence] = []
    for c in claims:
        if c.status == "contested" and c.variants:
            written = {(x.sources[0].article_id, x.sources[0].start) for x in body if x.sources}
            for v in c.variants:
                # (a variant told by a sentence already written under another claim is not written twice:
                # the contest shows it side by side)
                if (v.evidence[0].article_id, v.evidence[0].start) not in written:
                    body.append(_sentence(c, v.evidence, "contested", groups, opinion, texts, split, releases))
                    written.add((v.evidence[0].article_id, v.evidence[0].start))  # (a sentence of both sides: once)
        else:
            body.append(_sentence(c, c.evidence, c.status, groups, opinion, texts, split, releases))
    _figures_told_elsewhere(body, claims, groups, frozenset(groups[x] for x in releases))
    body = _outcome_first(_news_first(body, {*releases.values(), *_as_party(arts, groups, releases)}))
    body = _with_antecedent(_quotation_in_order(_latest_first(body, updates), texts), texts, split)
    body = _share_credits(_not_restated(_not_restating_lead(body, groups), updates))
    body = _mark_updated(body, updates, groups)
    body = [_whole_quotations(s, texts, split) for s in body]  # (last: the steps above match sources by start)

    headline = _headline(story, arts, claims, updates, body[0] if body else None)
    quotes, spelt = _quotes_and_spellings(arts, groups)
    fullest = _fullest_forms([c.attribution for c in claims])
    return Brief(
        story_id=story.id,
        headline=headline,
        lead=body[0] if body else None,
        sentences=body,
        conflicts=_conflicts(claims, groups, _as_party(arts, groups, releases)),
        single_source=[
            # (the outlet whose words are quoted: a release's party among the outlets is not the quote's outlet)
            {"claim_id": c.id, "outlet": c.evidence[0].outlet if c.evidence[0].outlet in c.outlets else c.outlets[0],
             "text": told, "statement": told, "status": c.status,
             "attribution": _in_one_spelling(fullest.get(c.attribution, c.attribution), spelt),
             "source": _source_dict(c.evidence[0]),
             "sources": [_source_dict(c.evidence[0])], "opinion": c.evidence[0].article_id in opinion,
             "press_release": releases.get(c.evidence[0].article_id), **_denial(c)}
            for c in claims if c.status == "single-source" for told in [_told(c, texts)]
        ],
        timeline=_timeline(claims, arts, groups, _as_party(arts, groups, releases)),
        quotes=quotes,
        coverage=_coverage(arts, claims, groups, releases),
        word_choice=_word_choice(claims, groups),
        outlets=list(dict.fromkeys(gname[g] for g in sorted(set(gidx)))),
        updates=[_update_entry(u, groups) for u in updates],
    )


def _in_one_spelling(attribution: str | None, spelt: dict[str, str]) -> str | None:
    """An attribution with each name in the spelling the brief names that person by (`_quotes_and_spellings`), so one
    person is not two in the single-source list: "spokesman Yusuf Hamdan" -> "spokesman Youssef Hamdane". A
    surname alone only when no given name (capitalised) stands before it: "Ali Hamdan" is someone else."""
    if not attribution or not spelt:
        return attribution
    for other, name in sorted(spelt.items(), key=lambda x: -len(x[0])):  # (the whole name before its surname)
        if other in attribution:
            attribution = re.sub(rf"(?<![\w'’.-]){re.escape(other)}(?![\w'’-])",
                                 lambda m: name if " " in other or not _given_before(m.string, m.start()) else m[0],
                                 attribution)
    return attribution


def _fullest_forms(attributions: list[str | None]) -> dict[str, str]:
    """Each attribution naming a person by a shorter form ('Anna Ruud', 'Chief Ruud', 'County fire chief Ruud',
    'Ruud') -> the fullest form the story's attributions name them by ('Fire Chief Anna Ruud'), so that one person
    has one label in the single-source list. Only while the attributions give one given name for that surname:
    two people of one surname stay apart, and a surname alone then joins neither."""
    named: dict[str, list[str]] = {}  # surname -> the attributions that give a given name with it
    short: dict[str, list[str]] = {}  # ... -> those with a role (lower case, or a title) before the surname alone
    for a in dict.fromkeys(a for a in attributions if a):
        if _SEVERAL.search(a):
            continue  # ("Ms. Pelosi and Mr. Schumer" is two people)
        if (name := person(a)) is not None:
            named.setdefault(speaker_key(name), []).append(a)
        elif len(a.split()) > 1 and a.split()[-1][:1].isupper() and not _given_names(a):
            # (a role or an honorific with it: a surname alone may be another of the family, "Clinton")
            short.setdefault(speaker_key(a), []).append(a)
    out: dict[str, str] = {}
    for key, forms in named.items():
        if len({fold(person(a).split()[0]) for a in forms}) != 1:
            continue
        # (the first of the longest: its role with the name; as it reads inside a sentence, when one form is)
        label = max(forms, key=lambda a: (len(a.split()), a[:1].islower()))
        # (a bare name takes no form that gives a role: "President Trump" stays, not "Donald Trump")
        bare = {w.strip(".,").casefold() for w in person(label).split()} | _HONORIFICS if person(label) == label else None
        out.update((a, label) for a in forms + short.get(key, [])
                   if a != label and (bare is None or {w.strip(".,").casefold() for w in a.split()} <= bare))
    return out


_SEVERAL = re.compile(r"\band\b|&|,")
_HONORIFICS = frozenset("mr mrs ms miss mx dr".split())


def _given_before(text: str, at: int) -> bool:
    """Whether a capitalised word (a given name) stands right before position `at` of `text`."""
    before = text[:at].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].rstrip(".").casefold() not in _NOT_GIVEN


def _told(c: Claim, texts: dict[str, str]) -> str:
    """A claim's words with the quotation marks they lack where statement splitting cut a quotation at a
    sentence's end inside it ('Whole streets have gone," she said.' -> '"Whole streets have gone," she
    said.'): the words shown as the outlet's stay its own (`with_marks`)."""
    e = c.evidence[0]
    marks = _marks_at(c.text, e.start, e.end, texts.get(e.article_id))
    return c.text if marks is None else with_marks(c.text, marks)


def _marks_at(quote: str, start: int, end: int, text: str | None) -> tuple[str | None, str | None] | None:
    """The quotation marks open where a quote starts and where it ends in its article (`open_quote`), for
    `with_marks`; None when the quote is not the article's words at that place."""
    if text is None or text[start:end] != quote:
        return None
    return open_quote(text, start), open_quote(text, end)


def _day(published: str | None) -> str:
    """A report's day as a reader names it: '2026-11-17T09:00:00Z' -> 'Tue 17 Nov' ('' when unknown)."""
    try:
        d = date.fromisoformat((published or "")[:10])
    except ValueError:
        return ""
    return f"{d:%a} {d.day} {d:%b}"


def _update_entry(u: Update, groups: dict[str, str]) -> dict[str, Any]:
    """An update as the brief's JSON gives it: each value with its day, outlets and quoted words."""
    values = []
    for v in u.values:
        first = v.evidence[0]
        # each independent outlet once, with the day it gave the value (a reprint speaks for its original)
        firsts = {groups[e.article_id]: e for e in reversed(v.evidence)}
        outlets = _said_in_order(v.evidence, groups)
        reported = [{"outlet": o, "published": firsts[g].published}
                    for o, g in zip(outlets, dict.fromkeys(groups[e.article_id] for e in v.evidence))]
        values.append({"value": v.value, "published": first.published, "day": _day(first.published),
                       "outlets": outlets, "reported": reported, "quote": first.quote,
                       "article_id": first.article_id, "start": first.start, "end": first.end,
                       "sources": [_source_dict(e) for e in v.evidence]})
    return {"about": u.about, "values": values}


def _cited(s: BriefSentence) -> set[tuple[str, int]]:
    """The article sentences a brief sentence cites or names as also reporting it, as (article, start)."""
    return {(x.article_id, x.start) for x in s.sources + s.also_reported_by}


def _news_first(body: list[BriefSentence], parties: set[str]) -> list[BriefSentence]:
    """A lead that only parties' own word backs (their releases, or a report quoting a release's speaker) gives
    way to the first sentence a news outlet backs: the release is the party's word about itself, which may back
    a report but does not lead over one. (`parties`: the names a party's release goes by among outlets)"""
    if body and body[0].outlets and set(body[0].outlets) <= parties:
        k = next((k for k, s in enumerate(body) if set(s.outlets) - parties), None)
        if k:
            return [body[k]] + body[:k] + body[k + 1:]
    return body


def _outcome_first(body: list[BriefSentence]) -> list[BriefSentence]:
    """A lead that tells only a forecast or a plan ("is expected to raise its main interest rate ... to 4.5%")
    gives way to the first sentence that tells its outcome ("increased its key rate to 4.5%", `forecast_met`):
    the story leads with what happened, and the forecast keeps its place among the rest."""
    if len(body) > 1 and foretells(body[0].statement):
        k = next((k for k in range(1, len(body)) if forecast_met(body[0].statement, body[k].statement)), None)
        if k:
            return [body[k]] + body[:k] + body[k + 1:]
    return body


# words that make a sentence of the same content words say something else than the lead: a negation, a modal, a
# condition ("The bridge could collapse", "did not collapse")
_CHANGES_MEANING = frozenset("""not no never nor cannot can could may might must should would will shall if unless
    without whether""".split())
RESTATES_WORDS = 2  # content words at least of a sentence dropped as the lead's restatement ("It collapsed." may be another's)
_QUOTED = re.compile(r"[\"“”]|^‘")  # (someone's words are theirs, whatever the lead states)


def _restates(statement: str, lead: str) -> bool:
    """Does `statement` tell nothing the lead does not: each of its content words and names in the lead, its
    words in lower case in the lead's order (not "A woman was killed" of "killed by a woman"), each of its figures
    the lead's, and no word that turns the meaning (`_CHANGES_MEANING`)? "The Aske Bridge has collapsed." of "A
    road bridge over the River Aske in Pellston collapsed ..., killing at least 3 people"."""
    own = set(content_stems(statement))
    if len(own) < RESTATES_WORDS or not own <= set(content_stems(lead)) or _QUOTED.search(statement):
        return False
    told = {fold(w) for w in words(lead)}
    if any(fold(w) in _CHANGES_MEANING and fold(w) not in told or fold(w).endswith("n't") for w in words(statement)):
        return False
    theirs = numbers(lead)
    if not all(any(x.agrees(y) for y in theirs) for x in numbers(statement)):
        return False
    # (and something said of the names: '"This is about the White House."' tells nothing the lead does)
    low = iter(content_stems(" ".join(w for w in lead.split() if w[:1].islower())))
    said = content_stems(" ".join(w for w in statement.split() if w[:1].islower()))
    return bool(said) and all(w in low for w in said)


def _not_restating_lead(body: list[BriefSentence], groups: dict[str, str]) -> list[BriefSentence]:
    """A sentence that tells only what the lead already states (`_restates`: "The Aske Bridge has collapsed."
    after "A road bridge over the River Aske ... collapsed ..., killing at least 3 people") adds nothing: it is
    dropped, and its outlet, when the lead does not name it yet, reports the lead too (`also_reported_by`). Not a
    side of a contest (shown beside the other), nor one the next sentence leans on ("It had ...")."""
    if len(body) < 2:
        return body
    lead, out = body[0], [body[0]]
    for k, s in enumerate(body[1:], 1):
        after = body[k + 1].statement if k + 1 < len(body) else ""
        if (s.status == "contested" or not s.sources or LEANS_BACK.match(after) or _LEANS_ON_BEFORE.match(after)
                or not _restates(s.statement, lead.statement)):
            out.append(s)
            continue
        own = s.sources[0]
        group = groups.get(own.article_id, own.outlet)
        if lead.status != "contested" and group not in lead.outlets:
            outlets = lead.outlets + [group]
            lead = replace(lead, also_reported_by=lead.also_reported_by + [own], outlets=outlets,
                           status="corroborated" if len(outlets) > 1 else lead.status)
            out[0] = lead
    return out


def _latest_first(body: list[BriefSentence], updates: list[Update]) -> list[BriefSentence]:
    """A lead that states a value later reports changed ('10% contained on Monday') gives way to the first
    sentence that states the latest ('60% contained on Wednesday'): the story leads with what is now
    known, and the old value keeps its place among the rest."""
    if body:
        first = _cited(body[0])
        for u in updates:
            old = {(e.article_id, e.start) for v in u.values[:-1] for e in v.evidence}
            new = {(e.article_id, e.start) for e in u.values[-1].evidence}
            if first & old and not first & new:
                k = next((k for k, s in enumerate(body) if _cited(s) & new and not _cited(s) & old), None)
                if k:
                    return [body[k]] + body[:k] + body[k + 1:]
    return body


def _not_restated(body: list[BriefSentence], updates: list[Update]) -> list[BriefSentence]:
    """A sentence that states only an update's latest value ('has risen to 10,500') is not written right beside
    a sentence of an earlier value of it: that one's note already gives the latest value, its day and outlets
    (`_mark_updated`), and "How the figures changed" quotes it. The lead stays whatever it states, and so does a
    sentence giving the latest values of several updates: a result of its own ("The final count gave Rask 24,760
    votes, or 50.3 percent, and Brandt 24,473 ..."), which notes would only tell piecemeal."""
    drop: set[int] = set()
    latest = [{(e.article_id, e.start) for e in u.values[-1].evidence} for u in updates]
    several = {k for k in range(len(body)) if sum(bool(_cited(body[k]) & new) for new in latest) > 1}
    for u, new in zip(updates, latest):
        old = {(e.article_id, e.start) for v in u.values[:-1] for e in v.evidence}
        for k in range(1, len(body)):
            cited = _cited(body[k])
            if k not in several and cited <= new and any(j not in drop and 0 <= j < len(body) and _cited(body[j]) & old
                                    for j in (k - 1, k + 1)):
                drop.add(k)
    return [x for k, x in enumerate(body) if k not in drop]


def _count_keys(quote: str, label: str | None = None) -> set[tuple[str, str]]:
    """What the figures of `quote` count or measure (as `find_updates` keys a count: 'was 10% contained' ->
    ('containment', '')); only those written as `label` when it is given."""
    return {key for n in numbers(quote) if label is None or figure_label(n) == label
            if (key := counted(quote, n) or measured(quote, n) or tallied(quote, n)) is not None}


def _mark_updated(body: list[BriefSentence], updates: list[Update], groups: dict[str, str]) -> list[BriefSentence]:
    """A sentence that states a count later reports changed says so (`updated`): 'killing at least 12'
    of Tuesday is not Wednesday's toll of 31. Only a count the shown sentence states itself: a report that
    merely also backs it ("burned 12,000 acres ... and was 10% contained" beside "has burned about 4,860
    hectares") does not lend it its other figures' notes."""
    latest = [_update_entry(Update(u.about, u.values[-1:]), groups)["values"][0] for u in updates]
    out = []
    for s in body:
        cited = _cited(s)
        shown = {(x.article_id, x.start) for x in s.sources}
        own: set[tuple[str, str]] | None = None  # (what the shown sentence counts, read when first needed)

        def states(e: Evidence, label: str) -> bool:
            nonlocal own
            if (e.article_id, e.start) in shown:
                return True
            keys = _count_keys(e.quote, label)
            if not keys:  # (a figure whose count cannot be read, "No deaths": as before, the claim's)
                return True
            if own is None:
                own = set().union(*(_count_keys(x.quote) for x in s.sources)) if s.sources else set()
            return bool(keys & own)

        # (the figure as the sentence's own report gives it: a step of two values of one day, "at least 23 or
        # at least 31", is "at least 23" in the report that says 23)
        marks = [{"about": u.about, "figure": figure, "now": now["value"], "outlets": now["outlets"],
                  "published": now["published"], "reported": now["reported"]}
                 for u, now in zip(updates, latest) for v in u.values[:-1]
                 if (figure := next((w for k, e in sorted(enumerate(v.evidence),
                                                         key=lambda ke: (ke[1].article_id, ke[1].start) not in shown)
                                     if (e.article_id, e.start) in cited
                                     if states(e, w := (v.as_written[k] if k < len(v.as_written) and v.as_written[k]
                                                        else v.value))), None))]
        out.append(replace(s, updated=marks) if marks else s)
    return out


def update_notes(s: dict[str, Any]) -> list[str]:
    """'death toll since put at 31: Wed 18 Nov, Eastgate Observer' for each figure of the sentence that a
    later report changed."""
    return [f"{u['about']} since put at {u['now']}: {_reports(u)}"
            for u in (s.get("updated") if isinstance(s, dict) else None) or []
            if isinstance(u, dict) and u.get("about") and u.get("now")]


def _update_note(s: dict[str, Any]) -> str:
    return "".join(f"; {n}" for n in update_notes(s))


# a sentence that needs the one before it (a pronoun, "this", a quotation, an aside's opening: "At one
# point, Comey wrote ...", "But ...") cannot stand as a headline
_LEANS_BACK = re.compile(r"[\"“‘'(]|(?:Also|But|And|Yet|Still|However|Meanwhile|Instead|Earlier|Later|Even so|"
                         r"For example|For instance|In addition|In one|In another|In a separate|"
                         r"At (?:one|another|some|that|this|the same) (?:point|time))\b|" + LEANS_BACK.pattern)
# a photo's caption, present tense over a past event: "Mayor Ilsa Dorne speaks to reporters as she met with ..."
_CAPTION = re.compile(r"^[^,;]{0,80}?\b(?:addresses|speaks|talks|looks on|listens|waves|gestures|arrives|departs|walks|"
                      r"poses|smiles|greets|shakes hands|delivers remarks|holds up)\b[^;]*\b(?:as|during|while)\b")
# a circumstance told after the source ("..., the emergency office said on Tuesday, as the storm moved
# north") is no part of a headline: the statement ends with who says it
# (single spaces: it runs on text whose whitespace is collapsed, and a run of spaces could not make it slow)
_AFTER_SOURCE = re.compile(r"(, [^,;:\"“”]{2,80}? (?:said|says|reported|reports|announced|told \w+)"
                           r"(?: (?:on|late on|early on) \w+day| \w+day)?), (?:as|while|amid|after|before|when) "
                           r"[^,;:\"“”]{3,160}$")
HEADLINE_CHARS = 200  # a lead statement longer than this is cut at a word boundary to make the headline (a
# corroborated statement of up to this length heads an untitled story before a shorter single-source one)
HEADLINE_MIN_WORDS = 5  # "Trump said in a tweet" names no event
_REFERS_BACK = re.compile(r"\b(?:it|this|these|those|they|them)\b")  # lowercase: "discussed it in the 1990s"
_WIRE_TAG = re.compile(r"\s+(?:\(?(?:AP|AFP|Reuters|UPI|dpa)\)?)$")  # a caption's credit: "... missile test AP"


def _cut_title(title: str, arts: list[Article]) -> bool:
    """A title that is only the start of an article's text, stopped before its sentence ends (a story
    whose articles have no titles is named by its first characters)."""
    t = title.strip()
    return bool(t) and not re.search(r"[.!?][\"”’')\]]*$", t) and any(
        a.text.lstrip().startswith(t) and len(a.text.strip()) > len(t) for a in arts)


def _word_cut(text: str, limit: int) -> str:
    """`text` whole when it fits in `limit` characters, else cut at the last word boundary with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit + 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return head + "…"


_NOUN_AFTER = re.compile(r"\s+(?!(?:to|in|on|at|of|by|for|from|and|or|as|after|since|a|an|the)\b)[A-Za-z][\w'’-]*")
_HEDGE_BEFORE = re.compile(r"(?i)\b(?:at least|at most|about|around|some|nearly|almost|more than|over|up to|fewer than|"
                           r"less than)\s*$")


# a live blog's label on its title: "Live: X", "LIVE updates: X", "X - all the latest", "X - live", "X as it happened"
# (a dash between spaces only: "Live-action remake ..." and "... go-live" are no labels)
_LIVE_LABEL = re.compile(r"(?i)^\s*live(?:\s+(?:updates?|blog|coverage))?(?:\s*[:|]\s*|\s+[-–—]\s+)"
                         r"|(?:\s*[|:]\s*|\s+[-–—]\s+)(?:live(?:\s+(?:updates?|blog|coverage))?|all the latest"
                         r"|latest updates?)\s*$|(?:\s*[|:]\s*|\s+[-–—]\s+|\s+)as it happened\s*$")


# a title that gives a forecast or a plan: "Central bank expected to raise rates on Thursday", "Ostria set to lift rates"
_PREVIEW_TITLE = Caseless(r"\b(?:(?:expected|set|likely|poised|tipped|forecast|predicted|due)\s+to|could|might|will)\b")


def _live_title(title: str | None) -> str | None:
    """A live blog's title without its label ("Live: Kellvik outage - all the latest" -> "Kellvik outage"),
    or None when the title has no such label."""
    bare = _LIVE_LABEL.sub("", title or "").strip()
    return bare if bare != (title or "").strip() else None


def _title_of_the_lead(chosen: Article, news: list[Article], lead: BriefSentence | None, ok: Any) -> str | None:
    """A title for the lead's news when the `chosen` title was written before any report of it: a two-day story
    whose lead is the second day's development ("... was jailed on Tuesday for six years") is not headed by
    the first day's title ("... found guilty of fraud"). The title of a report the lead cites, else of another
    report of its day or later, in the headline's order (`news`), that passes `ok`; None when the chosen
    title's report is of the day of a report the lead cites, or later (not the latest day's title as such: a
    lead of the first day keeps the title of that day)."""
    if lead is None:
        return None
    told = {x.article_id for x in lead.sources + lead.also_reported_by}
    days = {(a.published or "")[:10] for a in news if a.id in told}
    day = (chosen.published or "")[:10]
    # (a day unknown on either side: no title is known to be older)
    if not days or not all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in {*days, day}) or min(days) <= day:
        return None
    since = min(days)
    for a in [a for a in news if a.id in told] + [a for a in news if a.id not in told and (a.published or "")[:10] >= since]:
        title = _live_title(a.title) or a.title
        if ok(title) and len((title or "").split()) >= 2:
            return title
    return None


def _headline(story: Story, arts: list[Article], claims: list[Claim], updates: list[Update] | None = None,
              lead: BriefSentence | None = None) -> str:
    """The title of the article behind most claims (a news report's before an opinion piece's; one behind
    a corroborated claim before one behind none) that
    neither states as fact a figure that outlets dispute or that no report gives as its own or
    corroborated ("1,500 walk out" over texts that say twelve hundred, or that only the union is said
    to claim), nor is a sentence cut short; failing titles, a news title whose disputed counts can be left
    out ("Pellmore Bank hack exposes accounts" over 40,000 and 4,000); else the lead statement (whole, or cut
    at a word boundary with '…').
    It depends on the story's articles alone, not on what else the store holds (the clustering's title,
    the headline nearest the centre of the story's headlines, moves with the store's word weights).
    A count that later reports changed (`updates`: 'at least 12' dead on Tuesday, 31 on Wednesday) is no
    headline's fact either: it is out of date. Nor is a title older than the brief's `lead`: when every report
    the lead cites came out on a later day than the title's report, a title of the lead's news heads it."""
    disputed = {round(n.value, 6) for c in claims if c.status == "contested"
                for v in c.variants + [x for _, vs in c.more_conflicts for x in vs] for n in numbers(v.value)}
    disputed |= {round(n.value, 6) for u in updates or [] for v in u.values[:-1] for n in numbers(v.value)}
    # a figure some outlet states itself, or that two outlets give: not one only a source is said to claim
    # ("The union claims the real number is about 1,500" does not make "1,500 walk out" a headline's fact)
    given = {round(n.value, 6) for c in claims if c.status == "corroborated" or not c.attribution
             for e in c.evidence for n in numbers(e.quote)}
    # (and the latest value of a count reports updated: "Kellvik quake toll rises to 31" is the news)
    given |= {round(n.value, 6) for u in updates or [] for n in numbers(u.values[-1].value)}

    # (a vague amount of the size of a disputed figure takes a side too: "Tens of thousands march" over
    # police's 12,000 and organisers' 50,000)
    disputed_sizes = {int(math.log10(v)) for v in disputed if v >= 10}

    # (nor a side of a contest of a state: "Talks fail to agree water deal" over "agreed in principle")
    sides = {c.about for c in claims if c.status == "contested" and c.about}

    def ok(title: str | None) -> bool:
        return bool(title) and not _cut_title(title or "", arts) and not (states_told(title or "") & sides) and all(
            round(n.value, 6) not in disputed and (round(n.value, 6) in given or not distinctive(n))
            for n in numbers(title or "")) and not (vague_sizes(title or "") & disputed_sizes)

    def without_count(title: str | None) -> str | None:
        """The title with the disputed counts it states taken out where a noun follows each, so it tells
        what all sides say ("Pellmore Bank hack exposes 40,000 accounts" -> "... exposes accounts")."""
        cut = [n for n in numbers(title or "") if round(n.value, 6) in disputed]
        if not cut or any(n.unit or n.measure or not _NOUN_AFTER.match(title or "", n.end) for n in cut):
            return None
        out = title or ""
        for n in sorted(cut, key=lambda n: -n.start):
            head = _HEDGE_BEFORE.sub("", out[: n.start])
            out = head.rstrip() + " " + out[n.end:].lstrip()
        out = " ".join(out.split())
        # (a count cut from the start must leave a capitalised subject: "Two dead after blast at X" without
        # its count is "dead after blast at X", no headline)
        if min(n.start for n in cut) == 0 and not out[:1].isupper():
            return None
        return out if ok(out) and len(out.split()) >= 3 else None

    backing = Counter(e.article_id for c in claims for e in c.evidence)
    # an article behind some claim that outlets agree on before one behind none: a follow-up's single-source
    # details ("Black box found at crash site") are not what the story is, however many
    agreed = {e.article_id for c in claims if c.status == "corroborated" for e in c.evidence}
    # (a news report's title before any opinion piece's: "Opinion: The deal is a disgrace" is a view)
    # (and a live blog's title, its label taken off, after any other news report's: "Live: X - all the
    # latest" names a page, not the news; and a reprint's after its original's, whose report it runs)
    # (and, when the lead tells the outcome of a forecast, a title that gives the forecast after any other: "Central
    # bank expected to raise rates" is the day before's news)
    met = lead is not None and any(foretells(q) and forecast_met(q, lead.statement)
                                   for q in dict.fromkeys(c.evidence[0].quote for c in claims))
    ranked = sorted(arts, key=lambda a: (is_opinion(a), _live_title(a.title) is not None,
                                         met and _PREVIEW_TITLE.search(a.title or "") is not None, a.copy_of is not None,
                                         a.id not in agreed, -backing[a.id], arts.index(a)))
    news = [a for a in ranked if not is_opinion(a)]
    for a in news:
        title = _live_title(a.title) or a.title
        if ok(title) and len(title.split()) >= 2:
            return _title_of_the_lead(a, news, lead, ok) or title or ""
    # (else a title that states a disputed count, without it: what the story is about, whoever counts)
    for a in news:
        if cut := without_count(_live_title(a.title) or a.title):
            return cut
    # (then a news report's statement, before any opinion piece's title or statement: a column's title is
    # its view, whatever the news titles state)
    columns = {a.id for a in arts if is_opinion(a)}
    # a whole statement reads better than a cut one: the first in the brief's order, corroborated ones
    # first, that fits, states no disputed figure, says enough (HEADLINE_MIN_WORDS) and stands on its
    # own (no "He said", no quotation); better one with no "it" that may mean the sentence before's
    fitting: list[tuple[bool, str]] = []
    for c in sorted(claims, key=lambda c: c.status != "corroborated"):
        text = " ".join(tidy(c.evidence[0].quote).split())
        text = _WIRE_TAG.sub("", text[:-1] if text.endswith(".") else text)
        text = _AFTER_SOURCE.sub(r"\1", text)
        if (c.status != "contested" and len(text) <= HEADLINE_CHARS and not _LEANS_BACK.match(text)
                and not _CAPTION.match(text)
                and len(text.split()) >= HEADLINE_MIN_WORDS
                and not any(round(n.value, 6) in disputed for n in numbers(text))):
            fitting.append((c.evidence[0].article_id in columns, text))
    for of_column in (False, True):
        if of_column:  # (no news title or statement serves: a column's title, then its statements)
            for a in ranked:
                if a.id in columns and ok(a.title):
                    return a.title or ""
        texts = [t for col, t in fitting if col == of_column]
        if texts:
            # (nor a "her" that stands for no one it names: "The count had given her a lead")
            return next((t for t in texts if not _REFERS_BACK.search(t) and not _unnamed_pronoun(t)), texts[0])
    if claims:
        lead = tidy(claims[0].evidence[0].quote).rstrip()
        return _word_cut(lead[:-1] if lead.endswith(".") else lead, HEADLINE_CHARS)
    title = story.title or ""
    return title.rsplit(" ", 1)[0] + "…" if _cut_title(title, arts) and " " in title else title


def _conflicts(claims: list[Claim], groups: dict[str, str], shown: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The contested claims' variants, each with its outlets (a party's release as its statement: `shown`)."""
    shown = shown or {}
    out = []
    for c in claims:
        if c.status != "contested":
            continue
        # (a claim contested on a figure that also gives different days is two entries: the figure, the date;
        # one contested on several figures, an entry each, the first the claim's own)
        for about, variants in ((c.about, c.variants), *c.more_conflicts, ("the date", c.date_variants)):
            if variants:
                entries = [{"value": v.value, "outlets": [shown.get(o, o) for o in _said_in_order(v.evidence, groups)],
                            "as_written": {shown.get(o, o): w for o, w in _as_written(v, groups).items()},
                            "attributions": [e.attribution for e in v.evidence],
                            "sources": [_source_dict(e) for e in v.evidence]} for v in variants]
                _add_conversions(entries)
                out.append({"claim_id": c.id, "about": about, "statement": c.text, "variants": entries})
    return out


def _as_written(v: Variant, groups: dict[str, str]) -> dict[str, str]:
    """The outlets none of whose words give the variant's value itself, only a figure that allows it,
    with that figure as they write it ({"Tessaly Wire": "more than two million"} beside 2.3 million)."""
    said = _said_by(v.evidence, groups)
    pairs = [(groups[e.article_id], w) for e, w in zip(v.evidence, v.as_written or [""] * len(v.evidence))]
    exact = {g for g, w in pairs if not w}
    return {said[g]: w for g, w in pairs if w and g not in exact}


def _add_conversions(entries: list[dict[str, Any]]) -> None:
    """A variant measured in another unit than the first gives its value in the first's unit too
    ("8,400 acres" beside "3,100 hectares": "converted": "about 3,400 hectares"), so the reader sees
    the actual gap."""
    def measure(value: str) -> Any:
        ns = numbers(value)
        return ns[0] if len(ns) == 1 and ns[0].measure else None

    first = measure(entries[0]["value"]) if entries else None
    for x in entries[1:] if first else []:
        n = measure(x["value"])
        if n and (converted := n.converted_to(first)):
            x["converted"] = converted


def _said_in_order(evidence: list[Evidence], groups: dict[str, str]) -> list[str]:
    """Each independent outlet of the evidence once, in its order, named as `_said_by` names it (a
    reprinter's own lede, or a figure it changed, is its own)."""
    said = _said_by(evidence, groups)
    return [said[g] for g in dict.fromkeys(groups[e.article_id] for e in evidence)]


def _rising(quote: str) -> bool:
    """The quote gives a count as what a total has come to ('the death toll ... has risen to 31', 'Forty-seven
    people are now known to have died')."""
    return any((update_wording(quote, n) or _NOW_AFTER.match(quote, n.end)) and counted(quote, n) for n in numbers(quote))


# a count told as it stands now: "Forty-seven people are now known to have died", "12 are now missing"
_NOW_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:are|is|were|was|have|has)\s+now\b")


def _possessive(quote: str, d: DateMention) -> bool:
    """Is the day written as a possessive: "Sunday's semi-final", "Monday's vote"?"""
    return quote[d.end: d.end + 2] in ("'s", "’s")


# a value a figure is measured against, dated by its day: "34 per cent more than Brightmere's closing price on
# Friday", "a premium of 34% to the closing share price on Friday", "up 5% from Friday's close", "its level as of
# Monday". The day is the yardstick's, not the day of what the sentence tells (the offer, the rise); not a value
# the sentence's act reaches: "rose to a record high on Friday" (no yardstick word), "below its IPO price on
# Friday" (a value of another day: only the words of a day's own value come between)
# (a bare "over", "against", "on" only after a change in per cent: "protested against prices on Monday" is an act)
_YARDSTICK = (r"(?:\b(?:than|from|above|below|versus|vs\.|[Cc]ompared\s+(?:with|to)|[Rr]elative\s+to|"
              r"(?:premium|discount)(?:\s+of\s+[^\s,;]+(?:\s+per\s*cent)?)?\s+(?:to|over|on))"
              r"|(?:%|\bper\s*cent|\bpoints?)\s+(?:over|against|on))")
_VALUE_WORDS = (r"(?:(?:closing|opening|share|stock|market|trading|exchange|average|previous|last)\s+){0,3}"
                r"(?:prices?|close|level|rates?|valuation|value|quote|figure|total|tally|count)")
# ... the value's noun before its day: "than [Brightmere's] closing price on Friday", "its level as of Monday"
_DATED_VALUE_BEFORE = re.compile(
    rf"(?:{_YARDSTICK}\s+(?:(?:the|its|their|his|her|our|a)\s+|(?:[A-Z][\w&.-]*\s+){{0,3}}[\w&.-]+(?:['’]s|s['’])\s+)?"
    rf"{_VALUE_WORDS}(?:\s+of\s+[$€£]?\d[\d.,]*(?:\s+[a-z]+)?)?\s+(?:on|at)"
    rf"|\b{_VALUE_WORDS}\s+as\s+of)\s+(?:last\s+)?$")
# ... or after it: "from Friday's close", "up 5% on Monday's closing price", "than the Friday close"
_YARDSTICK_BEFORE = re.compile(rf"{_YARDSTICK}\s+(?:the\s+|last\s+)?$")
_VALUE_AFTER = re.compile(rf"(?:['’]s)?\s+{_VALUE_WORDS}\b")


def _dates_a_yardstick(quote: str, d: DateMention) -> bool:
    """Is the day only that of a value the sentence measures against ("more than Brightmere's closing price on
    Friday", "up 5% from Friday's close")? Nothing happened on it that the sentence tells."""
    return bool(_DATED_VALUE_BEFORE.search(quote, max(0, d.start - 120), d.start)
                or (_VALUE_AFTER.match(quote, d.end) and _YARDSTICK_BEFORE.search(quote, max(0, d.start - 40), d.start)))


# an earlier event of the same kind the sentence ranks this one after: "It was the second deadly factory fire
# this week, after three workers died at a plant in Brennmark on Monday", "the third derailment this year,
# following a crash near Lund on Tuesday"; or one it likens to it: "a similar fire on Monday" (the ordinal as
# what the story's event is, not "arrested a second man on Tuesday, after ...": the day of a step of its own)
_RANKED_AFTER = re.compile(r"\b(?:is|was|are|were|marks|marked|becomes|became)\s+(?:also\s+|now\s+)?(?:the|its|their)\s+"
                           r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\b"
                           r"[^.;:!?]*\b(?:after|following|since)\b[^;:!?]*$")
_LIKENED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+similar\s+[^,;:.!?]*$")


def _dates_an_earlier_one(quote: str, d: DateMention) -> bool:
    """Is the day that of another event of the story's kind, told to compare ("the second fire this week, after
    ... on Monday", "a similar fire on Monday")? It is background, not the story's own event."""
    before = quote[max(0, d.start - 200): d.start]
    return bool(_RANKED_AFTER.search(before) or _LIKENED.search(before, max(0, len(before) - 100)))


# a word that relates what follows to the sentence's act, which takes place at another time ("the winners of",
# "ahead of", "after"); not "in", "at", "during", "by": "will compete in Tuesday's primary" is Tuesday's act
_RELATION_BEFORE = re.compile(r"(?i)\b(?:of|after|before|since|following|for|from|over|about|on|against|until|till)"
                              r"\s+(?:(?:this|last|next)\s+)?$")


def _of_another_thing(quote: str, d: DateMention) -> bool:
    """Is the day a possessive that dates a thing the sentence relates its act to: "the winners of Sunday's
    semi-final", "ahead of next Tuesday's vote"?"""
    return _possessive(quote, d) and bool(_RELATION_BEFORE.search(quote, max(0, d.start - 20), d.start))


def _still_to_come(quote: str, d: DateMention, published: str | None) -> bool:
    """Is the day after the publication day, or told in a clause that looks ahead ("will meet the winners of
    Sunday's semi-final", in Sunday's paper; not the day's own "next")?"""
    if d.iso and published and d.iso > published[:10]:
        return True
    clause = re.sub(r"\bnext\s+$", "", re.split(r"[,;—–]|:(?!\d)", quote[: d.start])[-1])
    cues = [*_LOOKS_AHEAD.finditer(clause)]
    return bool(cues) and not _past_verbs(clause[cues[-1].end():])


_UNTIL = re.compile(r"(?i)\b(?:until|till|through)\s+(?:next\s+)?$")
_FROM = re.compile(r"(?i)\bfrom\s+(?:this\s+|next\s+)?$")
# a verb in a clause that hangs on another ("the man who stabbed ...", "after the jury convicted him") is no main verb
_DEPENDENT_CLAUSE = Caseless(r"\b(?:who|whom|whose|which|that|after|before|when|whenever|since|because|if|while|although|"
                             r"though|until|once|where)\b")
# a decision or an order sets the day of what it decides ("turned down a full recount but ordered ballots to be
# counted again on Thursday"): that day is the appointment the sentence tells of
_DECISION = re.compile(r"(?i)(?:order|agree|decide|resolve|arrange|instruct|direct)(?:s|d|ed)\b")
# the cue's own auxiliary ("was expected to"), and what follows a participle that describes a noun ("involved in")
_AUXILIARY = re.compile(r"(?:was|were|had)(?:\s+[a-z]+ly)?\s*")
# (not a time's "on", "at": "closed on Monday" is an act)
_PREPOSITION = re.compile(r"\s+(?:in|of|by|with)\b")
# a clause that describes a noun, right before a cue: "a man who will", "Rask, who is due to", "whose trial is set to"
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|whose|which)(?:\s+[\w'’]+){0,2}\s+$")
# ... or one without its "who is": "A man due in court on Friday was arrested", "Talks set to start on Friday were
# called off" (not "Talks are set to start on Friday")
_SET_FOR = re.compile(r"(?i)(?:expected|set|scheduled|due|slated|poised)\b")
_BE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am)|['’]s)(?:\s+(?:not|now|still|also|[a-z]+ly))?\s+$")


def _after_past_act(quote: str, d: DateMention, published: str | None) -> bool:
    """Is the day still to come, in a clause of intention or future, in a sentence whose main verb is a past act
    ("Judge Oakes remanded him in custody and said she would pass sentence on Tuesday")? The sentence tells of
    that act, not of the day ahead (not "she said she would pass sentence on Tuesday": a verb of saying tells
    the intention; nor "the sentencing will take place on Tuesday")."""
    pub = (published or "")[:10]
    if not (d.iso and len(d.iso) == 10 and len(pub) == 10 and d.iso > pub):
        return False
    cue = None
    for m in _LOOKS_AHEAD.finditer(quote):
        if m.end() >= d.start - 1:  # (the day's own "next": "next Friday")
            break
        cue = m
    if cue is None or _DECISION.match(cue.group()):
        return False
    head = quote[: cue.start()]
    if _acts_in_past(head):
        return True
    # a cue in a clause that describes someone ("A man who will appear in court on Friday was arrested on
    # Tuesday"): the main clause goes on after it, and may tell the sentence's act (not what a verb of saying
    # there reports, nor a "..., the paper reported" that tells who said it)
    tail = re.split(rf"\b{_SAY}\b", quote[d.end:])[0]
    describes = _RELATIVE_BEFORE.search(head) or (_SET_FOR.match(cue.group()) and not _BE_BEFORE.search(head))
    return bool(describes) and not _LOOKS_AHEAD.search(tail) and _acts_in_past(tail)


def _acts_in_past(clause: str) -> bool:
    """Does the clause hold a past act of its own: a finite past verb, not of saying, not in a clause that hangs
    on another?"""
    return any(not re.fullmatch(_SAY, v.group()) and not _DEPENDENT_CLAUSE.search(clause[: v.start()])
               # (not the cue's own "was" of "was expected to", "were set to", nor a participle that describes a
               # noun: "senators involved in the talks", "a man accused of theft")
               and not _AUXILIARY.fullmatch(clause, v.start())
               and not _describes_a_noun(clause, v)
               for v in _past_verbs(clause))


# where a clause ends and another begins (not a comma of apposition: "men involved in the fight, both 20, will")
_NEW_CLAUSE = re.compile(r"[;:—–]|,\s+(?:and|but|so|where|when|while|as|after|before|until)\b")


def _describes_a_noun(clause: str, v: re.Match) -> bool:
    """Is the past verb a participle that describes a noun ("senators involved in the talks said", "a man accused
    of theft will")? Its phrase runs on to the clause's own verb; a verb whose phrase ends where another clause
    begins is the clause's own ("The march ended in Harbour Square, where ...")."""
    if not (v.group().endswith("ed") and _PREPOSITION.match(clause, v.end())):
        return False
    rest = clause[v.end():]
    return not _NEW_CLAUSE.search(rest[: next((w.start() for w in _past_verbs(rest)), len(rest))])


# words of time: two sentences that name one day need not tell of one event
_TIME_STEMS = frozenset(stem(w) for w in _WEEKDAYS + _MONTHS + """morning afternoon evening night tonight today
yesterday tomorrow week weekend day days year month earlier later last next""".split())


def _story_words(arts: list[Article], groups: dict[str, str]) -> Counter:
    """How often each content word (names included) is written in the story's titles and texts, each
    independent report once (a reprint's sentences are its original's)."""
    by: dict[str, Counter] = {}
    for a in arts:
        told, g = Counter(content_stems(f"{a.title or ''}\n\n{a.text}")), groups[a.id]
        if g not in by:
            by[g] = told
            continue
        mine = by[g]  # (a reprint adds only what its original does not write: the most either writes a word)
        for w, k in told.items():
            if k > mine[w]:
                mine[w] = k
    total: Counter = Counter()
    for told in by.values():
        total.update(told)
    return total


# a clause that describes a noun, from its word up to a day: "..., where six people died in a fire on Thursday"
_DESCRIBING_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|where)\b[^,;:—–]*$")


def _describes_with(quote: str, d: DateMention) -> bool:
    """Is the day in a clause that describes a noun ("the factory, where six died on Thursday")?"""
    return bool(_DESCRIBING_CLAUSE.search(quote, max(0, d.start - 120), d.start))


def _timeline(claims: list[Claim], arts: list[Article], groups: dict[str, str],
              shown: dict[str, str] | None = None) -> list[dict[str, Any]]:
    shown = shown or {}  # (a party's release named as its statement)
    by_id = {a.id: a for a in arts}
    # a timeline holds the story's events: a dated sentence that shares no word, not even a name, with any other
    # sentence of the story (time words aside) tells of something else, as a person's life does ("On Sunday she
    # had baked a cake for her sister's birthday" in a missing hiker's story)
    story = _story_words(arts, groups)
    opinion = {a.id for a in arts if is_opinion(a)}

    def tied(quote: str) -> bool:  # (a story that says nothing else is this sentence's own)
        own = Counter(content_stems(quote))
        return any(story[w] > k for w, k in own.items() if w not in _TIME_STEMS) or story.total() <= own.total()
    # a dated report's "a Feb. 8 meeting" is the Feb. 8 another report of the story writes "Feb. 8, 2017",
    # not the Feb. 8 of its own publication year
    years = story_years(a.text for a in arts)

    found: dict[tuple[str, int], list] = {}

    def days(e: Evidence) -> list:  # the dated mentions of its quote (found once per quote)
        key = (e.article_id, e.start)
        if key not in found:
            a = by_id[e.article_id]
            # (a day a state lasts until is no event: "schools will stay closed until Thursday")
            # (nor the day of an intention beside a past act: the act is the sentence's event)
            # (nor the day of a value measured against: "a premium to the closing price on Friday")
            found[key] = [d for d in dates(e.quote, a.published, a.text, years)
                          if d.iso and not _UNTIL.search(e.quote, max(0, d.start - 12), d.start)
                          and not _after_past_act(e.quote, d, a.published) and not _dates_a_yardstick(e.quote, d)
                          # (nor the day of another event the sentence compares the story's with)
                          and not _dates_an_earlier_one(e.quote, d)]
            pub = (a.published or "")[:10]
            reported = [DateMention(f"reported {date.fromisoformat(pub):%A}", 0, 0, pub, "day")
                        ] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) else []
            if found[key] and _rising(e.quote):
                # a total that has come to a new figure is dated when it was said, not by the event it
                # counts ("the toll from Tuesday's earthquake has risen to 31, ... said on Wednesday")
                ds = found[key]
                ds = [d for d in ds if d.said] or [d for d in ds if not _possessive(e.quote, d)]
                found[key] = ds or reported
            elif any(since_day(e.quote, d) for d in found[key]) and _gives_figure(e.quote):
                # a figure as it stands "since" a day is as of its report, the day only when it began
                # ("has burned 14,500 acres since it broke out on Monday", in Wednesday's paper)
                found[key] = [d for d in found[key] if not since_day(e.quote, d)] or reported
        return found[key]

    def day(ds: list, quote: str, published: str | None) -> Any:  # the one a row goes by: a month and day, else the first
        # (a possessive day after "of", "ahead of", "after", ... names the day of a thing the sentence speaks of,
        # not of its act: "will meet the winners of Sunday's semi-final after beating Carrow on Saturday" is
        # Saturday's; of a thing still to come, it dates no act: "will meet the winners of Sunday's semi-final",
        # "rejected the plan ahead of next Tuesday's vote")
        about = [x for x in ds if _of_another_thing(quote, x)]
        ds = [x for x in ds if x not in about] or [x for x in about if not _still_to_come(quote, x, published)]
        # (a day in a clause that describes a noun is that noun's, not the act's the sentence tells, when the
        # sentence gives another: "Workers at the factory, where six died on Thursday, said on Friday ...")
        ds = [x for x in ds if not _describes_with(quote, x)] or ds
        # (a state's start is the event, the day it ends is not: "will close from Wednesday and reopen on
        # March 16" is dated Wednesday)
        start = [x for x in ds if _FROM.search(quote, max(0, x.start - 12), x.start) and not _possessive(quote, x)]
        if start and len(ds) > 1:
            return start[0]
        return next((x for x in ds if x.kind == "day"), ds[0] if ds else None)

    out: list[dict[str, Any]] = []
    backing: list[set[tuple[str, int]]] = []  # each row's sentences that give its day
    # (an expectation whose outcome another claim tells is no event of its day: "is expected to raise its rate ...
    # on Thursday" beside "increased its key rate ... on Thursday", `forecast_met`)
    met = {claims[k].id for k in forecasts_met([c.evidence[0].quote for c in claims])}
    for c in claims:
        if c.id in met:
            continue
        # a row for each day the claim's reports give ("on Monday" and "on September 8" of one leak are two),
        # headed by the first report that gives it; a report that gives no day, or another, is no credit
        heads: dict[str, tuple[Evidence, Any]] = {}
        given = [(e, day(days(e), e.quote, by_id[e.article_id].published)) for e in c.evidence]
        # (a report whose day dates only a clause that describes a noun, "Workers at the factory, where six
        # died in a fire on Thursday, said on Friday ...", heads its day's row after one that tells the event)
        # (of a contested claim, the side more independent outlets give heads the day's row, not the first
        # report's; an opinion piece's sentence is a view, no event of the story)
        backed = {(x.article_id, x.start): -len({groups[y.article_id] for y in v.evidence})
                  for v in c.variants for x in v.evidence} if c.status == "contested" else {}
        for e, d in sorted(given, key=lambda x: (backed.get((x[0].article_id, x[0].start), 0),
                                                 bool(x[1]) and _describes_with(x[0].quote, x[1]))):
            if d and not any(same_day(k, d.iso) for k in heads) and e.article_id not in opinion and tied(e.quote):
                heads[d.iso] = (e, d)
        for e, d in heads.values():
            # of a contested claim, only the outlets that give the quoted value say it
            mine = next((v for v in c.variants if any(x.article_id == e.article_id and x.start == e.start for x in v.evidence)), None)
            # ... and the row says so, with each other value and who gives it: it tells one side's words
            others = [{"value": v.value, "outlets": [shown.get(o, o) for o in _said_in_order(v.evidence, groups)]}
                      for vs in (c.variants, *(m for _, m in c.more_conflicts), c.date_variants)
                      if any(x.article_id == e.article_id and x.start == e.start for v in vs for x in v.evidence)
                      for v in vs if not any(x.article_id == e.article_id and x.start == e.start for x in v.evidence)
                      ] if c.status == "contested" else []
            giving = [x for x in (mine.evidence if mine else c.evidence)
                      if x is e or (x.article_id not in opinion and any(y.iso == d.iso for y in days(x)))]
            order = list(mine.outlets if mine else c.outlets)  # (in the order the claim names them)
            outlets = [shown.get(o, o) for o in sorted(_said_in_order(giving, groups),
                                                       key=lambda o: order.index(o) if o in order else len(order))]
            # (a row is one line: a statement joined across a paragraph break, "… of fraud.\n\nIt denies this.";
            # a part of a quotation gets back the marks the quotation opened or closes with)
            line = " ".join(with_marks(e.quote, _marks_at(e.quote, e.start, e.end, by_id[e.article_id].text)).split())
            out.append({"date": d.iso, "when": d.text, "text": line, "statement": line, "claim_id": c.id,
                        "outlets": outlets, "sources": [_source_dict(e)], **({"contested": others} if others else {})})
            backing.append({(x.article_id, x.start) for x in giving})
    # an undated report's "March 23" ("--03-23") is the March 23 that dated reports of the story give,
    # when they give one only
    undated_years: dict[str, set[str]] = {}
    if any(x["date"].startswith("--") for x in out):
        for c in claims:
            for e in c.evidence:
                for d in dates(e.quote, by_id[e.article_id].published, by_id[e.article_id].text, years):
                    if d.kind == "day" and d.iso and not d.iso.startswith("--"):
                        undated_years.setdefault(d.iso[4:], set()).add(d.iso[:4])
    for x in out:
        known = undated_years.get(x["date"][1:]) if x["date"].startswith("--") else None
        if known and len(known) == 1:
            x["date"] = next(iter(known)) + x["date"][1:]
    # one sentence behind two claims (contested on two figures) is one row, with the credits of both; so
    # is one event of a day told by two claims that share a sentence (the model years, the number of cars
    # of one recall): a row whose sentence backs another row of its day goes into the row that more
    # outlets back (two events of a day share no sentence, and stay two rows)
    heads_of = [(x["sources"][0]["article_id"], x["sources"][0]["start"]) for x in out]
    kept: list[int] = []
    for i in sorted(range(len(out)), key=lambda i: -len(out[i]["outlets"])):
        x = out[i]
        into = next((k for k in kept if out[k]["date"] == x["date"]
                     and (heads_of[i] in backing[k] or heads_of[k] in backing[i])), None)
        if into is None:
            kept.append(i)
        else:
            out[into]["outlets"] = list(dict.fromkeys(out[into]["outlets"] + x["outlets"]))
            if x.get("contested"):  # (the sentence still tells one side of the other claim's contest)
                had = out[into].setdefault("contested", [])
                had += [v for v in x["contested"] if v not in had]
            backing[into] |= backing[i]
    # within one day the event comes before what people said of it ("Today families are reunited," the minister
    # said): a row that is mostly a speaker's quoted words, or one that tells a reaction ("The manager criticised
    # the referee after ..."), goes after the rows that tell what happened
    return sorted((out[k] for k in kept), key=lambda x: (x["date"], _mostly_quoted(x["statement"]) or _reaction(x["statement"]),
                                                         x["statement"]))


# verbs of a reaction to what happened: a row they head tells what someone made of an event (not "slammed":
# airstrikes slam a city)
_REACTION = frozenset("""criticised criticized praised blamed welcomed condemned denounced hailed lambasted
applauded deplored decried congratulated thanked rebuked lamented castigated berated""".split())


def _reaction(statement: str) -> bool:
    """Whether a statement's main verb (its first finite verb in the past, not in a clause that hangs on
    another) is a reaction: 'Manager Bram Kolar criticised the referee after his side lost on Saturday'."""
    verb = next(iter(_past_verbs(statement)), None)
    return verb is not None and verb.group() in _REACTION and not _DEPENDENT_CLAUSE.search(statement[: verb.start()])


def _gives_figure(quote: str) -> bool:
    """The quote gives a count or a measure ('has burned 14,500 acres', '40 homes destroyed')."""
    return any(counted(quote, n) or measured(quote, n) for n in numbers(quote))


def _mostly_quoted(statement: str) -> bool:
    """Whether a statement is someone's quoted words: it opens with them ('"Today families are reunited," X
    told reporters at the crossing', '"How did we get here?" he added'), or a speaker's are most of it ('X
    said: "..."')."""
    said = quotations(statement)
    return (any(q.start <= 1 for q in said)
            or sum(len(q.text) for q in said if q.speaker) * 2 > len(statement))


def timeline_contest(entry: dict[str, Any]) -> str:
    """A contested row's note: the other values and who gives each ('⚠ contested: 5-4 — Tovik Times');
    '' for any other row."""
    return "⚠ contested: " + "; ".join(f"{v['value']} — {_join(v['outlets'])}" for v in entry["contested"]
                                       ) if entry.get("contested") else ""


def day_label(entry: dict[str, Any]) -> str:
    """A timeline entry's day as a reader wants it: '2026-03-01 (Sunday)', or the words as written
    ('January 3') when no year is known (its `date` is then ISO's year-less '--01-03')."""
    if entry["date"].startswith("--") and entry.get("when"):
        return entry["when"]
    try:
        # one form for every row, the weekday, whether the report wrote "on Monday", "March 16" or "yesterday"
        weekday = f"{date.fromisoformat(entry['date']):%A}"
    except (TypeError, ValueError):
        return f"{entry['date']} ({entry['when']})" if entry.get("when") and entry["when"] != entry["date"] else entry["date"]
    reported = str(entry.get("when") or "").startswith("reported ")  # a total dated by its report
    return f"{entry['date']} ({'reported ' if reported else ''}{weekday})"


def _name_rank(name: str) -> tuple[bool, int]:
    """'Tom Perez' names a speaker better than 'Mr. Perez', and 'Ada Brenn' better than 'Brenn'."""
    return not re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", name), len(name)


# Words that may stand before a surname without being a given name ("Representative Carolyn B. Maloney").
_NOT_GIVEN = frozenset("""mr mrs ms miss dr sir dame lord rep representative sen senator gov governor president vice
secretary state judge justice sheriff father whip leader chairman chairwoman speaker minister prime ambassador mayor
general gen adm admiral col lt sgt capt prof professor director commissioner attorney chief officer spokesman
spokeswoman king queen prince princess pope rabbi rev reverend bishop cardinal sister brother agent deputy inspector
detective coach host anchor editor adviser advisor aide candidate nominee republican democrat democratic gop
minority majority house senate foreign defense interior press organiser organizer campaigner activist protester trader
vendor volunteer coordinator founder""".split())


# Short forms of given names that share no first three letters with the full one.
_NICKNAMES = {frozenset(p.split("/")) for p in """chuck/charles bill/william bob/robert dick/richard rick/richard
jim/james mike/michael bibi/benjamin liz/elizabeth beth/elizabeth beto/robert ted/edward ted/theodore jack/john
peggy/margaret tony/anthony bert/albert hank/henry harry/henry larry/lawrence ned/edward sandy/alexander
betsy/elizabeth nancy/ann kate/katherine kathy/katherine""".split()}


_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][\w'’.\-]*\s+){1,3}$")


def _given_names(name: str, text: str = "") -> frozenset[str]:
    """'Representative Carolyn B. Maloney' -> {'carolyn'}; 'Hillary Rodham Clinton' -> {'hillary',
    'rodham'}; 'Judge Moore', 'Moore' -> {} (no given name known). With the article's `text`, names
    it writes before the speaker's are given names too ('Rodham Clinton' of 'Hillary Rodham Clinton')."""
    if " " in name.strip() and text:
        # (the words before the name's first mention that has any: found back from each mention, for a
        # pattern that starts with a capital is tried at every capital of the article)
        for at in re.finditer(re.escape(name.strip()), text):
            m = _CAPITALS_BEFORE.search(text, max(0, at.start() - 200), at.start())
            if m:
                name = m.group(0) + name
                break
    parts = re.sub(r"\([^)]*\)", " ", fold(name)).split()[:-1]
    given = []
    for w in reversed(parts):
        if w in _NOT_GIVEN:
            break
        if len(w) > 1:  # not an initial
            given.append(w)
    return frozenset(given)


def _same_given(a: frozenset[str], b: frozenset[str]) -> bool:
    """Given names of one person: equal, one the start of the other ('Ben', 'Benjamin'; 'Dave',
    'David'), a known short form ('Chuck', 'Charles'), a variant spelling ('Vicente', 'Vincente'), or
    a middle name the other writes ('Donald John Trump', 'Donald Trump')."""
    return any(x == y or x[:3] == y[:3] or frozenset((x, y)) in _NICKNAMES
               or (min(len(x), len(y)) >= 5 and SequenceMatcher(None, x, y).ratio() >= 0.8)
               for x in a for y in b)


_ELLIPSIS = "…"
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def _shown_quote(q: Any, following: list[Any], text: str) -> str:
    """A quotation's words as Quotes by speaker shows them: with "…" where they open or close inside a
    sentence of the speaker's, so that a fragment is not read as all they said. They open inside one when
    they begin in lower case ('said the company had "failed the island. We ..."', 'called the plan "a
    reckless gamble"'); they close inside one when the same sentence goes on quoting them ('"We will rebuild
    every home," she said, "and every school."'), or when a fragment is followed by more of the writer's
    sentence ('would be "ready to assist" the island'). (`quote`, `start` and `end` stay the article's own.)"""
    words_ = q.text.strip()
    if not words_:
        return q.text
    opens_inside = words_[0].islower()
    after = text[q.end + 1: q.end + 3]  # (past the closing mark)
    nxt = following[0] if following else None
    closes_inside = not words_.endswith((".", "!", "?", _ELLIPSIS)) and (
        (nxt is not None and nxt.speaker and speaker_key(nxt.speaker) == speaker_key(q.speaker)
         and nxt.text.strip()[:1].islower() and not _SENTENCE_STOP.search(text, q.end + 1, nxt.start - 1))
        or (opens_inside and not words_.endswith((",", ";", ":")) and re.match(r"[ \t]\w", after) is not None))
    if not (opens_inside or closes_inside):
        return q.text
    shown = words_
    if opens_inside and not shown.startswith((_ELLIPSIS, "...")):
        shown = f"{_ELLIPSIS} {shown}"
    if closes_inside:
        shown = f"{shown.rstrip(',;: ')} {_ELLIPSIS}"
    return shown


# one person's name as two outlets transliterate it ("Yusuf Hamdan" / "Youssef Hamdane"): each part of the
# name alike, letter for letter, at least this much (difflib's ratio; "Anna"/"Anne", "Berg"/"Borg" pass too,
# so names only alike are one person only when the outlets also give both the same role for the same body)
_SPELLING_ALIKE = 0.65


def _role_for(name: str, text: str) -> set[tuple[str, str]]:
    """(role, body) pairs `text` gives the person `name`: 'Youssef Hamdane, a spokesman for the group' and
    "the group's spokesman, Yusuf Hamdan" both ('spokesman', 'group')."""
    n = re.escape(name)
    found = set()
    for m in re.finditer(rf"{n},\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<role>[a-z][\w-]*)\s+(?:for|of|at)\s+"
                         rf"(?:the\s+)?(?P<body>[\w\u00C0-\u024F-]+)"
                         rf"|(?P<body2>[\w\u00C0-\u024F-]+)['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<role2>[a-z][\w-]*),?\s+{n}\b", text):
        role, body = (m.group("role"), m.group("body")) if m.group("role") else (m.group("role2"), m.group("body2"))
        if role in _SPEAKS_FOR:
            found.add((role, fold(body)))
    return found


def _one_spelling(found: list[tuple[str, str, frozenset[str], dict[str, Any]]],
                  texts: dict[str, str]) -> tuple[list[tuple[str, str, frozenset[str], dict[str, Any]]], dict[str, set[str]]]:
    """`found` (speaker, surname key, given names, quote) with one key for one person's name under two
    spellings: the same letters once spelt out ('Müller' / 'Mueller', 'Đorđević' / 'Djordjevic'), or each
    part alike ('Yusuf Hamdan' / 'Youssef Hamdane') when the outlets give both the same role for the same
    body. Also the other spellings under each key kept."""
    names: dict[str, tuple[str, frozenset[str], set[str]]] = {}
    for speaker, surname, given, quote in found:
        if given and not surname.startswith(_DESCRIBED_KEY) and len(speaker.split()) >= 2:
            names.setdefault(speaker, (surname, given, set()))[2].add(quote["article_id"])
    alias: dict[str, tuple[str, str, frozenset[str]]] = {}  # speaker -> the spelling kept, its key and given names
    for (s1, (k1, g1, a1)), (s2, (k2, g2, a2)) in itertools.combinations(names.items(), 2):
        if (k1 == k2 and _same_given(g1, g2)) or s2 in alias:
            continue  # (one person already)
        p1, p2 = [transliterated(w) for w in s1.split()[-2:]], [transliterated(w) for w in s2.split()[-2:]]
        if p1 != p2:
            if not all(x[0] == y[0] and SequenceMatcher(None, x, y).ratio() >= _SPELLING_ALIKE for x, y in zip(p1, p2)):
                continue
            roles1 = set().union(*(_role_for(s1, texts[a]) for a in a1))
            if not roles1 or not roles1 & set().union(*(_role_for(s2, texts[a]) for a in a2)):
                continue
        alias[s2] = alias.get(s1, (s1, k1, g1))
    if not alias:
        return found, {}
    spellings: dict[str, set[str]] = {}
    keys = {names[s][0]: to[1] for s, to in alias.items()}  # (a surname alone goes with its name: "Hamdane told ...")
    out = []
    for speaker, surname, given, quote in found:
        if speaker in alias:
            kept, surname, given = alias[speaker]
            spellings.setdefault(surname, {kept}).add(speaker)
        elif not given and surname in keys:
            surname = keys[surname]
        out.append((speaker, surname, given, quote))
    return out, spellings


def _quotes(arts: list[Article], groups: dict[str, str]) -> list[dict[str, Any]]:
    """Quotations by speaker (`_quotes_and_spellings`)."""
    return _quotes_and_spellings(arts, groups)[0]


def _quotes_and_spellings(arts: list[Article], groups: dict[str, str]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Quotations by speaker. Speakers are matched on the surname and, where the text gives it, the
    given name: 'Delcy Rodríguez', 'Delcy Rodriguez' and 'Rodríguez' are one, but two Johnsons of one
    story (a foreign secretary, an ambassador) stay two, and a surname alone then joins neither.
    And each other spelling of a speaker's name (`_one_spelling`) -> the one the speaker is named by, for
    the whole name and for the surname (for `_in_one_spelling`)."""
    found: list[tuple[str, str, frozenset[str], dict[str, Any]]] = []
    for a in arts:
        qs = quotations(a.text)
        for i, q in enumerate(qs):
            if not q.speaker:
                continue
            speaker = full_name(q.speaker, a.text[: q.start])  # 'Brenn' -> 'Ada Brenn' when the article named her
            surname, given = speaker_key(speaker), _given_names(speaker, a.text)
            if speaks_for(speaker):
                # 'a spokeswoman for Halvorsen' is no one named Halvorsen: the description whole is the key
                # ("the spokeswoman for Halvorsen" the same)
                described = words(fold(speaker))
                surname = _DESCRIBED_KEY + " ".join(described[described[0] in ("a", "an", "the"):])
                given = frozenset()
            found.append((speaker, surname, given, {"quote": q.text, "text": _shown_quote(q, qs[i + 1: i + 2], a.text),
                                                    "article_id": a.id, "outlet": a.outlet,
                                                    "start": q.start, "end": q.end, "outlets": [groups[a.id]]}))
    # one person's surname spelt two ways by two outlets over the same words ("Idris Adebayo" / "Idris
    # Adebayp"; the brief's conflicts show "the name"): one speaker, under the spelling found first
    said: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for _, surname, given, quote in found:
        said.setdefault(" ".join(words(fold(quote["quote"]))), []).append((surname, given))
    alias: dict[str, str] = {}
    for tags in said.values():
        for (s1, g1), (s2, g2) in itertools.combinations(tags, 2):
            if s1 != s2 and g1 and g2 and _same_given(g1, g2) and spelt_alike(s1, s2) and alias.get(s2, s2) == s2:
                alias[s2] = alias.get(s1, s1)
    found = [(speaker, alias.get(surname, surname), given, quote) for speaker, surname, given, quote in found]
    found, spellings = _one_spelling(found, {a.id: a.text for a in arts})
    # the people of each surname: given names that go together make one person
    people: dict[str, list[set[str]]] = {}
    for _, surname, given, _ in found:
        if not given:
            continue
        persons = people.setdefault(surname, [])
        joined = [g for g in persons if _same_given(frozenset(g), given)]
        people[surname] = [g for g in persons if g not in joined] + [set(given).union(*joined)]
    speakers: dict[tuple[str, int], dict[str, Any]] = {}
    first: dict[tuple[str, int, str], dict[str, Any]] = {}
    for speaker, surname, given, quote in found:
        persons = people.get(surname, [])
        if given:
            who = next(i for i, g in enumerate(persons) if given <= g)
        else:
            who = 0 if len(persons) == 1 else -1  # a surname alone stands for the one person of that name
        # reprints and repeats: the first report stands, naming every outlet that printed the words
        # (the same words whatever the closing punctuation: "… in this town." / "… in this town,")
        key = (surname, who, " ".join(words(fold(quote["quote"]))))
        if key in first:
            kept = first[key]
            shown = kept["outlets"]
            shown.extend(o for o in quote["outlets"] if o not in shown)
            if kept["quote"].endswith(",") and quote["quote"].endswith((".", "!", "?")):
                # the words as a whole sentence ('… be sold.'), not as cut by '," said X' ('… be sold,'),
                # with the outlet that writes them so first
                shown.sort(key=lambda o: o not in quote["outlets"])
                kept.update({k: quote[k] for k in ("quote", "text", "article_id", "outlet", "start", "end")})
            continue
        first[key] = quote
        entry = speakers.setdefault((surname, who), {"speaker": speaker, "quotes": []})
        if _name_rank(speaker) > _name_rank(entry["speaker"]):
            entry["speaker"] = speaker  # the fullest form of the name
        entry["quotes"].append(quote)
    _to_the_named(speakers, {a.id: a.text for a in arts})
    spelt_as: dict[str, str] = {}
    for (surname, _), entry in speakers.items():
        entry["quotes"] = _one_per_remark(entry["quotes"])
        spelt = spellings.get(surname, set())  # (not another person of that surname's entry)
        if (name := entry["speaker"]) in spelt and (others := sorted(spelt - {name})):
            entry["speaker"] += f" (also {', '.join(others)})"  # "Yusuf Hamdan (also Youssef Hamdane)"
            for other in others:
                spelt_as[other] = name
                if other.split()[-1] != name.split()[-1]:
                    spelt_as.setdefault(other.split()[-1], name.split()[-1])
    return sorted(speakers.values(), key=lambda s: (-len(s["quotes"]), s["speaker"])), spelt_as


_DESCRIBED_KEY = "~"  # (the key of a speaker described, not named, in `_quotes`: never a surname's)


def _to_the_named(speakers: dict[tuple[str, int], dict[str, Any]], texts: dict[str, str]) -> None:
    """The words of a speaker described ('A spokeswoman for Halvorsen said the company had "no plans for
    job cuts"') go to the one named speaker whom a report introduces with the same role and organisation
    ('Halvorsen spokeswoman Ingrid Tal') and quotes saying them whole: one remark of one person. Without
    all three (role, organisation, the words), they stay the description's: two spokeswomen may speak for
    one company."""
    named = [(k, e) for k, e in speakers.items() if not k[0].startswith(_DESCRIBED_KEY)]
    for key, entry in list(speakers.items()):
        told = speaks_for(entry["speaker"]) if key[0].startswith(_DESCRIBED_KEY) else None
        if not told:
            continue
        role, whom = told
        whom_words = words(fold(whom))[:1]  # (the name it goes by: "Halvorsen" of "Halvorsen Systems")
        kept = []
        for q in entry["quotes"]:
            said = f" {' '.join(words(fold(q['quote'])))} "
            to = {id(e): e for _, e in named if any(
                said in f" {' '.join(words(fold(x['quote'])))} " and _introduced_as(x, e["speaker"], role, whom_words, texts)
                for x in e["quotes"])}
            if len(to) == 1:
                next(iter(to.values()))["quotes"].append(q)
            else:
                kept.append(q)
        if kept:
            entry["quotes"] = kept
        else:
            del speakers[key]


def _introduced_as(q: dict[str, Any], speaker: str, role: str, whom: list[str], texts: dict[str, str]) -> bool:
    """Whether the paragraph of quotation `q`, or the one that first names `speaker` in its article, gives
    them `role` and the organisation's name `whom` ('Halvorsen spokeswoman Ingrid Tal said')."""
    text = texts.get(q["article_id"], "")
    first = text.find(speaker)
    for at in (q["start"], first):
        if at < 0:
            continue
        said = set(words(fold(text[text.rfind("\n", 0, at) + 1: (text.find("\n", at) + 1 or len(text) + 1) - 1])))
        if role in said and whom and set(whom) <= said:
            return True
    return False


def _one_per_remark(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One speaker's quotations, one entry per remark: words that another of their quotations holds
    whole (an outlet printed part of what another printed: "showed real character" inside "The boys
    showed real character after the equaliser") are that remark, listed once in its longest form,
    naming every outlet that printed it, in the place of its first report."""
    keys = [f" {' '.join(words(fold(q['quote'])))} " for q in quotes]
    out: list[dict[str, Any]] = []
    kept: dict[int, dict[str, Any]] = {}  # index of the longest quotation holding each -> its entry
    longest = [max((j for j in range(len(quotes)) if k.strip() and k in keys[j]),
                   key=lambda j: (len(keys[j]), -j)) if k.strip() else i for i, k in enumerate(keys)]
    whole: dict[int, set[str]] = {}  # the outlets that printed the remark whole
    for i, q in enumerate(quotes):
        j = longest[i]
        if j not in kept:
            kept[j] = dict(quotes[j], outlets=list(quotes[j]["outlets"]))
            out.append(kept[j])
        shown = kept[j]["outlets"]
        shown.extend(o for o in q["outlets"] if o not in shown)
        if keys[i] == keys[j]:
            whole.setdefault(j, set()).update(q["outlets"])
    # (an outlet that printed only part of it is named so: "Corran Wire and Heathmoor Post (in part)")
    for j, entry in kept.items():
        part = [o for o in entry["outlets"] if o not in whole.get(j, ())]
        if part:
            entry["in_part"] = part
    return out


def _quote_outlets(q: dict[str, Any]) -> str:
    """The outlets that printed a quotation, those that printed only part of it marked so."""
    part = set(q.get("in_part") or ())
    return _join([f"{o} (in part)" if o in part else o for o in q.get("outlets") or [q["outlet"]]])


def _coverage(arts: list[Article], claims: list[Claim], groups: dict[str, str],
              releases: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """One row per independent outlet, counting the claims its words give. A reprinter whose own words
    (its new lede) give a claim the original does not has a row of its own, with its articles and those
    claims (`reprints` names the outlet it copied), as the claim's sentence names it in `outlets`; the
    original's row then counts only what the original's words say. A party's own release keeps its row,
    marked with the party (`press_release`): it is the party's statement, not a news outlet's report."""
    releases = releases or {}
    said = {c.id: _said_by(c.evidence, groups) for c in claims}
    # (group, outlet) of each reprinter that says something of its own
    own = {(g, o) for by in said.values() for g, o in by.items() if o != g}
    out: dict[str, dict[str, Any]] = {}
    for a in arts:
        group = groups[a.id]
        key = a.outlet if (group, a.outlet) in own else group
        g = out.setdefault(key, _coverage_row(key, group if key != group else None))
        g["articles"].append({"article_id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published,
                              "url": a.url, "reprint_of": a.copy_of})
        # (a reprinter with a row of its own still ran the original's story)
        if a.copy_of is not None and a.outlet != group:
            original = out.setdefault(group, _coverage_row(group))
            if a.outlet not in original["reprinted_by"]:
                original["reprinted_by"].append(a.outlet)
        if a.published and (g["first_published"] is None or a.published < g["first_published"]):
            g["first_published"] = a.published
        if a.id in releases and a.copy_of is None and key == group:
            g["press_release"] = releases[a.id]
    for c in claims:
        for o in dict.fromkeys(said[c.id].values()):
            g = out[o]
            g["claims"].append(c.id)
            g[c.status.replace("-", "_")] += 1
    return sorted(out.values(), key=lambda g: (g["first_published"] or "9999", g["outlet"]))


def _coverage_name(g: dict[str, Any]) -> str:
    """A coverage row's outlet as shown: a party's own release as its statement, by its channel's name."""
    if not g.get("press_release"):
        return g["outlet"]
    said = _party_statement(g["press_release"])
    return said if g["outlet"] == g["press_release"] else f"{said} ({g['outlet']})"


def _coverage_row(outlet: str, reprints: str | None = None) -> dict[str, Any]:
    return {"outlet": outlet, "articles": [], "reprinted_by": [], "first_published": None, "claims": [],
            "corroborated": 0, "single_source": 0, "contested": 0, "reprints": reprints, "press_release": None}


def _said_by(evidence: list[Evidence], groups: dict[str, str]) -> dict[str, str]:
    """Each independent group (by name) of the evidence -> the outlet whose article says it: the original
    where it says it, else the reprint whose own words (a new lede) do."""
    out: dict[str, str] = {}
    for e in sorted(evidence, key=lambda e: e.reprint_of is not None):
        out.setdefault(groups[e.article_id], e.outlet)
    return out


_TERM_CONCEPT = {t: c for c, terms in WORD_CHOICE.items() for t in terms}
_TERMS = Caseless(r"\b(" + "|".join(re.escape(t) for t in sorted(_TERM_CONCEPT, key=len, reverse=True)) + r")\b")


def _spelling(term: str) -> str:
    """A term with British and American spellings made one: doubled consonants single, -our as -or,
    -ise as -ize ('cancelled', 'canceled' -> 'canceled')."""
    t = re.sub(r"([bcdfghjklmnpqrstvwxz])\1", r"\1", term)
    return re.sub(r"our\b", "or", re.sub(r"is(e|ed|ing)\b", r"iz\1", t))


def _word_choice(claims: list[Claim], groups: dict[str, str]) -> list[dict[str, Any]]:
    """Where outlets name one fact with different words ("abduction", "capture", "seized"): two outlets
    differ when, in the statements of one claim, each uses a word of the family the other does not use
    there. Words of two claims are never compared ("Venezuela's government" in one fact and "the Trump
    administration" in another name two bodies), nor an outlet's with its own ("the Trump administration
    ... instead of the Venezuelan government" uses both)."""
    found: dict[str, dict[str, dict[str, Any]]] = {}  # concept -> term -> entry
    for c in claims:
        if len(c.outlets) < 2:
            continue
        used: dict[str, dict[str, dict[str, tuple[str, Evidence]]]] = {}  # concept -> outlet -> term -> (as written, evidence)
        for e in c.evidence:
            for m in _TERMS.finditer(e.quote):
                term = m.group(1).lower()
                # "canceled" and "cancelled" are one word spelt two ways, not a choice of words
                used.setdefault(_TERM_CONCEPT[term], {}).setdefault(groups[e.article_id], {}).setdefault(
                    _spelling(term), (term, e))
        for concept, by_outlet in used.items():
            differ = {o for o, terms in by_outlet.items()
                      if any(p != o and not set(terms) & set(other) for p, other in by_outlet.items())}
            for outlet in sorted(differ, key=list(by_outlet).index):
                for key, (term, e) in by_outlet[outlet].items():
                    entry = found.setdefault(concept, {}).setdefault(key, {"term": term, "outlets": [], "sources": []})
                    if outlet not in entry["outlets"]:
                        entry["outlets"].append(outlet)
                        entry["sources"].append({"article_id": e.article_id, "outlet": e.outlet, "quote": e.quote,
                                                 "start": e.start, "end": e.end, "claim_id": c.id})
    out = []
    for concept in WORD_CHOICE:
        terms = found.get(concept, {})
        if len(terms) >= 2:
            out.append({"concept": concept,
                        "terms": sorted(terms.values(), key=lambda t: (-len(t["outlets"]), t["term"]))})
    return out


# ------------------------------------------------------------------------------------------ render

def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as JSON-ready data, in the shape documented at the top of this module."""
    sentences = [s.to_dict() for s in brief.sentences]
    return {
        "story": brief.story_id,
        "headline": brief.headline,
        "outlets": brief.outlets,
        "lead": sentences[0] if sentences else None,
        "sentences": sentences,
        "conflicts": brief.conflicts,
        "updates": brief.updates,
        "single_source": brief.single_source,
        "timeline": brief.timeline,
        "quotes": brief.quotes,
        "coverage": brief.coverage,
        "word_choice": brief.word_choice,
    }


def brief_prose(brief: Brief, words_limit: int | None = None) -> str:
    """The brief's sentences as running prose, cut to `words_limit` words when given."""
    text = " ".join(s.text for s in brief.sentences)
    if words_limit is None:
        return text
    return " ".join(text.split()[:words_limit])


_MARK = {"corroborated": "✔ corroborated", "single-source": "● single source", "contested": "⚠ contested"}


def _as_dict(brief: Brief | dict[str, Any]) -> dict[str, Any]:
    return brief if isinstance(brief, dict) else brief_to_dict(brief)


def _md_escape(s: Any) -> str:
    # article text is untrusted: keep it from turning into HTML, Markdown links or emphasis
    s = str(s).replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]#|])", r"\\\1", s)


def reported_by(d: dict[str, Any]) -> list[str]:
    """The independent outlets, each with the outlets that only reprinted its story:
    'Northgate Wire (also run by The Vellmoor Courier)'; a party's own release last, as its statement ('a
    statement by Quillnet'), not as a news outlet, with the outlets that ran it as their own ('a statement by
    Quillnet (also run by The Daily Orbit)'): an outlet that only reprinted a release is still named."""
    reprinters: dict[str, list[str]] = {}
    party = {g["outlet"]: g["press_release"] for g in d.get("coverage") or [] if g.get("press_release")}
    for g in d.get("coverage") or []:
        names = g.get("reprinted_by")
        if names is None:  # a brief stored before `reprinted_by`: the articles say it too
            names = [a["outlet"] for a in g.get("articles") or [] if a.get("reprint_of") and a.get("outlet")
                     and a["outlet"] != g["outlet"]]
        reprinters[g["outlet"]] = list(dict.fromkeys(names))
    outlets = d.get("outlets") or []

    def shown(o: str, name: str) -> str:
        return f"{name} (also run by {_join(reprinters[o])})" if reprinters.get(o) else name

    return ([shown(o, o) for o in outlets if o not in party]
            + [shown(o, _party_statement(party[o])) for o in outlets if o in party])


def _reports(v: dict[str, Any]) -> str:
    """Who gave an update's value and when: 'Wed 18 Nov, Eastgate Observer; Thu 19 Nov, Radio Kellvik'."""
    by_day: dict[str, list[str]] = {}
    for r in v.get("reported") or [{"outlet": o, "published": v.get("published")} for o in v.get("outlets") or []]:
        if isinstance(r, dict):
            by_day.setdefault(_day(r.get("published")), []).append(str(r.get("outlet") or "?"))
    return "; ".join((f"{day}, " if day else "") + _join(names) for day, names in by_day.items()) or "?"


def _marked(quote: str) -> str:
    """A quote set off in quotation marks; single ones when it holds quotation marks of its own, so
    '…of the crew.”' does not end in two closing marks. A quote that runs over two paragraphs is set on
    one line (a blank line would end the Markdown list it stands in; the JSON keeps it as written)."""
    quote = re.sub(r"\s*\n\s*", " ", quote)
    return f"‘{quote}’" if re.search(r"[\"“”]", quote) else f"“{quote}”"


def brief_to_markdown(brief: Brief | dict[str, Any]) -> str:
    """The brief (record or its dict) as Markdown: numbered citations after each sentence, quotes below."""
    d = _as_dict(brief)
    m = _md_escape
    lines = [f"# {m(d.get('headline') or '')}", ""]
    if d.get("outlets"):
        lines += [f"*Reported by {m(_join(reported_by(d)))}.*", ""]
    notes: list[str] = []
    for i, s in enumerate(d.get("sentences") or []):
        refs = []
        for src in (s.get("sources") or []) + (s.get("also_reported_by") or []):
            notes.append(f"{len(notes) + 1}. {m(src['outlet'])} ({m(src['article_id'])}): {_marked(m(src['quote']))}")
            refs.append(f"[{len(notes)}]")
        text = f"**{m(s['text'])}**" if i == 0 else m(s["text"])
        label = _MARK.get(s.get("status"), "")
        if s.get("status") == "corroborated" and s.get("outlets"):
            label += ": " + ", ".join(m(display_name(o)) for o in s["outlets"]) + m(_figure_note(s))
        elif s.get("status") == "single-source":
            label += m(_figure_note(s))  # (a figure other outlets give too)
        label += m(_update_note(s))
        lines += [f"{text} {''.join(refs)} *({label})*", ""]
    if d.get("conflicts"):
        lines += ["## Where outlets differ", ""]
        for c in d["conflicts"]:
            lines.append(f"- **{m(c.get('about') or 'a figure')}**")
            for v in c["variants"]:
                q = v["sources"][0]["quote"] if v.get("sources") else ""
                value = f"{v['value']} ({v['converted']})" if v.get("converted") else v["value"]
                who = _variant_credits(v) if _between_sources(c) else _variant_outlets(v)
                lines.append(f"  - {m(value)}: {m(who)} — {_marked(m(q))}")
        lines.append("")
    if d.get("updates"):
        lines += ["## How the figures changed", ""]
        for u in d["updates"]:
            steps = " → ".join(f"{m(v['value'])} ({m(_reports(v))})" for v in u["values"])
            lines.append(f"- **{m(u['about'])}**: {steps}")
            lines += [f"  - {m(v['value'])}: {m(_reports(v))} — {_marked(m(v.get('quote') or ''))}"
                      for v in u["values"]]
        lines.append("")
    if d.get("single_source"):
        lines += ["## Reported by one outlet only", ""]
        for c in d["single_source"]:
            who = f" ({m(attributed_to(c))})" if c.get("attribution") else ""
            outlet = (_opinion_piece(c["outlet"]) if c.get("opinion") else
                      _party_statement(c["press_release"]) if c.get("press_release") else c["outlet"])
            lines.append(f"- {m(outlet)}{who}: {_marked(m(c['statement']))}")
        lines.append("")
    if d.get("timeline"):
        lines += ["## Timeline", ""]
        for t in d["timeline"]:
            lines.append(f"- {m(day_label(t))}: {m(t['statement'])} — {m(_join(t['outlets']))}"
                         + (f" *({m(note)})*" if (note := timeline_contest(t)) else ""))
        lines.append("")
    if d.get("quotes"):
        lines += ["## Quotes by speaker", ""]
        for sp in d["quotes"]:
            lines.append(f"- **{m(sp['speaker'])}**")
            lines += [f"  - “{m(q.get('text') or q['quote'])}” — {m(_quote_outlets(q))}"
                      for q in sp["quotes"]]
        lines.append("")
    if d.get("word_choice"):
        lines += ["## Word choice", ""]
        for w in d["word_choice"]:
            terms = "; ".join(f"“{m(t['term'])}”: {m(_join(t['outlets']))}" for t in w["terms"])
            lines.append(f"- {m(w['concept'])}: {terms}")
        lines.append("")
    if d.get("coverage"):
        lines += ["## Coverage", "", "| outlet | first published | articles | claims | single-source |",
                  "|---|---|---|---|---|"]
        for g in d["coverage"]:
            lines.append(f"| {m(_coverage_name(g))} | {m(g.get('first_published') or '—')} | {len(g['articles'])} | "
                         f"{len(g['claims'])} | {g.get('single_source', 0)} |")
        lines.append("")
    if notes:
        lines += ["## Sources", ""] + notes + [""]
    return "\n".join(lines)


def brief_to_html(brief: Brief | dict[str, Any]) -> str:
    """The brief (record or its dict) as an HTML fragment; every piece of article text is escaped."""
    d = _as_dict(brief)

    def e(x: Any) -> str:
        return html.escape(str(x))

    out = [f'<article class="brief" data-story="{e(d.get("story") or "")}">', f"<h1>{e(d.get('headline') or '')}</h1>"]
    if d.get("outlets"):
        out.append(f'<p class="outlets">Reported by {e(_join(reported_by(d)))}.</p>')
    for i, s in enumerate(d.get("sentences") or []):
        cites = "".join(
            f'<details class="cite"><summary>{e(src["outlet"])}</summary><blockquote data-article="{e(src["article_id"])}" '
            f'data-start="{e(src["start"])}" data-end="{e(src["end"])}">{e(src["quote"])}</blockquote></details>'
            for src in (s.get("sources") or []) + (s.get("also_reported_by") or []))
        cls = ' class="lead"' if i == 0 else ""
        out.append(f'<div{cls} data-status="{e(s.get("status"))}" data-claim="{e(s.get("claim_id"))}"><p>{e(s["text"])} '
                   f'<span class="status">{e(_MARK.get(s.get("status"), "") + _figure_note(s) + _update_note(s))}'
                   '</span>'
                   f'</p>{cites}</div>')
    if d.get("conflicts"):
        out.append('<section class="conflicts"><h2>Where outlets differ</h2>')
        for c in d["conflicts"]:
            out.append(f"<table><caption>{e(c.get('about') or 'a figure')}</caption>")
            for v in c["variants"]:
                q = v["sources"][0]["quote"] if v.get("sources") else ""
                value = f"{v['value']} ({v['converted']})" if v.get("converted") else v["value"]
                who = _variant_credits(v) if _between_sources(c) else _variant_outlets(v)
                out.append(f"<tr><th>{e(value)}</th><td>{e(who)}</td><td><q>{e(q)}</q></td></tr>")
            out.append("</table>")
        out.append("</section>")
    if d.get("updates"):
        out.append('<section class="updates"><h2>How the figures changed</h2>')
        for u in d["updates"]:
            out.append(f"<table><caption>{e(u['about'])}</caption>")
            for v in u["values"]:
                out.append(f"<tr><th>{e(v['value'])}</th><td>{e(_reports(v))}</td>"
                           f"<td><q>{e(v.get('quote') or '')}</q></td></tr>")
            out.append("</table>")
        out.append("</section>")
    if d.get("single_source"):
        out.append('<section class="single-source"><h2>Reported by one outlet only</h2><ul>')
        for c in d["single_source"]:
            who = f" ({e(attributed_to(c))})" if c.get("attribution") else ""
            outlet = (_opinion_piece(c["outlet"]) if c.get("opinion") else
                      _party_statement(c["press_release"]) if c.get("press_release") else c["outlet"])
            out.append(f"<li>{e(outlet)}{who}: <q>{e(c['statement'])}</q></li>")
        out.append("</ul></section>")
    if d.get("timeline"):
        out.append('<section class="timeline"><h2>Timeline</h2><ol>')
        for t in d["timeline"]:
            out.append(f'<li><time datetime="{e(t["date"])}">{e(day_label(t))}</time> {e(t["statement"])} '
                       f"<small>{e(_join(t['outlets']))}"
                       + (f" ({e(note)})" if (note := timeline_contest(t)) else "") + "</small></li>")
        out.append("</ol></section>")
    if d.get("quotes"):
        out.append('<section class="quotes"><h2>Quotes by speaker</h2>')
        for sp in d["quotes"]:
            out.append(f"<h3>{e(sp['speaker'])}</h3><ul>")
            out += [f"<li><q>{e(q.get('text') or q['quote'])}</q> <small>{e(_quote_outlets(q))}</small></li>"
                    for q in sp["quotes"]]
            out.append("</ul>")
        out.append("</section>")
    if d.get("word_choice"):
        out.append('<section class="word-choice"><h2>Word choice</h2><ul>')
        for w in d["word_choice"]:
            terms = "; ".join(f"“{e(t['term'])}”: {e(_join(t['outlets']))}" for t in w["terms"])
            out.append(f"<li>{e(w['concept'])}: {terms}</li>")
        out.append("</ul></section>")
    if d.get("coverage"):
        out.append('<section class="coverage"><h2>Coverage</h2><table><tr><th>outlet</th><th>first published</th>'
                   "<th>articles</th><th>claims</th></tr>")
        for g in d["coverage"]:
            out.append(f"<tr><td>{e(_coverage_name(g))}</td><td>{e(g.get('first_published') or '—')}</td>"
                       f"<td>{len(g['articles'])}</td><td>{len(g['claims'])}</td></tr>")
        out.append("</table></section>")
    out.append("</article>")
    return "\n".join(out)


# The CLI and the store keep briefs as dicts; these names say so.
dict_to_markdown = brief_to_markdown
dict_to_html = brief_to_html


def outlet_counts(brief: Brief) -> Counter:
    """How many sentences each outlet backs (for summaries and tests)."""
    return Counter(src.outlet for s in brief.sentences for src in s.sources)


def quote_words(brief: Brief) -> int:
    return sum(len(words(s.statement)) for s in brief.sentences)
