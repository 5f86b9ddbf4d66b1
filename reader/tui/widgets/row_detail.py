"""The line under side by side's rows: the current row explained (its number, origin, flags' meaning)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.core.engine.guard import EXPLAIN
from reader.tui.messages import Row


class RowDetail(Static):
    def __init__(self) -> None:
        super().__init__("", id="row-detail")

    def show(self, row: Row | None, cursor: int, count: int, aligning: bool, ended: str = "") -> None:
        """`aligning`: the rows are paired in order while the alignment runs. `ended`: how the run of the
        translation shown ended before its last sentence; its pending rows wait for nothing any more."""
        text = Text(f"row {cursor + 1}/{count}", style="bold") if row else Text("")
        if row is not None:
            text.append(f" · {row.kind}")
            if row.pending and ended:
                text.append(f" · not translated ({ended})", style="italic")
            elif ended:
                text.append(f" · {ended}", style="italic")
            elif row.pending:
                text.append(" · waiting for the translation", style="italic")
            elif aligning:
                text.append(" · paired in order while the versions are aligned…", style="italic")
            if row.cached:
                text.append(" · ↺ from the translation cache")
            for flag in row.flags:
                text.append(f" · ⚑ {flag}: ", style="bold red")
                text.append(EXPLAIN.get(flag, flag))
        self.update(text)
