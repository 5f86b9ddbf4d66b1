"""After `x` in side by side the keys speak of what is shown where (trial M: swapped, `1` showed the
Dutch, now on the right, and `v` said French was the only other version with French on the screen,
on the left). A release of two versions, in our own words."""

from __future__ import annotations

from pathlib import Path

from reader.tui.screens.side_by_side import SideBySideScreen
from reader.tui.widgets.aligned import AlignedView
from tests.tui.test_language_place import RID, _app


async def test_swapped_1_shows_the_left_column_and_v_says_where_the_other_version_is(tmp_path: Path):
    app = _app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        app.push_screen(SideBySideScreen(app.library.get(RID), "nl", "fr"))
        for _ in range(5):
            await pilot.pause()
        screen = app.screen
        view = screen.query_one(AlignedView)
        await pilot.press("x", "1")
        await pilot.pause()
        drawn = "".join(segment.text for segment in view._draw(2, 0, view.size.width, False))
        assert drawn.strip().startswith("Partie "), drawn  # the French, on the left
        assert "Français" in str(screen.query_one("#left-label").render())
        await pilot.press("3", "v")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
        assert "French, on the left" in said and "beside the Dutch" in said, said
