"""Two processes opening a fresh SQLite cache at once (two searches on an empty index, two memory
imports on a fresh memory): the schema was created statement by statement before its version was
set, and the second opener, seeing tables of version 0, moved the first one's new file aside as 'of
another version', leaving a '.damaged-<time>' file and a build thrown away (trial Z, F3)."""

from __future__ import annotations

import logging
import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any, ClassVar

import pytest

from reader.core.sqlite_cache import SqliteCache

# many tables, so that a schema made one statement at a time leaves a wide window to fall into
_TABLES = 40


class _Cache(SqliteCache):
    WHAT: ClassVar[str] = "the test cache"
    SCHEMA: ClassVar[str] = "".join(f"CREATE TABLE IF NOT EXISTS t{i}(a TEXT, b TEXT);\n" for i in range(_TABLES))
    SCHEMA_VERSION: ClassVar[int] = 3
    PROBE: ClassVar[str] = f"SELECT a, b FROM t{_TABLES - 1} LIMIT 1"


def _open(path: str, barrier: Any, results: Any) -> None:
    said: list[str] = []

    class Said(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said.append(record.getMessage())

    logging.getLogger("reader").addHandler(Said())
    barrier.wait()
    cache = _Cache(Path(path).parent, Path(path))
    try:
        cache.conn.execute("INSERT INTO t0 VALUES ('x', 'y')")
        results.put(said)
    except Exception as exc:  # noqa: BLE001 - reported to the test, which names it
        results.put([f"{type(exc).__name__}: {exc}"])
    finally:
        cache.close()


def test_twin_two_processes_opening_a_fresh_cache_share_it_and_set_nothing_aside(tmp_path: Path):
    ctx = multiprocessing.get_context("fork")
    for run in range(25):
        path = tmp_path / f"run{run}" / "cache.sqlite3"
        path.parent.mkdir()
        barrier, results = ctx.Barrier(2), ctx.Queue()
        workers = [ctx.Process(target=_open, args=(str(path), barrier, results)) for _ in range(2)]
        for worker in workers:
            worker.start()
        said = [results.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join(60)
        assert said == [[], []], (run, said)
        assert not list(path.parent.glob("*.damaged-*")), run
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM t0").fetchone()[0] == 2  # both writes in the one file
        assert conn.execute("PRAGMA user_version").fetchone()[0] == _Cache.SCHEMA_VERSION
        conn.close()


class _Heard(logging.Handler):
    """What the caches say, heard on the 'reader' logger itself: the CLI's tests before may have set
    it not to propagate, out of pytest's caplog's reach."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.text += record.getMessage() + "\n"


@pytest.fixture
def heard() -> Any:
    handler = _Heard()
    logging.getLogger("reader").addHandler(handler)
    yield handler
    logging.getLogger("reader").removeHandler(handler)


def test_tables_of_version_0_are_a_creation_left_unfinished_not_another_version(tmp_path: Path, heard: _Heard):
    """What the second opener saw: the first one's tables made, its version not yet set."""
    path = tmp_path / "cache.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(_Cache.SCHEMA.split("\n")[0])  # one table of the schema, version still 0
    conn.close()
    cache = _Cache(tmp_path, path)
    cache.conn.execute("INSERT INTO t0 VALUES ('x', 'y')")
    cache.close()
    assert not list(tmp_path.glob("*.damaged-*")) and "moved aside" not in heard.text
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == _Cache.SCHEMA_VERSION
    conn.close()


def test_a_cache_of_another_version_is_still_set_aside_and_rebuilt(tmp_path: Path, heard: _Heard):
    path = tmp_path / "cache.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("CREATE TABLE t0(a TEXT, b TEXT); PRAGMA user_version=2;")
    conn.close()
    cache = _Cache(tmp_path, path)
    cache.conn.execute(_Cache.PROBE).fetchall()
    cache.close()
    assert len(list(tmp_path.glob("*.damaged-*"))) == 1 and "of another version" in heard.text


def _translate(path: str, at: int, barrier: Any, results: Any) -> None:
    from reader.core.engine.cache import TranslationCache

    said: list[str] = []

    class Said(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said.append(record.getMessage())

    logging.getLogger("reader").addHandler(Said())
    barrier.wait()
    cache = TranslationCache(Path(path))
    cache.put_many("nl-fr", "1.0", [(f"Zin {at}.", f"Phrase {at}.", [])])
    results.put(said + ([f"disabled: {cache.disabled}"] if cache.disabled else []))
    cache.close()


def test_twin_two_processes_opening_a_fresh_translation_cache_keep_both_translations(tmp_path: Path):
    """The translation cache had the same window: the second opener dropped the first one's new table."""
    ctx = multiprocessing.get_context("fork")
    for run in range(25):
        path = tmp_path / f"run{run}" / "translations.sqlite3"
        path.parent.mkdir()
        barrier, results = ctx.Barrier(2), ctx.Queue()
        workers = [ctx.Process(target=_translate, args=(str(path), at, barrier, results)) for at in range(2)]
        for worker in workers:
            worker.start()
        said = [results.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join(60)
        assert said == [[], []], (run, said)
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM translations").fetchone()[0] == 2, run
        conn.close()
