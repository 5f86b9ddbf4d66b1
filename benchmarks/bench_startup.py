"""TUI start-up with 1,000 and 10,000 synthetic releases: time to first frame, and to a full table.

    python benchmarks/bench_startup.py

Each figure comes from a fresh process (imports included), first with a cold metadata index and
then with the index warm. Goal: first frame under 0.8 s at 10,000.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBE = r"""
import time, asyncio, sys
t0 = time.perf_counter()
from reader.core.library import Library
from reader import paths
from reader.core.engine.cache import TranslationCache
from reader.core.engine.translator import Engine
from reader.tui.app import make_app
from reader.tui.widgets.release_list import ReleaseList
async def main():
    s = paths.settings()
    engine = Engine(s.packages, TranslationCache(s.translation_cache))
    app = make_app(Library.load(sys.argv[1], s.metadata_index), engine, settings=s, cursor_blink=False)
    async with app.run_test(size=(120, 35)) as pilot:
        first = time.perf_counter() - t0
        while app.screen.query_one(ReleaseList).row_count == 0:
            await pilot.pause(0.01)
        full = time.perf_counter() - t0
        print(f"{first:.3f} {full:.3f} {app.screen.query_one(ReleaseList).row_count}")
asyncio.run(main())
"""


def main() -> None:
    from benchmarks.synthetic import write_library

    tmp = Path(tempfile.mkdtemp(prefix="press-reader-startup-"))
    env = dict(os.environ, PRESS_READER_CACHE_DIR=str(tmp / "cache"), HOME=str(tmp / "home"))
    for count in (1_000, 10_000):
        library = write_library(tmp / f"lib-{count}", count)
        for state in ("cold index", "warm index"):
            out = subprocess.run(
                [sys.executable, "-c", PROBE, str(library)], env=env, capture_output=True, text=True, check=True
            ).stdout.split()
            first, full, rows = float(out[0]), float(out[1]), int(out[2])
            print(
                f"{count:>6} releases, {state}: first frame {first:.2f} s (goal < 0.8), "
                f"table full ({rows} rows) {full:.2f} s"
            )


if __name__ == "__main__":
    main()
