"""Start the TUI from the CLI: build the settings, the library and the engine, hand them to the app factory.

Quitting must give the shell back at once, even in the middle of a translation. Textual's thread
workers run in the event loop's default executor, and both `asyncio.run` and the interpreter's
exit join its threads: a thread inside a CTranslate2 call (which cannot be interrupted) or an
index update held a blank terminal for 12-16 s after `q`. So the app runs on a loop and an
executor of our own; once the app has restored the terminal, idle threads are let go and any
thread still busy after GRACE_SECONDS is abandoned with `os._exit`. Nothing is lost that was
kept: every write is atomic (a temporary file renamed) and SQLite rolls back a transaction cut
short, and cancelled work stops at the next sentence anyway.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

    from reader.core.settings import Settings

GRACE_SECONDS = 0.3


def run_tui(library_flag: str | None = None, settings: Settings | None = None) -> int:
    from reader import paths
    from reader.core.engine.cache import TranslationCache
    from reader.core.engine.factory import build_engine
    from reader.core.library import Library
    from reader.tui.app import make_app
    from reader.tui.memory import attach_built_memory

    settings = settings or paths.settings()
    library = Library.load(paths.library_dir(library_flag), settings.metadata_index, paths.named_by(library_flag))
    engine = build_engine(settings, TranslationCache(settings.translation_cache), interactive=True)
    attach_built_memory(engine, library, settings)
    return run_app(make_app(library, engine, settings=settings))


def run_app(app: App[Any], *, headless: bool = False) -> int:
    """Run `app` until it exits; return its code without waiting for busy worker threads."""
    loop = asyncio.new_event_loop()
    executor = ThreadPoolExecutor(thread_name_prefix="press-reader-worker")
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(app.run_async(headless=headless))
    finally:
        asyncio.set_event_loop(None)
    code = int(app.return_code or 0)
    if not let_go(executor, GRACE_SECONDS):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # a thread still decodes: the terminal is already restored, leave now
    loop.close()
    return code


def let_go(executor: ThreadPoolExecutor, grace: float) -> bool:
    """Stop `executor`'s idle threads; True when all have ended within `grace` seconds."""
    executor.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + grace
    threads = list(getattr(executor, "_threads", ()))
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in threads)
