"""The progress of a translation in side by side: a bar and a line; shown while the screen translates."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class TranslateBar(Horizontal):
    def __init__(self) -> None:
        super().__init__(id="translate-progress")

    def compose(self) -> ComposeResult:
        yield ProgressBar(id="progress", show_eta=False)
        yield Static("", id="progress-text")

    def start(self, text: str) -> None:
        """A run begins: no count yet (the bar pulses), and what it waits on."""
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.say(text)

    def progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.say(f"{done}/{total} sentences · Esc cancels")

    def say(self, text: str) -> None:
        self.query_one("#progress-text", Static).update(text)
