"""Persistent translation cache: SQLite in WAL mode, shared safely by several processes.

Keyed by engine (package code and version, or a server), decoding options (beam size, ...) and the
source sentence, so upgrading a model or changing the beam invalidates exactly its own entries. A
cached release needs no model at all.

The cache is never the source of truth, so it never stops a translation: a damaged file is moved
aside (``*.corrupt-<time>``) and a new one started; a read-only folder or a full disk means the run
goes on without caching. Each such event is logged once as a warning.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from reader.core.atomic import describe
from reader.core.errors import WriteFailed
from reader.core.sqlite_cache import open_waiting, said

log = logging.getLogger("reader")

SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    package TEXT NOT NULL,
    version TEXT NOT NULL,
    options TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    flags TEXT NOT NULL DEFAULT '[]',
    created REAL NOT NULL,
    PRIMARY KEY (package, version, options, source)
) WITHOUT ROWID;
"""


class TranslationCache:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self.disabled: str | None = None  # why the cache is off for this process, if it is

    # -- connection ----------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                # the table and the version in one transaction, the version read again inside it: a
                # second process opening the fresh file at once dropped the first one's new table,
                # seen with version 0 before its version was set (trial Z, F3)
                conn.execute("BEGIN IMMEDIATE")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version not in (0, SCHEMA_VERSION):
                    # An older or foreign layout: it is a cache, so start afresh rather than guess.
                    conn.execute("DROP TABLE IF EXISTS translations")
                conn.execute(_SCHEMA)
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.execute("COMMIT")
            conn.execute("SELECT package, version, options, source, target, flags FROM translations LIMIT 1")
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self) -> Path:
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        self.path.rename(aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        return aside

    def _conn(self) -> sqlite3.Connection | None:
        """One connection per thread (sqlite3 connections must not cross threads); None when off."""
        if self.disabled:
            return None
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        with self._lock:
            try:
                conn = open_waiting(self._open)  # the WAL switch can say 'locked' at once (SqliteCache)
            except sqlite3.DatabaseError as exc:
                if not self._damaged(exc):
                    self._disable(f"cannot open {self.path} ({said(exc)}); translating without a cache")
                    return None
                try:
                    aside = self._move_aside()
                    conn = self._open()
                except (OSError, sqlite3.Error) as again:
                    self._disable(f"{self.path}: damaged and cannot be replaced ({again}); no cache")
                    return None
                log.warning("%s: damaged translation cache moved to %s; starting a new one", self.path, aside.name)
            except OSError as exc:
                self._disable(f"cannot create {self.path} ({exc.strerror}); translating without a cache")
                return None
        self._local.conn = conn
        return conn

    def _damaged(self, exc: sqlite3.DatabaseError) -> bool:
        if self.path.is_dir():
            return True
        text = str(exc).lower()
        if "disk i/o error" in text:  # some SQLite builds read a cut file's missing pages as a failed read
            return _cut_short(self.path)
        return any(
            word in text
            for word in ("not a database", "malformed", "corrupt", "no such column", "file is encrypted", "disk image")
        )

    def _disable(self, reason: str) -> None:
        if not self.disabled:
            log.warning("%s", reason)
        self.disabled = reason

    # -- use ---------------------------------------------------------------------------------

    def get_many(
        self, package: str, version: str, sources: Iterable[str], options: str = ""
    ) -> dict[str, tuple[str, list[str]]]:
        wanted = list(dict.fromkeys(sources))
        found: dict[str, tuple[str, list[str]]] = {}
        conn = self._conn()
        if conn is None:
            return found
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    "SELECT source, target, flags FROM translations "
                    f"WHERE package=? AND version=? AND options=? AND source IN ({marks})",
                    [package, version, options, *chunk],
                )
                for source, target, flags in rows:
                    try:
                        parsed = json.loads(flags)
                    except ValueError:
                        continue
                    if isinstance(target, str) and isinstance(parsed, list):
                        found[source] = (target, [str(f) for f in parsed])
        except sqlite3.Error as exc:
            if self._replace_if_damaged(exc):
                return {}
            self._disable(f"{self.path}: cannot read ({exc}); translating without a cache")
            return {}
        return found

    def put_many(
        self, package: str, version: str, items: Iterable[tuple[str, str, list[str]]], options: str = ""
    ) -> None:
        now = time.time()
        rows = [(package, version, options, s, t, json.dumps(f), now) for s, t, f in items]
        for attempt in (1, 2):
            conn = self._conn() if rows else None
            if conn is None:
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                conn.execute("COMMIT")
                return
            except sqlite3.Error as exc:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                if attempt == 1 and self._replace_if_damaged(exc):
                    continue  # a damaged file found only now (a truncated one opens): start a new one
                self._disable(f"{self.path}: cannot write ({exc}); going on without caching")
                return

    def _replace_if_damaged(self, exc: sqlite3.Error) -> bool:
        if not isinstance(exc, sqlite3.DatabaseError) or not self._damaged(exc):
            return False
        self.close()
        try:
            aside = self._move_aside()
        except OSError:
            return False
        log.warning("%s: damaged translation cache moved to %s; starting a new one", self.path, aside.name)
        return True

    def count(self) -> int:
        conn = self._conn()
        if conn is None:
            return 0
        try:
            return int(conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0])
        except sqlite3.Error:
            return 0

    def clear(self) -> int:
        """Empty the cache. Always works: a cache that cannot be opened is removed whole."""
        removed = self.count()
        conn = self._conn()
        if conn is not None:
            try:
                conn.execute("DELETE FROM translations")
                conn.execute("VACUUM")
                return removed
            except sqlite3.Error:
                pass
        self.close()
        for suffix in ("", "-wal", "-shm"):
            target = Path(f"{self.path}{suffix}")
            try:
                if target.is_dir() and not target.is_symlink():
                    shutil.rmtree(target)
                else:
                    target.unlink(missing_ok=True)
            except OSError as exc:
                raise WriteFailed(target, f"cannot remove the translation cache ({describe(exc)})") from None
        self.disabled = None
        return removed

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def _cut_short(path: Path) -> bool:
    """The file holds fewer bytes than its header's page size times its page count: damage, not a
    failing disk (a transient I/O error must not cost the cache)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return len(header) < 100
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(header[28:32], "big")
    return size < page * pages
