"""A release removed by another window while the reader shows it: said once, by name, with the way
back, and nothing more done with it (the reader said 'changed on disk: reloaded', twice, and went on
translating it: a new user's trial)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.screens.reader import ReaderScreen
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


def _remove_elsewhere(library_dir: Path, *more: str) -> None:
    """The release removed (or restored) by a second process, as another window's `x` or the CLI does it."""
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(library_dir), "remove", *more, SEED_ID],
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


async def test_a_release_another_process_removes_is_said_removed_once(library_dir: Path):
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReaderScreen(app.library.get(SEED_ID), "nl"))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        _remove_elsewhere(library_dir)
        for _ in range(3):
            screen.check_disk()
            await pilot.pause()
        said = [n.message for n in app._notifications]
        assert sum("was removed from the library" in m for m in said) == 1
        assert not any("changed on disk" in m for m in said)
        assert screen.sub_title.startswith("removed")
        await pilot.press("t")
        await pilot.pause()
        assert app.screen is screen  # no picker, no translation of a release that is gone
        # restored by a second process: the reader takes it back, says so once, its title lifted
        _remove_elsewhere(library_dir, "--restore")
        for _ in range(2):
            screen.check_disk()
            await pilot.pause()
        said = [n.message for n in app._notifications]
        assert sum("is back in the library" in m for m in said) == 1, said
        assert not any("changed on disk" in m for m in said), said
        assert not screen.removed and not screen.sub_title.startswith("removed"), screen.sub_title


async def test_a_review_of_a_release_removed_elsewhere_saves_nothing_and_says_why(library_dir: Path):
    """Marks and comments went on being accepted and landed in a review file no release reads, which
    a restore then found in the way (a new user's trial)."""
    from reader.tui.screens.review import ReviewScreen

    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(SEED_ID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        reviews = app.settings.reviews_of(app.library.root) / SEED_ID
        _remove_elsewhere(library_dir)
        await pilot.press("a")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("was removed from the library" in m for m in said), said
        assert not (reviews / "nl-fr.json").exists()


async def test_a_version_removed_elsewhere_under_a_review_with_an_edit_stops_nothing(library_dir: Path):
    """Another window's `remove --lang fr` under a review of nl→fr holding an edit: w, a mark and a
    step on were a KeyError and a traceback, the edit lost (a careful user's trial). Now said by
    name, the edit kept on screen, nothing written; side by side's r says so too."""
    from reader.tui.screens.edit_segment import EditSegmentModal
    from reader.tui.screens.review import ReviewScreen
    from reader.tui.widgets.aligned import AlignedView

    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(SEED_ID), "nl", "fr"))
        await wait_for_workers(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        screen.query_one(AlignedView).cursor = 3
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditSegmentModal)
        area = app.screen.query_one("#edit-target")
        area.text = area.text + " (revu)"
        await pilot.press("ctrl+s")
        await wait_for_workers(pilot)
        assert screen.edits == 1
        _remove_elsewhere(library_dir, "--lang", "fr")
        for key in ("w", "]", "a", "w"):
            await pilot.press(key)
            await wait_for_workers(pilot)
        assert app.is_running and app.screen is screen and screen.edits == 1
        said = [n.message for n in app._notifications]
        assert any("French version of" in m and "was removed by another window" in m for m in said), said
        # the way back said is the one that works for a version: its history (remove --restore failed)
        assert any(f"press-reader history {SEED_ID} --lang fr" in m for m in said), said
        assert not any("remove --restore" in m for m in said), said
        assert not (library_dir / SEED_ID / "fr.md").exists()


def _pasted(notice: str, library_dir: Path) -> None:
    """Run the command the notice suggests, as a user pastes it into a shell started anywhere."""
    import re
    import shlex

    found = re.search(r"press-reader [^`()]*?remove --restore [^\s`)]+", notice)
    assert found, notice
    argv = shlex.split(found.group(0))[1:]
    env = {k: v for k, v in os.environ.items() if k != "PRESS_READER_LIBRARY"}
    done = subprocess.run(
        [sys.executable, "-m", "reader", *argv], env=env, capture_output=True, text=True, timeout=120, cwd="/"
    )
    assert done.returncode == 0, (argv, done.stderr)
    assert (library_dir / SEED_ID).is_dir()


async def test_the_reader_s_way_back_runs_as_pasted(library_dir: Path):
    """Trial H: the notice said 'press-reader remove --restore ID', a literal ID and no --library: pasted,
    it restored nothing. It now names the removal and the library (not the default one)."""
    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReaderScreen(app.library.get(SEED_ID), "nl"))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        _remove_elsewhere(library_dir)
        screen.check_disk()
        await pilot.pause()
        (notice,) = [n.message for n in app._notifications if "was removed from the library" in n.message]
        assert "--library" in notice
        _pasted(notice, library_dir)


async def test_the_review_s_way_back_runs_as_pasted(library_dir: Path):
    from reader.tui.screens.review import ReviewScreen

    app = make_app(Library.load(library_dir), FakeTranslator(pairs=()), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReviewScreen(app.library.get(SEED_ID), "nl", "fr"))
        await wait_for_workers(pilot)
        _remove_elsewhere(library_dir)
        await pilot.press("a")
        await pilot.pause()
        notices = [n.message for n in app._notifications if "was removed from the library" in n.message]
        assert notices, [n.message for n in app._notifications]
        _pasted(notices[0], library_dir)
