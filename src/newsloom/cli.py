"""The `newsloom` command.

Exit codes: 0 all went well; 1 some sources failed (the others were still stored); 2 bad usage or an
unusable input (store, config, outlets file, unknown id) or output that cannot be written (a full disk).
"""
from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import tomllib
from pathlib import Path

from platformdirs import user_config_dir

from . import __version__
from .store import Store, StoreError, default_db_path


class UsageError(Exception):
    """A problem with what the user asked for; printed as one line, exit code 2."""


def _config() -> dict:
    """`$NEWSLOOM_CONFIG` or the user's config.toml: optional keys `db` and `outlets`."""
    path = Path(os.environ.get("NEWSLOOM_CONFIG") or Path(user_config_dir("newsloom", appauthor=False)) / "config.toml")
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise UsageError(f"{path}: not a valid TOML config ({e})") from None


def _db_path(args) -> Path:
    return Path(args.db or os.environ.get("NEWSLOOM_DB") or _config().get("db") or default_db_path())


def _store(args) -> Store:
    return Store(_db_path(args))


def _existing_store(args) -> Store:
    """The store for a command that only reads: a mistyped --db must not leave an empty store behind."""
    path = _db_path(args)
    if str(path) != ":memory:" and not path.exists():
        raise UsageError(f"no store at {path} (`newsloom ingest --db {path} SOURCE...` creates one)")
    return Store(path)


def _outlets(args):
    path = getattr(args, "outlets", None) or _config().get("outlets")
    if not path:
        return None
    from .ingest import OutletBook

    try:
        return OutletBook.load(path)
    except (OSError, ValueError) as e:
        raise UsageError(f"{path}: cannot use as outlets file ({e})") from None


def _print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _progress(unit: str = " sources", total: int | None = None):
    """A progress bar on stderr for people; nothing for scripts and CI."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=unit, total=total, file=sys.stderr, leave=False)


def _print_failures(summary) -> None:
    for source, error in summary.failed:
        print(f"newsloom: {error if error.startswith(source) else f'{source}: {error}'}", file=sys.stderr)


# -- commands ---------------------------------------------------------------------------------
def cmd_ingest(args) -> int:
    from .pipeline import AUTO_BRIEFS, PARALLEL_FROM, ingest, write_briefs

    bar = _progress()
    briefs = 0
    with _store(args) as store:
        summary = ingest(store, args.sources, outlets=_outlets(args), allow_private=args.allow_private,
                         on_result=(lambda _s: bar.update()) if bar else None, parallel_from=PARALLEL_FROM)
        if args.briefs == "all" or (args.briefs == "auto" and len(summary.stories) <= AUTO_BRIEFS):
            if bar:
                bar.close()
                bar = _progress(" briefs", len(summary.stories))
            briefs = write_briefs(store, summary.stories, on_brief=(lambda _s: bar.update()) if bar else None)
    if bar:
        bar.close()
    _print_failures(summary)
    if args.json:
        _print_json({**summary.to_dict(), "briefs_written": briefs})
    else:
        print(f"read {summary.read}, new {summary.new}, updated {summary.updated}, "
              f"unchanged {summary.unchanged}, failed {len(summary.failed)}; "
              f"{len(summary.stories)} stories touched, {briefs} briefs written")
    return 1 if summary.failed else 0


def cmd_articles(args) -> int:
    with _existing_store(args) as store:
        arts = store.list_articles(story=args.story, outlet=args.outlet, limit=args.limit, offset=args.offset)
    if args.json:
        _print_json([{k: v for k, v in a.to_dict().items() if k not in ("text", "removed")} for a in arts])
        return 0
    for a in arts:
        print(f"{a.id}\t{a.published or '-'}\t{a.outlet}\t{a.title or a.text[:60]}")
    return 0


def cmd_article(args) -> int:
    with _existing_store(args) as store:
        a = store.get_article(args.id)
        if a is None:
            raise UsageError(f"no article with id {args.id!r} in {store.path}")
        versions = store.article_versions(a.id)
    if args.json:
        _print_json({**a.to_dict(), "versions": versions})
        return 0
    print(f"# {a.title or '(no title)'}")
    for label, value in (("id", a.id), ("outlet", a.outlet), ("url", a.url), ("published", a.published),
                         ("author", a.author), ("source", a.source), ("story", a.story),
                         ("reprint of", a.copy_of), ("old versions", len(versions) or None)):
        if value:
            print(f"{label}: {value}")
    print()
    print(a.text)
    if a.removed:
        print("\nRemoved by the cleaner:")
        for r in a.removed:
            print(f"  - [{r.reason}] {r.text}")
    return 0


def cmd_stories(args) -> int:
    with _existing_store(args) as store:
        stories = store.list_stories(limit=args.limit, offset=args.offset, query=args.query,
                                     order="coverage" if args.by_coverage else "last_seen")
    if args.json:  # "title" is what the list shows; "headline" is null until a brief is written
        _print_json([{**s.to_dict(), "title": s.display_title, "independent_outlets": len(s.outlets)}
                     for s in stories])
        return 0
    for s in stories:
        print(f"{s.id}\t{len(s.article_ids)} articles\t{len(s.outlets)} outlets\t"
              f"{_day(s.first_seen)}..{_day(s.last_seen)}\t{s.display_title}")
    return 0


def _day(published: str | None) -> str:
    """A story's first or last day as the lists show it: the day alone, whether the outlet gave a date or a
    time ('2026-03-04T08:00:00Z' -> '2026-03-04'); '-' when unknown. (--json keeps what was given.)"""
    return (published or "-")[:10]


def cmd_story(args) -> int:
    with _existing_store(args) as store:
        s = store.get_story(args.id)
        if s is None:
            raise UsageError(f"no story with id {args.id!r} in {store.path}")
        arts = store.story_articles(s.id)
    if args.json:
        _print_json({**s.to_dict(), "title": s.display_title, "articles": [
            {k: v for k, v in a.to_dict().items() if k not in ("text", "removed")} for a in arts]})
        return 0
    print(f"# {s.display_title}\n{len(arts)} articles, {len(s.outlets)} independent outlets, "
          f"{_day(s.first_seen)} .. {_day(s.last_seen)}\n")
    from .dedupe import reprint_groups

    by_id = {a.id: a for a in arts}
    copies = reprint_groups(arts)
    by_outlet: dict[str, list] = {}
    for a in arts:
        if a.copy_of not in by_id:  # originals, and copies whose original lies outside the story
            by_outlet.setdefault(a.outlet, []).append(a)
    for outlet, items in by_outlet.items():
        print(outlet)
        for a in items:
            print(f"  {a.id}\t{a.published or '-'}\t{a.title or ''}")
            for c in map(by_id.get, copies.get(a.id, [])):
                print(f"    reprinted by {c.outlet}: {c.id}\t{c.published or '-'}")
    return 0


def _render(brief: dict, fmt: str) -> str:
    from . import brief as briefs

    if fmt == "json":
        return json.dumps(brief, ensure_ascii=False, indent=2)
    if fmt == "html":
        return briefs.dict_to_html(brief)
    return briefs.dict_to_markdown(brief)


def cmd_brief(args) -> int:
    from .pipeline import story_brief

    with _existing_store(args) as store:
        try:
            brief = story_brief(store, args.story)
        except KeyError:
            raise UsageError(f"no story with id {args.story!r} in {store.path}") from None
    body = _render(brief, args.format)
    print(_html_page([body], brief.get("headline")) if args.format == "html" else body)
    return 0


# A standalone page for `--format html`: the brief fragments are escaped by the renderer; the
# style is inline in <head> because this file is opened from disk, not served with our CSP.
_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{max-width:46rem;margin:2rem auto;padding:0 1rem;font:17px/1.6 Georgia,serif;color:#1c2330}}
details.cite{{display:inline-block;margin:0 .8rem .3rem 0;vertical-align:top;font:13px/1.4 system-ui,sans-serif}}blockquote{{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #ccd}}
.status{{font:12px system-ui,sans-serif;color:#555}}table{{border-collapse:collapse}}td,th{{padding:.2rem .5rem;vertical-align:top}}</style>
</head><body>
{body}
</body></html>"""


