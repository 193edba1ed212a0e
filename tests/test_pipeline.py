"""The pipeline's own steps: per-outlet boilerplate across articles, outlet metadata, one-shot run."""
import json

from newsloom import Store
from newsloom.pipeline import ingest

PLUG = "Kessel Gazette is funded by readers like you. Support local reporting today."


def write_corpus(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_boilerplate_repeating_across_an_outlets_articles_is_removed(tmp_path):
    topics = ["The ferry to Kessel Island ran three hours late on Monday after an engine fault.",
              "The town council approved a new cycle lane along the harbour road on Tuesday.",
              "A storm knocked out power to four hundred homes in the north of Kessel overnight.",
              "The Kessel library will open on Sundays from next month, its director said."]
    rows = [{"id": f"g{i}", "story": None, "outlet": "Kessel Gazette", "title": None, "published": f"2026-02-0{i+1}",
             "url": None, "language": "en", "text": f"{t}\n\n{PLUG}"} for i, t in enumerate(topics)]
    write_corpus(tmp_path / "g.jsonl", rows)
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(tmp_path / "g.jsonl")])
        assert summary.new == 4
        for a in store.list_articles():
            assert PLUG not in a.text
            assert any(r.text == PLUG for r in a.removed)
            assert a.text.strip()  # the report itself is kept


def test_one_articles_own_sentences_are_not_boilerplate(tmp_path):
    # versions of one story share sentences; that is not boilerplate
    base = "Fire crews fought a blaze at the Kessel sawmill for six hours on Friday."
    rows = [{"id": f"v{i}", "story": None, "outlet": "Kessel Gazette", "title": None, "published": "2026-02-06",
             "url": None, "language": "en", "text": f"{base}\n\nUpdate {i}: crews remain at the scene."}
            for i in range(4)]
    write_corpus(tmp_path / "v.jsonl", rows)
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(tmp_path / "v.jsonl")])
        assert all(base in a.text for a in store.list_articles())


def test_outlet_metadata_from_the_outlets_file_is_stored(tmp_path):
    from newsloom.ingest import OutletBook

    book_path = tmp_path / "outlets.json"
    book_path.write_text(json.dumps({"gazette.example": {"name": "Kessel Gazette", "country": "KS", "lean": "centre"}}))
    rows = [{"id": "g1", "story": None, "outlet": "Kessel Gazette", "title": "Ferry late", "published": "2026-02-01",
             "url": "https://gazette.example/ferry", "language": "en", "text": "The ferry ran late on Monday."}]
    write_corpus(tmp_path / "g.jsonl", rows)
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(tmp_path / "g.jsonl")], outlets=OutletBook.load(book_path))
        [outlet] = store.list_outlets()
        assert (outlet.name, outlet.country, outlet.lean) == ("Kessel Gazette", "KS", "centre")


def test_a_file_ingested_again_under_a_better_outlet_name_is_renamed_not_stored_twice(tmp_path):
    from newsloom.ingest import OutletBook

    (tmp_path / "news").mkdir()
    for name, text in (("quay.txt", "Repairs to the north quay of Kessel harbour begin on Monday, the harbour board said."),
                       ("quay-wire.txt", "KESSEL (Tarn Wire) - Work on Kessel's damaged north quay starts Monday, "
                                         "harbour officials said; ferries will dock at the south quay for three weeks.")):
        (tmp_path / "news" / name).write_text(f"Quay repairs start after ferry grounding\n\n{text}\n")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(tmp_path / "news")])
        before = {a.id: a.outlet for a in store.list_articles()}
        assert sorted(before.values()) == ["Tarn Wire", "Unknown (quay.txt)"]
        # the user names the outlet behind the plain file (by an alias the file's credit line now uses)
        (tmp_path / "news" / "quay.txt").write_text("Credited from: Kessel Echo\n\nQuay repairs start after ferry "
                                                    "grounding\n\nRepairs to the north quay of Kessel harbour begin "
                                                    "on Monday, the harbour board said.\n")
        book = tmp_path / "outlets.json"
        book.write_text(json.dumps({"kessel-echo.example": {"name": "The Kessel Echo", "aliases": ["Kessel Echo"]}}))
        summary = ingest(store, [str(tmp_path / "news")], outlets=OutletBook.load(book))
        assert (summary.new, summary.updated, summary.unchanged) == (0, 1, 1)
        after = {a.id: a.outlet for a in store.list_articles()}
        assert set(after) == set(before)  # same ids: renamed in place, not stored again
        assert sorted(after.values()) == ["Tarn Wire", "The Kessel Echo"]
        outlets = [o for st in store.list_stories() for o in st.outlets]
        assert "The Kessel Echo" in outlets and not any(o.startswith("Unknown") for o in outlets)


def test_articles_stored_by_an_ingest_that_stopped_before_stories_get_them_next_time(tmp_path):
    # An ingest interrupted after storing its articles (Ctrl-C, a crash) left them without a story;
    # reading the same file again finds them unchanged, and must still give them their story.
    rows = [{"id": f"q{i}", "outlet": outlet, "title": "Quake shakes Port Emberly", "published": "2025-03-04",
             "text": f"A strong earthquake shook Port Emberly on Tuesday, {outlet} reported, and the old "
                     f"market hall partly collapsed. Rescue teams searched the rubble through the morning."}
            for i, outlet in enumerate(["Northgate Wire", "Lowland Herald"])]
    write_corpus(tmp_path / "q.jsonl", rows)
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(tmp_path / "q.jsonl")], stories=False)  # stored, no story yet
        assert all(a.story is None for a in store.list_articles())
        summary = ingest(store, [str(tmp_path / "q.jsonl")])
        assert summary.unchanged == 2 and summary.new == 0
        stored = store.list_articles()
        assert all(a.story for a in stored)
        assert len({a.story for a in stored}) == 1
        assert summary.stories == [stored[0].story]


