"""The footer of every screen, compact in a narrow terminal: at 60 columns the keys' padding and the
palette's key on the right cut the hints that matter most ('q Qui', the review's keys down to
'] a f s e w': trial C). Under 80 columns the keys lose their padding, the palette's key goes (ctrl+p
still opens it) and the keys that leave or help (q, ?, Esc) come first, so that they stay in view."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

NARROW = 80  # columns under which the footer is compact
FIRST = ("q", "question_mark", "escape")  # the keys kept in view first when narrow


class NarrowFooter(Footer):
    def __init__(self, show_command_palette: bool = True) -> None:
        super().__init__(show_command_palette=show_command_palette)
        self.palette = show_command_palette  # as the screen asked, in a wide terminal

    def compose(self) -> ComposeResult:
        composed = list(super().compose())
        if self.compact:  # stable: the others keep their order
            composed.sort(key=lambda widget: not (isinstance(widget, FooterKey) and widget.key in FIRST))
        yield from composed

    def on_mount(self) -> None:
        self._fit(self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        narrow = width < NARROW
        if narrow != self.compact:
            self.compact, self.show_command_palette = narrow, self.palette and not narrow
            self.refresh(recompose=True)  # the keys' order and the palette's key are composed, not styled
