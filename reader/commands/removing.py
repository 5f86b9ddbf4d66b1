"""remove: take a release out of the library (kept under `.removed/`), list what was removed, bring one back."""

from __future__ import annotations

import argparse

from reader.commands.context import Context
from reader.commands.output import EXIT_OK, CommandError, console, escape, language, path_shown, print_json
from reader.core.text.clean import shell_word


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core import removal

    root = ctx.library_root
    reviews = ctx.settings.reviews_of(root)
    if args.lang is not None and (args.list or args.restore):
        raise CommandError("--lang goes with release ids: the version of each to remove")
    if args.list:
        if args.ids or args.restore:
            raise CommandError("--list takes no release id and no --restore")
        entries = removal.removed(root)
        if args.json:
            print_json([entry.to_json() for entry in entries])
            return EXIT_OK
        if not entries:
            console().print(f"nothing removed from {escape(str(root))}")
            return EXIT_OK
        from rich.table import Table

        table = Table(title=f"{len(entries)} removed release(s), newest first", title_justify="left")
        table.add_column("name (for --restore)", style="cyan", no_wrap=True)
        table.add_column("removed (UTC)", no_wrap=True)
        table.add_column("title")
        for entry in entries:
            table.add_row(escape(entry.name), entry.when.strftime("%Y-%m-%d %H:%M"), escape(entry.title))
        console().print(table)
        return EXIT_OK
    if args.restore:
        if args.ids:
            raise CommandError("--restore takes the removed release's name, not a release id as well")
        entry = removal.bring_back(root, args.restore, reviews)
        if args.json:
            print_json({"restored": entry.name, "id": entry.release_id, "path": str(entry.path)})
        else:
            console().print(f"brought back {escape(entry.release_id)} ({escape(str(entry.path))})")
        return EXIT_OK
    if not args.ids:
        raise CommandError("name the release(s) to remove, or give --list or --restore NAME")
    if args.lang is not None:  # given empty (an unset variable) it is an error, never the whole release
        return _remove_versions(args, ctx)
    for release_id in args.ids:  # every id first: a typo among them removes none
        removal.removable(root, release_id)
    if args.dry_run:
        if args.json:  # the same objects a removal prints, said as not done
            print_json(
                [{"id": release_id, "removed": False, "dry_run": True} for release_id in dict.fromkeys(args.ids)]
            )
            return EXIT_OK
        for release_id in dict.fromkeys(args.ids):
            console().print(f"would remove {escape(release_id)} (kept under {removal.REMOVED}/)")
        return EXIT_OK
    done = []
    for release_id in dict.fromkeys(args.ids):
        entry = removal.remove(root, release_id, reviews)
        done.append(entry)
        if not args.json:
            console().print(
                f"removed {escape(release_id)}: kept as {path_shown(str(entry.path))} "
                f"(press-reader remove --restore {escape(shell_word(entry.name))} brings it back)"
            )
    if args.json:
        print_json([{"id": e.release_id, "removed": True, "name": e.name, "path": str(e.path)} for e in done])
    return EXIT_OK


def _remove_versions(args: argparse.Namespace, ctx: Context) -> int:
    """--lang: one language version of each release, its text kept in the release's history."""
    from reader.core.model import LANGUAGES
    from reader.core.version_removal import remove_version

    if args.lang not in LANGUAGES:
        raise CommandError(f"unknown language '{args.lang}' (known: {', '.join(LANGUAGES)})")
    releases = [ctx.library.get(release_id) for release_id in dict.fromkeys(args.ids)]
    for release in releases:  # every release first: one that cannot lose the version removes none
        if args.lang not in release.versions:
            raise CommandError(
                f"release '{release.id}' has no '{args.lang}' version (it has: {', '.join(release.languages)})"
            )
        if args.lang == release.original_language:
            raise CommandError(
                f"'{args.lang}' is the original of '{release.id}'; "
                f"`press-reader remove {release.id}` removes the release"
            )
    said = []
    for release in releases:
        if args.dry_run:
            said.append({"id": release.id, "lang": args.lang, "removed": False, "dry_run": True})
            if not args.json:
                console().print(f"would remove the '{args.lang}' version of {escape(release.id)} (kept in its history)")
            continue
        kept = remove_version(release.folder, args.lang, ctx.who(None))
        said.append({"id": release.id, "lang": args.lang, "removed": True, "stamp": kept.stamp})
        if not args.json:
            console().print(
                f"removed the '{args.lang}' version of {escape(release.id)}: kept in its history "
                f"(press-reader history {escape(release.id)} --lang {args.lang} --restore {kept.stamp} brings it back)"
            )
    if args.json:
        print_json(said)
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "remove",
        parents=[common],
        help="take releases out of the library (kept under .removed/, to bring back with --restore)",
    )
    p.add_argument("ids", nargs="*", metavar="ID", help="release id(s) to remove")
    p.add_argument("--list", action="store_true", help="list the removed releases")
    p.add_argument("--restore", metavar="NAME", help="bring a removed release back (its name from --list, or its id)")
    p.add_argument(
        "--lang",
        type=language,
        metavar="xx",
        help="remove only this language version of each release (kept in its history; not the original)",
    )
    p.add_argument("--dry-run", action="store_true", help="say what would be removed; change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_remove)
