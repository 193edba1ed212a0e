"""Build a large corpus JSONL (default 100,000 articles) from ../shared/data, at run time, outside the repo.

Realistic variation rather than copies: each synthetic event takes one real story as a template and
is reported by 1–8 synthetic outlets. Every report is a fresh mix of the template's sentences
(drawn from all of its articles, reordered, some dropped), with the event's own names swapped in
(each event gets new people and places, so two events from one template are different events of the
same kind) and its figures changed. One template comes round again only after 10–20 days, as a new
event of the same kind would (reusing its sentences sooner would make events that are word-for-word
copies of each other, which real different events are not). Events fill about two and a half years,
a hundred-odd articles a day, with a few days between the first and last report of one event; about
5 % of reports are wire reprints of another report (new lede, trimmed end). Gold labels are kept.

    python benchmarks/make_100k.py [--n 100000] [--out benchmarks/out/corpus100k.jsonl]
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
SYLLABLES = ["ka", "ren", "mo", "ta", "vel", "dor", "is", "an", "qui", "lo", "bar", "em", "sor", "ul", "fen",
             "tri", "gal", "ost", "ny", "ra", "ven", "cor", "hal", "pe", "zin", "mar", "tho", "ley", "wyn", "du"]
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_CAP = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NUM = re.compile(r"\b\d{2,}\b")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _sentences(text: str) -> list[str]:
    return [s.strip() for p in text.split("\n\n") for s in _SENT.split(p) if len(s.split()) >= 5]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "corpus100k.jsonl")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    templates: dict[str, list[dict]] = {}
    for name in SETS:
        with (args.data / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                templates.setdefault(r["story"], []).append(r)
    stories = list(templates.values())
    outlets = [f"{_name(rng)} {rng.choice(['Times', 'Post', 'Herald', 'Daily', 'News', 'Wire', 'Courier'])}"
               for _ in range(300)]
    start = date(2024, 1, 1)
    # When each template comes round: every 10-20 days from a random first day, earliest first.
    schedule = []
    for t, _ in enumerate(stories):
        day = rng.randrange(20)
        for _ in range(200):
            schedule.append((day, t))
            day += rng.randint(10, 20)
    schedule.sort()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    written = event = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for first_day, t in schedule:
            if written >= args.n:
                break
            event += 1
            tpl = stories[t]
            sentences = [s for r in tpl for s in _sentences(r["text"])]
            titles = [r["title"] for r in tpl if r.get("title")]
            if len(sentences) < 4:
                continue
            # This event's own names and figures: the same template yields distinct events.
            caps = sorted({w for s in sentences for w in _CAP.findall(s)})
            swap = {w: _name(rng) for w in caps}
            pattern = re.compile(r"\b(" + "|".join(map(re.escape, swap)) + r")\b") if swap else None
            factor = rng.uniform(0.5, 1.8)

            def vary(text: str) -> str:
                if pattern:
                    text = pattern.sub(lambda m: swap[m.group()], text)
                return _NUM.sub(lambda m: str(max(2, int(int(m.group()) * factor))), text)

            day0 = start + timedelta(days=first_day)
            reports = []
            for k in range(rng.randint(1, 8)):
                if written >= args.n:
                    break
                if reports and rng.random() < 0.05:  # a wire reprint of an earlier report
                    src = rng.choice(reports)
                    paras = src["text"].split("\n\n")
                    text = "\n\n".join([vary(rng.choice(sentences))] + paras[: max(1, len(paras) - 1)])
                    title = src["title"]
                else:
                    picked = rng.sample(sentences, k=min(len(sentences), rng.randint(6, 24)))
                    paras = [" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
                    text = vary("\n\n".join(paras))
                    title = vary(rng.choice(titles)) if titles else None
                published = day0 + timedelta(days=min(rng.choice([0, 0, 0, 1, 1, 2, 3]), 4))
                row = {"id": f"syn/{event}/{k}", "story": f"syn/{event}", "outlet": rng.choice(outlets),
                       "title": title, "published": published.isoformat(), "url": None, "language": "en",
                       "text": text}
                reports.append(row)
                written += 1
            for row in reports:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {written} articles in {event} events to {args.out}")


if __name__ == "__main__":
    main()
