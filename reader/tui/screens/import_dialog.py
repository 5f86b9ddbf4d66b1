"""Import dialog: pick a file, see what was detected, confirm. Detection runs in a thread worker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Label, Static
from textual.worker import Worker

from reader.core.importer.importer import ImportPlan, apply_import, plan_import
from reader.tui.screens.base import BaseModal

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


@dataclass
class PlanReady(Message):
    plan: ImportPlan


class ImportScreen(BaseModal[str | None]):
    """Returns the id of the imported release, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path
        self.plan: ImportPlan | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="import-dialog"):
            yield Label("Import a release", id="import-title")
            with VerticalScroll(id="import-preview"):
                yield Static("Choose a file…", id="import-detected")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Import", variant="primary", id="confirm", disabled=True)
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        if self.path is not None:
            self.detect(self.path)
            return
        from reader.tui.screens.modals import FilePicker

        def picked(path: Path | None) -> None:
            if path is None:
                self.dismiss(None)
            else:
                self.path = path
                self.detect(path)

        self.app.push_screen(FilePicker("Import a press release (.txt .md .html .pdf .docx)", SUFFIXES), picked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import", description="Reading the file")
    def detect(self, path: Path) -> None:
        self.post_message(PlanReady(plan_import(path, self.app.library)))

    def on_plan_ready(self, message: PlanReady) -> None:
        plan = self.plan = message.plan
        text = Text()
        text.append(f"{plan.path.name}\n", style="bold")
        where = "new release" if plan.new_release else "new language version of"
        rows = [
            ("release", f"{where} {plan.release_id}"),
            ("language", plan.language),
            ("date", plan.date.isoformat()),
            ("title", plan.title),
            ("issuer", plan.issuer or "—"),
            ("provenance", plan.provenance.kind),
        ]
        for label, value in rows:
            text.append(f"{label:>10}  ", style="dim")
            text.append(f"{value}\n")
        for warning in plan.warnings:
            text.append(f"⚠ {warning}\n", style="yellow")
        text.append("\n")
        for block in plan.blocks[:12]:
            style = "dim" if block.kind == "letterhead" else ""
            text.append(f"[{block.kind}] ", style="dim italic")
            text.append(block.text[:300] + ("…" if len(block.text) > 300 else "") + "\n", style=style)
        self.query_one("#import-detected", Static).update(text)
        self.query_one("#confirm", Button).disabled = False
        self.query_one("#confirm", Button).focus()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "import" and event.worker.error is not None:
            self.query_one("#import-detected", Static).update(Text(str(event.worker.error), style="bold red"))

    @on(Button.Pressed, "#confirm")
    def _confirm(self) -> None:
        if self.plan is None:
            return
        release = apply_import(self.plan, self.app.library)
        self.notify(f"Imported {self.plan.path.name} as {release.id}")
        self.dismiss(release.id)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
