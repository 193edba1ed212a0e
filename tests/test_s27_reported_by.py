"""An outlet that only reprinted a party's press release is still named in "Reported by", under the release:
fictional articles."""

from newsloom.brief import brief_to_markdown, reported_by


def _coverage(party_reprinted_by):
    return {
        "outlets": ["Fenwick Post", "Marrow University"],
        "coverage": [
            {"outlet": "Fenwick Post", "reprinted_by": [], "press_release": None, "articles": [], "claims": []},
            {"outlet": "Marrow University", "reprinted_by": party_reprinted_by, "press_release": "Marrow University",
             "articles": [], "claims": []},
        ],
    }


def test_an_outlet_that_reprinted_a_release_is_named_under_it():
    assert reported_by(_coverage(["The Daily Quill"])) == [
        "Fenwick Post", "a statement by Marrow University (also run by The Daily Quill)"]
    assert reported_by(_coverage([])) == ["Fenwick Post", "a statement by Marrow University"]


def test_reported_by_line_in_markdown_names_the_reprinter():
    d = {"story": "s1", "headline": "Marrow study: a walk a day", "lead": None, "sentences": [], **_coverage(["The Daily Quill"])}
    md = brief_to_markdown(d)
    assert "a statement by Marrow University (also run by The Daily Quill)" in md, md
