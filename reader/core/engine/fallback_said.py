"""The remote engine's word that the local models take over, to whoever runs the translation.

The CLI reads it on stderr (a log line, once per engine); the TUI said it only in the end-of-run
summary, and a run on the local models in a failed server's place looked like the server's for
its whole length (batch 8 after trial I). A thread worker `listen`s for the run it makes: the
next fallback is told to it once, then the listener is let go (it may be a screen since closed).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

log = logging.getLogger("reader")

Listener = Callable[[str], object]


class FallbackSaid:
    """Called with why no server translates: logged once per engine, told once per listener."""

    def __init__(self) -> None:
        self.logged = False
        self._listener: Listener | None = None
        self._lock = threading.Lock()  # a run's worker and the UI's first look at the route (starting)

    def __call__(self, why: str) -> None:
        with self._lock:
            logged, self.logged = self.logged, True
            listener, self._listener = self._listener, None
        if not logged:
            log.warning("%s; translating with the local models", why)
        if listener is not None:
            listener(why)

    def listen(self, listener: Listener | None) -> None:
        with self._lock:
            self._listener = listener


@contextmanager
def listening(translator: object, listener: Listener) -> Iterator[None]:
    """`listener` told why, should `translator` (a remote engine; any other says nothing) hand this
    run to the local models; let go when the run ends."""
    said = getattr(translator, "fallback_said", None)
    if not isinstance(said, FallbackSaid):
        yield
        return
    said.listen(listener)
    try:
        yield
    finally:
        said.listen(None)
