"""align | check | review | export: the translator's review of one rendering against its original."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from reader.commands.context import Context
from reader.commands.direction import direction
from reader.commands.memory_import import add_export_flags, cmd_export_memory
from reader.commands.output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    LanguageTag,
    console,
    escape,
    kept_note,
    output_file,
    print_json,
    warn,
    write_keeping_earlier,
)
from reader.commands.review_edit import edit, edit_text, need_segment, still
from reader.core.errors import LibraryError
from reader.core.model import LANGUAGES, Release
from reader.core.text.clean import clean_line

if TYPE_CHECKING:
    from reader.core.review.checks import CheckReport
    from reader.core.review.store import ReviewStore


def _versions(args: argparse.Namespace, ctx: Context) -> Release:
    release = ctx.library.get(args.id)
    # a version asked for that the release lacks is said before a flag left out: trial R's `check ID
    # --source en` on a Dutch and French release was told 'give --target' (R-4b)
    for code in (c for c in (args.source, args.target) if c is not None):
        if code not in LANGUAGES:
            raise CommandError(f"unknown language '{code}' (known: {', '.join(LANGUAGES)})")
        if code not in release.versions:
            have = ", ".join(release.languages)
            raise CommandError(f"release '{release.id}' has no '{code}' version (it has: {have})")
    if args.source is None or args.target is None:
        args.source, args.target = direction(release, args.source, args.target)
    if args.source == args.target:
        raise CommandError("--source and --target must differ")
    try:
        for code in (args.source, args.target):
            release.versions[code].blocks  # noqa: B018 - surface unreadable bodies as one clear error
    except LibraryError as exc:
        raise CommandError(str(exc)) from None
    return release


def _mt(args: argparse.Namespace, ctx: Context, release: Release) -> Any:
    if getattr(args, "no_mt", False):
        return None
    from reader.core.errors import PackageError
    from reader.core.review.mt import MTHelper

    engine = ctx.engine()
    try:
        engine.route(args.source, args.target)
    except PackageError:
        return None
    servers = [str(server.name) for server in getattr(engine, "servers", [])]  # names: never credentials
    if servers:  # a busy server made a review take two minutes, unexplained (a new user's trial)
        warn(f"comparing meanings through {', '.join(servers)}; --no-mt checks without it")
    from reader.commands.library import progress_bar

    # a long page's translation for the alignment took 31-52 s with nothing said (trial B): a bar on a
    # terminal's stderr, as the index and translate show theirs; never in --json nor a log
    quiet = bool(getattr(args, "json", False))
    with progress_bar("translating for the meaning check", min_total=0, quiet=quiet) as bar:
        progress = None if bar is None else (lambda done, total, _partial: bar(done, total))
        return MTHelper(engine, release, args.source, args.target, progress=progress)


def _report(args: argparse.Namespace, ctx: Context) -> tuple[Release, CheckReport]:
    release, report, _with_mt = _checked(args, ctx)
    return release, report


def _checked(args: argparse.Namespace, ctx: Context) -> tuple[Release, CheckReport, bool]:
    """The pair checked as every command checks it, and whether a model compared the meaning."""
    from reader.commands.memory import learned_terms
    from reader.core.review.consistency import check_with_memory
    from reader.core.review.dismiss import hide_accepted
    from reader.core.review.taught import note_taught
    from reader.core.text.glossary import checking_glossary

    release = _versions(args, ctx)
    extra = Path(args.glossary) if getattr(args, "glossary", None) else None
    glossary = checking_glossary(ctx.settings.user_glossary, extra, warn)
    terms = learned_terms(ctx, args.source, args.target)
    store = _store(ctx, release, args)
    mt = _mt(args, ctx, release)
    report = check_with_memory(release, args.source, args.target, glossary, mt, terms, store.holds())
    hide_accepted(report, store)  # flags the reviewer dismissed here
    note_taught(report, ctx.settings.user_glossary)  # and a trace where the user's glossary overrules (trial N)
    return release, report, mt is not None


def _store(ctx: Context, release: Release, args: argparse.Namespace) -> ReviewStore:
    from reader.core.review.store import ReviewStore

    return ReviewStore(release.id, args.source, args.target, ctx.settings.reviews_of(ctx.library_root))


def cmd_align(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.align import align_versions

    release = _versions(args, ctx)
    mt = _mt(args, ctx, release)
    scorer = mt.scorer if mt is not None and mt.trusted else None
    pairs = align_versions(release.versions[args.source], release.versions[args.target], args.level, scorer)
    if args.json:  # each row's number as the table prints it ('#'), as check and review give theirs
        print_json([{"segment": i, **p.to_json()} for i, p in enumerate(pairs, 1)])
        return EXIT_OK
    from rich.table import Table

    table = Table(show_lines=True, expand=True)
    table.add_column("#", width=3)
    table.add_column("type", width=5)
    table.add_column(args.source, ratio=1)
    table.add_column(args.target, ratio=1)
    for i, pair in enumerate(pairs, 1):
        table.add_row(str(i), pair.shape, escape(pair.source_text) or "—", escape(pair.target_text) or "—")
    console().print(table)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.review.checks import SEVERITIES

    release, report, with_mt = _checked(args, ctx)
    keep = SEVERITIES[: SEVERITIES.index(args.min_severity) + 1]  # error, warning, info: most severe first
    for pair in report.pairs:
        pair.flags = [f for f in pair.flags if f.severity in keep]
    if args.json:
        print_json([p.to_json() for p in report.pairs])
    else:
        # piped, a note or a flag is one line ('…source itself 21);\naligned without MT' was cut at 160
        # columns: fix batch 12, F6); a terminal wraps as it is wide
        out = console(soft_wrap=not sys.stdout.isatty())
        for note in report.notes:
            out.print(f"[dim]{escape(note)}[/]")
        for pair in report.flagged:
            out.print(f"[bold]{pair.index + 1}. {pair.kind}[/] [dim]({pair.shape})[/]")
            for lang, text in ((args.source, pair.source_lines), (args.target, pair.target_lines)):  # items: lines
                out.print(f"  {lang}: " + (escape(text) or "—").replace("\n", "\n" + " " * (len(lang) + 4)))
            for flag in pair.flags:
                if flag.severity == "info":  # only plausible: said, never counted as a problem
                    out.print(f"  [dim]note ({flag.code}) {escape(flag.message)}[/]")
                    continue
                colour = "red" if flag.severity == "error" else "yellow"
                out.print(f"  [{colour}]⚑ {flag.code}[/] {escape(flag.message)}")
        # counted as the exit reads them: a pair with notes only (--min-severity info) is not flagged
        flagged = sum(1 for p in report.pairs if any(f.severity != "info" for f in p.flags))
        noted = len(report.flagged) - flagged
        said = f", {noted} with notes only" if noted else ""
        dismissed = sum(len(p.dismissed) for p in report.pairs)  # in sight for a second reviewer
        said += f", {dismissed} flag(s) dismissed here (review lists them)" if dismissed else ""
        out.print(f"{args.source}→{args.target}: {len(report.pairs)} segment pairs, {flagged} flagged{said}")
        if not args.no_mt and not with_mt:  # said, not left to guess (a new user's trial)
            out.print(f"[dim]meaning not compared by machine translation: no model for {args.source}→{args.target}[/]")
    # the exit says whether there is something to correct: notes alone (--min-severity info) are not
    problems = any(f.severity != "info" for pair in report.pairs for f in pair.flags)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _accept(args: argparse.Namespace, report: CheckReport, store: ReviewStore, ctx: Context) -> None:
    """--accept-flag CODE: 'ignore this here', kept in the review state under the flag's signature."""
    from reader.core.review.dismiss import accept, held_back
    from reader.core.review.findings import FlagCode

    need_segment(args, report, "--accept-flag")
    pair = report.pairs[args.segment - 1]
    if not accept(report, store, args.segment, args.accept_flag, still(ctx, store, args, report)):
        codes = ", ".join(dict.fromkeys(f.code for f in pair.flags)) or "none"
        codes_known = get_args(FlagCode)
        known = "" if args.accept_flag in codes_known else f"; the flag codes are {', '.join(codes_known)}"
        raise CommandError(f"segment {args.segment} has no '{args.accept_flag}' flag (its flags: {codes}){known}")
    gone = [f for f in pair.flags if f.code == args.accept_flag]
    held_back(pair, store)  # the row printed next says 'dismissed here', as the full review does
    if not args.json:
        said = "; ".join(escape(f.message) for f in gone)
        console().print(f"dismissed in segment {args.segment} (later checks of this release keep it down): {said}")


