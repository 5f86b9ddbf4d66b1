"""Aligned rows, virtual in the manner of toolong's LogLines: one widget for every row.

A widget per row (four per row with the gutter) took 3.7 s to mount 600 rows and 394 ms per cursor
move. This view keeps plain `Row`s, wraps their texts (memoised per width), keeps the offset of
every row, and `render_line` draws only the lines on screen, each through an LRU cache keyed by
row, line, width, mode and whether the row is the cursor's. The same widget serves side by side,
interleaved, one side only, and review (whose status colours the gutter).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.body import table_rows
from reader.core.text.fold import find_spans
from reader.tui.messages import Row
from reader.tui.tell import tell
from reader.tui.widgets.wrap import pad, wrap

Mode = Literal["side", "interleaved", "source", "target"]
GUTTER = 4
KIND_STYLE = {"title": "aligned--title", "heading": "aligned--heading", "quote": "aligned--quote"}


class AlignedView(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {
        "aligned--cursor",
        "aligned--gutter",
        "aligned--gutter-cursor",
        "aligned--flag",
        "aligned--ok",
        "aligned--dim",
        "aligned--other",
        "aligned--title",
        "aligned--heading",
        "aligned--quote",
        "aligned--found",
    }
    # (no alpha in a component's colour: read partially, '$accent 25%' drew full orange under light
    # text, about 1.5:1; a new user's trial)
    DEFAULT_CSS = """
    AlignedView { scrollbar-gutter: stable; }
    AlignedView > .aligned--cursor { background: $primary-darken-3; }
    AlignedView > .aligned--gutter { color: $text-muted; }
    AlignedView > .aligned--gutter-cursor { background: $primary; color: $text; text-style: bold; }
    AlignedView > .aligned--flag { color: $error; text-style: bold; }
    AlignedView > .aligned--ok { color: $success; text-style: bold; }
    /* without colour the cursor row's ✗ was grey on grey (trial C, NO_COLOR=1) */
    AlignedView:nocolor > .aligned--flag { text-style: bold reverse; }
    AlignedView > .aligned--dim { color: $text-muted; }
    AlignedView > .aligned--other { color: $text-accent; }
    AlignedView > .aligned--title { text-style: bold; }
    AlignedView > .aligned--heading { text-style: bold underline; }
    AlignedView > .aligned--quote { text-style: italic; }
    AlignedView > .aligned--found { background: $warning 70%; color: $text; text-style: bold; }
    """
    BINDINGS = [
        Binding("down,j", "move(1)", "Next row", show=False),
        Binding("up,k", "move(-1)", "Previous row", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home,g", "jump(0)", "First row", show=False),
        Binding("end,G", "jump(-1)", "Last row", show=False),
        Binding("l", "toggle_letterhead", "Letterhead", show=False),
        Binding("slash", "find", "Find", key_display="/", show=False),
        Binding("n", "find_next(1)", "Next match", show=False),
        Binding("N", "find_next(-1)", "Previous match", show=False),
    ]
    cursor: reactive[int] = reactive(0, repaint=False)
    mode: reactive[Mode] = reactive[Mode]("side", repaint=False)
    swapped: reactive[bool] = reactive(False, repaint=False)
    letterhead_open: reactive[bool] = reactive(False, repaint=False)  # folded to one line until opened

    @dataclass
    class CursorMoved(Message):
        index: int

    @property
    def find_query(self) -> str:
        return self._find

    def find(self, query: str, step: int = 0) -> int:
        """Highlight `query` and put the cursor on the next row holding it (`step` 0: from the
        cursor, 1 or -1: the next or previous one); the number of rows holding it."""
        if query.strip():
            self.last_find = query  # kept once the bar closes: what `c` (concordance) looks up
        if query != self._find:
            self._find_rows_only(query)
            self._lines.clear()
            self.refresh()
        if self._found:
            if step == 0:
                self.cursor = next((i for i in self._found if i >= self.cursor), self._found[0])
            elif step > 0:
                self.cursor = next((i for i in self._found if i > self.cursor), self._found[0])
            else:
                self.cursor = next((i for i in reversed(self._found) if i < self.cursor), self._found[-1])
        return len(self._found)

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - textual's own keyword
        super().__init__(id=id)
        self.rows: list[Row] = []
        self._wraps: dict[tuple[str, int], list[str]] = {}
        self._layout: list[tuple[list[str], list[str]]] = []
        self._offsets: list[int] = [0]
        self._laid_for: tuple[int, str] = (-1, "")
        self._lines: LRUCache[tuple[int, int, bool], Strip] = LRUCache(4096)
        self._styles: dict[str, Style] = {}
        self._find: str = ""
        self._found: list[int] = []
        self.last_find = ""

    # -- rows and layout -------------------------------------------------------------------------

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows; the cursor stays where it was (within the new count)."""
        self.rows = rows
        if self._find:
            query, self._find = self._find, ""
            self._find_rows_only(query)
        self._relayout(force=True)
        self.set_reactive(AlignedView.cursor, min(self.cursor, max(0, len(rows) - 1)))
        self.refresh()

    @property
    def current(self) -> Row | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def _columns(self, width: int) -> tuple[int, int]:
        """Text widths of the left and right columns (one cell of padding each side)."""
        if self.mode == "side":
            left = (width - GUTTER) // 2
            return max(1, left - 2), max(1, width - GUTTER - left - 2)
        text = max(1, width - GUTTER - 1)
        return text, max(1, text - 2)

    def _wrap(self, text: str, width: int) -> list[str]:
        key = (text, width)
        lines = self._wraps.get(key)
        if lines is None:
            lines = wrap(text, width) if text else [""]
            self._wraps[key] = lines
        return lines

    def _lines_of(self, row: Row, text: str, width: int, marker: str = "") -> list[str]:
        if row.kind == "list_item" and text:  # its marker as the reader shows it, the item's lines under its text
            lines = []  # two items a segment holds (a 2-1 pair) each on a line of its own, a bullet each (trial R)
            for k, item in enumerate(text.split("\n")):
                mark = (marker if marker and marker[0] not in "-*+" and not k else "•") + " "  # a number kept
                body = self._wrap(item, max(1, width - len(mark)))
                lines += [mark + body[0], *(" " * len(mark) + line for line in body[1:])] if item else [""]
            return lines
        if row.kind == "table" and text.lstrip().startswith("|"):  # its rows as the reader sets them, no '|---|'
            return [line for cells in table_rows(text) for line in self._wrap(" │ ".join(cells), width)] or [""]
        lines = self._wrap(text, width)
        if row.kind == "letterhead" and not self.letterhead_open and len(lines) > 1:
            return [lines[0][: max(1, width - 2)] + " …"]
        return lines

    def _table_sides(self, row: Row, target_first: bool, width: int, other: int) -> tuple[list[str], list[str]]:
        """A table's rows side by side as `row.table` pairs them, a row with no counterpart facing a
        blank: set top-aligned, each row after a dropped one faced the next one's (trial D, F7)."""
        rows = table_rows(row.left), table_rows(row.right)
        first: list[str] = []
        second: list[str] = []
        for pair in row.table:
            one, two = pair[::-1] if target_first else pair
            side_one, side_two = (rows[1], rows[0]) if target_first else rows
            a = self._wrap(" │ ".join(side_one[one]), width) if one is not None and one < len(side_one) else [""]
            b = self._wrap(" │ ".join(side_two[two]), other) if two is not None and two < len(side_two) else [""]
            height = max(len(a), len(b))
            first += a + [""] * (height - len(a))
            second += b + [""] * (height - len(b))
        return first or [""], second or [""]

    def _find_rows_only(self, query: str) -> None:
        self._find = query
        self._found = (
            []
            if not query
            else [i for i, row in enumerate(self.rows) if find_spans(row.left, query) or find_spans(row.right, query)]
        )

    def _relayout(self, force: bool = False) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if width <= 0:
            return
        if not force and self._laid_for == (width, self.mode):
            return
        if self._laid_for[0] != width:
            self._wraps.clear()
        self._laid_for = (width, self.mode)
        first_width, second_width = self._columns(width)
        mode, swapped = self.mode, self.swapped
        layout: list[tuple[list[str], list[str]]] = []
        offsets = [0]
        total = 0
        for row in self.rows:
            # The first column (or the upper text) is the source unless swapped; one-column modes show
            # the left column ("source") or the right one, as they stand: after a swap `1` showed the
            # Dutch, on the right (trial M)
            target_first = swapped != (mode == "target")
            first_text, second_text = (row.right, row.left) if target_first else (row.left, row.right)
            first_mark, second_mark = row.markers[::-1] if target_first else row.markers
            first = ["…"] if row.pending and target_first else self._lines_of(row, first_text, first_width, first_mark)
            second: list[str] = []
            if mode == "side" and row.table and not row.pending:
                first, second = self._table_sides(row, target_first, first_width, second_width)
            elif mode in ("side", "interleaved"):
                second = (
                    ["…"]
                    if row.pending and not target_first
                    else self._lines_of(row, second_text, second_width, second_mark)
                )
            layout.append((first, second))
            height = max(len(first), len(second)) if mode == "side" else len(first) + len(second)
            total += max(1, height) + 1  # a blank line between rows
            offsets.append(total)
        self._layout, self._offsets = layout, offsets
        self._lines.clear()
        self.virtual_size = Size(width, total)

    def _region(self, index: int) -> Region:
        top = self._offsets[index]
        return Region(0, top, max(1, self.size.width), max(1, self._offsets[index + 1] - top - 1))

    def row_at(self, line: int) -> int:
        return max(0, min(len(self.rows) - 1, bisect_right(self._offsets, line) - 1))

    def on_resize(self) -> None:
        self._relayout()
        self.refresh()
        if self.rows:
            self.scroll_to_region(self._region(self.cursor), animate=False, top=True)

    def watch_swapped(self) -> None:
        self.watch_mode()

    def watch_letterhead_open(self) -> None:
        self.watch_mode()

    def watch_mode(self) -> None:
        self._relayout(force=True)
        if self.rows:
            self.scroll_to_region(self._region(self.cursor), animate=False, top=True)
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._lines.clear()

    # -- the cursor ------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        if not self.rows or len(self._offsets) <= new + 1:
            return
        self.scroll_to_region(self._region(new), animate=False, top=False)
        for index in (old, new):
            if 0 <= index < len(self.rows):
                top = self._offsets[index] - int(self.scroll_offset.y)
                self.refresh(Region(0, top, self.size.width, self._offsets[index + 1] - self._offsets[index]))
        self.post_message(self.CursorMoved(new))

    def action_move(self, delta: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + delta))

    def action_find(self) -> None:
        """Open the screen's find bar (a `FindBar` targeting this view)."""
        from reader.tui.widgets.find_bar import FindBar

        for bar in self.screen.query(FindBar):
            bar.open()

    def action_find_next(self, step: int) -> None:
        if self._find:
            self.find(self._find, step)
        else:
            tell(self, "/ finds in both columns; then n and N go to the next and previous match.")

    def action_toggle_letterhead(self) -> None:
        self.letterhead_open = not self.letterhead_open

    def action_page(self, direction: int) -> None:
        if not self.rows:
            return
        target_line = self._offsets[self.cursor] + direction * max(1, self.size.height - 2)
        self.cursor = self.row_at(max(0, target_line))

    def action_jump(self, index: int) -> None:
        if self.rows:
            self.cursor = index % len(self.rows)

    def on_click(self, event: events.Click) -> None:
        if self.rows:
            self.cursor = self.row_at(event.y + int(self.scroll_offset.y))

    # -- drawing ---------------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self.get_component_rich_style(name, partial=True)
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        self._relayout()
        width = self.size.width
        line = y + int(self.scroll_offset.y)
        if not self.rows or width <= 0 or line >= self._offsets[-1]:
            return Strip.blank(width, self.rich_style)
        index = self.row_at(line)
        current = index == self.cursor
        key = (index, line - self._offsets[index], current)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._draw(index, line - self._offsets[index], width, current)
            self._lines[key] = strip
        return strip

    def _gutter(self, row: Row, part: int, current: bool) -> Segment:
        style = self.rich_style + self._style("aligned--gutter")
        if current:
            style += self._style("aligned--gutter-cursor")
        if part != 0:
            return Segment(" " * GUTTER, style)
        mark = {"ok": "✓", "flagged": "✗"}.get(row.status, "")
        if row.flags:
            label = (mark or "▌") + str(len(row.flags))
            style += self._style("aligned--ok" if mark == "✓" else "aligned--flag")
        elif mark:
            label = mark
            style += self._style("aligned--ok" if mark == "✓" else "aligned--flag")
        else:
            label = "↺" if row.cached else ""
        return Segment(f" {label:<{GUTTER - 1}}"[:GUTTER], style)

    def _text_style(self, row: Row, text: str, other: bool) -> Style:
        if not text:
            return self._style("aligned--dim")
        style = self._style(KIND_STYLE[row.kind]) if row.kind in KIND_STYLE else Style.null()
        if row.kind == "letterhead":
            style += self._style("aligned--dim")
        if other:
            style += self._style("aligned--other")
        return style

    def _draw(self, index: int, part: int, width: int, current: bool) -> Strip:
        row = self.rows[index]
        first, second = self._layout[index]
        base = self.rich_style + (self._style("aligned--cursor") if current else Style.null())
        height = self._offsets[index + 1] - self._offsets[index]
        if part == height - 1:  # the blank line between rows
            return Strip.blank(width, self.rich_style)
        first_width, second_width = self._columns(width)
        segments = [self._gutter(row, part, current)]

        def cell(lines: list[str], at: int, room: int, other: bool = False) -> list[Segment]:
            text = lines[at] if at < len(lines) else ""
            style = base + self._text_style(row, text, other)
            if row.pending and lines == ["…"]:
                style += self._style("aligned--dim")
            shown = " " + pad(text or ("—" if at == 0 else ""), room) + " "
            spans = find_spans(shown, self._find) if self._find else []
            if not spans:
                return [Segment(shown, style)]
            found, out, end = style + self._style("aligned--found"), [], 0
            for start, stop in spans:  # a match cut by the wrap is lit on neither line
                out += [Segment(shown[end:start], style), Segment(shown[start:stop], found)]
                end = stop
            return [*out, Segment(shown[end:], style)]

        if self.mode == "side":
            segments += cell(first, part, first_width)
            segments += cell(second, part, second_width)
        elif part < len(first):
            segments += cell(first, part, first_width)
        else:
            segments.append(Segment("  ", base))
            segments += cell(second, part - len(first), second_width, other=True)
        return Strip(segments).crop_extend(0, width, self.rich_style).simplify()
