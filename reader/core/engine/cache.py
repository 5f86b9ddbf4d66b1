"""Persistent translation cache: SQLite in WAL mode, shared safely by several processes.

Keyed by package code, package version and source sentence, so upgrading a model invalidates
exactly its own entries. A cached release needs no model at all.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from reader import paths

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    package TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    flags TEXT NOT NULL DEFAULT '[]',
    created REAL NOT NULL,
    PRIMARY KEY (package, version, source)
) WITHOUT ROWID;
"""


def default_path() -> Path:
    return paths.cache_dir() / "translations.sqlite3"


class TranslationCache:
    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_path()
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        """One connection per thread: sqlite3 connections must not cross threads."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.executescript(_SCHEMA)
            self._local.conn = conn
        return conn

    def get_many(self, package: str, version: str, sources: Iterable[str]) -> dict[str, tuple[str, list[str]]]:
        wanted = list(dict.fromkeys(sources))
        found: dict[str, tuple[str, list[str]]] = {}
        conn = self._conn()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT source, target, flags FROM translations WHERE package=? AND version=? AND source IN ({marks})",
                [package, version, *chunk],
            )
            for source, target, flags in rows:
                found[source] = (target, json.loads(flags))
        return found

    def put_many(self, package: str, version: str, items: Iterable[tuple[str, str, list[str]]]) -> None:
        now = time.time()
        rows = [(package, version, s, t, json.dumps(f), now) for s, t, f in items]
        if not rows:
            return
        conn = self._conn()
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?)", rows)

    def count(self) -> int:
        return int(self._conn().execute("SELECT COUNT(*) FROM translations").fetchone()[0])

    def clear(self) -> int:
        conn = self._conn()
        removed = self.count()
        conn.execute("DELETE FROM translations")
        conn.execute("VACUUM")
        return removed

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
