"""import FILE.xlf: a translator's work on a release, brought back from a CAT tool (core.importer.xliff)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reader.commands.context import Context
from reader.commands.output import console, escape, warn
from reader.core.errors import ImportFailed
from reader.core.importer.xliff_change import SPACES_ONLY, spaces_only
from reader.core.review.store import LINE_BREAK

XLIFF_SUFFIXES = (".xlf", ".xliff")


def xliff_inside(path: Path) -> bool:
    """An XLIFF under another name ('seed.xliff12', 'job.xml', as an export was told to call it):
    its first bytes say so."""
    try:
        if not path.is_file():
            return False  # a pipe would wait for a writer for ever: the import says what it is
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError:
        return False  # the import says why, naming the file
    # with a byte-order mark (Trados writes one on every .sdlxliff), in UTF-8 or UTF-16 (a CAT-tool trial)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom) :].decode(codec, errors="ignore").encode("utf-8")
            break
    return head.lstrip().startswith(b"<?xml") and b"<xliff" in head


def import_xliff(args: argparse.Namespace, ctx: Context, path: Path) -> dict[str, Any]:
    """An XLIFF file brings back a translator's work on an existing release; see core.importer.xliff."""
    from reader.core.importer.xliff import ElsewhereRelease, apply_xliff, plan_xliff
    from reader.core.text.glossary import checking_glossary

    glossary = checking_glossary(ctx.settings.user_glossary, None, warn)
    try:
        plan = plan_xliff(
            path, ctx.library, ctx.settings.reviews_of(ctx.library_root), args.release, glossary, args.accept_copies
        )
    except ElsewhereRelease as exc:  # trial R (R-4c): a file of another library was given to the default one
        raise ElsewhereRelease(exc.path, f"{exc.reason} (is it another library's? --library DIR)") from None
    if not args.dry_run and plan.changes:
        apply_xliff(plan, ctx.library, ctx.settings.reviews_of(ctx.library_root), ctx.who(args.translator), glossary)
    for line in [*plan.warnings(args.dry_run), plan.ok_flagged_warning()]:
        if line:
            warn(line)
    if not args.json:
        verb = "would change" if args.dry_run else "changed"
        where = (
            f"of [cyan]{plan.release.id}[/] {plan.file.source_lang}→{plan.file.target_lang} from {escape(str(path))}"
        )
        out = console()
        if plan.proposals:  # an official version is never changed by a file: its new texts are proposals
            out.print(f"{verb} the review of {len(plan.changes)} segment(s) {where} (official text unchanged)")
        else:
            out.print(f"{verb} {len(plan.changes)} segment(s) {where}")
        before = {pair.index + 1: pair.target for pair in plan.report.pairs} if plan.report is not None else {}
        for change in plan.changes:
            target = "proposal" if plan.proposals else "target"
            what = [
                # a target over list items, a line an item, said on one line as a proposal says it
                f"{target}: {escape(LINE_BREAK.join(change.target.splitlines()))}" if change.target is not None else "",
                f"state: {change.status}" if change.status else "",
                f"comment: {escape(change.comment)}" if change.comment is not None else "",
            ]
            out.print(f"  {change.segment}. " + " · ".join(w for w in what if w))
            if change.target is not None and change.previous:
                out.print(f"     was: {escape(LINE_BREAK.join(change.previous.splitlines()))}")
            if change.target is not None and spaces_only(change.target, before.get(change.segment, change.target)):
                out.print(f"     ({SPACES_ONLY})")
            # re-checked as written; a dry run's and a proposal's as the plan read them
            if change.target is not None:
                for code, message in change.flags:
                    out.print(f"     ⚑ {code}: {escape(message)}")
                if not change.flags:
                    out.print("     no flag")
    reason = plan.unapplied()
    if reason is not None:  # the file's edits all stale: an error, its plan still said in --json
        raise NotApplied(path, reason, plan.to_json(written=False))
    return plan.to_json(written=not args.dry_run and bool(plan.changes))  # nothing to apply: nothing written


class NotApplied(ImportFailed):
    """An XLIFF none of whose edits could be applied (see XliffPlan.unapplied): exit 2, and `said`,
    its plan, still printed with --json."""

    def __init__(self, path: Path, reason: str, said: dict[str, Any]) -> None:
        self.said = said
        super().__init__(path, reason)
