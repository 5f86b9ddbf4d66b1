"""The body of the review's checks worker (moved from review_session.py for its size).

A check without machine translation is kept in the cache (`core/review/check_cache.py`), keyed on
everything it reads: reopening a release nothing changed in shows its flags at once, where a pair of
1,012 segments took 35-50 s every time (trial E, finding 10). While a check runs, its progress is
posted: the blocks aligned of all first (half a minute on such a pair, with nothing shown), then the
paragraphs checked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.message import Message
from textual.worker import get_current_worker

from reader.tui.messages import CheckProgress, ChecksProgress, ReviewReady
from reader.tui.tell import tell

if TYPE_CHECKING:
    from reader.core.memory.terms import TermPair
    from reader.core.review.findings import CheckReport
    from reader.tui.app import PressReaderApp
    from reader.tui.controllers.review_session import ReviewSession


def check(
    app: PressReaderApp, session: ReviewSession, after: int | None, mt: bool, post: Callable[[Message], object]
) -> None:
    """Without MT the checks take a moment (or none, kept); with it the source is translated first,
    with progress."""
    from reader.core.review import check_cache
    from reader.core.review.checks import CheckCancelled, check_release
    from reader.core.review.dismiss import hide_accepted, hide_edited
    from reader.core.review.mt import MTHelper
    from reader.core.review.taught import note_taught
    from reader.core.review_states import HeldPairs
    from reader.core.text.glossary import checking_glossary
    from reader.tui.controllers.review_disk import file_stamp

    worker = get_current_worker()
    release = session.working or session.release
    source, target = session.source, session.target
    helper = None

    def progress(done: int, total: int, _partial: object) -> None:
        post(CheckProgress(done, total))

    if mt:
        helper = MTHelper(app.translator, release, source, target, progress, lambda: worker.is_cancelled)
    if worker.is_cancelled:
        return
    # The user's glossary (what `d` and `glossary add` taught) and the flags dismissed here count
    # as they do in `press-reader check`.
    warn = partial(tell, app, severity="warning", timeout=15)  # notify is thread-safe
    session.glossary_seen = file_stamp(app.settings.user_glossary)
    glossary = checking_glossary(app.settings.user_glossary, None, warn)
    session.glossary = glossary
    held = session.store.holds(session.typed.values(), session.replaced) if session.store is not None else None
    terms = _learned(app, source, target)
    folder = app.settings.cache / check_cache.FOLDER
    key = None
    if helper is None and (held is None or isinstance(held, HeldPairs)):
        held_keys = held.keys if isinstance(held, HeldPairs) else None
        key = check_cache.check_key(release, source, target, glossary, held_keys, terms)
    report: CheckReport | None = None
    if key is not None:
        report = check_cache.load_report(folder, release.id, source, target, key)
    if report is None:
        # A long page is checked in stretches, each asking whether to stop; each also lets the screen
        # draw (the checks are pure Python: the thread held the interpreter, and a 200-sentence release
        # showed nothing for 4 s after r, the review screen not even drawn: a new user's trial).
        time.sleep(0.05)

        def checked(done: int, total: int) -> None:
            post(ChecksProgress(done, total))

        def aligning(done: int, total: int) -> None:
            time.sleep(0)  # the screen draws between rows of the alignment, as between paragraphs
            post(ChecksProgress(done, total, aligning=True))

        def stop() -> bool:
            time.sleep(0)
            return worker.is_cancelled

        try:
            if terms:  # the archive's terms, as `press-reader check` reads them: the same flags in both
                from reader.core.review.consistency import check_with_memory

                report = check_with_memory(
                    release, source, target, glossary, helper, terms, held, stop, checked, aligning
                )
            else:
                report = check_release(
                    release,
                    source,
                    target,
                    glossary,
                    helper,
                    held=held,
                    cancelled=stop,
                    progress=checked,
                    aligning=aligning,
                )
        except CheckCancelled:
            return  # the view closed: nobody waits for this report
        if key is not None:
            check_cache.save_report(folder, key, report)  # before what the review hides of it below
    if session.store is not None:
        hide_accepted(report, session.store)
        hide_edited(report, session.store, session.edited)  # as `w` will keep them (edited_moves)
    note_taught(report, app.settings.user_glossary)  # a name the user's glossary overrules, said (trial N)
    post(ReviewReady(report, after, mt))


def _learned(app: PressReaderApp, source: str, target: str) -> list[TermPair]:
    """The terms of the memory as built (never built or brought up to date here: `memory` does)."""
    from reader.core.memory.terms import cached_terms
    from reader.tui.memory import memory_built, memory_store

    if not memory_built(app):
        return []
    store = memory_store(app)
    try:
        return cached_terms(store, source, target)
    finally:
        store.close()
