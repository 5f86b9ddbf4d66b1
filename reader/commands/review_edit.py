"""review --edit / --edit-file: one segment's new text written, checked again and said; the pair
and its review state are `review.py`'s."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from reader.commands.context import Context
from reader.commands.output import EXIT_OK, CommandError, console, escape, print_json, warn
from reader.core import atomic
from reader.core.atomic import describe
from reader.core.errors import ImportFailed, ProposalKept
from reader.core.model import Release
from reader.core.review.proposals import proposal_flags
from reader.core.text.clean import clean_line
from reader.core.text.glossary import checking_glossary

if TYPE_CHECKING:
    from reader.core.review.checks import CheckReport
    from reader.core.review.edit import EditOutcome
    from reader.core.review.store import ReviewStore, Stands


def edit_text(args: argparse.Namespace) -> str | None:
    """--edit TEXT or --edit-file FILE (one of them), bounded: a segment is a sentence or a paragraph."""
    from reader.core.review.edit import MAX_EDIT

    if args.edit is not None and args.edit_file is not None:
        raise CommandError("give --edit TEXT or --edit-file FILE, not both")
    if args.edit_file is None:
        return args.edit  # type: ignore[no-any-return]
    from reader.core.importer.encoding import decode, encoding_note

    path = Path(args.edit_file)
    try:
        data = atomic.read_limited(path, MAX_EDIT * 4)  # a FIFO is refused, not waited on
    except OSError as exc:
        raise CommandError(f"{clean_line(str(path))}: cannot read ({describe(exc)})") from None
    try:  # as import reads a text file: Windows' UTF-16 and cp1252 were refused here, 'not UTF-8' (trial Z)
        text, encoding = decode(data, path)
    except ImportFailed as exc:
        raise CommandError(f"{clean_line(str(path))}: {exc.reason}") from None
    if note := encoding_note(encoding):
        warn(f"{clean_line(str(path))}: {note}")
    if len(text) > MAX_EDIT:
        raise CommandError(f"{path}: over {MAX_EDIT} characters; one segment is a sentence or a paragraph")
    return text.strip()


def need_segment(args: argparse.Namespace, report: CheckReport, flag: str) -> None:
    """A --segment that names a segment of this pair, or one line saying how many there are."""
    total = len(report.pairs)
    if args.segment is None:
        raise CommandError(f"{flag} needs --segment N, between 1 and {total}")
    if not 1 <= args.segment <= total:
        raise CommandError(
            f"--segment {args.segment}: release '{report.release_id}' has {total} segments "
            f"{report.source}→{report.target} (1 to {total})"
        )
    expected = " ".join((getattr(args, "expect_source", None) or "").split()).casefold()
    source = report.pairs[args.segment - 1].source
    if expected and expected not in " ".join(source.split()).casefold():
        # numbers move when an edit splits or joins segments: a script's number may name another one now
        said = " ".join(source.split())
        said = said if len(said) <= 60 else said[:59] + "…"
        raise CommandError(
            f"--segment {args.segment} is now «{said}», not the segment --expect-source names "
            "(the numbers moved? check again); nothing changed"
        )


def edit(
    args: argparse.Namespace, ctx: Context, release: Release, report: CheckReport, text: str, store: ReviewStore
) -> int:
    need_segment(args, report, "--edit")
    try:
        outcome = _edit_release(args, ctx, release, report, text, store)
    except ProposalKept as kept:  # an official version: the proposal is what can be done, and was
        warn(str(kept))
        pair = report.pairs[args.segment - 1]
        glossary = checking_glossary(ctx.settings.user_glossary, None, lambda _said: None)
        flags = proposal_flags(pair.source, text, pair.kind, args.source, args.target, glossary)
        if args.json:
            said = [{"code": code, "message": message} for code, message in flags]
            print_json({"id": release.id, "segment": args.segment, "proposal": True, "edited": False, "flags": said})
            return EXIT_OK
        for code, message in flags:  # checked as an edit is: the proposal's own mistakes said
            console().print(f"  ⚑ {code}: {escape(message)}")
        return EXIT_OK
    return _edited(args, outcome)


def _edit_release(
    args: argparse.Namespace, ctx: Context, release: Release, report: CheckReport, text: str, store: ReviewStore
) -> EditOutcome:
    from reader.core.review.edit import Edit, edit_release

    extra = Path(args.glossary) if getattr(args, "glossary", None) else None
    return edit_release(
        ctx.library,
        release,
        args.source,
        args.target,
        [Edit(args.segment, text)],
        who=ctx.who(getattr(args, "translator", None)),
        glossary=checking_glossary(ctx.settings.user_glossary, extra, lambda _said: None),  # said by the report
        store=store,
        status=args.set,
        comment=args.comment,
        report=report,
    )


def _edited(args: argparse.Namespace, outcome: EditOutcome) -> int:
    if args.json:
        print_json(outcome.to_json())
        return EXIT_OK
    out = console()
    for segment in outcome.segments:
        out.print(f"segment {segment.segment} ({outcome.provenance.label()}): {escape(segment.text) or '—'}")
        for flag in segment.flags:  # a note (only plausible) said as `check` says it: ⚑ is for what to correct
            mark = f"[dim]note ({flag.code})[/]" if flag.severity == "info" else f"⚑ {flag.code}:"
            out.print(f"  {mark} {escape(flag.message)}")
        if not any(f.severity != "info" for f in segment.flags):
            out.print("  no flag")
    return EXIT_OK


def still(ctx: Context, store: ReviewStore, args: argparse.Namespace, report: CheckReport) -> Stands:
    """Why segment --segment's texts are gone from disk, asked under the store's lock (trial I: a
    comment written beside an edit of the segment went onto its old text, where no segment finds it)."""
    from reader.core.review.standing import standing

    pair = report.pairs[args.segment - 1]
    return standing(ctx.library, store.release_id, (args.source, args.target), pair, store)
