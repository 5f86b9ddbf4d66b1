"""Cancelling a translation: how long Esc waits, and what short CTranslate2 calls cost.

    python benchmarks/bench_cancel.py [--threads N] [--at 1.5 3 4.5]

On two base-size random packages (nl->en->fr, the pivot route, the slowest), the seed release is
translated (1) as the CLI does it, no cancel: whole batches; (2) as the TUI does it, cancellable:
one sentence, then calls sized to INTERACTIVE_SECONDS; (3) the same with calls as long as whole
batches (the behaviour before). For (2) and (3) a cancel is set at each of `--at` seconds and the
time until the engine returns is printed: how long a cancelled run keeps the CPU. (The TUI itself
says "Cancelled" and quits at once whatever this is: benchmarks/bench_quit.py measures that.)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED_ID = "2018-12-05-peeters-alibaba-luik"
BASE = {"layers": 6, "d_model": 512, "heads": 8, "ffn": 2048, "sp_vocab": 400, "model_vocab": 32000}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--at", type=float, nargs="+", default=[1.5, 3.0, 4.5])
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="press-reader-bench-"))
    from reader.core.engine import translator
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.packages import install_file
    from reader.core.engine.translator import Engine
    from reader.core.library import Library
    from tests.argos_factory import build_package

    for i, (a, b) in enumerate([("nl", "en"), ("en", "fr")]):
        install_file(build_package(tmp / "built", a, b, seed=i, **BASE), tmp / "packages")
    version = Library.load(ROOT / "releases").get(SEED_ID).versions["nl"]
    blocks = [b for b in version.blocks if b.lang in (None, "nl")]
    runs = iter(range(1_000_000))

    def engine() -> Engine:
        e = Engine(
            tmp / "packages", TranslationCache(tmp / f"c{next(runs)}.sqlite3"), threads=args.threads, interactive=True
        )
        e.translate_blocks([], "nl", "fr")  # nothing to do, but the packages are listed
        for package in e.route("nl", "fr"):
            e._load(package)  # loading is not what is measured
        return e

    def whole(cancel_at: float | None, interactive: float) -> tuple[float, float, int]:
        """(seconds to the end, seconds from the cancel to the return, sentences done)."""
        translator.INTERACTIVE_SECONDS = interactive
        e = engine()
        stop = threading.Event()
        cancelled_at: list[float] = []
        if cancel_at is not None:

            def press() -> None:
                time.sleep(cancel_at)
                cancelled_at.append(time.perf_counter())
                stop.set()

            threading.Thread(target=press, daemon=True).start()
        start = time.perf_counter()
        result = e.translate_blocks(blocks, "nl", "fr", cancel=stop.is_set if cancel_at is not None else None)
        end = time.perf_counter()
        wait = end - cancelled_at[0] if cancelled_at and result.cancelled else 0.0
        return end - start, wait, sum(s.done for s in result.sentences)

    seconds = translator.INTERACTIVE_SECONDS
    base = whole(None, seconds)[0]
    short = whole(1e9, seconds)[0]  # cancellable, never cancelled
    print(f"seed nl->en->fr, {args.threads} threads: CLI (whole batches) {base:.2f} s, TUI (short calls) {short:.2f} s")
    print(f"  short calls cost {100 * (short / base - 1):+.0f}% of the time")
    for label, interactive in (("short calls", seconds), ("whole batches (before)", 1e9)):
        waits = []
        for at in args.at:
            _, wait, done = whole(at, interactive)
            waits.append(wait)
            print(f"  {label}: cancel at {at:.1f} s -> returned after {wait:.2f} s ({done} sentences kept)")
        print(f"{label}: worst wait from cancel to return {max(waits):.2f} s (goal <= 1 s)")


if __name__ == "__main__":
    main()
