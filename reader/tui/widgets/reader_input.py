"""An Input that follows the app's cursor-blink setting (off in tests and snapshots)."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class ReaderInput(Input):
    _keep_once = False  # the next focus selects nothing (`type_in`)

    def on_mount(self) -> None:
        self.cursor_blink = bool(getattr(self.app, "cursor_blink", True))

    def type_in(self, text: str) -> None:
        """`text` as typed, the cursor after it, the focus here: the letters that follow come after it.
        Input's own focus handler (after this class's) selects all, and the next letter replaced the
        word (trial Y: a word typed into the library's list lost its first letters)."""
        self.value = text
        self.cursor_position = len(text)
        if not self.has_focus:
            self._keep_once = True
            self.focus()

    def _on_focus(self, event: events.Focus) -> None:
        if self._keep_once and self.select_on_focus:
            self._keep_once = False
            self.select_on_focus = False
            self.call_later(setattr, self, "select_on_focus", True)
