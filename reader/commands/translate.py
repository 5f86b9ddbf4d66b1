"""translate ID --to xx [--from xx] [--json] [--save]  |  translate --text "..." --from xx --to yy."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from reader.commands.context import Context
from reader.commands.output import CLOSED, EXIT_OK, CommandError, console, escape, language, print_json, warn
from reader.core.engine.result import TranslationResult
from reader.core.errors import LibraryError, PackageError
from reader.core.model import LANGUAGE_NAMES, LANGUAGES, Release


def _print_aligned(result: TranslationResult, finished_only: bool = False) -> None:
    """The sentences side by side; `finished_only` (an interrupted run): up to the last one done, as
    a run goes in the text's order; a table of thousands of '(not translated)' rows helps no one."""
    from rich.table import Table

    table = Table(show_lines=True, expand=True)
    table.add_column(result.from_code, ratio=1)
    table.add_column(result.to_code, ratio=1)
    table.add_column("", width=4, no_wrap=True)
    rows = [pair for block in result.blocks for pair in block.sentences]
    if finished_only:
        rows = rows[: max((n + 1 for n, pair in enumerate(rows) if pair.done), default=0)]
        if not rows:
            return
    for pair in rows:
        # tm: the archive's official rendering, used as it is (no model ran for it)
        mark = ("tm" if pair.memory is not None else "↺" if pair.cached else "") + ("!" if pair.flags else "")
        target = escape(pair.target) if pair.done else "[dim](not translated)[/]"
        if pair.flags:
            target += f"\n[yellow]{escape(', '.join(pair.flags))}[/]"
        # the archive renders it otherwise too: the newest was taken (trial D); an imported TMX's: check it
        if said := "; ".join(note for note in (pair.memory_check, pair.memory_note) if note):
            target += f"\n[yellow]tm ({escape(said)})[/]"
        table.add_row(escape(pair.source), target, mark)
    out = console()
    out.print(table)
    via = f" via {result.pivot}" if result.pivot else ""
    models = ", ".join(f"{m['code']} {m.get('version', '')}".strip() for m in result.models)
    # the marks explained only where rows carry them: a first translation has no '↺ cached' row
    pairs = [p for block in result.blocks for p in block.sentences]
    cached, flagged = sum(1 for p in pairs if p.cached and p.memory is None), sum(1 for p in pairs if p.flags)
    marks = [f"↺ {cached} from the cache"] if cached else []
    contested = f" ({result.contested_memory} of them rendered otherwise there too)" if result.contested_memory else ""
    marks += [f"tm {result.from_memory} from the archive's renderings{contested}"] if result.from_memory else []
    marks += [f"! {flagged} flagged by the engine's guards"] if flagged else []
    legend = " · ".join([models, *marks])
    out.print(f"[dim]machine translation {result.from_code}→{result.to_code}{via} · {legend}[/]")


def positive(limit: int) -> Callable[[str], int]:
    """An argparse type: a whole number from 1 to `limit`, else a usage error naming the flag."""

    def parse(value: str) -> int:
        if not value.strip().isdigit() or not 1 <= int(value) <= limit:
            raise argparse.ArgumentTypeError(f"expected a whole number from 1 to {limit}, got {value!r}")
        return int(value)

    return parse


def memory_size(value: str) -> int:
    """An argparse type for --max-memory: '600M', '2G' (binary units), else a usage error naming the flag."""
    from reader.core.engine.memory import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


MAX_MEMORY_HELP = (
    "memory the process may hold while translating, e.g. 600M or 2G (default: $PRESS_READER_MAX_MEMORY, "
    "else half of the memory available, from 512M to 4G)"
)


