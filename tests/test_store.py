"""The SQLite store: idempotent ingest, versions, atomic writes, migrations, clear errors."""
import sqlite3

import pytest

from newsloom import Article, Removal, Story, Store, StoreError
from newsloom.records import BRIEF_FORMAT
from newsloom.store import MIGRATIONS


def art(id="a1", text="The ferry to Kessel Island ran late on Monday.\n\nPassengers waited two hours.",
        outlet="Kessel Gazette", **kw):
    return Article(id=id, outlet=outlet, text=text, **kw)


def test_same_article_twice_changes_nothing(tmp_path):
    with Store(tmp_path / "s.db") as s:
        assert s.put_article(art(url="https://gazette.example/ferry")) == "new"
        assert s.put_article(art(url="https://gazette.example/ferry")) == "unchanged"
        # same URL under another id, same text: still the same article
        assert s.put_article(art(id="other", url="https://gazette.example/ferry")) == "unchanged"
        # same words from the same outlet, whitespace aside: unchanged
        assert s.put_article(art(id="x", text="The ferry to Kessel Island ran late on Monday.  \n\nPassengers waited two hours.")) == "unchanged"
        assert s.count_articles() == 1


def test_identical_text_from_another_outlet_is_kept(tmp_path):
    # a verbatim reprint by another outlet is evidence of reprinting, not a re-ingest
    with Store(tmp_path / "s.db") as s:
        s.put_article(art())
        assert s.put_article(art(id="a2", outlet="Island Radio")) == "new"
        assert s.count_articles() == 2


def test_changed_text_updates_and_keeps_old_version(tmp_path):
    with Store(tmp_path / "s.db") as s:
        s.put_article(art(url="https://gazette.example/ferry", title="Ferry late"))
        assert s.put_article(art(url="https://gazette.example/ferry", text="The ferry ran three hours late.")) == "updated"
        got = s.get_article("a1")
        assert got.text == "The ferry ran three hours late."
        versions = s.article_versions("a1")
        assert len(versions) == 1 and "two hours" in versions[0]["text"]


def test_record_round_trip(tmp_path):
    a = art(title="Ferry late", url="https://gazette.example/f", published="2026-02-02", author="Ona Fell",
            removed=[Removal("Share this story", "share prompt")], language="en", outlet_domain="gazette.example")
    with Store(tmp_path / "s.db") as s:
        s.put_article(a)
        assert s.get_article("a1") == a


def test_failed_transaction_leaves_nothing(tmp_path):
    with Store(tmp_path / "s.db") as s:
        s.put_article(art())
        with pytest.raises(RuntimeError):
            with s.transaction():
                s.put_article(art(id="a2", text="A second report."))
                s.put_story(Story(id="st", title="t", article_ids=["a2"]))
                raise RuntimeError("boom")
        assert s.get_article("a2") is None and s.get_story("st") is None
        assert s.count_articles() == 1


def test_nested_failure_rolls_back_only_inner(tmp_path):
    with Store(tmp_path / "s.db") as s:
        with s.transaction():
            s.put_article(art())
            with pytest.raises(ValueError):
                with s.transaction():
                    s.put_article(art(id="a2", text="Another."))
                    raise ValueError
        assert [a.id for a in s.list_articles()] == ["a1"]


def test_stories_listing_search_and_brief_cache(tmp_path):
    with Store(tmp_path / "s.db") as s:
        s.put_article(art(story="st1", published="2026-02-02"))
        s.put_article(art(id="b", outlet="Island Radio", text="Storm closes the harbour.", story="st2"))
        s.put_story(Story(id="st1", title="Ferry late", article_ids=["a1"], first_seen="2026-02-02",
                          last_seen="2026-02-02", outlets=["Kessel Gazette"]))
        s.put_story(Story(id="st2", title="Harbour closed", article_ids=["b"], first_seen="2026-02-03",
                          last_seen="2026-02-03", outlets=["Island Radio"]))
        assert [x.id for x in s.list_stories()] == ["st2", "st1"]
        assert [x.id for x in s.list_stories(query="passengers")] == ["st1"]
        assert [x.id for x in s.list_stories(outlet="Island Radio")] == ["st2"]
        assert s.get_story("st1").article_ids == ["a1"]
        s.put_brief("st1", {"headline": "Ferry late"})
        assert s.get_brief("st1") == {"headline": "Ferry late"}
        stamp = s.brief_stamp("st1")
        s.put_brief("st1", {"headline": "Ferry very late"})
        assert s.brief_stamp("st1") not in (None, stamp)
        assert s.get_story("st1").display_title == "Ferry very late"  # lists show the brief's headline
        s.put_story(Story(id="st1", title="Ferry late", article_ids=["a1"]))  # story changed: cache dropped
        assert s.get_brief("st1") is None
        assert s.get_story("st1").headline is None and s.get_story("st1").display_title == "Ferry late"


