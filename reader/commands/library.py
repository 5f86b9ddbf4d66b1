"""list, show and validate."""

from __future__ import annotations

import argparse
import sys

from reader.commands.context import Context
from reader.commands.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    console,
    escape,
    print_json,
    warn,
)
from reader.core.errors import LibraryError
from reader.core.library import Library
from reader.core.model import LANGUAGES, Release
from reader.core.text.clean import clean_text


def report_problems(library: Library) -> None:
    for problem in library.problems:
        warn(f"skipped broken release: {problem}")


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    library = ctx.library
    report_problems(library)
    releases = library.filter(lang=args.lang, search=args.search)
    if args.json:
        print_json([r.to_json() for r in releases])
        return EXIT_OK
    from rich.table import Table

    table = Table(
        title=f"{len(releases)} of {len(library)} releases in {escape(str(library.root))}", title_justify="left"
    )
    table.add_column("id", style="cyan", overflow="fold", max_width=34)
    table.add_column("date", no_wrap=True)
    table.add_column("languages", no_wrap=True)
    table.add_column("title", ratio=1, min_width=30)
    for release in releases:
        table.add_row(release.id, release.date.isoformat(), release.language_marks(), escape(release.title(args.lang)))
    out = console()
    out.print(table)
    out.print("● official  ○ unofficial  ⚙ machine  ◐ post-edited", style="dim")
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
    from reader.render import render_version

    console().print(render_version(release, code))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, ctx: Context) -> int:
    library = ctx.library
    problems = library.validate()
    if args.json:
        print_json({"releases": len(library), "problems": [p.to_json() for p in problems]})
    else:
        out = console()
        for problem in problems:
            out.print(f"[red]✗[/] {escape(str(problem))}")
        out.print(f"{len(library)} releases loaded, {len(problems)} problem(s)")
    return EXIT_PROBLEMS if problems else EXIT_OK


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core import history

    release = ctx.library.get(args.id)
    lang = args.lang or release.original_language
    if lang not in LANGUAGES:
        raise CommandError(f"unknown language '{lang}' (known: {', '.join(LANGUAGES)})")
    if args.restore:
        if lang not in release.versions:
            raise CommandError(f"release '{release.id}' has no '{lang}' version to restore into")
        version = ctx.library.restore(release, lang, args.restore, who=ctx.who(args.translator))
        if args.json:
            print_json({"restored": args.restore, "lang": lang, "provenance": version.provenance.to_json()})
        else:
            console().print(
                f"restored {escape(args.restore)} as {version.path} ({version.provenance.label()}); "
                "the text it replaced is in the history too"
            )
        return EXIT_OK
    revisions = history.revisions(release.folder, lang)
    if args.show:
        revision = history.find(release.folder, lang, args.show)
        sys.stdout.write(clean_text(revision.path.read_text(encoding="utf-8", errors="replace")))
        return EXIT_OK
    if args.json:
        print_json([r.to_json() for r in revisions])
        return EXIT_OK
    from rich.table import Table

    table = Table(title=f"{len(revisions)} earlier text(s) of {release.id} ({lang})", title_justify="left")
    table.add_column("stamp", no_wrap=True, style="cyan")
    table.add_column("when (UTC)", no_wrap=True)
    table.add_column("who")
    table.add_column("why")
    table.add_column("was")
    for r in revisions:
        table.add_row(r.stamp, r.when, escape(r.who), escape(r.why), escape(str(r.provenance.get("provenance", ""))))
    console().print(table)
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", parents=[common], help="list releases")
    p.add_argument("--lang", choices=list(LANGUAGES), help="only releases with this language")
    p.add_argument("--search", metavar="TEXT", help="search titles and bodies")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", parents=[common], help="print one language version of a release")
    p.add_argument("id")
    p.add_argument("--lang", help="language code (default: the original)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("history", parents=[common], help="earlier texts of a language version; restore one")
    p.add_argument("id")
    p.add_argument("--lang", help="language code (default: the original)")
    p.add_argument("--show", metavar="STAMP", help="print an earlier text")
    p.add_argument("--restore", metavar="STAMP", help="make an earlier text current again (kept in history too)")
    p.add_argument("--translator", metavar="NAME", help="who restores (default: $PRESS_READER_TRANSLATOR, the user)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("validate", parents=[common], help="report every problem in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_validate)
