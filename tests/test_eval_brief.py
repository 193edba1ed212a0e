"""`eval brief` on a small fictional corpus written for this test."""
import json

import pytest

from newsloom.evaluate.brief import EvalInputError, eval_brief, rouge

STORY_A = [
    ("Gullwing Wire", "A storm flooded the harbour district of Pellam on Monday, forcing 300 families from their homes. "
     "The city council opened two schools as shelters, the mayor said."),
    ("Harbour Radio", "About 300 families left their homes in Pellam's harbour district after Monday's storm flooded "
     "the streets. The mayor said two schools were opened as shelters."),
]
STORY_B = [
    ("Tollbridge Gazette", "The Tollbridge football club appointed Rosa Kell as its new coach on Friday. "
     "Kell previously coached the Pellam youth team for six years."),
]
SUMMARIES = {
    "a": ["A storm flooded Pellam's harbour district on Monday; 300 families left their homes and two schools became shelters."],
    "b": ["Tollbridge appointed Rosa Kell, formerly the Pellam youth coach, as its new football coach."],
}


@pytest.fixture()
def corpus(tmp_path):
    rows = []
    for story, items in (("a", STORY_A), ("b", STORY_B)):
        for i, (outlet, text) in enumerate(items):
            rows.append({"id": f"t/{story}{i}", "story": story, "outlet": outlet, "title": None,
                         "published": "2026-05-12", "url": None, "language": "en", "text": text})
    c = tmp_path / "c.jsonl"
    c.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    s = tmp_path / "c.summaries.jsonl"
    s.write_text("\n".join(json.dumps({"story": k, "summaries": v}) for k, v in SUMMARIES.items()) + "\n")
    return c, s


def test_eval_brief_reports_rouge_and_attribution(corpus):
    result = eval_brief(*corpus, words=100)
    assert result["stories"] == 2
    for key in ("rouge1_recall", "rouge1_f1", "rouge2_recall", "rouge2_f1", "rougeL_recall", "rougeL_f1"):
        assert 0 <= result[key] <= 100
    assert result["rouge1_recall"] > 40  # the briefs say what the summaries say
    assert result["cited"] == 1.0 and result["verbatim"] == 1.0 and result["supported"] == 1.0
    assert result["statuses"].get("corroborated", 0) >= 1  # both outlets report the flood
    json.dumps(result)


def test_words_cuts_the_prose(corpus):
    short = eval_brief(*corpus, words=5)
    full = eval_brief(*corpus, words=None)
    assert short["rouge1_recall"] < full["rouge1_recall"]


def test_rouge_prefers_the_matching_text():
    ref = ["The storm flooded the harbour district."]
    assert rouge("A storm flooded the harbour district", ref)["rouge1_recall"] > \
        rouge("The coach was appointed on Friday", ref)["rouge1_recall"]


def test_bad_inputs_name_the_file_and_line(tmp_path, corpus):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "story": "a", "text": "t"}\nnot json\n')
    with pytest.raises(EvalInputError, match=r"bad.jsonl:2: not JSON"):
        eval_brief(bad, corpus[1])
    with pytest.raises(EvalInputError, match="no such file"):
        eval_brief(tmp_path / "missing.jsonl", corpus[1])
    other = tmp_path / "other.summaries.jsonl"
    other.write_text(json.dumps({"story": "zzz", "summaries": ["x"]}) + "\n")
    with pytest.raises(EvalInputError, match="no story in it matches"):
        eval_brief(corpus[0], other)


def test_per_story_scores_add_up_to_the_mean(corpus):
    from newsloom.evaluate.brief import eval_summaries

    ours: dict[str, float] = {}
    result = eval_brief(*corpus, words=100, per_story=ours)
    assert len(ours) == result["stories"] == 2
    assert abs(100 * sum(ours.values()) / len(ours) - result["rouge1_recall"]) < 0.01
    first: dict[str, float] = {}
    base = eval_summaries(*corpus, lambda s, arts: arts[0].text, words=100, per_story=first)
    assert set(first) == set(ours) and abs(100 * sum(first.values()) / 2 - base["rouge1_recall"]) < 0.01