def _html_page(fragments: list[str], title: str | None) -> str:
    import html

    return _PAGE.format(title=html.escape(title or "newsloom"), body="\n<hr>\n".join(fragments))


def cmd_run(args) -> int:
    from .pipeline import PARALLEL_FROM, run

    summary, briefs = run(args.sources, outlets=_outlets(args), allow_private=args.allow_private,
                          parallel_from=PARALLEL_FROM)
    _print_failures(summary)
    if args.format == "json":
        _print_json({"summary": summary.to_dict(), "briefs": briefs})
    elif args.format == "html":
        print(_html_page([_render(b, "html") for b in briefs], "newsloom: " + ", ".join(
            b.get("headline") or "" for b in briefs[:3])))
    else:
        print(f"<!-- read {summary.read} articles, {len(briefs)} stories, {len(summary.failed)} failed -->\n")
        print("\n\n---\n\n".join(_render(b, args.format) for b in briefs))
    return 1 if summary.failed else 0


def cmd_eval(args) -> int:
    for f in args.files:
        if not Path(f).is_file():
            raise UsageError(f"{f}: no such file")
    from .evaluate import EvalInputError

    try:
        result = _evaluate(args)
    except EvalInputError as e:
        raise UsageError(str(e)) from None
    _print_json(result)
    return 0


def _evaluate(args) -> dict:
    if args.what == "cluster":
        from .evaluate.cluster import eval_cluster

        result = eval_cluster(args.files)
    elif args.what == "reprints":
        from .evaluate.cluster import eval_reprints

        if len(args.files) != 1:
            raise UsageError("eval reprints takes one labelled JSONL file")
        result = eval_reprints(args.files[0])
    else:
        from .evaluate.brief import eval_brief

        if len(args.files) != 2:
            raise UsageError("eval brief takes a corpus JSONL file and its summaries JSONL file")
        result = eval_brief(args.files[0], args.files[1], words=args.words)
    return result


