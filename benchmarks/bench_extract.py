"""HTML extraction + cleaning speed and quality, on pages built at run time from ../shared/data.

    .venv/bin/python benchmarks/bench_extract.py [--pages 1000]

Each corpus text is wrapped in a page template of fictional outlets (navigation, byline, share bar,
sidebar, footer) with page junk dropped between its paragraphs: video/JavaScript notices, "Read
more:" links, newsletter and share prompts, photo credits, advertisements. The pages live in a temp
dir for the run only; nothing from ../shared enters the repository.

Prints one JSON object:
  pages_per_s_extract   extraction + cleaning in memory (trafilatura + the cleaner), one process
  pages_per_cpu_s_extract  the same per CPU-second (steadier when the machine is busy)
  pages_per_s_ingest    the whole HTML path of read_sources: read file, sniff, decode, extract, clean, id
  junk_removed          share of the injected junk lines absent from the clean text
  paragraphs_kept       share of the corpus paragraphs found in the clean text
  corpus_removed_chars  share of characters the cleaner removes from the plain corpus texts (real
                        article bodies with no junk added: the lower, the safer)
"""
from __future__ import annotations

import argparse
import html
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from newsloom.clean import clean_text
from newsloom.ingest import read_sources
from newsloom.ingest.build import Draft, finish
from newsloom.ingest.extract import extract_html

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

OUTLETS = ["Kestrel Morning Star", "The Fenwick Ledger", "Orrin Valley Times", "Coastline Daily"]
JUNK = [
    "To watch this clip, please enable JavaScript and use a web browser that supports HTML5 video",
    "Read more: Council budget talks stall again",
    "Related: Five questions about the new rail timetable",
    "Sign up for our daily newsletter to get the top stories in your inbox.",
    "Share this article on Facebook, X and WhatsApp",
    "Follow us on Instagram for the latest updates.",
    "Photo: Staff photographer / Kestrel Morning Star",
    "Advertisement",
    "Story continues below advertisement",
]

TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{title}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{date}T08:00:00Z">
<link rel="canonical" href="https://{domain}/news/{slug}">
<style>body{{font-family:serif}}</style>
<script>window.dataLayer=[];function track(){{}}</script>
</head><body>
<header><a href="/">{outlet}</a> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<main><article>
<h1>{title}</h1>
<p class="byline">By {author}</p>
{body}
</article>
<aside><h2>Most read</h2><ul>{most_read}</ul></aside>
</main>
<footer><p>&copy; 2026 {outlet}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
</body></html>
"""


def corpus() -> list[dict]:
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        if not path.name.endswith(".summaries.jsonl"):
            rows += [json.loads(line) for line in path.open(encoding="utf-8")]
    return rows


def page(row: dict, i: int, rng: random.Random) -> tuple[str, list[str], list[str]]:
    outlet = OUTLETS[i % len(OUTLETS)]
    paragraphs = [p.strip() for p in row["text"].split("\n\n") if p.strip()]
    junk = rng.sample(JUNK, k=min(3, len(JUNK)))
    parts = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    for j in junk:
        parts.insert(rng.randint(1, len(parts)), f"<p>{html.escape(j)}</p>")
    title = row.get("title") or f"Report {i}"
    most_read = "".join(f'<li><a href="/n/{k}">Headline number {k} in the sidebar</a></li>' for k in range(5))
    doc = TEMPLATE.format(
        title=html.escape(title), outlet=outlet, author="Staff reporter", date=row.get("published") or "2026-01-01",
        domain=outlet.lower().replace(" ", "-") + ".example", slug=i, body="\n".join(parts), most_read=most_read,
    )
    return doc, paragraphs, junk


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000)
    args = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA}: not found (the benchmark reads ../shared/data at run time)")
    rows = corpus()
    rng = random.Random(7)
    pages = [page(rows[i % len(rows)], i, rng) for i in range(args.pages)]

    # 1. In memory: extraction + cleaning, the work per page.
    start, cpu = time.perf_counter(), time.process_time()
    texts = []
    for i, (doc, _, _) in enumerate(pages):
        x = extract_html(doc)
        a = finish(Draft(source=f"page{i}", text=x.text, title=x.title, url=x.url, outlet=x.site_name))
        texts.append(a.text)
    extract_rate = len(pages) / (time.perf_counter() - start)
    extract_cpu_rate = len(pages) / (time.process_time() - cpu)  # what one core gives, whatever else runs

    junk_total = junk_gone = para_total = para_kept = 0
    for text, (_, paragraphs, junk) in zip(texts, pages):
        junk_total += len(junk)
        junk_gone += sum(1 for j in junk if j not in text)
        para_total += len(paragraphs)
        para_kept += sum(1 for p in paragraphs if " ".join(p.split()) in text)

    # 2. The whole HTML path of read_sources over files.
    with tempfile.TemporaryDirectory() as tmp:
        for i, (doc, _, _) in enumerate(pages):
            (Path(tmp) / f"page{i:05d}.html").write_text(doc, encoding="utf-8")
        start = time.perf_counter()
        results = list(read_sources([tmp]))
        ingest_rate = len(results) / (time.perf_counter() - start)
        failed = sum(1 for r in results if r.article is None)

    # 3. The cleaner on real article bodies: how much does it take out?
    total = removed = 0
    for row in rows:
        _, gone = clean_text(row["text"])
        total += len(row["text"])
        removed += sum(len(g.text) for g in gone)

    print(json.dumps({
        "pages": len(pages),
        "pages_per_s_extract": round(extract_rate, 1),
        "pages_per_cpu_s_extract": round(extract_cpu_rate, 1),
        "pages_per_s_ingest": round(ingest_rate, 1),
        "failed": failed,
        "junk_removed": round(junk_gone / junk_total, 4),
        "paragraphs_kept": round(para_kept / para_total, 4),
        "corpus_articles": len(rows),
        "corpus_removed_chars": round(removed / total, 6),
    }, indent=2))


if __name__ == "__main__":
    main()