def test_a_brief_written_while_its_story_changed_is_not_served(tmp_path):
    with Store(tmp_path / "s.db") as s:
        s.put_article(art(story="st1"))
        s.put_story(Story(id="st1", title="Ferry late", article_ids=["a1"]))
        basis = s.story_stamp("st1")  # a reader starts writing the brief ...
        s.put_article(art(id="a2", text="The second ferry was cancelled.", story="st1"))
        s.put_story(Story(id="st1", title="Ferry late", article_ids=["a1", "a2"]))  # ... the story grows
        assert s.put_brief("st1", {"headline": "Ferry late, one article"}, basis=basis) is False
        assert s.get_brief("st1") is None and s.get_story("st1").headline is None
        assert [x.display_title for x in s.list_stories()] == ["Ferry late"]
        assert s.put_brief("st1", {"headline": "Ferries late"}, basis=s.story_stamp("st1"))
        assert [x.display_title for x in s.list_stories()] == ["Ferries late"]
        # a new text for one of its articles: the brief quoted the old one
        s.put_article(art(text="The ferry to Kessel Island ran three hours late on Monday.", story="st1"))
        assert s.get_brief("st1") is None and s.list_stories()[0].display_title == "Ferry late"


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="notes.db"):
        Store(bad)
    assert "my notes" in bad.read_text()  # nothing overwritten


