"""Take a CAT tool's XLIFF back from the TUI: what it would change is shown first, as
`press-reader import FILE.xlf --dry-run` says it, and applied on ctrl+s.

The TUI exported XLIFF but only the shell took it back (a translator's trial). Both steps run in
thread workers; the apply plans the file again, so a review changed while the preview was open is
merged as the shell's import merges it (three ways, the review's newer state kept and named).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Label, Static

from reader.core.errors import ReaderError
from reader.core.importer.xliff_change import SPACES_ONLY, spaces_only
from reader.core.importer.xliff_plan import XliffPlan
from reader.core.review.store import LINE_BREAK
from reader.tui.screens.base import BaseModal
from reader.tui.tell import cleaned, describe_error, safe, tell

XLIFF_SUFFIXES = (".xlf", ".xliff")
APPLY_LABEL, APPLYING = "Apply (ctrl+s)", "Applying…"


def open_xliff(screen: Any, path: Path) -> bool:
    """From the import dialog: an XLIFF goes to this screen, whose answer (the release changed, or
    None) becomes the dialog's own; False for any other file."""
    if path.suffix.lower() not in XLIFF_SUFFIXES:
        return False

    def answered(release_id: str | None) -> None:
        screen.dismiss(release_id)  # not awaited: Textual refuses a dismiss awaited from a callback

    screen.app.push_screen(XliffImportScreen(path), answered)
    return True


@dataclass
class XliffPlanned(Message):
    plan: XliffPlan | None
    error: str = ""


@dataclass
class XliffApplied(Message):
    release_id: str
    note: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class XliffRefused(Message):
    reason: str


def plan_lines(plan: XliffPlan, applied: bool = False) -> list[str]:
    """What the plan changes and what it leaves, in the shell's words (import_xliff.py)."""
    verb = "changed" if applied else "would change"
    where = f"of {plan.release.id} {plan.file.source_lang}→{plan.file.target_lang}"
    if not plan.changes:
        left = plan.skipped or plan.other_language  # units not taken, said below: the file differs all the same
        lines = [f"Nothing to take back {where}" + ("" if left else ": the file holds what the library holds")]
    elif plan.proposals:
        lines = [f"{verb} the review of {len(plan.changes)} segment(s) {where} (official text unchanged)"]
    else:
        lines = [f"{verb} {len(plan.changes)} segment(s) {where}"]
    before = {pair.index + 1: pair.target for pair in plan.report.pairs} if plan.report is not None else {}
    for change in plan.changes:
        what = [
            f"{'proposal' if plan.proposals else 'target'}: {LINE_BREAK.join(change.target.splitlines())}"
            if change.target is not None
            else "",
            f"state: {change.status}" if change.status else "",
            f"comment: {change.comment}" if change.comment is not None else "",
        ]
        lines.append(f"  {change.segment}. " + " · ".join(w for w in what if w))
        if change.target is not None and change.segment in before:  # what the new text replaces
            lines.append(f"     was: {LINE_BREAK.join(before[change.segment].splitlines())}")
            if spaces_only(change.target, before[change.segment]):
                lines.append(f"     ({SPACES_ONLY})")
        lines += [f"     ⚑ {code}: {message}" for code, message in change.flags]
    return lines


def plan_warnings(plan: XliffPlan, dry_run: bool) -> list[str]:
    """The shell's warnings (XliffPlan.warnings), without the file's name the screen shows above."""
    said = [*plan.warnings(dry_run), *([] if dry_run else [plan.ok_flagged_warning()])]
    name = f"{plan.file.path}: "
    return [line.removeprefix(name) for line in said if line]


