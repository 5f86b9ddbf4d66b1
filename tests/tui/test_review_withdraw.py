"""`p` in review mode takes back the proposals of an official version's segment, as the CLI's
`review … --withdraw` does (the TUI had no way to: a trial of the TUI as a daily tool)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.commands import PressReaderCommands
from reader.tui.screens.help import help_text
from reader.tui.screens.modals import ConfirmModal
from reader.tui.screens.review import ReviewScreen
from reader.tui.widgets.aligned import AlignedView
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator

ARGS = ["review", SEED_ID, "--source", "fr", "--target", "nl", "--segment", "3"]


def _elsewhere(library: str, *more: str) -> None:
    """The CLI in a process of its own: another window's write to the same review state."""
    from reader.cli import main

    raise SystemExit(main(["--library", library, *ARGS, *more]))


async def _proposed(app, pilot) -> ReviewScreen:  # noqa: ANN001
    """Review fr→nl (the Dutch is official): segment 3 holds a comment of the reviewer's own and a
    proposal made by an edit; the cursor is on it."""
    await wait_for_workers(pilot)
    app.push_screen(ReviewScreen(app.library.get(SEED_ID), "fr", "nl"))
    await wait_for_workers(pilot)
    screen = app.screen
    screen.query_one(AlignedView).cursor = 2
    await pilot.press("e")
    await pilot.pause()
    app.screen.query_one("#edit-target").text = "Een voorstel van de tester."
    await pilot.press("ctrl+s")
    await wait_for_workers(pilot)
    screen.query_one(AlignedView).cursor = 2
    await pilot.press("c")
    await pilot.pause()
    app.screen.query_one("#comment").text = "nog nagaan"
    await pilot.press("enter")
    await wait_for_workers(pilot)
    pair = screen.report.pairs[2]
    assert screen._state(pair.key).comment.splitlines() == ["nog nagaan", "proposed: Een voorstel van de tester."]
    assert screen._state(pair.key).status == "flagged"
    return screen


@pytest.mark.parametrize("meanwhile", ["", "comment", "withdraw"])
async def test_p_withdraws_the_proposals_asked_first(library_dir: Path, meanwhile: str):
    """The proposal goes, the reviewer's own comment stays, the state is the one before it. Another
    process writing the same segment while the question is up: its comment is what stays; its
    withdrawal first is said, not done twice."""
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    before = (library_dir / SEED_ID / "nl.md").read_bytes()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _proposed(app, pilot)
        pair = screen.report.pairs[2]
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "Withdraw the 1 proposal(s) of segment 3?" in app.screen.question
        assert "Een voorstel van de tester." in app.screen.question
        if meanwhile:
            more = ["--comment", "tweede lezing"] if meanwhile == "comment" else ["--withdraw"]
            # forked: a spawned child cannot start under the app's headless driver (its descriptors)
            other = multiprocessing.get_context("fork").Process(target=_elsewhere, args=(str(library_dir), *more))
            other.start()
            other.join(60)
            assert other.exitcode == 0
        await pilot.press("y")
        await wait_for_workers(pilot)
        assert app.screen is screen
        state = screen._state(pair.key)
        own = {"": "nog nagaan", "comment": "tweede lezing", "withdraw": "nog nagaan"}[meanwhile]
        assert state.comment == own and state.status == "todo"
        said = [n.message for n in app._notifications]
        if meanwhile == "withdraw":
            assert "Segment 3's proposals were withdrawn meanwhile (another window)." in said, said
        else:
            assert "Withdrew 1 proposal(s) of segment 3; the rest of its comment stays." in said, said
        await pilot.press("p")  # nothing left to withdraw: said, no question
        await pilot.pause()
        assert app.screen is screen
        assert any(
            m.startswith("Segment 3 has no proposal to withdraw") for m in (n.message for n in app._notifications)
        )
    assert (library_dir / SEED_ID / "nl.md").read_bytes() == before


async def test_n_keeps_the_proposals_and_the_palette_and_help_name_p(library_dir: Path):
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _proposed(app, pilot)
        titles = {title: key for title, key, _callback in PressReaderCommands(screen)._commands()}
        assert titles["Withdraw the segment's proposals (an official version's corrections)"] == "p"
        assert "| `p` | withdraw the segment's proposals" in help_text("review-mode")
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert screen._state(screen.report.pairs[2].key).comment.endswith("proposed: Een voorstel van de tester.")
