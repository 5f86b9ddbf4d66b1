"""The site lines an import left out, each marked in words: 'left out' or 'kept'.

Textual's SelectionList marks every option with the same `▐X▌` whether ticked or not, only its
colour changing: a user read the X as "ticked" (or as "delete") and could not tell which lines
would go into the release. Here the mark says what will happen to the line.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

LEFT_OUT = "[ ] left out"
KEPT = "[x] kept"
WIDTH = max(len(LEFT_OUT), len(KEPT)) + 1


class KeepList(SelectionList[str]):
    """Space (or a click) puts a line back into the release, or leaves it out again.

    A row is always lit once the list has the focus: with none lit, Space did nothing and nothing
    showed which row it would toggle (a single row could only be reached with an arrow key first)."""

    def show(self, lines: list[str]) -> None:
        """These lines, those kept before still kept, and the lit row where it was."""
        kept, at = set(self.selected), self.highlighted
        self.clear_options()
        unique = list(dict.fromkeys(line for line in lines if line))
        self.add_options([(line[:200], line, line in kept) for line in unique])
        if unique and (at is not None or self.has_focus):
            self.highlighted = min(at or 0, len(unique) - 1)

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def _get_left_gutter_width(self) -> int:
        return WIDTH

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)  # the prompt alone: the mark is drawn here instead
        index = self.scroll_offset[1] + y
        try:
            selection = self.get_option_at_index(index)
        except OptionDoesNotExist:
            return line
        kept = selection.value in self._selected
        base = next(iter(line)).style or self.rich_style
        mark = base + Style(bold=kept, dim=not kept, meta={"option": index})
        return Strip([Segment(f"{KEPT if kept else LEFT_OUT:<{WIDTH}}", mark), *line])

    def marks(self) -> list[str]:
        """Each line with its mark, as drawn (for tests and for the screen reader of a log)."""
        return [
            f"{KEPT if self.get_option_at_index(i).value in self._selected else LEFT_OUT} "
            f"{self.get_option_at_index(i).value}"
            for i in range(self.option_count)
        ]
