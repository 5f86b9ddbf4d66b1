"""The import dialog's preview says a file was not UTF-8 and which code page read it, as `import`
does (thirty-third session, trial P: a cp1252 page taken silently)."""

from __future__ import annotations

from pathlib import Path

from reader.tui.screens.import_dialog import ImportScreen
from tests.tui.conftest import wait_for_workers


async def test_the_preview_says_the_code_page_a_file_was_read_in(app, tmp_path: Path):  # noqa: ANN001
    page = tmp_path / "stalling.txt"
    page.write_bytes(
        "Nieuwe fietsenstalling aan het station\n\n9 februari 2026\n\n"
        "De stad bouwt een bewaakte stalling met 400 plaatsen; ze kost 1,2 miljoen €.\n".encode("cp1252")
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ImportScreen(page))
        await wait_for_workers(pilot)
        shown = str(app.screen.query_one("#import-detected").render())
        assert "not UTF-8, read as Windows-1252 (cp1252)" in shown
        assert "1,2 miljoen €" in shown