def cmd_review(args: argparse.Namespace, ctx: Context) -> int:
    release, report = _report(args, ctx)
    text = edit_text(args)
    if text is not None:
        return edit(args, ctx, release, report, text, _store(ctx, release, args))
    store = _store(ctx, release, args)
    if args.restore_flags:  # dismissals undone: the checks run again and show them
        need_segment(args, report, "--restore-flags")
        restored = store.unaccept(report.pairs[args.segment - 1].key)
        if not restored:
            raise CommandError(f"segment {args.segment} has no dismissed flag to restore")
        release, report = _report(args, ctx)
        store = _store(ctx, release, args)
        if not args.json:
            console().print(f"restored {restored} dismissed flag(s) of segment {args.segment}")
    if args.withdraw:  # the segment's proposals taken back; its comment otherwise kept
        need_segment(args, report, "--withdraw")
        gone = store.withdraw(report.pairs[args.segment - 1].key)
        if not gone:
            raise CommandError(f"segment {args.segment} has no proposal to withdraw")
        if not args.json:
            console().print(f"withdrew {len(gone)} proposal(s) of segment {args.segment}")
    if args.accept_flag is not None:
        _accept(args, report, store, ctx)
    if args.set is not None or args.comment is not None:
        need_segment(args, report, "--set" if args.set is not None else "--comment")
        key = report.pairs[args.segment - 1].key
        guard = still(ctx, store, args, report)  # the edits as read with the check, before `fresh`
        seen = store.get(key).comment  # as this command read it: another process's comment since is kept
        before = store.fresh(key).comment
        base = seen if args.comment is not None else None
        after = store.set(key, args.set, args.comment, base=base, still=guard).comment
        if args.comment is not None and before.strip() and before.strip() not in after:
            # someone's comment replaced in silence (a team's trial): said, its words kept in the message
            warn(f"segment {args.segment}: replaced the comment «{clean_line(before)[:300]}»")
    rows = []
    for pair in report.pairs:
        state = store.get(pair.key)
        rows.append({**pair.to_json(), "status": state.status, "comment": state.comment})
    if args.json:
        print_json(
            {
                "id": release.id,  # as in list, show and import (a script reads one name)
                "release": release.id,
                "source": args.source,
                "target": args.target,
                "store": str(store.path),
                "segments": rows,
            }
        )
        return EXIT_OK
    from rich.table import Table

    counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("todo", "ok", "flagged")}
    # the counts on a line of their own: as the table's title they were padded to its width (a trial)
    said = f"{release.id} {args.source}→{args.target}: {counts['ok']} ok, {counts['flagged']} flagged, "
    said += f"{counts['todo']} to do"
    table = Table(expand=True, show_lines=True)
    table.add_column("#", width=3)
    table.add_column("state", width=8)
    table.add_column(args.source, ratio=1)
    table.add_column(args.target, ratio=1)
    table.add_column("flags / comment", ratio=1)
    # a change to one segment shows that segment (and the counts), not the whole release again
    changed = (
        args.set is not None or args.comment is not None or args.accept_flag or args.restore_flags or args.withdraw
    )
    for i, (row, pair) in enumerate(zip(rows, report.pairs, strict=True), 1):
        if changed and args.segment is not None and i != args.segment:
            continue
        # a note (only plausible) is said as one, as `check` says it: a ⚑ is for what to correct
        notes = [f"{'note' if f['severity'] == 'info' else '⚑'} {f['code']}: {f['message']}" for f in row["flags"]] + (
            [f"✎ {row['comment']}"] if row["comment"] else []
        )
        notes += [f"dismissed here ({f['code']}): {f['message']}" for f in row.get("dismissed", [])]
        sides = (escape(pair.source_lines) or "—", escape(pair.target_lines) or "—")  # two list items: two lines
        table.add_row(str(i), row["status"], *sides, escape("\n".join(notes)))
    console().print(escape(said), highlight=False)
    console().print(table)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from reader.core.review.export import TMX_STATES, render, tmx_said
    from reader.core.review.store import STATES

    if args.memory or args.id is None:
        return cmd_export_memory(args, ctx)
    output = Path(args.output) if args.output == "-" else output_file(args.output, library=ctx.library_root)
    if args.source_in_target and args.format != "xliff12":
        raise CommandError("--source-in-target goes with --format xliff12 (the XLIFF that OmegaT translates)")
    states = tuple(s.strip() for s in (args.states or ",".join(TMX_STATES)).split(",") if s.strip())
    if args.states and args.format != "tmx":
        raise CommandError("--states goes with --format tmx (an XLIFF carries every segment and its state)")
    unknown = [s for s in states if s not in STATES]
    if unknown:
        raise CommandError(f"unknown review state '{unknown[0]}' in --states (use {', '.join(STATES)})")
    if args.region and args.format not in ("tmx", "xliff", "xliff12"):
        raise CommandError("--region goes with --format tmx, xliff or xliff12 (the files a CAT tool reads)")
    tagged = getattr(args, "tag_region", None)  # '--target fr-BE'
    region = (args.region or tagged or ctx.settings.region) if args.format in ("tmx", "xliff", "xliff12") else None
    release, report = _report(args, ctx)
    store = _store(ctx, release, args)
    try:
        blocks = release.versions[args.target].blocks if args.target in release.versions else None
        data = render(
            report, store, args.format, release.title(args.source), args.source_in_target, True, states, region, blocks
        )
    except ValueError as exc:
        named = "--region" if args.region else "--target" if tagged else "PRESS_READER_REGION"  # who gave it
        raise CommandError(f"{named}: {exc}") from None
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    backup = write_keeping_earlier(output, data, ctx.settings.cache)
    # counted as `check` counts them: notes (only plausible) go into the file, never into the count
    flagged = sum(1 for p in report.pairs if any(f.severity != "info" for f in p.flags))
    marked = sum(1 for p in report.pairs if store.get(p.key).status == "flagged")  # the reviewer's own marks
    summary = f"wrote {output} ({args.format}, {len(report.pairs)} segments, {flagged} flagged by the checks"
    summary += f", {marked} marked flagged in review)" if marked else ")"
    if args.format == "tmx":  # a translation unit needs both sides: the count says what the file holds
        summary = f"wrote {output} (tmx, {tmx_said(report, store, states)})"
    sys.stderr.write(clean_line(summary + kept_note(backup)) + "\n")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    def pair_parser(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("id", nargs="?" if name == "export" else None)  # export --memory takes none (trial D)
        p.add_argument("--source", action=LanguageTag, metavar="xx", help="(default: the original's language)")
        p.add_argument(
            "--target", action=LanguageTag, metavar="xx", help="(default: the other of nl and fr, or the one other)"
        )
        p.add_argument("--no-mt", action="store_true", help="never use installed models to help")
        p.add_argument("--glossary", metavar="FILE", help="extra glossary YAML (besides <config>/glossary.yaml)")
        return p

    p = pair_parser("align", "align two language versions into segment pairs")
    p.add_argument("--level", choices=("sentence", "block"), default="sentence")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_align)
    p = pair_parser("check", "check a rendering against its original; exits 1 when anything is flagged")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--min-severity",
        choices=("error", "warning", "info"),
        default="warning",
        help="report flags of this severity or worse (default: warning; info adds notes, what is only plausible)",
    )
    p.set_defaults(handler=cmd_check)
    p = pair_parser("review", "print (or set) the review state of each segment")
    p.add_argument("--segment", type=int, metavar="N", help="segment number, as printed")
    p.add_argument(
        "--expect-source",
        metavar="TEXT",
        help="refuse unless --segment N's source holds TEXT (numbers move when an edit splits a segment)",
    )
    p.add_argument("--set", choices=("todo", "ok", "flagged"))
    p.add_argument("--comment")
    p.add_argument("--edit", metavar="TEXT", help="replace the target text of --segment N (history is kept)")
    p.add_argument("--edit-file", metavar="FILE", help="the same, the new text read from a file as import reads it")
    p.add_argument("--translator", metavar="NAME", help="who edits (default: $PRESS_READER_TRANSLATOR, the user)")
    p.add_argument(
        "--accept-flag",
        metavar="CODE",
        help="dismiss the CODE flag of --segment N here: later checks of this release do not raise it again "
        "(for a name the checks should know everywhere, use: glossary add NL FR)",
    )
    p.add_argument(
        "--restore-flags",
        action="store_true",
        help="undo the dismissals of --segment N (--accept-flag, the review's d): later checks raise them again",
    )
    p.add_argument(
        "--withdraw",
        action="store_true",
        help="take back the proposals of --segment N (corrections of an official version kept in its comment)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_review)
    p = pair_parser("export", "export aligned pairs with flags and review states")
    p.add_argument(
        "--format",
        required=True,
        choices=("tmx", "xliff", "xliff12", "md", "html"),
        help="xliff: XLIFF 2.0; xliff12: XLIFF 1.2 (OmegaT, older CAT tools)",
    )
    p.add_argument(
        "--source-in-target",
        action="store_true",
        help="with xliff12: every target a copy of the source, the XLIFF that OmegaT translates "
        "(its translations come from the TMX export in the project's tm/auto/)",
    )
    p.add_argument(
        "--states",
        metavar="STATE,...",
        help="with tmx: the review states whose segments go in (default: todo,ok; a segment marked flagged "
        "is known wrong, and a CAT tool's memory would offer it as a match)",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    add_export_flags(p)
    p.set_defaults(handler=cmd_export)
