"""A machine translation under way and the user leaving it: `q` back to the reader, `ctrl+q` out of
the app (found by a trial of the TUI as a daily tool, at 80x24 and 120x40)."""

from __future__ import annotations

import threading

import pytest

from reader.tui.screens.reader import ReaderScreen
from reader.tui.screens.side_by_side import SideBySideScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import archive_without
from tests.tui.conftest import wait_for_workers


async def _translating(app, pilot, fake_translator) -> AlignedView:  # noqa: ANN001
    """The seed translated into English side by side, the fake engine held after its first batch."""
    fake_translator.gate = threading.Event()
    await wait_for_workers(pilot)
    await pilot.press("enter", "t", "e")
    fake_translator.gate.set()  # the first batch
    view = app.screen.query_one(AlignedView)
    for _ in range(100):
        await pilot.pause(0.02)
        if view.rows and not view.rows[0].pending:
            break
    assert isinstance(app.screen, SideBySideScreen) and app.screen.translating == "en"
    return view


@pytest.mark.parametrize("english", [False, True])
async def test_q_while_translating_says_in_the_reader_what_was_kept_and_t_resumes(
    app, library_dir, fake_translator, english: bool
):
    """q stopped the run and the reader said nothing of it; now it says what was kept and the keys
    that go on (the sentences kept come from the cache): t alone into a language with no version
    yet (as after "No English version yet"), else t and the language's key in the picker."""
    if not english:
        archive_without(library_dir, "en", count=1)  # newer than the seed: the library's first row
    async with app.run_test(size=(80, 24)) as pilot:
        await _translating(app, pilot, fake_translator)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        keys = "t, then e," if english else "t"
        said = [n.message for n in app._notifications]
        assert said == [f"The English translation stopped: 4 of 25 sentences kept; {keys} resumes it."], said
        fake_translator.gate.set()  # the run's last call ends unseen
        await wait_for_workers(pilot)
        assert any(n.message.startswith("The English translation stopped") for n in app._notifications)
        fake_translator.gate = None  # the next run goes to its end
        await pilot.press(*keys.replace(",", "").split(" then "))
        await pilot.pause()
        assert isinstance(app.screen, SideBySideScreen) and app.screen.target == "en"
        await wait_for_workers(pilot)
        assert app.screen.result is not None and app.screen.result.complete


async def test_ctrl_q_while_translating_asks_first_and_a_second_ctrl_q_quits(app, fake_translator):
    """ctrl+q quit at once, the run under way lost unasked; now it asks, saying what is not saved,
    and a second ctrl+q is the yes."""
    from reader.tui.screens.modals import ConfirmModal

    async with app.run_test(size=(80, 24)) as pilot:
        await _translating(app, pilot, fake_translator)
        screen = app.screen
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "the English translation under way (4 of 25 sentences done, not saved)" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen and screen.translating == "en" and app.return_code is None
        await pilot.press("ctrl+q", "ctrl+q")
        await pilot.pause()
        assert app.return_code == 0
        fake_translator.gate.set()


async def test_ctrl_q_after_the_translation_stopped_quits_at_once(app, fake_translator):
    """Nothing running (the run stopped by Esc): quitting stays immediate."""
    async with app.run_test(size=(80, 24)) as pilot:
        await _translating(app, pilot, fake_translator)
        await pilot.press("escape")
        await pilot.pause()
        fake_translator.gate.set()
        await wait_for_workers(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0
