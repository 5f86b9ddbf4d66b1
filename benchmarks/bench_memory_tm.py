"""The archive as memory: build time, and concordance, exact and fuzzy lookups against the 50 ms goal.

    python benchmarks/bench_memory_tm.py [N]      (default 50,000 releases; the build takes a while)

Writes a parallel synthetic library (benchmarks/synthetic.py --parallel: official nl/fr versions,
recurring sentences and institution names), builds the memory once (progress on stderr), then times
lookups as the CLI and the engine make them: median and worst of 50 each.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from benchmarks.synthetic import institutions, write_library
    from reader.core.memory.lookup import concordance, fuzzy
    from reader.core.memory.store import MemoryStore

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    work = Path(tempfile.mkdtemp(prefix="bench-tm-"))
    t0 = time.perf_counter()
    root = write_library(work / "lib", count, parallel=True)
    print(f"library of {count:,} parallel releases written in {time.perf_counter() - t0:.1f} s")
    store = MemoryStore(root, work / "cache")
    t0 = time.perf_counter()

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"\raligning {done:,}/{total:,}")

    stats = store.update(progress=progress, every=1000)
    sys.stderr.write("\n")
    build = time.perf_counter() - t0
    print(f"memory built: {store.count():,} sentence pairs in {build:.1f} s ({count / build:.0f} releases/s)")
    t0 = time.perf_counter()
    again = store.update()
    print(f"an up-to-date check of the whole archive: {time.perf_counter() - t0:.2f} s ({again.aligned} re-aligned)")

    pairs = list(store.all_pairs("nl", "fr"))[:: max(1, store.count() // 50)][:50]
    names = institutions()

    def timed(fn: object) -> tuple[float, float]:
        times = []
        for arg in range(50):
            t = time.perf_counter()
            fn(arg)  # type: ignore[operator]
            times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times), max(times)

    rows = [
        (
            "exact match of a sentence (engine)",
            timed(lambda i: store.exact([pairs[i % len(pairs)].source], "nl", "fr")),
        ),
        (
            "fuzzy matches of a changed sentence (editor)",
            timed(lambda i: fuzzy(store, pairs[i % len(pairs)].source.replace(".", " extra."), "nl", "fr")),
        ),
        ("concordance of a name, 20 newest", timed(lambda i: concordance(store, names[i % 60][0], "nl", "fr", 20))),
        (
            "concordance of a word prefix, 20 newest",
            timed(lambda i: concordance(store, pairs[i % len(pairs)].source.split()[0][:4] + "*", "nl", "fr", 20)),
        ),
    ]
    print(f"\n| lookup on {count:,} releases | median ms | worst ms | goal |\n|---|---|---|---|")
    for label, (median, worst) in rows:
        print(f"| {label} | {median:.1f} | {worst:.1f} | < 50 ms |")
    _ = stats


if __name__ == "__main__":
    main()
