"""Snapshots of the main screens at 100x30 (pytest-textual-snapshot; update with --snapshot-update)."""

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.tui.app import make_app
from tests.conftest import ROOT
from tests.tui.fake_translator import FakeTranslator

SIZE = (100, 30)


@pytest.fixture
def snapshot_app(monkeypatch: pytest.MonkeyPatch):
    # A relative library path, so the header reads the same in every checkout.
    monkeypatch.chdir(ROOT)
    return make_app(Library.load(Path("releases")), FakeTranslator(), cursor_blink=False)


async def _settle(pilot) -> None:  # noqa: ANN001
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def test_library_snapshot(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=_settle)


def test_reader_snapshot(snap_compare, snapshot_app):
    async def open_release(pilot) -> None:  # noqa: ANN001
        await _settle(pilot)
        await pilot.press("enter")
        await _settle(pilot)

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=open_release)


def test_side_by_side_snapshot(snap_compare, snapshot_app):
    async def side_by_side(pilot) -> None:  # noqa: ANN001
        await _settle(pilot)
        await pilot.press("enter", "s")
        await _settle(pilot)

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=side_by_side)


# Every main screen at the smallest size a user may have (80x24) and a comfortable one (120x40).
SCREENS = {
    "library": (),
    "reader": ("enter",),
    "side_by_side": ("enter", "s"),
    "review": ("enter", "s", "r"),
    "models": ("m",),
    "help": ("question_mark",),
}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen_fits(snap_compare, monkeypatch: pytest.MonkeyPatch, screen: str, size: tuple[int, int]):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", "no-packages-here")  # the model manager names it: the same everywhere
    app = make_app(Library.load(Path("releases")), FakeTranslator(pairs=()), cursor_blink=False)

    async def go(pilot) -> None:  # noqa: ANN001
        await _settle(pilot)
        for key in SCREENS[screen]:
            await pilot.press(key)
            await _settle(pilot)
        await pilot.pause(0.3)  # notifications and the review check settle
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=go)
