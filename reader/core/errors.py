"""Typed errors: every failure the user can cause names where (a path) and why (a reason).

The CLI prints them as one line, ``press-reader: error: <path>: <reason>`` (``str()``), and the TUI
as a notification, its reason first and the file by name (a toast is cut at 80 columns). Keeping
``path`` and ``reason`` apart lets callers (the library scan, ``--json`` output, the TUI) report them
without parsing the message.
"""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """Bad input or a failed operation that the user can act on: never a bug."""

    def __init__(self, path: Path | str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path not in (None, "") else self.reason


class LibraryError(ReaderError):
    """A release folder, its metadata or a body file is missing, malformed or cannot be written."""


class PackageError(ReaderError):
    """A model package cannot be read, installed or found, or the package index is unusable."""


class ImportFailed(ReaderError):
    """A file cannot be imported as it is; nothing was written."""


class AlreadyImported(ImportFailed):
    """The file's content is in the library already, in `release_id` (another process may have put
    it there a moment ago): a command importing a release's versions together adds to that one."""

    def __init__(self, path: Path | str | None, reason: str, release_id: str) -> None:
        self.release_id = release_id
        super().__init__(path, reason)


class SameRelease(ImportFailed):
    """The library has a release of the file's date and headline, `release_id`, without the file's
    language: most likely the release this file renders (a command given `--title` for a release's
    versions names them all alike), which a command that made it a moment ago joins."""

    def __init__(self, path: Path | str | None, reason: str, release_id: str, language: str) -> None:
        self.release_id, self.language = release_id, language
        super().__init__(path, reason)


class MadeMeanwhile(SameRelease):
    """Another command made `release_id` of this file's date, which this file renders, while this one
    ran (a pair's import beside its French half alone made two releases: trial P of the thirty-third
    session): the file is added to it, as it is when the other command ran first."""


class ReviewStoreError(ReaderError):
    """A review-state file is damaged or cannot be written."""


class GlossaryError(ReaderError):
    """A glossary file is missing or malformed."""


class GlossaryContradicts(GlossaryError):
    """A pair taught as the same name that the app's own names say otherwise ('Bergen = Namur' where
    Bergen is Mons in French): written only when confirmed (`--force`, the TUI's second question)."""


class WriteFailed(LibraryError):
    """A file could not be written (full disk, read-only folder, a folder in the way); nothing changed."""


class EditRefused(ReaderError):
    """An edit that must not be made as asked (an official version, a segment that cannot be located)."""


class ProposalKept(EditRefused):
    """An edit of an official version: the version stays as published and the text is kept as a
    proposal in the segment's comment. Refused as an edit, done as a proposal: the command line
    says so and succeeds (a script that proposes corrections is not failing)."""


class UsageError(ReaderError):
    """A value given by the user (a flag, a variable) is out of range."""


class WriteConflict(LibraryError):
    """Another writer changed the same part since it was read: that part is refused, never overwritten.

    ``refused`` names the parts; ``written`` says whether the rest of the change was written; ``whole``:
    the part is the version itself (removed, made official, saved meanwhile), not a part of its text.
    """

    def __init__(
        self, path: Path | str | None, reason: str, refused: list[str], written: bool, whole: bool = False
    ) -> None:
        self.refused = refused
        self.written = written
        self.whole = whole
        super().__init__(path, reason)
