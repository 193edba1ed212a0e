"""Make a labelled reprint set from ../shared/data, at run time and outside the repository.

Every corpus article goes in as an original (`reprint_of: null`); the other outlets' reports of
the same event are the hard negatives. For a random sample of originals, copies are added under
other outlets' names with the edits that real reprints show (each labelled `reprint_of: <id>`):
  - verbatim, with the copying outlet's name and a dateline on top,
  - a new lede written by the copying outlet (taken from another story's opening, so not a copy),
  - a trimmed ending (10–50 % of paragraphs cut),
  - page junk added (share prompts, "Read more:", photo credits, newsletter boxes),
  - light copy-editing (a few words swapped, curly quotes straightened, a middle paragraph dropped),
  - several of these at once; and copies of copies (a site reprinting another site's reprint).
With --twins N, N more hard negatives: another event written from an original's template by the same
outlet on the same day (its two most repeated capitalised words, usually its place and protagonist,
swapped for invented names, and every number changed), labelled `reprint_of: null` as the other
event it is.
With --figures N, for N originals with a figure, two more: a close copy under another outlet's name
with the first of the original's figures changed (an independent or updated report, which gives its own
figure; `reprint_of: null`), and a copy whose figures are only written another way ("1,500" as
"1500", "3" as "three"), a reprint.
With --credited N, for N originals with a figure, a copy with the first figure changed, as --figures makes,
that ends "Reporting by <the original's outlet>.": the copy says it carries that outlet's report, so it is
a reprint (its changed figure its own edit). Only originals whose outlet has a name, not a bare domain
("huffingtonpost.com": the corpus knows no name for it), as a credit line names an outlet.

    python benchmarks/make_reprints.py [--data ../shared/data] [--out benchmarks/out/reprints.jsonl]
    newsloom eval reprints benchmarks/out/reprints.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ["basil", "newswcl50", "multiling2011", "allsides"]
COPIERS = ["Daily Ledger", "Metro Times Online", "Valley News Network", "The Courier Wire", "NewsNow 24",
           "Harbor Gazette", "Capital Dispatch", "Plainview Post"]
JUNK = ["Share this article on Facebook", "Read more: Top stories of the day", "Sign up for our newsletter",
        "Photo: Getty Images", "Advertisement", "Follow us on Twitter for the latest updates",
        "(Video) Your browser does not support the video tag.", "Related: What we know so far",
        "Copyright 2024 by the copying outlet. All rights reserved.", "Click here to subscribe"]
SWAPS = {"said": "stated", "says": "states", "told": "informed", "also": "additionally", "but": "however",
         "big": "large", "about": "around", "because": "since", "show": "indicate", "help": "assist"}


def _paras(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _light_edit(text: str, rng: random.Random) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    words = text.split(" ")
    for i, w in enumerate(words):
        if w.lower() in SWAPS and rng.random() < 0.5:
            words[i] = SWAPS[w.lower()]
    return " ".join(words)


def make_copy(orig: dict, rng: random.Random, ledes: list[str], n: int) -> dict:
    paras = _paras(orig["text"])
    edits = rng.sample(["top", "lede", "trim", "junk", "edit", "drop"], k=rng.randint(1, 3))
    outlet = rng.choice([c for c in COPIERS if c != orig.get("outlet")])
    if "trim" in edits and len(paras) > 2:
        keep = max(2, int(len(paras) * rng.uniform(0.5, 0.9)))
        paras = paras[:keep]
    elif "trim" in edits:  # one- or two-paragraph excerpts: cut the last sentences instead
        sents = re.split(r"(?<=[.!?])\s+", " ".join(paras))
        keep = max(2, int(len(sents) * rng.uniform(0.6, 0.9)))
        paras = [" ".join(sents[:keep])]
    if "drop" in edits and len(paras) > 4:
        del paras[rng.randrange(1, len(paras) - 1)]
    if "edit" in edits:
        paras = [_light_edit(p, rng) for p in paras]
    if "lede" in edits:
        paras.insert(0, rng.choice(ledes))
    if "junk" in edits:
        for _ in range(rng.randint(1, 3)):
            paras.insert(rng.randrange(0, len(paras) + 1), rng.choice(JUNK))
    if "top" in edits:
        paras.insert(0, f"{outlet.upper()} — (Wire report)")
    published = orig.get("published")
    if published:
        published = (date.fromisoformat(published) + timedelta(days=rng.choice([0, 0, 1]))).isoformat()
    title = orig.get("title")
    if title and rng.random() < 0.3:
        title = title.rstrip(".") + f" | {outlet}"
    return {**orig, "id": f"reprint/{n}", "outlet": outlet, "title": title, "published": published,
            "url": None, "text": "\n\n".join(paras), "reprint_of": orig["id"], "edits": sorted(edits)}


TWIN_NAMES = ["Pellow", "Greyhaven", "Marrow", "Quillby", "Orwen", "Tarnby", "Lissop", "Corran", "Vellick",
              "Brannock", "Ostrel", "Fenmouth"]


def make_twin(orig: dict, rng: random.Random, n: int) -> dict:
    """Another event in the original's words: its two most repeated capitalised words (not starting a
    sentence) become invented names, and every number another one."""
    text, title = orig["text"], orig.get("title") or ""
    caps = re.findall(r"(?<=[a-z,] )([A-Z][a-z]{3,})", text)
    top = [w for w, _ in sorted(((w, caps.count(w)) for w in set(caps)), key=lambda x: (-x[1], x[0]))[:2]]
    names = rng.sample([t for t in TWIN_NAMES if t not in top], k=len(top))

    def swap(s: str) -> str:
        for old, new in zip(top, names):
            s = re.sub(rf"\b{old}\b", new, s)
        return re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(1, 9)), s)

    return {**orig, "id": f"twin/{n}", "title": swap(title) or None, "text": swap(text), "url": None,
            "story": f"twin/{n}", "reprint_of": None}


SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_FIGURE = re.compile(r"(?<![\w.,:/$£€-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,:/]\d|[\w%:/-])")  # a count in digits


_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$")


def _is_date(text: str, m: re.Match) -> bool:
    """A year, or a day after a month's name ("July 7"): a date, not a figure."""
    s = m.group(1)
    return (len(s) == 4 and 1800 <= int(s) <= 2100) or bool(_MONTH.search(text[max(0, m.start() - 12): m.start()]))