def cmd_translate(args: argparse.Namespace, ctx: Context) -> int:
    if args.to_code not in LANGUAGES:
        raise CommandError(f"unknown language '{args.to_code}' (known: {', '.join(LANGUAGES)})")
    if args.all:
        from reader.commands.translate_all import cmd_translate_all

        if args.lang and args.lang not in LANGUAGES:
            raise CommandError(f"unknown language '{args.lang}' (known: {', '.join(LANGUAGES)})")
        return cmd_translate_all(args, ctx)
    if args.from_code and args.from_code not in LANGUAGES:
        raise CommandError(f"unknown language '{args.from_code}' (known: {', '.join(LANGUAGES)})")
    if args.from_code and args.from_code == args.to_code:  # 'no server offers nl->nl' said less
        raise CommandError("--from and --to must differ")
    if args.text == "-":  # from a pipe, bounded as a file's text is
        if "stdin" in CLOSED:  # `<&-`: read as empty, it was called an empty --text
            raise CommandError("--text -: standard input is closed; pipe the text in")
        args.text = sys.stdin.read(MAX_TEXT + 1)
        if len(args.text) > MAX_TEXT:
            raise CommandError(f"--text -: standard input holds more than {MAX_TEXT:,} characters")
    if args.text is not None:  # what a terminal would take for its own: cleaned like a file's text
        from reader.core.text.clean import clean_text

        args.text = clean_text(args.text)
    if args.text is not None and not args.text.strip():
        raise CommandError("--text is empty: give the text to translate")
    release = None
    if args.text is None:
        if not args.id:
            raise CommandError("give a release ID, or --text")
        release = ctx.library.get(args.id)
    if args.save:
        _check_save(args, release)
    engine = ctx.engine(args.threads, args.beam)
    if not args.no_tm:
        from reader.commands.memory import attach_memory

        attach_memory(engine, ctx, suggestions=args.json)
    progress = None
    if not args.json and sys.stderr.isatty():

        def progress(done: int, total: int, _partial: object) -> None:
            sys.stderr.write(f"\rtranslating {done}/{total} sentences")
            sys.stderr.flush()

    if args.alternatives:
        missing = [name for name, given in (("--text", args.text is not None), ("--from", args.from_code)) if not given]
        if missing or args.text is None:  # only what is missing: 'give --text and --from' with --text given (trial E)
            raise CommandError(f"--alternatives works on one sentence: give {' and '.join(missing)}")
        try:
            alternatives = engine.alternatives(args.text, args.from_code, args.to_code, n=args.alternatives)
        except (PackageError, LibraryError) as exc:
            raise CommandError(str(exc)) from None
        if args.json:
            print_json({"source": args.text, "from": args.from_code, "to": args.to_code, "alternatives": alternatives})
        else:
            for i, alternative in enumerate(alternatives, 1):
                console().print(f"{i}. {escape(alternative)}")
        return EXIT_OK
    try:
        if args.text is not None:
            from_code = args.from_code or _language_of(args.text)
            text = args.text

            def run(stop: Callable[[], bool]) -> TranslationResult:
                return engine.translate_text(text, from_code, args.to_code, progress=progress, cancel=stop)
        else:
            assert release is not None
            source = args.from_code or release.original_language
            if source == args.to_code:
                raise CommandError(f"release '{release.id}' is in '{source}' already: --to names another language")
            if source not in release.versions:
                raise CommandError(f"release '{release.id}' has no '{source}' version ({', '.join(release.languages)})")
            version, rid = release.versions[source], release.id

            def run(stop: Callable[[], bool]) -> TranslationResult:
                blocks, title = version.blocks, version.title
                return engine.translate_blocks(
                    blocks, source, args.to_code, title=title, progress=progress, cancel=stop, apart=rid
                )

        result, interrupt = _interruptible(run)
    except (PackageError, LibraryError) as exc:
        raise CommandError(str(exc)) from None
    if progress is not None:
        sys.stderr.write("\n")
    if result.cancelled:  # Ctrl-C: what finished is shown, and kept in the cache for the rerun
        done = sum(1 for s in result.sentences if s.done)
        _print_aligned(result, finished_only=True)
        sys.stderr.write(
            f"press-reader: interrupted; {done} of {len(result.sentences)} sentences translated, kept in the "
            "cache (rerun to go on; nothing saved)\n"
        )
        if interrupt is not None and type(interrupt) is not KeyboardInterrupt:
            raise interrupt  # a SIGTERM ends as one (143)
        return 130
    if args.json:
        print_json(result.to_json())
    elif args.plain:
        from reader.core.body import to_markdown

        body = [b for b in result.to_blocks() if b.kind != "letterhead"]
        sys.stdout.write((f"{result.title}\n\n" if result.title else "") + (to_markdown(body) if body else ""))
    else:
        _print_aligned(result)
    if args.save and release is not None:
        from reader.core.engine.save import save_translation
        from reader.core.review.carry import keeping_reviews

        reviews = ctx.settings.reviews_of(ctx.library_root)
        try:  # a new translation replacing an older one keeps the reviewer's comments on it
            version, carried = keeping_reviews(
                release, result.to_code, reviews, lambda: save_translation(ctx.library, release, result)
            )
        except LibraryError as exc:
            raise CommandError(str(exc)) from None  # a refused write: exit 2, as any
        if carried.describe():
            warn(carried.describe())
        if result.source_replaced:  # kept, as finished work is, and known as a translation of the old text
            warn(f"{version.path}: its original was replaced while it was translated; saved as out of date")
        if not args.json:
            flagged = sum(1 for s in result.sentences if s.flags)
            note = f"; {flagged} sentence(s) flagged by the engine's guards, marked !" if flagged else ""
            console().print(f"saved {version.path} ({version.provenance.label()}){escape(note)}")
    return EXIT_OK


