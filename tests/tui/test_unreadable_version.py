"""A version the library cannot read (a body holding only its letterhead, as a hand-made release
may): every screen that would show it says so in one line and stays up; `s`, `t` and `r` crashed the
app with a traceback (a keyboard user's trial)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.screens.reader import ReaderScreen
from tests.conftest import SEED_ID
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator


def _letterhead_only(library_dir: Path, lang: str) -> None:
    path = library_dir / SEED_ID / f"{lang}.md"
    text = path.read_text(encoding="utf-8")
    end = text.index(":::", text.index(":::") + 3) + 3  # the first letterhead block, and nothing after it
    path.write_text(text[:end] + "\n", encoding="utf-8")


@pytest.mark.parametrize(("broken", "keys"), [("fr", "s"), ("fr", "sr"), ("en", "sv"), ("nl", "s"), ("nl", "t")])
async def test_an_unreadable_version_is_said_and_the_app_goes_on(library_dir: Path, broken: str, keys: str):
    _letterhead_only(library_dir, broken)
    app = make_app(Library.load(library_dir), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_workers(pilot)
        app.push_screen(ReaderScreen(app.library.get(SEED_ID), "nl"))
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await wait_for_workers(pilot)
        for _ in range(3):
            await pilot.press("enter")
            await wait_for_workers(pilot)
        assert app.is_running and app.return_code in (None, 0)
        said = [str(n.message) for n in app._notifications]
        assert any("body is empty" in m for m in said), said
