"""The earlier texts of one language version, the highlighted one shown below the list; Enter
restores one (the current text is kept too)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.errors import ReaderError
from reader.core.history import Revision, read_revision
from reader.core.text.clean import clean_line
from reader.tui.screens.base import BaseModal
from reader.tui.tell import safe

PREVIEW_CHARS = 4_000  # of the highlighted text, below the list


class HistoryModal(BaseModal[str | None]):
    """Returns the stamp of the revision to restore, or None."""

    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close")]

    def __init__(self, title: str, revisions: list[Revision]) -> None:
        super().__init__()
        self.title_text, self.revisions = title, revisions

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="history"):
            yield Label(safe(self.title_text))
            if not self.revisions:
                yield Label("No earlier text: this version was never replaced.", classes="dialog-text")
            options = [
                Option(
                    safe(
                        f"{r.local_time}  {clean_line(r.who)}  ·  {clean_line(r.why)}  ·  was "
                        f"{clean_line(str(r.provenance.get('provenance', '?')))}"
                    ),
                    id=r.stamp,
                )
                for r in reversed(self.revisions)
            ]
            yield OptionList(*options, id="revisions")
            with VerticalScroll(id="revision-scroll") as scroll:
                scroll.display = bool(self.revisions)
                yield Static("", id="revision-text", markup=False)
            yield Label(
                "Enter restores the selected text; the current one goes to the history too.", classes="dialog-text"
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The text before deciding: a restore should never be a guess (a body is a few kB, read here)."""
        revision = next((r for r in self.revisions if r.stamp == event.option.id), None)
        if revision is None:
            return
        try:
            text = read_revision(revision)
        except ReaderError as exc:
            text = str(exc)
        self.query_one("#revision-text", Static).update(text[:PREVIEW_CHARS])

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
