"""Review mode (filled in by the review issue)."""

from __future__ import annotations

from textual.screen import Screen

from reader.core.model import Release


class ReviewScreen(Screen):
    def __init__(self, release: Release, source: str, target: str) -> None:
        super().__init__()
        self.release, self.source, self.target = release, source, target

    def on_mount(self) -> None:
        self.notify("Review mode is not available yet.", severity="warning")
        self.app.pop_screen()
