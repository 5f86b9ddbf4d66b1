"""Search at scale: the full-text index on 10,000 and 50,000 synthetic releases.

    python benchmarks/bench_search.py [--sizes 10000 50000]

For each size, on a library written by benchmarks/synthetic.py (three languages, real-length bodies,
Zipf-distributed words): the cold index build, `list --search WORD --json` as a whole process (warm
index) against `grep -rli WORD` over the same folder, in-process queries (a word, a phrase, a
prefix; the first 50 in date order, as a screen shows them), and the TUI's first full screen.
Each time is the median of several runs in this one process; ratios compare runs made here, now.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TUI_PROBE = r"""
import time, asyncio, sys
t0 = time.perf_counter()
from reader import paths
from reader.core.library import Library
from reader.core.engine.cache import TranslationCache
from reader.core.engine.translator import Engine
from reader.tui.app import make_app
from reader.tui.widgets.release_list import ReleaseList
async def main():
    s = paths.settings()
    engine = Engine(s.packages, TranslationCache(s.translation_cache))
    app = make_app(Library.load(sys.argv[1], s.metadata_index), engine, settings=s, cursor_blink=False)
    async with app.run_test(size=(120, 35)) as pilot:
        while app.screen.query_one(ReleaseList).row_count == 0:
            await pilot.pause(0.01)
        print(f"{time.perf_counter() - t0:.3f}")
asyncio.run(main())
"""


def median_time(runs: int, fn, *args, **kwargs) -> float:  # noqa: ANN001, ANN002, ANN003
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(*args, **kwargs)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from benchmarks.synthetic import word_of_rank, write_library
    from reader.core.search import SearchIndex

    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="press-reader-search-"))
    env = dict(
        os.environ,
        PRESS_READER_CACHE_DIR=str(tmp / "cache"),
        PRESS_READER_DATA_DIR=str(tmp / "data"),
        HOME=str(tmp / "home"),
    )
    os.environ.update(env)
    word = word_of_rank(3000)
    for count in args.sizes:
        library = tmp / f"lib-{count}"
        started = time.perf_counter()
        write_library(library, count)
        print(f"\n{count:,} releases written in {time.perf_counter() - started:.0f} s ({library})")
        body = next(library.iterdir()) / "nl.md"
        words = re.findall(r"\w+", body.read_text(encoding="utf-8"))
        phrase = f'"{words[3]} {words[4]}"'
        prefix = word[:4] + "*"

        index = SearchIndex(library, tmp / "cache" / "search")
        started = time.perf_counter()
        stats = index.update()
        print(
            f"cold index build                  {time.perf_counter() - started:6.1f} s  (goal < 60 s at 50,000)  "
            f"{stats.added} releases, {index.path.stat().st_size / 2**20:.0f} MB"
        )
        for label, query in (("a word", word), ("a phrase", phrase), ("a prefix", prefix)):
            taken = median_time(9, index.search, query, limit=50)
            found = len(index.search(query))
            print(f"in-process query, {label:<9} {query:<22} {taken * 1000:6.1f} ms (goal < 50 ms)  {found} found")
        quick = median_time(3, index.update, quick=True)
        print(f"freshness check (folder mtimes)   {quick * 1000:6.0f} ms")
        index.close()

        cli = [sys.executable, "-m", "reader", "--library", str(library), "list", "--search", word, "--json"]
        grep = ["grep", "-rli", word, str(library)]
        subprocess.run(cli, env=env, capture_output=True, check=True)  # warm the index and the page cache
        subprocess.run(grep, capture_output=True, check=False)
        ours = median_time(5, subprocess.run, cli, env=env, capture_output=True, check=True)
        theirs = median_time(5, subprocess.run, grep, capture_output=True, check=False)
        print(
            f"list --search / grep -rli          {ours / theirs:6.2f}   ({ours:.2f} s vs {theirs:.2f} s; goal <= 0.25)"
        )

        probe = [sys.executable, "-c", TUI_PROBE, str(library)]
        subprocess.run(probe, env=env, capture_output=True, check=True)
        first = median_time(3, subprocess.run, probe, env=env, capture_output=True, check=True)
        print(f"TUI first full screen (warm)      {first:6.2f} s  (goal < 0.8 s at 50,000; process start included)")


if __name__ == "__main__":
    main()
