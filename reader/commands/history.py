"""`history`: the earlier texts of a language version, what an edit changed, and a restore."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reader.commands.context import Context
from reader.commands.output import EXIT_OK, CommandError, console, escape, print_json, warn
from reader.core.model import LANGUAGES, Release
from reader.core.text.clean import clean_line


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core import history

    release = ctx.library.get(args.id)
    asked = [
        flag for flag, value in (("--show", args.show), ("--restore", args.restore), ("--diff", args.diff)) if value
    ]
    if len(asked) > 1:
        raise CommandError(f"{' and '.join(asked)} together: give one")
    stamp = args.show or args.restore or args.diff
    # a stamp names one language's revision: without --lang, that language (a new user's trial was
    # told to add --lang for a stamp only one language has)
    holding = [code for code in LANGUAGES if stamp and history.has(release.folder, code, stamp)]
    if stamp and not args.lang and not holding:  # in no language: said of the release, not of its original
        kept = ", ".join(code for code in LANGUAGES if history.revisions(release.folder, code)) or "none"
        raise CommandError(
            f"no earlier text '{clean_line(stamp)[:40]}' of {release.id} (languages with history: {kept}); "
            f"`press-reader history {release.id}` lists the stamps"
        )
    lang = args.lang or (holding[0] if len(holding) == 1 else release.original_language)
    if lang not in LANGUAGES:
        raise CommandError(f"unknown language '{lang}' (known: {', '.join(LANGUAGES)})")
    if args.restore:
        if lang not in release.versions and not history.revisions(release.folder, lang):
            raise CommandError(f"release '{release.id}' has no '{lang}' version to restore into")
        from reader.core.review.carry import keeping_reviews

        # a version taken out (remove --lang) comes back as it was: nothing to carry reviews from
        replaced = lang in release.versions
        version, carried = keeping_reviews(
            release,
            lang,
            ctx.settings.reviews_of(ctx.library_root),
            lambda: ctx.library.restore(release, lang, args.restore, who=ctx.who(args.translator)),
        )
        if args.json:
            print_json(
                {
                    "restored": args.restore,
                    "lang": lang,
                    "provenance": version.provenance.to_json(),
                    "reviews": carried.to_json(),
                }
            )
        else:
            console().print(
                f"restored {escape(args.restore)} as {version.path} ({version.provenance.label()})"
                + ("; the text it replaced is in the history too" if replaced else "")
            )
            if carried.describe():
                warn(carried.describe())
        return EXIT_OK
    if args.diff:
        return history_diff(release, lang, args.diff, args.json)
    if args.show:
        revision = history.find(release.folder, lang, args.show)
        text = history.read_revision(revision)
        if args.json:  # the text with what names it, as every --json gives an object
            print_json({"stamp": args.show, "lang": lang, "text": text})
        else:
            sys.stdout.write(text)
        return EXIT_OK
    # A listing without --lang covers every language: an edit of the French is as much history as one of the Dutch.
    # and a version removed since: its texts are kept here, and were hidden unless asked by --lang (a trial)
    langs = [args.lang] if args.lang else [code for code in LANGUAGES if code in release.versions]
    langs += [
        code for code in LANGUAGES if code not in langs and not args.lang and history.revisions(release.folder, code)
    ]
    revisions = [r for code in langs for r in history.revisions(release.folder, code)]
    if args.json:
        print_json([r.to_json() for r in revisions])
        return EXIT_OK
    if not revisions:  # an empty table read as a listing cut short
        console().print(
            f"no earlier text of {release.id} ({', '.join(langs)}): an import, edit or translation over a "
            "version keeps the text it replaces here"
        )
        return EXIT_OK
    from rich.table import Table

    which = lang if args.lang else ", ".join(dict.fromkeys(r.lang for r in revisions)) or ", ".join(langs)
    # each row is a text as it stood before a change: who made that change and what it was (a new
    # user's trial read "why: edit of segment 2" as the text holding that edit)
    table = Table(
        title=f"{len(revisions)} earlier text(s) of {release.id} ({which}), each as it was before the change named",
        title_justify="left",
    )
    out = console()
    wide = out.width >= 100  # the stamp is a UTC time already: on 80 columns its spelled-out twin goes
    table.add_column("lang", no_wrap=True)
    table.add_column("stamp", no_wrap=True, style="cyan")
    if wide:
        table.add_column("when (UTC)", no_wrap=True)
    table.add_column("changed by", min_width=8)
    table.add_column("change", min_width=12)
    table.add_column("was", min_width=8)
    for r in revisions:
        was = escape(str(r.provenance.get("provenance", "")))
        table.add_row(r.lang, r.stamp, *([r.when] if wide else []), escape(r.who), escape(r.why), was)
    out.print(table)
    for code in dict.fromkeys(r.lang for r in revisions if r.lang not in release.versions):
        out.print(
            f"{code}: no version now (removed); press-reader history {escape(release.id)} --lang {code} "
            "--restore STAMP brings a text back"
        )
    return EXIT_OK


def history_diff(release: Release, lang: str, stamp: str, as_json: bool) -> int:
    """The paragraphs that differ between an earlier text and the current one; in a terminal the
    words in colour, and always between wdiff's markers ([-gone-] {+come+}) so a pipe reads them."""
    from rich.text import Text

    from reader.core import history
    from reader.core.text.changes import changes, visible

    revision = history.find(release.folder, lang, stamp)
    version = release.versions.get(lang)
    now = history.read_text(version.path) if version is not None else ""
    found = changes(history.read_revision(revision), now)
    # the headline is kept with the earlier text: an edit of it alone read 'no paragraph differs' (a trial)
    title_now = version.title if version is not None else ""
    titled = changes(revision.title, title_now) if revision.title and title_now and revision.title != title_now else []
    if as_json:
        said: dict[str, Any] = {"stamp": revision.stamp, "lang": lang, "changes": [c.to_json() for c in found]}
        if titled:
            said["title"] = {"before": revision.title, "now": title_now}
        print_json(said)
        return EXIT_OK
    out = console()
    before = f"the text before: {revision.why}" if revision.why else "an earlier text"
    out.print(f"{release.id} ({lang}): from {revision.stamp} ({escape(before)}) to now")
    if not found and not titled:
        out.print("no paragraph differs")
    for change in titled + found:
        moved = f"line {change.old_line}" + (f" → {change.new_line}" if change.new_line != change.old_line else "")
        where = {"removed": f"line {change.old_line} removed", "added": f"line {change.new_line} added"}
        text = Text(
            ("title" if any(change is t for t in titled) else where.get(change.kind, moved)) + ": ", style="dim"
        )
        for piece in change.pieces:
            if piece.kind == "same":
                text.append(piece.text)
            elif piece.kind == "old":
                text.append(f"[-{visible(piece.text)}-]", style="red strike")
            else:
                text.append(f"{{+{visible(piece.text)}+}}", style="green")
        out.print(text)
    return EXIT_OK
