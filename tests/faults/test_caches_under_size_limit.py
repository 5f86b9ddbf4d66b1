"""Trial Z, F4: under `ulimit -f` a healthy search index and translation memory answered SQLite's
'disk I/O error' (a WAL reader writes its -shm file), were called damaged and moved aside (the
.damaged-* files piled up), and every check warned of 'a translation memory of an older
press-reader'. Only a damaged file is set aside now; the disk or a limit is said, naming the file."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.faults.conftest import SEED_ID
from tests.faults.test_file_size_limit import _no_file_size

COMMANDS = {
    "index": (("index",), "the search index"),
    "memory": (("memory",), "the translation memory"),
    "search": (("list", "--search", "gemeente"), "the search index"),
    "check": (("review", SEED_ID, "--source", "nl", "--target", "fr", "--no-mt"), "the translation memory"),
}


def _cache() -> Path:
    return Path(os.environ["PRESS_READER_CACHE_DIR"])


def _built(run, lib: Path) -> int:  # noqa: ANN001 - the `run` fixture
    """Both caches built, then a release touched: each command has something to write."""
    assert run("index").code == 0
    made = run("memory", "--json")
    assert made.code == 0, made.err
    for body in (lib / SEED_ID).glob("*.md"):
        os.utime(body, (body.stat().st_atime, body.stat().st_mtime + 60))
    return int(made.json()["pairs"])


def _untouched(run, pairs: int, said: str) -> None:  # noqa: ANN001
    assert "Traceback" not in said
    assert "damaged" not in said and "older press-reader" not in said, said
    assert not list(_cache().rglob("*.damaged-*"))
    assert run("memory", "--json").json()["pairs"] == pairs  # the same memory, never rebuilt from nothing
    assert run("list", "--search", "gemeente", "--json").code == 0


@pytest.mark.parametrize("name", COMMANDS)
def test_a_cache_the_disk_cannot_write_is_said_and_left_where_it_is(run, lib: Path, name: str):  # noqa: ANN001
    pairs = _built(run, lib)
    argv, what = COMMANDS[name]
    done = _no_file_size(*argv)
    said = [line for line in done.stderr.splitlines() if what in line or "sqlite3" in line]
    assert said, done.stderr
    assert "file-size limit" in said[0] and ".sqlite3" in said[0], said[0]
    _untouched(run, pairs, done.stderr)


@pytest.mark.parametrize("name", ["index", "memory"])
def test_the_same_cache_met_by_a_limited_and_a_free_process(run, lib: Path, name: str):  # noqa: ANN001
    """The twin: a process under no limit brings the same cache up to date meanwhile; it succeeds,
    and the limited one sets nothing aside under it."""
    pairs = _built(run, lib)
    argv, _what = COMMANDS[name]
    with ThreadPoolExecutor(1) as pool:
        limited = pool.submit(_no_file_size, *argv)
        assert run(*argv).code == 0
        done = limited.result()
    assert done.returncode in (0, 2), done.stderr
    _untouched(run, pairs, done.stderr)
