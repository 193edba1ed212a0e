"""Page-junk removal: the text that survives extraction but is not the article.

Pure functions over strings; no I/O. Every piece removed is returned as a `Removal(text, reason)` so a
user can see what was taken out and why. The rules only look at short, self-contained paragraphs (junk
is a line, not part of a sentence), so a real sentence that merely mentions "JavaScript" or "newsletter"
in passing is kept.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from newsloom.records import Removal
from newsloom.text import _ENTRY_TIME, MINUTE_MARK

_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_BLOCKS = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")

_I = re.IGNORECASE
RELEASE_BOILERPLATE = "press release boilerplate"  # the reason for a release's header or footer removed
INFO_PROMPT = "information prompt"  # the reason for a "For more information, visit ..." line removed

# (reason, pattern, longest paragraph the rule may remove, whether it may match anywhere in the paragraph
# rather than at its start). The length cap is what keeps real sentences safe.
_RULES: list[tuple[str, re.Pattern[str], int, bool]] = [
    (
        "video or JavaScript notice",
        re.compile(
            r"\b(enable javascript|javascript (is )?(disabled|required|must be enabled|is not enabled)"
            r"|supports? html5 video|does not support (the )?(video|audio)|media playback is( not)? unsupported"
            r"|this video (is|has been) (unavailable|removed)|video (is )?(loading|unavailable))",
            _I,
        ),
        260,
        True,
    ),
    (
        "link to another article",
        re.compile(
            r"(read more|read also|also read|related|see also|more on this( story)?|more from \w+|recommended"
            r"|most read|most popular|trending|you (may|might) also like|more stories|top stories|further reading)"
            r"(\s*(:|\||>>|\u00bb|$)|\s+(-|\u2013|\u2014)\s)",
            _I,
        ),
        220,
        False,
    ),
    (
        "newsletter prompt",
        re.compile(
            # (after a short question to the reader: "Enjoyed this article? Sign up to our newsletter ...")
            r"(?:[^.?!\n]{1,40}\?\s+)?"
            r"(sign up|subscribe|register|get|receive|join)\b.{0,160}\b(newsletters?|inbox|e-?mail updates|alerts|briefing)\b",
            _I,
        ),
        260,
        False,
    ),
    (
        "share or follow prompt",
        re.compile(
            r"((share|e-?mail|tweet|post) (this|on|via|it\b|the (story|article))|(follow|like|find|connect with) (us|our)\b"
            r"|(click|tap) here\b)",
            _I,
        ),
        180,
        False,
    ),
    (
        "promotional prompt",
        re.compile(
            # (the outlet's name may stand between: "Download the Northmark app")
            r"(watch|listen|download|get|try|stream)\b.{0,100}\b(our|the)(?-i: [A-Z][\w&'’.-]*){0,3}"
            r" (live|app|podcast|coverage|video|stream|show)\b",
            _I,
        ),
        180,
        False,
    ),
    (
        # "Listen to X Radio's special programme at 7pm.": an imperative at the paragraph's start naming a
        # broadcast and a time slot. A report ("Residents were told to listen for sirens at 7pm") does not
        # start with the verb, "Listen for sirens at 7pm" names no programme, and a paragraph that reports
        # speech ("Watch crews said the programme ...") is news, so all three stay.
        "promotional prompt",
        re.compile(
            r"(?![^.!?]*\b(said|says|told|according to)\b)(listen( in)?|tune in|watch|catch|stream)\b[^.!?]{0,100}?"
            r"\b(programmes?|programs?|shows?|coverage|podcasts?|broadcasts?|bulletins?|documentary|phone-in)\b"
            r"[^.!?]{0,40}?\b(at|from)\s+(\d{1,2}([:.]\d{2})?\s*([ap]\.?m\b\.?|h\b)|\d{1,2}:\d{2}|noon\b|midnight\b)",
            _I,
        ),
        160,
        False,
    ),
    (
        "photo credit",
        re.compile(
            r"((file )?photo(graph)?s?|images?|pictures?|pictured|video|graphic|illustration|credit)"
            r"(\s+(credit|by|courtesy( of)?))?\s*[:/]",
            _I,
        ),
        220,
        False,
    ),
    ("photo credit", re.compile(r"(?i:(file )?(photo(graph)?|image|picture)s? by)\s+[A-Z][^.!?]{1,100}$"), 140, False),
    (
        "photo credit",
        re.compile(r"\b(getty images|shutterstock|ap photo|afp photo|reuters/\w+|epa-efe|via getty)[^.!?]{0,60}\)?$", _I),
        200,
        True,
    ),
    (
        "advertisement",
        re.compile(
            r"(advertisement|advert|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?"
            r"|scroll (down )?to continue( reading)?)\W*$",
            _I,
        ),
        60,
        False,
    ),
    ("copyright footer", re.compile(r"(\u00a9|\(c\)\s*\d|copyright\s+(\u00a9\s*)?\d{4}|all rights reserved)", _I), 220, False),
    # "Reporting by X", and the wire's "(Reporting by X; Editing by Y)"
    ("reporting credit", re.compile(r"\(?(?i:reporting|writing|additional reporting|editing|compiled) by\s+[A-Z].{0,200}$"), 260, False),
    ("credit line", re.compile(r"(credited from|primary source|originally published (by|in|on))\s*:", _I), 160, False),
    # a press release's header and footer: "FOR IMMEDIATE RELEASE", "About Quillnet: Quillnet Ltd makes ...",
    # "Media contact: ...", "###", "-ENDS-" (a paragraph opening "About 200 people ..." names no company;
    # "About the Citizens' Alliance: ..." does)
    # ("Investor relations" or "Media contacts" alone is the heading of the contact details under it)
    (RELEASE_BOILERPLATE, re.compile(
        r"(?:for immediate release|embargoed (?:until|for)\b|(?:media|press|investor|analyst) (?:contacts?|enquiries|inquiries)\s*:"
        r"|(?:media|press|investor|analyst) (?:contacts?|enquiries|inquiries|relations)\s*$"
        # (the name's small words between capitalised ones: "About the University of Kalmere: Founded in ...")
        r"|about (?:the )?(?-i:[A-Z][\w&.'’-]*(?: (?:(?:of|and|for|&|the) )*[A-Z][\w&.'’-]*){0,4}):\s|#{3,}\s*$|-*\s*ends\s*-*\s*$"
        # "Notes to editors" heading the release's notes for journalists (its items are each judged below)
        r"|notes? (?:to|for) (?:editors?|news ?desks?)\s*:?\s*$)", _I), 500, False),
    # A study's reference, as a release or a science page closes with it: the label ("Reference: Halvard I,
    # Dunmore P, et al. Daily walking and ...", "Journal reference: ...", "DOI: 10.1000/x"), or a paragraph
    # that is a citation alone: authors "et al." and a journal's "2026;41(11):1102" or a DOI. A report of a
    # study in prose ("Halvard et al. found that ...") has neither the label nor the journal's numbers.
    ("reference", re.compile(
        r"(?:(?:journal |full |study |paper )?(?:references?|citations?)|doi)\s*:\s"
        r"|(?=[^\n]{0,300}\bet al\b)(?=[^\n]*(?:\b(?:19|20)\d\d\s?;\s?\d+(?:\s?\(\d+\))?\s?:\s?\d|\bdoi\s?:\s?10\.|doi\.org/10\.))"
        r"(?![^\n]*\b(?:said|says|told)\b)", _I), 600, False),
    # A prompt to the reader to comment ("Do you walk every day? Tell us in the comments below.", "Have your
    # say", "Join the conversation"), perhaps after the question it asks: it reports nothing. Not when the
    # paragraph reports speech ('Tell us the truth, protesters chanted, police said').
    ("comment prompt", re.compile(
        r"(?![^\n]*\b(?:said|says|told|according to)\b)(?:[^.?!\n]{1,100}\?\s+){0,3}"
        r"(?:tell us|let us know|have your say|join the (?:conversation|discussion|debate)|comment below"
        r"|(?:leave|post|add|share) (?:a |your )?(?:comments?|views|thoughts|experiences?|stories)\b)"
        r"|[^.?!\n]{0,100}\b(?:in|to|join) the comments(?: section)?(?: below)?\b", _I), 260, False),
    # A pointer to the issuer's site or desk that closes a release or a service item ("For more information,
    # visit halvorsen.example.", "To learn more, contact ...", "Visit www.x.example for details."): it states
    # nothing of the event. Only the paragraph's opening counts, with the imperative right after it: "For
    # more information, residents should call ..." or "The company said it would visit ..." stay. Not a
    # release's own furniture (a news page carries it too), so a separate reason.
    (INFO_PROMPT, re.compile(
        r"(?:(?:for (?:more|further|additional) (?:information|details|info)|to (?:learn|find out|read) more|learn more"
        r"|(?:more|further) information(?: is available)?)(?: (?:about|on|regarding) [^,.!?:]{1,80})?(?:,\s*|:\s*|\s+)"
        r"(?:please\s+)?(?:visit|go to|see|contact|call|e-?mail|write to|log on to|head to|at\s+(?:https?://|www\.))"
        r"|(?:please\s+)?visit\s+(?:us\s+at\s+|our (?:web)?site\s+at\s+)?(?:https?://|www\.)\S+"
        r"(?:\s+(?:for|to)\s[^.!?]{1,80})?[.!]?$)", _I), 220, False),
    # An outlet's note on its own earlier text ("Correction: an earlier version of this article misstated
    # the rise as 6%. The correct figure is 4%."): the whole paragraph is the note, its later sentences
    # included, and none is a statement about the event. Only the label at the paragraph's start counts:
    # "The correction in share prices ..." or "Correction officers said ..." carry no label and stay.
    (
        "editorial note",
        re.compile(
            r"[*_\[]?(?:corrections?|clarifications?|editor['’]?s['’]? note|note to readers)"
            r"(?:\s*\([^()\n]{1,40}\))?[*_\]]?\s*(?::|[-–—]\s|$)"
            r"|(?:an|a) (?:earlier|previous) version of this (?:article|story|report|piece|post)\b"
            r"|this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected)\b",
            _I,
        ),
        600,  # = _NOTE_LONGEST
        False,
    ),
]

_BYLINE = re.compile(r"[Bb]y\s+[A-Z][^.!?]{1,80}$")
# what follows the name in a byline: ", Science Correspondent", " | The Lowland Herald", " in Vennholt"
_BYLINE_TAIL = re.compile(r"\s*(?:[,|;/]|\s[-–—]\s|\sin\s+[A-Z]).*$")
# A section label alone on the body's first line ("Opinion", "COMMENT:", "Op-Ed"), as text exports
# keep it: the outlet files the piece under it. Opinion, comment, commentary, editorial, column and
# op-ed are the writer's view; an "Analysis" (news analysis) is still reporting, so it is not one.
_SECTION_LABEL = re.compile(
    r"[*_\[]{0,2}(?:(?P<opinion>opinions?|comment|commentary|editorials?|columns?|op-?eds?|op ed)|(?:news )?analysis)"
    r"[*_\]]{0,2}\s*[:|]?[*_\]]{0,2}", _I)
OPINION_LABEL = "opinion label"  # the reason for a removed label that marks the piece as opinion
_FOOTER_START = re.compile(r"editorial context (&|and) insight\s*$", _I)
_PRIMARY_SOURCE = re.compile(r"primary source\s*:?\s*$", _I)
_CREDIT = re.compile(r"(credited from|primary source|originally published by)\s*:\s*(?P<name>[^\n]{2,80}?)\s*$", _I)


def normalize_outlet_name(name: str) -> str:
    """'REUTERS' -> 'Reuters'; acronyms such as 'BBC' stay as they are."""
    name = name.strip().strip(".,;:-\u2013\u2014").strip()
    if name.isupper() and len(name.replace(" ", "")) > 4:
        name = " ".join(w if len(w) <= 3 and w.isalpha() and w not in {"THE", "AND", "NEW", "DAY"} else w.capitalize()
                        for w in name.split())
    return name


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a text whose paragraphs are blank-line separated, one per line, or hard-wrapped.

    A line break inside a block ends a paragraph unless the line reads as wrapped prose: it does not
    end a sentence and the next line starts in lower case.
    """
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[str] = []
    for block in _BLOCKS.split(text):
        current = ""
        for raw in block.split("\n"):
            line = " ".join(raw.split())  # every Unicode space (no-break, thin, tabs) becomes one space
            if not line:
                continue
            if current and _continues(current, line):
                current += " " + line
            else:
                if current:
                    paragraphs.append(current)
                current = line
        if current:
            paragraphs.append(current)
    return paragraphs


