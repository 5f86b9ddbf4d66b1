"""Threads joined with SIGTERM and Ctrl-C held (cli._terminate_as_interrupt raises them as exceptions).

Python 3.11's Thread.join, interrupted by a signal's exception, releases the thread's state lock when
it sees it held: held by the worker still ending, which then releases it too, and the join raised
'RuntimeError: release unlocked lock' (tests/cli/test_translate_all_stopped, once under load, as the
SIGTERM landed while `translate --all` joined its pool). No signal handler runs inside a join now.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

HELD = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def signals_held(again: bool = True) -> Iterator[None]:
    """SIGTERM and SIGINT noted, not acted on, inside the block; with `again`, the first one noted is
    raised once the block is done (a stop asked while a run ended is a stop), without it dropped (the
    run is stopping already). Only the main thread sets handlers; elsewhere the block runs as is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, _frame: noted.append(signum)) for sig in HELD}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if again and noted:
            signal.raise_signal(noted[0])
