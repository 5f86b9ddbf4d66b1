"""concordance and terms: the archive's earlier renderings, from the translation memory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.commands.context import Context
from reader.commands.library import progress_bar
from reader.commands.memory_open import memory_store as _memory
from reader.commands.memory_open import open_memory as open_memory
from reader.commands.output import (
    EXIT_OK,
    CommandError,
    console,
    escape,
    kept_note,
    language,
    output_file,
    print_json,
    warn,
    write_keeping_earlier,
)
from reader.core.errors import ReaderError
from reader.core.memory.store import MemoryStore
from reader.core.model import LANGUAGES
from reader.core.text.clean import clean_line, clean_piece

if TYPE_CHECKING:
    from reader.core.engine.run import SentenceEngine
    from reader.core.memory.lookup import ConcordanceHit
    from reader.core.memory.terms import TermPair


def attach_memory(engine: SentenceEngine, ctx: Context, suggestions: bool) -> None:
    """Let the engine take sentences from the archive's official renderings, when the memory was built.

    Building it the first time aligns every release of the library, minutes for a large archive, so a
    translation never starts that silently: `press-reader memory` (or a concordance) builds it once.
    Afterwards each run brings it up to date, which only re-aligns releases that changed.
    """
    from reader.core.memory.lookup import ArchiveMemory

    store = _memory(ctx)
    if not _ready(store):
        return
    try:
        with store.said_if_the_disk_fails():
            store.update()
    except ReaderError as exc:  # a full disk, a file-size limit: translate without it (trial Z, F4)
        warn(f"{exc}; the translation memory is not used")
        return
    engine.memory = ArchiveMemory(store)
    engine.memory_suggestions = suggestions


def _ready(store: MemoryStore) -> bool:
    """A memory to use: built, and by this version (an older one is rebuilt only when asked)."""
    if store.built():
        return True
    if store.unreadable is not None:  # the disk, not the version (trial Z, F4)
        warn(f"{store.path}: cannot be read now ({store.unreadable}); the translation memory is not used")
    elif store.path is not None and store.path.exists():
        warn(
            f"{store.path}: a translation memory of an older press-reader, not used; `press-reader memory` rebuilds it"
        )
    return False


def learned_terms(ctx: Context, src: str, tgt: str) -> list[TermPair]:
    """The archive's term pairs for the checks, when the memory was built (never built silently here)."""
    from reader.core.memory.terms import cached_terms

    store = _memory(ctx)
    if not _ready(store):
        return []
    try:
        with store.said_if_the_disk_fails():
            store.update()
            return cached_terms(store, src, tgt)
    except ReaderError as exc:  # a full disk, a file-size limit: check without them (trial Z, F4)
        warn(f"{exc}; the archive's terms are not used")
        return []


def cmd_memory(args: argparse.Namespace, ctx: Context) -> int:
    """Build (or bring up to date) the aligned archive, with progress; Ctrl-C keeps what was aligned."""
    from reader.commands import memory_import as imported

    if args.import_file is not None or args.imported or args.forget is not None:
        if args.rebuild:
            raise CommandError("--rebuild goes alone (then --import, --imported or --forget)")
        chosen = imported.cmd_memory_import if args.import_file is not None else imported.cmd_memory_forget
        return imported.cmd_memory_imported(args, ctx) if args.imported else chosen(args, ctx)
    if args.name is not None or args.replace:
        raise CommandError("--name and --replace go with --import FILE")
    store = _memory(ctx)
    if args.rebuild and store.path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store.path}{suffix}").unlink(missing_ok=True)
    with progress_bar("aligning the archive", 0, args.json) as progress, store.said_if_the_disk_fails():
        stats = store.update(progress=progress)
    latest = store.latest_change()
    if args.json:
        print_json(
            {
                "releases": stats.releases,
                "aligned": stats.aligned,
                "removed": stats.removed,
                "broken": stats.broken,
                "pairs": store.count(),
                "paired_releases": store.paired_releases(),
                "path": str(store.path),
                "latest_change": {"release": latest[0], "at": latest[1].isoformat(timespec="seconds")}
                if latest is not None
                else None,
            }
        )
        return EXIT_OK
    out = console()
    # the releases that gave pairs, and the rest said apart: '3289 sentence pairs from 800 releases'
    # read as 800 bilingual releases where 100 had two human versions (trial O, F8)
    paired = store.paired_releases()
    unpaired = f"; {stats.releases - paired} of the {stats.releases} have no pair of human versions" * (
        stats.releases > paired
    )
    out.print(
        f"{store.count()} sentence pairs from {paired} release(s) ({stats.aligned} aligned now,"
        f" {stats.removed} removed, {stats.broken} unreadable{unpaired}) in {escape(str(store.path))}"
    )
    if not stats.aligned and not stats.cancelled and latest is not None:
        # '0 aligned now' after an edit read as if the edit was not taken (trial D): another command
        # had aligned it first; the memory holds it, and this says so, naming the latest change
        out.print(
            f"Up to date: the latest change ({escape(latest[0])}, {latest[1]:%Y-%m-%d %H:%M}) was aligned"
            " already (translate, check, concordance and terms bring the memory up to date as they go)."
        )
    return EXIT_OK