def _continues(previous: str, line: str) -> bool:
    if _SENTENCE_END.search(previous):
        return False
    return line[0].islower()


def find_credit(text: str) -> str | None:
    """The outlet a text credits itself to: 'Credited from: X', 'Primary Source: X', or 'Primary Source' then X."""
    return credit_in(split_paragraphs(text))


def credit_in(paragraphs: Sequence[str]) -> str | None:
    """`find_credit` over paragraphs already split."""
    candidates = list(paragraphs[:3]) + list(paragraphs[-8:])
    for i, p in enumerate(candidates):
        m = _CREDIT.match(p)
        if m:
            return normalize_outlet_name(m.group("name"))
        if _PRIMARY_SOURCE.match(p) and i + 1 < len(candidates) and _looks_like_name(candidates[i + 1]):
            return normalize_outlet_name(candidates[i + 1])
    return None


def is_credit_line(paragraph: str) -> bool:
    """True for 'Credited from: X', 'Primary Source: X' and a bare 'Primary Source' heading."""
    return bool(_CREDIT.match(paragraph) or _PRIMARY_SOURCE.match(paragraph))


def _looks_like_name(line: str) -> bool:
    return 1 < len(line) <= 60 and not line.endswith(".") and len(line.split()) <= 6


def clean_paragraphs(paragraphs: Sequence[str], outlet: str | None = None) -> tuple[list[str], list[Removal]]:
    """Drop junk paragraphs; return the kept ones and what was removed, in order."""
    kept: list[str] = []
    removed: list[Removal] = []
    n = len(paragraphs)
    i = 0
    outlet_key = outlet.casefold() if outlet else None
    release = False  # the text has shown a release's furniture ("FOR IMMEDIATE RELEASE", "Media contact:")
    while i < n:
        p = paragraphs[i]
        # "Editorial Context & Insight ... Methodology ... Primary Source / <name>": a short tail block.
        if _FOOTER_START.match(p) and n - i <= 10 and all(len(q) <= 400 for q in paragraphs[i:]):
            removed.append(Removal("\n".join(paragraphs[i:]), "boilerplate footer"))
            break
        if _PRIMARY_SOURCE.match(p) and i + 1 < n and _looks_like_name(paragraphs[i + 1]):
            removed.append(Removal(p + "\n" + paragraphs[i + 1], "credit line"))
            i += 2
            continue
        end = _release_section(paragraphs, i, release)
        if end:
            removed.extend(Removal(q, RELEASE_BOILERPLATE) for q in paragraphs[i:end])
            release = True
            i = end
            continue
        reason = (_junk_reason(p, i, outlet_key) or (_label_reason(p) if not kept and i < 3 else None)
                  or (AUTHOR_BIO if _closing_bio(paragraphs, i, outlet_key) else None))
        if reason is None and (_OPENING_SIGN_OFF.match(p)
                               or _CLOSING_SIGN_OFF.search(p, max(0, len(p) - _SIGN_OFF_LONGEST))):
            rest, signed_off = _without_sign_off(p)
            if not rest:
                reason = LIVE_SIGN_OFF  # (the whole paragraph, its entry time too)
            elif signed_off:
                removed.extend(Removal(q, LIVE_SIGN_OFF) for q in signed_off)
                p = rest
        if reason is None:
            rest, narrated = _without_narration(p)
            if narrated and not rest:
                reason = LIVE_NARRATION  # (the whole entry, its time too)
            elif narrated:
                removed.extend(Removal(q, LIVE_NARRATION) for q in narrated)
                p = rest
        if reason is None and (shout := _MINUTE_LABEL.match(p)) is not None:
            # "78' GOAL! Müller turns in ...": the entry's minute stays with its words (`text._MATCH_MINUTE`)
            removed.append(Removal(shout["label"].rstrip(), LIVE_LABEL))
            p = p[: shout.start("label")] + p[shout.end():]
        if reason:
            removed.append(Removal(p, reason))
            release = release or reason == RELEASE_BOILERPLATE
            i += 1
            if reason == "editorial note" and _NOTE_LABEL.match(p) and i < n and len(paragraphs[i]) <= _NOTE_LONGEST:
                # a bare "Correction:" heading: the note is the paragraph under it
                removed.append(Removal(paragraphs[i], reason))
                i += 1
            elif reason == AUTHOR_BIO:
                while i < n and len(paragraphs[i]) <= _BIO_LONGEST and _BIO_MORE.match(paragraphs[i]):
                    removed.append(Removal(paragraphs[i], reason))
                    i += 1
            elif reason == "link to another article":
                # "Read more:" then its list of other articles' headlines, one item a line: the block ends
                # at the first line that is not such an item
                while i < n and _LINK_ITEM.match(paragraphs[i]):
                    removed.append(Removal(paragraphs[i], reason))
                    i += 1
            continue
        kept.append(p)
        i += 1
    return kept, removed


