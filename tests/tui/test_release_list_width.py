"""The library list longer than the screen: its vertical scrollbar takes cells, and a title must end
in '…' before it, never lose its last figures under it (a new user read '800' for '8000')."""

from __future__ import annotations

from textual.app import App, ComposeResult

from reader.tui.messages import ListRow
from reader.tui.widgets.release_list import ReleaseList

TITLE = "Digitale loketten: nieuwe maatregel nummer {n} voor 8000 gezinnen in alle provincies van het land"


class _List(App[None]):
    def compose(self) -> ComposeResult:
        yield ReleaseList(id="list")


async def test_a_long_list_ends_each_title_before_the_scrollbar_with_an_ellipsis():
    app = _List()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ReleaseList)
        rows = [ListRow(f"r{n}", "2026-11-20", "nl● fr●", TITLE.format(n=n), "") for n in range(60)]
        view.set_rows(rows)
        await pilot.pause()
        room = view.scrollable_content_region.width
        assert room < view.size.width  # the scrollbar is there
        assert view.max_scroll_x == 0  # and the list never scrolls sideways
        for y in range(3):
            line = "".join(segment.text for segment in view.render_line(y))
            assert len(line.rstrip()) <= room and line.rstrip().endswith("…"), line
