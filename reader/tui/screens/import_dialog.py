"""Import dialog (filled in by the import issue)."""

from __future__ import annotations

from textual.screen import ModalScreen


class ImportScreen(ModalScreen[str | None]):
    def on_mount(self) -> None:
        self.notify("Import is not available yet.", severity="warning")
        self.dismiss(None)
