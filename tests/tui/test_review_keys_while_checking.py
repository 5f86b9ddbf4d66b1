"""Keys typed in review while the first check runs (trial G's TUI review): none is dropped while the
keys after it act."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from textual.widgets import TextArea

from reader.core.library import Library
from reader.core.review.store import ReviewStore
from reader.tui.app import PressReaderApp, make_app
from reader.tui.screens.review import ReviewScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


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


def _flag_elsewhere(library_dir: Path, segment: int) -> None:
    """Another process marks a segment flagged (the CLI, as a colleague's terminal would)."""
    cli = [sys.executable, "-m", "reader", "--library", str(library_dir), "review", SEED_ID]
    cli += ["--source", "nl", "--target", "fr", "--no-mt", "--segment", str(segment), "--set", "flagged"]
    done = subprocess.run(cli, env={**os.environ}, capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr


@pytest.mark.parametrize("meanwhile", [False, True])
async def test_accept_asks_again_for_an_edit_the_check_flags(library_dir: Path, meanwhile: bool) -> None:
    """F2: `a` marked ok a segment whose edit had just raised an error flag, ok on the map too. The
    first `a` says so and stays; a second accepts (its twin: another process marks another segment
    between the two, and both states are kept)."""
    fr = library_dir / SEED_ID / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("22 hectares", "32 hectares"), encoding="utf-8")
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(SEED_ID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        (pair,) = [p for p in screen.report.pairs if any(f.code == "number" for f in p.flags)]
        screen.query_one(AlignedView).cursor = screen.session.row_of(pair.index)
        await pilot.press("e")
        await pilot.pause()
        area = app.screen.query_one("#edit-target", TextArea)
        area.text = area.text.replace("32 hectares", "42 hectares")  # still not the source's 22
        await pilot.press("ctrl+s")
        await wait_for_workers(pilot)
        view = screen.view
        view.go(pair.index)
        edited = screen.report.pairs[pair.index]
        assert any(f.severity == "error" for f in edited.flags)
        await pilot.press("a")
        await pilot.pause()
        assert screen.session.state(edited.key).status != "ok"
        assert any("a again to accept it with its flag" in str(n.message) for n in app._notifications)
        other = 1 if pair.index != 0 else 2
        if meanwhile:
            _flag_elsewhere(library_dir, other)
        await pilot.press("a")
        await pilot.pause()
        assert screen.session.state(edited.key).status == "ok"
    store = ReviewStore(SEED_ID, "nl", "fr", app.settings.reviews_of(app.library.root))
    states = sorted(s.status for s in store.segments.values() if s.status)
    assert states == (["flagged", "ok"] if meanwhile else ["ok"])


async def test_accept_asks_again_after_a_paragraph_pasted_into_one_segment(library_dir: Path) -> None:
    """F2 as trial G met it: the sentence before pasted with the segment's own, the check's 'addition'
    (a warning) lands on the edit, maybe realigned 1-2; `a` on the pair holding it asks first."""
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(SEED_ID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.report is not None
        pairs = screen.report.pairs
        k = next(
            i
            for i in range(1, len(pairs))
            if pairs[i].kind == pairs[i - 1].kind == "paragraph" and len(pairs[i].source) < 60
        )
        screen.view.go(k)
        await pilot.press("e")
        await pilot.pause()
        area = app.screen.query_one("#edit-target", TextArea)
        area.text = f"{pairs[k - 1].target} {pairs[k].target}"
        await pilot.press("ctrl+s")
        await wait_for_workers(pilot)
        flagged = [p for p in screen.report.pairs if any(f.code == "addition" for f in p.flags)]
        assert flagged, [(p.index, p.shape, [f.code for f in p.flags]) for p in screen.report.pairs]
        screen.view.go(flagged[0].index)
        await pilot.press("a")
        await pilot.pause()
        assert screen.session.state(flagged[0].key).status != "ok"
        assert any("a again to accept it with its flag" in str(n.message) for n in app._notifications)
