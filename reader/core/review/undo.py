"""An edit's two writes, the text (library) and the review states (data folder), landing together.

Trial Z, F1: with the data folder read-only or full and the library writable, an edit wrote the text
and its history, then failed on the states: 'cannot write', exit 2, the text changed all the same and
the segment's comment and state left on the old text's key, lost. The states' write is tried first
(`ready`); if it still fails after the text was written, `Undo` puts the text back.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from reader.core import atomic, history
from reader.core.errors import WriteFailed
from reader.core.metadata import METADATA
from reader.core.model import Release
from reader.core.review.store import MAX_COMMENT, ReviewStore


def ready(store: ReviewStore) -> None:
    """The states' file can be written now: its content and a comment's room written to a temporary
    file beside it, synced and removed, before the text is touched."""
    data = json.dumps({k: v.comment for k, v in store.segments.items()}).encode() + bytes(MAX_COMMENT * 4)
    try:
        atomic.probe(store.folder, data)
    except OSError as exc:
        raise WriteFailed(store.path, f"cannot write ({atomic.describe(exc)}); nothing changed") from None


class Undo:
    """The version's body, the release's metadata and its history as they were before an edit."""

    def __init__(self, release: Release, lang: str):
        self.folder = release.folder
        self.files = [release.folder / f"{lang}.md", release.folder / METADATA]
        self.before = [self._read(path) for path in self.files]
        self.kept = self._history(lang)
        self.lang = lang

    @staticmethod
    def _read(path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except OSError:
            return None

    def _history(self, lang: str) -> set[Path]:
        try:
            return set(history.folder_of(self.folder, lang).glob("*"))
        except OSError:
            return set()

    def put_back(self, failure: WriteFailed) -> WriteFailed:
        """The text and history as they were (unless another writer changed the text since: then
        theirs stays, and the error says so); the error to raise, saying what was left."""
        with atomic.locked(self.folder):
            written = [self._read(path) for path in self.files]
            if written[0] == self.before[0]:
                return failure  # the text never changed: nothing to put back
            if any(self.before[n] is None for n in range(2)):
                return WriteFailed(failure.path, f"{failure.reason}; the text was saved without its review state")
            for path, data in zip(self.files, self.before, strict=True):
                atomic.write_bytes(path, data or b"")
            for path in self._history(self.lang) - self.kept:
                path.unlink(missing_ok=True)
            if not self.kept:  # a history begun by the edit: its folders go too (refused when not empty)
                folder = history.folder_of(self.folder, self.lang)
                for empty in (folder, folder.parent):
                    with contextlib.suppress(OSError):
                        empty.rmdir()
        return WriteFailed(failure.path, f"{failure.reason}; the edit was undone, nothing changed")
