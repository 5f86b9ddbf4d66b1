"""Letters typed into the library's list: they reach the search whole, however fast they came.

A word sent to the list in one burst (typed fast, sent by tmux) lost letters: Textual hands each
key to the widget focused when the app reads it, so the letters behind the one that opened the
search still reached the list, as keys, and the search came out as 'oen' for 'pensioen' (trial Y).
Now a letter the list has no key for opens the search with it at once; a letter bound to a key
(l, d, i, q...) waits `HOLD` and, followed in that time by another letter, is the start of a word
(its action never taken), else it acts; a letter reaching the list once the search opened goes
into the search, at its cursor, until the list has the focus again (a widget's `focus()` takes
effect later, after the letters of the burst have been handed to the list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events

from reader.tui.widgets.reader_input import ReaderInput
from reader.tui.widgets.release_list import ReleaseList

if TYPE_CHECKING:
    from textual.app import App
    from textual.timer import Timer
    from textual.widget import Widget

# a burst's letters come a few milliseconds apart; two keys a person presses, a tenth of a second or more
HOLD = 0.06


class ListTyping:
    def __init__(self, owner: Widget) -> None:
        self.owner = owner  # the widget holding the search box and the list
        self.held: list[events.Key] = []
        self.timer: Timer | None = None
        self.word_open = False  # the search opened by letters typed into the list; off when the list is focused

    def key(self, event: events.Key) -> None:
        """A key that reached the owner from the list (the search box keeps the letters typed in it)."""
        if getattr(event, "replayed", False):
            return  # a held key let through to its binding
        search = self.owner.query_one("#search", ReaderInput)
        char = event.character or ""
        letter = event.is_printable and char.isalnum()
        if self.held:
            self._take(event)
            if letter:
                word = "".join(key.character or "" for key in self.held) + char
                self._drop()
                self.search(word)
            else:
                self.release(event)  # the held letter acts, then this key, in their order
            return
        if not letter:
            return
        if self.word_open:  # handed to the list before the search its first letters opened had the focus
            self._take(event)
            search.insert_text_at_cursor(char)
            return
        if not self.owner.query_one(ReleaseList).has_focus:
            return
        self._take(event)
        if event.key in self.owner.screen.active_bindings:
            self.held.append(event)
            self.timer = self.owner.set_timer(HOLD, self.release)
        else:
            self.search(char)

    def search(self, word: str) -> None:
        search = self.owner.query_one("#search", ReaderInput)
        search.add_class("-visible")
        search.type_in(word)
        self.word_open = True

    def release(self, then: events.Key | None = None) -> None:
        """The held key (and `then`) to the app again, to act as keys just pressed."""
        keys = [(key.key, key.character) for key in [*self.held, *([then] if then else [])]]
        self._drop()
        # made in the app's own turn: a message made here names this widget its sender, and Textual
        # stops a key bubbling at its sender (it never reached the app's bindings)
        self.owner.app.call_later(_replay, self.owner.app, keys)

    def _drop(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        self.held, self.timer = [], None

    @staticmethod
    def _take(event: events.Key) -> None:
        event.stop()
        event.prevent_default()


def _replay(app: App[object], keys: list[tuple[str, str | None]]) -> None:
    for key, character in keys:
        again = events.Key(key, character)
        again.replayed = True  # type: ignore[attr-defined]
        app.post_message(again)