def _pair(args: argparse.Namespace) -> tuple[str, str]:
    if args.source == args.target:
        raise CommandError(f"--from and --to are both '{args.source}'")
    return args.source, args.target


def cmd_concordance(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.memory.lookup import concordance

    src, tgt = _pair(args)
    if args.limit < 1:
        raise CommandError(f"--limit must be at least 1, got {args.limit}")
    if not args.text.strip():
        raise CommandError("concordance: give the words to look for")
    hits = concordance(open_memory(ctx, args.json), args.text, src, tgt, args.limit + 1)  # one more: are there more?
    more, hits = len(hits) > args.limit, hits[: args.limit]
    if args.json:
        print_json([hit.to_json() for hit in hits])
        return EXIT_OK
    out = console()
    for hit in hits:
        p = hit.pair
        times = f" · {len(hit.releases)} releases" if len(hit.releases) > 1 else ""  # one row a pair (trial O)
        out.print(f"[bold]{escape(p.date)}[/] {escape(p.release)} [dim]{escape(p.provenance)}{times}[/]")
        out.print(f"  {escape(clean_line(p.source))}")
        out.print("  " + _lit(hit))
    said = f"the newest {len(hits)} pairs shown, more with a higher --limit" if more else f"{len(hits)} pair(s)"
    out.print(f"[dim]{said} in the archive of {escape(str(ctx.library_root))}[/]")
    return EXIT_OK


def cmd_terms(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.memory.terms import cached_terms

    src, tgt = _pair(args)
    if args.min_count < 1:
        raise CommandError(f"--min-count must be at least 1, got {args.min_count}")
    terms = cached_terms(open_memory(ctx, args.json), src, tgt, args.min_count)
    shown = [term for term in terms if not term.same]  # a name written alike teaches nothing (trial O)
    alike = len(terms) - len(shown)
    if args.tbx:
        from reader.core.memory.tbx import tbx_text

        # what is listed is what is written: the TBX took the names written alike the listing said were
        # left out ('0 term pair(s) … 1 name(s) written alike … left out', one entry written: trial X, F6)
        tbx = output_file(args.tbx, "--tbx", ctx.library_root)
        backup = write_keeping_earlier(tbx, tbx_text(shown, src, tgt).encode("utf-8"), ctx.settings.cache)
        apart = f"; {alike} name(s) written alike in both left out" if alike else ""
        sys.stderr.write(clean_line(f"wrote {tbx} ({len(shown)} term pairs{apart}){kept_note(backup)}") + "\n")
    if args.json:
        print_json([t.to_json() for t in terms])
        return EXIT_OK
    out = console()
    for term in shown:
        out.print(
            f"{escape(clean_line(term.source))} → {escape(clean_line(term.target))}"
            f"  [dim]{term.count}× (Dice {term.dice:.2f}; {escape(', '.join(term.releases))})[/]"
        )
    left = f"; {alike} name(s) written alike in both left out (--json marks them 'same')" if alike else ""
    out.print(f"[dim]{len(shown)} term pair(s), {src}→{tgt}, seen together at least {args.min_count} times{left}[/]")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("memory", parents=[common], help="build the translation memory of the archive")
    p.add_argument("--rebuild", action="store_true", help="start from an empty memory")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        help="a CAT tool's TMX into the memory: copied into the library (.memories/), its pairs shown as tmx:NAME",
    )
    which.add_argument("--imported", action="store_true", help="list the imported memories and their pairs")
    which.add_argument("--forget", metavar="NAME", help="remove an imported memory")
    p.add_argument("--name", metavar="NAME", help="with --import: the name to keep it under (default: the file's)")
    p.add_argument("--replace", action="store_true", help="with --import: in place of an imported memory of that name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_memory)

    p = sub.add_parser("concordance", parents=[common], help="earlier renderings of words in the archive")
    p.add_argument("text", help='words, "a phrase" or a prefix*')
    p.add_argument("--from", type=language, dest="source", required=True, choices=list(LANGUAGES))
    p.add_argument("--to", type=language, dest="target", required=True, choices=list(LANGUAGES))
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N pairs, newest first (default 20)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_concordance)

    p = sub.add_parser("terms", parents=[common], help="term pairs learned from the aligned archive")
    p.add_argument("--from", type=language, dest="source", required=True, choices=list(LANGUAGES))
    p.add_argument("--to", type=language, dest="target", required=True, choices=list(LANGUAGES))
    p.add_argument("--min-count", type=int, default=3, metavar="N", help="seen together in at least N pairs")
    p.add_argument("--tbx", metavar="FILE", help="also write them as TBX")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_terms)


def _lit(hit: ConcordanceHit) -> str:
    """The target as console markup, its rendering reversed: each piece cleaned on its own, so that no
    marker is a character the cleaning could turn into a space ('l'accord', not 'l' accord')."""
    text, parts, at = hit.pair.target, [], 0
    for start, end in hit.spans:
        lit = escape(clean_piece(text[start:end]))
        parts += [escape(clean_piece(text[at:start])), f"[reverse]{lit}[/reverse]"]
        at = end
    parts.append(escape(clean_piece(text[at:])))
    return "".join(parts).strip()
