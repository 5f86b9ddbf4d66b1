"""`/` in a text: a one-line bar at the foot of the screen; typing finds, Enter or n/N go on, Esc closes.

The bar only says what is wanted; the view that owns the text (the reader's `ReleaseView`, the
aligned view) finds and highlights, so each screen adds a binding and two message handlers.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.binding import Binding
from textual.message import Message

from reader.tui.widgets.reader_input import ReaderInput


class FindBar(ReaderInput):
    DEFAULT_CSS = """
    FindBar { dock: bottom; display: none; height: 1; border: none; padding: 0 1; margin-bottom: 1; }
    FindBar.-open { display: block; }
    """
    BINDINGS = [Binding("escape", "close", "Close find", show=False)]

    @dataclass
    class Find(Message):
        """Find `query` (empty: clear the highlights); `step` 0 from the top, 1 next, -1 previous."""

        query: str
        step: int = 0

    def __init__(self) -> None:
        super().__init__(placeholder="Find in the text (accents ignored) · Enter: next · Esc: close", id="find")

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    def action_close(self) -> None:
        self.value = ""
        self.remove_class("-open")
        self.post_message(self.Find(""))
        self.screen.focus_next()

    @on(ReaderInput.Changed)
    def _changed(self, event: ReaderInput.Changed) -> None:
        event.stop()
        self.post_message(self.Find(event.value))

    @on(ReaderInput.Submitted)
    def _submitted(self, event: ReaderInput.Submitted) -> None:
        event.stop()
        self.post_message(self.Find(event.value, 1))
