"""list, show and validate."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.commands.context import Context
from reader.commands.history import cmd_history
from reader.commands.listing import print_listing, stale_note
from reader.commands.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    console,
    escape,
    language,
    print_json,
    since_date,
    until_date,
    warn,
)
from reader.core.errors import LibraryError, ReaderError
from reader.core.library import Library
from reader.core.text.clean import visible

if TYPE_CHECKING:
    from reader.core.search import SearchIndex
from reader.core.model import LANGUAGES, Release, listing_marks


def report_problems(library: Library) -> None:
    for problem in library.problems:
        warn(f"skipped broken release: {problem}")


def _search(args: argparse.Namespace, ctx: Context) -> int:
    """list with --search or a filter: answered by the full-text index, not by reading the library;
    by the files when the index cannot be used (busy past the wait, damaged), never a failure."""
    from reader.core.search_files import search_library
    from reader.core.search_schema import IndexUnavailable

    if args.search is not None and not any(ch.isalnum() for ch in args.search):
        # punctuation alone asks for nothing: listing every release would read as 'all match'
        raise CommandError(f"--search {args.search!r} has no word or number to search for")
    filters = {"lang": args.lang, "issuer": args.issuer, "since": args.since, "until": args.until}
    try:
        # --lang narrows the releases, the words are searched in every language's text, as the files'
        # search does (F2: 'list --search fietsbrug --lang fr' found none, the word in the Dutch alone)
        hits = open_index(ctx).search(
            args.search or "", sort=args.sort, limit=args.limit, words_anywhere=True, **filters
        )
    except IndexUnavailable as exc:
        warn(f"{exc}; searching the release files instead")
        hits = search_library(ctx.library, args.search or "", limit=args.limit, **filters)
    hits = [h for h in hits if _of_kind(h.listing.get("languages") or {}, args)]
    if args.json:  # the same fields as without --search: a script's filter on out_of_date holds
        print_json(
            [
                {
                    **UNSEARCHED,
                    **hit.to_json(),
                    "snippet": hit.snippet or None,
                    "title": _titled(hit.listing, args.lang),
                    "out_of_date": _stale(ctx, hit.listing),
                }
                for hit in hits
            ]
        )
        return EXIT_OK
    rows = [
        (
            h.listing["id"],
            h.listing["date"],
            listing_marks(h.listing),
            _titled(h.listing, args.lang),
            h.snippet,
        )
        for h in hits
    ]
    print_listing(rows, f"{len(hits)} release(s) found in {ctx.library_root}")
    return EXIT_OK


# What only a search gives, null in every other row: each row has the same keys, searched or not (a
# script reading `issuers` or `snippet` failed on a plain listing: trial J)
UNSEARCHED: dict[str, None] = {"issuers": None, "snippet": None}


def _titled(listing: dict[str, Any], lang: str | None) -> Any:
    titles = listing.get("titles")
    return titles.get(lang or "", listing.get("title")) if isinstance(titles, dict) else listing.get("title")


def _stale(ctx: Context, listing: dict[str, Any]) -> list[str]:
    """The machine versions of a hit translated from an original replaced since (only those are read:
    a search answers from the index, without reading the library)."""
    from reader.core.validation import out_of_date

    languages = listing.get("languages") or {}
    machine = [c for c, v in languages.items() if isinstance(v, dict) and v.get("provenance") == "machine"]
    if not machine:
        return []
    try:
        release = ctx.library.get(str(listing["id"]))
    except ReaderError:
        return []
    return [code for code in machine if out_of_date(release, code)]


def _of_kind(languages: dict[str, Any], args: argparse.Namespace) -> bool:
    """--provenance: the version of --lang (else any version) is of that kind ('official' French,
    not a machine translation of it)."""
    if not args.provenance:
        return True
    codes = [args.lang] if args.lang else list(languages)
    return any(isinstance(languages.get(c), dict) and languages[c].get("provenance") == args.provenance for c in codes)


def open_index(ctx: Context) -> SearchIndex:
    """The library's search index, brought up to date (quickly: folder mtimes); a long first build
    shows a progress bar on stderr when it is a terminal. Ctrl-C keeps what was indexed so far."""
    from reader.core.search import SearchIndex

    index = SearchIndex(ctx.library_root, ctx.settings.search_index)
    with progress_bar() as progress:
        index.update(progress=progress, quick=True, processes=os.cpu_count() or 1)
    return index


@contextlib.contextmanager
def progress_bar(
    label: str = "indexing the library", min_total: int = 500, quiet: bool = False
) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on a terminal's stderr that appears only once there is much to do."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        label,
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console(stderr=True),
        transient=True,
        disable=not console(stderr=True).is_terminal,
    )
    task = None

    def progress(done: int, total: int) -> None:
        nonlocal task
        if total <= min_total:
            return
        if task is None:
            bar.start()
            task = bar.add_task("index", total=total)
        bar.update(task, completed=done)

    try:
        yield progress
    finally:
        if task is not None:
            bar.stop()


def cmd_index(args: argparse.Namespace, ctx: Context) -> int:
    """Build or check the search index whole (every file's stamp), with a progress bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from reader.core.search import SearchIndex

    index = SearchIndex(ctx.library_root, ctx.settings.search_index)
    if args.rebuild and index.path is not None:
        index.path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{index.path}{suffix}").unlink(missing_ok=True)
    with Progress(
        "indexing",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console(stderr=True),
        transient=True,
        disable=args.json or not console(stderr=True).is_terminal,  # a bar on a pipe left a blank line
    ) as bar:
        task = bar.add_task("index", total=None)
        stats = index.update(
            progress=lambda done, total: bar.update(task, completed=done, total=total), processes=os.cpu_count() or 1
        )
    data = {
        "index": str(index.path),
        "releases": index.count(),
        "added": stats.added,
        "changed": stats.changed,
        "removed": stats.removed,
        "broken": stats.broken,
        "seconds": round(stats.seconds, 2),
    }
    if args.json:
        print_json(data)
    else:
        console().print(
            f"{data['releases']} releases indexed in {escape(str(index.path))} "
            f"(+{stats.added} ~{stats.changed} -{stats.removed}, {stats.broken} broken, "
            f"{stats.seconds:.1f} s)"
        )
    return EXIT_OK


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    if args.sort == "relevance" and not args.search:
        # relevance ranks the hits of words: with none, the order asked for would silently be the date's
        raise CommandError("--sort relevance ranks the hits of --search WORDS; give the words to search for")
    if args.search or args.issuer or args.since or args.until:
        return _search(args, ctx)
    library = ctx.library
    report_problems(library)
    releases = [r for r in library.filter(lang=args.lang) if _of_kind(r.to_json()["languages"], args)]
    releases = releases[: args.limit]  # --limit N: the newest N
    from reader.core.validation import out_of_date

    # machine versions translated from an original replaced since: said, so nobody reads them as current
    stale = {r.id: [code for code in r.languages if out_of_date(r, code)] for r in releases}
    if args.json:
        # 'title' in the language listed, as the table shows it (a script's .title read the original's)
        listed = [{**r.to_json(), "title": r.title(args.lang), "out_of_date": stale[r.id]} for r in releases]
        print_json([{**row, **UNSEARCHED} for row in listed])
        return EXIT_OK
    rows = [
        (r.id, r.date.isoformat(), r.language_marks(), r.title(args.lang) + stale_note(stale[r.id]), "")
        for r in releases
    ]
    print_listing(rows, f"{len(releases)} of {len(library)} releases in {visible(str(library.root))}")
    if not len(library):  # as the TUI says it: where releases come from
        console().print(
            "[dim]The library is empty: press-reader import FILE (a saved page, .txt .md .html .pdf .docx)[/]"
        )
    return EXIT_OK


def pick_language(release: Release, lang: str | None) -> str:
    code = lang or release.original_language
    if code not in LANGUAGES:
        raise CommandError(f"unknown language '{code}' (known: {', '.join(LANGUAGES)})")
    if code not in release.versions:
        raise CommandError(
            f"release '{release.id}' has no '{code}' version (it has: {', '.join(release.languages)}); "
            f"try: press-reader translate {release.id} --to {code} --save"
        )
    return code


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    release = ctx.library.get(args.id)
    code = pick_language(release, args.lang)
    version = release.versions[code]
    try:
        version.blocks  # noqa: B018 - surface an unreadable body as one clear error
    except LibraryError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json(release.to_json(with_blocks=code))
        return EXIT_OK
    if args.plain:
        from reader.core.body import to_markdown

        sys.stdout.write(f"{version.title}\n\n" + to_markdown(version.body))
        return EXIT_OK
    from reader.render import render_version

    # piped into a file, a paragraph stays one line, as copied text should (no wrap, no padding)
    piped = not sys.stdout.isatty()
    console(soft_wrap=piped).print(render_version(release, code, piped=piped))
    return EXIT_OK


def cmd_original(args: argparse.Namespace, ctx: Context) -> int:
    """The version the reader opens and side by side and review set on the left (an import makes the
    first file's the original: a folder's French file, sorting first, made every pair French-led)."""
    from reader.core.original import set_original

    release = set_original(ctx.library, args.id, args.lang)
    if args.json:
        print_json({"id": release.id, "original_language": release.original_language})
    else:
        print(f"{release.id}: the original is now the '{release.original_language}' version")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.review.damaged import damaged_states

    library = ctx.library
    reviews = ctx.settings.reviews_of(library.root)
    problems = library.validate() + damaged_states((release.id for release in library.releases), reviews)
    if args.json:
        print_json({"releases": len(library), "problems": [p.to_json() for p in problems]})
    else:
        out = console()
        for problem in problems:  # one line each, however long: a script or grep reads them by line
            out.print(f"[red]✗[/] {escape(str(problem))}", soft_wrap=True)
        out.print(f"{len(library)} release{'' if len(library) == 1 else 's'} loaded, {len(problems)} problem(s)")
    # Problems found, as with `check`: exit 1 (the CLI contract); 2 stays for a command that cannot run.
    return EXIT_PROBLEMS if problems else EXIT_OK


def _at_least_one(value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {value!r}")
    return int(value)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", parents=[common], help="list releases")
    p.add_argument(
        "--lang",
        type=language,
        choices=list(LANGUAGES),
        help="only releases with this language (--search still reads every language's text; titles shown in it)",
    )
    p.add_argument(
        "--provenance",
        choices=("official", "unofficial", "machine", "post-edited"),
        help="only releases whose --lang version (else any version) is of this kind",
    )
    p.add_argument(
        "--search", metavar="TEXT", help='words in titles and bodies (all required); "a phrase"; prefix*; a OR b'
    )
    p.add_argument("--issuer", metavar="TEXT", help="only releases whose issuer has these words")
    p.add_argument(
        "--since", type=since_date, metavar="DATE", help="only releases from this day (YYYY-MM-DD, YYYY-MM, YYYY)"
    )
    p.add_argument("--until", type=until_date, metavar="DATE", help="only releases up to this day, month or year")
    p.add_argument("--sort", choices=("date", "relevance"), default="date", help="with --search (default: date)")
    p.add_argument("--limit", type=_at_least_one, metavar="N", help="at most N results (1 or more)")
    p.add_argument("--json", action="store_true", help="machine-readable output (with a snippet when searching)")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("index", parents=[common], help="build or check the full-text search index")
    p.add_argument("--rebuild", action="store_true", help="start from an empty index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_index)

    p = sub.add_parser("show", parents=[common], help="print one language version of a release")
    p.add_argument("id")
    p.add_argument("--lang", type=language, help="language code (default: the original)")
    p.add_argument("--plain", action="store_true", help="the title and the body as plain Markdown, for pipes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("original", parents=[common], help="make one language version the release's original")
    p.add_argument("id")
    p.add_argument("lang", type=language, metavar="xx", help="the language of the version people wrote first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_original)

    p = sub.add_parser("history", parents=[common], help="earlier texts of a language version; restore one")
    p.add_argument("id")
    p.add_argument(
        "--lang",
        type=language,
        help="language code (default: every language; with a stamp, the one whose history holds it)",
    )
    p.add_argument("--show", metavar="STAMP", help="print an earlier text")
    p.add_argument("--restore", metavar="STAMP", help="make an earlier text current again (kept in history too)")
    p.add_argument("--diff", metavar="STAMP", help="what changed from an earlier text to the current one, word by word")
    p.add_argument("--translator", metavar="NAME", help="who restores (default: $PRESS_READER_TRANSLATOR, the user)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser(
        "validate", parents=[common], help="report every problem of every release, one line each; exits 1 if any"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_validate)
