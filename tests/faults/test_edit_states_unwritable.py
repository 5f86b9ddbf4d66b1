"""An edit whose review states cannot be written (trial Z, F1): the data folder read-only or full, the
library writable. The edit wrote the text and its history, then said 'cannot write' (exit 2), the
segment's comment and state left behind on the old text. Now nothing changes: the states' write is
tried before the text's, and a text written before a failing states' write is put back."""

from __future__ import annotations

import errno
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import WriteFailed
from reader.core.review.store import ReviewStore
from tests.faults.conftest import SEED_ID, tree_hashes
from tests.two_writers import twice

ARGS = (SEED_ID, "--source", "nl", "--target", "fr", "--no-mt")
EDITED = "Une phrase que la relectrice a revue."
SAID = "vu par la relectrice"


def _states_unwritable(monkeypatch: pytest.MonkeyPatch, data: Path) -> None:
    """A temporary file refused under the data folder, as a read-only file system refuses it."""
    real = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> Any:
        if str(kwargs.get("dir", "")).startswith(str(data)):
            raise OSError(errno.EROFS, "Read-only file system")
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def _commented(run: Callable[..., Any]) -> str:
    assert run("review", *ARGS, "--segment", "3", "--set", "ok", "--comment", SAID).code == 0
    return str(run("review", *ARGS, "--json").json()["segments"][2]["target"])


def _unchanged(run: Callable[..., Any], target: str) -> None:
    segment = run("review", *ARGS, "--json").json()["segments"][2]
    assert (segment["target"], segment["status"], segment["comment"]) == (target, "ok", SAID)


def test_an_edit_whose_states_cannot_be_written_changes_nothing(
    run: Callable[..., Any], lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = _commented(run)
    before = tree_hashes(lib / SEED_ID)
    with monkeypatch.context() as patched:
        _states_unwritable(patched, tmp_path / "data")
        edited = run("review", *ARGS, "--segment", "3", "--edit", EDITED)
    assert edited.code == 2 and "read-only file system); nothing changed" in edited.err, edited.err
    assert tree_hashes(lib / SEED_ID) == before  # the text and its history as they were
    _unchanged(run, target)


def test_a_states_write_failing_after_the_text_puts_the_text_back(
    run: Callable[..., Any], lib: Path, monkeypatch: pytest.MonkeyPatch
):
    target = _commented(run)
    before = tree_hashes(lib / SEED_ID)

    def full(self: ReviewStore) -> None:
        raise WriteFailed(self.path, "cannot write (no space left on the disk)")

    with monkeypatch.context() as patched:
        patched.setattr(ReviewStore, "_write", full)
        edited = run("review", *ARGS, "--segment", "3", "--edit", EDITED)
    assert edited.code == 2 and "the edit was undone, nothing changed" in edited.err, edited.err
    assert tree_hashes(lib / SEED_ID) == before
    _unchanged(run, target)


def test_two_processes_editing_with_unwritable_states_change_nothing(
    run: Callable[..., Any], lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = _commented(run)
    before = tree_hashes(lib / SEED_ID)
    argv = ["--library", str(lib), "review", *ARGS, "--segment", "3", "--edit", EDITED]
    with monkeypatch.context() as patched:
        _states_unwritable(patched, tmp_path / "data")
        assert twice(argv, [*argv[:-1], "Une autre phrase revue."]) == [2, 2]
    assert tree_hashes(lib / SEED_ID) == before
    _unchanged(run, target)
