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
    """Let workers finish, then let the messages they posted (and the mounts those cause) settle."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
