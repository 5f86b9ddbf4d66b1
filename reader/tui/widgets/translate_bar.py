"""The progress of a translation in side by side: a bar and a line; shown while the screen translates,
and for a while after it, saying how the run ended (`ended`)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class TranslateBar(Horizontal):
    def __init__(self) -> None:
        super().__init__(id="translate-progress")
        self.said = ""  # how the last run ended, while the line says it

    def compose(self) -> ComposeResult:
        yield ProgressBar(id="progress", show_eta=False)
        yield Static("", id="progress-text")

    def start(self, text: str) -> None:
        """A run begins: no count yet (the bar pulses), and what it waits on."""
        self.said = ""
        self.screen.remove_class("-said")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.say(text)

    def progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.say(f"Esc cancels · {done}/{total} sentences")  # the key first: cut at 60 columns (trial C)

    def say(self, text: str) -> None:
        self.query_one("#progress-text", Static).update(text)

    def ended(self, text: str, seconds: float) -> None:
        """How the run ended, under the rows for `seconds`: a toast saying it covered the top of the
        columns being read for several seconds (trial M at 80x24); here it hides nothing."""
        self.said = text
        self.say(text)
        self.screen.add_class("-said")
        self.set_timer(seconds, lambda: self.clear_ended(text))

    def clear_ended(self, text: str | None = None) -> None:
        """Taken down (Esc, its time over); `text`: only if it is still what the line says."""
        if text is None or text == self.said:
            self.said = ""
            self.screen.remove_class("-said")
