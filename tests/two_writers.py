"""Two processes running a command each at the same moment (the twin tests of every write): forked,
held at one barrier, their output swallowed. One runner for all the twins, which carried copies."""

from __future__ import annotations

import contextlib
import io
from typing import Any


def _in_process(at: int, argv: list[str], barrier: Any, results: Any) -> None:
    from reader.cli import main

    barrier.wait()
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        results.put((at, main(argv)))


def in_order(argv: list[str], other: list[str] | None = None) -> list[int]:
    """The command (or it and `other`) run by two processes at once: their exit codes, in that order."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    given = (argv, other or argv)
    workers = [ctx.Process(target=_in_process, args=(at, a, barrier, results)) for at, a in enumerate(given)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    return [code for _, code in sorted(results.get(timeout=5) for _ in workers)]


def twice(argv: list[str], other: list[str] | None = None) -> list[int]:
    """As `in_order`, the exit codes sorted."""
    return sorted(in_order(argv, other))
