"""Edit one target segment under its source, with the segment's flags in view."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Label, Static, TextArea

from reader.core.review.checks import CheckedPair
from reader.tui.screens.base import BaseModal


class EditSegmentModal(BaseModal[str | None]):
    """Returns the new target text (ctrl+s), or None (escape)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save segment", priority=True),
        Binding("escape", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, pair: CheckedPair, source_lang: str, target_lang: str) -> None:
        super().__init__()
        self.pair, self.source_lang, self.target_lang = pair, source_lang, target_lang

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-dialog"):
            yield Label(f"Segment {self.pair.index + 1} · {self.pair.kind} ({self.pair.shape})", classes="title")
            with VerticalScroll(id="edit-context"):  # a long source scrolls; the buttons stay in view
                source = Text(f"{self.source_lang}: ", style="bold").append(self.pair.source or "—")
                yield Static(source, id="edit-source")
                flags = Text()
                for flag in self.pair.flags:
                    style = "bold red" if flag.severity == "error" else "bold yellow"
                    flags.append(f"⚑ {flag.code}: ", style=style).append(f"{flag.message}\n")
                yield Static(flags or Text("no flag", style="dim"), id="edit-flags")
            yield Label(f"{self.target_lang}:", classes="pane-label")
            yield TextArea(self.pair.target, id="edit-target", soft_wrap=True, show_line_numbers=False)
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
