"""The library after the reader, and a word typed into its list (trial M: back from the reader the
focus was on the search box one time, on the list the next; a word typed into the list fired the
models screen and the import dialog)."""

from __future__ import annotations

from textual.widgets import Input

from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.release_list import ReleaseList
from tests.tui.conftest import wait_for_workers


async def _until(pilot, test) -> None:  # noqa: ANN001
    for _ in range(100):
        if test():
            return
        await pilot.pause(0.05)


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


async def test_a_word_typed_into_the_list_goes_to_the_search_and_opens_no_dialog(app):
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
        await pilot.press("l", "d")  # a language, the other order: no dialog among them
        await wait_for_workers(pilot)
        assert app.screen.language == "nl" and not app.screen.newest_first
        assert not app.screen.query_one("#search", Input).has_focus


async def test_one_letter_alone_is_still_its_key(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("m")
        await pilot.pause(0.1)
        assert not isinstance(app.screen, LibraryScreen)  # the models screen
