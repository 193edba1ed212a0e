"""The pure helpers behind the pages: span highlighting, quote location, the coverage chart."""
from newsloom.records import Article
from newsloom.web import views


def test_highlight_overlapping_spans_and_paragraph_breaks():
    text = "Alpha beta gamma.\n\nDelta epsilon."
    spans = [(6, 16), (11, 25), (0, 5)]  # overlapping, and one crossing the paragraph break
    paras = views.highlight(text, sorted(spans))
    assert len(paras) == 2
    assert "".join(seg.text for seg in paras[0]) == "Alpha beta gamma."
    assert "".join(seg.text for seg in paras[1]) == "Delta epsilon."
    for start, end in spans:
        key = views.anchor(start, end)
        covered = "".join(seg.text for p in paras for seg in p if key in seg.spans)
        assert covered == text[start:end].replace("\n\n", "")
        starts = [seg for p in paras for seg in p if key in seg.starts]
        assert len(starts) == 1 and starts[0].text.startswith(text[start])


def test_locate_uses_offsets_then_falls_back_to_the_quote():
    text = "The council met. The council voted."
    good = {"quote": "The council voted.", "start": 17, "end": 35}
    assert views.locate(good, text) == (17, 35)
    stale = {"quote": "The council voted.", "start": 0, "end": 18}  # offsets from an older text
    assert views.locate(stale, text) == (17, 35)
    assert views.locate({"quote": "not there", "start": 0, "end": 9}, text) is None


def test_coverage_svg_escapes_and_marks_reprints():
    arts = [Article(id="a", outlet='<script>x</script> & Co', text="t", published="2026-01-01T10:00:00Z"),
            Article(id="b", outlet="Echo", text="t", published="2026-01-02", copy_of="a"),
            Article(id="c", outlet="Undated Times", text="t")]
    svg = str(views.coverage_svg(arts))
    assert "<script>" not in svg and "&lt;script&gt;x&lt;/script&gt; &amp; Co" in svg
    assert svg.count('class="dot reprint"') == 1 and svg.count('class="dot"') == 2
    assert ">undated</text>" in svg


def test_prepare_brief_tolerates_missing_and_odd_sections():
    view = views.prepare_brief({"headline": "H", "sentences": [{"text": "S.", "status": "weird"}, "plain"],
                                "conflicts": "nonsense", "quotes": {"Ann": ["hello"]}}, [])
    assert view["headline"] == "H"
    assert [s["text"] for s in view["sentences"]] == ["S.", "plain"]
    assert view["sentences"][0]["status"] is None  # unknown statuses are not shown as one
    assert view["conflicts"] == [] and view["timeline"] == []
    assert view["quotes"] == [{"speaker": "Ann", "quotes": [{"text": "hello", "sources": []}]}]
    # a corroborated sentence notes a figure only one outlet gives; odd figure entries are skipped
    view = views.prepare_brief({"sentences": [{"text": "S.", "status": "corroborated", "figures": [
        {"figure": "12", "outlets": ["Tarn Wire"]}, {"figure": "40%", "outlets": ["A", "B"]}, "junk", {"figure": 3}]}]}, [])
    assert view["sentences"][0]["figure_notes"] == ["the figure 12 from Tarn Wire alone"]


def test_timeline_days_without_a_year_read_as_written():
    from newsloom.web.views import prepare_timeline

    assert prepare_timeline({"date": "--01-03", "when": "January 3", "statement": "x"}, {})["label"] == "January 3"
    assert prepare_timeline({"date": "2026-03-01", "when": "Sunday", "statement": "x"}, {})["label"] == "2026-03-01 (Sunday)"
