"""The line under side by side's rows: the current row explained (its number, origin, flags' meaning)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.core.engine.guard import EXPLAIN
from reader.tui.messages import Row


class RowDetail(Static):
    def __init__(self) -> None:
        super().__init__("", id="row-detail")

    def show(self, row: Row | None, cursor: int, count: int, aligning: bool) -> None:
        """`aligning`: the rows are paired in order while the alignment runs."""
        text = Text(f"row {cursor + 1}/{count}", style="bold") if row else Text("")
        if row is not None:
            text.append(f" · {row.kind}")
            if row.pending:
                text.append(" · waiting for the translation", style="italic")
            elif aligning:
                text.append(" · paired in order while the versions are aligned…", style="italic")
            if row.cached:
                text.append(" · ↺ from the translation cache")
            for flag in row.flags:
                text.append(f" · ⚑ {flag}: ", style="bold red")
                text.append(EXPLAIN.get(flag, flag))
        self.update(text)
