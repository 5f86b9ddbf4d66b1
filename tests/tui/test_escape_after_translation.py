"""Esc pressed as a translation ends was meant for it (the bar said "Esc cancels") or for its toast:
it used to leave side by side, the screen the user was reading. Now the first Esc soon after the end
only clears the toast; a later one (or q) goes back as before."""

import pytest

from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.side_by_side import SideBySideScreen
from reader.tui.widgets import side_by_side_view
from reader.tui.widgets.translate_bar import TranslateBar
from tests.tui.conftest import wait_for_workers


async def test_esc_right_after_the_translation_finished_stays(app, fake_translator):  # noqa: ANN001
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "e")
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, SideBySideScreen) and not screen.translating
        assert screen.result is not None and screen.result.complete
        bar = screen.query_one(TranslateBar)
        assert bar.said.startswith("Translated") and screen.has_class("-said")  # the notice under the rows
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen  # still reading the translation
        assert not bar.said and not screen.has_class("-said")  # the notice it was meant for is gone
        await pilot.press("escape")  # a second Esc: back, as ever
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_esc_a_while_after_the_end_goes_back(app, fake_translator, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001
    monkeypatch.setattr(side_by_side_view, "ESC_GRACE", 0.0)  # the grace has passed
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "t", "e")
        await wait_for_workers(pilot)
        assert isinstance(app.screen, SideBySideScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