def test_a_file_where_the_folder_should_be_is_a_clear_error(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("ferry times\n")
    for path in (notes / "s.db", notes / "deeper" / "s.db"):
        with pytest.raises(StoreError, match="notes.txt is a file, not a folder"):
            Store(path)
    assert notes.read_text() == "ferry times\n"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_schema_is_versioned(tmp_path):
    with Store(tmp_path / "s.db") as s:
        assert s.schema_version == len(MIGRATIONS)
    with Store(tmp_path / "s.db") as s:  # reopening migrates nothing twice
        assert s.schema_version == len(MIGRATIONS)


def test_briefs_of_an_older_format_are_not_served(tmp_path, monkeypatch):
    import newsloom.store as store_module

    with Store(tmp_path / "s.db") as s:
        s.put_story(Story(id="st1", title="t", article_ids=[]))
        s.put_brief("st1", {"headline": "old"})
        monkeypatch.setattr(store_module, "BRIEF_FORMAT", "newer")
        assert s.get_brief("st1") is None and s.brief_stamp("st1") is None
        s.put_brief("st1", {"headline": "new"})
        assert s.get_brief("st1") == {"headline": "new"}


def _store_at(path, version: int) -> sqlite3.Connection:
    """A store file as code of schema `version` left it (its first `version` migrations), still open."""
    con = sqlite3.connect(path)
    con.executescript("".join(MIGRATIONS[:version]) + f"PRAGMA user_version={version};")
    return con


def test_a_version_1_store_is_migrated_keeping_its_articles(tmp_path):
    path = tmp_path / "old.db"
    con = _store_at(path, 1)
    con.execute("INSERT INTO articles (id, outlet, text, content_hash, added_at, updated_at) "
                "VALUES ('a1', 'Kessel Gazette', 'The ferry ran late.', 'h', 'now', 'now')")
    con.execute("INSERT INTO briefs (story_id, json, built_at) VALUES ('st1', '{}', 'now')")
    con.commit()
    con.close()
    with Store(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        assert s.get_article("a1").text == "The ferry ran late."
        assert s.get_brief("st1") is None  # written by older code: rewritten on demand


def test_a_version_3_store_keeps_its_briefs_current_and_their_headlines(tmp_path):
    path = tmp_path / "v3.db"
    con = _store_at(path, 3)
    con.execute("INSERT INTO stories (id, title, updated_at) VALUES ('st1', 'Fourteen hurt as ferry runs aground', 'now')")
    con.execute("INSERT INTO briefs (story_id, json, built_at, format) VALUES (?, ?, 'now', ?)",
                ("st1", '{"headline": "Ferry runs aground off Kessel"}', BRIEF_FORMAT))
    con.commit()
    con.close()
    with Store(path) as s:
        assert s.get_brief("st1") == {"headline": "Ferry runs aground off Kessel"}
        assert s.get_story("st1").display_title == "Ferry runs aground off Kessel"
        s.put_story(Story(id="st1", title="Fourteen hurt as ferry runs aground", article_ids=[]))
        assert s.get_story("st1").display_title == "Fourteen hurt as ferry runs aground"


def test_a_version_4_store_is_migrated_and_its_stories_continue(tmp_path):
    from newsloom.pipeline import assign_stories

    path = tmp_path / "v4.db"
    con = _store_at(path, 4)
    text = "A fire closed the Kessel sawmill on Friday; crews fought it for six hours."
    con.execute("INSERT INTO articles (id, outlet, title, published, text, content_hash, story, added_at, "
                "updated_at) VALUES ('f1', 'Kessel Gazette', 'Fire closes Kessel sawmill', '2026-02-06', ?, 'h', "
                "'st1', 'now', 'now')", (text,))
    con.execute("INSERT INTO stories (id, title, updated_at) VALUES ('st1', 'Fire closes sawmill', 'now')")
    con.commit()
    con.close()
    with Store(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        assert s.get_article("f1").story == "st1"
        assert s.provisional_ids() == set()  # stored before the marks: read as firm members
        follow_up = art(id="f2", outlet="Tarn Wire", published="2026-02-06",
                        title="Kessel sawmill fire: crews fought blaze for six hours",
                        text="Crews fought a fire at the Kessel sawmill for six hours on Friday, closing it.")
        s.put_article(follow_up)
        assign_stories(s, [s.get_article("f2")])
        assert s.get_article("f2").story == "st1"
        assert s.get_story("st1").article_ids == ["f1", "f2"]


def test_same_text_from_the_same_place_under_another_outlet_is_renamed_in_place(tmp_path):
    with Store(tmp_path / "s.db") as s:
        s.put_article(art(id="kessel-gazette-1", outlet="gazette.example", url="https://gazette.example/ferry",
                          story="st1"))
        s.put_story(Story(id="st1", title="Ferry late", article_ids=["kessel-gazette-1"]))
        s.put_brief("st1", {"headline": "Ferry late"})
        renamed = art(id="other-id", outlet="Kessel Gazette", url="https://gazette.example/ferry")
        assert s.put_article(renamed) == "updated"
        assert (renamed.id, renamed.story) == ("kessel-gazette-1", "st1")  # the stored one, kept
        assert [a.outlet for a in s.list_articles()] == ["Kessel Gazette"]
        assert s.get_brief("st1") is None  # its brief named the old outlet
        # a file without a URL is known by its source path
        s.put_article(art(id="unknown-1", outlet="Unknown (quay.txt)", text="The quay reopens.", source="/n/quay.txt"))
        assert s.put_article(art(id="tarn-wire-1", outlet="Tarn Wire", text="The quay reopens.",
                                 source="/n/quay.txt")) == "updated"
        assert s.get_article("unknown-1").outlet == "Tarn Wire" and s.get_article("tarn-wire-1") is None
        # posts share one source: the same words posted for two outlets are two articles
        s.put_article(art(id="p1", outlet="Moor Echo", text="Gale warning.", source="POST /api/ingest"))
        assert s.put_article(art(id="p2", outlet="Fen Post", text="Gale warning.", source="POST /api/ingest")) == "new"
