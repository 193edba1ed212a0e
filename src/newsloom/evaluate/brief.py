"""`newsloom eval brief`: ROUGE against human summaries, and how well the brief's citations hold up.

For every gold story of a corpus JSONL file that has human summaries, write the brief and measure:
- ROUGE-1/2/L recall and F1 (rouge-score, Porter stemming) of the brief's prose (its sentences as a
  reader reads them, credits included), cut to `words` words, averaged over the story's reference
  summaries, then over stories; `statements_rouge1_recall` is the same without the credits;
- cited: share of sentences with at least one source;
- verbatim: share of quotes found character for character at their offsets in the cited article;
- supported: share of sentence–source pairs whose names, figures and content words are all found in
  the quote (`newsloom.text.support`): those of the statement and of the speaker its credit names
  ("… she said (Ilse Varga, via Harbour Radio)": Ilse Varga must be in the quote too).
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

from rouge_score import rouge_scorer

from ..brief import brief_prose, credited_speaker, write_brief
from . import EvalInputError, read_jsonl
from ..records import Article, Story
from ..text import support

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
_scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def read_corpus(path: str | Path) -> dict[str, list[Article]]:
    """Articles of a corpus JSONL file grouped by their gold `story` label, in file order."""
    stories: dict[str, list[Article]] = defaultdict(list)
    for n, row in read_jsonl(path):
        for key in ("id", "story", "text"):
            if not row.get(key) and row.get(key) != "":
                raise EvalInputError(f"{path}:{n}: missing {key!r}")
        stories[str(row["story"])].append(Article(
            id=str(row["id"]), outlet=row.get("outlet") or "unknown outlet", text=row["text"] or "",
            title=row.get("title"), url=row.get("url"), published=row.get("published"),
            language=row.get("language"), gold_story=str(row["story"])))
    return dict(stories)


def read_summaries(path: str | Path) -> dict[str, dict[str, Any]]:
    out = {}
    for n, row in read_jsonl(path):
        if "story" not in row or not isinstance(row.get("summaries"), list):
            raise EvalInputError(f"{path}:{n}: expected {{'story': ..., 'summaries': [...]}}")
        out[str(row["story"])] = row
    return out


def rouge(candidate: str, references: list[str]) -> dict[str, float]:
    """ROUGE-1/2/L recall and F1 of `candidate`, averaged over the references."""
    acc: dict[str, float] = defaultdict(float)
    refs = [r for r in references if r and r.strip()]
    for ref in refs:
        scores = _scorer.score(ref, candidate)
        for t in ROUGE_TYPES:
            acc[f"{t}_recall"] += scores[t].recall
            acc[f"{t}_f1"] += scores[t].fmeasure
    return {k: v / len(refs) for k, v in acc.items()} if refs else {}


def cut_words(text: str, words: int | None) -> str:
    return text if words is None else " ".join(text.split()[:words])


def eval_summaries(corpus_path: str | Path, summaries_path: str | Path, summarize: Callable[[Story, list[Article]], str],
                   words: int | None = 100, per_story: dict[str, float] | None = None) -> dict[str, Any]:
    """ROUGE of any summariser (story, articles) -> text over the stories with summaries (for baselines).
    `per_story`, when given, receives each story's ROUGE-1 recall (for paired comparisons)."""
    stories = read_corpus(corpus_path)
    refs = read_summaries(summaries_path)
    totals: dict[str, float] = defaultdict(float)
    n = 0
    for sid, row in refs.items():
        arts = stories.get(sid)
        if not arts:
            continue
        text = cut_words(summarize(Story(sid, "", [a.id for a in arts]), arts), words)
        scores = rouge(text, row["summaries"])
        for k, v in scores.items():
            totals[k] += v
        if per_story is not None:
            per_story[sid] = scores.get("rouge1_recall", 0.0)
        n += 1
    return {"stories": n, **{k: round(100 * v / n, 2) for k, v in sorted(totals.items())}} if n else {"stories": 0}


def eval_brief(corpus_path: str | Path, summaries_path: str | Path, words: int | None = 100,
               per_story: dict[str, float] | None = None) -> dict[str, Any]:
    """Write a brief per gold story with summaries; ROUGE (x100) and attribution figures as one dict.
    `per_story`, when given, receives each story's ROUGE-1 recall (for paired comparisons)."""
    stories = read_corpus(corpus_path)
    refs = read_summaries(summaries_path)
    totals: dict[str, float] = defaultdict(float)
    n_stories = sentences = cited = quotes = verbatim = pairs = supported = 0
    seconds = 0.0
    statuses: dict[str, int] = defaultdict(int)
    for sid, row in refs.items():
        arts = stories.get(sid)
        if not arts:
            continue
        by_id = {a.id: a for a in arts}
        t0 = time.perf_counter()
        brief = write_brief(Story(sid, "", [a.id for a in arts]), arts)
        seconds += time.perf_counter() - t0
        n_stories += 1
        scores = rouge(brief_prose(brief, words), row["summaries"])
        for k, v in scores.items():
            totals[k] += v
        if per_story is not None:
            per_story[sid] = scores.get("rouge1_recall", 0.0)
        # the same cut of the statements alone, without the credits, shows what citing costs in words
        bare = cut_words(" ".join(s.statement for s in brief.sentences), words)
        totals["statements_rouge1_recall"] += rouge(bare, row["summaries"]).get("rouge1_recall", 0.0)
        for s in brief.sentences:
            sentences += 1
            statuses[s.status] += 1
            cited += bool(s.sources)
            for src in s.sources + s.also_reported_by:
                quotes += 1
                a = by_id.get(src.article_id)
                verbatim += bool(a is not None and a.text[src.start: src.end] == src.quote)
            # what the reader reads is checked: the statement and the speaker its credit names
            speaker = credited_speaker(s.credit)
            claimed = f"{s.statement} {speaker}" if speaker else s.statement
            for src in s.sources:
                pairs += 1
                supported += support(claimed, src.quote).ok()
    if not n_stories:
        raise EvalInputError(f"{summaries_path}: no story in it matches a story of {corpus_path}")
    return {
        "corpus": str(corpus_path),
        "stories": n_stories,
        "words": words,
        **{k: round(100 * v / n_stories, 2) for k, v in sorted(totals.items())},
        "sentences": sentences,
        "statuses": dict(sorted(statuses.items())),
        "cited": round(cited / sentences, 4) if sentences else None,
        "verbatim": round(verbatim / quotes, 4) if quotes else None,
        "supported": round(supported / pairs, 4) if pairs else None,
        "sentence_source_pairs": pairs,
        "seconds_per_brief": round(seconds / n_stories, 4),
    }
