"""Quit at once: a clean shell within a second even while a worker is busy; ask first if edits would be lost."""

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from reader.tui.run import let_go
from reader.tui.screens.modals import ConfirmModal
from reader.tui.screens.review import ReviewScreen
from tests.conftest import ROOT
from tests.tui.conftest import wait_for_workers

BUSY_APP = """
import threading, time
from textual import work
from textual.app import App
from reader.tui.run import run_app

class Busy(App):
    def on_mount(self):
        self.decode()
        self.set_timer(0.2, self.exit)

    @work(thread=True)
    def decode(self):
        time.sleep(30)  # a CTranslate2 call that cannot be interrupted

print("exit code", run_app(Busy(), headless=True))
"""


def test_quitting_does_not_wait_for_a_busy_worker_thread():
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", BUSY_APP], cwd=ROOT, capture_output=True, text=True, timeout=60)
    took = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert took < 10  # python and textual start in ~1 s; the worker alone would hold it 30 s


def test_idle_threads_are_let_go_busy_ones_are_not():
    idle = ThreadPoolExecutor()
    idle.submit(lambda: None).result()
    assert let_go(idle, 1.0)
    busy = ThreadPoolExecutor()
    busy.submit(time.sleep, 3)
    started = time.perf_counter()
    assert not let_go(busy, 0.2)
    assert time.perf_counter() - started < 1


async def test_quit_asks_first_when_edits_would_be_lost(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "s", "r")
        await wait_for_workers(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        review.edits = 2
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "2 edit(s) not written" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is review
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
    assert app.return_code == 0


async def test_quit_asks_first_while_translate_all_runs(library_dir):
    """q in the library quit at once and lost the release a 'translate all' was on (a team's trial)."""
    import threading

    from reader.core.library import Library
    from reader.tui.app import make_app
    from tests.conftest import archive_without
    from tests.tui.fake_translator import FakeTranslator

    archive_without(library_dir, "en", count=2)
    translator = FakeTranslator()
    translator.gate = threading.Event()  # each batch waits: the run stays under way
    app = make_app(Library.load(library_dir), translator, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.translate_all("en")
        await pilot.pause(0.2)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal) and "translate all" in app.screen.question
        translator.gate.set()
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_key_after_the_screens_are_gone_is_dropped(library_dir):
    """CI, a loaded machine: the key that quit arrived at the app once the exit had emptied its screens,
    and Textual's handling of it raised ScreenStackError out of the run."""
    from textual import events

    from reader.core.library import Library
    from reader.tui.app import make_app
    from tests.tui.fake_translator import FakeTranslator

    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    assert not app.screen_stack  # as after the exit: not started, or its screens removed
    await app.on_event(events.Key("y", "y"))
