"""Writes that replace a version whole, off the UI thread: a translation saved with `w`, an earlier
text restored from history.

Each keeps the reviewer's comments on the text it replaces (`review.carry`), which aligns and
checks the old and the new version: seconds on a long release, during which the screen froze when
it ran on the UI thread. The bodies here run in thread workers (group `GROUP`) and touch no widget:
each posts one `VersionWritten` to the node that started it. A write once begun is never cut
halfway, not even when the user leaves the screen (its worker is then cancelled, the thread goes
on): its message can no longer be delivered, so the toast goes to the app instead, and until it
ends `under_way` names it, so that quitting asks first rather than cutting it short.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from reader.core.engine.result import TranslationResult
from reader.core.errors import ReaderError
from reader.core.model import LANGUAGES, Release
from reader.tui.messages import VersionWritten
from reader.tui.tell import tell, tell_error

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from reader.tui.app import PressReaderApp

GROUP = "write"
RESTORE_REFUSED = "Not restored"  # the title of a refused restore, as before
Post = Callable[[Message], bool]

_lock = threading.Lock()
_under_way: list[str] = []


@contextmanager
def _writing(what: str) -> Iterator[None]:
    with _lock:
        _under_way.append(what)
    try:
        yield
    finally:
        with _lock:
            _under_way.remove(what)


def under_way() -> list[str]:
    """The writes running now, in a few words each ('the English translation being saved')."""
    with _lock:
        return list(_under_way)


def running(node: DOMNode) -> bool:
    """Whether `node` started a write that has not ended."""
    return any(w.node is node and w.group == GROUP and not w.is_finished for w in node.app.workers)


def start(node: DOMNode, body: Callable[[], None], description: str) -> None:
    node.run_worker(body, thread=True, exit_on_error=False, group=GROUP, description=description)


def _carried(describe: str) -> str:
    return f" ({describe})" if describe else ""


def _report(app: PressReaderApp, post: Post, message: VersionWritten, title: str | None) -> None:
    """To the node that started the write; to the app when that node is gone (the screen was left)."""
    if post(message):
        return
    if message.refused is not None:
        tell_error(app, message.refused, title=title)  # notify is thread-safe
    else:
        tell(app, message.said)


def save(app: PressReaderApp, reviews: Path | None, release: Release, result: TranslationResult, post: Post) -> None:
    """The body of `w` side by side: the translation made here written as the release's version."""
    from reader.core.engine.save import save_translation
    from reader.core.review.carry import keeping_reviews

    lang = result.to_code
    with _writing(f"the {LANGUAGES.get(lang, lang)} translation being saved"):
        try:
            version, carried = keeping_reviews(
                release, lang, reviews, lambda: save_translation(app.library, release, result)
            )
        except ReaderError as exc:
            _report(app, post, VersionWritten(lang, refused=exc, result=result), None)
            return
    said = f"Saved {version.path.name} as {version.provenance.label()}{_carried(carried.describe())}"
    # what the engine itself warned of (an output cut at its length limit) is saved with it: said so,
    # not only in the rows left behind (a new user's trial saved many such rows unsaid)
    warned = sum(1 for s in result.sentences if s.flags)
    if warned:
        said += f"; {warned} sentence(s) carry the engine's warnings (⚑): r reviews them"
    if result.source_replaced:  # another writer replaced the original after t: saved as out of date
        said += "; the original was replaced since it was translated: t translates it again"
    _report(app, post, VersionWritten(lang, said, result=result), None)


def restore(
    app: PressReaderApp, reviews: Path | None, release: Release, lang: str, stamp: str, when: str, who: str, post: Post
) -> None:
    """The body of a restore in the reader: the text of `stamp` (`when`, as the history lists it)."""
    from reader.core.review.carry import keeping_reviews

    before = release.versions[lang].provenance.label() if lang in release.versions else ""
    with _writing(f"the restore of the {LANGUAGES.get(lang, lang)} text of {when}"):
        try:
            version, carried = keeping_reviews(
                release, lang, reviews, lambda: app.library.restore(release, lang, stamp, who=who)
            )
        except ReaderError as exc:
            _report(app, post, VersionWritten(lang, refused=exc), RESTORE_REFUSED)
            return
    # the text comes back with the standing it had: said when that differs (a new user's trial saw
    # edits turn into proposals after restoring an official text, and nothing had told them)
    now = version.provenance.label()
    standing = f"; it is {now} again (it was {before})" if before and now != before else ""
    said = (
        f"Restored the text as it stood until {when}{standing}; the one it replaced is in the history"
        f"{_carried(carried.describe())}."
    )
    _report(app, post, VersionWritten(lang, said), RESTORE_REFUSED)
