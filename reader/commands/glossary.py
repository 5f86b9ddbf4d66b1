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
        tags = dict(zip(entry.equivalents, entry.languages, strict=False))
        said = ", ".join(f"{e} ({tags[e]})" if tags.get(e) else e for e in entry.equivalents)
        out.print(f"{escape(entry.term)} ({entry.lang}) = {escape(said)}")
    noun = "entry" if len(found) == 1 else "entries"
    out.print(f"{len(found)} {noun} (the bundled glossary and CLDR place names apply too)")
    return EXIT_OK


_LANG_NAMES = {"nl": "Dutch", "fr": "French", "en": "English"}


def _langs(given: str | None) -> tuple[str, str]:
    codes = [c.strip().lower() for c in (given or "nl,fr").split(",")]
    if len(codes) != 2 or codes[0] == codes[1] or not set(codes) <= set(_LANG_NAMES):
        raise CommandError(
            f"--langs takes two of nl, fr, en, comma-separated ('en,fr'), not '{clean_line(given or '')[:20]}'"
        )
    return codes[0], codes[1]


def _reads_as(name: str) -> str | None:
    """The one language the glossary's tagged names give `name` (or its first word: 'FPS', 'SPF',
    'FOD' open a federal service's name in one language each), None when unsure."""
    from reader.core.text.fold import fold
    from reader.core.text.glossary import default_glossary

    languages = default_glossary().languages
    for form in (name, name.split()[0] if name.split() else ""):
        found = languages.get(fold(form), set())
        if len(found) == 1:
            return next(iter(found))
    return None


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.text import glossary_file

    path = ctx.settings.user_glossary
    first, second = _langs(args.langs)
    for lang, given in ((first, args.nl), (second, args.fr)):
        if not clean_line(given).strip():
            raise CommandError(f"glossary add: the {lang.upper()} name is empty")
    if " ".join(args.nl.split()).casefold() == " ".join(args.fr.split()).casefold():
        raise CommandError(f"'{clean_line(args.nl)[:60]}' is the same on both sides; names spelled alike already match")
    if args.langs is None:  # 'FPS Economy' typed as the Dutch name was kept as Dutch (trial K): said, not written
        for lang, given in ((first, args.nl), (second, args.fr)):
            read = _reads_as(given)
            if read is not None and read != lang:
                other = second if lang == first else first
                hint = f"{read},{other}" if lang == first else f"{other},{read}"
                if read == other:  # the two typed the other way round ('Namur Bergen'): not 'nl,nl' (a trial)
                    hint = f"{second},{first}"
                raise CommandError(
                    f"'{clean_line(given)[:60]}' reads as {_LANG_NAMES[read]}, not {_LANG_NAMES[lang]}: "
                    f"say the languages, e.g. --langs {hint}"
                )
    # the languages written only when said: NL FR typed the other way round still work both ways (a trial)
    # a pair the app's own names contradict ('Bergen = Namur') is refused without --force (trial N)
    added = glossary_file.add(path, args.nl, args.fr, first, second if args.langs else None, force=args.force)
    if args.json:
        print_json({"file": str(path), "added": added, first: args.nl, second: args.fr, "langs": [first, second]})
        return EXIT_OK
    said = "added" if added else "already known"
    console().print(
        f"{said}: {escape(args.nl)} ({first}) = {escape(args.fr)} ({second}) ({escape(str(path))}); "
        "later checks use it both ways"
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
    adding = actions.add_parser(
        "add", parents=[common], help="NL and FR (or the --langs) name the same thing (a name, a place)"
    )
    adding.add_argument("nl", metavar="NL")
    adding.add_argument("fr", metavar="FR")
    adding.add_argument("--langs", metavar="L1,L2", help="the two names' languages (nl, fr, en); nl,fr when not given")
    adding.add_argument(
        "--force", action="store_true", help="write a pair the app's own place and official names contradict"
    )
    adding.add_argument("--json", action="store_true")
    adding.set_defaults(handler=cmd_add)
    removing = actions.add_parser("remove", parents=[common], help="undo an entry (a dismissal taught wrong)")
    removing.add_argument("nl", metavar="NL")
    removing.add_argument("fr", metavar="FR")
    removing.add_argument("--json", action="store_true")
    removing.set_defaults(handler=cmd_remove)
