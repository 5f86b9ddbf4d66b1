from __future__ import annotations

import pytest

from reader.core.library import Library
from reader.tui.app import PressReaderApp, make_app
from tests.tui.fake_translator import FakeTranslator


@pytest.fixture
def fake_translator() -> FakeTranslator:
    return FakeTranslator()


@pytest.fixture
def app(library_dir, fake_translator) -> PressReaderApp:
    return make_app(Library.load(library_dir), fake_translator, cursor_blink=False)


async def wait_for_workers(pilot) -> None:  # noqa: ANN001
    """Let a typed search's pause and a key's letter held for a word's next one run out (up to 10 s:
    a loaded machine fires timers late, and a fixed pause then found no worker to wait for), workers
    finish, and the messages they posted (and the mounts those cause) settle."""
    from reader.tui.widgets.library_browser import LibraryBrowser

    for _ in range(100):
        if not any(b.search_pending or b.key_held for b in pilot.app.screen.query(LibraryBrowser)):
            break
        await pilot.pause(0.1)
    from textual.worker import WorkerCancelled

    for _ in range(3):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:  # an exclusive worker a newer one replaced: on a loaded machine the
            await pilot.pause()  # review's first check is still running when the MT check starts
            if going := [w for w in pilot.app.workers if not w.is_cancelled]:
                await pilot.app.workers.wait_for_complete(going)
        await pilot.pause()
