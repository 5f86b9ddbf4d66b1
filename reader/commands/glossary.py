"""glossary list | add | remove: the names the user taught the checks ("these two are the same")."""

from __future__ import annotations

import argparse

from reader.commands.context import Context
from reader.commands.output import EXIT_OK, CommandError, console, escape, print_json
from reader.core.text.clean import clean_line


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.text import glossary_file

    path = ctx.settings.user_glossary
    found = glossary_file.entries(path)
    if args.json:
        print_json({"file": str(path), "entries": [e.to_json() for e in found]})
        return EXIT_OK
    out = console()
    out.print(f"[dim]{escape(str(path))}[/]")
    for entry in found:  # 'nl: A = B' read as B's language missing (a trial): the term's is said with it
        out.print(f"{escape(entry.term)} ({entry.lang}) = {escape(', '.join(entry.equivalents))}")
    noun = "entry" if len(found) == 1 else "entries"
    out.print(f"{len(found)} {noun} (the bundled glossary and CLDR place names apply too)")
    return EXIT_OK


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.text import glossary_file

    path = ctx.settings.user_glossary
    for side, given in (("NL", args.nl), ("FR", args.fr)):
        if not clean_line(given).strip():
            raise CommandError(f"glossary add: the {side} name is empty")
    if " ".join(args.nl.split()).casefold() == " ".join(args.fr.split()).casefold():
        raise CommandError(f"'{clean_line(args.nl)[:60]}' is the same on both sides; names spelled alike already match")
    added = glossary_file.add(path, args.nl, args.fr, "nl")
    if args.json:
        print_json({"file": str(path), "added": added, "nl": args.nl, "fr": args.fr})
        return EXIT_OK
    said = "added" if added else "already known"
    console().print(
        f"{said}: {escape(args.nl)} = {escape(args.fr)} ({escape(str(path))}); later checks use it both ways"
    )
    return EXIT_OK


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.text import glossary_file

    path = ctx.settings.user_glossary
    for side, given in (("NL", args.nl), ("FR", args.fr)):
        if not clean_line(given).strip():
            raise CommandError(f"glossary remove: the {side} name is empty")
    removed = glossary_file.remove(path, args.nl, args.fr)
    if args.json:
        print_json({"file": str(path), "removed": removed, "nl": args.nl, "fr": args.fr})
        return EXIT_OK
    if not removed:
        raise CommandError(f"{path}: has no entry {clean_line(args.nl)[:60]} = {clean_line(args.fr)[:60]}")
    said = f"removed: {escape(args.nl)} = {escape(args.fr)} ({escape(str(path))})"
    console().print(f"{said}; later checks flag them again")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("glossary", parents=[common], help="the user's glossary: names the checks treat as the same")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[common], help="list the user's entries")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    adding = actions.add_parser("add", parents=[common], help="NL and FR name the same thing (a name, a place)")
    adding.add_argument("nl", metavar="NL")
    adding.add_argument("fr", metavar="FR")
    adding.add_argument("--json", action="store_true")
    adding.set_defaults(handler=cmd_add)
    removing = actions.add_parser("remove", parents=[common], help="undo an entry (a dismissal taught wrong)")
    removing.add_argument("nl", metavar="NL")
    removing.add_argument("fr", metavar="FR")
    removing.add_argument("--json", action="store_true")
    removing.set_defaults(handler=cmd_remove)
