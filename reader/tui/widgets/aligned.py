"""Aligned rows for the side-by-side view: one scroll moves both panes, the current row is lit."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.dom import DOMNode
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from reader.tui.messages import Row


class AlignedRow(Horizontal):
    def __init__(self, row: Row, index: int) -> None:
        super().__init__(classes=f"aligned-row kind-{row.kind}")
        self.row = row
        self.index = index

    def compose(self) -> ComposeResult:
        yield Static(self._cell(self.row.left, self.row.kind), classes="cell left")
        yield Static(self._gutter(), classes="gutter")
        yield Static(self._cell(self.row.right, self.row.kind, pending=self.row.pending), classes="cell right")

    @staticmethod
    def _cell(text: str, kind: str, pending: bool = False) -> Text:
        if pending:
            return Text("…", style="dim italic")
        if not text:
            return Text("—", style="dim")
        style = {"title": "bold", "letterhead": "dim", "heading": "bold underline", "quote": "italic"}.get(kind, "")
        return Text(text, style=style)

    def _gutter(self) -> Text:
        mark = {"ok": "✓", "flagged": "✗"}.get(self.row.status, "")
        if self.row.flags:
            return Text((mark or "▌") + str(len(self.row.flags)), style="bold red" if mark != "✓" else "bold green")
        if mark:
            return Text(mark, style="bold green" if mark == "✓" else "bold red")
        return Text("↺" if self.row.cached else " ", style="dim")

    def on_mount(self) -> None:
        self._classes_for_row()

    def _classes_for_row(self) -> None:
        self.set_class(bool(self.row.flags), "-flagged")
        for status in ("ok", "flagged"):
            self.set_class(self.row.status == status, f"-status-{status}")

    def update_row(self, row: Row) -> None:
        if row == self.row:
            return
        self.row = row
        cells = self.query(Static)
        if len(cells) < 3:
            return  # not mounted yet: compose draws the new row
        self._classes_for_row()
        cells[0].update(self._cell(row.left, row.kind))
        cells[1].update(self._gutter())
        cells[2].update(self._cell(row.right, row.kind, pending=row.pending))


class AlignedView(VerticalScroll, can_focus=True):
    """Holds every row; the cursor moves over rows, and both sides scroll as one."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Next row", show=False),
        Binding("up,k", "move(-1)", "Previous row", show=False),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
        Binding("home", "jump(0)", "First row", show=False),
        Binding("end", "jump(-1)", "Last row", show=False),
    ]
    cursor: reactive[int] = reactive(0)

    @dataclass
    class CursorMoved(Message):
        index: int

    def set_rows(self, rows: list[Row]) -> None:
        existing = list(self.query(AlignedRow))
        if len(existing) == len(rows):
            for widget, row in zip(existing, rows, strict=True):
                widget.update_row(row)
        else:
            self.remove_children()
            self.mount_all([AlignedRow(row, i) for i, row in enumerate(rows)])
        self.call_after_refresh(self._highlight)

    @property
    def rows(self) -> list[AlignedRow]:
        return list(self.query(AlignedRow))

    def action_move(self, delta: int) -> None:
        rows = self.rows
        if rows:
            self.cursor = max(0, min(len(rows) - 1, self.cursor + delta))

    def action_jump(self, index: int) -> None:
        rows = self.rows
        if rows:
            self.cursor = index % len(rows)

    def watch_cursor(self, _old: int, _new: int) -> None:
        self._highlight()
        self.post_message(self.CursorMoved(self.cursor))

    def _highlight(self) -> None:
        rows = self.rows
        for row in rows:
            row.set_class(row.index == self.cursor, "-current")
        if 0 <= self.cursor < len(rows):
            self.scroll_to_widget(rows[self.cursor], animate=False, top=False)

    def on_click(self, event: events.Click) -> None:
        widget: DOMNode | None = event.widget
        while widget is not None and not isinstance(widget, AlignedRow):
            widget = widget.parent
        if isinstance(widget, AlignedRow):
            self.cursor = widget.index
