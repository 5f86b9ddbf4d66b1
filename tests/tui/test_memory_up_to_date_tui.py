"""ctrl+b in the concordance panel when another command aligned the latest edit first (trial D): it
said '0 releases aligned now'; it says the memory is up to date with the latest change, naming it."""

from __future__ import annotations

import os
import time
from pathlib import Path

from reader.core.library import Library
from reader.tui.app import make_app
from reader.tui.memory import memory_store
from tests.tui.conftest import wait_for_workers
from tests.tui.fake_translator import FakeTranslator
from tests.tui.memory_library import memory_library


async def test_ctrl_b_says_the_memory_is_up_to_date_with_the_latest_change(tmp_path: Path):
    root = memory_library(tmp_path / "lib")
    fr = root / "2024-03-02-renovatie-01" / "fr.md"
    later = time.time() + 60
    os.utime(fr, (later, later))
    app = make_app(Library.load(root), FakeTranslator(), cursor_blink=False)
    store = memory_store(app)
    store.update()  # as another command would, before the panel's ctrl+b
    store.close()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_workers(pilot)
        await pilot.press("enter", "c", "ctrl+b")
        await wait_for_workers(pilot)
        said = [n.message for n in app._notifications if n.message.startswith("Translation memory")]
        assert said and "(up to date with the latest change, 2024-03-02-renovatie-01, " in said[-1], said
        assert "0 releases aligned now" not in said[-1]
