"""Keys typed in review while the first check runs (trial G's TUI review): none is dropped while the
keys after it act."""

from __future__ import annotations

import threading

import pytest

from reader.tui.app import PressReaderApp
from reader.tui.screens.review import ReviewScreen
from reader.tui.widgets.aligned import AlignedView
from tests.tui.conftest import wait_for_workers


@pytest.fixture
def held_check(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The review's check waits for the event: keys are typed while it runs."""
    from reader.tui.controllers import review_session

    gate = threading.Event()
    original = review_session.check

    def held(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        gate.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(review_session, "check", held)
    return gate


async def test_go_to_typed_while_checking_opens_and_goes_there_once_checked(
    app: PressReaderApp, held_check: threading.Event
) -> None:
    """F1: `:` was refused ('Still checking'), the '3' and Enter after it did nothing visible, and the
    review then opened on the segment it reopened at: an `e` edited the wrong one. The dialog opens,
    and the move is made when the segments are in."""
    async with app.run_test(size=(120, 35)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.session.report is None
        await pilot.press("colon")
        await pilot.pause()
        assert app.screen is not screen  # the go-to dialog, not a refusal
        await pilot.press("3", "enter")
        await pilot.pause()
        assert app.screen is screen
        held_check.set()
        await wait_for_workers(pilot)
        await pilot.pause()
        assert screen.session.report is not None
        assert screen.session.current(screen.query_one(AlignedView).cursor) == 2  # on #3
