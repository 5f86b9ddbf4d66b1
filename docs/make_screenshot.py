"""Regenerate docs/screenshot.svg: the app's own SVG export of the side-by-side view of the seed.

python docs/make_screenshot.py
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def main() -> None:
    from reader.core.library import Library
    from reader.tui.app import make_app
    from tests.tui.fake_translator import FakeTranslator

    app = make_app(Library.load(ROOT / "releases"), FakeTranslator(), cursor_blink=False)
    async with app.run_test(size=(120, 32)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter", "s")
        await pilot.pause()
        await pilot.press("down", "down")
        await pilot.pause(0.2)
        app.save_screenshot(filename="screenshot.svg", path=str(ROOT / "docs"))


if __name__ == "__main__":
    asyncio.run(main())