MAX_TEXT = 1_000_000  # characters of --text - (standard input)


def _language_of(text: str) -> str:
    """--text without --from: the language the text is in, as import detects a page's."""
    from reader.core.text.langid import identify, language_name

    code, probability = identify(text)
    if code not in LANGUAGES and probability >= 0.9:  # German, say: no --from of ours is right (trial C, F2)
        raise CommandError(f"--text reads as {language_name(code)}, a language not supported (only nl, fr, en)")
    if code not in LANGUAGES or probability < 0.9:
        raise CommandError("cannot tell which language --text is in; give --from xx")
    warn(f"--text read as {LANGUAGE_NAMES[code]} ({code}); if it is not, give its language with --from xx")
    return code


def _interruptible(
    run: Callable[[Callable[[], bool]], TranslationResult],
) -> tuple[TranslationResult, KeyboardInterrupt | None]:
    """The translation in a thread, Ctrl-C asking it to stop: it ends within a sentence and returns
    what finished (cancelled), which is then shown and kept; a KeyboardInterrupt inside the engine
    would lose it."""
    import threading

    stop, finished = threading.Event(), threading.Event()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = run(stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread as it is
            box["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=work, name="translate", daemon=True).start()
    try:
        while not finished.wait(0.2):
            pass
    except KeyboardInterrupt as interrupt:
        stop.set()
        box["interrupt"] = interrupt
        finished.wait()  # (a join interrupted once may return early: the worker says when it ends)
    if "error" in box:
        raise box["error"]
    return box["result"], box.get("interrupt")


def _check_save(args: argparse.Namespace, release: Release | None) -> None:
    """Refuse --save before any work, not after printing a whole translation."""
    if release is None:
        raise CommandError("--save needs a release ID")
    existing = release.versions.get(args.to_code)
    if existing is not None and existing.provenance.kind != "machine":
        raise CommandError(
            f"{existing.path}: the {existing.provenance.kind} '{args.to_code}' version exists; "
            "--save would not overwrite it",
        )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("translate", parents=[common], help="translate a release, a text, or the whole library")
    p.add_argument("id", nargs="?", help="release id")
    p.add_argument("--all", action="store_true", help="every release with no version in --to (resumable)")
    p.add_argument(
        "--lang", type=language, metavar="xx", help="with --all: translate from this language (default: the original)"
    )
    p.add_argument(
        "--since",
        metavar="DATE",
        help="with --all: releases of this day, month or year or later (YYYY-MM-DD, YYYY-MM, YYYY)",
    )
    p.add_argument("--jobs", type=positive(64), default=1, help="with --all: releases translated at once")
    p.add_argument("--to", type=language, dest="to_code", required=True, metavar="xx")
    p.add_argument(
        "--from", type=language, dest="from_code", metavar="xx", help="source language (default: the original)"
    )
    p.add_argument("--text", help="translate this text instead of a release")
    p.add_argument("--json", action="store_true")
    p.add_argument("--plain", action="store_true", help="the translation alone, as Markdown, for pipes")
    p.add_argument("--save", action="store_true", help="store the result as a machine language version")
    p.add_argument("--threads", type=positive(1024), default=None, help="CPU threads (default: all cores)")
    p.add_argument("--beam", type=positive(64), default=2, help="beam size (default: 2)")
    p.add_argument("--max-memory", type=memory_size, metavar="SIZE", default=argparse.SUPPRESS, help=MAX_MEMORY_HELP)
    p.add_argument(
        "--alternatives", type=positive(32), metavar="N", help="with --text: the N best renderings of a sentence"
    )
    p.add_argument(
        "--no-tm", action="store_true", help="do not take sentences from the archive's renderings (translation memory)"
    )
    p.set_defaults(handler=cmd_translate)
