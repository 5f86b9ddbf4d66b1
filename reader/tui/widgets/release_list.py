"""The library's list of releases, virtual in the manner of toolong's LogLines.

No widget per row and no table model of every cell: the list holds plain rows, sets a virtual
size, and `render_line` draws only the visible lines, each through an LRU cache keyed by row, width
and whether it is the cursor's. Fifty thousand releases scroll as fast as fifty. While a search is
shown, each release takes two lines: its title, and the passage that matched.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from reader.tui.messages import ListRow
from reader.tui.tell import safe


class ReleaseList(ScrollView, can_focus=True):
    COMPONENT_CLASSES = {"release-list--cursor", "release-list--dim", "release-list--match"}
    DEFAULT_CSS = """
    ReleaseList { overflow-x: hidden; }
    ReleaseList > .release-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: $block-cursor-text-style;
    }
    ReleaseList > .release-list--dim { color: $text-muted; }
    ReleaseList > .release-list--match { color: $warning; text-style: bold; }
    """
    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,g", "jump(0)", "Top", show=False),
        Binding("end,G", "jump(-1)", "Bottom", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    cursor: reactive[int] = reactive(0, repaint=False)

    @dataclass
    class Selected(Message):
        release_list: ReleaseList
        index: int

        @property
        def control(self) -> ReleaseList:
            return self.release_list

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - textual's own keyword
        super().__init__(id=id)
        self.rows: list[ListRow] = []
        self.row_height = 1
        self._lines: LRUCache[tuple[int, int, int, bool], Strip] = LRUCache(2048)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: list[ListRow], keep: str | None = None) -> None:
        """Show these rows; the cursor stays on the release `keep` if it is among them."""
        self.rows = rows
        self.row_height = 2 if any(row.snippet for row in rows) else 1
        self._lines.clear()
        self.virtual_size = Size(0, len(rows) * self.row_height)  # no width of its own: never sideways
        index = next((i for i, row in enumerate(rows) if row.id == keep), 0) if keep else 0
        self.cursor = min(index, max(0, len(rows) - 1))
        self.scroll_to_region(self._region(self.cursor), animate=False)
        self.refresh()
        self._say_whole()

    def _room(self) -> int:
        """The cells a row has: the widget's width less its vertical scrollbar, which a library longer
        than the screen shows. Drawn to the widget's width, a row ran under the scrollbar and lost its
        last cells without an ellipsis ('… nummer 6 voor 800' for '8000', a new user's trial)."""
        return self.scrollable_content_region.width

    def _region(self, index: int) -> Region:
        return Region(0, index * self.row_height, max(1, self._room()), self.row_height)

    def watch_cursor(self, old: int, new: int) -> None:
        if self.rows:
            self.scroll_to_region(self._region(new), animate=False)
        self.refresh()
        self._say_whole()

    def on_resize(self) -> None:
        self._lines.clear()
        self.virtual_size = Size(0, len(self.rows) * self.row_height)
        if self.rows:  # the line under the list shown or gone: the cursor's row stays in view
            self.scroll_to_region(self._region(self.cursor), animate=False)
        self._say_whole()

    def _say_whole(self) -> None:
        """The cursor's headline whole under the list when its row cuts it: at 80 columns a row cut it
        at about 52 characters, and two headlines alike that far could not be told apart (trial C)."""
        title = self.rows[self.cursor].title if self.rows else ""
        room = self._room()
        issuer_room = min(32, max(0, room - 25 - 50 - 2))
        if issuer_room >= 12 and self.rows and self.rows[self.cursor].issuer:
            room -= issuer_room + 2
        cut = room > 0 and cell_len(title) > room - 25  # 25: the date and the marks before it
        for whole in self.parent.query("#release-whole").results(Static) if self.parent else ():
            whole.update(safe(title) if cut else "")
            whole.display = cut

    def action_move(self, delta: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.size.height // self.row_height - 1))

    def action_jump(self, where: int) -> None:
        if self.rows:
            self.cursor = 0 if where == 0 else len(self.rows) - 1

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + int(self.scroll_offset.y)) // self.row_height
        if 0 <= index < len(self.rows):
            if index == self.cursor and event.chain >= 2:
                self.action_select()
            self.cursor = index

    # -- drawing ---------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        line = y + int(self.scroll_offset.y)
        index, part = divmod(line, self.row_height)
        width = self._room()
        if index >= len(self.rows) or width <= 0:
            return Strip.blank(width, self.rich_style)
        key = (index, part, width, index == self.cursor)
        cached = self._lines.get(key)
        if cached is None:
            cached = self._draw(self.rows[index], part, width, index == self.cursor)
            self._lines[key] = cached
        return cached

    def _draw(self, row: ListRow, part: int, width: int, current: bool) -> Strip:
        base = self.rich_style
        dim = self.get_component_rich_style("release-list--dim")
        if part == 0:
            issuer_room = min(32, max(0, width - 25 - 50 - 2))  # the title has the room first
            text = Text.assemble((row.date, dim), "  ", (f"{row.marks:<12}", dim), " ", row.title)
            if issuer_room >= 12 and row.issuer:
                title_room = width - issuer_room - 2
                text.truncate(title_room, overflow="ellipsis", pad=True)
                issuer = Text(row.issuer, style=dim)
                issuer.truncate(issuer_room, overflow="ellipsis")
                text.append("  ").append_text(issuer)
        else:
            match = self.get_component_rich_style("release-list--match")
            text = Text(" " * 25)
            for n, piece in enumerate(row.snippet.split("**")):
                text.append(piece, style=match if n % 2 else dim)
        text.truncate(width, overflow="ellipsis", pad=True)
        style = base + self.get_component_rich_style("release-list--cursor") if current else base
        segments = list(text.render(self.app.console))
        if current:  # the cursor over every cell: the dim cells' own background had stayed (a new user's trial)
            segments = [Segment(seg.text, (seg.style or Style.null()) + style, seg.control) for seg in segments]
        return Strip(segments).crop_extend(0, width, Style.null() if not current else style).simplify()