def _write_texts(folder, files):
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_one_outlets_template_for_two_robberies_is_not_a_reprint(tmp_path):
    template = ("Published: 2026-08-10T{hour}:00:00Z\nURL: https://{site}/bank\nArmed men rob bank in {town}\n\n"
                "Two armed men robbed a branch of Kestrel Bank in {town} on Monday and escaped with about "
                "{sum} crowns, police said.\n\nNo one was hurt, police said.\n")
    _write_texts(tmp_path / "news", {
        "a-greyhaven.txt": template.format(hour=13, site="greyhaven-post.example", town="Greyhaven", sum="40,000"),
        "b-pellow.txt": template.format(hour=15, site="fenwick-ledger.example", town="Pellow", sum="25,000"),
    })
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(tmp_path / "news")])
        arts = store.list_articles()
        assert [a.copy_of for a in arts] == [None, None]
        # Each outlet reported on its own. (The clusterer still files the Pellow report with Greyhaven's, but
        # only provisionally, as a stranger to it: its locale rule now has its say instead of a forced join.)
        assert sorted(o for st in store.list_stories() for o in st.outlets) == [
            "fenwick-ledger.example", "greyhaven-post.example"]


def test_a_single_path_is_one_source_not_a_list_of_characters(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a relative name: before, each character was read as a source ("/": the root)
    _write_texts(tmp_path / "news", {
        "ferry.txt": "Ferry runs late\n\nThe Tarn ferry ran three hours late on Monday after an engine fault.\n",
        "lane.txt": "Cycle lane approved\n\nThe Tarn council approved a new cycle lane along the harbour road.\n",
    })
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, "news")
        assert (summary.read, summary.failed) == (2, [])
        summary = ingest(store, tmp_path / "news" / "ferry.txt")  # a Path too
        assert (summary.read, summary.unchanged, summary.failed) == (1, 1, [])


def test_a_fragment_too_short_to_be_an_article_is_refused_naming_its_file(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "fire.txt").write_text(
        "Fire guts bakery in Orwen\n\nA fire gutted the Corran bakery in Orwen overnight, the fire brigade said. "
        "No one was hurt.\n", encoding="utf-8")
    (tmp_path / "news" / "scrap.txt").write_text("A fire", encoding="utf-16")
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [str(tmp_path / "news")])
        assert summary.read == 1
        [(source, error)] = summary.failed
        assert source.endswith("scrap.txt") and "too short to be an article" in error
        [story] = store.list_stories()
        assert story.outlets == ["Unknown (fire.txt)"]


def test_the_earliest_report_of_the_day_is_the_original_whatever_its_file_name(tmp_path):
    story = ("The death toll from a landslide that buried houses in the hill village of Marrow Fell on Tuesday "
             "rose to seven, police said.\n\nThe slide struck at about 3 a.m. after two days of heavy rain, police "
             "spokesman Ivo Brandt said. Rescuers were searching for four people still missing.\n\n"
             "About 30 families have been moved to a school in the nearby town of Quillby.\n")
    _write_texts(tmp_path / "news", {
        # the copy's name sorts first; it was published two and a half hours after the wire's story
        "a-copy.txt": ("Published: 2026-05-12T13:30:00Z\nURL: https://harbour-gazette.example/marrow-fell\n"
                       "Seven dead as mud buries Marrow Fell homes\n\nA quiet hill village woke to a roar.\n\n"
                       f"{story}\n(Reporting by Tarn Wire)\n"),
        "b-wire.txt": ("Published: 2026-05-12T11:00:00Z\nDeath toll in Marrow Fell landslide rises to seven\n\n"
                       f"MARROW FELL (Tarn Wire) - {story}"),
    })
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(tmp_path / "news")])
        by_time = {a.published: a for a in store.list_articles()}
        wire, copy = by_time["2026-05-12T11:00:00Z"], by_time["2026-05-12T13:30:00Z"]
        assert (wire.outlet, wire.copy_of, copy.copy_of) == ("Tarn Wire", None, wire.id)


def test_the_too_short_check_keeps_no_article_in_the_words_cache():
    """The ingest counts each article's words once: a short article's words kept in text's cache would hold
    every short article of a large ingest in memory (73 MB for 100,000 articles)."""
    from newsloom import text
    from newsloom.pipeline import too_short
    from newsloom.records import Article

    body = ("The Velmar ferry ran aground off Quessin Point on Sunday, the harbour office said. "
            "All 41 passengers were taken ashore by the Tarrow lifeboat crew.")
    article = Article(id="velmar-ferry", text=body, outlet="Quessin Courier")
    before = text._words_of.cache_info().misses
    assert too_short(article) is None
    assert text._words_of.cache_info().misses == before  # read, not kept
    assert text.word_count(body) == len(text.words(body))
    assert "(2 words of text" in too_short(Article(id="scrap", text="A ferry.", outlet="Quessin Courier"))
