"""The reader's scroll, which keeps the reader's place when the terminal is resized.

The text reflows to the new width and the same line number is another passage: a reader at the
third paragraph of a release found himself at the start of the second after making the window wider
and back (a new user's trial). The share of the text above the top of the view is what stays.
"""

from __future__ import annotations

from textual import events
from textual.containers import VerticalScroll


class PlaceScroll(VerticalScroll):
    _place = 0.0  # the share of the text above the view's top, as the reader left it
    _height = 0  # the scroll's height when last seen: a change is a reflow, not the reader

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.max_scroll_y and self._height in (0, self.max_scroll_y):  # the reader's scroll, not a reflow's clamp
            self._place = new_value / self.max_scroll_y
        self._height = self.max_scroll_y

    def on_resize(self, event: events.Resize) -> None:
        place = self._place
        if place:
            self.call_after_refresh(lambda: self.scroll_to(y=round(place * self.max_scroll_y), animate=False))