def cmd_serve(args) -> int:
    import uvicorn

    from .web import create_app

    db = _db_path(args)
    Store(db).close()  # fail now, with a clear message, if the store is unusable
    app = create_app(str(db), token=args.token or os.environ.get("NEWSLOOM_TOKEN"))
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


# -- parser -----------------------------------------------------------------------------------
def _count(least: int):
    """An argparse type: an integer of at least `least` (a page size, an offset), as the API checks them."""
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if n < least:
            raise argparse.ArgumentTypeError(f"{n} is too small: the least allowed is {least}")
        return n
    parse.__name__ = "count"  # what argparse names in its message when the value cannot be read
    return parse


def build_parser() -> argparse.ArgumentParser:
    from .pipeline import AUTO_BRIEFS

    p = argparse.ArgumentParser(prog="newsloom", description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--version", action="version", version=f"newsloom {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_db(sp):
        sp.add_argument("--db", help="SQLite store (default: $NEWSLOOM_DB, the config's db, or the user data dir)")
        return sp

    def with_sources(sp):
        sp.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="files, directories, http(s) URLs, RSS/Atom/OPML feeds, corpus JSONL")
        sp.add_argument("--outlets", metavar="FILE", help="outlets file: domain → name, country, language, owner, lean")
        sp.add_argument("--allow-private", action="store_true",
                        help="allow fetching from loopback and private addresses (local use, tests)")
        return sp

    sp = with_sources(with_db(sub.add_parser("ingest", help="read sources into the store and assign stories")))
    sp.add_argument("--json", action="store_true", help="print the summary as JSON")
    sp.add_argument("--briefs", choices=["auto", "all", "none"], default="auto",
                    help="write the briefs of the touched stories, so story lists show their headlines at once: "
                         f"all, none, or auto (when at most {AUTO_BRIEFS} stories were touched; a brief takes "
                         "about 0.7 s for a 50-article story, so a bulk load leaves them to be written when asked for)")
    sp.set_defaults(func=cmd_ingest)

    sp = with_db(sub.add_parser("articles", help="list stored articles"))
    sp.add_argument("--story"); sp.add_argument("--outlet")
    sp.add_argument("--limit", type=_count(1), default=50, help="at most this many (1 or more)")
    sp.add_argument("--offset", type=_count(0), default=0, help="skip this many first (0 or more)")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_articles)

    sp = with_db(sub.add_parser("article", help="show one article's clean text, metadata and what was removed"))
    sp.add_argument("id"); sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_article)

    sp = with_db(sub.add_parser("stories", help="list stories"))
    sp.add_argument("--limit", type=_count(1), default=50, help="at most this many (1 or more)")
    sp.add_argument("--offset", type=_count(0), default=0, help="skip this many first (0 or more)")
    sp.add_argument("--query", "-q", help="words to search for")
    sp.add_argument("--by-coverage", action="store_true", help="most independent outlets first")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_stories)

    sp = with_db(sub.add_parser("story", help="a story's articles by outlet, reprints under their original"))
    sp.add_argument("id"); sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_story)

    sp = with_db(sub.add_parser("brief", help="the cited story of one stored story"))
    sp.add_argument("story"); sp.add_argument("--format", choices=["md", "json", "html"], default="md")
    sp.set_defaults(func=cmd_brief)

    sp = with_sources(sub.add_parser("run", help="one shot: ingest into a temporary store and brief every story"))
    sp.add_argument("--format", choices=["md", "json", "html"], default="md")
    sp.set_defaults(func=cmd_run)

    sp = sub.add_parser("eval", help="measure on labelled corpora; prints one JSON object")
    sp.add_argument("what", choices=["cluster", "reprints", "brief"])
    sp.add_argument("files", nargs="+", metavar="FILE")
    sp.add_argument("--words", type=int, default=100, help="eval brief: cut each brief's prose to N words")
    sp.set_defaults(func=cmd_eval)

    sp = with_db(sub.add_parser("serve", help="the web pages and JSON API"))
    sp.add_argument("--host", default="127.0.0.1"); sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--token", help="enables POST /api/ingest for holders of this token (or $NEWSLOOM_TOKEN)")
    sp.set_defaults(func=cmd_serve)
    return p


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what is still buffered does not
    fail again (with an 'Exception ignored' traceback) on a closed pipe or a full device."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (an in-process caller's stream)
        pass


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()  # a full device shows here, while we can still report it
        return code
    except (UsageError, StoreError) as e:
        print(f"newsloom: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsloom: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`newsloom stories | head`): not an error
        _drop_stdout()
        return 0
    except OSError as e:
        if e.filename is None and e.errno not in _OUTPUT_ERRORS:
            raise  # not the output's; a bug to see whole
        print(f"newsloom: error: {e.filename or '<stdout>'}: {e.strerror or e}", file=sys.stderr)
        if e.filename is None:
            _drop_stdout()
        return 2


# What writing our output can fail with when it is redirected to a file or device: the disk or
# quota is full, the file is too big, the device failed.
_OUTPUT_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


if __name__ == "__main__":
    sys.exit(main())
