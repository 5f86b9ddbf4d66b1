"""The SQLite caches beside a library (the search index, the translation memory), opened one way.

Each is a cache, never the source of truth: one of another schema version, or damaged, is moved aside
and built again; one the disk cannot read or write now (an I/O error, a full disk, a file-size limit)
is said so and left where it is. Opening writes nothing when the file is current: a write would wait for a build in
another connection.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

from reader.core.errors import ReaderError

log = logging.getLogger("reader")


# SQLite's result codes (sqlite.org/rescode.html, a plain fact of the library): the disk, the
# limits or the permissions failed, not the file. Under `ulimit -f` a healthy index and memory
# answered 'disk I/O error' and were moved aside as damaged, four at a time (trial Z, F4).
_ENVIRONMENT = {
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_NOMEM,
    sqlite3.SQLITE_NOLFS,
}


def environmental(exc: BaseException) -> bool:
    """The disk or the process's limits failed, the file may be whole: say it, set nothing aside. A
    short read (a file cut short, SQLITE_IOERR_SHORT_READ) is the file's own damage."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.Error) or not isinstance(code, int):
        return False
    return code != sqlite3.SQLITE_IOERR_SHORT_READ and code & 0xFF in _ENVIRONMENT


def said(exc: BaseException) -> str:
    """SQLite's words and, where a file-size limit is set, that one: SQLite says 'disk I/O error'
    alone for an EFBIG (trial Z, F4)."""
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if environmental(exc) and soft != resource.RLIM_INFINITY:
        return f"{exc}; a file-size limit is set, `ulimit -f`"
    return str(exc)


def open_waiting(opener: Callable[[], sqlite3.Connection]) -> sqlite3.Connection:
    """Open, waiting while another process holds the file: a switch to WAL or the schema's
    creation can answer 'database is locked' at once, without the busy handler. That is another
    writer at work, never damage: setting the file aside then broke the other build (a twin test)."""
    deadline = time.monotonic() + 30
    while True:
        try:
            return opener()
        except sqlite3.OperationalError as exc:
            if not busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def busy(exc: BaseException) -> bool:
    """Another connection holds the file: wait or say so, never take the file for damaged."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


class SqliteCache:
    """A cache file at `path` (None: in memory), its connection opened on first use."""

    WHAT: ClassVar[str] = "cache"  # how messages name it: 'the search index'
    SCHEMA: ClassVar[str] = ""
    SCHEMA_VERSION: ClassVar[int] = 1
    PROBE: ClassVar[str] = ""  # a query that fails on a damaged file
    SHARED: ClassVar[bool] = False  # the connection is used from more than one thread
    ERROR: ClassVar[type[ReaderError]] = ReaderError

    def __init__(self, root: Path, path: Path | None, *, kept: bool = False) -> None:
        """`kept`: a copy in memory that lives as long as this object, shared by its caller's
        threads, which `close` leaves open (the only copy a run with a read-only cache has)."""
        self.root = Path(root)
        self.path = None if kept else path
        self.kept = kept
        self._conn: sqlite3.Connection | None = None

    def _open(self) -> sqlite3.Connection:
        target = ":memory:" if self.path is None else str(self.path)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        shared = self.SHARED or self.kept
        conn = sqlite3.connect(target, timeout=30, isolation_level=None, check_same_thread=not shared)
        try:
            conn.execute("PRAGMA busy_timeout=30000")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            # Version 0 with tables is a creation another process has not finished (an older
            # press-reader made the tables before setting the version): finished below, never set
            # aside as 'of another version' under its maker (trial Z, F3). A file of another version
            # set one; a file of a layout that is none of ours fails the probe and is set aside as damaged.
            if tables and version not in (0, self.SCHEMA_VERSION):
                conn.close()
                self._discard(f"{self.WHAT.removeprefix('the ')} of another version")
                return self._open()
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if version != self.SCHEMA_VERSION:
                # the tables and the version in one transaction: no other opener ever sees the one
                # without the other (BEGIN IMMEDIATE waits, by the busy timeout, for one creating now)
                conn.executescript(
                    f"BEGIN IMMEDIATE;\n{self.SCHEMA}\n;PRAGMA user_version={self.SCHEMA_VERSION};\nCOMMIT;"
                )
            else:
                conn.executescript(self.SCHEMA)  # writes nothing where all is there
            conn.execute(self.PROBE).fetchall()
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _open_waiting(self) -> sqlite3.Connection:
        return open_waiting(self._open)

    def _discard(self, why: str) -> None:
        if self.path is None:
            return
        aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
        try:
            self.path.rename(aside)
        except FileNotFoundError:
            pass
        except OSError as exc:  # a read-only cache folder: said as the cache unusable, which callers work around
            raise self.ERROR(self.path, f"cannot set {self.WHAT} aside ({exc.strerror})") from None
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        log.warning("%s: %s, moved aside; %s is rebuilt", self.path, why, self.WHAT)

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                self._conn = self._open_waiting()
            except sqlite3.DatabaseError as exc:
                if busy(exc):
                    raise  # held by another process for over 30 s: the caller says so (search.IndexUnavailable)
                if environmental(exc):
                    raise self.ERROR(self.path, f"cannot open {self.WHAT} ({said(exc)})") from None
                self._discard(f"damaged ({exc})")
                try:
                    self._conn = self._open()
                except sqlite3.Error as again:
                    raise self.ERROR(self.path, f"cannot create {self.WHAT} ({said(again)})") from None
            except OSError as exc:
                raise self.ERROR(self.path, f"cannot create {self.WHAT} ({exc.strerror})") from None
        return self._conn

    @contextlib.contextmanager
    def said_if_the_disk_fails(self) -> Iterator[None]:
        """A write the disk or a limit refuses in the middle of use, named with the file: it was
        'unexpected OperationalError: disk I/O error' (trial Z, F4)."""
        try:
            yield
        except sqlite3.Error as exc:
            if not environmental(exc):
                raise
            raise self.ERROR(self.path, f"cannot write {self.WHAT} ({said(exc)})") from None

    def close(self) -> None:
        if self._conn is not None and not self.kept:
            self._conn.close()
            self._conn = None
