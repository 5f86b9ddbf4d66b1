"""Opening a large library in the TUI: first rows before and after the search index exists, and search.

    python benchmarks/bench_library_open.py [--count 50000] [--library DIR]

A synthetic library (benchmarks/synthetic.py; written once into DIR, default a temporary folder)
is opened by a fresh process with an empty cache (the index is built while the list shows), then
again with the index built. Printed: time to the first rows, to the newest screenful read for real,
to the index complete, and from a typed search to its results. Goals from issue 24: first rows of
an unindexed 50,000-release archive <= 3 s, of an indexed one <= 1 s; typed search <= 2 s.
"""

from __future__ import annotations

import argparse
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
from reader.tui.app import make_app
from reader.tui.widgets.release_list import ReleaseList
from tests.tui.fake_translator import FakeTranslator

async def main():
    s = paths.settings()
    app = make_app(Library.load(sys.argv[1], s.metadata_index), FakeTranslator(), settings=s, cursor_blink=False)
    async with app.run_test(size=(120, 35)) as pilot:
        view = app.screen.query_one(ReleaseList)
        while view.row_count == 0:
            await pilot.pause(0.01)
        rows = time.perf_counter() - t0
        while view.rows[0].marks == "…":
            await pilot.pause(0.01)
        real = time.perf_counter() - t0
        while not app.screen.total:
            await pilot.pause(0.05)
        indexed = time.perf_counter() - t0
        word = view.rows[0].title.split()[0]
        started = time.perf_counter()
        await pilot.press("slash", *word)
        while not (view.rows and view.rows[0].snippet):
            await pilot.pause(0.01)
        search = time.perf_counter() - started
        print(f"{rows:.3f} {real:.3f} {indexed:.3f} {search:.3f} {view.row_count} {word}")

asyncio.run(main())
"""


def main() -> None:
    from benchmarks.synthetic import write_library

    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--library", type=Path)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="press-reader-open-"))
    library = args.library or tmp / "library"
    if not (library.is_dir() and sum(1 for _ in library.iterdir()) >= args.count):
        write_library(library, args.count)
    env = dict(os.environ, PRESS_READER_CACHE_DIR=str(tmp / "cache"), HOME=str(tmp / "home"))
    for state in ("unindexed", "indexed"):
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(library)], env=env, cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
        rows, real, indexed, search, shown, word = (*map(float, out[:4]), int(out[4]), out[5])
        goal = 3 if state == "unindexed" else 1
        print(
            f"{args.count:,} releases, {state}: first rows {rows:.2f} s (goal <= {goal}), newest read {real:.2f} s, "
            f"index ready {indexed:.1f} s; search '{word}' -> {shown:,} rows in {search:.2f} s (goal <= 2)"
        )


if __name__ == "__main__":
    main()