class XliffImportScreen(BaseModal[str | None]):
    """Returns the id of the release whose review or version changed, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "confirm", "Apply", priority=True),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="xliff-dialog"):
            yield Label(safe(f"Take back a CAT tool's work: {self.path.name}"), id="xliff-heading")
            with VerticalScroll(id="xliff-preview"):
                yield Static(safe(f"Reading {self.path.name}…"), id="xliff-plan")
            with Horizontal(classes="dialog-buttons"):
                yield Button(APPLY_LABEL, variant="primary", id="confirm", disabled=True, compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()
        self.read_plan()

    def _plan(self) -> XliffPlan:
        from reader.core.importer.xliff import plan_xliff
        from reader.core.text.glossary import checking_glossary

        settings = self.app.settings
        glossary = checking_glossary(settings.user_glossary, None, partial(tell, self.app, severity="warning"))
        return plan_xliff(self.path, self.app.library, settings.reviews_of(self.app.library.root), None, glossary)

    @work(thread=True, exclusive=True, exit_on_error=False, group="xliff", description="Reading the XLIFF file")
    def read_plan(self) -> None:
        try:
            self.post_message(XliffPlanned(self._plan()))
        except ReaderError as exc:
            self.post_message(XliffPlanned(None, describe_error(exc)))

    def on_xliff_planned(self, message: XliffPlanned) -> None:
        shown = self.query_one("#xliff-plan", Static)
        if message.plan is None:
            shown.update(Text(f"Not taken back: {cleaned(message.error)}", style="bold red"))
            return
        plan = message.plan
        text = Text("\n".join(cleaned(line) for line in plan_lines(plan)))
        for warning in plan_warnings(plan, dry_run=True):
            text.append(f"\n\n{cleaned(warning)}", style="yellow")
        if (reason := plan.unapplied()) is not None:
            text.append(f"\n\nNothing can be applied: {cleaned(reason)}", style="bold red")
        shown.update(text)
        button = self.query_one("#confirm", Button)
        button.disabled = not plan.changes or reason is not None
        (button if not button.disabled else self.query_one("#cancel", Button)).focus()

    @work(thread=True, exclusive=True, exit_on_error=False, group="xliff", description="Taking the XLIFF back")
    def apply_plan(self) -> None:
        from reader.core.importer.xliff import apply_xliff

        settings = self.app.settings
        try:
            plan = self._plan()  # again: the review may have changed while the preview was open
            if (reason := plan.unapplied()) is not None or not plan.changes:
                self.post_message(XliffRefused(reason or "nothing left to take back: the library holds it already"))
                return
            from reader.core.text.glossary import checking_glossary

            glossary = checking_glossary(settings.user_glossary, None, lambda _said: None)
            roots = settings.reviews_of(self.app.library.root)
            apply_xliff(plan, self.app.library, roots, settings.user or "", glossary)
        except ReaderError as exc:
            self.post_message(XliffRefused(describe_error(exc)))
            return
        flagged = sum(1 for c in plan.changes if c.flags)
        note = f"Took back {len(plan.changes)} segment(s) of {plan.release.id} from {self.path.name}"
        note += f"; the checks flag {flagged} of them" if flagged else ""
        self.post_message(XliffApplied(plan.release.id, note, plan_warnings(plan, dry_run=False)))

    def on_xliff_refused(self, message: XliffRefused) -> None:
        button = self.query_one("#confirm", Button)
        button.label = APPLY_LABEL
        self.query_one("#xliff-plan", Static).update(Text(f"Not taken back: {cleaned(message.reason)}", "bold red"))

    def on_xliff_applied(self, message: XliffApplied) -> None:
        tell(self.app, message.note)
        for warning in message.warnings:
            tell(self.app, warning, severity="warning")
        self.dismiss(message.release_id)

    @on(Button.Pressed, "#confirm")
    def action_confirm(self) -> None:
        button = self.query_one("#confirm", Button)
        if button.disabled:
            return
        button.disabled, button.label = True, APPLYING
        self.apply_plan()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if str(self.query_one("#confirm", Button).label) == APPLYING:
            tell(self, "The XLIFF is being applied; it ends in a moment and says so.", severity="warning")
            return
        self.dismiss(None)