AUTHOR_BIO = "author bio"
# The writer's bio that closes an article: a full name, "is/was" and the writer's post ("Karin Dahl is the
# Herald's health editor. She has covered ...", "Ona Pell is a freelance journalist based in Lisbon.").
# Only a newsroom's posts count, and only at the text's end (`_closing_bio`): "Mara Lind is the party's deputy
# leader." or an editor named in the story's middle is news.
_BIO = re.compile(
    r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:is|was|has been) (?:the|a|an|our) (?:[\w'’&.-]+ ){0,5}?"
    r"(?:editor|correspondent|reporter|writer|columnist|journalist|contributor|producer|presenter|critic"
    r"|commentator|photographer|broadcaster|(?:staff|freelance) writer)s?\b", _I)
_BIO_LONGEST = 400
# ... the bio's next paragraph, on the writer: "She has covered medicine for 15 years."
_BIO_MORE = re.compile(r"(?:She|He|They)(?:\s+(?:has|have|previously|also))?\s+(?:covers|covered|joined|writes|wrote|worked|"
                       r"reports|reported|is|was|were)\b(?![^\n]*\b(?:said|says|told)\b)")


def _closing_bio(paragraphs: Sequence[str], i: int, outlet_key: str | None) -> bool:
    """Paragraph `i` is the writer's bio: it matches `_BIO`, reports no one's words, and only junk (or
    more of the bio) follows it to the end of the text."""
    p = paragraphs[i]
    if len(p) > _BIO_LONGEST or not _BIO.match(p) or _REPORTS_SPEECH.search(p):
        return False
    rest = paragraphs[i + 1:]
    return len(rest) <= 3 and all(_junk_reason(q, 3, outlet_key) or _BIO.match(q) or _BIO_MORE.match(q)
                                  or _SIGN_OFF.fullmatch(q) for q in rest)


LIVE_SIGN_OFF = "live-blog sign-off"
# A live blog's (or a page's) words to its readers at the close: "That's all from us today.", "We're pausing
# our live coverage here.", "This live blog is now closed.", "Thanks for following.", "We'll be back
# tomorrow." A whole sentence, at a paragraph's start (after a live blog's entry time, "17:00 — ") or its
# end; the entry's news around it stays ("17:00 — That's all from us today. Police say 14 were arrested").
# Not in a report of speech ("Thanks for following the rules," the officer said).
_SIGN_OFF_WORDS = (
    r"(?:that(?:'s|’s| is) (?:all|it) (?:from (?:us|me|here)|for (?:today|tonight|now|this (?:blog|live blog|evening|morning)))"
    # (or from where the page is written: "That's it from Ostfield.", "That's all from the Riverside Stadium.")
    r"|that(?:'s|’s| is) (?:all|it) from (?:the )?(?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){0,3}(?=[.!])"
    r"|we(?:'re|’re| are) (?:now )?(?:pausing|ending|closing|wrapping up|going to (?:pause|end|close)) (?:our|this|the) "
    r"(?:live )?(?:coverage|blog|updates)"
    r"|(?:this|our) live (?:blog|coverage|page) (?:is now closed|has now ended|has ended|is closed|ends here)"
    r"|(?:thanks|thank you) (?:(?:very|so) much )?for (?:following|reading|joining us|staying with us|being with us)"
    r"|we(?:'ll|’ll| will) be back (?:tomorrow|later|with\b|on \w+day|at \d|in the morning))"
    # (to the sentence's end; a clock's "a.m." / "p.m." ends none: "We'll be back at 7 a.m. with the latest.")
    r"(?![^.!?\n]*\b(?:said|says|told)\b)(?:[^.!?\n]|\b[ap]\.m\.(?=\s+(?-i:[a-z]))|\b[ap]\.m(?=\.)){0,100}[.!]+"
)
_SIGN_OFF = re.compile(_SIGN_OFF_WORDS, _I)
_SIGN_OFF_LONGEST = 200  # characters: a closing sign-off is looked for only in a paragraph's last ones
_OPENING_SIGN_OFF = re.compile(rf"(?P<time>{_ENTRY_TIME.pattern})?(?P<off>{_SIGN_OFF_WORDS})(?:\s+|$)", _I)
# (what is left of "17:00 — That's all." or "Full-time: That's all from us.")
_ENTRY_TIME_ONLY = re.compile(r"^\s*(?:(?:[01]?\d|2[0-3])[:.][0-5]\d|(?i:kick[- ]?off|half[- ]?time|full[- ]?time)|HT|FT)\W*$|^\s*$")
_CLOSING_SIGN_OFF = re.compile(r"(?<=[.!?\"”’])\s+(?P<off>" + _SIGN_OFF_WORDS + r")$", _I)


LIVE_LABEL = "live-text label"
# A match's live text opens an entry with the minute and a label shouted in capitals: "78' GOAL! Müller turns
# in Brandt's cross.", "70' RED CARD: Sauer is sent off ...". The label is the page's typography, and as a
# sentence of its own ("GOAL!") it would part the minute from what happened in it; only the label goes.
_MINUTE_LABEL = re.compile(MINUTE_MARK + r"(?P<label>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}[!:]+\s+)(?=[\"“‘]|[^\W\d_])")


LIVE_NARRATION = "live-text narration"
# A live page's writer telling its readers how the match goes, in the page's first person plural: "Kick-off:
# Referee Karl Voss gets us under way.", "12:02 — We're off!", "FT: We'll bring you all the reaction." It is
# the page's voice, not a report of what happened (the entries that are, "70' Sauer is sent off ...", stay).
# Only these turns of a live page, and only in a whole sentence that opens an entry after its time or minute:
# an "us" in news ("Police have told us ..."), in quoted words or in reported speech stays.
_NARRATION_WORDS = (r"(?:gets?|got|getting) us (?:under ?way|started|going)\b"
                    r"|we(?:'re|’re| are) (?:off|under ?way|up and running)(?=\s*(?:[.!,]|(?:and|at|in|here)\b))|here we go(?=[.!])"
                    r"|we(?:'ll|’ll| will) (?:bring you|keep you (?:posted|updated))\b")
_OPENING_NARRATION = re.compile(
    rf"(?P<time>{_ENTRY_TIME.pattern}|{MINUTE_MARK})"
    rf"(?P<off>(?![^.!?\n]*\b(?:said|says|told|according)\b)"
    rf"(?:[^.!?\n\"“”‘]{{0,60}}?\s)?(?:{_NARRATION_WORDS})[^.!?\n\"“”]{{0,100}}[.!]+)"
    r"(?:\s+|$)", _I)


def _without_narration(p: str) -> tuple[str, list[str]]:
    """Entry `p` without the live narration sentences at its start (`_OPENING_NARRATION`; its time kept), and
    those sentences; "" when nothing else is left."""
    gone: list[str] = []
    time = ""
    while (m := _OPENING_NARRATION.match(p)) is not None:
        gone.append(m["off"])
        time = m["time"]
        p = time + p[m.end():]
    return ("" if gone and not p[len(time):].strip() else p), gone


def _without_sign_off(p: str) -> tuple[str, list[str]]:
    """Paragraph `p` without the sign-off sentences at its start (its entry time kept) and end, and those
    sentences; "" when nothing else is left."""
    gone: list[str] = []
    while (m := _OPENING_SIGN_OFF.match(p)) is not None:
        gone.append(m["off"])
        p = (m["time"] or "") + p[m.end():]
    while (m := _CLOSING_SIGN_OFF.search(p, max(0, len(p) - _SIGN_OFF_LONGEST))) is not None:
        gone.append(m["off"])
        p = p[: m.start()]
    return ("" if not _ENTRY_TIME_ONLY.sub("", p) else p), gone


# A press release's closing sections, removed whole by `_release_section`. Its safe-harbour text: a heading
# ("Forward-looking statements", "Safe Harbor Statement under the ...", "Cautionary note regarding
# forward-looking statements") alone in its paragraph, or a paragraph that in its opening speaks of this
# release's forward-looking statements ("This press release contains forward-looking statements ...",
# "Statements herein ..."), or disclaims any duty to update them; then the paragraphs after it that go on
# in the same words ("Actual results may differ materially ..."). A news report of a company's outlook
# does not speak of "this release" nor disclaim updates, so it stays.
_SAFE_HARBOR_HEADING = re.compile(
    r"[*_]{0,2}(?:(?:cautionary|special) (?:note|statement|language)s?"
    r"(?: (?:regarding|concerning|about|on|as to|relating to) forward[- ]looking (?:statements?|information))?"
    r"|(?:safe harbou?r|forward[- ]looking)(?: statements?| information| disclaimer| notice)?"
    r"(?: (?:under|regarding|concerning|pursuant to|for)\b[^.:]{0,100})?)[*_]{0,2}\s*:?", _I)
# (on lower-cased text: these run only on a paragraph that says "looking", or sits in such a section)
_SAFE_HARBOR_SAYS = re.compile(r"forward[- ]looking[\"”’']?\s+(?:statements?|information)")
_SAFE_HARBOR_SELF = re.compile(r"\b(?:this|the present) (?:press |news |earnings )?(?:release|announcement|communication|document)\b"
                               r"|\bherein\b|securities litigation reform act|\bsafe harbou?r\b")
_SAFE_HARBOR_UPDATE = re.compile(r"\b(?:undertakes?|assumes?|has) no (?:obligation|duty|responsibility)\b[^.]{0,80}\bupdate"
                                 r"|\bdisclaims? any (?:obligation|intention|duty)\b[^.]{0,80}\bupdate")
_SAFE_HARBOR_WORDS = re.compile(r"forward[- ]looking|differ materially|\brisks\b|risk factors|uncertainties|historical facts?"
                                r"|no obligation|obligation to (?:publicly )?update|securities and exchange commission|form 10-[kq]|cautionary")
_SAFE_HARBOR_LONGEST = 4000
# "About Halvorsen Systems" (or "About the Citizens' Alliance:") alone in its paragraph: the heading of the
# issuer's blurb ("Halvorsen Systems Inc. is a leading provider of ...")
_ABOUT_HEADING = re.compile(r"[*_]{0,2}(?i:about)\s+(?:(?i:the)\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|&)){0,6})"
                            r"[*_]{0,2}\s*:?")
_ABOUT_LONGEST = 4  # paragraphs of a blurb; a longer run under "About X" is an article's section
_REPORTS_SPEECH = re.compile(r"\b(?:said|says|told|according to)\b")
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*$")


def _release_section(paragraphs: Sequence[str], i: int, release: bool) -> int | None:
    """Where a release's safe-harbour text or "About X" section that starts at paragraph `i` ends (the index
    after it), or None if none starts there. `release`: the text has shown a release's furniture above."""
    p, n = paragraphs[i], len(paragraphs)
    if len(p) <= 120 and _SAFE_HARBOR_HEADING.fullmatch(p) and i + 1 < n and _goes_on_safe_harbor(paragraphs[i + 1]):
        end = i + 2
    elif _is_safe_harbor(p):
        end = i + 1
    else:
        return _about_section(paragraphs, i, release)
    while end < n and _goes_on_safe_harbor(paragraphs[end]):
        end += 1
    return end


def _is_safe_harbor(p: str) -> bool:
    if len(p) > _SAFE_HARBOR_LONGEST or "looking" not in (low := p.lower()):
        return False
    head = low[:500]
    return bool(_SAFE_HARBOR_SAYS.search(head) and _SAFE_HARBOR_SELF.search(head)
                or _SAFE_HARBOR_SAYS.search(low) and _SAFE_HARBOR_UPDATE.search(low))


def _goes_on_safe_harbor(p: str) -> bool:
    return len(p) <= _SAFE_HARBOR_LONGEST and _SAFE_HARBOR_WORDS.search(p.lower()) is not None


def _about_section(paragraphs: Sequence[str], i: int, release: bool) -> int | None:
    """An "About X" heading and the blurb under it that names X, where it closes the text: after other
    furniture of a release (`release`), or followed only by furniture or lines with no sentence. An
    article's sub-head "About Town" above its own paragraphs, or any line opening "About ...", stays."""
    m = _ABOUT_HEADING.fullmatch(paragraphs[i]) if len(paragraphs[i]) <= 80 else None
    n = len(paragraphs)
    if m is None or i + 1 >= n or _section_break(paragraphs[i + 1]):
        return None
    name = re.escape(m["name"].split()[0].rstrip(".'’"))
    if not re.match(rf"(?:the\s+)?{name}(?![\w-])", paragraphs[i + 1], _I):  # ("ABOUT ORREVIK" too)
        return None  # a blurb opens on its subject ("Halvorsen Systems Inc. is ...")
    end = i + 2
    while end < n and not _section_break(paragraphs[end]):
        end += 1
    if end - i - 1 > _ABOUT_LONGEST or any(_REPORTS_SPEECH.search(q) for q in paragraphs[i + 1:end]):
        return None  # (a blurb describes; it reports no one's words)
    if release or all(_section_break(q) for q in paragraphs[end:]) or _closing_furniture(paragraphs[end]):
        return end
    return None


def _section_break(p: str) -> bool:
    """A line that ends a release's section: a heading (no sentence's end), a junk line, a safe harbour."""
    return (len(p) <= 100 and not _PROSE_END.search(p)) or _junk_reason(p, 3, None) is not None or _is_safe_harbor(p)


def _closing_furniture(p: str) -> bool:
    """A release's own closing lines: safe harbour, another "About X", contacts, "###", a copyright."""
    return (_junk_reason(p, 3, None) in (RELEASE_BOILERPLATE, INFO_PROMPT, "copyright footer") or _is_safe_harbor(p)
            or len(p) <= 120 and (_SAFE_HARBOR_HEADING.fullmatch(p) or _ABOUT_HEADING.fullmatch(p)) is not None)


_NOTE_LONGEST = 600
# a note's label standing alone as a heading, with its colon (a bare "Corrections" may be a menu's link)
# and perhaps its date ("Correction: December 1, 2010", "Correction: 1 December 2010")
_NOTE_LABEL = re.compile(
    r"[*_\[]?(?:corrections?|clarifications?|editor['’]?s['’]? note|note to readers)[*_\]]?\s*:"
    r"(?:\s*(?:[a-z]{3,9}\.?\s+\d{1,2},?|\d{1,2}\s+[a-z]{3,9}\.?,?)\s+\d{4})?[*_\]]?$", _I)
# a list item that is a headline: a bullet, then a short line with no final full stop
_LINK_ITEM = re.compile(r"[-–•*▪]\s+[^\n]{3,200}(?<![.\s])$")


def _junk_reason(p: str, index: int, outlet_key: str | None) -> str | None:
    length = len(p)
    for reason, pattern, longest, anywhere in _RULES:
        if length <= longest and (pattern.search(p) if anywhere else pattern.match(p)):
            return reason
    if index < 3 and length <= 90 and _BYLINE.match(p):
        return "byline"
    if outlet_key and length <= 80 and p.casefold().strip(" .|-\u2013\u2014") == outlet_key:
        return "outlet name"
    return None


def _label_reason(p: str) -> str | None:
    """Why a paragraph at the top of the body (nothing kept above it) is a section label, if it is one:
    the label alone, so "Opinion polls show ..." or "Comment was not available" stays."""
    m = _SECTION_LABEL.fullmatch(p) if len(p) <= 24 else None
    return None if m is None else OPINION_LABEL if m["opinion"] else "section label"


def byline_author(removed: Iterable[Removal], outlet: str | None = None) -> str | None:
    """The writer a byline the cleaner removed names: "By Ilsa Marrow, Science Editor" -> "Ilsa Marrow"
    ("By Northgate Wire", the `outlet` itself, names no writer)."""
    for r in removed:
        if r.reason == "byline":
            name = _BYLINE_TAIL.sub("", r.text.strip()[2:]).strip(" .")
            return name if name and name.casefold() != (outlet or "").casefold() else None
    return None


CREDITS = frozenset({"reporting credit", "credit line"})  # the reasons for a line saying whose reporting a text is


def credit_lines(text: str, removed: Iterable[Removal] = ()) -> list[str]:
    """A text's credit lines ('Reporting by X', 'Originally published by: X'): those the cleaner took out
    (`removed`), then any still in the text (one never cleaned)."""
    found = [r.text for r in removed if r.reason in CREDITS]
    # (as a paragraph past the first three, with no outlet: a byline or the outlet's own name is no credit)
    return found + [p for p in split_paragraphs(text) if len(p) <= 260 and _junk_reason(p, 3, None) in CREDITS]


def clean_text(text: str, outlet: str | None = None) -> tuple[str, list[Removal]]:
    """Clean text (paragraphs joined by a blank line) and the junk removed from it, with reasons."""
    kept, removed = clean_paragraphs(split_paragraphs(text), outlet)
    return "\n\n".join(kept), removed


def _clean_paragraphs(text: str) -> list[str]:
    """Paragraphs of an already clean text (blank-line separated): far cheaper than split_paragraphs."""
    return [p for p in text.split("\n\n") if p.strip()]


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def repeated_lines(
    texts: Sequence[str], *, min_articles: int = 3, max_length: int = 300, same_story: float = 0.5
) -> set[str]:
    """Paragraphs that recur across many articles of one outlet: its boilerplate.

    `texts` are the clean texts (paragraphs separated by a blank line) of one outlet. A short paragraph counts when it appears in at least
    `min_articles` different stories. Versions of one story (updates, reprints: word-set Jaccard at or
    above `same_story`) count once, so the sentences they share are never taken for boilerplate.
    Returns normalised keys (case-folded, whitespace collapsed); pass them to `remove_lines`.
    """
    paras = [{_key(p) for p in _clean_paragraphs(t)} for t in texts]
    where: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(paras):
        for k in keys:
            if len(k) <= max_length:
                where[k].append(i)
    candidates = {k for k, docs in where.items() if len(docs) >= min_articles}
    if not candidates:
        return set()
    involved = sorted({i for k in candidates for i in where[k]})
    family = _story_families({i: set(_WORD.findall(texts[i].casefold())) for i in involved}, same_story)
    return {k for k in candidates if len({family[i] for i in where[k]}) >= min_articles}


_WORD = re.compile(r"\w+")


def _story_families(words: dict[int, set[str]], threshold: float) -> dict[int, int]:
    """Greedy leader grouping: each text joins the first family whose leader it overlaps enough."""
    leaders: list[tuple[int, set[str]]] = []
    family: dict[int, int] = {}
    for i, w in words.items():
        for leader, lw in leaders:
            union = len(w | lw)
            if union and len(w & lw) / union >= threshold:
                family[i] = leader
                break
        else:
            leaders.append((i, w))
            family[i] = i
    return family


def remove_lines(text: str, lines: Iterable[str] | set[str], reason: str = "repeats across articles of this outlet") -> tuple[str, list[Removal]]:
    """Drop the paragraphs whose normalised form is in `lines` (as returned by `repeated_lines`)."""
    keys = lines if isinstance(lines, set) else set(lines)
    kept: list[str] = []
    removed: list[Removal] = []
    for p in _clean_paragraphs(text):
        if _key(p) in keys:
            removed.append(Removal(p, reason))
        else:
            kept.append(p)
    return "\n\n".join(kept), removed
