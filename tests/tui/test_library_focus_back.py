"""The library after the reader, and a word typed into its list (trial M: back from the reader the
focus was on the search box one time, on the list the next; a word typed into the list fired the
models screen and the import dialog)."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input

from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets import list_typing
from reader.tui.widgets.release_list import ReleaseList
from tests.tui.conftest import wait_for_workers


async def _until(pilot, test) -> None:  # noqa: ANN001
    for _ in range(100):
        if test():
            return
        await pilot.pause(0.05)


@pytest.fixture
def slow_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pilot presses letters one by one, each awaited: on a loaded machine two of them can come more
    than `HOLD` apart, which a person's two keys are. These tests are of the word, not the clock."""
    monkeypatch.setattr(list_typing, "HOLD", 0.5)


async def test_q_from_the_reader_gives_the_focus_back_where_the_release_was_opened(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        for _ in range(2):  # every time the same
            await pilot.press("slash", *"alibaba", "enter")  # opened from the search box
            await _until(pilot, lambda: isinstance(app.screen, ReaderScreen))
            await pilot.press("q")
            await _until(pilot, lambda: isinstance(app.screen, LibraryScreen))
            await pilot.pause(0.1)
            assert app.screen.query_one("#search", Input).has_focus
            await pilot.press("down", "enter")  # opened from the list, the search kept
            await _until(pilot, lambda: isinstance(app.screen, ReaderScreen))
            await pilot.press("q")
            await _until(pilot, lambda: isinstance(app.screen, LibraryScreen))
            await pilot.pause(0.1)
            assert app.screen.query_one(ReleaseList).has_focus
            await pilot.press("escape")


async def test_a_word_typed_into_the_list_goes_to_the_search_and_opens_no_dialog(app, slow_machine):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        assert app.screen.query_one(ReleaseList).has_focus
        await pilot.press(*"kmix")  # models, import, remove: each a key alone, here a word
        await pilot.pause(0.2)
        assert isinstance(app.screen, LibraryScreen)  # no dialog, no models screen
        search = app.screen.query_one("#search", Input)
        assert search.has_focus and search.value == "kmix"


async def test_two_keys_pressed_quickly_stay_keys(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("l")  # a language, the other order: two keys a person presses, apart
        await pilot.pause(0.2)
        await pilot.press("d")
        await wait_for_workers(pilot)
        assert app.screen.language == "nl" and not app.screen.newest_first
        assert not app.screen.query_one("#search", Input).has_focus


async def test_one_letter_alone_is_still_its_key(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("m")
        await _until(pilot, lambda: not isinstance(app.screen, LibraryScreen))
        assert not isinstance(app.screen, LibraryScreen)  # the models screen


async def _burst(pilot, word: str) -> None:  # noqa: ANN001
    """The letters posted at once, as a terminal hands over a word sent in one write (tmux send-keys)."""
    for char in word:
        pilot.app.post_message(events.Key(char, char))
    await pilot.pause(0.3)
    await wait_for_workers(pilot)


async def test_a_word_sent_in_one_burst_reaches_the_search_whole(app, slow_machine):
    """Trial Y: 'pensioen' sent at once became the search 'oen'."""
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await _burst(pilot, "pensioen")
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one("#search", Input).value == "pensioen"


async def test_a_burst_of_bound_letters_is_a_word_and_no_key_acts(app, slow_machine):
    """d (order), i (import), j and k (the cursor), l (language), x (remove): none of them acts."""
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await _burst(pilot, "dijkxl")
        assert isinstance(app.screen, LibraryScreen) and len(app.screen_stack) == 1  # no dialog
        assert app.screen.query_one("#search", Input).value == "dijkxl"
        assert app.screen.language is None and app.screen.newest_first