def make_refigured(orig: dict, rng: random.Random, ledes: list[str], n: int) -> dict | None:
    """A copy (as make_copy) in which the first figure taken from the original is another figure: another
    outlet's own report of it (the first, so that a trimmed copy of the original keeps it too). None when
    no figure of the original is left in the copy."""
    copy = make_copy(orig, rng, ledes, n)
    spots = [m for m in _FIGURE.finditer(copy["text"]) if not _is_date(copy["text"], m)
             and copy["text"][max(0, m.start() - 30): m.end() + 30] in orig["text"]]
    if not spots:
        return None
    m = spots[0]
    value = int(m.group(1).replace(",", ""))
    new = value + rng.randint(1, 9) if value < 100 else round(value * rng.choice([0.8, 1.2, 1.5]))
    text = copy["text"][: m.start()] + f"{new:,}" + copy["text"][m.end():]
    return {**copy, "id": f"refigured/{n}", "text": text, "reprint_of": None, "edits": copy["edits"] + ["figure"]}


def make_reformatted(orig: dict, rng: random.Random, ledes: list[str], n: int) -> dict | None:
    """A copy whose figures are written another way: thousands without commas, one to nine in words.
    None when the copy has no such figure."""
    copy = make_copy(orig, rng, ledes, n)

    def rewrite(m: re.Match) -> str:
        s = m.group(1)
        if _is_date(copy["text"], m):
            return s
        return s.replace(",", "") if "," in s else (SMALL[int(s)] if len(s) == 1 else s)

    text = _FIGURE.sub(rewrite, copy["text"])
    if text == copy["text"]:
        return None
    return {**copy, "id": f"reformatted/{n}", "text": text, "edits": copy["edits"] + ["figures"]}


