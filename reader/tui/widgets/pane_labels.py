"""The headings over the two columns of an aligned view: which version each side shows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from reader.tui.tell import safe


class PaneLabels(Horizontal):
    def __init__(self, left: str = "", right: str = "") -> None:
        super().__init__(id="pane-labels")
        self._texts = (left, right)

    def compose(self) -> ComposeResult:
        yield Label(safe(self._texts[0]), id="left-label", classes="pane-label")
        yield Label(safe(self._texts[1]), id="right-label", classes="pane-label")

    def show(self, left: str, right: str) -> None:
        self.query_one("#left-label", Label).update(safe(left))
        self.query_one("#right-label", Label).update(safe(right))
