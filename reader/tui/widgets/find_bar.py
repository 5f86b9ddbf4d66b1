"""`/` in a text: a find box above the footer; typing finds, Enter or n/N go on, Esc closes.

Typing finds once the keys pause (FIND_PAUSE): on a long release a find per key kept the app busy
for seconds per letter, and keys typed meanwhile ran as commands (a new user's trial). The bar's
lower border says where the find is ('3 of 12', 'no match'), as it goes.

The bar only says what is wanted; the view that owns the text finds and highlights. Given a
`target` (a selector of a view with `find(query, step) -> matches`, as the aligned view has), the
bar calls it directly and the screen needs nothing; without, it posts `Find` for the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, cast

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.timer import Timer

from reader.tui.tell import tell
from reader.tui.widgets.reader_input import ReaderInput

FIND_PAUSE = 0.25  # seconds without a key before a typed find runs


class Findable(Protocol):
    def find(self, query: str, step: int = 0) -> int: ...


class FindBar(ReaderInput):
    # Drawn as the library's search box, in the flow above the footer. It was a one-line bar docked
    # at the foot: Input's focused border (higher specificity) took its only line, so the text never
    # showed, and the docked bar sat over the footer.
    DEFAULT_CSS = """
    FindBar { display: none; margin: 0 1; }
    FindBar.-open { display: block; }
    """
    # Shown while typing: the screen's letter keys go into the box, so the footer says what still works.
    BINDINGS = [
        Binding("enter", "submit", "Next match"),
        Binding("escape", "close", "Close find"),
    ]

    @dataclass
    class Find(Message):
        """Find `query` (empty: clear the highlights); `step` 0 from the top, 1 next, -1 previous."""

        query: str
        step: int = 0

    def __init__(self, target: str | None = None, view: str | None = None) -> None:
        super().__init__(placeholder="Find in the text (accents ignored) · Enter: find · Esc: close", id="find")
        self.target = target
        self.view = view or target  # what Enter hands the keys to, for n and N (as in less or vim)
        self._waiting: Timer | None = None  # a typed find not run yet

    def post_find(self, query: str, step: int = 0) -> None:
        if self._waiting is not None:
            self._waiting.stop()
            self._waiting = None
        if self.target is None:
            self.post_message(self.Find(query, step))
            return
        view = cast(Findable, self.screen.query_one(self.target))
        found = view.find(query, step)
        self.border_subtitle = (f"{found} row(s)" if found else "no match") if query.strip() else ""
        if not found and query.strip() and step:
            tell(self, f"“{query}” is not in the text.", severity="warning")

    def where(self, at: int | None, found: int) -> None:
        """Say on the bar's border which match is shown of how many (`at` None: no find)."""
        self.border_subtitle = "" if at is None else f"{at + 1} of {found}" if found else "no match"

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    def action_close(self) -> None:
        if self._waiting is not None and self.value.strip():
            self.post_find(self.value)  # typed, then closed at once: still what `c` looks up
        self.value = ""
        self.remove_class("-open")
        self.post_find("")
        self.screen.focus_next()

    @on(ReaderInput.Changed)
    def _changed(self, event: ReaderInput.Changed) -> None:
        event.stop()
        if self._waiting is not None:
            self._waiting.stop()
            self._waiting = None
        if not self.has_class("-open"):
            return  # emptied as it closed: the find is cleared already (action_close)
        value = event.value
        self._waiting = self.set_timer(FIND_PAUSE, lambda: self.post_find(value))

    @on(ReaderInput.Submitted)
    def _submitted(self, event: ReaderInput.Submitted) -> None:
        event.stop()
        # Enter before the typed find ran finds it (the first match), not the one after it
        self.post_find(event.value, 0 if self._waiting is not None else 1)
        if self.view is not None and event.value.strip():
            # the keys go back to the text, the bar stays open: n and N go on, Esc closes it (n
            # was typed into the box, and Esc left the screen once Tab had left the box: two trials)
            self.screen.query_one(self.view).focus()

    def close_if_open(self) -> bool:
        """Esc on the screen while the bar is open: the find closes, the screen stays."""
        if not self.has_class("-open"):
            return False
        self.action_close()
        return True