def make_credited(orig: dict, rng: random.Random, ledes: list[str], n: int) -> dict | None:
    """A copy with a changed figure (make_refigured) that credits the original's outlet: a reprint."""
    copy = make_refigured(orig, rng, ledes, n)
    if copy is None or not orig.get("outlet") or not orig["outlet"][0].isupper():
        return None
    return {**copy, "id": f"credited/{n}", "text": copy["text"] + f"\n\nReporting by {orig['outlet']}.",
            "reprint_of": orig["id"], "edits": copy["edits"] + ["credit"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "reprints.jsonl")
    ap.add_argument("--copies", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--twins", type=int, default=0, help="template twins (other events) to add")
    ap.add_argument("--figures", type=int, default=0,
                    help="originals to add a copy with a changed figure (not a reprint) and a copy with "
                         "figures written another way (a reprint) for")
    ap.add_argument("--credited", type=int, default=0,
                    help="originals to add a copy with a changed figure that credits the original's outlet (a reprint) for")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    rows = []
    for name in SETS:
        path = args.data / f"{name}.jsonl"
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    for r in rows:
        r["reprint_of"] = None
    # A new lede is one sentence, as a copy desk would add (the opening sentence of another story).
    ledes = []
    for r in rows:
        first = re.split(r"(?<=[.!?])\s+", r["text"].strip(), maxsplit=1)[0]
        if 8 <= len(first.split()) <= 35:
            ledes.append(first)
    copies = []
    sources = rng.sample(rows, k=min(args.copies, len(rows)))
    for orig in sources:
        other_ledes = [l for l in ledes if l not in orig["text"]]
        copies.append(make_copy(orig, rng, other_ledes, len(copies)))
    # Copies of copies: a site re-running another site's reprint (labelled with the reprint it copies).
    for c in rng.sample(copies, k=len(copies) // 10):
        copies.append(make_copy(c, rng, ledes, len(copies)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # Each copy right after what it copies, so an undated copy also comes after its original.
    after: dict[str, list[dict]] = {}
    for c in copies:
        after.setdefault(c["reprint_of"], []).append(c)
    # Template twins, each right after its original (drawn last, so --twins 0 writes the same set as before).
    twins = 0
    for orig in rng.sample(rows, k=min(args.twins, len(rows))):
        twin = make_twin(orig, rng, twins)
        if twin["text"] != orig["text"]:  # no name or number to change: no other event to write
            after.setdefault(orig["id"], []).append(twin)
            twins += 1
    # Changed and rewritten figures, each right after its original (drawn last, as the twins).
    refigured = reformatted = 0
    for orig in rng.sample(rows, k=min(args.figures, len(rows))):
        other_ledes = [l for l in ledes if l not in orig["text"]]
        for make in (make_refigured, make_reformatted):
            made = make(orig, rng, other_ledes, len(copies) + refigured + reformatted)
            if made:
                after.setdefault(orig["id"], []).append(made)
                refigured += make is make_refigured
                reformatted += make is make_reformatted

    # Credited copies with a changed figure, each right after its original (drawn last, as the twins).
    credited = 0
    for orig in rng.sample(rows, k=min(args.credited, len(rows))):
        made = make_credited(orig, rng, [l for l in ledes if l not in orig["text"]], len(copies) + refigured
                             + reformatted + credited)
        if made:
            after.setdefault(orig["id"], []).append(made)
            credited += 1

    def emit(fh, r: dict) -> None:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        for c in after.get(r["id"], []):
            emit(fh, c)

    with args.out.open("w", encoding="utf-8") as fh:
        for r in rows:
            emit(fh, r)
    extra = (f", {refigured} reports with a changed figure, {reformatted} reprints with figures rewritten"
             if args.figures else "")
    extra += f", {credited} credited reprints with a changed figure" if args.credited else ""
    print(f"wrote {len(rows)} originals, {len(copies)} reprints and {twins} template twins{extra} to {args.out}")


if __name__ == "__main__":
    main()
