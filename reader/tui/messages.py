"""Messages posted by thread workers to the UI thread: typed dataclasses, never widget calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from reader.core.engine.result import TranslationResult
from reader.core.errors import ReaderError
from reader.core.review.checks import CheckReport

if TYPE_CHECKING:  # the memory's modules load when a panel first looks something up, not at start
    from reader.core.memory.lookup import ConcordanceHit, Suggestion


@dataclass
class LibraryProgress(Message):
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LibraryProgress)


@dataclass(frozen=True)
class ListRow:
    """One release as the library list shows it."""

    id: str
    date: str
    marks: str
    title: str
    issuer: str
    snippet: str = ""


@dataclass
class LibraryLoaded(Message):
    """The search index is up to date: `broken` releases could not be read (the first reasons)."""

    total: int
    broken: int
    problems: list[str]


@dataclass
class LibraryChanged(Message):
    """A poll found releases added, changed or removed on disk since the index last looked."""

    total: int
    added: int
    changed: int
    removed: int


@dataclass
class SearchDone(Message):
    query: str
    rows: list[ListRow]
    best: str | None = None  # the most relevant hit's id, of words searched: what Enter opens (trial M)


@dataclass(frozen=True)
class Row:
    """One aligned row of the side-by-side view: immutable, so it crosses threads safely."""

    kind: str
    left: str
    right: str
    flags: tuple[str, ...] = ()
    cached: bool = False
    pending: bool = False
    status: str = ""  # review state: todo, ok or flagged
    markers: tuple[str, str] = ("", "")  # a list item's own markers ('2.'), each side; '' shows a bullet
    # a table's rows side by side (`review.rows.row_pairs`): each source row facing its counterpart or
    # a gap, where top-aligned rows after a dropped one faced the next row's counterpart (trial D)
    table: tuple[tuple[int | None, int | None], ...] = ()


@dataclass
class RowsReady(Message):
    """Rows aligned in a worker for `key` (the screen ignores them if it has moved on)."""

    key: object
    rows: list[Row]


@dataclass
class TranslationProgress(Message):
    done: int
    total: int
    rows: list[Row]
    result: TranslationResult | None = None
    run: int = 0  # which run of the screen: a cancelled run's late messages are told apart

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, TranslationProgress) and message.run == self.run


@dataclass
class EngineFellBack(Message):
    """The local models took over a run from the servers named (`why`): said as it happens, once
    (the app tells it); the TUI said it only when the run ended (batch 8 after trial I)."""

    why: str


@dataclass
class TranslationFinished(Message):
    rows: list[Row]
    result: TranslationResult
    summary: str
    run: int = 0


@dataclass
class VersionWritten(Message):
    """A version replaced whole in a thread worker (a translation saved with `w`, an earlier text
    restored), the reviewer's comments carried over: `said` is the toast; or the write `refused`."""

    lang: str
    said: str = ""
    refused: ReaderError | None = None
    result: TranslationResult | None = None  # the translation saved: no longer one "not saved"


@dataclass
class InstallProgress(Message):
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, InstallProgress)


@dataclass
class ModelsChanged(Message):
    note: str


@dataclass
class ReviewReady(Message):
    report: CheckReport
    after: int | None = None  # an edited segment: move to the next flag after it
    mt: bool = False  # checked with machine translation (meaning, MT-assisted alignment)


@dataclass
class CheckProgress(Message):
    """The review's machine translation: `done` of `total` sentences."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, CheckProgress)


@dataclass
class ChecksProgress(Message):
    """The review's checks: `done` of `total` paragraphs (trial Y: 5 s of a blank 'checking…'), or
    of the blocks aligned before (`aligning`: half a minute on a 30-page pair, trial E)."""

    done: int
    total: int
    aligning: bool = False

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ChecksProgress) and message.aligning == self.aligning


@dataclass
class TranslateAllProgress(Message):
    """Whole-library translation: `done` of `total` releases; `finished` once at the end."""

    done: int
    total: int
    failed: int = 0
    finished: bool = False
    cancelled: bool = False
    why: str = ""  # the first failure's reason, said with the count (a server lost, no model)
    local: int = 0  # releases the local models translated, a server having been asked (see `local_why`)
    local_why: str = ""  # why they did: the servers lost (the run had said nothing: a team's trial)
    elsewhere: int = 0  # releases left to another run saving the same language at once
    human: tuple[str, ...] = ()  # releases given a human version of `lang` while the run went: not translated
    lang: str = ""  # the language translated into

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, TranslateAllProgress) and not message.finished


@dataclass
class ConcordanceReady(Message):
    """The concordance of `query` (lookup `run`; the panel ignores an older run's late answer)."""

    run: int
    query: str
    hits: list[ConcordanceHit]
    stale: str = ""  # why the memory could not be brought up to date first (a full disk): the hits are older


@dataclass
class MemoryProgress(Message):
    """Building the translation memory: `done` of `total` releases looked at."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, MemoryProgress)


@dataclass
class MemoryBuilt(Message):
    aligned: int
    pairs: int
    cancelled: bool
    latest: str = ""  # the latest change the memory holds: 'release, 2025-06-20 10:32'


@dataclass
class MemoryBuildFailed(Message):
    """The memory's build stopped on an error (said in a toast); what was aligned is kept."""


@dataclass
class SuggestionsReady(Message):
    """Fuzzy matches from the memory for the segment being edited, best first."""

    suggestions: list[Suggestion]
