"""memory --import | --imported | --forget, and export --memory: a CAT tool's TMX brought into the
translation memory, and the whole memory out as one TMX (trial D: neither could be done)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.commands.context import Context
from reader.commands.memory_open import open_memory
from reader.commands.output import (
    EXIT_OK,
    CommandError,
    LanguageTag,
    console,
    escape,
    kept_note,
    output_file,
    print_json,
)
from reader.core.memory.imported import bring_in, forget, imported_files
from reader.core.memory.stored import IMPORTED_PREFIX
from reader.core.text.clean import clean_line


def _skipped(skipped: dict[str, int]) -> str:
    return ", ".join(f"{n} {why}" for why, n in skipped.items())


def cmd_memory_import(args: argparse.Namespace, ctx: Context) -> int:
    """Validate the TMX, copy it into the library (`.memories/NAME.tmx`), bring the memory up to date."""
    name, path, read = bring_in(ctx.library_root, Path(args.import_file), args.name, args.replace)
    store = open_memory(ctx, args.json)
    kept = store.imported_counts().get(IMPORTED_PREFIX + name, 0)
    if args.json:
        print_json(
            {"name": name, "release": IMPORTED_PREFIX + name, "file": args.import_file, "path": str(path)}
            | {"units": len(read.units), "skipped": read.skipped, "pairs": kept, "memory_pairs": store.count()}
        )
        return EXIT_OK
    skipped = f"; left out: {_skipped(read.skipped)}" if read.skipped else ""
    console().print(
        f"imported {escape(args.import_file)} as '{escape(name)}' ({len(read.units)} pair(s){escape(skipped)}),"
        f" kept in {escape(str(path))}; the memory shows its pairs as {IMPORTED_PREFIX}{escape(name)}"
        f" ({store.count()} pairs in all)"
    )
    return EXIT_OK


def cmd_memory_imported(args: argparse.Namespace, ctx: Context) -> int:
    files = imported_files(ctx.library_root)
    counts = open_memory(ctx, args.json).imported_counts() if files else {}
    rows = [
        {"name": key[len(IMPORTED_PREFIX) :], "release": key, "path": str(path), "pairs": counts.get(key, 0)}
        for key, path in files.items()
    ]
    if args.json:
        print_json(rows)
        return EXIT_OK
    out = console()
    for row in rows:
        out.print(f"{escape(str(row['name']))}  {row['pairs']} pair(s)  [dim]{escape(str(row['path']))}[/]")
    out.print(
        f"[dim]{len(rows)} imported memor{'y' if len(rows) == 1 else 'ies'} in {escape(str(ctx.library_root))}[/]"
    )
    return EXIT_OK


def cmd_memory_forget(args: argparse.Namespace, ctx: Context) -> int:
    path = forget(ctx.library_root, args.forget)
    store = open_memory(ctx, args.json)
    if args.json:
        print_json({"forgotten": path.stem, "path": str(path), "memory_pairs": store.count()})
        return EXIT_OK
    console().print(f"forgot '{escape(path.stem)}' ({escape(str(path))} removed; {store.count()} pairs in the memory)")
    return EXIT_OK


def add_export_flags(p: argparse.ArgumentParser) -> None:
    """export --memory --from xx --to xx: the whole memory, not one release; and --region, which
    tags a release's export and the memory's alike."""
    p.add_argument(
        "--region",
        metavar="CC",
        help="tag the languages with a region, as a CAT project set up for it names them: BE gives nl-BE and "
        "fr-BE (default: $PRESS_READER_REGION, else plain nl, fr)",
    )
    p.add_argument("--memory", action="store_true", help="with tmx: the whole translation memory (no ID)")
    p.add_argument("--from", action=LanguageTag, dest="source", metavar="xx", help="with --memory: --source")
    p.add_argument("--to", action=LanguageTag, dest="target", metavar="xx", help="with --memory: --target")


def cmd_export_memory(args: argparse.Namespace, ctx: Context) -> int:
    """Every pair the memory keeps, the library's and the imported, as one TMX, streamed (trial D)."""
    from reader.core.memory.tmx_write import write_memory_tmx
    from reader.core.written import stream_keeping_earlier

    if not args.memory:
        raise CommandError("export: give a release ID (or --memory --from xx --to xx, the whole memory)")
    if args.id is not None:
        raise CommandError(f"--memory exports the whole memory: give no release ID ({args.id!r})")
    if args.format != "tmx":
        raise CommandError("--memory goes with --format tmx (a memory is no document to review)")
    if args.source is None or args.target is None or args.source == args.target:
        raise CommandError("--memory needs two languages: --from xx --to xx")
    if args.states or args.source_in_target:
        raise CommandError("--memory takes no --states or --source-in-target (the memory keeps no flagged pair)")
    region = args.region or getattr(args, "tag_region", None) or ctx.settings.region
    if region and not (len(region) == 2 and region.isascii() and region.isalpha()):
        raise CommandError(f"--region: {region!r} is no two-letter country code (BE)")
    region = region.upper() if region else None
    store = open_memory(ctx, True)
    if args.output == "-":
        count = write_memory_tmx(store, args.source, args.target, sys.stdout.buffer, region)
        sys.stdout.flush()
        return EXIT_OK
    output = output_file(args.output, library=ctx.library_root)
    count, backup = stream_keeping_earlier(
        output, lambda out: write_memory_tmx(store, args.source, args.target, out, region), ctx.settings.cache
    )
    said = f"wrote {output} (tmx, the whole memory {args.source}→{args.target}: {count} unit(s))"
    sys.stderr.write(clean_line(said + kept_note(backup)) + "\n")
    return EXIT_OK
